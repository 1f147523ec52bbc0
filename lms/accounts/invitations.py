"""Signed invitation links: valid for INVITATION_MAX_AGE and only until a password is set."""

import datetime

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

INVITATION_MAX_AGE = datetime.timedelta(days=14)
_SALT = "tahaffuz.accounts.invitation"


def _password_fingerprint(user) -> str:
    # Changes as soon as the person sets a password, which spends the link.
    return salted_hmac(_SALT, user.password or "unset").hexdigest()[:16]


def invitation_token_make(user) -> str:
    return signing.dumps({"u": user.pk, "p": _password_fingerprint(user)}, salt=_SALT)


def invitation_token_user_id(token: str) -> int | None:
    """The user a token was made for, or None if it is forged or older than its maximum age."""
    try:
        payload = signing.loads(token, salt=_SALT, max_age=INVITATION_MAX_AGE)
    except signing.BadSignature:
        return None
    return payload.get("u")


def invitation_token_is_fresh(user, token: str) -> bool:
    """True while the token is signed, young enough, and no password was set since."""
    try:
        payload = signing.loads(token, salt=_SALT, max_age=INVITATION_MAX_AGE)
    except signing.BadSignature:
        return False
    return payload.get("u") == user.pk and constant_time_compare(
        payload.get("p", ""), _password_fingerprint(user)
    )
