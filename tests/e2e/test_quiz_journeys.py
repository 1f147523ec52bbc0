import datetime

from django.utils import timezone

from quizzes.attempts.models import AttemptState, QuizAttempt, QuizPurpose
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit

from .conftest import PHONE, axe_violations, screenshot, sign_in


def _label_of(row, text):
    return next(option["id"] for option in row.snapshot["options"] if option["text"] == text)


def test_a_learner_loses_the_connection_mid_quiz_reloads_and_finishes(
    page, learner, password, quiz_in_lesson
):
    quiz = quiz_in_lesson
    sign_in(page, "KP-CPU-0042", password)
    attempt = attempt_start(quiz=quiz, learner=learner)
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    helpline = page.locator("fieldset.question", has_text="Helpline?")
    helpline.get_by_label("1121").check()
    helpline.locator("[data-saved]", has_text="✓").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "quiz-360")

    page.context.set_offline(True)
    numeric = page.locator("fieldset.question", has_text="Child under the 2015 Act")
    numeric.locator("input").fill("14")
    numeric.locator("input").dispatch_event("change")
    numeric.locator("[data-saved]", has_text="⚠").wait_for()
    page.context.set_offline(False)

    page.reload()
    helpline = page.locator("fieldset.question", has_text="Helpline?")
    assert helpline.get_by_label("1121").is_checked()  # saved before the connection dropped
    numeric = page.locator("fieldset.question", has_text="Child under the 2015 Act")
    numeric.locator("input").fill("14")
    numeric.locator("input").dispatch_event("change")
    numeric.locator("[data-saved]", has_text="✓").wait_for()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Submit", exact=True).click()
    page.wait_for_url("**/result/")
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.questions.get(snapshot__text="Child under the 2015 Act is under?").fraction == 1
    screenshot(page, "quiz-result-360")


def test_when_the_time_runs_out_the_attempt_is_submitted(page, learner, password, quiz_in_lesson):
    quiz = quiz_in_lesson
    sign_in(page, "KP-CPU-0042", password)
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__text="Helpline?")
    answer_save(
        attempt=attempt, position=row.position, answer=_label_of(row, "1121"), learner=learner
    )
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() + datetime.timedelta(seconds=3)
    )
    page.goto(f"/quizzes/attempts/{attempt.pk}/")
    page.locator(".countdown--ending").wait_for()
    page.wait_for_url("**/result/", timeout=60_000)  # reloads at zero; the server submits
    assert page.get_by_text("The time limit passed").is_visible()
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.questions.get(pk=row.pk).fraction == 1


def test_a_facilitator_marks_an_essay_and_the_learners_result_updates(
    browser, live_server, page, learner, password, facilitator, enrolment, quiz
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    essay = attempt.questions.get(snapshot__text="Write a safety plan.")
    answer_save(
        attempt=attempt,
        position=essay.position,
        answer="Keep her safe; refer today.",
        learner=learner,
    )
    attempt_submit(attempt=attempt, by=learner)

    sign_in(page, "KP-CPU-0042", password)
    page.goto(f"/quizzes/attempts/{attempt.pk}/result/")
    assert page.get_by_text("Awaiting marking").first.is_visible()

    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    marker = context.new_page()
    sign_in(marker, facilitator.email, password, facilitator)
    marker.wait_for_url(f"{live_server.url}/")
    marker.get_by_role("link", name="Answers to mark").click()
    marker.get_by_role("link", name=f"{learner.full_name} · {quiz.title}").click()
    marker.get_by_label("Marks").fill("4")
    marker.get_by_label("Comment for the learner").fill("A clear, safe plan.")
    marker.get_by_role("button", name="Save mark").click()
    marker.get_by_text("The learner's result is updated.").wait_for()

    # Opened again from the learner's result, the answer holds its mark and reads its history
    # in the question's marks, with the date spelled out.
    marker.goto(f"/quizzes/attempts/{attempt.pk}/result/")
    marker.get_by_role("link", name="1 change").click()
    assert marker.get_by_label("Marks").input_value() == "4"
    history = marker.locator(".mark-history li").inner_text()
    assert "\u2013 → 4 / 4" in history and facilitator.full_name in history
    assert marker.locator(".mark-history time").get_attribute("datetime").endswith("+05:00")
    screenshot(marker, "marking-answer-360")
    context.add_cookies([{"name": "tahaffuz_language", "value": "ur", "url": live_server.url}])
    marker.reload()
    assert marker.get_attribute("html", "dir") == "rtl"
    screenshot(marker, "marking-answer-360-ur")
    context.close()

    page.reload()
    assert page.get_by_text("A clear, safe plan.").is_visible()
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert page.locator(".result__score").inner_text().startswith(f"{attempt.percent:.0f}%")


def test_a_post_test_shows_its_answers_only_after_the_last_attempt_and_then_no_retake(
    page, learner, password, outline, quiz_in_lesson
):
    quiz = quiz_in_lesson
    quiz.purpose = QuizPurpose.POST_TEST
    quiz.review_correct_answers = True
    quiz.save()
    sign_in(page, "KP-CPU-0042", password)
    page.on("dialog", lambda dialog: dialog.accept())
    for button, held in (("Start the quiz", True), ("Try again", False)):
        page.goto(outline[0][1][0].url)
        page.get_by_role("button", name=button).click()
        helpline = page.locator("fieldset.question", has_text="Helpline?")
        helpline.get_by_label("1122").check()
        helpline.locator("[data-saved]", has_text="✓").wait_for()
        page.get_by_role("button", name="Submit", exact=True).click()
        page.wait_for_url("**/result/")
        review = page.locator("ol.review").inner_text()
        assert "1122" in review  # the learner's own answer
        assert ("1121" in review) is not held
        assert page.get_by_text("once you have used your last attempt").is_visible() is held
        screenshot(page, f"post-test-review-{'held' if held else 'shown'}-360")
    page.goto(outline[0][1][0].url)
    assert page.get_by_role("link", name="Your last result").is_visible()
    assert page.get_by_role("button", name="Try again").count() == 0
