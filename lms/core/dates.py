"""Dates as every page, PDF and message shows them: day, month name, year and 24-hour time, in
the reader's language ("3 December 2026, 13:35"). A numeric date such as 12/03/2026 reads as
12 March to some and 3 December to others. Each language's patterns are in
lms/formats/<language>/formats.py (FORMAT_MODULE_PATH); CSV files keep ISO dates.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_noop

# Django translates the month names into Urdu but has no Pashto catalogue. Named here, they
# reach our catalogues (makemessages), whose Pashto names Django's date formatting then reads.
MONTH_NAMES = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _has_time(value, time: bool) -> bool:
    return time and isinstance(value, datetime.datetime)


def date_text(value, *, time: bool = True) -> str:
    """`3 December 2026, 13:35` for a moment (in the site's time zone), `3 December 2026` for a
    day or with `time=False`, in the active language."""
    value = _local(value)
    return date_format(value, "DATETIME_FORMAT" if _has_time(value, time) else "DATE_FORMAT")


def date_iso(value, *, time: bool = True) -> str:
    """The same date for machines (`<time datetime>`): `2026-12-03` or
    `2026-12-03T13:35:00+05:00`."""
    value = _local(value)
    if _has_time(value, time):
        return value.isoformat(timespec="seconds")
    return (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
