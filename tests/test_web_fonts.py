"""The Urdu and Pashto pages' web fonts, cut by `make fonts` from the npm packages' files."""

import re

import pytest
from django.conf import settings
from fontTools.ttLib import TTFont

from lms.home.context_processors import FONT_CACHED_COOKIE

BUILD = settings.BASE_DIR / "static" / "fonts" / "build"
PACKAGE_FONTS = {
    "nastaliq": "noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff",
    "naskh": "noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff",
}
URDU = "ءآأؤئابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہۂۃھیےۓ"
PASHTO = "ءآأؤئابپتټثجځچڅحخدډذرړزږژسشښصضطظعغفقکګلمنڼوهۀيېۍ"
# Vowel marks, tanween, shadda, sukun, hamza above, superscript alef; both sets of digits;
# comma, semicolon, question mark, Urdu full stop, percent and decimal signs; ZWNJ and ZWJ.
MARKS_DIGITS_PUNCTUATION = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    "\u060c\u061b\u061f\u06d4\u066a\u066b\u066c"
    "\u200c\u200d"
)


def built_font(name: str) -> TTFont:
    path = BUILD / f"{name}.woff2"
    assert path.is_file(), f"{path} is missing: `make fonts` (part of `make setup`) builds it"
    return TTFont(path)


@pytest.mark.parametrize("name", sorted(PACKAGE_FONTS))
def test_the_font_has_a_glyph_for_every_urdu_and_pashto_character(name):
    cmap = built_font(name).getBestCmap()

    needed = sorted(set(URDU + PASHTO + MARKS_DIGITS_PUNCTUATION))
    assert [f"U+{ord(char):04X} {char}" for char in needed if ord(char) not in cmap] == []


@pytest.mark.parametrize("name", sorted(PACKAGE_FONTS))
def test_the_font_keeps_every_shaping_feature_of_the_package_font(name):
    package = TTFont(settings.NODE_MODULES / "@fontsource" / PACKAGE_FONTS[name])
    built = built_font(name)

    for table in ("GSUB", "GPOS"):
        features = {record.FeatureTag for record in package[table].table.FeatureList.FeatureRecord}
        assert features == {
            record.FeatureTag for record in built[table].table.FeatureList.FeatureRecord
        }
        assert features


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "preloaded"),
    [("en", None), ("ur", None), ("ps", "fonts/build/naskh.woff2")],
)
def test_only_pashto_pages_preload_their_font(client, language, preloaded):
    """Urdu's font (100 KB) would keep a first page loading on 2G: it comes after the load."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    page = client.get("/accounts/login/").content.decode()

    preloads = re.findall(r'<link rel="preload" href="[^"]*/static/([^"]+)" as="font"', page)
    assert preloads == ([preloaded] if preloaded else [])


@pytest.mark.django_db
def test_urdu_pages_link_their_font_from_the_start_once_the_browser_holds_it(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    stylesheet = '<link rel="stylesheet" href="/static/css/fonts-nastaliq.css">'

    first = client.get("/accounts/login/").content.decode()
    assert 'src="/static/js/font-after-load.js"' in first
    assert first.count(stylesheet) == 1 and f"<noscript>{stylesheet}</noscript>" in first

    client.cookies[FONT_CACHED_COOKIE] = "nastaliq.woff2"  # as font-after-load.js sets it
    later = client.get("/accounts/login/").content.decode()
    assert "font-after-load.js" not in later
    assert stylesheet in later and "<noscript>" not in later

    client.cookies[FONT_CACHED_COOKIE] = "nastaliq.0ld0ld.woff2"  # the font before a deploy
    assert "font-after-load.js" in client.get("/accounts/login/").content.decode()
