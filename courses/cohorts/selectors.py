"""Reads for the people who run cohorts."""

from lms.accounts.roles import CROSS_DISTRICT_ROLES

from .models import Cohort, Enrolment


def learner_visible_to(viewer, learner_id: int) -> bool:
    """A learner's own results are theirs; their facilitators and the Commission see them too."""

    if not viewer.is_authenticated:
        return False
    if viewer.pk == learner_id or viewer.role in CROSS_DISTRICT_ROLES:
        return True
    return Enrolment.objects.filter(
        learner_id=learner_id, cohort__in=Cohort.objects.run_by(viewer)
    ).exists()
