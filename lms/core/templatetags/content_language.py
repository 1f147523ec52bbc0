"""Text in another language than the page's keeps its own direction: `{% content_lang %}`.

A page in Urdu or Pashto may show English lesson text that is not translated yet, English
questions, or names typed by people. Without its own `lang` and `dir`, such text inside a
right-to-left page is laid out right to left: a question's number lands after it and its question
mark before it. Registered as a built-in (settings.TEMPLATES), so templates need no `{% load %}`.
"""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from lms.core.text import isolate as _isolate

register = template.Library()

_DEFAULT = object()
_AUTO = mark_safe(' dir="auto"')


@register.simple_tag
def content_lang(source=_DEFAULT) -> str:
    """The `lang` and `dir` attributes of an element holding content written in `source`'s
    language, for a page in the active language.

    `source` is a language code, or translatable content (a page, a snippet) whose locale says it.
    Without `source`, the content is untranslatable and in the default language (LANGUAGE_CODE).
    `dir="auto"` (the browser takes the direction of the first strong letter) when the language is
    not known (an empty code), and for a translation into a right-to-left page's language: a
    translated page may still hold English copied from its source, field by field, until the
    translators reach it. Nothing for content in the language of a left-to-right page."""
    if source is _DEFAULT:
        language = settings.LANGUAGE_CODE
    elif isinstance(source, str) or source is None:
        language = source
    else:
        language = source.locale.language_code
    if not language:
        return _AUTO
    if language == get_language():
        return _AUTO if language in settings.LANGUAGES_BIDI else ""
    direction = "rtl" if language in settings.LANGUAGES_BIDI else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


@register.filter(is_safe=True)
def isolate(text) -> str:
    """`{% blocktranslate with course=title|isolate %}`: the value keeps its own direction inside
    the translated sentence, whose text (the msgid) stays the same."""
    return _isolate(str(text))
