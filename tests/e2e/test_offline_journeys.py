"""A learner keeps Day 1 on their phone, reads and answers offline, and finds their work saved (or
is told plainly what was refused) once the connection is back."""

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from courses.progress.models import LessonNote, LessonProgress
from quizzes.attempts.models import QuizPurpose
from quizzes.attempts.services import attempt_start
from quizzes.simulations.services import simulation_start
from tests.quiz_fixtures import quiz_create

from .conftest import axe_violations, screenshot, sign_in, switch_language


@pytest.fixture
def quiz(bank):
    """A practice check without a time limit: such a quiz may be answered offline."""
    quiz = quiz_create(bank)
    quiz.time_limit_minutes = None
    quiz.purpose = QuizPurpose.PRACTICE
    quiz.save()
    return quiz


def _question(page, text):
    return page.locator("fieldset.question", has_text=text)


def _keep_day_1(page, password):
    sign_in(page, "KP-CPU-0042", password)
    page.goto("/offline/")
    day = page.locator("li", has_text="Day 1")
    # The day the learner is on is kept without asking.
    expect(day.locator("[data-day-status]")).to_contain_text("Kept on this device", timeout=30_000)
    return day


def test_a_learner_reads_day_1_offline_and_their_answer_is_saved_once_back_online(
    page, learner, password, quiz_in_lesson, outline
):
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    day = _keep_day_1(page, password)
    expect(page.locator("[data-storage]")).to_contain_text("Space used by Tahaffuz")
    screenshot(page, "offline/day-kept")

    page.context.set_offline(True)
    second_lesson = outline[0][1][1]
    page.goto(second_lesson.url)
    expect(page.get_by_role("heading", name="Lesson 1.2")).to_be_visible()
    expect(page.get_by_text("Teaching text of lesson 1.2.")).to_be_visible()

    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    helpline = _question(page, "Helpline?")
    helpline.get_by_label("1121").check()
    expect(helpline.locator("[data-saved]")).to_contain_text("Kept on this device")
    expect(page.get_by_text("Waiting on this device to be sent")).to_be_visible()
    row = attempt.questions.get(position=helpline.get_attribute("data-position"))
    assert row.answer is None

    page.context.set_offline(False)
    expect(helpline.locator("[data-saved]")).to_contain_text("✓")
    expect(page.locator("[data-outbox-report]")).to_be_hidden()
    row.refresh_from_db()
    assert row.answer == next(o["id"] for o in row.snapshot["options"] if o["text"] == "1121")

    page.goto("/offline/")
    day = page.locator("li", has_text="Day 1")
    day.get_by_role("button", name="Remove from this device").click()
    expect(day.locator("[data-day-status]")).to_have_text("Not kept on this device.")
    switch_language(page, "اردو", "ur")
    expect(page.locator("[data-storage]")).not_to_be_empty()
    screenshot(page, "rtl/offline-ur-360")


def test_an_answer_given_offline_to_an_attempt_submitted_meanwhile_is_reported_not_dropped(
    browser, live_server, page, learner, password, quiz_in_lesson
):
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    _keep_day_1(page, password)
    page.context.set_offline(True)
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    helpline = _question(page, "Helpline?")
    helpline.get_by_label("1121").check()
    position = helpline.get_attribute("data-position")
    expect(page.get_by_text("Waiting on this device to be sent")).to_be_visible()

    # Meanwhile the learner submits the attempt on another device that is online.
    other = browser.new_context(base_url=live_server.url)
    elsewhere = other.new_page()
    sign_in(elsewhere, "KP-CPU-0042", password)
    elsewhere.goto(f"/quizzes/attempts/{attempt.pk}/")
    elsewhere.once("dialog", lambda dialog: dialog.accept())
    elsewhere.get_by_role("button", name="Submit", exact=True).click()
    elsewhere.wait_for_url("**/result/")
    other.close()

    page.context.set_offline(False)
    page.wait_for_url("**/result/")  # the page shows the submitted attempt
    report = page.locator("[data-outbox-report]")
    expect(report).to_contain_text("Tahaffuz did not accept the following")
    expect(report).to_contain_text(
        f"Your answer to question {position} of “Day 1 check”: "
        "This attempt has been submitted; answers can no longer change."
    )
    screenshot(page, "offline/refused-answer")
    report.get_by_role("button", name="I have read this").click()
    expect(report).to_be_hidden()
    page.reload()
    expect(report).to_be_hidden()


KEPT_CACHES = "async () => (await caches.keys()).filter((name) => name.startsWith('tahaffuz:'))"


def test_signing_out_on_a_shared_computer_removes_the_days_kept_there(
    page, learner, password, enrolment, outline
):
    _keep_day_1(page, password)
    assert axe_violations(page) == []
    assert len(page.evaluate(KEPT_CACHES)) == 1

    page.goto("/accounts/logout/")
    page.get_by_role("button", name="Sign Out").click()
    page.wait_for_url("**/accounts/login/**")
    page.wait_for_function(f"async () => (await ({KEPT_CACHES})()).length === 0")

    page.context.set_offline(True)  # the next person, offline, finds none of those pages
    with pytest.raises(PlaywrightError):
        page.goto(outline[0][1][0].url)


def test_a_note_and_a_case_choice_made_offline_are_saved_once_back_online(
    page, learner, password, enrolment, simulation, simulation_lesson
):
    attempt = simulation_start(simulation=simulation, learner=learner, lesson=simulation_lesson)
    _keep_day_1(page, password)
    page.context.set_offline(True)

    page.goto(simulation_lesson.url)
    page.get_by_label("Only you can read these notes.").fill("Ask the teacher again.")
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text("your note is kept on this device")).to_be_visible()

    page.goto(f"/simulations/attempts/{attempt.pk}/")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("your choice is kept on this device")).to_be_visible()
    assert not LessonNote.objects.exists() and attempt.moves.count() == 0

    page.context.set_offline(False)
    expect(page.get_by_text("Set the case's risk level")).to_be_visible()  # the case went on
    assert attempt.moves.count() == 1
    note = LessonNote.objects.get(learner=learner, lesson=simulation_lesson)
    assert note.text == "Ask the teacher again."


def test_a_lesson_marked_as_read_offline_is_kept_while_the_next_one_opens(
    page, learner, password, enrolment, outline
):
    first, second = outline[0][1][0], outline[0][1][1]
    _keep_day_1(page, password)
    page.context.set_offline(True)
    page.goto(first.url)
    page.get_by_test_id("mark-read").click()
    # The next lesson opens at once, from this device; the mark waits to be sent.
    expect(page.get_by_role("heading", name="Lesson 1.2")).to_be_visible()
    expect(page.get_by_text("Waiting on this device to be sent")).to_be_visible()
    page.context.set_offline(False)
    expect(page.locator("[data-outbox-report]")).to_be_hidden()
    progress = LessonProgress.objects.get(learner=learner, lesson=first)
    assert progress.is_complete
    assert not LessonProgress.objects.filter(lesson=second, completed_at__isnull=False).exists()
