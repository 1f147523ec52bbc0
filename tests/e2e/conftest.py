"""Browser tests: Playwright's Python package driving Debian's chromium (no browser download)."""

import os
import shutil
import time
from pathlib import Path

import pytest
from allauth.mfa.app_settings import TOTP_PERIOD

from lms.accounts.mfa import has_totp, totp_current_code

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the tests
# themselves (fixtures, assertions) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# Screenshots and other artefacts for review: test-artifacts/ (gitignored), or where
# TEST_ARTIFACTS_DIR says.
ARTIFACTS = Path(
    os.environ.get("TEST_ARTIFACTS_DIR") or Path(__file__).resolve().parents[2] / "test-artifacts"
)
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "/e2e/" in str(item.fspath)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if not browser_items or Path(CHROMIUM).exists():
        return
    if os.environ.get("CI") or os.environ.get("REQUIRE_BROWSER"):
        raise pytest.UsageError(
            f"Browser tests are required here but chromium is missing at {CHROMIUM}."
        )
    reason = f"chromium not found at {CHROMIUM}: install Debian's chromium to run the browser tests"
    config.issue_config_time_warning(pytest.PytestWarning(reason), stacklevel=2)
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _migration_data(migration_data):
    """Every browser test runs on a live server, so with real transactions."""


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield ReportingBrowser(browser)
        browser.close()


class ReportingBrowser:
    """The browser, whose every context records the Content-Security-Policy violations that its
    pages (and their frames) report on the console."""

    def __init__(self, browser):
        self._browser = browser
        self.csp_violations: list[str] = []

    def new_context(self, **kwargs):
        context = self._browser.new_context(**kwargs)
        context.on("console", self._record)
        return context

    def _record(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp_violations.append(f"{message.location.get('url')}: {message.text}")


@pytest.fixture(autouse=True)
def _no_csp_violations(browser):
    """A browser test fails if any page it opened broke the Content-Security-Policy."""
    browser.csp_violations.clear()
    yield
    if browser.csp_violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(browser.csp_violations))


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save what a person would see, at phone and desktop widths, as a test artefact."""
    path = ARTIFACTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page) -> list[dict]:
    """Serious or critical accessibility violations on the current page, by axe-core."""
    page.evaluate(AXE_SCRIPT.read_text())  # through DevTools: no inline script for the policy
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": violation["id"], "nodes": [node["target"] for node in violation["nodes"]]}
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def switch_language(page, name: str, code: str) -> None:
    """Switch the page's language the way a reader does: one tap on the language's name."""
    page.locator(".site-header").get_by_role("button", name=name, exact=True).click()
    page.wait_for_selector(f"html[lang={code}]")


def sign_in(page, login: str, password: str, user=None) -> None:
    """Sign in through the real form, giving the authenticator code when one is asked for."""
    page.goto("/accounts/login/")
    page.get_by_label("Email or employee number").fill(login)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if user is not None and has_totp(user):
        page.wait_for_url("**/accounts/2fa/authenticate/")
        # A code is good for its 30 s period only: one read in its last seconds could reach the
        # server in the next period and be refused. Wait for a fresh period instead.
        left = TOTP_PERIOD - time.time() % TOTP_PERIOD
        if left < 5:
            time.sleep(left + 0.2)
        page.get_by_label("Code").fill(totp_current_code(user))
        page.get_by_role("button", name="Sign In").click()
        # Signed in: wait until the sign-in pages are behind us before the test goes on.
        page.wait_for_url(lambda url: "/accounts/" not in url)


def eventually(read, expected, *, seconds: float = 5.0):
    """`read()` once it gives `expected`, or its last value after `seconds`. For what the server
    commits after the browser has moved on: a request the browser abandoned while leaving a page
    is still finished, and recorded, by the server a moment later."""
    deadline = time.monotonic() + seconds
    while (value := read()) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return value
