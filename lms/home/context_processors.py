from pathlib import PurePosixPath

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_bidi

from lms.accounts.roles import CMS_ROLES, Role, can_manage_certificates
from lms.accounts.visibility import is_staff_reader

# Set by static/js/font-after-load.js once the browser holds the Urdu web font, to that file's name
# (hashed in production): a new font after a deploy is not taken for cached.
FONT_CACHED_COOKIE = "tahaffuz_font"
NASTALIQ = "fonts/build/nastaliq.woff2"


def nastaliq_fetch(request) -> dict:
    """How an Urdu page gets Noto Nastaliq Urdu (about 100 KB: over 3 s on 2G). The first time, after
    the page has loaded, so the reader is not kept waiting for it: the text reads in the phone's
    own Urdu font meanwhile (Android and iOS ship one). Once the browser holds it, from the start."""
    url = static(NASTALIQ)
    cached = request.COOKIES.get(FONT_CACHED_COOKIE) == PurePosixPath(url).name
    return {"url": url, "after_load": not cached, "cookie": FONT_CACHED_COOKIE}


def navigation(request):
    """What the base layout needs on every page: languages and the reader's direction."""
    language = get_language()
    user = getattr(request, "user", None)
    return {
        "languages": settings.LANGUAGES,
        "current_language": language,
        "text_direction": "rtl" if get_language_bidi() else "ltr",
        "script_font": {"ur": "nastaliq", "ps": "naskh"}.get(language),
        "nastaliq_fetch": nastaliq_fetch(request) if language == "ur" else None,
        "nav_my_certificate": bool(user and user.is_authenticated and user.role == Role.LEARNER),
        "nav_registry": bool(user and can_manage_certificates(user)),
        # Only the CMS roles' groups carry the CMS permission: a learner's pages skip the lookup.
        "nav_cms": bool(
            user
            and user.is_authenticated
            and user.role in CMS_ROLES
            and user.has_perm("wagtailadmin.access_admin")
        ),
        "nav_compliance": bool(user and is_staff_reader(user)),
    }
