from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AllauthLoginForm):
    """Sign in with an email address or an employee number."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"] = forms.CharField(
            label=_("Email or employee number"),
            max_length=254,
            widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
        )
        self.order_fields(["login", "password"])

    def user_credentials(self) -> dict:
        credentials = super().user_credentials()
        login = self.cleaned_data["login"]
        if "@" not in login:
            email = (
                get_user_model()
                .objects.filter(staff_profile__employee_number__iexact=login)
                .values_list("email", flat=True)
                .first()
            )
            # An unknown number still goes through authentication (and its throttle) and fails.
            credentials["email"] = email or login
        return credentials


class InvitationAcceptForm(SetPasswordForm):
    """Choose the password for a new account."""
