"""The shape of an API key: ``thz_<prefix>_<secret>``. The prefix finds the key; only the SHA-256
of the secret is stored.

A fast hash is enough, and right, here: the secret is 256 random bits, so there is no dictionary
to try and nothing for a slow password hasher (PBKDF2, Argon2) to slow down, while a slow hasher
would charge every API call a deliberate tenth of a second of CPU.
"""

import hashlib
import hmac
import secrets
from typing import NamedTuple

TOKEN_START = "thz_"  # noqa: S105 (the public start of every key)


class Token(NamedTuple):
    prefix: str
    secret: str

    def __str__(self):
        return f"{TOKEN_START}{self.prefix}_{self.secret}"


def token_new() -> Token:
    return Token(prefix=secrets.token_hex(6), secret=secrets.token_urlsafe(32))


def token_parse(text: str) -> Token | None:
    start, _, rest = text.partition(TOKEN_START)
    prefix, _, secret = rest.partition("_")
    if start or not prefix or not secret:
        return None
    return Token(prefix, secret)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(secret_hash(secret), stored_hash)
