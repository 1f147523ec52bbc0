"""What a lesson page costs a learner on a 2G link (300 ms, 250 kbit/s each way).

The server serves static files as production does (lms.settings.production): collected with
hashed names by WhiteNoise's manifest storage and served by its middleware, with a long cache
lifetime. The tests assert byte budgets only; `make bench-2g` prints the timings as well.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

from .conftest import PHONE, sign_in

KB = 1000
RTL_FONT_BUDGET = 160 * KB
YEAR_SECONDS = 365 * 24 * 3600
TWO_G = {
    "offline": False,
    "latency": 300,
    "downloadThroughput": 250_000 / 8,
    "uploadThroughput": 250_000 / 8,
}
# Chromium's resource types, as a reader of the figures names them.
KINDS = {
    "Font": "fonts",
    "Stylesheet": "css",
    "Script": "js",
    "Image": "images",
    "Document": "documents",
}
# The web font each right-to-left language reads in, and the letters it must draw itself.
SCRIPT_FONTS = {
    "ur": ("Noto Nastaliq Urdu", "ٹڈڑںھہۂۃیےۓ"),
    "ps": ("Noto Naskh Arabic", "ړږښګڼېۍځڅټډ"),
}


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    """Static files collected and served as in production, for this module's server."""
    static_root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(
        STATIC_ROOT=static_root,
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        MIDDLEWARE=[
            settings.MIDDLEWARE[0],
            "whitenoise.middleware.WhiteNoiseMiddleware",
            *settings.MIDDLEWARE[1:],
        ],
    ):
        # The learner's pages use none of the admin's files: leaving them out saves half a minute.
        call_command("collectstatic", "--noinput", "-v0", "-i", "admin", "-i", "wagtail*")
        yield


@pytest.fixture(scope="module")
def production_server(production_static, django_db_blocker):
    with django_db_blocker.unblock():
        server = LiveServer("localhost", start=False)
    server.thread.static_handler = lambda application: application  # WhiteNoise serves them
    server.start()
    yield server
    server.stop()


@dataclass
class Visit:
    bytes_by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # The font files that crossed the network, with the cache lifetime the server gave them.
    fonts_fetched: dict[str, int] = field(default_factory=dict)
    first_contentful_paint_ms: float = 0.0
    load_ms: float = 0.0
    # When the last web font had arrived (0 when none crossed the network).
    font_ms: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.bytes_by_kind.values())


def visit_on_2g(page, url: str) -> Visit:
    """Open ``url`` throttled to 2G; the bytes that crossed the network, by kind, once the page
    and its fonts have loaded."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", TWO_G)
    kinds: dict[str, str] = {}
    from_cache: set[str] = set()
    visit = Visit()

    def received(event):
        kinds[event["requestId"]] = KINDS.get(event["type"], "other")
        # A page under the service worker (lms.offline) hears of the disk cache on the response.
        cached = event["requestId"] in from_cache or event["response"].get("fromDiskCache")
        if event["type"] == "Font" and not cached:
            headers = {name.lower(): value for name, value in event["response"]["headers"].items()}
            max_age = re.search(r"max-age=(\d+)", headers.get("cache-control", ""))
            visit.fonts_fetched[event["response"]["url"]] = int(max_age[1]) if max_age else 0

    def finished(event):
        visit.bytes_by_kind[kinds.get(event["requestId"], "other")] += event["encodedDataLength"]

    cdp.on("Network.requestServedFromCache", lambda event: from_cache.add(event["requestId"]))
    cdp.on("Network.responseReceived", received)
    cdp.on("Network.loadingFinished", finished)
    page.goto(url, wait_until="load")
    # An Urdu page's first visit fetches its font after the load event.
    page.wait_for_load_state("networkidle")
    timings = page.evaluate(
        """async () => {
            await document.fonts.ready;
            const paint = await new Promise(resolve => new PerformanceObserver(
                list => list.getEntriesByName("first-contentful-paint").forEach(resolve)
            ).observe({type: "paint", buffered: true}));
            const navigation = performance.getEntriesByType("navigation")[0];
            const fonts = performance.getEntriesByType("resource").filter(
                entry => entry.name.includes(".woff2") && entry.transferSize > 0
            );
            return [
                paint.startTime,
                navigation.loadEventEnd,
                Math.max(0, ...fonts.map(entry => entry.responseEnd)),
            ];
        }"""
    )
    visit.first_contentful_paint_ms, visit.load_ms, visit.font_ms = timings
    cdp.detach()
    return visit


def signed_in_context(browser, server, password, language: str):
    """A fresh browser context (nothing cached) of the signed-in learner reading ``language``."""
    signing_in = browser.new_context(base_url=server.url, viewport=PHONE)
    sign_in(signing_in.new_page(), "KP-CPU-0042", password)
    state = signing_in.storage_state()
    signing_in.close()
    context = browser.new_context(base_url=server.url, viewport=PHONE, storage_state=state)
    context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": server.url}]
    )
    return context


def two_visits(browser, server, password, outline, language: str) -> tuple[Visit, Visit]:
    """A learner's first lesson page in ``language``, then the next one."""
    context = signed_in_context(browser, server, password, language)
    page = context.new_page()
    page.set_default_timeout(60_000)
    first = visit_on_2g(page, server.url + outline[0][1][0].url)
    second = visit_on_2g(page, server.url + outline[0][1][1].url)
    context.close()
    return first, second


@pytest.mark.parametrize("language", ["ur", "ps"])
def test_a_right_to_left_lesson_page_fetches_its_font_once_within_the_budget(
    browser, production_server, learner, password, enrolment, outline, language
):
    first, second = two_visits(browser, production_server, password, outline, language)

    assert first.fonts_fetched, "the page's own font was not fetched"
    assert min(first.fonts_fetched.values()) >= YEAR_SECONDS, first.fonts_fetched
    assert first.bytes_by_kind["fonts"] <= RTL_FONT_BUDGET, dict(first.bytes_by_kind)
    # The next page takes the fonts (and stylesheets) from the cache, without asking.
    assert second.fonts_fetched == {}
    assert second.bytes_by_kind["fonts"] == 0
    assert second.bytes_by_kind["css"] == 0


def test_an_english_lesson_page_fetches_no_font(
    browser, production_server, learner, password, enrolment, outline
):
    first, _second = two_visits(browser, production_server, password, outline, "en")

    assert first.fonts_fetched == {}
    assert first.bytes_by_kind["fonts"] == 0


@pytest.mark.parametrize("language", sorted(SCRIPT_FONTS))
def test_every_letter_of_the_language_is_drawn_by_its_web_font(
    browser, production_server, learner, password, enrolment, outline, language
):
    family, letters = SCRIPT_FONTS[language]
    context = signed_in_context(browser, production_server, password, language)
    page = context.new_page()
    page.goto(outline[0][1][0].url)
    page.wait_for_load_state("networkidle")  # an Urdu page's first visit: its font after load
    # The letters in a paragraph of the lesson page, in the page's own style.
    page.evaluate(
        """letters => {
            const probe = document.createElement("p");
            probe.id = "letters";
            probe.textContent = letters;
            document.querySelector("main").append(probe);
            return document.fonts.ready;
        }""",
        letters,
    )
    font = f'16px "{family}"'
    assert page.evaluate("([font, text]) => document.fonts.check(font, text)", [font, letters])
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#letters"})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    # Every glyph from the web font: none from a fallback font of the machine.
    assert [(font["familyName"], font["isCustomFont"]) for font in fonts] == [(family, True)]
    context.close()


@pytest.mark.bench
def test_bench_2g(browser, production_server, learner, password, enrolment, outline):
    """`make bench-2g`: bytes and timings of a lesson page in each language, on 2G."""
    rows = []
    for language in ("en", "ur", "ps"):
        first, second = two_visits(browser, production_server, password, outline, language)
        for name, visit in (("first visit", first), ("next page", second)):
            rows.append((language, name, visit))
    kinds = [*KINDS.values(), "other"]
    header = ["lang", "visit", *kinds, "total KB", "FCP ms", "load ms", "font ms"]
    lines = [" | ".join(header), " | ".join("---" for _ in header)]
    for language, name, visit in rows:
        cells = [f"{visit.bytes_by_kind[kind] / KB:.1f}" for kind in kinds]
        lines.append(
            " | ".join(
                [
                    language,
                    name,
                    *cells,
                    f"{visit.total / KB:.1f}",
                    f"{visit.first_contentful_paint_ms:.0f}",
                    f"{visit.load_ms:.0f}",
                    f"{visit.font_ms:.0f}",
                ]
            )
        )
    print("\n2G (300 ms, 250 kbit/s), bytes in KB (1000 B):\n" + "\n".join(lines))
