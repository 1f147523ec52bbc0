"""A course whose certificate needs everything: attendance, every day, a post-test, a case
simulation and a facilitator's sign-off; and a learner who can earn it step by step."""

import datetime

import pytest
from django.utils import timezone

from courses.cohorts.services import attendance_mark
from courses.progress.services import lesson_complete
from lms.certification.services import competency_signoff_set
from quizzes.attempts.models import Quiz, QuizPurpose, QuizQuestion
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from quizzes.simulations import services as simulation_services
from quizzes.simulations.models import Competency
from quizzes.simulations.rules import Choice


class Earning:
    """The learner's way to the certificate, one kind of evidence at a time. Each step commits,
    as a request would, so certification hears of the evidence (lms.core.events)."""

    def __init__(self, *, enrolment, outline, post_test, simulation, facilitator, committed):
        self.committed = committed
        self.enrolment = enrolment
        self.learner = enrolment.learner
        self.outline = outline
        self.post_test = post_test
        self.simulation = simulation
        self.facilitator = facilitator

    def attend_every_day(self):
        with self.committed(execute=True):
            for session in self.enrolment.cohort.sessions.all():
                attendance_mark(
                    session=session,
                    enrolment=self.enrolment,
                    status="present",
                    marked_by=self.facilitator,
                )

    def pass_the_simulation(self):
        with self.committed(execute=True):
            attempt = simulation_services.simulation_start(
                simulation=self.simulation, learner=self.learner
            )
            for option, risk, response in ((0, "", None), (0, "high", 1440), (0, "", None)):
                attempt.refresh_from_db()
                simulation_services.simulation_choose(
                    attempt_id=attempt.pk,
                    learner=self.learner,
                    step_key=attempt.state.step,
                    sequence=attempt.moves_made + 1,
                    choice=Choice(option=option, risk=risk, response_minutes=response),
                )

    def pass_the_post_test(self):
        with self.committed(execute=True):
            attempt = attempt_start(quiz=self.post_test, learner=self.learner)
            row = attempt.questions.get()
            right = next(o["id"] for o in row.snapshot["options"] if o["text"] == "1121")
            answer_save(attempt=attempt, position=row.position, answer=right, learner=self.learner)
            attempt_submit(attempt=attempt, by=self.learner)

    def complete_every_lesson(self):
        with self.committed(execute=True):
            for _day, lessons in self.outline:
                for lesson in lessons:
                    lesson_complete(learner=self.learner, lesson=lesson)

    def get_signed_off(self):
        with self.committed(execute=True):
            competency_signoff_set(
                enrolment=self.enrolment,
                competency=Competency.objects.get(code="safety"),
                by=self.facilitator,
                signed=True,
            )

    def everything(self):
        self.attend_every_day()
        self.pass_the_simulation()
        self.pass_the_post_test()
        self.complete_every_lesson()
        self.get_signed_off()


@pytest.fixture
def certifiable_course(course, outline, simulation_lesson, bank):
    """The small course, with a post-test in day 3 and the simulation in day 1."""
    post_test = Quiz.objects.create(
        title="Post-test", purpose=QuizPurpose.POST_TEST, pass_percent=70
    )
    QuizQuestion.objects.create(quiz=post_test, question=bank["single"])
    last_lesson = outline[-1][1][-1]
    last_lesson.body.append(("quiz", {"quiz": post_test, "required_to_complete": False}))
    last_lesson.save_revision().publish()
    course.signoff_competencies.set([Competency.objects.get(code="safety")])
    course.save_revision().publish()
    course.refresh_from_db()
    return post_test


@pytest.fixture
def earning(
    certifiable_course,
    enrolment,
    outline,
    simulation,
    facilitator,
    django_capture_on_commit_callbacks,
):
    """Every session day already held, so attendance can be complete."""
    today = timezone.localdate()
    for offset, session in enumerate(enrolment.cohort.sessions.order_by("date")):
        session.date = today - datetime.timedelta(days=3 - offset)
        session.save()
    return Earning(
        enrolment=enrolment,
        outline=outline,
        post_test=certifiable_course,
        simulation=simulation,
        facilitator=facilitator,
        committed=django_capture_on_commit_callbacks,
    )
