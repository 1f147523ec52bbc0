"""A learner answers one question of each type, reloads, sees every answer, saves and submits."""

import pytest

from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import attempt_start
from quizzes.grading import QuestionType
from tests.quiz_fixtures import every_type_bank_create, quiz_create

from .conftest import sign_in

ORDER = ["Intake", "Assessment", "Plan", "Closure"]
MATCHES = {"High": "Same day", "Medium": "Within days", "Low": "Refer"}


@pytest.fixture
def quiz(db):
    """One question of each type, placed in the learner's lesson by quiz_in_lesson."""
    return quiz_create(every_type_bank_create())


def _question(page, text):
    return page.locator("fieldset.question", has_text=text)


def _fill(page, text, value):
    field = _question(page, text).locator("input[type=text], textarea")
    field.fill(value)
    field.dispatch_event("change")


def test_every_answer_is_shown_after_a_reload_and_graded_as_given(
    page, learner, password, quiz_in_lesson
):
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    sign_in(page, "KP-CPU-0042", password)
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    _question(page, "Helpline?").get_by_label("1121").check()
    closure = _question(page, "Closure reasons?")
    closure.get_by_label("Goals met").check()
    closure.get_by_label("Turns 18").check()
    _question(page, "heard alone?").get_by_label("True", exact=True).check()
    matching = _question(page, "Match each risk")
    for item, match in MATCHES.items():
        matching.get_by_label(item, exact=True).select_option(match)
    ordering = _question(page, "Order the case steps.")
    for position, item in enumerate(ORDER, start=1):
        ordering.get_by_label(item).select_option(str(position))
    _fill(page, "Name the Act's year.", "2010")
    _fill(page, "Child under the 2015 Act", "14")
    _fill(page, "Write a safety plan.", "Keep her safe.\nRefer today.")
    page.wait_for_load_state("networkidle")  # every answer saved as it changed

    page.reload()
    assert _question(page, "Helpline?").get_by_label("1121").is_checked()
    closure = _question(page, "Closure reasons?")
    assert closure.get_by_label("Goals met").is_checked()
    assert closure.get_by_label("Turns 18").is_checked()
    assert not closure.get_by_label("Leave").is_checked()
    assert _question(page, "heard alone?").get_by_label("True", exact=True).is_checked()
    matching = _question(page, "Match each risk")
    for item, match in MATCHES.items():
        assert matching.get_by_label(item, exact=True).input_value() == match
    ordering = _question(page, "Order the case steps.")
    for position, item in enumerate(ORDER, start=1):
        assert ordering.get_by_label(item).input_value() == str(position)
    field = _question(page, "Name the Act's year.").locator("input[type=text]")
    assert field.input_value() == "2010"
    assert (
        _question(page, "Child under the 2015 Act").locator("input[type=text]").input_value()
        == "14"
    )
    essay = _question(page, "Write a safety plan.").locator("textarea")
    assert essay.input_value() == "Keep her safe.\nRefer today."

    page.get_by_role("button", name="Save answers").click()
    page.get_by_text("Your answers are saved.").wait_for()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Submit", exact=True).click()
    page.wait_for_url("**/result/")
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.is_submitted
    for row in attempt.questions.all():
        if row.snapshot["type"] == QuestionType.ESSAY:
            assert row.needs_marking and row.answer == "Keep her safe.\nRefer today."
        else:
            assert row.fraction == 1, row.snapshot["type"]


@pytest.mark.urls("tests.lms.core.error_urls")
def test_a_save_the_server_fails_is_tried_again_until_it_is_saved(
    page, live_server, learner, password, quiz_in_lesson
):
    attempt = attempt_start(quiz=quiz_in_lesson, learner=learner)
    sign_in(page, "KP-CPU-0042", password)
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    failures = []

    def fail_twice(route):
        """The first two saves reach a view that fails: the page gets the server's JSON 500."""
        if len(failures) < 2:
            failed = route.fetch(url=f"{live_server.url}/broken/")
            failures.append(failed.json())
            route.fulfill(response=failed)
        else:
            route.continue_()

    page.route("**/answers/", fail_twice)
    helpline = _question(page, "Helpline?")
    helpline.get_by_label("1121").check()
    helpline.locator("[data-saved]", has_text="Not saved yet").wait_for()
    helpline.locator("[data-saved]", has_text="✓").wait_for()
    assert [failure["error"] for failure in failures] == [
        "Something went wrong on our side. Try again in a moment."
    ] * 2
    row = attempt.questions.get(snapshot__type=QuestionType.SINGLE)
    assert row.answer == next(o["id"] for o in row.snapshot["options"] if o["text"] == "1121")
