"""A learner reads Day 1 translated into Urdu on a phone, right to left, and keeps their
progress when they switch back to English."""

from playwright.sync_api import expect

from .conftest import PHONE, sign_in, switch_language
from .test_rtl_journeys import check_page


def test_a_learner_reads_a_translated_lesson_right_to_left_and_keeps_their_progress(
    page, password, day_one
):
    _day, lessons = day_one
    sign_in(page, "KP-CPU-0042", password)
    assert page.viewport_size == PHONE
    page.goto(lessons[0].url)
    switch_language(page, "اردو", "ur")

    heading = page.locator(".lesson h1")
    expect(heading).to_have_text("کورس میں خوش آمدید، اور یہ کیسے چلتا ہے")
    check_page(page, "ur", "translated-lesson")
    # Urdu text runs from the right; the English citation inside it keeps its own order.
    assert heading.evaluate("h => getComputedStyle(h).direction") == "rtl"
    citation = page.locator(".callout", has_text="Inter-Agency Guidelines").first
    assert "Inter-Agency Guidelines for Case Management and Child Protection" in (
        citation.inner_text()
    )

    page.get_by_test_id("mark-read").click()
    page.wait_for_url(f"**{lessons[1].url}")
    expect(page.locator(".lesson h1")).to_have_text("بچوں کا تحفظ اور کیس مینجمنٹ کیا ہیں")
    switch_language(page, "English", "en")
    expect(page.locator(".lesson h1")).to_have_text("What child protection and case management are")
    expect(page.locator(".lesson .progress__figure")).to_have_text("33%")
