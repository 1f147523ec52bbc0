"""Dates in Urdu and Pashto: day, month name, year, in Western digits, on the 24-hour clock."""

import datetime
import zoneinfo

import pytest
from django.template import Context, Template
from django.utils import dates, translation
from django.utils.formats import date_format, time_format

from lms.formats import calendar_words

FIRST_OF_FEBRUARY = datetime.date(2027, 2, 1)
AFTERNOON = datetime.datetime(2027, 2, 1, 14, 5, tzinfo=zoneinfo.ZoneInfo("Asia/Karachi"))
CALENDARS = ["WEEKDAYS", "WEEKDAYS_ABBR", "MONTHS", "MONTHS_3", "MONTHS_AP", "MONTHS_ALT"]


def render(template, **context):
    return Template(template).render(Context(context))


@pytest.mark.parametrize(
    ("language", "february"), [("ps", "فبروري"), ("ur", "فروری")], ids=["ps", "ur"]
)
def test_a_date_reads_day_month_name_year_in_western_digits(language, february):
    with translation.override(language):
        assert date_format(FIRST_OF_FEBRUARY) == f"1 {february} 2027"
        assert render("{{ day|date }}", day=FIRST_OF_FEBRUARY) == f"1 {february} 2027"
        assert render('{{ day|date:"j F Y" }}', day=FIRST_OF_FEBRUARY) == f"1 {february} 2027"
        assert date_format(AFTERNOON, "DATETIME_FORMAT") == f"1 {february} 2027، 14:05"
        assert time_format(AFTERNOON) == "14:05"
        # Short dates name the month too: "01/02/2027" reads as January to some readers.
        assert date_format(FIRST_OF_FEBRUARY, "SHORT_DATE_FORMAT") == f"1 {february} 2027"


def test_pashto_names_every_month_and_weekday():
    with translation.override("ps"):
        assert render('{{ day|date:"l j F Y" }}', day=FIRST_OF_FEBRUARY) == "دوشنبه 1 فبروري 2027"
        assert render('{{ day|date:"D j M" }}', day=FIRST_OF_FEBRUARY) == "دوشنبه 1 فبروري"
        assert render('{{ day|date:"N" }}', day=datetime.date(2027, 5, 1)) == "مۍ"
        untranslated = []
        for name in CALENDARS:
            for word in getattr(dates, name).values():
                with translation.override("en"):
                    english = str(word)
                if str(word) == english:
                    untranslated.append(f"{name}: {english}")
    assert untranslated == []


def test_english_dates_name_the_day_before_the_month():
    with translation.override("en"):
        assert date_format(FIRST_OF_FEBRUARY) == "1 February 2027"


@pytest.mark.parametrize("name", CALENDARS)
def test_our_calendar_words_mark_the_same_msgids_and_contexts_as_django(name):
    """Otherwise makemessages would drop the Pashto names Django looks up."""

    def msgids(calendar):
        # A lazy translation keeps the arguments it will call gettext or pgettext with.
        return {key: word._args for key, word in calendar.items()}

    assert msgids(getattr(calendar_words, name)) == msgids(getattr(dates, name))
