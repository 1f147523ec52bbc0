"""Dates as every page, PDF and message shows them: day, month name, year and 24-hour time, in
the reader's language ("3 December 2026, 13:35"). A numeric date such as 12/03/2026 reads as
12 March to some and 3 December to others. Each language's patterns are in
lms/formats/<language>/formats.py (FORMAT_MODULE_PATH), Pashto's month names in
lms/formats/calendar_words.py; digits as the reader's language takes them (lms/core/numbers.py).
CSV files keep ISO dates.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from lms.core.numbers import reader_digits


def _local(value):
    if isinstance(value, str):  # an ISO date from a public record or JSON
        value = (
            datetime.datetime.fromisoformat(value)
            if "T" in value
            else datetime.date.fromisoformat(value)
        )
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _has_time(value, time: bool) -> bool:
    return time and isinstance(value, datetime.datetime)


def date_text(value, *, time: bool = True) -> str:
    """`3 December 2026, 13:35` for a moment (in the site's time zone), `3 December 2026` for a
    day or with `time=False`, in the active language."""
    value = _local(value)
    return reader_digits(
        date_format(value, "DATETIME_FORMAT" if _has_time(value, time) else "DATE_FORMAT")
    )


def date_iso(value, *, time: bool = True) -> str:
    """The same date for machines (`<time datetime>`): `2026-12-03` or
    `2026-12-03T13:35:00+05:00`."""
    value = _local(value)
    if _has_time(value, time):
        return value.isoformat(timespec="seconds")
    return (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
