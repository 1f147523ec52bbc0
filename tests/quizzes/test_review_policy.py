"""A pre-test or post-test keeps its key (which answers were right, the correct answers, the
feedback) until the learner's last attempt is used up or the quiz closes; once shown, no retake."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes.attempts.models import QuizAttempt, QuizOverride, QuizPurpose
from quizzes.attempts.services import AttemptRefused, attempt_start, quiz_override_grant
from quizzes.bank.models import QuestionOption

KEYED = ("1121", "SECRET-FEEDBACK", "SECRET-GENERAL", "Correct answer", "Not correct", "Correct<")


@pytest.fixture
def post_test(quiz_in_lesson, bank):
    """The fixtures' quiz as a post-test taken at most twice that shows the correct answers."""
    QuestionOption.objects.filter(text="1122").update(feedback="SECRET-FEEDBACK: the ambulance")
    bank["single"].general_feedback = "SECRET-GENERAL: the KP helpline"
    bank["single"].save()
    quiz = quiz_in_lesson
    quiz.purpose = QuizPurpose.POST_TEST
    quiz.review_correct_answers = True
    quiz.save()
    return quiz


def take_wrongly(client, quiz) -> tuple[QuizAttempt, str]:
    """Start an attempt through the page, answer the helpline question wrongly, submit, and read
    the result page; the attempt and every page's HTML on the way."""
    pages = [client.post(reverse("attempts:start", args=[quiz.pk]), follow=True)]
    attempt = QuizAttempt.objects.filter(quiz=quiz).latest("number")
    row = attempt.questions.get(snapshot__text="Helpline?")
    wrong = next(option["id"] for option in row.snapshot["options"] if option["text"] == "1122")
    pages.append(
        client.post(
            reverse("attempts:answer", args=[attempt.pk]),
            {"position": row.position, f"q{row.position}-answer": wrong, "submit": "1"},
            follow=True,
        )
    )
    pages.append(client.get(reverse("attempts:result", args=[attempt.pk])))
    return attempt, "".join(page.content.decode() for page in pages[1:])


def review_html(response) -> str:
    html = response.content.decode()
    return html[html.index('id="result-heading"') :]


def test_no_keyed_answer_reaches_the_learner_before_the_last_attempt_then_the_key_shows(
    client, learner, post_test
):
    client.force_login(learner)
    first, html = take_wrongly(client, post_test)
    html = html[html.index('id="result-heading"') :]
    assert "Helpline?" in html and "1122" in html  # their own answer, and nothing of the key
    for keyed in KEYED:
        assert keyed not in html
    assert "once you have used your last attempt" in html

    last, _html = take_wrongly(client, post_test)
    for attempt in (first, last):
        html = review_html(client.get(reverse("attempts:result", args=[attempt.pk])))
        assert "Correct answer: <bdi>1121</bdi>" in html
        assert "SECRET-FEEDBACK" in html and "Not correct" in html


def test_the_key_shows_once_the_quiz_closes_with_attempts_left(client, learner, post_test):
    client.force_login(learner)
    attempt, _html = take_wrongly(client, post_test)
    post_test.closes_at = timezone.now() + datetime.timedelta(minutes=1)
    post_test.save()
    assert "SECRET-FEEDBACK" not in review_html(
        client.get(reverse("attempts:result", args=[attempt.pk]))
    )
    post_test.opens_at = timezone.now() - datetime.timedelta(days=2)
    post_test.closes_at = timezone.now() - datetime.timedelta(days=1)
    post_test.save()
    assert "SECRET-FEEDBACK" in review_html(
        client.get(reverse("attempts:result", args=[attempt.pk]))
    )


def test_a_learner_shown_the_key_cannot_retake_even_with_an_extra_attempt(
    client, learner, facilitator, enrolment, outline, post_test
):
    client.force_login(learner)
    take_wrongly(client, post_test)
    take_wrongly(client, post_test)  # the last attempt: its result page shows the key
    with pytest.raises(AttemptRefused, match="has seen the answers to this quiz"):
        quiz_override_grant(
            quiz=post_test,
            learner=learner,
            extra_attempts=1,
            extra_minutes=0,
            reason="Power cut",
            by=facilitator,
        )
    # An extra attempt granted while the learner was reading the key is not taken either.
    QuizOverride.objects.create(
        quiz=post_test,
        learner=learner,
        extra_attempts=1,
        extra_minutes=0,
        reason="Power cut",
        granted_by=facilitator,
    )
    lesson = client.get(outline[0][1][0].url).content.decode()
    assert "Your last result" in lesson and "Try again" not in lesson
    response = client.post(reverse("attempts:start", args=[post_test.pk]), {"next": "/learn/"})
    assert response.status_code == 409
    assert "seen the answers to this quiz" in response.content.decode()
    assert QuizAttempt.objects.filter(quiz=post_test).count() == 2


def test_an_extra_attempt_granted_before_the_key_was_seen_can_be_taken(
    client, learner, facilitator, enrolment, outline, post_test
):
    for _attempt in range(2):
        attempt = attempt_start(quiz=post_test, learner=learner)
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            submitted_at=timezone.now(), state="graded"
        )
    quiz_override_grant(
        quiz=post_test,
        learner=learner,
        extra_attempts=1,
        extra_minutes=0,
        reason="Power cut",
        by=facilitator,
    )
    client.force_login(learner)
    assert "Try again" in client.get(outline[0][1][0].url).content.decode()
    _attempt, html = take_wrongly(client, post_test)
    assert "SECRET-FEEDBACK" in html  # the third attempt was the last: now the key shows


def test_a_day_check_shows_its_feedback_at_once(client, learner, quiz_in_lesson, bank):
    QuestionOption.objects.filter(text="1122").update(feedback="SECRET-FEEDBACK: the ambulance")
    client.force_login(learner)
    _attempt, html = take_wrongly(client, quiz_in_lesson)
    assert "SECRET-FEEDBACK" in html and "once you have used your last attempt" not in html
