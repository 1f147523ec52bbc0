"""`{{ value|number }}`: a count, percentage or score shown to a reader, in their digits
(lms/core/numbers.py); `{{ value|number:1 }}` keeps one decimal."""

from django import template

from lms.core.numbers import number_text

register = template.Library()


@register.filter
def number(value, places: int = 0):
    """The figure rounded for reading; empty for none."""
    if value in (None, ""):
        return ""
    return number_text(value, int(places))
