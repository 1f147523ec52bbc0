"""System checks: H5P content must be served from an origin that never gets the platform's
cookies, or library code would run with the learner's session."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def content_origin_is_isolated(app_configs, **kwargs):
    content = urlsplit(settings.H5P_CONTENT_ORIGIN).hostname or ""
    platform = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or ""
    problems = []
    if content == platform:
        problems.append(
            checks.Error(
                "H5P_CONTENT_ORIGIN has the platform's host name, so H5P library code would "
                "run with the platform's cookies.",
                hint="Serve H5P content from another host name (cookies ignore ports).",
                id="h5p.E001",
            )
        )
    cookie_domains = {
        domain.lstrip(".")
        for domain in (settings.SESSION_COOKIE_DOMAIN, settings.CSRF_COOKIE_DOMAIN)
        if domain
    }
    if any(content == domain or content.endswith(f".{domain}") for domain in cookie_domains):
        problems.append(
            checks.Error(
                "H5P_CONTENT_ORIGIN is inside the domain the platform's cookies are set for.",
                hint="Use a host name outside SESSION_COOKIE_DOMAIN and CSRF_COOKIE_DOMAIN.",
                id="h5p.E002",
            )
        )
    return problems
