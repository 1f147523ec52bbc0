"""Reads for certification: the evidence of one enrolment, gathered from every part of the
platform that holds some of it."""

from courses.cohorts.models import Enrolment
from courses.content.selectors import course_activities
from courses.progress.selectors import learner_course_progress
from quizzes.attempts.models import QuizPurpose
from quizzes.attempts.services import learner_quiz_grade
from quizzes.simulations.models import SimulationAttempt

from .models import CompetencySignoff
from .rules import Evidence, SignoffEvidence, SimulationEvidence, certificate_checklist


def enrolment_evidence(enrolment: Enrolment) -> Evidence:
    course = enrolment.course.specific
    learner = enrolment.learner
    counted = Enrolment.objects.with_attendance().get(pk=enrolment.pk)
    progress = learner_course_progress(
        learner=learner, course=course, enrolment=enrolment, locks_apply=False
    )
    activities = course_activities(course)
    post_test = next(
        (quiz for quiz in activities.quizzes if quiz.purpose == QuizPurpose.POST_TEST), None
    )
    grade = learner_quiz_grade(quiz=post_test, learner=learner) if post_test else None
    attempts = {
        row["simulation_id"]: row["passed"]
        for row in SimulationAttempt.objects.filter(
            learner=learner, simulation__in=activities.simulations, finished_at__isnull=False
        )
        .order_by("passed")
        .values("simulation_id", "passed")
    }
    signed = {
        signoff.competency_id: signoff.signed_by.full_name
        for signoff in CompetencySignoff.objects.filter(enrolment=enrolment).select_related(
            "signed_by"
        )
    }
    return Evidence(
        min_attendance=course.min_attendance_percent,
        sessions_planned=enrolment.cohort.sessions.count(),
        sessions_held=counted.held_days,
        sessions_attended=counted.attended_days,
        requires_every_day=course.certificate_requires_every_day,
        days_total=len(progress.days),
        days_completed=sum(1 for row in progress.days if row.state.is_complete),
        pass_mark=course.pass_mark_percent,
        post_test_exists=post_test is not None,
        post_test_percent=grade.percent if grade else None,
        post_test_awaiting_marking=bool(grade and grade.awaiting_marking and grade.percent is None),
        requires_simulations=course.certificate_requires_simulations,
        simulations=tuple(
            SimulationEvidence(
                title=simulation.title,
                passed=attempts.get(simulation.pk, False),
                attempted=simulation.pk in attempts,
            )
            for simulation in activities.simulations
        ),
        signoffs=tuple(
            SignoffEvidence(
                competency=competency.localized_name, signed_by=signed.get(competency.pk, "")
            )
            for competency in course.signoff_competencies.all()
        ),
    )


def enrolment_checklist(enrolment: Enrolment):
    return certificate_checklist(enrolment_evidence(enrolment))
