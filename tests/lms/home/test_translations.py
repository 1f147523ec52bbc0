"""Urdu and Pashto: the committed catalogues, right-to-left pages, English fallback, the report."""

import re
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
RTL_LANGUAGES = ["ur", "ps"]
# Left empty in the Urdu catalogue on purpose: readers see the English until a translator fills it.
UNTRANSLATED_UR = "Import a staff list"


def catalogue(language, kind="po"):
    path = LOCALE / language / "LC_MESSAGES" / f"django.{kind}"
    return polib.pofile(str(path)) if kind == "po" else polib.mofile(str(path))


def translated(language):
    return [e for e in catalogue(language) if e.translated() and not e.obsolete]


@pytest.fixture(autouse=True)
def _restore_language():
    """The locale middleware leaves the last request's language active in this thread."""
    language = translation.get_language()
    yield
    translation.activate(language)


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_catalogue_has_translations_and_a_proper_header(language):
    po = catalogue(language)
    assert translated(language), f"nothing translated for {language}"
    assert po.metadata["Language"] == language
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert not po.metadata_is_fuzzy
    assert not po.fuzzy_entries(), "fuzzy entries are ignored at runtime; resolve them"


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_django_serves_every_translation_in_the_po_file(language):
    """The committed .mo files are in sync with the .po files translators edit."""
    with translation.override(language):
        for entry in translated(language):
            if entry.msgid_plural:
                singular = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
                plural = translation.ngettext(entry.msgid, entry.msgid_plural, 2)
                assert [singular, plural] == [entry.msgstr_plural[0], entry.msgstr_plural[1]]
            elif entry.msgctxt:  # e.g. Django's month names, "alt. month"
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, entry.msgid
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_compiled_catalogue_holds_nothing_the_po_file_does_not(language):
    """A translation removed from the .po file must not live on in a stale .mo file."""
    compiled = {e.msgid for e in catalogue(language, "mo") if e.msgid}
    assert compiled == {e.msgid for e in translated(language)}


@pytest.mark.django_db
def test_sign_in_page_in_urdu_is_right_to_left(client):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="ur")
    assert response.status_code == 200
    assert html_tag(response) == '<html lang="ur" dir="rtl">'
    page = response.content.decode()
    assert "سائن ان کریں" in page  # Sign in
    assert "اپنا پاس ورڈ بھول گئے؟" in page  # Forgotten your password?
    assert "خیبر پختونخوا چائلڈ پروٹیکشن اینڈ ویلفیئر کمیشن" in page
    assert ">Sign in<" not in page


@pytest.mark.django_db
def test_choosing_urdu_with_the_language_switcher_sticks(client):
    response = client.post("/i18n/setlang/", {"language": "ur", "next": "/accounts/login/"})
    assert response.status_code == 302
    response = client.get("/accounts/login/")
    assert html_tag(response) == '<html lang="ur" dir="rtl">'
    assert "سائن ان کریں" in response.content.decode()


@pytest.mark.django_db
def test_sign_in_page_in_pashto_is_right_to_left(client):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="ps")
    assert html_tag(response) == '<html lang="ps" dir="rtl">'
    assert "ننوتل" in response.content.decode()  # Sign in


@pytest.mark.django_db
def test_sign_in_page_in_english_is_left_to_right(client):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert html_tag(response) == '<html lang="en" dir="ltr">'
    assert ">Sign in<" in response.content.decode()


def test_untranslated_urdu_falls_back_to_english():
    entry = catalogue("ur").find(UNTRANSLATED_UR)
    assert entry is not None and not entry.translated()
    with translation.override("ur"):
        assert translation.gettext(UNTRANSLATED_UR) == UNTRANSLATED_UR


def test_report_lists_untranslated_strings_with_where_they_are_used():
    out = StringIO()
    call_command("translation_report", stdout=out)
    report = out.getvalue()
    urdu, pashto = report.split("ps (")
    assert re.search(r"^ur \(.*\): \d+\.\d% translated \(\d+ of \d+\)$", urdu, re.M)
    assert "%r" % UNTRANSLATED_UR in urdu
    assert re.search(r"lms/home/templates/home/overview.html:\d+", urdu)
    assert "'Sign in'" not in urdu
    assert "'Language'" not in pashto
    assert "'Overview'" in pashto


def test_report_fails_when_a_language_is_below_the_threshold():
    with pytest.raises(CommandError, match="ps"):
        call_command("translation_report", "--fail-under", "99", stdout=StringIO())
    call_command("translation_report", "--fail-under", "0", stdout=StringIO())
