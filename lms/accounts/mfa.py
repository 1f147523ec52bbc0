"""Second-factor facts about a person, on top of allauth's MFA app."""

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def totp_current_code(user) -> str:
    """The code the person's authenticator app shows now (for the demo and the tests)."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    counter = int(time.time()) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(decrypt(authenticator.data["secret"]), counter))
