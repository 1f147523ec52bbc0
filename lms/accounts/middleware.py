from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .mfa import has_totp
from .roles import can_open_admin_area, requires_mfa

# Paths a staff member without a second factor may still open: signing in and out, setting up
# the authenticator, choosing a language, and static files.
MFA_SETUP_ALLOWED_PREFIXES = ("/accounts/", "/i18n/", "/static/", "/media/", "/invitation/")


class StaffMFARequiredMiddleware:
    """Facilitators, Commission officers and administrators set up TOTP before any other page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            requires_mfa(user)
            and not request.path.startswith(MFA_SETUP_ALLOWED_PREFIXES)
            and not has_totp(user)
        ):
            setup_url = reverse("mfa_activate_totp")
            return redirect(f"{setup_url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class AdminAreaAccessMiddleware:
    """Signed-in people without CMS rights get a clear 403 at /admin/, not a sign-in loop.

    (Wagtail and Django's admin send them to the sign-in page, which sends signed-in people
    straight back.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not can_open_admin_area(user, request.path):
            raise PermissionDenied(_("Your role does not give access to this area."))
        return self.get_response(request)
