"""Reads of case simulations for the homes and reports."""

from courses.cohorts.models import Cohort, Enrolment

from .models import SimulationAttempt


def debriefs_due(facilitator, limit: int = 20):
    """Critical errors by learners of the facilitator's cohorts that no one has debriefed yet."""
    learners = Enrolment.objects.filter(cohort__in=Cohort.objects.run_by(facilitator)).values(
        "learner_id"
    )
    return (
        SimulationAttempt.objects.filter(
            learner_id__in=learners, critical_error=True, debriefed_at__isnull=True
        )
        .select_related("learner", "simulation")
        .order_by("finished_at")[:limit]
    )
