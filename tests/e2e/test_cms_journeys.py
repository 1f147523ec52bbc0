"""The CMS in the browser, under its own Content-Security-Policy (every browser test fails on a
violation; see conftest)."""

from playwright.sync_api import expect

from .conftest import DESKTOP, sign_in


def test_the_cms_dashboard_page_editor_chooser_and_snippets_run_under_the_policy(
    browser, live_server, administrator, password, outline, quiz
):
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    cms = context.new_page()
    cms.set_default_timeout(20_000)
    sign_in(cms, administrator.email, password, administrator)
    cms.wait_for_url(f"{live_server.url}/")

    cms.goto("/admin/")
    cms.get_by_role("heading", level=1, name="Tahaffuz").wait_for()

    lesson = outline[0][1][0]
    cms.goto(f"/admin/pages/{lesson.pk}/edit/")
    cms.get_by_role("button", name="Insert a block").last.click()
    cms.get_by_role("option", name="Image").click()
    cms.get_by_role("button", name="Choose an image").click()
    expect(cms.get_by_role("dialog").get_by_role("heading", name="Choose an image")).to_be_visible()

    cms.goto("/admin/snippets/attempts/quiz/")
    expect(cms.get_by_role("link", name=quiz.title)).to_be_visible()
    context.close()
