"""A fixed-window rate limit shared through the cache, so it holds across app servers."""

from django.core.cache import cache


def rate_limited(key: str, per_minute: int) -> bool:
    """Count one more use of `key` this minute; True once it exceeds `per_minute`."""
    cache_key = f"rate:{key}"
    cache.add(cache_key, 0, timeout=60)
    try:
        return cache.incr(cache_key) > per_minute
    except ValueError:  # expired between add and incr
        return False
