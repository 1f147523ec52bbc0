"""An Urdu reader takes the pre-test on a phone: its questions are in Urdu, right to left."""

from django.conf import settings

from .conftest import PHONE, screenshot, sign_in

# Where the first question's number sits against the first letter of its (Urdu) text.
NUMBER_AND_TEXT = """
() => {
  const question = document.querySelector(".question__text");
  const box = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range.getBoundingClientRect().toJSON();
  };
  const number = question.querySelector(".question__number").firstChild;
  const body = question.querySelector(".question__body");
  return {
    number: box(number, 0, number.data.length),
    firstLetter: box(body.firstChild, 0, 1),
    direction: getComputedStyle(body).direction,
    lang: body.closest("[lang]").lang,
  };
}
"""


def test_an_urdu_pre_test_question_reads_right_to_left_with_its_number_first(
    page, live_server, learner, password, pre_test_in_lesson, outline
):
    sign_in(page, "KP-CPU-0042", password)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "ur", "url": live_server.url}]
    )
    assert page.viewport_size == PHONE
    page.goto(outline[0][1][0].url)
    page.locator(".quiz-card button[type=submit]").click()
    page.wait_for_url("**/quizzes/attempts/*/")
    page.evaluate("document.fonts.ready.then(() => true)")
    screenshot(page, "rtl/pre-test-question-ur-360")

    first = page.locator(".question__text").first
    assert first.inner_text().startswith("1.")
    assert "چائلڈ پروٹیکشن کیس مینجمنٹ کے چھ مراحل" in first.inner_text()
    layout = page.evaluate(NUMBER_AND_TEXT)
    assert layout["direction"] == "rtl"
    assert layout["lang"] == "ur"
    # Read from the right: the number comes first, on the first letter's line and to its right.
    number, letter = layout["number"], layout["firstLetter"]
    assert abs(number["top"] - letter["top"]) < letter["height"]
    assert number["left"] >= letter["right"] - 1
    assert number["right"] <= PHONE["width"]
    # However many lines the question takes, it sits inside its card, below the top border.
    legend, card = first.bounding_box(), page.locator(".question").first.bounding_box()
    assert legend["y"] > card["y"] + 1
    assert legend["y"] + legend["height"] <= card["y"] + card["height"]
