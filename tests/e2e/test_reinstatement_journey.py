"""A learner withdrawn by mistake is reinstated by their facilitator and reads on where they were."""

from courses.cohorts.models import EnrolmentStatus
from courses.cohorts.services import enrolment_withdraw
from courses.progress.services import lesson_complete

from .conftest import DESKTOP, PHONE, axe_violations, screenshot, sign_in


def test_a_facilitator_reinstates_a_learner_who_then_opens_their_lesson_again(
    browser, live_server, password, learner, facilitator, cohort, enrolment, outline
):
    first_lesson = outline[0][1][0]
    lesson_complete(learner=learner, lesson=first_lesson)
    enrolment_withdraw(enrolment=enrolment, reason="Withdrawn by mistake.", by=facilitator)

    def signed_in(user, login, viewport):
        context = browser.new_context(base_url=live_server.url, viewport=viewport)
        page = context.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, login, password, user)
        return context, page

    learner_context, learner_page = signed_in(learner, "KP-CPU-0042", PHONE)
    assert learner_page.goto(first_lesson.url).status != 200

    context, page = signed_in(facilitator, facilitator.email, DESKTOP)
    page.goto(f"/cohorts/{cohort.pk}/")
    withdrawn = page.locator(f"#withdrawn-{enrolment.pk}")
    assert "Withdrawn by mistake." in withdrawn.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "withdrawn-learners-1280")
    withdrawn.get_by_role("link", name=f"Reinstate {learner.full_name}").click()
    page.get_by_role(
        "heading", level=1, name=f"Reinstate {learner.full_name} in Test batch?"
    ).wait_for()
    assert axe_violations(page) == []
    screenshot(page, "reinstate-confirm-1280")
    page.get_by_role("button", name="Reinstate the learner").click()
    page.get_by_text(f"{learner.full_name} is back in Test batch").wait_for()
    assert page.locator(f"#withdrawn-{enrolment.pk}").count() == 0
    assert page.locator(".matrix tbody").get_by_role("link", name=learner.full_name).is_visible()
    screenshot(page, "reinstated-cohort-1280")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE
    context.close()

    # The learner opens the lesson again, their reading as they left it.
    assert learner_page.goto(first_lesson.url).status == 200
    learner_page.get_by_role("heading", level=1, name="Lesson 1.1").wait_for()
    learner_page.goto("/")
    assert (
        learner_page.locator("#course-heading ~ .progress progress").get_attribute("value") == "17"
    )
    learner_context.close()
