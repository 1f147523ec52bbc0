"""The cached course tree (courses.content.structure) and the cached lesson body: a lesson page
reads neither the page tree nor the lesson's teaching blocks from the database, yet every change
made in the CMS shows on the next request."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.content.models import LessonPage


def lesson_text(lesson, text):
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body[0].value.source = f"<p>{text}</p>"
    return lesson


def test_a_published_revision_shows_on_the_next_request(client, learner, enrolment, outline):
    lesson = outline[0][1][0]
    client.force_login(learner)
    assert "Teaching text of lesson 1.1." in client.get(lesson.url).content.decode()
    revised = lesson_text(lesson, "Revised teaching text.")
    revised.title = "Lesson 1.1, revised"
    revised.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Revised teaching text." in html and "Teaching text of lesson 1.1." not in html
    assert "Lesson 1.1, revised" in html


def test_a_saved_draft_does_not_show_until_it_is_published(client, learner, enrolment, outline):
    lesson = outline[0][1][0]
    client.force_login(learner)
    client.get(lesson.url)
    lesson_text(lesson, "Draft text.").save_revision()
    assert "Draft text." not in client.get(lesson.url).content.decode()


def test_an_unpublished_lesson_or_day_is_not_found_on_the_next_request(
    client, learner, enrolment, outline
):
    (day, (lesson, other_lesson)) = outline[0]
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200
    LessonPage.objects.get(pk=lesson.pk).unpublish()
    assert client.get(lesson.url).status_code == 404
    assert client.get(other_lesson.url).status_code == 200
    day.unpublish()  # its lessons with it
    assert client.get(other_lesson.url).status_code == 404


def test_a_privacy_setting_in_the_cms_applies_on_the_next_request(
    client, learner, enrolment, course, outline
):
    lesson = outline[0][1][0]
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Teaching text" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_reading_a_lesson_again_reads_no_page_tree_and_no_locale(
    client, learner, enrolment, outline
):
    lesson = outline[0][1][0]
    client.force_login(learner)
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(lesson.url).status_code == 200
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    for table in ("wagtailcore_page", "wagtailcore_locale", "wagtailcore_site"):
        assert f'FROM "{table}"' not in sql
    assert 'FROM "content_lessonpage"' not in sql  # the lesson's body comes from the cache


def test_a_quiz_edited_or_deleted_shows_on_the_next_request_and_is_not_read_in_between(
    client, learner, quiz_in_lesson, outline
):
    lesson = outline[0][1][0]
    client.force_login(learner)
    assert "Day 1 check" in client.get(lesson.url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get(lesson.url)
    assert not [q for q in queries.captured_queries if 'FROM "attempts_quiz" ' in q["sql"]]
    quiz_in_lesson.title = "Day 1 check, revised"
    quiz_in_lesson.save()
    assert "Day 1 check, revised" in client.get(lesson.url).content.decode()
    quiz_in_lesson.delete()
    html = client.get(lesson.url).content.decode()
    assert "Day 1 check" not in html and "Teaching text of lesson 1.1." in html
