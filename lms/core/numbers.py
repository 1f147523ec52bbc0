"""Digits as a learner reads them. Urdu and Pashto pages show Western digits (0123456789) unless
the Commission chooses Eastern ones (۰۱۲۳۴۵۶۷۸۹, Extended Arabic-Indic) with the
`EASTERN_DIGITS` setting. Every date, time and figure shown to a reader passes through
`reader_digits`; codes, addresses, form values, exports and the API never do.

The choice is a deployment setting rather than a CMS one because dates are also written by pure
rules (which may not read the database) and by the task worker that draws certificate PDFs.
"""

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import get_language

EASTERN_DIGIT_LANGUAGES = frozenset({"ur", "ps"})
_EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def reader_digits(text: str) -> str:
    """`text` with its digits in the active language's chosen style."""
    language = (get_language() or "").split("-")[0]
    if settings.EASTERN_DIGITS and language in EASTERN_DIGIT_LANGUAGES:
        return text.translate(_EASTERN)
    return text


def number_text(value, places: int = 0) -> str:
    """A count, percentage or score for reading: rounded to `places` decimals ("86"), in the
    reader's digits."""
    return reader_digits(number_format(round(value, places), decimal_pos=places))
