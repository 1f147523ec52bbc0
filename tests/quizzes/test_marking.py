import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes.attempts.models import AttemptState, MarkChange, QuizAttempt, QuizOverride
from quizzes.attempts.services import (
    MarkingDenied,
    RegradeDenied,
    answer_save,
    attempt_start,
    attempt_submit,
    question_regrade,
    quiz_override_grant,
    response_mark,
)
from tests.factories import UserFactory


def submitted_essay(quiz, learner):
    attempt = attempt_start(quiz=quiz, learner=learner)
    position = attempt.questions.get(snapshot__text="Write a safety plan.").position
    answer_save(
        attempt=attempt,
        position=position,
        answer="Keep her away from the suspect; refer today.",
        learner=learner,
    )
    return attempt_submit(attempt=attempt, by=learner)


def test_a_facilitator_marks_an_essay_and_the_learners_result_updates(
    client, facilitator, learner, enrolment, quiz
):
    attempt = submitted_essay(quiz, learner)
    client.force_login(facilitator)
    queue = client.get(reverse("attempts:marking")).content.decode()
    row = attempt.questions.get(needs_marking=True)
    assert reverse("attempts:mark", args=[row.pk]) in queue
    page = client.get(reverse("attempts:mark", args=[row.pk])).content.decode()
    assert "Risk, people, steps" in page and "refer today" in page

    response = client.post(
        reverse("attempts:mark", args=[row.pk]), {"marks": "3", "comment": "Good first steps."}
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.state, attempt.marks) == (AttemptState.GRADED, Decimal(3))
    assert MarkChange.objects.get().changed_by == facilitator
    client.force_login(learner)
    assert (
        "Good first steps."
        in client.get(reverse("attempts:result", args=[attempt.pk])).content.decode()
    )


def test_a_mark_above_the_questions_marks_is_refused(client, facilitator, learner, enrolment, quiz):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    client.force_login(facilitator)
    response = client.post(reverse("attempts:mark", args=[row.pk]), {"marks": "9", "comment": ""})
    assert response.status_code == 200
    assert "less than or equal to 4" in response.content.decode()
    assert not MarkChange.objects.exists()


def test_facilitators_mark_only_their_own_cohorts(client, learner, enrolment, quiz):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    stranger = UserFactory(role="facilitator", with_totp=True)
    client.force_login(stranger)
    assert client.get(reverse("attempts:mark", args=[row.pk])).status_code == 404
    assert "Write a safety plan" not in client.get(reverse("attempts:marking")).content.decode()


def test_learners_cannot_open_the_marking_queue(client, learner):
    client.force_login(learner)
    assert client.get(reverse("attempts:marking")).status_code == 403


def test_correcting_a_question_and_regrading_updates_marks_with_an_audit_trail(
    client, administrator, learner, quiz, bank
):
    from quizzes.attempts.models import QuizAttempt

    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__text="Helpline?")
    chosen = next(o["id"] for o in row.snapshot["options"] if o["text"] == "1122")
    answer_save(attempt=attempt, position=row.position, answer=chosen, learner=learner)
    attempt_submit(attempt=attempt, by=learner)
    assert attempt.questions.get(pk=row.pk).fraction == 0

    # The author got the key wrong: 1122 was marked wrong for a question that meant to accept it.
    bank["single"].options.filter(text="1122").update(is_correct=True)
    bank["single"].options.filter(text="1121").update(is_correct=False)
    client.force_login(administrator)
    url = reverse("question_regrade:regrade", args=[bank["single"].pk])
    assert "1 submitted answer will be graded again" in client.get(url).content.decode()
    client.post(url)

    assert attempt.questions.get(pk=row.pk).fraction == 1
    change = MarkChange.objects.get(reason="regrade")
    assert (change.old_fraction, change.new_fraction, change.changed_by) == (0, 1, administrator)
    assert QuizAttempt.objects.get(pk=attempt.pk).marks == 1  # the attempt's total follows


@pytest.mark.parametrize("actor", ["learner", "other_facilitator"])
def test_only_the_learners_facilitators_mark_and_grant_whoever_calls(
    request, actor, learner, enrolment, quiz, facilitator
):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    person = request.getfixturevalue(actor)
    with pytest.raises(MarkingDenied):
        response_mark(row=row, fraction=Decimal(1), comment="Full marks", by=person)
    with pytest.raises(MarkingDenied):
        quiz_override_grant(
            quiz=quiz, learner=learner, extra_attempts=5, extra_minutes=0, reason="Me", by=person
        )
    assert not MarkChange.objects.exists()
    assert not QuizOverride.objects.exists()
    assert QuizAttempt.objects.get().state == AttemptState.AWAITING_MARKING

    response_mark(row=row, fraction=Decimal("0.5"), comment="", by=facilitator)
    quiz_override_grant(
        quiz=quiz, learner=learner, extra_attempts=1, extra_minutes=0, reason="Ill", by=facilitator
    )
    assert QuizAttempt.objects.get().state == AttemptState.GRADED
    assert QuizOverride.objects.get().granted_by == facilitator


def test_only_those_who_correct_questions_regrade(
    learner, commission_officer, facilitator, quiz, bank
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__text="Helpline?")
    chosen = next(o["id"] for o in row.snapshot["options"] if o["text"] == "1122")
    answer_save(attempt=attempt, position=row.position, answer=chosen, learner=learner)
    attempt_submit(attempt=attempt, by=learner)
    bank["single"].options.filter(text="1122").update(is_correct=True)
    bank["single"].options.filter(text="1121").update(is_correct=False)

    for person in (learner, commission_officer):
        with pytest.raises(RegradeDenied):
            question_regrade(question=bank["single"], by=person)
    assert attempt.questions.get(pk=row.pk).fraction == 0
    assert not MarkChange.objects.exists()

    assert question_regrade(question=bank["single"], by=facilitator) == 1
    assert attempt.questions.get(pk=row.pk).fraction == 1


def test_the_marking_history_reads_in_the_questions_marks_and_the_form_holds_the_current_mark(
    client, facilitator, learner, enrolment, quiz
):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    url = reverse("attempts:mark", args=[row.pk])
    client.force_login(facilitator)
    client.post(url, {"marks": "2.5", "comment": "Refer sooner."})
    client.post(url, {"marks": "3", "comment": "Referral made: fine."})

    page = client.get(url).content.decode()
    assert '<bdi dir="ltr">\u2013</bdi> → <bdi dir="ltr">2.5 / 4</bdi>' in page
    assert '<bdi dir="ltr">2.5 / 4</bdi> → <bdi dir="ltr">3 / 4</bdi>' in page
    assert "0.6250" not in page and "0.7500" not in page
    assert 'name="marks" value="3"' in page
    assert "Referral made: fine.</textarea>" in page
    row.mark_changes.update(changed_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 13, 43)))
    page = client.get(url).content.decode()
    assert '<time datetime="2026-03-12T13:43:00+05:00">12 March 2026, 13:43</time>' in page


def test_the_learners_facilitators_and_the_commission_read_a_result_with_its_marking_history(
    client, facilitator, commission_officer, learner, enrolment, quiz
):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    response_mark(row=row, fraction=Decimal("0.625"), comment="", by=facilitator)
    result = reverse("attempts:result", args=[attempt.pk])
    history = reverse("attempts:mark", args=[row.pk])

    for reader in (facilitator, commission_officer):
        client.force_login(reader)
        page = client.get(result).content.decode()
        assert learner.full_name in page and '<bdi dir="ltr">2.5 / 4</bdi>' in page
        assert f'<a href="{history}">1 change</a>' in page
    client.force_login(learner)
    own = client.get(result).content.decode()
    assert "Your grade for this quiz" in own and history not in own
    other_facilitator = UserFactory(role="facilitator", with_totp=True)
    for stranger in (other_facilitator, UserFactory(email="peer@example.org")):
        client.force_login(stranger)
        assert client.get(result).status_code == 404


def test_a_questions_marking_history_is_linked_from_its_edit_page_and_names_each_learner(
    client, facilitator, learner, enrolment, quiz, bank
):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    response_mark(row=row, fraction=Decimal("0.75"), comment="", by=facilitator)
    client.force_login(facilitator)
    regrade = reverse("question_regrade:regrade", args=[row.question_id])
    edit = reverse(bank["essay"].snippet_viewset.get_url_name("edit"), args=[row.question_id])
    assert regrade in client.get(edit).content.decode()
    page = client.get(regrade).content.decode()
    assert "Marking history" in page
    assert reverse("attempts:result", args=[attempt.pk]) in page and learner.full_name in page
    assert '<bdi dir="ltr">3 / 4</bdi>' in page
