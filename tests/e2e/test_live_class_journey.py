"""A live class in the training hall: the facilitator projects a demo case simulation, three
trainees vote from their phones (each in a browser context of their own), and the class runs the
case to its end."""

from django.conf import settings

from courses.cohorts.services import cohort_enrol
from courses.content.models import CompletionRule
from quizzes.live.models import LiveRun, LiveVote
from quizzes.live.rules import response_value
from quizzes.simulations.demo_load import (
    SIMULATIONS_DIR,
    best_choices,
    demo_simulation_import,
)
from quizzes.simulations.models import RISK_LEVEL_LABELS
from quizzes.simulations.presenters import response_time_choices
from quizzes.simulations.rules import StepKind, move_make, state_start
from tests.factories import StaffProfileFactory

from .conftest import DESKTOP, PHONE, axe_violations, screenshot, sign_in


def _language(context, page, live_server, code):
    context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": code, "url": live_server.url}]
    )
    page.reload()


def _reads_right_to_left(page, name):
    """The page runs right to left and fits the phone. (tests/e2e/test_rtl_journeys.py reads
    every line once the new strings are translated at merge.)"""
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("document.scrollingElement.scrollWidth <= innerWidth")
    assert axe_violations(page) == []
    screenshot(page, f"rtl/{name}-ur-360")


def _place_in_day_one(outline, simulation):
    lesson = outline[0][1][0]
    lesson.completion_rule = CompletionRule.ACTIVITIES
    lesson.body.append(("simulation", {"simulation": simulation, "required_to_complete": False}))
    lesson.save_revision().publish()


def _vote(phone, step, option_text, risk_label, response_label):
    phone.get_by_role("heading", name=step.title).wait_for()
    if step.asks_risk:
        phone.get_by_role("radio", name=risk_label, exact=True).check()
        phone.get_by_role("radio", name=response_label, exact=True).check()
    phone.get_by_role("radio", name=option_text, exact=True).check()
    phone.get_by_role("button", name="Vote").click()
    phone.get_by_text("Your vote is counted.").wait_for()


def test_a_facilitator_and_three_trainees_run_a_demo_case_live_to_its_end(
    browser, live_server, learner, other_learner, password, facilitator, cohort, enrolment, outline
):
    third = StaffProfileFactory(
        user__email="third@example.org",
        employee_number="KP-CPU-0044",
        district=cohort.districts.get(),
    ).user
    cohort_enrol(cohort=cohort, learners=[other_learner, third], enrolled_by=facilitator)
    simulation = demo_simulation_import(SIMULATIONS_DIR / "S3.yaml")
    _place_in_day_one(outline, simulation)
    graph = simulation.graph()
    responses = dict(response_time_choices(graph))
    session = cohort.sessions.get(module=outline[0][0])

    staff = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    projector = staff.new_page()
    projector.set_default_timeout(15_000)
    sign_in(projector, facilitator.email, password, facilitator)
    projector.goto(f"/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/")
    projector.get_by_label("Case simulation").select_option(label=simulation.title)
    projector.get_by_role("button", name="Start a live run").click()
    projector.get_by_role("heading", name="Join on your phone").wait_for()
    run = LiveRun.objects.get()
    assert projector.get_by_text(run.code, exact=True).is_visible()
    qr = projector.locator("img.live-join__qr")
    assert qr.evaluate("img => img.decode().then(() => img.naturalWidth)") > 100
    assert axe_violations(projector) == []
    screenshot(projector, "live-projector-join-1280")

    phones, contexts = [], []
    for login in ("KP-CPU-0042", "second@example.org", "third@example.org"):
        context = browser.new_context(base_url=live_server.url, viewport=PHONE)
        phone = context.new_page()
        phone.set_default_timeout(15_000)
        sign_in(phone, login, password)
        phone.goto("/live/")
        phone.get_by_label("The code on the screen").fill(run.code.lower())
        phone.get_by_role("button", name="Join").click()
        phone.get_by_role("heading", name=graph.step(graph.start).title).wait_for()
        phones.append(phone)
        contexts.append(context)
    assert axe_violations(phones[0]) == []
    screenshot(phones[0], "live-phone-situation-360")
    _language(contexts[1], phones[1], live_server, "ur")  # the phone reads right to left
    _reads_right_to_left(phones[1], "live-phone")
    _language(contexts[1], phones[1], live_server, "en")

    state, decisions, detour_done = state_start(graph), 0, False
    for choice in best_choices(graph):
        step = graph.step(state.step)
        if step.kind == StepKind.DECISION:
            decisions += 1
            best = step.options[choice.option].text
            other = next(o.text for i, o in enumerate(step.options) if i != choice.option)
            risk_label = str(RISK_LEVEL_LABELS.get(choice.risk, ""))
            response_label = responses.get(response_value(choice.response_minutes), "")
            if decisions == 2:  # a phone that slept: it comes back to the step the class is at
                phones[2].goto("/")
            for index, phone in enumerate(phones):
                if decisions == 2 and index == 2:
                    phone.goto(f"/live/?code={run.code}")
                if decisions == 1 and index == 2:  # one trainee changes their mind
                    _vote(phone, step, other, risk_label, response_label)
                    phone.get_by_role("radio", name=best, exact=True).check()
                    phone.get_by_role("button", name="Change my vote").click()
                    phone.get_by_text("Your vote is counted.").wait_for()
                    continue
                _vote(phone, step, best, risk_label, response_label)
            projector.get_by_text("3 of 3 trainees have voted").wait_for()
            if decisions == 1:
                screenshot(projector, "live-projector-voting-1280")
                screenshot(phones[0], "live-phone-voted-360")
            projector.get_by_role("button", name="Close the vote").click()
            projector.get_by_text("The class voted (3 votes)").wait_for()
            for phone in phones:
                phone.get_by_text("The vote is closed.").wait_for()
            if not detour_done:  # a wrong option on purpose, to debrief its consequence
                projector.get_by_role("radio", name=other).check()
                projector.get_by_role("button", name="Follow this option").click()
                projector.get_by_text("The class followed").wait_for()
                projector.get_by_role("button", name="Step back").click()
                projector.get_by_text("The class voted (3 votes)").wait_for()
                detour_done = True
                projector.get_by_role("button", name="Pause to discuss").click()
                phones[0].get_by_text("Paused: the class is discussing.").wait_for()
                screenshot(projector, "live-projector-split-1280")
                projector.get_by_role("button", name="Go on").click()
                phones[0].get_by_text("Paused: the class is discussing.").wait_for(state="hidden")
            assert projector.get_by_role("radio", name=best).is_checked()  # the majority's
            projector.get_by_role("button", name="Follow this option").click()
        else:
            projector.get_by_role("button", name="Continue").click()
        state = move_make(graph, state, choice).state
        next_title = graph.step(state.step).title
        projector.get_by_role("heading", name=next_title).wait_for()
        for phone in phones:
            phone.get_by_role("heading", name=next_title).wait_for()

    assert state.ended
    projector.get_by_role("button", name="Finish and show the debrief").click()
    projector.get_by_role("heading", name="Debrief").wait_for()
    assert projector.get_by_role("heading", name="The path the class took").is_visible()
    assert projector.get_by_role("heading", name="Competency points").is_visible()
    assert axe_violations(projector) == []
    screenshot(projector, "live-projector-debrief-1280")

    for phone in phones:
        phone.get_by_role("heading", name="The live class has ended").wait_for()
    phones[0].get_by_role("link", name="See the debrief and your votes").click()
    phones[0].get_by_role("heading", name="Your votes").wait_for()
    assert axe_violations(phones[0]) == []
    screenshot(phones[0], "live-phone-record-360")
    _language(contexts[0], phones[0], live_server, "ur")
    _reads_right_to_left(phones[0], "live-record")

    # Every vote counted, one per trainee per decision; the code no longer opens the run.
    assert LiveVote.objects.filter(step__run=run).count() == 3 * decisions
    phones[1].goto(f"/live/?code={run.code}")
    phones[1].get_by_text("No live class runs with this code.").wait_for()
    for context in contexts:
        context.close()
    staff.close()
