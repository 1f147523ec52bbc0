"""Reads of case simulations for the homes and reports."""

from django.db.models import Q

from courses.cohorts.models import Cohort, Enrolment

from .models import SimulationAttempt


def debriefs_due(facilitator, limit: int = 20):
    """Critical errors, and finished attempts with a decision left to the facilitator, by
    learners of the facilitator's cohorts that no one has debriefed yet."""
    learners = Enrolment.objects.filter(cohort__in=Cohort.objects.run_by(facilitator)).values(
        "learner_id"
    )
    return (
        SimulationAttempt.objects.filter(
            Q(critical_error=True) | Q(needs_review=True, finished_at__isnull=False),
            learner_id__in=learners,
            debriefed_at__isnull=True,
        )
        .select_related("learner", "simulation")
        .order_by("finished_at")[:limit]
    )
