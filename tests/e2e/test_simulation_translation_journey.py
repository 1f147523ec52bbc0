"""A learner reading in Urdu plays Day 1's case in Urdu on a phone, right to left."""

import pytest
from django.conf import settings

from tests.simulation_fixtures import day_one_case_with_urdu

from .conftest import PHONE, sign_in
from .test_rtl_journeys import check_page

# Where the first letter of each of the step's blocks sits against its block: right to left,
# each starts at its block's right edge.
STARTS_ON_THE_RIGHT = """
() => [...document.querySelectorAll("#step-heading, #step-heading ~ .prose > p")].map((block) => {
  const text = [...block.childNodes].find((node) => node.nodeType === 3 && node.data.trim());
  const range = document.createRange();
  const at = text.data.search(/\\S/);
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  const letter = range.getClientRects()[0];
  const edge = block.getBoundingClientRect().right;
  return {direction: getComputedStyle(block).direction, gap: Math.round(edge - letter.right)};
})
"""


@pytest.fixture
def simulation(db):
    return day_one_case_with_urdu()


def test_an_urdu_case_step_reads_right_to_left_on_a_phone(
    page, live_server, learner, password, enrolment, simulation_lesson
):
    sign_in(page, "KP-CPU-0042", password)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "ur", "url": live_server.url}]
    )
    assert page.viewport_size == PHONE
    page.goto(simulation_lesson.url)
    page.locator(".simulation-card button[type=submit]").click()
    page.wait_for_url("**/simulations/**")
    check_page(page, "ur", "simulation-step-in-urdu")
    assert page.locator("#step-heading").inner_text() == "استقبالیہ پر ایک ملاقاتی"
    assert "بی بی زرینہ" in page.locator("#step-heading ~ .prose").inner_text()
    blocks = page.evaluate(STARTS_ON_THE_RIGHT)
    assert len(blocks) == 3
    assert all(block["direction"] == "rtl" and block["gap"] <= 2 for block in blocks), blocks
