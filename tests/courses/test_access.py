"""One lesson-access policy (courses.progress.access), asked by every entry point: quizzes,
simulations and H5P are used only through a live lesson, open now, of the learner's course."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document

from courses.cohorts.models import EnrolmentStatus
from quizzes.attempts.models import QuizAttempt
from tests.factories import StaffProfileFactory


def place(lesson, quiz):
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def start(client, quiz, lesson=None):
    data = {"lesson": lesson.pk} if lesson else {}
    return client.post(reverse("attempts:start", args=[quiz.pk]), data)


@pytest.fixture
def first_lesson(outline):
    return outline[0][1][0]


@pytest.fixture
def last_lesson(outline):
    return outline[-1][1][-1]


def test_a_learner_starts_a_quiz_of_an_open_lesson(client, learner, enrolment, quiz, first_lesson):
    place(first_lesson, quiz)
    client.force_login(learner)
    response = start(client, quiz, first_lesson)
    attempt = QuizAttempt.objects.get(learner=learner, quiz=quiz)
    assert response.status_code == 302
    assert response["Location"] == reverse("attempts:attempt", args=[attempt.pk])


def test_a_learner_not_enrolled_cannot_start_a_quiz_or_read_its_key(
    client, enrolment, quiz, first_lesson, peshawar
):
    place(first_lesson, quiz)
    stranger = StaffProfileFactory(district=peshawar).user
    client.force_login(stranger)
    assert start(client, quiz, first_lesson).status_code == 404
    assert start(client, quiz).status_code == 404
    assert not QuizAttempt.objects.filter(learner=stranger).exists()


def test_a_quiz_of_a_day_not_open_yet_is_refused_and_says_why(
    client, learner, enrolment, quiz, last_lesson
):
    place(last_lesson, quiz)
    client.force_login(learner)
    for response in (start(client, quiz, last_lesson), start(client, quiz)):
        assert response.status_code == 403
        assert "Complete Day 1 first." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_a_quiz_placed_in_no_lesson_cannot_be_started(client, learner, enrolment, quiz):
    client.force_login(learner)
    assert start(client, quiz).status_code == 404
    assert not QuizAttempt.objects.exists()


def test_a_quiz_is_started_only_through_a_lesson_that_places_it(
    client, learner, enrolment, quiz, bank, first_lesson, outline
):
    place(first_lesson, quiz)
    client.force_login(learner)
    other_lesson = outline[0][1][1]
    assert start(client, quiz, other_lesson).status_code == 404
    assert not QuizAttempt.objects.exists()


def test_staff_read_the_lesson_but_do_not_start_its_quiz(
    client, facilitator, enrolment, quiz, first_lesson
):
    place(first_lesson, quiz)
    client.force_login(facilitator)
    assert client.get(first_lesson.url).status_code == 200
    assert start(client, quiz, first_lesson).status_code == 403
    assert not QuizAttempt.objects.exists()


def test_a_withdrawn_learner_can_no_longer_go_on_with_an_attempt(
    client, learner, enrolment, quiz, first_lesson
):
    place(first_lesson, quiz)
    client.force_login(learner)
    start(client, quiz, first_lesson)
    attempt = QuizAttempt.objects.get()
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save()
    assert client.get(reverse("attempts:attempt", args=[attempt.pk])).status_code == 404
    saving = client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": "1", "q1-answer": "An answer"},
        HTTP_ACCEPT="application/json",
    )
    assert saving.status_code == 404
    assert saving.json()["error"] == "You are not enrolled in a course."
    assert not attempt.questions.filter(answer__isnull=False).exists()
    submit = client.post(reverse("attempts:submit", args=[attempt.pk]))
    assert submit.status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_search_finds_only_lessons_of_open_days(
    client, learner, enrolment, first_lesson, last_lesson
):
    client.force_login(learner)
    found = client.get(reverse("progress:search"), {"q": "Teaching text"}).content.decode()
    assert first_lesson.url in found
    assert last_lesson.url not in found


def test_a_lesson_handout_downloads_only_for_readers_of_an_open_lesson(
    client, learner, facilitator, enrolment, first_lesson, last_lesson, peshawar, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path  # documents are served from files, as in development
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    handout = Document.objects.create(title="Referral form")
    handout.file.save("referral-form.pdf", ContentFile(b"%PDF-1.4 referral form"))
    last_lesson.body.append(("download", {"document": handout, "description": ""}))
    last_lesson.save_revision().publish()

    assert client.get(handout.url).status_code == 302  # sign in first
    client.force_login(StaffProfileFactory(district=peshawar).user)
    assert client.get(handout.url).status_code == 404  # not enrolled
    client.force_login(learner)
    assert client.get(handout.url).status_code == 403  # its day is not open yet
    client.force_login(facilitator)
    assert client.get(handout.url).status_code == 200

    first_lesson.body.append(("download", {"document": handout, "description": ""}))
    first_lesson.save_revision().publish()
    client.force_login(learner)
    assert client.get(handout.url).status_code == 200
