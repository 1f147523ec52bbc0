"""Ed25519 signatures in certificates' QR codes, checkable offline against the public key.

The QR code carries the verification URL

    {CERTIFICATE_VERIFY_BASE_URL}/verify/{code}/?s={payload}.{signature}

where `payload` is `SignedFields.to_bytes()` and `signature` its Ed25519 signature, both base64url
without padding.
"""

import base64
import binascii
import dataclasses
import datetime
import re
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .codes import code_normalize

PAYLOAD_VERSION = "TZ1"
SEPARATOR = "|"
SIGNATURE_LENGTH = 64
_VERIFY_PATH = re.compile(r"/verify/(?P<code>[^/]+)/\Z")
_BASE64URL = re.compile(r"[A-Za-z0-9_-]*\Z")


class SignatureInvalid(ValueError):
    """A QR text whose signature cannot be accepted; the message says why."""


def private_key() -> Ed25519PrivateKey:
    """The signing key from `settings.CERTIFICATE_SIGNING_KEY` (base64 of a 32-byte seed)."""
    encoded = settings.CERTIFICATE_SIGNING_KEY
    if not encoded:
        raise ImproperlyConfigured(
            "CERTIFICATE_SIGNING_KEY is not set: it must be the base64 of a 32-byte Ed25519 seed."
        )
    try:
        seed = base64.b64decode(encoded, validate=True)
    except binascii.Error as error:
        raise ImproperlyConfigured(
            f"CERTIFICATE_SIGNING_KEY is not valid base64: {error}."
        ) from None
    if len(seed) != 32:
        raise ImproperlyConfigured(
            f"CERTIFICATE_SIGNING_KEY must decode to 32 bytes (an Ed25519 seed), not {len(seed)}."
        )
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key() -> Ed25519PublicKey:
    """The public half of the signing key: what anyone checks QR codes against."""
    return private_key().public_key()


def public_key_pem() -> str:
    """The public key as PEM (SubjectPublicKeyInfo), for publishing."""
    return (
        public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def public_key_from_pem(pem: bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM; ValueError if the PEM holds anything else."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("The PEM holds a public key, but not an Ed25519 one.")
    return key


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace(SEPARATOR, "%7C")


def _unescape(value: str) -> str:
    return value.replace("%7C", SEPARATOR).replace("%25", "%")


@dataclasses.dataclass(frozen=True)
class SignedFields:
    """A certificate's essential fields: what the signature vouches for."""

    code: str
    number: str
    name: str
    employee_number: str
    course: str
    course_version: str
    issued_on: datetime.date
    expires_on: datetime.date

    def to_bytes(self) -> bytes:
        """`TZ1|code|number|name|...|issued|expires` in UTF-8, `%` and `|` escaped in fields."""
        values = [getattr(self, field.name) for field in dataclasses.fields(self)]
        texts = [
            value.isoformat() if isinstance(value, datetime.date) else value for value in values
        ]
        return SEPARATOR.join([PAYLOAD_VERSION, *map(_escape, texts)]).encode()

    @classmethod
    def from_bytes(cls, payload: bytes) -> "SignedFields":
        """The fields encoded by `to_bytes`; ValueError for anything it would not produce."""
        version, *texts = payload.decode().split(SEPARATOR)
        if version != PAYLOAD_VERSION:
            raise ValueError(f"Unknown payload version {version!r}.")
        names = [field.name for field in dataclasses.fields(cls)]
        if len(texts) != len(names):
            raise ValueError(f"The payload has {len(texts)} fields, not {len(names)}.")
        values = dict(zip(names, map(_unescape, texts), strict=True))
        for date_field in ("issued_on", "expires_on"):
            values[date_field] = datetime.date.fromisoformat(values[date_field])
        fields = cls(**values)
        if fields.to_bytes() != payload:
            raise ValueError("The payload is not in canonical form.")
        return fields


def verify_url(code: str, base_url: str | None = None) -> str:
    """The online register's page for a certificate: `{base}/verify/{code}/`."""
    base = base_url or settings.CERTIFICATE_VERIFY_BASE_URL
    return f"{base.rstrip('/')}/verify/{code}/"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    if not _BASE64URL.match(text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def qr_text(fields: SignedFields, base_url: str | None = None) -> str:
    """The text of a certificate's QR code: its verification URL, signed."""
    if code_normalize(fields.code) != fields.code:
        raise ValueError(f"{fields.code!r} is not a verification code in stored form.")
    payload = fields.to_bytes()
    signature = private_key().sign(payload)
    return f"{verify_url(fields.code, base_url)}?s={_b64url(payload)}.{_b64url(signature)}"


def _split_qr_text(text: str) -> tuple[str | None, str]:
    """The code in the URL's path (None for a bare signature) and the `s` value."""
    if "://" not in text:
        return None, text
    url = urlsplit(text)
    path = _VERIFY_PATH.search(url.path)
    if path is None:
        raise SignatureInvalid(
            "Not a Tahaffuz verification URL (expected .../verify/<code>/?s=...)."
        )
    signed = parse_qs(url.query).get("s")
    if not signed:
        raise SignatureInvalid("The URL carries no signature (no s=... after /verify/<code>/).")
    return path["code"], signed[0]


def qr_verify(text: str, public_key: Ed25519PublicKey | None = None) -> SignedFields:
    """The signed fields of a QR text (its URL, or just the `s` value) if the signature holds.

    Checks against `public_key`, by default the one from settings. Raises SignatureInvalid.
    """
    path_code, signed = _split_qr_text(text.strip())
    try:
        payload_b64, signature_b64 = signed.split(".")
        payload, signature = _b64url_decode(payload_b64), _b64url_decode(signature_b64)
    except ValueError:
        raise SignatureInvalid(
            "The signature is badly encoded (expected <payload>.<signature> in base64url)."
        ) from None
    if len(signature) != SIGNATURE_LENGTH:
        raise SignatureInvalid(
            f"The signature is badly encoded ({len(signature)} bytes, not {SIGNATURE_LENGTH})."
        )
    try:
        (public_key or private_key().public_key()).verify(signature, payload)
    except InvalidSignature:
        raise SignatureInvalid(
            "The signature does not verify: the certificate's details were altered, "
            "or it was not signed with this key."
        ) from None
    try:
        fields = SignedFields.from_bytes(payload)
    except ValueError as error:
        raise SignatureInvalid(f"The signed payload cannot be read: {error}") from None
    if path_code is not None and code_normalize(path_code) != fields.code:
        raise SignatureInvalid(
            f"The URL names certificate {path_code} but the signature is for {fields.code}."
        )
    return fields
