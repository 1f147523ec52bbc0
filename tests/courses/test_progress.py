import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.content.models import LessonPage
from courses.progress.models import LessonNote, LessonProgress
from courses.progress.services import lesson_complete, lesson_open, progress_heartbeat
from tests.factories import StaffProfileFactory


@pytest.fixture
def lessons(outline):
    return [lesson for _day, day_lessons in outline for lesson in day_lessons]


def test_a_learner_opens_a_lesson_and_it_is_recorded_once(client, learner, enrolment, lessons):
    client.force_login(learner)
    for _visit in range(2):
        assert client.get(lessons[0].url).status_code == 200
    assert LessonProgress.objects.filter(learner=learner).count() == 1


def test_reading_a_lesson_again_the_same_day_writes_nothing(client, learner, enrolment, lessons):
    client.force_login(learner)
    client.get(lessons[0].url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(lessons[0].url).status_code == 200
    statements = [query["sql"].split(maxsplit=1)[0].upper() for query in queries.captured_queries]
    assert not {"INSERT", "UPDATE", "DELETE", "BEGIN", "SAVEPOINT"} & set(statements)


def test_a_lesson_read_on_an_earlier_day_is_seen_again_today(client, learner, enrolment, lessons):
    yesterday = timezone.now() - datetime.timedelta(days=1)
    progress = lesson_open(learner=learner, lesson=lessons[0])
    LessonProgress.objects.filter(pk=progress.pk).update(
        first_opened_at=yesterday, last_seen_at=yesterday
    )
    client.force_login(learner)
    client.get(lessons[0].url)
    progress.refresh_from_db()
    assert timezone.localdate(progress.last_seen_at) == timezone.localdate()
    assert progress.first_opened_at == yesterday


def test_marking_read_twice_completes_once_and_moves_to_the_next_lesson(
    client, learner, enrolment, lessons
):
    client.force_login(learner)
    url = reverse("progress:lesson_complete", args=[lessons[0].pk])
    first = client.post(url)
    completed_at = LessonProgress.objects.get(learner=learner, lesson=lessons[0]).completed_at
    second = client.post(url)
    assert first.url == second.url == lessons[1].url
    progress = LessonProgress.objects.get(learner=learner, lesson=lessons[0])
    assert progress.completed_at == completed_at
    assert progress.completed_revision_id == lessons[0].live_revision_id


def test_a_locked_day_says_why_and_cannot_be_completed(client, learner, enrolment, outline):
    client.force_login(learner)
    day_two, day_two_lessons = outline[1]
    response = client.get(day_two.url)
    assert response.status_code == 403
    assert "Complete Day 1 first." in response.content.decode()
    completing = client.post(reverse("progress:lesson_complete", args=[day_two_lessons[0].pk]))
    assert completing.status_code == 403
    assert "Complete Day 1 first." in completing.content.decode()
    assert not LessonProgress.objects.filter(lesson=day_two_lessons[0]).exists()


def test_a_lessons_number_counts_the_whole_course_however_many_days_are_open(
    client, learner, enrolment, outline
):
    client.force_login(learner)
    assert "Lesson 2 of 6" in client.get(outline[0][1][1].url).content.decode()
    for lesson in outline[0][1]:
        lesson_complete(learner=learner, lesson=lesson)
    assert "Lesson 2 of 6" in client.get(outline[0][1][1].url).content.decode()
    assert "Lesson 3 of 6" in client.get(outline[1][1][0].url).content.decode()


def test_finishing_a_day_opens_the_next(client, learner, enrolment, outline):
    for lesson in outline[0][1]:
        lesson_complete(learner=learner, lesson=lesson)
    client.force_login(learner)
    assert client.get(outline[1][0].url).status_code == 200


def test_my_training_shows_progress_and_resumes_where_the_learner_left_off(
    client, learner, enrolment, lessons
):
    lesson_complete(learner=learner, lesson=lessons[0])
    lesson_open(learner=learner, lesson=lessons[1])
    client.force_login(learner)
    response = client.get(reverse("home"))
    progress = response.context["course_progress"]
    assert progress.percent == round(100 / 6)
    assert progress.days[0].state.percent == 50
    assert progress.next_lesson.lesson == lessons[1]
    html = response.content.decode()
    assert f'href="{lessons[1].url}" data-testid="continue"' in html
    assert "Complete Day 1 first." in html


def test_a_learner_not_enrolled_cannot_read_the_course(client, learner, course, lessons):
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 404
    assert client.get(course.url).status_code == 404


def test_staff_read_every_day_without_leaving_progress(client, facilitator, course, outline):
    client.force_login(facilitator)
    assert client.get(outline[2][1][0].url).status_code == 200
    assert not LessonProgress.objects.exists()


def test_heartbeats_add_active_time_capped_by_the_clock(learner, enrolment, lessons):
    progress = lesson_open(learner=learner, lesson=lessons[0])
    LessonProgress.objects.filter(pk=progress.pk).update(
        last_seen_at=timezone.now() - datetime.timedelta(seconds=20)
    )
    progress_heartbeat(learner=learner, lesson=lessons[0], active_seconds=25)
    progress_heartbeat(learner=learner, lesson=lessons[0], active_seconds=25)  # second tab, at once
    assert 19 <= LessonProgress.objects.get(pk=progress.pk).seconds_spent <= 21


def test_a_heartbeat_with_a_tampered_value_is_refused(client, learner, enrolment, lessons):
    client.force_login(learner)
    client.get(lessons[0].url)
    response = client.post(
        reverse("progress:lesson_heartbeat", args=[lessons[0].pk]), {"active_seconds": "lots"}
    )
    assert response.status_code == 400
    assert LessonProgress.objects.get(lesson=lessons[0]).seconds_spent == 0


def test_private_notes_are_the_learners_alone(
    client, learner, enrolment, lessons, peshawar, cohort
):
    client.force_login(learner)
    client.post(reverse("progress:lesson_note", args=[lessons[0].pk]), {"text": "My reflection"})
    assert LessonNote.objects.get(learner=learner).text == "My reflection"

    other = StaffProfileFactory(district=peshawar).user
    from courses.cohorts.services import cohort_enrol

    cohort_enrol(cohort=cohort, learners=[other], enrolled_by=None)
    client.force_login(other)
    assert "My reflection" not in client.get(lessons[0].url).content.decode()


def test_queries_for_course_pages_do_not_grow_with_the_course(
    client, learner, enrolment, lessons, peshawar, django_assert_max_num_queries
):
    from courses.cohorts.models import Cohort
    from courses.cohorts.services import cohort_enrol
    from courses.demo.load import demo_course_load
    from tests.course_fixtures import small_curriculum

    client.force_login(learner)
    client.get(lessons[0].url)  # each change to the course tree is read once, then cached
    with django_assert_max_num_queries(7) as small:
        client.get(reverse("home"))
    home_queries = len(small.captured_queries)  # read now: the next request resets the log
    with django_assert_max_num_queries(9) as small:
        client.get(lessons[0].url)
    lesson_queries = len(small.captured_queries)

    big_course = demo_course_load(small_curriculum(days=10, lessons=6), code="big-course")
    big_cohort = Cohort.objects.create(name="Big", course=big_course)
    big_cohort.districts.set([peshawar])
    big_cohort.save()
    other = StaffProfileFactory(district=peshawar).user
    cohort_enrol(cohort=big_cohort, learners=[other], enrolled_by=None)
    first_big_lesson = big_course.get_descendants().type(LessonPage).live().first()
    client.force_login(other)
    client.get(first_big_lesson.url)
    with django_assert_max_num_queries(home_queries):
        client.get(reverse("home"))
    with django_assert_max_num_queries(lesson_queries):
        assert client.get(first_big_lesson.url).status_code == 200


def test_a_learner_searches_the_lessons_of_their_course(client, learner, enrolment, lessons):
    client.force_login(learner)
    response = client.get(reverse("progress:search"), {"q": "lesson 1.2"})
    assert [row.lesson for row in response.context["results"]][:1] == [lessons[1]]
    assert f'href="{lessons[1].url}"' in response.content.decode()


def test_search_finds_a_translated_lesson_and_opens_its_source(client, learner, enrolment, lessons):
    from wagtail.models import Locale

    urdu = lessons[0].copy_for_translation(
        Locale.objects.get(language_code="ur"), copy_parents=True
    )
    urdu.title = "بچے کی حفاظت کا تعارف"
    urdu.save_revision().publish()
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    response = client.get(reverse("progress:search"), {"q": "حفاظت"})
    rows = response.context["results"]
    assert [(row.lesson, row.title) for row in rows] == [(lessons[0], "بچے کی حفاظت کا تعارف")]
