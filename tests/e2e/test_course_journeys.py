import pytest
from django.contrib.auth.models import Group

from courses.cohorts.models import AttendanceRecord
from courses.content.authoring import CONTENT_TEAM, LEAD_FACILITATORS
from courses.content.models import LessonPage
from lms.accounts.roles import Role
from tests.factories import UserFactory

from .conftest import DESKTOP, PHONE, axe_violations, screenshot, sign_in, switch_language


def test_a_learner_reads_day_one_to_the_end_and_the_progress_bars_move(
    page, learner, password, enrolment, outline
):
    sign_in(page, "KP-CPU-0042", password)
    course_bar = page.locator("#course-heading ~ .progress progress")
    assert course_bar.get_attribute("value") == "0"
    assert axe_violations(page) == []
    screenshot(page, "my-training-start-360")

    page.get_by_test_id("continue").click()
    page.get_by_role("heading", level=1, name="Lesson 1.1").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "lesson-1-1-360")
    page.get_by_test_id("mark-read").click()
    page.get_by_role("heading", level=1, name="Lesson 1.2").wait_for()
    assert page.locator(".lesson__header progress").get_attribute("value") == "50"
    page.get_by_test_id("mark-read").click()

    # Day 1 is done: the next lesson is Day 2's, and My training shows it.
    page.get_by_role("heading", level=1, name="Lesson 2.1").wait_for()
    page.goto("/")
    assert page.locator(".day-card").first.get_by_text("Complete").is_visible()
    assert course_bar.get_attribute("value") == "33"
    screenshot(page, "my-training-day-1-done-360")


def test_a_locked_day_says_why(page, learner, password, enrolment, outline):
    sign_in(page, "KP-CPU-0042", password)
    locked_card = page.locator(".day-card--locked").first
    assert "Complete Day 1 first." in locked_card.inner_text()
    response = page.goto(outline[1][0].url)
    assert response.status == 403
    assert page.get_by_text("This day is locked.").is_visible()
    assert page.get_by_text("Complete Day 1 first.").is_visible()


def test_a_facilitator_marks_attendance_on_a_phone(page, facilitator, password, cohort, enrolment):
    sign_in(page, facilitator.email, password, facilitator)
    page.get_by_role("heading", level=1, name="My cohorts").wait_for()
    page.get_by_role("link", name="Progress and attendance").click()
    page.get_by_role("link", name="Day 1").first.click()
    page.get_by_role("heading", name="Attendance, Day 1").wait_for()
    page.wait_for_load_state()  # htmx (deferred) saves each tap once the page has loaded
    row = page.locator(f"#learner-{enrolment.pk}")
    row.get_by_role("radio", name="Late").click()
    page.locator(f"#learner-{enrolment.pk} .saved").wait_for()
    assert AttendanceRecord.objects.get(enrolment=enrolment).status == "late"
    # A correction is one more tap, and keeps its history.
    page.locator(f"#learner-{enrolment.pk}").get_by_role("radio", name="Present").click()
    page.locator(f"#learner-{enrolment.pk}").get_by_text("(corrected)").wait_for()
    assert AttendanceRecord.objects.get(enrolment=enrolment).status == "present"
    assert page.viewport_size == PHONE
    # The history names who marked and who corrected, from which status to which.
    page.reload()
    history = page.locator("#attendance-history + .table-scroll tbody tr")
    assert history.count() == 2
    assert "Late → Present" in history.nth(1).inner_text()
    assert facilitator.full_name in history.nth(1).inner_text()
    assert axe_violations(page) == []
    screenshot(page, "attendance-360")
    page.context.add_cookies([{"name": "tahaffuz_language", "value": "ur", "url": page.url}])
    page.reload()
    page.wait_for_selector("html[dir=rtl]")
    screenshot(page, "attendance-ur-360")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360", "1280"])
def test_a_status_tapped_after_typing_a_note_is_saved_with_the_note(
    page, facilitator, password, cohort, enrolment, viewport
):
    page.set_viewport_size(viewport)
    sign_in(page, facilitator.email, password, facilitator)
    session = cohort.sessions.first()
    page.goto(f"/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/")
    row = page.locator(f"#learner-{enrolment.pk}")
    row.get_by_role("radio", name="Present").click()
    row.locator(".saved").wait_for()
    # Typing a note and then tapping a status: leaving the note saves it, and the tap must not
    # be lost while that save is on its way.
    row.locator("summary").click()
    row.get_by_role("textbox", name="Note").press_sequentially("Bus was late")
    row.get_by_role("radio", name="Late").click()
    row.get_by_role("status").get_by_text("Late").wait_for()
    record = AttendanceRecord.objects.get(enrolment=enrolment)
    assert (record.status, record.note) == ("late", "Bus was late")
    page.reload()
    row.get_by_role("radio", name="Late").wait_for()
    assert row.get_by_role("radio", name="Late").is_checked()
    assert row.get_by_role("textbox", name="Note").input_value() == "Bus was late"


def test_an_urdu_reader_gets_a_right_to_left_lesson(page, learner, password, enrolment, outline):
    sign_in(page, "KP-CPU-0042", password)
    switch_language(page, "اردو", "ur")
    page.goto(outline[0][1][0].url)
    assert page.get_attribute("html", "dir") == "rtl"
    assert "دن 1" in page.locator(".breadcrumb").inner_text()
    # The untranslated lesson text keeps its own direction inside the right-to-left page.
    assert page.get_attribute(".lesson h1", "dir") == "ltr"
    assert page.get_attribute(".lesson .prose", "lang") == "en"
    screenshot(page, "lesson-ur-360")
    page.set_viewport_size(DESKTOP)
    screenshot(page, "lesson-ur-1280")


def test_a_lesson_change_is_drafted_reviewed_and_published_before_learners_see_it(
    browser, live_server, password, course, learner, enrolment, facilitator, outline
):
    lead = UserFactory(email="lead@example.org", role=Role.FACILITATOR, with_totp=True)
    lead.groups.add(Group.objects.get(name=LEAD_FACILITATORS))
    editor = UserFactory(email="editor@example.org", role=Role.COMMISSION, with_totp=True)
    editor.groups.add(Group.objects.get(name=CONTENT_TEAM))
    lesson = outline[0][1][0]
    new_title = "Lesson 1.1, revised"

    def as_user(user):
        context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
        page = context.new_page()
        page.set_default_timeout(20_000)
        sign_in(page, user.email, password, user)
        page.wait_for_url(f"{live_server.url}/")
        return context, page

    context, page = as_user(facilitator)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("#id_title").fill(new_title)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Course review").click()
    page.get_by_text("has been submitted for moderation").wait_for()
    context.close()
    assert LessonPage.objects.get(pk=lesson.pk).title == "Lesson 1.1"  # not published yet

    # The lead approves; the content team's approval is the one that publishes.
    for reviewer, action in ((lead, "Approve"), (editor, "Approve and Publish")):
        context, page = as_user(reviewer)
        page.goto(f"/admin/pages/{lesson.pk}/edit/")
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name=action, exact=True).click()
        page.wait_for_url(f"**/admin/pages/{lesson.get_parent().pk}/")
        context.close()
        if reviewer == lead:
            assert LessonPage.objects.get(pk=lesson.pk).title == "Lesson 1.1"

    assert LessonPage.objects.get(pk=lesson.pk).title == new_title
    context, page = as_user(learner)
    page.goto(lesson.url)
    page.get_by_role("heading", level=1, name=new_title).wait_for()
    context.close()
