"""Urdu and Pashto: the committed catalogues, right-to-left pages, English fallback, the report."""

import csv
import re
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

from lms.home.management.commands.translation_report import UNREVIEWED

LOCALE = Path(settings.BASE_DIR) / "locale"
RTL_LANGUAGES = ["ur", "ps"]
GLOSSARY = LOCALE / "glossary.csv"


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


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_every_translation_is_marked_for_a_commission_reader(language):
    """Drafts carry the unreviewed marker until a reader replaces it by "Reviewed by <name>, <date>"."""
    for entry in translated(language):
        comments = entry.tcomment.splitlines()
        assert UNREVIEWED in comments or any(c.startswith("Reviewed by ") for c in comments), (
            entry.msgid
        )


def test_glossary_gives_every_term_in_urdu_and_pashto_awaiting_review():
    with GLOSSARY.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        rows = list(reader)
    assert reader.fieldnames == ["term_en", "ur", "ps", "note", "reviewed"]
    assert len(rows) >= 60
    terms = [row["term_en"] for row in rows]
    assert len(terms) == len(set(terms)), "a term appears twice"
    for row in rows:
        assert None not in row, f"stray column in {row['term_en']!r}"
        assert row["ur"].strip() and row["ps"].strip(), row["term_en"]
        assert row["reviewed"] in {"no", "yes"}, row["term_en"]


def entry(msgid, msgstr="", comment=UNREVIEWED, fuzzy=False, **fields):
    made = polib.POEntry(
        msgid=msgid,
        msgstr=msgstr,
        tcomment=comment if msgstr or fields.get("msgstr_plural") else "",
        occurrences=[("lms/home/templates/home/overview.html", "12")],
        **fields,
    )
    if fuzzy:
        made.flags.append("fuzzy")
    return made


def write_catalogue(directory, language, entries):
    po = polib.POFile()
    po.metadata = {
        "Language": language,
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    po.extend(entries)
    folder = directory / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po.save(str(folder / "django.po"))
    po.save_as_mofile(str(folder / "django.mo"))


@pytest.fixture
def temporary_catalogues(tmp_path, settings):
    """Urdu: two drafts (one plural), one reviewed, one empty, one fuzzy; Pashto: one draft."""
    write_catalogue(
        tmp_path,
        "ur",
        [
            entry("Sign in", "سائن ان کریں"),
            entry("Tahaffuz", "تحفظ", comment="Reviewed by Ayesha Khan, 2026-12-01"),
            entry("Import a staff list"),
            entry("Overview", "جائزہ", fuzzy=True),
            entry(
                "%(count)s lesson",
                msgid_plural="%(count)s lessons",
                msgstr_plural={0: "%(count)s سبق", 1: "%(count)s اسباق"},
            ),
        ],
    )
    write_catalogue(tmp_path, "ps", [entry("Sign in", "ننوتل")])
    settings.LOCALE_PATHS = [tmp_path]
    return tmp_path


def report(*args):
    out = StringIO()
    call_command("translation_report", *args, stdout=out)
    urdu, pashto = out.getvalue().split("ps (")
    return urdu, pashto


def test_report_counts_translated_untranslated_and_unreviewed_strings(temporary_catalogues):
    urdu, pashto = report()
    assert re.search(
        r"^ur \(.*\): 60\.0% translated \(3 of 5\); 2 untranslated; "
        r"2 translated but unreviewed$",
        urdu,
        re.M,
    )
    assert (
        "[untranslated] 'Import a staff list'  (lms/home/templates/home/overview.html:12)" in urdu
    )
    assert "[fuzzy] 'Overview'" in urdu
    assert "'Sign in'" not in urdu
    assert "[unreviewed]" not in urdu
    assert pashto.startswith("پښتو): 100.0% translated (1 of 1); 0 untranslated; 1 translated")


def test_report_lists_the_unreviewed_strings_for_the_commission(temporary_catalogues):
    urdu, pashto = report("--unreviewed")
    assert "[unreviewed] 'Sign in'" in urdu
    assert "[unreviewed] '%(count)s lesson'" in urdu
    assert "'Tahaffuz'" not in urdu  # a reader replaced the marker
    assert "[unreviewed] 'Sign in'" in pashto


def test_untranslated_and_fuzzy_strings_fall_back_to_english(temporary_catalogues):
    with translation.override("ur"):
        assert translation.gettext("Sign in") == "سائن ان کریں"
        assert translation.gettext("Import a staff list") == "Import a staff list"
        assert translation.gettext("Overview") == "Overview"


def test_report_fails_when_a_language_is_below_the_threshold(temporary_catalogues):
    with pytest.raises(CommandError, match=r"Below 99% translated: ur \(60\.0%\)$"):
        report("--fail-under", "99")
    report("--fail-under", "60")


def test_urdu_interface_is_fully_translated_and_awaits_a_commission_reader():
    urdu, pashto = report()
    entries = [e for e in catalogue("ur") if not e.obsolete]
    total, drafts = len(entries), sum(UNREVIEWED in e.tcomment.splitlines() for e in entries)
    assert re.search(
        rf"^ur \(.*\): 100\.0% translated \({total} of {total}\); 0 untranslated; "
        rf"{drafts} translated but unreviewed$",
        urdu,
        re.M,
    )
    assert re.search(r"\d+ untranslated; \d+ translated but unreviewed$", pashto, re.M)
