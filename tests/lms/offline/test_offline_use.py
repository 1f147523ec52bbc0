"""The installable app's server side: the worker and manifest, the pages a day kept offline holds,
and the refusals that work queued offline gets, each with a code a script acts on."""

import datetime

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone

from courses.progress.models import LessonNote, LessonProgress
from lms.core.offline import OFFLINE_COPY_HEADER, cache_owner
from quizzes.attempts.services import attempt_start, attempt_submit
from quizzes.simulations.models import SimulationAttempt
from tests.factories import UserFactory
from tests.quiz_fixtures import quiz_create

JSON = {"HTTP_ACCEPT": "application/json"}


def test_the_worker_is_served_from_the_root_versioned_and_checked_on_every_load(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    first_line, code = response.content.decode().split("\n", 1)
    assert first_line.startswith('const VERSION = "') and len(first_line) == len(
        'const VERSION = "0123456789abcdef";'
    )
    assert 'addEventListener("fetch"' in code
    assert response["Content-Security-Policy"]  # the site's policy applies to the worker too


def test_the_manifest_makes_the_site_installable_with_icons_that_exist(client):
    manifest = client.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    body = manifest.json()
    assert body["start_url"] == "/" and body["scope"] == "/" and body["display"] == "standalone"
    for icon in body["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_a_learners_pages_name_their_copies_owner_and_signed_out_pages_none(
    client, learner, enrolment, facilitator
):
    assert 'data-offline-owner=""' in client.get(reverse("account_login")).content.decode()
    client.force_login(learner)
    home = client.get(reverse("home")).content.decode()
    assert f'data-offline-owner="{cache_owner(learner)}"' in home
    assert cache_owner(learner) != cache_owner(facilitator)


@pytest.fixture
def practice_quiz(bank, enrolment, outline):
    """An untimed quiz and a timed one in the first lesson of day 1."""
    untimed, timed = quiz_create(bank), quiz_create(bank)
    untimed.time_limit_minutes = None
    untimed.save()
    lesson = outline[0][1][0]
    for quiz in (untimed, timed):
        lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()
    return untimed, timed


def test_a_day_kept_offline_holds_its_pages_and_started_untimed_attempts_but_no_timed_test(
    client, learner, outline, practice_quiz, django_assert_max_num_queries
):
    untimed, timed = (attempt_start(quiz=quiz, learner=learner) for quiz in practice_quiz)
    client.force_login(learner)
    day, lessons = outline[0]
    with django_assert_max_num_queries(20):
        files = client.get(reverse("offline:day_files", args=[day.pk])).json()
    assert files["cache"] == f"tahaffuz:{cache_owner(learner)}:day:{day.pk}"
    assert files["pages"] == [
        "/",
        "/offline/",
        day.url,
        *(lesson.url for lesson in lessons),
        reverse("attempts:attempt", args=[untimed.pk]),
    ]
    assert reverse("attempts:attempt", args=[timed.pk]) not in files["pages"]

    attempt_submit(attempt=untimed, by=learner)
    again = client.get(reverse("offline:day_files", args=[day.pk])).json()
    assert reverse("attempts:attempt", args=[untimed.pk]) not in again["pages"]
    assert again["version"] != files["version"]  # the browser keeps the day anew
    lessons[1].save_revision().publish()  # an edited lesson: kept anew too
    edited = client.get(reverse("offline:day_files", args=[day.pk])).json()
    assert edited["pages"] == again["pages"] and edited["version"] != again["version"]


def test_only_the_day_the_learner_is_on_and_the_next_may_be_kept(
    client, learner, enrolment, outline, open_course
):
    client.force_login(learner)
    assert client.get(reverse("offline:day_files", args=[outline[1][0].pk])).status_code == 200
    response = client.get(reverse("offline:day_files", args=[outline[2][0].pk]), **JSON)
    assert response.status_code == 404


def test_a_locked_next_day_is_refused_with_its_reason(client, learner, enrolment, outline):
    session = enrolment.cohort.sessions.get(module=outline[1][0])
    session.date = timezone.localdate() + datetime.timedelta(days=3)
    session.save()
    client.force_login(learner)
    page = client.get(reverse("offline:page")).content.decode()
    assert "Keep for offline use" in page and "Locked" in page
    assert "Timed tests, such as the post-test, are not available offline" in page
    response = client.get(reverse("offline:day_files", args=[outline[1][0].pk]))
    assert response.status_code == 403
    assert response.json()["code"] == "day_locked"


def test_keeping_a_lesson_for_offline_reading_does_not_count_as_opening_it(
    client, learner, enrolment, outline
):
    client.force_login(learner)
    lesson = outline[0][1][0]
    assert client.get(lesson.url, headers={OFFLINE_COPY_HEADER: "1"}).status_code == 200
    assert not LessonProgress.objects.filter(learner=learner).exists()
    client.get(lesson.url)
    assert LessonProgress.objects.filter(learner=learner, lesson=lesson).exists()


def _answer(client, attempt, text="14"):
    row = attempt.questions.get(snapshot__text="Child under the 2015 Act is under?")
    return client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": row.position, f"q{row.position}-answer": text},
        **JSON,
    )


def test_a_queued_answer_is_refused_with_a_code_once_submitted_or_out_of_time(
    client, learner, quiz_in_lesson
):
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    assert _answer(client, attempt, "not a number").json()["code"] == "answer_invalid"
    attempt.deadline = timezone.now() - datetime.timedelta(minutes=5)
    attempt.save()
    late = _answer(client, attempt)
    assert (late.status_code, late.json()["code"]) == (409, "deadline_passed")
    attempt.deadline = None
    attempt.save()
    attempt_submit(attempt=attempt, by=learner)
    submitted = _answer(client, attempt)
    assert (submitted.status_code, submitted.json()["code"]) == (409, "attempt_submitted")
    assert submitted.json()["error"] == (
        "This attempt has been submitted; answers can no longer change."
    )


def test_a_queued_answer_from_someone_signed_out_is_kept_for_later_not_refused(
    client, learner, quiz_in_lesson
):
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    response = _answer(client, attempt)
    assert (response.status_code, response.json()["code"]) == (401, "signed_out")
    client.force_login(UserFactory())
    assert _answer(client, attempt).json()["code"] == "not_found"


def test_a_queued_simulation_choice_gets_where_the_case_went_or_a_coded_refusal(
    client, learner, enrolment, simulation, simulation_lesson
):
    client.force_login(learner)
    client.post(
        reverse("simulations:start", args=[simulation.pk]), {"lesson": simulation_lesson.pk}
    )
    attempt = SimulationAttempt.objects.get(learner=learner)
    url = reverse("simulations:choose", args=[attempt.pk])
    choice = {"step": "intro", "sequence": 1, "option": 0}
    answer = client.post(url, choice, **JSON)
    assert answer.json() == {"next": reverse("simulations:play", args=[attempt.pk])}
    replayed = client.post(url, choice, **JSON)
    assert (replayed.status_code, replayed.json()["code"]) == (409, "choice_out_of_turn")
    assert attempt.moves.count() == 1


def test_a_note_and_a_lesson_read_offline_are_saved_with_json_answers(
    client, learner, enrolment, outline
):
    client.force_login(learner)
    lesson = outline[0][1][0]
    note = client.post(reverse("progress:lesson_note", args=[lesson.pk]), {"text": "Ask"}, **JSON)
    assert note.json() == {"saved": True}
    assert LessonNote.objects.get(learner=learner, lesson=lesson).text == "Ask"
    too_long = client.post(
        reverse("progress:lesson_note", args=[lesson.pk]), {"text": "x" * 10_001}, **JSON
    )
    assert (too_long.status_code, too_long.json()["code"]) == (400, "note_too_long")
    read = client.post(reverse("progress:lesson_complete", args=[lesson.pk]), **JSON)
    assert read.json() == {"completed": True}
