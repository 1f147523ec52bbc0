from django.conf import settings
from django.utils.translation import get_language, get_language_bidi

from lms.accounts.roles import CMS_ROLES, Role, can_manage_certificates
from lms.accounts.visibility import is_staff_reader


def navigation(request):
    """What the base layout needs on every page: languages and the reader's direction."""
    language = get_language()
    user = getattr(request, "user", None)
    return {
        "languages": settings.LANGUAGES,
        "current_language": language,
        "text_direction": "rtl" if get_language_bidi() else "ltr",
        "script_font": {"ur": "nastaliq", "ps": "naskh"}.get(language),
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
