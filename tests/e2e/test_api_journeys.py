"""The API's browsable docs, as a developer at a provincial dashboard uses them: served from here
under the site's Content-Security-Policy, and able to try a call with a key."""

from lms.api.services import api_key_create

from .conftest import DESKTOP, screenshot


def test_a_developer_reads_the_docs_and_tries_a_call_with_a_key(page, administrator, peshawar):
    _key, token = api_key_create(
        name="Dashboard", all_districts=False, districts=[peshawar], by=administrator
    )
    page.set_viewport_size(DESKTOP)
    page.goto("/api/v1/docs")
    page.locator(".opblock-summary-path", has_text="/api/v1/districts").first.wait_for()

    page.locator("button.authorize").first.click()
    page.locator(".auth-container input").fill(token)
    page.locator(".auth-btn-wrapper button.authorize").click()
    page.get_by_role("button", name="Close").click()

    page.locator(".opblock-summary-path", has_text="/api/v1/districts").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    response = page.locator(".live-responses-table")
    response.locator(".response-col_status", has_text="200").wait_for()
    assert "Peshawar" in response.inner_text()
    screenshot(page, "api-docs-tried-1280")
