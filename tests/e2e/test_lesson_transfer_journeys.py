"""A lesson leaves the CMS as a Markdown file and comes back edited, as a new revision; a broken
file lists its problems and changes nothing."""

from pathlib import Path

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.content.authoring import CONTENT_TEAM
from courses.content.models import LessonPage

from .conftest import DESKTOP, sign_in

BROKEN = """---
day: 1
slug: lesson-1-1
title: Lesson 1.1
---

<div>Raw HTML</div>

::: callout urgent Wrong kind
Text.
:::
"""


def test_a_facilitator_exports_a_lesson_imports_an_edited_copy_and_a_broken_one(
    browser, live_server, password, facilitator, outline, tmp_path
):
    facilitator.groups.add(Group.objects.get(name=CONTENT_TEAM))  # one who may publish
    day, lessons = outline[0]
    lesson = lessons[0]
    revisions = lesson.revisions.count()
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, accept_downloads=True)
    cms = context.new_page()
    cms.set_default_timeout(20_000)
    sign_in(cms, facilitator.email, password, facilitator)
    cms.wait_for_url(f"{live_server.url}/")

    # Export: the lesson's own menu in the day's listing.
    cms.goto(f"/admin/pages/{day.pk}/")
    row = cms.get_by_role("row").filter(has_text="Lesson 1.1")
    row.get_by_role("button", name="More options for 'Lesson 1.1'").click()
    with cms.expect_download() as download:
        row.get_by_role("link", name="Export lesson").click()
    assert download.value.suggested_filename == "lesson-1-1.md"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "title: Lesson 1.1\n" in text and "Teaching text of lesson 1.1." in text

    # Import an edited copy: the day's header menu.
    edited = tmp_path / "lesson-1-1.md"
    edited.write_text(
        text.replace("title: Lesson 1.1", "title: Lesson 1.1, reviewed").replace(
            "Teaching text of lesson 1.1.", "Teaching text, as the legal team reviewed it."
        ),
        encoding="utf-8",
    )
    cms.get_by_role("button", name="Actions").click()
    cms.get_by_role("link", name="Import lesson").click()
    cms.get_by_label("Lesson file (Markdown, .md)").set_input_files(edited)
    cms.get_by_role("button", name="Import").click()
    expect(cms.get_by_text("“Lesson 1.1, reviewed” is imported and published.")).to_be_visible()
    expect(cms.get_by_role("link", name="Lesson 1.1, reviewed")).to_be_visible()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.revisions.count() == revisions + 1
    assert lesson.live_revision == lesson.latest_revision
    assert "as the legal team reviewed it" in lesson.body[0].value.source
    assert LessonPage.objects.child_of(day).count() == len(lessons)

    # A broken file: every problem with its line, and nothing changes.
    broken = tmp_path / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")
    cms.get_by_role("button", name="Actions").click()
    cms.get_by_role("link", name="Import lesson").click()
    cms.get_by_label("Lesson file (Markdown, .md)").set_input_files(broken)
    cms.get_by_role("button", name="Import").click()
    expect(cms.get_by_role("alert")).to_contain_text("Nothing was imported")
    problems = cms.get_by_test_id("import-problems").get_by_role("row")
    expect(problems).to_have_count(3)  # a header and two problems
    expect(problems.nth(1)).to_contain_text("broken.md")
    expect(problems.nth(1)).to_contain_text("7")
    expect(problems.nth(1)).to_contain_text("HTML")
    expect(problems.nth(2)).to_contain_text("urgent")
    assert LessonPage.objects.get(pk=lesson.pk).revisions.count() == revisions + 1
    context.close()
