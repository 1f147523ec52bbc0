"""H5P activities in the browser: the platform on one origin, the package's content on another.

One live server answers on two host names: the platform on live_server.url (localhost) and the
content origin on the other name (127.0.0.1). Cookies are per host, so the content frames get
none of the platform's; and the two are different origins, so the frames cannot reach the lesson.
"""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from courses.content.authoring import CONTENT_TEAM
from courses.content.models import CompletionRule, LessonPage
from courses.h5p.models import H5PAttempt, H5PContent, H5PStatement, H5PUserData
from courses.h5p.services import h5p_content_import
from courses.progress.models import LessonProgress
from lms.accounts.roles import Role
from lms.settings.base import content_security_policy
from tests.courses.h5p.packages import h5p_package
from tests.factories import UserFactory

from .conftest import DESKTOP, axe_violations, eventually, screenshot, sign_in

QUESTION = "2 + 2 = ?"
NO_RESULT = "No result yet: finish the activity to record one."
CHOSEN = re.compile(r"\bh5p-tahaffuz-check-chosen\b")


@pytest.fixture
def origins(live_server, settings):
    """The platform's origin and the content origin: the one live server under two host names."""
    parts = urlsplit(live_server.url)
    assert parts.hostname in ("localhost", "127.0.0.1")
    other = "127.0.0.1" if parts.hostname == "localhost" else "localhost"
    content_origin = f"http://{other}:{parts.port}"
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    settings.H5P_CONTENT_ORIGIN = content_origin
    settings.CONTENT_SECURITY_POLICY = content_security_policy(content_origin)
    settings.ALLOWED_HOSTS = [parts.hostname, other]
    settings.H5P_SAVE_SECONDS = 1
    return live_server.url, content_origin


def h5p_block(content, **fields) -> tuple:
    value = {
        "content": content,
        "grading_method": "highest",
        "pass_percent": 70,
        "required_to_complete": True,
    }
    return ("h5p", {**value, **fields})


@pytest.fixture
def h5p_lesson(origins, outline):
    """Lesson 1.1, completed by passing the H5P check placed at its end."""
    lesson = outline[0][1][0]
    content = h5p_content_import(h5p_package(), title="Helpline check")
    lesson.completion_rule = CompletionRule.ACTIVITIES
    lesson.body.append(h5p_block(content))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def question_frame(page):
    """The H5P content as the learner sees it: h5p-standalone's frame inside the player frame."""
    return page.frame_locator("iframe.h5p-frame").frame_locator("iframe.h5p-iframe")


def answer(page, text: str):
    return question_frame(page).get_by_role("button", name=text, exact=True)


def answer_and_wait_until_recorded(page, text: str) -> None:
    """Click an answer; return once the lesson page has delivered the click's last statement
    (`completed`, after `answered`) to the platform."""

    def completed_delivered(response) -> bool:
        body = response.request.post_data or ""
        return "/statements/" in response.url and "/verbs/completed" in body

    with page.expect_response(completed_delivered) as delivered:
        answer(page, text).click()
    assert delivered.value.ok


def content_frames(page):
    """The player page's frame and the inner H5P frame, as Playwright frames to run script in."""
    player = page.locator("iframe.h5p-frame").element_handle().content_frame()
    inner = player.locator("iframe.h5p-iframe").element_handle().content_frame()
    return player, inner


def is_state_save(chosen: int):
    """The player's POST of resume state {chosen: n} to the content origin."""

    def matches(response) -> bool:
        request = response.request
        if request.method != "POST" or "/state/" not in response.url:
            return False
        data = parse_qs(request.post_data or "").get("data", ["null"])[0]
        return response.ok and json.loads(data) == {"chosen": chosen}

    return matches


def test_an_author_uploads_a_package_in_the_cms_and_places_it_in_a_lesson(
    browser, live_server, origins, outline, learner, password, enrolment, tmp_path
):
    author = UserFactory(email="author@example.org", role=Role.FACILITATOR, with_totp=True)
    author.groups.add(Group.objects.get(name=CONTENT_TEAM))  # may publish lessons
    # An administrator installed the content type with an earlier package.
    installed = h5p_content_import(h5p_package(content={"question": "An earlier check"}))
    package = tmp_path / "helpline-check.h5p"
    package.write_bytes(h5p_package())
    lesson = outline[0][1][0]

    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    cms = context.new_page()
    cms.set_default_timeout(20_000)
    sign_in(cms, author.email, password, author)
    cms.wait_for_url(f"{live_server.url}/")
    cms.goto("/admin/")
    cms.get_by_role("link", name="H5P content").click()
    cms.get_by_role("link", name="Add H5P content").click()
    cms.locator("#id_package").set_input_files(str(package))
    cms.locator("#id_title").fill("Helpline check")
    cms.get_by_role("button", name="Save").click()
    cms.get_by_text("H5P content 'Helpline check' created.").wait_for()
    row = cms.get_by_role("row").filter(has_text="Helpline check")
    assert row.get_by_role("cell", name="H5P.TahaffuzCheck 1.0.0").is_visible()
    content = H5PContent.objects.exclude(pk=installed.pk).get()
    assert content.title == "Helpline check" and content.uploaded_by == author
    screenshot(cms, "h5p-cms-uploaded-1280")

    cms.goto(f"/admin/pages/{lesson.pk}/edit/")
    cms.get_by_label("Complete when").select_option(label="Its required activities passed")
    cms.get_by_role("button", name="Insert a block").last.click()
    cms.get_by_role("option", name="H5P activity").click()
    cms.get_by_role("button", name="Choose H5P content").click()
    cms.get_by_role("dialog").get_by_role("link", name="Helpline check").click()
    block = cms.locator("[data-contentpath=content]").last
    expect(block.get_by_text("Helpline check")).to_be_visible()
    cms.get_by_label("Pass mark (%)").last.fill("50")
    screenshot(cms, "h5p-cms-block-1280")
    cms.get_by_role("button", name="More actions").click()
    cms.get_by_role("button", name="Publish", exact=True).click()
    cms.get_by_text("'Lesson 1.1' has been published.").wait_for()
    context.close()

    live = LessonPage.objects.get(pk=lesson.pk)
    assert live.completion_rule == CompletionRule.ACTIVITIES
    placed = [block.value for block in live.body if block.block_type == "h5p"]
    assert len(placed) == 1
    assert placed[0]["content"] == content and placed[0]["pass_percent"] == 50

    # The learner finds the activity at the end of the lesson, playing in its frame.
    learner_context = browser.new_context(base_url=live_server.url)
    page = learner_context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, "KP-CPU-0042", password)
    page.goto(lesson.url)
    expect(page.get_by_role("heading", name="Helpline check")).to_be_visible()
    expect(page.get_by_text("Pass mark: 50%.")).to_be_visible()
    expect(question_frame(page).get_by_text(QUESTION)).to_be_visible()
    expect(page.locator(".h5p-status")).to_have_text(NO_RESULT)
    learner_context.close()


def test_a_learner_answers_wrong_then_right_passes_and_completes_the_lesson(
    page, learner, password, enrolment, h5p_lesson, outline
):
    sign_in(page, "KP-CPU-0042", password)
    page.goto(h5p_lesson.url)
    status = page.locator(".h5p-status")
    expect(question_frame(page).get_by_text(QUESTION)).to_be_visible()
    expect(status).to_have_text(NO_RESULT)
    screenshot(page, "h5p-lesson-360")

    answer_and_wait_until_recorded(page, "3")
    expect(status).to_have_text(
        "Your result: 0% (highest attempt, 1 attempt). The pass mark is 70%."
    )
    # Not passed yet: the lesson does not complete.
    page.get_by_test_id("mark-read").click()
    expect(
        page.get_by_text(
            "Reach the pass mark in this lesson's interactive activity to complete it."
        )
    ).to_be_visible()
    assert page.url.endswith(h5p_lesson.url)

    answer_and_wait_until_recorded(page, "4")
    expect(status).to_have_text("Your result: 100% (highest attempt, 2 attempts). Passed.")
    assert axe_violations(page) == []
    screenshot(page, "h5p-lesson-passed-360")

    attempts = H5PAttempt.objects.filter(learner=learner, lesson=h5p_lesson)
    assert [(a.percent, a.success) for a in attempts if a.is_finished] == [
        (0, False),
        (100, True),
    ]
    assert attempts.count() == 2  # answered + completed of one click are one attempt
    verbs = list(
        H5PStatement.objects.filter(attempt__learner=learner).values_list("verb", flat=True)
    )
    assert verbs == ["answered", "completed", "answered", "completed"]

    page.get_by_test_id("mark-read").click()
    page.get_by_role("heading", level=1, name="Lesson 1.2").wait_for()
    progress = LessonProgress.objects.get(learner=learner, lesson=h5p_lesson)
    assert progress.completed_at is not None
    page.goto(outline[0][0].url)  # the day page lists its lessons with their state
    lesson_row = page.locator(".lesson-list__item", has_text="Lesson 1.1")
    expect(lesson_row.get_by_text("Read", exact=True)).to_be_visible()
    assert page.locator("main progress").first.get_attribute("value") == "50"


def test_the_chosen_answer_is_still_marked_after_a_reload(
    page, learner, password, enrolment, h5p_lesson
):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, "KP-CPU-0042", password)
    page.goto(h5p_lesson.url)
    expect(question_frame(page).get_by_text(QUESTION)).to_be_visible()
    try:
        with page.expect_response(is_state_save(chosen=1), timeout=10_000):
            answer(page, "4").click()
    except PlaywrightTimeoutError:
        pytest.fail(f"The player saved no resume state. Errors in its frames: {errors}")
    saved = H5PUserData.objects.get(learner=learner, data_type="state")
    assert json.loads(saved.data) == {"chosen": 1} and saved.preload

    page.reload()
    four = answer(page, "4")
    expect(four).to_have_class(CHOSEN)
    expect(four).to_have_attribute("aria-pressed", "true")
    expect(answer(page, "3")).not_to_have_class(CHOSEN)
    expect(page.locator(".h5p-status")).to_have_text(
        "Your result: 100% (highest attempt, 1 attempt). Passed."
    )


# Whether the browser's outbox (static/js/outbox.js) holds this many items.
OUTBOX_HOLDS = """async (count) => {
  const { pending } = await import("/static/js/outbox.js");
  return (await pending()).length === count;
}"""


def test_a_result_made_offline_is_kept_and_sent_when_the_lesson_is_opened_again(
    page, learner, password, enrolment, h5p_lesson
):
    sign_in(page, "KP-CPU-0042", password)
    page.goto(h5p_lesson.url)
    expect(question_frame(page).get_by_text(QUESTION)).to_be_visible()
    status = page.locator(".h5p-status")

    page.context.set_offline(True)  # the connection drops while the learner answers
    answer(page, "4").click()
    expect(status).to_have_text("Could not reach Tahaffuz: trying again…")
    page.wait_for_function(OUTBOX_HOLDS, arg=2)  # the answer and the completion, kept here
    assert not H5PStatement.objects.exists()

    page.context.set_offline(False)
    page.goto(h5p_lesson.url)  # later, the learner opens the lesson again on this device
    expect(status).to_have_text("Your result: 100% (highest attempt, 1 attempt). Passed.")
    page.wait_for_function(OUTBOX_HOLDS, arg=0)  # empty once the last statement is delivered
    # The page left while sending may have had its last statement finished by the server only.
    verbs = H5PStatement.objects.filter(attempt__learner=learner).order_by("pk")
    expected = ["answered", "completed"]  # in order, each once
    assert eventually(lambda: list(verbs.values_list("verb", flat=True)), expected) == expected


def test_the_content_frames_see_no_platform_cookie_and_cannot_reach_the_lesson_page(
    page, learner, password, enrolment, h5p_lesson, origins
):
    platform_origin, content_origin = origins
    sign_in(page, "KP-CPU-0042", password)
    page.goto(h5p_lesson.url)
    expect(question_frame(page).get_by_text(QUESTION)).to_be_visible()
    platform_cookies = {cookie["name"] for cookie in page.context.cookies(platform_origin)}
    assert {"sessionid", "csrftoken"} <= platform_cookies
    assert "csrftoken=" in page.evaluate("() => document.cookie")

    player, inner = content_frames(page)
    assert player.url.startswith(f"{content_origin}/h5p-content/")
    for frame in (player, inner):
        assert frame.evaluate("() => window.origin") == content_origin
        assert frame.evaluate("() => document.cookie") == ""
        assert (
            frame.evaluate(
                "() => { try { window.top.document; return 'reachable' } catch (e) { return e.name } }"
            )
            == "SecurityError"
        )
        assert (
            frame.evaluate(
                "() => { try { return window.top.location.href } catch (e) { return e.name } }"
            )
            == "SecurityError"
        )
    assert page.context.cookies(content_origin) == []


def test_a_learner_not_enrolled_gets_no_content_link_and_a_tampered_link_is_refused(
    page, learner, other_learner, password, enrolment, h5p_lesson, origins
):
    _platform_origin, content_origin = origins
    sign_in(page, "second@example.org", password)
    response = page.goto(h5p_lesson.url)
    assert response.status == 404
    assert page.locator("iframe").count() == 0
    assert "/h5p-content/" not in page.content()

    # The enrolled learner's link works; changed by one character it is refused.
    page.context.clear_cookies()
    sign_in(page, "KP-CPU-0042", password)
    page.goto(h5p_lesson.url)
    link = page.locator("iframe.h5p-frame").get_attribute("src")
    assert link.startswith(f"{content_origin}/h5p-content/")
    assert page.request.get(link + "h5p.json").ok
    token = link.rstrip("/").rsplit("/", 1)[-1]
    tampered = link.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B"))
    refused = page.request.get(tampered)
    assert refused.status == 403
    assert refused.text() == "This link is not valid."
    assert page.request.get(tampered + "h5p.json").status == 403
