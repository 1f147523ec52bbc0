"""Lessons as Markdown files: the demo's files read back to themselves, and the import service
adds or updates a lesson all or nothing, with each problem's line."""

import pytest
from django.contrib.auth.models import Group

from courses.content.authoring import CONTENT_TEAM
from courses.content.lesson_markdown import html_markdown, lesson_markdown, lesson_parse
from courses.content.models import LessonPage
from courses.content.transfer import LessonImportDenied, lesson_export, lesson_import
from courses.demo.load import curriculum_files
from lms.accounts.roles import Role
from tests.factories import UserFactory

LESSON = """\
---
day: 1
slug: lesson-1-1
title: Lesson 1.1, from a file
summary: A lesson kept as text.
minutes: 20
---

## What a CPU does

A CPU is **the district's** unit. See [the Commission](https://kpcpwc.gov.pk).

- First
- Second

::: callout caution Do no harm
Never *promise* secrecy.
:::

::: glossary
CPU
: Child Protection Unit.
:::

::: reflection
What would you do first?
:::
"""

BROKEN = """\
---
day: 1
title: A broken lesson
colour: blue
---

Text with ![a photo](photo.jpg).

::: callout warning Not a kind
Text.
:::

::: glossary
A term without its definition
:::

::: reflection
Never closed.
"""


@pytest.fixture
def editor(course):
    """A member of the Commission's content team, who may publish."""
    user = UserFactory(role=Role.COMMISSION)
    user.groups.add(Group.objects.get(name=CONTENT_TEAM))
    return user


def test_every_demo_file_reads_without_a_problem_and_writes_back_to_the_same_text():
    lessons = [lesson for _day, day_lessons in curriculum_files() for lesson in day_lessons]
    assert len(lessons) == 43
    for source in lessons:
        lesson, problems = lesson_parse(source.text)
        assert problems == [], source.name
        assert lesson_markdown(lesson) == source.text, source.name


def test_rich_text_as_the_cms_stores_it_exports_to_markdown_that_reads_back_to_the_same_text():
    stored = (
        '<h3 data-block-key="a1">Sub</h3><p data-block-key="b2">Use * and _ with <b>care</b> '
        "&amp; <i>love</i><br/>next line</p><hr/><ol><li>One</li><li>Two</li></ol>"
        '<p>1. not a list, <a href="https://example.org/a_b">a [link]</a></p>'
    )
    lesson, problems = lesson_parse(f"---\nday: 1\ntitle: T\n---\n\n{html_markdown(stored)}\n")
    assert problems == []
    assert lesson.body == [
        (
            "text",
            "<h3>Sub</h3><p>Use * and _ with <strong>care</strong> &amp; <em>love</em><br/>"
            "next line</p><hr/><ol><li>One</li><li>Two</li></ol><p>1. not a list, "
            '<a href="https://example.org/a_b">a [link]</a></p>',
        )
    ]


def test_an_imported_file_becomes_a_lesson_with_its_blocks_and_exports_as_the_same_text(
    outline, editor
):
    day = outline[0][0]
    text = LESSON.replace("lesson-1-1", "a-new-lesson")
    report = lesson_import(day=day, text=text, filename="new.md", by=editor)
    assert report.is_valid and report.created and report.published
    lesson = LessonPage.objects.get(pk=report.page.pk)
    assert lesson.live and lesson.get_parent().pk == day.pk
    assert (lesson.title, lesson.estimated_minutes) == ("Lesson 1.1, from a file", 20)
    assert [block.block_type for block in lesson.body] == [
        "heading",
        "text",
        "callout",
        "glossary",
        "reflection",
    ]
    assert lesson.body[1].value.source == (
        '<p>A CPU is <strong>the district\'s</strong> unit. See <a href="https://kpcpwc.gov.pk">'
        "the Commission</a>.</p><ul><li>First</li><li>Second</li></ul>"
    )
    assert lesson_export(lesson=lesson, by=editor) == text


def test_each_demo_lesson_of_a_day_exports_as_its_file_once_imported(outline, editor):
    day = outline[0][0]
    _day_file, lesson_files = curriculum_files()[0]
    for source in lesson_files:
        text = source.text.replace("slug: lesson-1-", "slug: demo-lesson-1-")
        report = lesson_import(day=day, text=text, filename=source.name, by=editor)
        assert report.is_valid, report.problems
        assert lesson_export(lesson=report.page, by=editor) == text


def test_reimporting_a_lesson_publishes_a_new_revision_of_it_rather_than_a_copy(outline, editor):
    day, lessons = outline[0]
    lesson = lessons[0]
    revisions = lesson.revisions.count()
    report = lesson_import(day=day, text=LESSON, filename="lesson-1-1.md", by=editor)
    assert report.is_valid and not report.created and report.published
    assert LessonPage.objects.child_of(day).count() == len(lessons)
    lesson.refresh_from_db()
    assert lesson.title == "Lesson 1.1, from a file"
    assert lesson.revisions.count() == revisions + 1
    assert lesson.live_revision == lesson.latest_revision


def test_a_facilitators_import_is_a_draft_for_review_and_learners_still_read_the_live_lesson(
    outline, facilitator
):
    day, lessons = outline[0]
    report = lesson_import(day=day, text=LESSON, filename="lesson-1-1.md", by=facilitator)
    assert report.is_valid and not report.published
    lesson = LessonPage.objects.get(pk=lessons[0].pk)
    assert lesson.title == "Lesson 1.1"
    assert lesson.has_unpublished_changes
    assert lesson.get_latest_revision_as_object().title == "Lesson 1.1, from a file"


def test_a_broken_file_lists_every_problem_with_its_line_and_changes_nothing(outline, editor):
    day, lessons = outline[0]
    revisions = [lesson.revisions.count() for lesson in lessons]
    report = lesson_import(day=day, text=BROKEN, filename="broken.md", by=editor)
    assert not report.is_valid and report.page is None
    lines = {(line, message.split(" ")[0]) for _file, line, message in report.problems}
    assert {file for file, _line, _message in report.problems} == {"broken.md"}
    assert lines == {
        (4, "Unknown"),  # the field "colour"
        (7, "A"),  # an image
        (9, "A"),  # the callout's kind
        (14, "The"),  # the term without a definition
        (17, "This"),  # the section never closed
    }, report.problems
    assert LessonPage.objects.child_of(day).count() == len(lessons)
    assert [lesson.revisions.count() for lesson in lessons] == revisions


def test_a_value_yaml_cannot_hold_is_a_problem_at_its_line_and_changes_nothing(outline, editor):
    day, lessons = outline[0]
    text = LESSON.replace("minutes: 20", "minutes: 2024-02-30")
    report = lesson_import(day=day, text=text, filename="lesson-1-1.md", by=editor)
    assert (
        "lesson-1-1.md",
        6,
        "The front matter is not valid YAML: day is out of range for month",
    ) in report.problems
    assert LessonPage.objects.child_of(day).count() == len(lessons)
    assert LessonPage.objects.get(pk=lessons[0].pk).title == "Lesson 1.1"


def test_a_lesson_for_another_day_is_refused(outline, editor):
    day = outline[1][0]
    report = lesson_import(day=day, text=LESSON, filename="lesson-1-1.md", by=editor)
    assert [message for _file, _line, message in report.problems] == [
        "The file is a lesson of day 1; this is day 2."
    ]


def test_a_learner_may_not_import_a_lesson(outline, learner):
    with pytest.raises(LessonImportDenied):
        lesson_import(day=outline[0][0], text=LESSON, filename="lesson-1-1.md", by=learner)


def test_a_lessons_quiz_is_kept_in_place_through_export_and_import(outline, editor, quiz):
    day, lessons = outline[0]
    lesson = lessons[0]
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": True}))
    lesson.save_revision().publish()
    text = lesson_export(lesson=lesson, by=editor)
    assert f"::: kept quiz\n{quiz}\n:::" in text

    edited = text.replace("Teaching text", "Revised teaching text")
    report = lesson_import(day=day, text=edited, filename="lesson-1-1.md", by=editor)
    assert report.is_valid, report.problems
    lesson.refresh_from_db()
    assert [block.block_type for block in lesson.body] == ["text", "callout", "quiz"]
    assert lesson.body[2].value["quiz"] == quiz
    assert "Revised teaching text" in lesson.body[0].value.source

    without_quiz = edited.split("::: kept quiz")[0]
    report = lesson_import(day=day, text=without_quiz, filename="lesson-1-1.md", by=editor)
    assert not report.is_valid
    assert "quiz" in report.problems[0][2]


def test_the_cms_offers_import_on_a_day_and_export_on_its_lessons_to_their_authors(
    client, outline, facilitator
):
    day, lessons = outline[0]
    client.force_login(facilitator)
    listing = client.get(f"/admin/pages/{day.pk}/").content.decode()
    assert f'href="/admin/lesson_transfer/day/{day.pk}/import/"' in listing
    assert f'href="/admin/lesson_transfer/{lessons[0].pk}/export/"' in listing
    response = client.get(f"/admin/lesson_transfer/{lessons[0].pk}/export/")
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lesson-1-1.md"'
    assert response.content.decode().startswith("---\nday: 1\nslug: lesson-1-1\n")
