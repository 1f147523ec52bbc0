"""NUL and other control characters get a clear 400 before any view stores them (a 500 on
PostgreSQL, which refuses NUL in text)."""

from django.urls import reverse

from courses.progress.models import LessonNote


def test_a_note_with_a_nul_byte_is_refused_with_a_clear_page(client, learner, enrolment, outline):
    lesson = outline[0][1][0]
    client.force_login(learner)
    url = reverse("progress:lesson_note", args=[lesson.pk])
    response = client.post(url, {"text": "My reflection\x00"})
    assert response.status_code == 400
    assert "control characters" in response.content.decode()
    assert not LessonNote.objects.exists()


def test_tabs_and_line_breaks_are_text(client, learner, enrolment, outline):
    lesson = outline[0][1][0]
    client.force_login(learner)
    url = reverse("progress:lesson_note", args=[lesson.pk])
    assert client.post(url, {"text": "First\tline\r\nsecond"}).status_code == 302
    assert LessonNote.objects.get().text == "First\tline\r\nsecond"


def test_a_search_with_a_control_character_is_refused(client, learner, enrolment, outline):
    client.force_login(learner)
    response = client.get(reverse("progress:search"), {"q": "lesson\x1b"})
    assert response.status_code == 400
    assert "control characters" in response.content.decode()


def test_a_json_request_is_answered_in_json(client, learner, enrolment, outline):
    client.force_login(learner)
    response = client.get(reverse("progress:search"), {"q": "\x00"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert "control characters" in response.json()["error"]
