"""Who may see which people, cohorts and enrolments: the one place these rules are decided.

- A person sees their own record and enrolments.
- A facilitator also sees the cohorts they run, every enrolment of those cohorts except
  withdrawn ones, and the learners of those enrolments (active or completed).
  An enrolment is seen through its own cohort: running another cohort of the same learner
  does not show it.
- A district's focal person (District.focal_person) also sees the district's staff, their
  records and compliance status; nothing more of other districts.
- Commission officers and administrators see everyone and everything.
- Only staff (facilitators, the Commission, administrators) open staff pages; a learner gets 403.

This module sits in the ground layer, so it names the course apps' relations only as lookups
(``enrolments__cohort__facilitators``) and never imports them: callers pass the queryset in.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from .roles import CMS_ROLES, CROSS_DISTRICT_ROLES

# Enrolment statuses through which a facilitator sees a learner (not "withdrawn").
SEEN_ENROLMENT_STATUSES = ("active", "completed")

_NOTHING = Q(pk__in=[])


def sees_everyone(viewer) -> bool:
    """The Commission and administrators read every district's people and cohorts."""
    return viewer.is_authenticated and viewer.role in CROSS_DISTRICT_ROLES


def is_staff_reader(viewer) -> bool:
    """Facilitators, the Commission and administrators open staff pages (cohorts, reports)."""
    return viewer.is_authenticated and viewer.role in CMS_ROLES


def learners_visible_q(viewer, prefix: str = "") -> Q:
    """The other people whose records the viewer may read: their cohorts' learners and the
    staff of the districts they are the focal person of, or everyone.

    ``prefix`` is the lookup from the filtered model to the user, e.g. ``"attempt__learner__"``.
    """
    if not viewer.is_authenticated:
        return _NOTHING
    if sees_everyone(viewer):
        return Q()
    learners = get_user_model().objects.filter(
        Q(
            enrolments__cohort__facilitators=viewer,
            enrolments__status__in=SEEN_ENROLMENT_STATUSES,
        )
        | Q(staff_profile__district__focal_person=viewer)
    )
    return Q(**{f"{prefix}pk__in": learners.values("pk")})


def users_visible_q(viewer, prefix: str = "") -> Q:
    """The people the viewer may read: themselves and ``learners_visible_q``."""
    if not viewer.is_authenticated:
        return _NOTHING
    if sees_everyone(viewer):
        return Q()  # not "self | Q()": Django drops an empty Q from an OR, keeping only self
    return Q(**{f"{prefix}pk": viewer.pk}) | learners_visible_q(viewer, prefix)


def staff_visible_q(viewer) -> Q:
    """The staff profiles the viewer may read."""
    return users_visible_q(viewer, prefix="user__")


def cohorts_visible_q(viewer) -> Q:
    """The cohorts the viewer may read: those they run, or every one."""
    if not viewer.is_authenticated:
        return _NOTHING
    if sees_everyone(viewer):
        return Q()
    return Q(facilitators=viewer)


def may_see_enrolment(viewer, enrolment) -> bool:
    """Whether the viewer may read this enrolment: their own, or one of a cohort they run."""
    if not viewer.is_authenticated:
        return False
    if enrolment.learner_id == viewer.pk or sees_everyone(viewer):
        return True
    return (
        enrolment.status in SEEN_ENROLMENT_STATUSES
        and enrolment.cohort.facilitators.filter(pk=viewer.pk).exists()
    )


def may_see_person(viewer, person_id: int) -> bool:
    """Whether the viewer may read this person's record and results."""
    return get_user_model().objects.filter(users_visible_q(viewer), pk=person_id).exists()
