"""Translated lesson files (….ur.md beside the English file): the demo's read back to themselves
and hold their English lesson's blocks; importing one creates or updates the English lesson's
translation, all or nothing; a learner reads Day 1 in Urdu or Pashto and keeps their progress."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page

from courses.content.authoring import CONTENT_TEAM
from courses.content.lesson_markdown import (
    course_markdown,
    course_parse,
    day_parse,
    lesson_markdown,
    lesson_parse,
)
from courses.content.models import LessonPage
from courses.content.transfer import course_translate, lesson_export, lesson_import
from courses.demo.load import course_files, curriculum_files, curriculum_translations
from lms.accounts.roles import Role
from tests.factories import UserFactory

URDU = """\
---
day: 1
slug: lesson-1-1
title: پہلا سبق
summary: ایک سبق
minutes: 12
language: ur
reviewed: false
---

بچے کا بہترین مفاد سب سے پہلے ہے

::: callout key_point یاد رکھیں
\u2068KP Child Protection and Welfare Act 2010, s.33\u2069 دیکھیں
:::
"""


@pytest.fixture
def editor(course):
    user = UserFactory(role=Role.COMMISSION)
    user.groups.add(Group.objects.get(name=CONTENT_TEAM))
    return user


def test_every_translated_file_writes_back_to_itself_with_its_english_files_blocks():
    english = {
        Path(source.name).name: lesson_parse(source.text)[0]
        for _day, lessons in curriculum_files()
        for source in lessons
    }
    translated = [source for files in curriculum_translations().values() for source in files]
    assert {Path(source.name).suffixes[0] for source in translated} == {".ur", ".ps"}
    for source in translated:
        path = Path(source.name)
        language = path.suffixes[0].lstrip(".")
        if path.name.startswith("day."):
            day, problems = day_parse(source.text)
            assert problems == [] and day.language == language, source.name
            continue
        lesson, problems = lesson_parse(source.text)
        assert problems == [], source.name
        assert lesson_markdown(lesson) == source.text, source.name
        assert (lesson.language, lesson.reviewed) == (language, False), source.name
        original = english[path.name.replace(f".{language}.md", ".md")]
        assert [kind for kind, _value in lesson.body] == [kind for kind, _value in original.body]
        assert (lesson.day, lesson.slug) == (original.day, original.slug)


def test_a_translated_file_creates_then_updates_the_english_lessons_translation(outline, editor):
    day, lessons = outline[0]
    report = lesson_import(day=day, text=URDU, filename="01.ur.md", by=editor)
    assert report.is_valid, report.problems
    assert report.created and report.published
    urdu = LessonPage.objects.get(
        locale__language_code="ur", translation_key=lessons[0].translation_key
    )
    assert urdu.live and urdu.title == "پہلا سبق"
    assert [block.block_type for block in urdu.body] == ["text", "callout"]
    pages = Page.objects.count()

    report = lesson_import(
        day=day, text=URDU.replace("پہلا سبق", "سبق ایک"), filename="01.ur.md", by=editor
    )
    assert report.is_valid and not report.created
    assert Page.objects.count() == pages
    urdu.refresh_from_db()
    assert urdu.title == "سبق ایک"
    assert "language: ur\n" in lesson_export(lesson=urdu, by=editor)
    lessons[0].refresh_from_db()
    assert lessons[0].title == "Lesson 1.1"  # the English lesson is untouched


def test_a_translation_that_drops_or_adds_a_block_changes_nothing(outline, editor):
    day, lessons = outline[0]
    assert lesson_import(day=day, text=URDU, filename="01.ur.md", by=editor).is_valid
    pages, revisions = Page.objects.count(), lessons[0].revisions.count()

    missing = URDU.split("::: callout")[0]
    report = lesson_import(day=day, text=missing, filename="01.ur.md", by=editor)
    assert not report.is_valid
    assert "block 2 is a callout there and a nothing here" in report.problems[0][2]
    added = URDU + "\n::: reflection\nکیوں؟\n:::\n"
    assert not lesson_import(day=day, text=added, filename="01.ur.md", by=editor).is_valid

    urdu = LessonPage.objects.get(
        locale__language_code="ur", translation_key=lessons[0].translation_key
    )
    assert [block.block_type for block in urdu.body] == ["text", "callout"]
    assert (Page.objects.count(), lessons[0].revisions.count()) == (pages, revisions)


def test_a_translation_of_a_lesson_the_day_lacks_is_refused(outline, editor):
    day, _lessons = outline[0]
    text = URDU.replace("slug: lesson-1-1", "slug: lesson-1-9")
    report = lesson_import(day=day, text=text, filename="09.ur.md", by=editor)
    assert not report.is_valid and "import the English file first" in report.problems[0][2]


def test_a_translation_keeps_the_english_lessons_quiz_in_place(outline, editor, quiz):
    day, lessons = outline[0]
    lessons[0].body.append(("quiz", {"quiz": quiz, "required_to_complete": True}))
    lessons[0].save_revision().publish()
    without_quiz = lesson_import(day=day, text=URDU, filename="01.ur.md", by=editor)
    assert not without_quiz.is_valid and "block 3 is a quiz" in without_quiz.problems[0][2]

    report = lesson_import(
        day=day, text=URDU + f"\n::: kept quiz\n{quiz}\n:::\n", filename="01.ur.md", by=editor
    )
    assert report.is_valid, report.problems
    assert report.page.activity_keys() == lessons[0].activity_keys()


def _read_in(client, language: str, url: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get(url).content.decode()


def test_a_learner_reads_day_one_in_urdu_and_pashto_and_keeps_their_progress(
    client, learner, day_one
):
    day, lessons = day_one
    client.force_login(learner)
    html = _read_in(client, "ur", lessons[0].url)
    assert '<h1 dir="auto">کورس میں خوش آمدید، اور یہ کیسے چلتا ہے</h1>' in html
    assert "<bdi>چائلڈ پروٹیکشن کیس مینجمنٹ کا بنیادی کورس</bdi>" in html  # the course, too
    assert "ابتدائی ٹیسٹ اور اختتامی ٹیسٹ" in html
    assert "\u2068KP Child Protection and Welfare Act 2010\u2069" in html
    assert "بنیادیں" in _read_in(client, "ur", day.url)

    client.post(reverse("progress:lesson_complete", args=[lessons[0].pk]))
    for language, title in [
        ("en", "Welcome to the course and how it works"),
        ("ps", "کورس ته ښه راغلاست، او دا څنګه پر مخ ځي"),
        ("ur", "کورس میں خوش آمدید، اور یہ کیسے چلتا ہے"),
    ]:
        html = _read_in(client, language, lessons[0].url)
        assert title in html, language
        assert 'value="33"' in html, language  # one lesson of three read, in every language
        assert 'value="33"' in _read_in(client, language, lessons[1].url), language


def test_the_demo_day_one_is_served_in_urdu_and_pashto_and_days_are_titled(day_one):
    day, lessons = day_one
    course = day.get_parent().specific
    for code in ("ur", "ps"):
        locale = Locale.objects.get(language_code=code)
        translated = course.get_translation(locale).specific
        assert translated.alias_of is None and translated.live
        assert (translated.title, translated.summary) != (course.title, course.summary)
        translations = [lesson.get_translation(locale) for lesson in lessons]
        assert all(page.live for page in translations)
        assert len(day.get_translation(locale).specific.objectives) == len(day.objectives)


def test_the_translation_report_counts_unreviewed_content_files():
    out = StringIO()
    call_command("translation_report", stdout=out)
    urdu, pashto = out.getvalue().split("ps (")
    assert re.search(r"course content: (\d+) files translated, \1 not yet reviewed", urdu)
    # The course's title and summary, Day 1 and its three lessons.
    assert "course content: 5 files translated, 5 not yet reviewed" in pashto


@pytest.mark.parametrize(
    ("field", "problem"),
    [
        ("language: fr", "“language” is the code of a translation: one of ur, ps."),
        ("reviewed: maybe", "“reviewed” is true or false."),
    ],
)
def test_a_translations_language_and_review_mark_are_checked_with_their_line(
    outline, editor, field, problem
):
    day, lessons = outline[0]
    text = f"---\nday: 1\nslug: lesson-1-1\ntitle: سبق\nlanguage: ur\n{field}\n---\n\nمتن\n"
    text = text.replace("language: ur\nlanguage: fr\n", "language: fr\n")
    report = lesson_import(day=day, text=text, filename="lesson.ur.md", by=editor)
    assert [(line, message) for _file, line, message in report.problems] == [
        (text.splitlines().index(field) + 1, problem)
    ]
    assert not lessons[0].get_translations().exists()


def test_the_course_files_read_back_to_themselves():
    english, translations = course_files()
    for source in (english, *translations):
        words, problems = course_parse(source.text)
        assert problems == [] and course_markdown(words) == source.text, source.name
    assert {words.language for words in (course_parse(s.text)[0] for s in translations)} == {
        "ur",
        "ps",
    }


def test_a_course_translation_makes_the_alias_a_day_left_the_courses_own_page(course, outline):
    urdu = Locale.objects.get(language_code="ur")
    # Translating a day (as the small course's Urdu day is) leaves the course an alias.
    assert outline[0][0].get_translation_or_none(urdu) is not None
    assert course.get_translation(urdu).alias_of_id == course.pk
    text = "---\ntitle: بنیادی کورس\nsummary: خلاصہ\nlanguage: ur\nreviewed: false\n---\n"
    report = course_translate(course=course, text=text, filename="course.ur.md")
    assert report.problems == []
    translated = course.get_translation(urdu).specific
    assert (translated.alias_of_id, translated.title, translated.live) == (
        None,
        "بنیادی کورس",
        True,
    )
    english = course_translate(
        course=course, text=text.replace("language: ur\n", ""), filename="c.md"
    )
    assert [message for _file, _line, message in english.problems] == [
        "This file is the course's own: a translation says its language."
    ]
