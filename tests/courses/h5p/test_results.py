"""H5P results: the lesson page relays the player's statements; the server keeps every attempt."""

import datetime
import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.models import EnrolmentStatus
from courses.content.models import CompletionRule
from courses.h5p.models import H5PAttempt, H5PStatement
from courses.h5p.services import h5p_content_import
from courses.progress.models import LessonProgress
from courses.progress.services import LessonNotComplete, lesson_complete

from .packages import h5p_package

PLATFORM = "http://platform.test"
CONTENT_ORIGIN = "http://content.test"


@pytest.fixture
def content(db, settings):
    settings.WAGTAILADMIN_BASE_URL = PLATFORM
    settings.H5P_CONTENT_ORIGIN = CONTENT_ORIGIN
    settings.ALLOWED_HOSTS = ["platform.test", "content.test", "testserver"]
    return h5p_content_import(h5p_package(), title="Two and two")


def h5p_lesson_place(lesson, content, **block):
    lesson.completion_rule = CompletionRule.ACTIVITIES
    settings = {"grading_method": "highest", "pass_percent": 70, "required_to_complete": True}
    lesson.body.append(("h5p", {"content": content, **settings, **block}))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def lesson(outline, content):
    """The first lesson of day 1, completed by reaching 70% on the H5P activity."""
    return h5p_lesson_place(outline[0][1][0], content)


def xapi(content, verb="answered", raw=None, maximum=1, sub=None, actor="else@example.org"):
    object_id = content.activity_iri + (f"?subContentId={sub}" if sub else "")
    statement = {
        "actor": {"mbox": f"mailto:{actor}"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": object_id},
    }
    if raw is not None:
        statement["result"] = {"score": {"min": 0, "max": maximum, "raw": raw}}
    return statement


def send(client, lesson, content, statement, delivery_id=None):
    body = {"id": str(delivery_id or uuid.uuid4()), "statement": statement}
    return client.post(
        reverse("h5p_statements", args=[lesson.pk, content.pk]),
        json.dumps(body),
        content_type="application/json",
    )


def answer(client, lesson, content, raw):
    """One click in the test library: `answered` then `completed`, as H5P question types do."""
    send(client, lesson, content, xapi(content, "answered", raw))
    return send(client, lesson, content, xapi(content, "completed", raw))


def test_a_completion_is_kept_as_the_signed_in_learners_attempt(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    assert send(client, lesson, content, xapi(content, "attempted")).json()["recorded"]
    response = answer(client, lesson, content, raw=1)
    assert response.status_code == 200
    assert response.json() == {
        "recorded": True,
        "passed": True,
        "summary": "Your result: 100% (highest attempt, 1 attempt). Passed.",
    }
    attempt = H5PAttempt.objects.get()
    assert attempt.learner == learner  # whatever actor the statement claimed
    assert (attempt.percent, attempt.success, attempt.finished_verb) == (100, None, "answered")
    statements = list(attempt.statements.values_list("verb", flat=True))
    assert statements == ["attempted", "answered", "completed"]
    kept = attempt.statements.last().statement
    assert kept["actor"]["mbox"] == "mailto:else@example.org"  # the raw statement, as sent


def test_every_completion_is_a_new_attempt_and_sub_content_joins_the_open_one(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    answer(client, lesson, content, raw=0)
    send(client, lesson, content, xapi(content, "answered", 1, sub="q-2"))
    send(client, lesson, content, xapi(content, "completed", 3, maximum=4))
    attempts = list(H5PAttempt.objects.order_by("pk"))
    assert [attempt.percent for attempt in attempts] == [0, 75]
    assert [statement.sub_content_id for statement in attempts[1].statements.all()] == ["q-2", ""]
    # A completion with no attempt open opens one, stored finished: never before it started.
    send(client, lesson, content, xapi(content, "completed", 4, maximum=4))
    last = H5PAttempt.objects.order_by("pk").last()
    assert (last.percent, last.statements.count()) == (100, 1)
    assert attempts[1].finished_at <= last.started_at <= last.finished_at


def test_the_lesson_completes_only_once_the_grade_reaches_the_pass_mark(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    answer(client, lesson, content, raw=0)
    with pytest.raises(LessonNotComplete, match="interactive activity"):
        lesson_complete(learner=learner, lesson=lesson)
    complete = reverse("progress:lesson_complete", args=[lesson.pk])
    page = client.post(complete, follow=True).content.decode()
    assert "Reach the pass mark in this lesson&#x27;s interactive activity" in page
    answer(client, lesson, content, raw=1)
    client.post(complete)
    assert LessonProgress.objects.get(learner=learner, lesson=lesson).completed_at is not None


@pytest.mark.parametrize(
    ("method", "passes"), [("highest", True), ("last", False), ("first", True), ("average", False)]
)
def test_the_blocks_grading_method_decides(
    client, learner, enrolment, outline, content, method, passes
):
    lesson = h5p_lesson_place(outline[0][1][0], content, grading_method=method)
    client.force_login(learner)
    answer(client, lesson, content, raw=1)
    response = answer(client, lesson, content, raw=0)
    assert response.json()["passed"] is passes


def test_a_statement_sent_twice_counts_once(client, learner, enrolment, lesson, content):
    client.force_login(learner)
    delivery = uuid.uuid4()
    for _retry in range(2):
        assert (
            send(client, lesson, content, xapi(content, "answered", 1), delivery).status_code == 200
        )
    assert H5PAttempt.objects.count() == 1
    assert H5PStatement.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ("not json", 400, "JSON object"),
        (json.dumps({"statement": {}}), 400, "JSON object"),
        (json.dumps({"id": "x", "statement": {}}), 400, "JSON object"),
        (json.dumps(["a", "list"]), 400, "JSON object"),
        ("BIG", 413, "too large"),
    ],
)
def test_a_malformed_delivery_is_refused_with_a_message(
    client, learner, enrolment, lesson, content, body, status, message
):
    client.force_login(learner)
    if body == "BIG":
        body = json.dumps({"id": str(uuid.uuid4()), "statement": {"pad": "x" * 40_000}})
    url = reverse("h5p_statements", args=[lesson.pk, content.pk])
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == status
    assert message in response.json()["error"]
    assert not H5PStatement.objects.exists()


def test_a_form_post_is_refused_as_not_json_rather_than_failing(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    url = reverse("h5p_statements", args=[lesson.pk, content.pk])
    response = client.post(url, {"statement": "{}"})  # multipart, as a form would send it
    assert response.status_code == 415
    assert "JSON" in response.json()["error"]
    assert not H5PStatement.objects.exists()


def test_a_statement_about_other_content_or_with_an_impossible_score_stores_nothing(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    foreign = xapi(content, "completed", 1)
    foreign["object"]["id"] = f"{PLATFORM}/h5p/activities/{content.pk + 1}"
    response = send(client, lesson, content, foreign)
    assert response.status_code == 400
    assert response.json()["error"] == "The statement is about another activity."
    response = send(client, lesson, content, xapi(content, "completed", 5, maximum=4))
    assert response.status_code == 400
    assert not H5PAttempt.objects.exists()


def test_statements_need_the_csrf_token(learner, enrolment, lesson, content):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert send(client, lesson, content, xapi(content, "answered", 1)).status_code == 403
    assert not H5PStatement.objects.exists()


def test_only_an_enrolled_learner_records_and_only_for_content_the_lesson_places(
    client, learner, enrolment, lesson, content, other_learner, outline, facilitator
):
    client.force_login(other_learner)
    assert send(client, lesson, content, xapi(content, "answered", 1)).status_code == 404
    client.force_login(learner)
    unplaced = outline[0][1][1]
    assert send(client, unplaced, content, xapi(content, "answered", 1)).status_code == 404
    client.force_login(facilitator)
    response = send(client, lesson, content, xapi(content, "answered", 1))
    assert response.json()["recorded"] is False
    assert not H5PAttempt.objects.exists()


def test_statements_are_rate_limited_per_learner(
    client, learner, enrolment, lesson, content, settings
):
    settings.H5P_STATEMENTS_PER_MINUTE = 3
    client.force_login(learner)
    statuses = [
        send(client, lesson, content, xapi(content, "progressed")).status_code for _ in "1234"
    ]
    assert statuses == [200, 200, 200, 429]


def test_the_lesson_frames_the_player_on_the_content_origin_for_its_readers(
    client, learner, enrolment, lesson, content, facilitator, other_learner
):
    client.force_login(learner)
    answer(client, lesson, content, raw=1)
    html = client.get(lesson.url).content.decode()
    assert f'src="{CONTENT_ORIGIN}/h5p-content/' in html
    assert 'sandbox="allow-scripts allow-same-origin"' in html
    assert f'data-content-origin="{CONTENT_ORIGIN}"' in html
    assert "Your result: 100% (highest attempt, 1 attempt). Passed." in html
    client.force_login(facilitator)
    html = client.get(lesson.url).content.decode()
    assert f"{CONTENT_ORIGIN}/h5p-content/" in html
    assert "plays are not recorded" in html
    client.force_login(other_learner)
    response = client.get(lesson.url)
    assert response.status_code == 404
    assert "h5p-content" not in response.content.decode()


def test_a_lessons_page_queries_stay_constant_as_attempts_grow(
    client, learner, enrolment, lesson, content, django_assert_max_num_queries
):
    client.force_login(learner)
    answer(client, lesson, content, raw=0)
    client.get(lesson.url)
    with django_assert_max_num_queries(9) as few:
        client.get(lesson.url)
    queries = len(few.captured_queries)  # read now: the next request resets the log
    for _attempt in range(10):
        answer(client, lesson, content, raw=1)
    with django_assert_max_num_queries(queries):
        client.get(lesson.url)


def test_the_facilitator_sees_each_learners_attempts_and_grade_and_others_cannot(
    client,
    learner,
    enrolment,
    lesson,
    content,
    other_learner,
    facilitator,
    cohort,
    django_assert_max_num_queries,
):
    from lms.accounts.roles import Role
    from tests.factories import UserFactory

    client.force_login(learner)
    answer(client, lesson, content, raw=0)
    answer(client, lesson, content, raw=1)
    client.force_login(facilitator)
    cohort_page = client.get(reverse("progress:cohort", args=[cohort.pk])).content.decode()
    report = reverse("h5p_cohort_report", args=[lesson.pk, content.pk, cohort.pk])
    assert report in cohort_page and "Two and two" in cohort_page
    with django_assert_max_num_queries(12):
        html = client.get(report).content.decode()
    assert "1 of 1 learner passed." in html
    row = html[html.index(learner.full_name) :]
    assert "<bdi>2</bdi>" in row[:400] and "<bdi>100%</bdi>" in row[:600]

    client.force_login(learner)
    assert client.get(report).status_code == 403
    stranger = UserFactory(
        email="other-facilitator@example.org", role=Role.FACILITATOR, with_totp=True
    )
    client.force_login(stranger)
    assert client.get(report).status_code == 404


def test_a_statement_with_an_escaped_nul_is_refused_and_stores_nothing(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    statement = xapi(content, "answered", 1)
    statement["result"]["response"] = "two\u0000"
    response = send(client, lesson, content, statement)
    assert response.status_code == 400
    assert "control characters" in response.json()["error"]
    assert not H5PStatement.objects.exists()


def test_the_cohort_report_is_headed_by_the_activity_and_states_its_pass_mark_and_dates(
    client, learner, enrolment, lesson, content, facilitator, cohort
):
    client.force_login(learner)
    answer(client, lesson, content, raw=1)
    H5PAttempt.objects.update(
        finished_at=timezone.make_aware(datetime.datetime(2026, 3, 12, 13, 43))
    )
    client.force_login(facilitator)
    report = reverse("h5p_cohort_report", args=[lesson.pk, content.pk, cohort.pk])
    html = client.get(report).content.decode()
    assert '<h1 dir="auto">Two and two</h1>' in html
    assert f"<title>Two and two: {cohort.name}" in html
    assert "Pass mark: 70%." in html
    # The last finished attempt, not "12/03/2026 1:43 p.m.": a day some read as 3 December.
    assert '<time datetime="2026-03-12T13:43:00+05:00">12 March 2026, 13:43</time>' in html


def test_a_statement_costs_at_most_six_queries(
    client, learner, enrolment, lesson, content, django_assert_max_num_queries
):
    """A player sends a statement for every interaction: one joining the open attempt reads that
    attempt (locked, with the learner's enrolment) and writes the statement; nothing else. The
    grade, unchanged by it, is not worked out again."""
    client.force_login(learner)
    send(client, lesson, content, xapi(content, "attempted"))
    with django_assert_max_num_queries(6):
        response = send(client, lesson, content, xapi(content, "answered", 1, sub="q-2"))
    assert response.json() == {"recorded": True}
    assert H5PStatement.objects.filter(attempt__finished_at__isnull=True).count() == 2


def test_a_learner_withdrawn_during_an_attempt_records_no_more_statements(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    send(client, lesson, content, xapi(content, "attempted"))
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save()
    for statement in (xapi(content, "answered", 1, sub="q-2"), xapi(content, "completed", 1)):
        response = send(client, lesson, content, statement)
        assert response.status_code == 404
    assert H5PStatement.objects.count() == 1


def test_a_statement_about_a_lesson_unpublished_during_an_attempt_is_not_recorded(
    client, learner, enrolment, lesson, content
):
    client.force_login(learner)
    send(client, lesson, content, xapi(content, "attempted"))
    lesson.unpublish()
    assert send(client, lesson, content, xapi(content, "answered", 1)).status_code == 404
    assert H5PStatement.objects.count() == 1
