"""Who is on the other end of a request, as far as the platform can trust it."""

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address.

    Behind TRUSTED_PROXY_HOPS proxies, each appending the address it saw to X-Forwarded-For, the
    client is the entry that many places from the end: anything before it came from the client
    and could be made up. Without proxies (the default), it is the connection's address.
    """
    hops = settings.TRUSTED_PROXY_HOPS
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops and len(forwarded) >= hops and forwarded[-hops]:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")
