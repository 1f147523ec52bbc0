"""The Urdu and Pashto pages' web fonts, cut by `make fonts` from the npm packages' files."""

import re

import pytest
from django.conf import settings
from fontTools.ttLib import TTFont

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
    [("en", None), ("ur", "fonts/build/nastaliq.woff2"), ("ps", "fonts/build/naskh.woff2")],
)
def test_only_right_to_left_pages_preload_their_font(client, language, preloaded):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    page = client.get("/accounts/login/").content.decode()

    preloads = re.findall(r'<link rel="preload" href="[^"]*/static/([^"]+)" as="font"', page)
    assert preloads == ([preloaded] if preloaded else [])
