"""A learner reads the course in Urdu or Pashto on a phone: the pages run right to left, and the
English that is not translated yet (lessons, questions, the case) keeps its own direction."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from lms.certification.models import Certificate, CertificateState

from .conftest import PHONE, axe_violations, screenshot, sign_in

# Every check reads the rendered page: attributes, computed styles and the boxes the browser drew.
# It returns what a reader would see wrong, one line each; an empty list is a page that reads right.
LAYOUT_PROBLEMS = """
() => {
  const main = document.querySelector("main");
  const problems = [];
  const ENGLISH = /[A-Za-z]{4,}/;  // a Latin word: English content, a name or a title
  const shown = (element) => element.getClientRects().length > 0;
  const charBox = (node, index) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const boxes = range.getClientRects();
    return boxes[boxes.length - 1];
  };
  const isolating = (element) => {
    for (let at = element; at && at !== main; at = at.parentElement) {
      if (at.localName === "bdi" || at.hasAttribute("dir") || (at.lang || "").startsWith("en")) {
        return at;
      }
    }
    return null;
  };

  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const element = node.parentElement;
    // Text between Unicode's isolate marks (FSI ... PDI) is isolated within its sentence.
    const outside = node.data.replace(/\u2068[^\u2069]*\u2069/g, "");
    if (!ENGLISH.test(outside) || element.closest("script, style, textarea, select")) continue;
    const text = node.data.trim();
    if (!isolating(element)) {
      problems.push(`not isolated from the right-to-left page: "${text}"`);
      continue;
    }
    if (getComputedStyle(element).direction !== "ltr") {
      problems.push(`laid out right to left: "${text}"`);
    }
    // A sentence's closing mark sits after its last letter: to its right, in English.
    const end = node.data.trimEnd().length - 1;
    if (!shown(element) || !/[.?!]/.test(node.data[end])) continue;
    let letter = end - 1;
    while (letter >= 0 && !/[A-Za-z0-9]/.test(node.data[letter])) letter--;
    if (letter < 0) continue;
    const mark = charBox(node, end);
    const last = charBox(node, letter);
    if (mark && last && Math.abs(mark.top - last.top) < last.height / 2 && mark.left < last.left) {
      problems.push(`"${node.data[end]}" drawn before the sentence it ends: "${text}"`);
    }
  }

  // A question's number is on the reading side (the right) of all of its text.
  for (const question of main.querySelectorAll(".question__text")) {
    const qwalker = document.createTreeWalker(question, NodeFilter.SHOW_TEXT);
    let number = null;
    let textRight = -Infinity;
    for (let node; (node = qwalker.nextNode()); ) {
      for (let index = 0; index < node.data.length; index++) {
        if (number === null && /[0-9]/.test(node.data[index])) number = charBox(node, index);
        else if (/[A-Za-z]/.test(node.data[index])) {
          textRight = Math.max(textRight, charBox(node, index).right);
        }
      }
    }
    if (number === null) problems.push(`a question without its number: "${question.textContent.trim()}"`);
    else if (number.left < textRight - 1) {
      problems.push(`number not on the right of its question: "${question.textContent.trim()}"`);
    }
  }

  // List markers sit at the start of the line: the right, outside English content.
  for (const item of main.querySelectorAll("li")) {
    const style = getComputedStyle(item);
    if (!shown(item) || style.display !== "list-item" || style.listStyleType === "none") continue;
    if (item.closest('[lang^="en"], [dir="ltr"]')) continue;
    const list = item.parentElement.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (style.direction !== "rtl" || list.right - box.right < 8) {
      problems.push(`list marker not on the right: "${item.textContent.trim().slice(0, 40)}"`);
    }
  }

  const width = document.documentElement.clientWidth;
  if (document.scrollingElement.scrollWidth > width) {
    problems.push(`wider than the screen: ${document.scrollingElement.scrollWidth} > ${width}`);
  }
  return problems;
}
"""


def check_page(page, language: str, name: str) -> None:
    """The page is in `language`, right to left, and reads right; a screenshot for people."""
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready.then(() => true)")
    screenshot(page, f"rtl/{name}-{language}-360")
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == "rtl"
    problems = page.evaluate(LAYOUT_PROBLEMS)
    assert problems == [], f"{name}: " + "\n".join(problems)
    assert axe_violations(page) == [], name


def shows_translated(page, language: str, english: str) -> None:
    """The page shows the interface string `english` in `language`, not in English."""
    with translation.override(language):
        words = translation.gettext(english)
    assert words != english, f"{english!r} is not translated into {language}"
    assert page.locator("main").get_by_text(words, exact=True).first.is_visible(), english


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_a_learner_reads_answers_plays_and_is_certified_in_a_right_to_left_language(
    page, live_server, learner, password, earning, quiz_in_lesson, simulation_lesson, language
):
    sign_in(page, "KP-CPU-0042", password)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    assert page.viewport_size == PHONE

    page.goto("/")
    check_page(page, language, "home")
    # The day's title is translated; the course's and the cohort's are names, kept as typed.
    day_title = {"ur": "دن 1", "ps": "ورځ 1"}[language]
    assert day_title in page.locator(".day-card__title").first.inner_text()

    page.goto(simulation_lesson.get_parent().url)
    check_page(page, language, "day")

    # The lesson is not translated: its English text says so, inside the Urdu or Pashto page.
    page.goto(simulation_lesson.url)
    check_page(page, language, "lesson")
    assert page.get_attribute(".lesson h1", "lang") == "en"
    assert page.locator(".lesson .prose[lang=en]").first.is_visible()

    page.locator(".quiz-card button[type=submit]").click()
    page.wait_for_url("**/quizzes/attempts/*/")
    # Each answer is saved as it changes: wait for it, so the submit does not race the save.
    helpline = page.locator("fieldset.question", has_text="Helpline?")
    helpline.get_by_label("1121").check()
    helpline.locator("[data-saved]", has_text="✓").wait_for()
    essay = page.locator("fieldset.question", has_text="safety plan")
    essay.locator("textarea").fill("Keep her safe; refer today.")
    essay.locator("textarea").dispatch_event("change")
    essay.locator("[data-saved]", has_text="✓").wait_for()
    check_page(page, language, "quiz-attempt")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("button[name=submit]").click()
    page.wait_for_url("**/result/")
    check_page(page, language, "quiz-result")
    shows_translated(page, language, "Awaiting marking")
    shows_translated(page, language, "Correct")

    page.goto(simulation_lesson.url)
    page.locator(".simulation-card button[type=submit]").click()
    page.wait_for_url("**/simulations/**")
    check_page(page, language, "simulation-situation")
    page.locator(".sim-choice button[type=submit]").click()
    page.locator("input[name=risk][value=high]").check()
    page.locator("input[name=response][value='1440']").check()
    page.locator("input[name=option][value='0']").check()
    check_page(page, language, "simulation-decision")
    page.locator(".sim-choice button[type=submit]").click()
    page.locator("#feedback").wait_for()
    check_page(page, language, "simulation-feedback")
    page.locator("input[name=option][value='0']").check()
    page.locator(".sim-choice button[type=submit]").click()
    page.wait_for_url("**/result/")
    check_page(page, language, "simulation-result")
    shows_translated(page, language, "Passed")
    page.goto(reverse("simulations:competencies", args=[learner.pk]))
    check_page(page, language, "competencies")

    earning.attend_every_day()
    earning.pass_the_post_test()
    earning.complete_every_lesson()
    earning.get_signed_off()
    certificate = Certificate.objects.get(enrolment=earning.enrolment)
    assert certificate.state == CertificateState.VALID

    page.goto(reverse("certification:mine"))
    check_page(page, language, "certificate")
    shows_translated(page, language, "My certificate")
    page.goto(reverse("certification:verify_code", args=[certificate.code]))
    check_page(page, language, "verify")
    shows_translated(page, language, "Valid")
    shows_translated(page, language, "Course")
