"""Every key page, as each role sees it, in English and Urdu, on a 360 px phone and a desktop,
checked by axe-core (colour contrast included): no serious or critical violation anywhere. The
attendance, marking and certificate pages are also saved as screenshots for review."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from courses.cohorts.services import attendance_mark
from lms.certification.models import Certificate
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit

from .conftest import DESKTOP, PHONE, axe_violations, screenshot, sign_in, switch_language

LANGUAGES = (("en", None), ("ur", "اردو"))

# The pages a reviewer looks at in screenshots, by the name each is listed under below.
REVIEWED = {"attendance", "marking", "certificate"}


@dataclass
class World:
    """A cohort whose learner holds a certificate, came late on a completed day, has an essay
    awaiting marking and a timed quiz open in its last minutes (every state colour shows)."""

    enrolment: object
    certificate: Certificate
    open_attempt: object
    essay_answer: object
    lesson: object

    def pages(self, role: str) -> dict[str, str]:
        cohort = self.enrolment.cohort
        cohort_pages = {
            "cohort": f"/cohorts/{cohort.pk}/",
            "learner": f"/cohorts/{cohort.pk}/learners/{self.enrolment.pk}/",
        }
        return {
            "learner": {
                "home": "/",
                "lesson": self.lesson.url,
                "quiz attempt": f"/quizzes/attempts/{self.open_attempt.pk}/",
                "quiz result": f"/quizzes/attempts/{self.essay_answer.attempt_id}/result/",
                "certificate": "/certificates/",
            },
            "facilitator": {
                "home": "/",
                **cohort_pages,
                "attendance": (
                    f"/cohorts/{cohort.pk}/sessions/{cohort.sessions.first().pk}/attendance/"
                ),
                "marking queue": "/quizzes/marking/",
                "marking": f"/quizzes/marking/{self.essay_answer.pk}/",
                "sign-off": f"/certificates/enrolments/{self.enrolment.pk}/",
            },
            "commission_officer": {
                "home": "/",
                **cohort_pages,
                "registry": "/certificates/registry/",
                "registry entry": f"/certificates/registry/{self.certificate.pk}/",
            },
            "anonymous": {
                "sign in": "/accounts/login/",
                "verify": "/verify/",
                "verify result": f"/verify/{self.certificate.code}/",
            },
        }[role]


@pytest.fixture
def world(earning, quiz, outline, facilitator):
    earning.everything()
    attendance_mark(
        session=earning.enrolment.cohort.sessions.order_by("date").first(),
        enrolment=earning.enrolment,
        status="late",
        marked_by=facilitator,
    )
    lesson = outline[1][1][0]
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()
    learner = earning.learner
    marked = attempt_start(quiz=quiz, learner=learner)
    essay = marked.questions.get(snapshot__text="Write a safety plan.")
    answer_save(attempt=marked, position=essay.position, answer="Refer today.", learner=learner)
    attempt_submit(attempt=marked, by=learner)
    ending = attempt_start(quiz=quiz, learner=learner)
    QuizAttempt.objects.filter(pk=ending.pk).update(
        deadline=timezone.now() + datetime.timedelta(minutes=4)
    )
    return World(
        enrolment=earning.enrolment,
        certificate=Certificate.objects.get(),
        open_attempt=ending,
        essay_answer=essay,
        lesson=lesson,
    )


@pytest.mark.parametrize("role", ["learner", "facilitator", "commission_officer", "anonymous"])
def test_every_key_page_passes_axe_at_both_widths_in_english_and_urdu(
    page, request, password, world, role
):
    if role != "anonymous":
        user = request.getfixturevalue(role)
        sign_in(page, user.email, password, user)
    violations = {}
    for language, name in LANGUAGES:
        if name:
            switch_language(page, name, language)
        for title, url in world.pages(role).items():
            page.set_viewport_size(PHONE)
            page.goto(url)
            assert page.get_attribute("html", "lang") == language
            if title in REVIEWED:
                screenshot(page, f"review/{title}-{language}-360")
            for width in (PHONE, DESKTOP):
                page.set_viewport_size(width)
                found = axe_violations(page)
                if found:
                    violations[f"{title} ({url}) {language} {width['width']}px"] = found
    assert violations == {}
