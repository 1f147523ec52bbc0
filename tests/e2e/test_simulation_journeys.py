from courses.cohorts.services import cohort_enrol
from quizzes.simulations.models import SimulationAttempt

from .conftest import axe_violations, screenshot, sign_in


def _play(page, lesson_url, *, first_choice):
    """From the lesson: start the case, read the call, set the risk, and decide."""
    page.goto(lesson_url)
    page.get_by_role("button", name="Start the case").click()
    page.get_by_role("heading", name="A call from a teacher").wait_for()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("radio", name="High").check()
    page.get_by_role("radio", name="within 24 hours").check()
    page.get_by_role("radio", name=first_choice).check()
    page.get_by_role("button", name="Decide").click()


def test_one_trainee_makes_a_critical_error_another_passes_and_the_facilitator_debriefs_both(
    browser,
    live_server,
    page,
    learner,
    other_learner,
    password,
    facilitator,
    cohort,
    enrolment,
    simulation_lesson,
):
    cohort_enrol(cohort=cohort, learners=[other_learner], enrolled_by=facilitator)

    sign_in(page, "KP-CPU-0042", password)
    _play(page, simulation_lesson.url, first_choice="Post her story online to find help")
    page.wait_for_url("**/result/")
    assert page.get_by_text("Not passed: a critical error").is_visible()
    assert page.get_by_text("This exposes the child: never publish a child's case.").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "simulation-critical-result-360")

    context = browser.new_context(base_url=live_server.url)
    second = context.new_page()
    sign_in(second, "second@example.org", password)
    _play(second, simulation_lesson.url, first_choice="Visit the school today and make her safe")
    assert second.get_by_text("Right: high risk needs action within a day.").is_visible()
    assert second.get_by_text("You set the right risk level.").is_visible()
    assert axe_violations(second) == []
    screenshot(second, "simulation-decision-feedback-1280")
    second.get_by_role("radio", name="Explain and ask for her assent").check()
    second.get_by_role("button", name="Decide").click()
    second.wait_for_url("**/result/")
    assert second.get_by_text("Passed", exact=True).is_visible()
    context.close()

    staff = browser.new_context(base_url=live_server.url)
    facilitator_page = staff.new_page()
    sign_in(facilitator_page, facilitator.email, password, facilitator)
    facilitator_page.get_by_role("link", name=learner.full_name).click()
    facilitator_page.get_by_role("heading", name="Their path, step by step").wait_for()
    assert facilitator_page.get_by_text("Post her story online to find help").is_visible()
    facilitator_page.get_by_label("Notes from the debrief").fill("We talked about s.24.")
    facilitator_page.get_by_role("button", name="Record the debrief").click()
    facilitator_page.get_by_text("The debrief is recorded.").wait_for()

    facilitator_page.goto(f"/cohorts/{cohort.pk}/")
    facilitator_page.get_by_role("link", name="Nadia, 10").click()
    assert facilitator_page.get_by_text("2 finished attempts by 2 learners; 1 passed.").is_visible()
    assert axe_violations(facilitator_page) == []
    screenshot(facilitator_page, "simulation-cohort-report-1280")
    facilitator_page.get_by_role("link", name=other_learner.full_name).click()
    assert facilitator_page.get_by_text("Explain and ask for her assent").first.is_visible()
    staff.close()

    critical = SimulationAttempt.objects.get(learner=learner)
    assert critical.critical_error and critical.debriefed_by == facilitator
    assert SimulationAttempt.objects.get(learner=other_learner).passed
