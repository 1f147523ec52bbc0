"""Dates in one unambiguous style: day, month name, year and 24-hour time, in the reader's
language, with the ISO date for machines."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from lms.core.dates import date_iso, date_text

# 12/03/2026 1:43 p.m. as the old pages printed it: 12 March to some readers, 3 December to others.
MOMENT = timezone.make_aware(datetime.datetime(2026, 3, 12, 13, 43))


@pytest.mark.parametrize(
    ("language", "moment", "day"),
    [
        ("en", "12 March 2026, 13:43", "12 March 2026"),
        ("ur", "12 مارچ 2026، 13:43", "12 مارچ 2026"),
    ],
)
def test_a_moment_and_a_day_read_with_the_month_named_in_the_readers_language(
    language, moment, day
):
    with translation.override(language):
        assert date_text(MOMENT) == moment
        assert date_text(MOMENT, time=False) == day
        assert date_text(MOMENT.date()) == day


def test_the_iso_date_for_machines_is_in_the_sites_time_zone():
    utc = MOMENT.astimezone(datetime.UTC)
    assert date_iso(utc) == "2026-03-12T13:43:00+05:00"
    assert date_iso(utc, time=False) == "2026-03-12"
    assert date_iso(MOMENT.date()) == "2026-03-12"


def test_the_when_filter_wraps_the_date_in_a_time_element_and_shows_nothing_for_none():
    template = Template(
        '{% load dates %}{{ moment|when }}|{{ moment|when:"date" }}|{{ none|when }}'
    )
    html = template.render(Context({"moment": MOMENT, "none": None}))
    assert html == (
        '<time datetime="2026-03-12T13:43:00+05:00">12 March 2026, 13:43</time>|'
        '<time datetime="2026-03-12">12 March 2026</time>|'
    )


def test_djangos_own_date_formats_follow_the_same_style():
    template = Template("{{ moment }} · {{ moment.date }}")
    assert template.render(Context({"moment": MOMENT})) == "12 March 2026, 13:43 · 12 March 2026"
