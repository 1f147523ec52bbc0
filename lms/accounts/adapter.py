from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    """Tahaffuz accounts are created by the Commission, never by open signup."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _(
            "The email or employee number and the password do not match. Check both and try again."
        ),
        "too_many_login_attempts": _(
            "Too many failed sign-in attempts. For your security, wait a few minutes before trying "
            "again, or reset your password."
        ),
    }

    def is_open_for_signup(self, request):
        return False
