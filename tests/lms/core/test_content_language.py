"""`{% content_lang %}`: text in another language than the page's keeps its own direction."""

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale, Page


def rendered(source: str, **context) -> str:
    return Template(source).render(Context(context))


@pytest.mark.parametrize("page_language", ["ur", "ps"])
def test_english_content_on_a_right_to_left_page_is_marked_english_and_left_to_right(
    page_language,
):
    with translation.override(page_language):
        assert rendered("<p{% content_lang 'en' %}>") == '<p lang="en" dir="ltr">'
        assert rendered("<h1{% content_lang %}>") == '<h1 lang="en" dir="ltr">'


def test_urdu_content_on_an_english_page_is_marked_urdu_and_right_to_left():
    with translation.override("en"):
        assert rendered("<p{% content_lang 'ur' %}>") == '<p lang="ur" dir="rtl">'
        assert rendered("<p{% content_lang %}>") == "<p>"


def test_a_translation_on_its_own_right_to_left_page_takes_the_direction_of_its_text():
    """A translated page may still hold English copied from its source."""
    with translation.override("ur"):
        assert rendered("<p{% content_lang 'ur' %}>") == '<p dir="auto">'


def test_content_in_an_unknown_language_takes_the_direction_of_its_text():
    with translation.override("ur"):
        assert rendered("<p{% content_lang language %}>", language="") == '<p dir="auto">'


@pytest.mark.django_db
def test_a_page_says_its_language_through_its_locale():
    page = Page.objects.filter(locale=Locale.objects.get(language_code="en")).first()
    with translation.override("ps"):
        assert rendered("<p{% content_lang page %}>", page=page) == '<p lang="en" dir="ltr">'


def test_a_value_isolated_in_a_translated_sentence_keeps_its_msgid_and_is_escaped():
    with translation.override("ur"):
        html = rendered("{{ name|isolate }}", name="<Nadia>")
    assert html == "\u2068&lt;Nadia&gt;\u2069"
