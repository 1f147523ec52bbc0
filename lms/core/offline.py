"""Copies of pages kept in the browser for reading offline (lms.offline, static/js/offline.js)."""

from django.utils.crypto import salted_hmac

# The browser asks for a page with this header when it keeps a copy for offline reading: the
# learner has not opened it, so the copy leaves no progress.
OFFLINE_COPY_HEADER = "X-Offline-Copy"


def is_offline_copy(request) -> bool:
    return request.headers.get(OFFLINE_COPY_HEADER) == "1"


def cache_owner(user) -> str:
    """Names the signed-in person's offline copies in the browser (without their id): a page
    purges copies of any other owner, so one person's pages never show to the next on a shared
    computer."""
    return salted_hmac("offline-cache-owner", str(user.pk)).hexdigest()[:20]


def day_cache_name(owner: str, day_id: int) -> str:
    """The browser's cache holding one day kept offline (static/js/service-worker.js)."""
    return f"tahaffuz:{owner}:day:{day_id}"
