"""The site header on a 360 px phone and on a desktop: one slim row, one menu button, and a
language switch in one tap, in English and in Urdu, with and without JavaScript."""

import pytest

from .conftest import DESKTOP, PHONE, screenshot, sign_in, switch_language

# The header may take at most a fifth of a phone's screen.
HEADER_SHARE = 0.2


def header_height(page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


@pytest.mark.parametrize(("language", "name"), [("en", None), ("ur", "اردو"), ("ps", "پښتو")])
def test_on_a_phone_the_header_is_slim_and_the_menu_opens_to_every_link(
    page, learner, password, language, name
):
    sign_in(page, "KP-CPU-0042", password)
    page.get_by_role("heading", level=1).first.wait_for()
    if name:
        switch_language(page, name, language)
    assert header_height(page) <= HEADER_SHARE * PHONE["height"]
    profile = page.locator(".site-nav a[href='/me/']")
    assert not profile.is_visible()

    page.locator(".site-menu__toggle").click()
    assert profile.is_visible()
    box = profile.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    screenshot(page, f"header-menu-open-{language}-360")
    profile.click()
    page.wait_for_url("**/me/")
    assert page.get_attribute("html", "lang") == language


def test_the_menu_opens_and_leads_to_its_links_from_the_keyboard(
    page, learner, password, enrolment
):
    sign_in(page, "KP-CPU-0042", password)
    page.get_by_role("heading", name="My training").wait_for()
    page.locator(".site-menu__toggle").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Home"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.get_by_role("heading", level=1, name="Search").wait_for()


def test_one_tap_on_a_language_changes_the_page_language_and_keeps_the_page(
    page, learner, password
):
    sign_in(page, "KP-CPU-0042", password)
    page.goto("/me/")
    switch_language(page, "اردو", "ur")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.url.endswith("/me/")
    switch_language(page, "پښتو", "ps")
    assert page.get_attribute("html", "dir") == "rtl"
    switch_language(page, "English", "en")
    assert page.get_attribute("html", "dir") == "ltr"


def test_without_javascript_the_menu_and_the_language_switch_still_work(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto("/accounts/login/")
        page.locator(".site-menu__toggle").click()
        page.locator(".site-nav").get_by_role("link", name="Verify a certificate").click()
        page.wait_for_url("**/verify/")
        switch_language(page, "اردو", "ur")
        assert page.url.endswith("/verify/")
    finally:
        context.close()


def test_on_a_desktop_the_navigation_sits_inline_without_a_menu_button(page, learner, password):
    page.set_viewport_size(DESKTOP)
    sign_in(page, "KP-CPU-0042", password)
    page.get_by_role("heading", name="My training").wait_for()
    assert not page.locator(".site-menu__toggle").is_visible()
    links = page.locator(".site-nav a")
    assert links.count() >= 4
    tops = {round(links.nth(index).bounding_box()["y"]) for index in range(links.count())}
    assert len(tops) == 1, "the navigation links sit on one line"
    assert header_height(page) <= 100
    screenshot(page, "header-en-1280")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Home"
    page.locator(".site-nav").get_by_role("link", name="My profile").click()
    page.wait_for_url("**/me/")
