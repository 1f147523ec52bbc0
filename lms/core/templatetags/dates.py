"""The one way a template shows a date: `{{ value|when }}`, or `{{ value|when:"date" }}` for the
day alone, each a `<time>` element carrying the ISO date for machines."""

from django import template
from django.utils.html import format_html

from lms.core.dates import date_iso, date_text

register = template.Library()


@register.filter
def when(value, part: str = "datetime"):
    """`<time datetime="2026-12-03T13:35:00+05:00">3 December 2026, 13:35</time>`; empty for
    no date."""
    if value in (None, ""):
        return ""
    time = part != "date"
    return format_html(
        '<time datetime="{}">{}</time>', date_iso(value, time=time), date_text(value, time=time)
    )
