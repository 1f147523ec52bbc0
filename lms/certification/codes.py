"""Certificate numbers for people, and verification codes that cannot be guessed.

A verification code is 17 random Crockford base32 symbols (85 bits from `secrets`) and one check
symbol: Crockford's mod-37 check, which catches every single-symbol typo and every swap of two
neighbouring symbols. Crockford spells check values 32-36 as `*~$=U`; those are awkward in URLs
and to type, so a code whose check would be one of them is drawn again (5 draws in 37). Every code
is therefore plain base32, still valid under Crockford's own check, and one of 2^85 x 32/37
(about 2^84.8, comfortably above the 80 bits asked for) possible codes.
"""

import secrets

from django.utils.translation import gettext as _

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_SYMBOLS = 17
CODE_LENGTH = RANDOM_SYMBOLS + 1
CHECK_MODULUS = 37
GROUP_SIZE = 4

_SYMBOL_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
# Crockford's decoding of the letters people confuse with digits.
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _check_value(symbols: str) -> int:
    number = 0
    for symbol in symbols:
        number = number * len(ALPHABET) + _SYMBOL_VALUES[symbol]
    return number % CHECK_MODULUS


def code_generate() -> str:
    """A new verification code in stored form: 18 uppercase symbols, check symbol last."""
    while True:
        symbols = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
        check = _check_value(symbols)
        if check < len(ALPHABET):
            return symbols + ALPHABET[check]


def code_display(code: str) -> str:
    """The stored code in hyphenated groups of four for people, e.g. `7K3M-Q9XA-2PR1-HV0C-J2`."""
    return "-".join(code[start : start + GROUP_SIZE] for start in range(0, len(code), GROUP_SIZE))


def code_normalize(text: str) -> str | None:
    """The stored code for what a person typed, or None if it is not a valid code.

    Ignores case, spaces and hyphens, and reads O as 0 and I or L as 1.
    """
    cleaned = _cleaned(text)
    if not _code_shaped(cleaned):
        return None
    symbols, check = cleaned[:-1], cleaned[-1]
    if _check_value(symbols) != _SYMBOL_VALUES[check]:
        return None
    return cleaned


def code_mistake(text: str) -> str | None:
    """What is wrong with a typed code, for the person who typed it; None if it is valid."""
    if code_normalize(text):
        return None
    if code_shaped(text):
        return _(
            "That is not a valid code (check character): a letter or digit is mistyped or two "
            "are swapped."
        )
    return _(
        "That is not a valid code: check it for typing mistakes. A code has 18 letters and "
        "digits, shown in groups like 7K3M-Q9XA-2PR1-HV0C-J2."
    )


def code_shaped(text: str) -> bool:
    """Whether the text has a code's length and symbols, whether or not its check symbol fits."""
    return _code_shaped(_cleaned(text))


def _cleaned(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper().translate(_CONFUSABLES)


def _code_shaped(cleaned: str) -> bool:
    return len(cleaned) == CODE_LENGTH and set(cleaned) <= _SYMBOL_VALUES.keys()


def certificate_number(prefix: str, year: int, sequence: int) -> str:
    """The certificate's number for people, e.g. `KP-CPCM-2026-000123` (sequence 1 to 999999)."""
    if not 1 <= sequence <= 999_999:
        raise ValueError(f"A certificate sequence must be 1 to 999999, not {sequence}.")
    return f"{prefix}-{year}-{sequence:06d}"
