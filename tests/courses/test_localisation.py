import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from courses.content.models import LessonPage


def _read_in(client, language, url):
    client.cookies["tahaffuz_language"] = language
    return client.get(url).content.decode()


def test_an_urdu_reader_sees_urdu_day_titles_and_a_right_to_left_page(client, learner, enrolment):
    client.force_login(learner)
    html = _read_in(client, "ur", reverse("home"))
    assert '<html lang="ur" dir="rtl">' in html
    assert "دن 1" in html  # the day title, translated


def test_a_lesson_without_a_translation_falls_back_to_english_marked_as_such(
    client, learner, enrolment, outline
):
    client.force_login(learner)
    lesson = outline[0][1][0]
    html = _read_in(client, "ur", lesson.url)
    assert '<html lang="ur" dir="rtl">' in html
    assert (
        '<div class="prose" lang="en" dir="ltr"><p>Teaching text of lesson 1.1.</p></div>' in html
    )
    assert '<h1 lang="en" dir="ltr">Lesson 1.1</h1>' in html
    # The lesson's labels are the interface's, in Urdu: not marked English.
    assert '<p class="callout__label"><span class="callout__icon"' in html


def test_a_translated_lesson_is_served_in_the_readers_language(client, learner, enrolment, outline):
    lesson = outline[0][1][0]
    urdu = lesson.copy_for_translation(Locale.objects.get(language_code="ur"), copy_parents=True)
    urdu.title = "پہلا سبق"
    urdu.body = [("heading", "بچے کی حفاظت")]
    urdu.save_revision().publish()
    client.force_login(learner)
    html = _read_in(client, "ur", lesson.url)
    assert '<h1 dir="auto">پہلا سبق</h1>' in html
    assert '<h2 class="lesson-heading" dir="auto">بچے کی حفاظت</h2>' in html
    assert 'lang="en"' not in html.split('<article class="lesson">', 1)[1].split("</article>")[0]
    # English readers still read the English lesson.
    assert "Teaching text of lesson 1.1." in _read_in(client, "en", lesson.url)


def test_progress_is_kept_on_the_source_lesson_whatever_the_language(
    client, learner, enrolment, outline
):
    from courses.progress.models import LessonProgress

    lesson = outline[0][1][0]
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ps"
    client.post(reverse("progress:lesson_complete", args=[lesson.pk]))
    assert LessonProgress.objects.get(learner=learner).lesson_id == lesson.pk
    with translation.override("en"):
        assert LessonPage.objects.get(pk=lesson.pk).locale.language_code == "en"


def test_a_translation_must_place_the_english_lessons_activities(outline, db):
    from django.core.exceptions import ValidationError

    from courses.h5p.services import h5p_content_import
    from tests.courses.h5p.packages import h5p_package

    lesson = outline[0][1][0]
    check = h5p_content_import(h5p_package())
    settings = {"grading_method": "highest", "pass_percent": 70, "required_to_complete": True}
    lesson.body.append(("h5p", {"content": check, **settings}))
    lesson.save_revision().publish()
    urdu = lesson.copy_for_translation(Locale.objects.get(language_code="ur"), copy_parents=True)
    urdu.title = "پہلا سبق"
    urdu.body = [("heading", "بچے کی حفاظت"), ("h5p", {"content": check, **settings})]
    urdu.save_revision().publish()  # the words change, the activity stays

    urdu.body = [("heading", "بچے کی حفاظت")]
    with pytest.raises(ValidationError, match="same quizzes, case simulations and H5P"):
        urdu.save_revision()


def test_a_translation_behind_its_english_lesson_gives_way_to_the_english_lesson(
    client, learner, enrolment, outline
):
    from courses.h5p.services import h5p_content_import
    from tests.courses.h5p.packages import h5p_package

    lesson = outline[0][1][0]
    urdu = lesson.copy_for_translation(Locale.objects.get(language_code="ur"), copy_parents=True)
    urdu.body = [("heading", "بچے کی حفاظت")]
    urdu.save_revision().publish()
    client.force_login(learner)
    assert "بچے کی حفاظت" in _read_in(client, "ur", lesson.url)

    check = h5p_content_import(h5p_package(), title="Two and two")
    settings = {"grading_method": "highest", "pass_percent": 70, "required_to_complete": True}
    lesson.body.append(("h5p", {"content": check, **settings}))
    lesson.save_revision().publish()  # the Urdu translation has not caught up yet
    html = _read_in(client, "ur", lesson.url)
    assert "بچے کی حفاظت" not in html and "Two and two" in html
    assert '<h1 lang="en" dir="ltr">Lesson 1.1</h1>' in html
