import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from quizzes.attempts.models import AttemptState, MarkChange, QuizAttempt, QuizOverride
from quizzes.attempts.services import (
    AttemptRefused,
    answer_save,
    attempt_start,
    attempt_submit,
    learner_quiz_grade,
    overdue_attempts_submit,
    response_mark,
)
from tests.factories import StaffProfileFactory


def position_of(attempt, text):
    return attempt.questions.get(snapshot__text=text).position


def option(attempt, question_text, option_text):
    row = attempt.questions.get(snapshot__text=question_text)
    return next(item["id"] for item in row.snapshot["options"] if item["text"] == option_text)


def answer_all_correctly(attempt, learner, essay="A plan."):
    answer_save(
        attempt=attempt,
        position=position_of(attempt, "Helpline?"),
        answer=option(attempt, "Helpline?", "1121"),
        learner=learner,
    )
    answer_save(
        attempt=attempt,
        position=position_of(attempt, "Closure reasons?"),
        answer=[
            option(attempt, "Closure reasons?", "Goals met"),
            option(attempt, "Closure reasons?", "Turns 18"),
        ],
        learner=learner,
    )
    answer_save(
        attempt=attempt,
        position=position_of(attempt, "Child under the 2015 Act is under?"),
        answer="14",
        learner=learner,
    )
    answer_save(
        attempt=attempt,
        position=position_of(attempt, "Write a safety plan."),
        answer=essay,
        learner=learner,
    )


def test_starting_freezes_questions_order_time_limit_and_pass_mark(quiz, learner, bank):
    attempt = attempt_start(quiz=quiz, learner=learner)
    quiz.pass_percent, quiz.time_limit_minutes = 90, 5
    quiz.save()
    bank["single"].text = "Edited after the attempt started"
    bank["single"].save()
    attempt.refresh_from_db()
    assert attempt.pass_percent == 70
    assert attempt.deadline - attempt.started_at == datetime.timedelta(minutes=20)
    assert {row.snapshot["text"] for row in attempt.questions.all()} == {
        "Helpline?",
        "Closure reasons?",
        "Child under the 2015 Act is under?",
        "Write a safety plan.",
    }
    assert attempt.max_marks == Decimal(7)


def test_starting_again_resumes_the_open_attempt(quiz, learner):
    assert attempt_start(quiz=quiz, learner=learner) == attempt_start(quiz=quiz, learner=learner)
    assert QuizAttempt.objects.count() == 1


def test_answers_are_saved_as_the_learner_goes_and_graded_on_submit(
    quiz, learner, enrolment, facilitator
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    answer_all_correctly(attempt, learner)
    attempt = attempt_submit(attempt=attempt, by=learner)
    assert attempt.state == AttemptState.AWAITING_MARKING  # the essay
    assert attempt.percent is None
    essay = attempt.questions.get(snapshot__text="Write a safety plan.")
    response_mark(
        row=essay, fraction=Decimal("0.5"), comment="Names the risk only.", by=facilitator
    )
    attempt.refresh_from_db()
    assert (attempt.state, attempt.marks, attempt.passed) == (AttemptState.GRADED, Decimal(5), True)
    assert attempt.percent == Decimal("71.4286")
    change = MarkChange.objects.get()
    assert (change.old_fraction, change.new_fraction, change.comment) == (
        None,
        Decimal("0.5"),
        "Names the risk only.",
    )


def test_submitting_twice_grades_once(quiz, learner):
    attempt = attempt_start(quiz=quiz, learner=learner)
    first = attempt_submit(attempt=attempt, by=learner)
    second = attempt_submit(attempt=attempt, by=learner)
    assert first.submitted_at == second.submitted_at


@pytest.mark.parametrize(
    "tamper",
    [
        "unknown option",
        "another learner",
        "after submission",
        "after the deadline",
        "no such question",
    ],
)
def test_tampered_answers_are_refused_and_change_nothing(quiz, learner, peshawar, tamper):
    attempt = attempt_start(quiz=quiz, learner=learner)
    position, answer, who, now = (
        position_of(attempt, "Helpline?"),
        option(attempt, "Helpline?", "1121"),
        learner,
        None,
    )
    if tamper == "unknown option":
        answer = 999_999
    elif tamper == "another learner":
        who = StaffProfileFactory(district=peshawar).user
    elif tamper == "after submission":
        attempt_submit(attempt=attempt, by=learner)
    elif tamper == "after the deadline":
        now = attempt.deadline + datetime.timedelta(minutes=5)
    else:
        position = 99
    with pytest.raises((AttemptRefused, PermissionError)):
        answer_save(attempt=attempt, position=position, answer=answer, learner=who, now=now)
    assert not attempt.questions.filter(answer__isnull=False).exists()


def test_one_attempt_too_many_is_refused_unless_a_facilitator_grants_another(
    quiz, learner, facilitator
):
    for _attempt in range(2):
        attempt_submit(attempt=attempt_start(quiz=quiz, learner=learner), by=learner)
    with pytest.raises(AttemptRefused, match="used all your attempts"):
        attempt_start(quiz=quiz, learner=learner)
    QuizOverride.objects.create(
        quiz=quiz, learner=learner, extra_attempts=1, reason="Power cut", granted_by=facilitator
    )
    assert attempt_start(quiz=quiz, learner=learner).number == 3


def test_the_gap_between_attempts_is_enforced(quiz, learner):
    quiz.minutes_between_attempts = 60
    quiz.save()
    attempt_submit(attempt=attempt_start(quiz=quiz, learner=learner), by=learner)
    with pytest.raises(AttemptRefused, match="try again from"):
        attempt_start(quiz=quiz, learner=learner)
    later = timezone.now() + datetime.timedelta(minutes=61)
    assert attempt_start(quiz=quiz, learner=learner, now=later).number == 2


def test_an_overdue_attempt_is_submitted_with_what_was_saved(quiz, learner):
    attempt = attempt_start(quiz=quiz, learner=learner)
    answer_save(
        attempt=attempt,
        position=position_of(attempt, "Child under the 2015 Act is under?"),
        answer="14",
        learner=learner,
    )
    later = attempt.deadline + datetime.timedelta(minutes=1)
    assert overdue_attempts_submit(now=later) == 1
    assert overdue_attempts_submit(now=later) == 0  # the next run finds nothing left to submit
    attempt.refresh_from_db()
    assert attempt.submitted_at == attempt.deadline
    assert attempt.marks == Decimal(1)


def test_a_closed_or_unopened_quiz_cannot_be_started(quiz, learner):
    quiz.opens_at = timezone.now() + datetime.timedelta(days=1)
    quiz.save()
    with pytest.raises(AttemptRefused, match="opens on"):
        attempt_start(quiz=quiz, learner=learner)


def test_the_grade_follows_the_grading_method(quiz, learner):
    first = attempt_start(quiz=quiz, learner=learner)
    attempt_submit(attempt=first, by=learner)  # nothing answered: 0%
    second = attempt_start(quiz=quiz, learner=learner)
    answer_all_correctly(second, learner, essay="")  # empty essay scores nothing
    attempt_submit(attempt=second, by=learner)
    grade = learner_quiz_grade(quiz=quiz, learner=learner)
    assert grade.percent == Decimal("42.8571")  # 3 of 7 marks, the highest attempt


def test_a_facilitator_grants_an_extra_attempt_with_a_reason(
    client, facilitator, learner, cohort, enrolment, quiz
):
    from django.urls import reverse

    for _attempt in range(2):
        attempt_submit(attempt=attempt_start(quiz=quiz, learner=learner), by=learner)
    client.force_login(facilitator)
    url = reverse("attempts:grant", args=[cohort.pk, enrolment.pk])
    response = client.post(
        url, {"quiz": quiz.pk, "extra_attempts": 0, "extra_minutes": 0, "reason": "x"}
    )
    assert "Grant at least one more attempt" in response.content.decode()
    client.post(
        url,
        {
            "quiz": quiz.pk,
            "extra_attempts": 1,
            "extra_minutes": 10,
            "reason": "Power cut in Mardan",
        },
    )
    grant = QuizOverride.objects.get()
    assert (grant.granted_by, grant.reason) == (facilitator, "Power cut in Mardan")
    third = attempt_start(quiz=quiz, learner=learner)
    assert third.number == 3
    assert third.deadline - third.started_at == datetime.timedelta(minutes=30)


def test_an_urdu_reader_is_asked_the_urdu_translation_and_graded_on_it(
    client, learner, quiz_in_lesson, bank
):
    quiz = quiz_in_lesson
    from django.urls import reverse
    from wagtail.models import Locale

    urdu = bank["single"].copy_for_translation(Locale.objects.get(language_code="ur"))
    assert urdu.options.count() == 3  # the options come with the copy, for the translator
    urdu.text = "ہیلپ لائن نمبر کیا ہے؟"
    urdu.save()
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    client.post(reverse("attempts:start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get()
    row = attempt.questions.get(question=bank["single"])
    assert row.snapshot["text"] == "ہیلپ لائن نمبر کیا ہے؟"
    right = next(o["id"] for o in row.snapshot["options"] if o["text"] == "1121")
    answer_save(attempt=attempt, position=row.position, answer=right, learner=learner)
    attempt_submit(attempt=attempt, by=learner)
    assert attempt.questions.get(pk=row.pk).fraction == 1
