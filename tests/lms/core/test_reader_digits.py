"""Western digits everywhere by default; Eastern digits (۰۱۲۳) on Urdu and Pashto pages when the
Commission sets EASTERN_DIGITS, for dates and for the figures learners read."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from lms.core.dates import date_text
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import attempt_submit

DAY = datetime.date(2026, 12, 3)
EASTERN = re.compile("[\u06f0-\u06f9]")


def test_dates_and_figures_use_western_digits_by_default():
    with translation.override("ur"):
        assert date_text(DAY) == "3 دسمبر 2026"
        assert Template("{% load numbers %}{{ 86.5|number }}").render(Context()) == "86"


@pytest.mark.parametrize(
    ("language", "day", "score"),
    [("ur", "۳ دسمبر ۲۰۲۶", "۸۷"), ("ps", "۳ دسمبر ۲۰۲۶", "۸۷"), ("en", "3 December 2026", "87")],
)
def test_with_eastern_digits_chosen_urdu_and_pashto_read_eastern_digits(
    settings, language, day, score
):
    settings.EASTERN_DIGITS = True
    with translation.override(language):
        assert date_text(DAY) == day
        template = Template("{% load numbers %}{{ score|number }}{{ none|number }}")
        assert template.render(Context({"score": 86.54, "none": None})) == score


def test_the_when_filter_keeps_the_iso_date_for_machines_in_western_digits(settings):
    settings.EASTERN_DIGITS = True
    with translation.override("ur"):
        html = Template("{% load dates %}{{ day|when }}").render(Context({"day": DAY}))
    assert html == '<time datetime="2026-12-03">۳ دسمبر ۲۰۲۶</time>'


def _home_in(client, language):
    client.cookies["tahaffuz_language"] = language
    return client.get(reverse("home")).content.decode()


def test_an_urdu_learners_progress_reads_in_eastern_digits_and_an_english_ones_does_not(
    settings, client, learner, enrolment
):
    settings.EASTERN_DIGITS = True
    client.force_login(learner)
    urdu = _home_in(client, "ur")
    assert '<span class="progress__figure"><bdi>\u06f0%</bdi></span>' in urdu  # Eastern zero
    assert 'value="0"' in urdu  # the progress element's value stays a machine number
    english = _home_in(client, "en")
    assert '<span class="progress__figure"><bdi>0%</bdi></span>' in english
    assert not EASTERN.search(english)


def test_an_urdu_learners_quiz_numbers_its_questions_and_scores_in_eastern_digits(
    settings, client, learner, quiz_in_lesson
):
    settings.EASTERN_DIGITS = True
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    attempt = client.post(reverse("attempts:start", args=[quiz_in_lesson.pk]), follow=True)
    html = attempt.content.decode()
    assert '<span class="question__number">\u06f1.</span>' in html  # Eastern one
    assert '<span class="question__number">1.</span>' not in html

    submitted = attempt_submit(attempt=QuizAttempt.objects.get(learner=learner), by=learner)
    result = client.get(reverse("attempts:result", args=[submitted.pk])).content.decode()
    assert '<p class="result__score"><bdi>\u06f0%</bdi>' in result  # nothing answered: Eastern 0%
