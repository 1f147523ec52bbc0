"""An API key from the CMS to a first call: an administrator issues a key for one district and
copies it from the page that shows it once; a developer pastes it into the browsable docs
(served from here, under the site's Content-Security-Policy) and tries a call."""

from .conftest import DESKTOP, screenshot, sign_in


def test_an_administrator_issues_a_key_and_a_developer_tries_it_in_the_docs(
    browser, live_server, administrator, password, peshawar
):
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    cms = context.new_page()
    cms.set_default_timeout(20_000)
    sign_in(cms, administrator.email, password, administrator)
    cms.goto("/admin/snippets/api/apikey/add/")
    cms.get_by_role("textbox", name="Name").fill("Provincial dashboard")
    cms.get_by_label("Peshawar").check()
    cms.get_by_role("button", name="Save").click()
    shown = cms.get_by_label("API key")
    token = shown.input_value()
    assert token.startswith("thz_")
    screenshot(cms, "api-key-created-1280")

    docs = context.new_page()
    docs.goto("/api/v1/docs")
    docs.locator(".opblock-summary-path", has_text="/api/v1/districts").first.wait_for()
    docs.locator("button.authorize").first.click()
    docs.locator(".auth-container input").fill(token)
    docs.locator(".auth-btn-wrapper button.authorize").click()
    docs.get_by_role("button", name="Close").click()
    docs.locator(".opblock-summary-path", has_text="/api/v1/districts").first.click()
    docs.get_by_role("button", name="Try it out").click()
    docs.get_by_role("button", name="Execute").click()
    response = docs.locator(".live-responses-table")
    response.locator(".response-col_status", has_text="200").wait_for()
    assert "Peshawar" in response.inner_text()
    screenshot(docs, "api-docs-tried-1280")
    context.close()
