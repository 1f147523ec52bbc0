"""The four roles of Tahaffuz and what each may do: the one place these rules are decided.

Who may see which people, cohorts and enrolments is decided beside it, in visibility.py.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    FACILITATOR = "facilitator", _("Facilitator")
    COMMISSION = "commission", _("Commission officer")
    ADMINISTRATOR = "administrator", _("Administrator")


# Roles that reach staff pages (CMS, cohorts, reports) and so must sign in with a second factor.
MFA_REQUIRED_ROLES = frozenset({Role.FACILITATOR, Role.COMMISSION, Role.ADMINISTRATOR})

# Roles that open the Wagtail CMS; each has a Django group of the same name carrying its
# Wagtail permissions (administrators are superusers and need no group).
CMS_ROLES = frozenset({Role.FACILITATOR, Role.COMMISSION, Role.ADMINISTRATOR})

# Roles that read staff records across every district.
CROSS_DISTRICT_ROLES = frozenset({Role.COMMISSION, Role.ADMINISTRATOR})


def role_group_name(role: Role) -> str:
    return str(Role(role).label)


def requires_mfa(user) -> bool:
    return user.is_authenticated and user.role in MFA_REQUIRED_ROLES


def can_manage_staff(user) -> bool:
    """Import staff lists and add people: administrators only."""
    return user.is_authenticated and user.role == Role.ADMINISTRATOR


def can_manage_api_keys(user) -> bool:
    """Issue and revoke the keys other systems read the API with: administrators only."""
    return user.is_authenticated and user.role == Role.ADMINISTRATOR


def can_open_admin_area(user, path: str) -> bool:
    """The Wagtail CMS (/admin/) needs its access permission; Django's admin, an administrator."""
    if path.startswith("/admin/"):
        return user.has_perm("wagtailadmin.access_admin")
    if path.startswith("/django-admin/"):
        return user.is_staff
    return True


# Django permissions each CMS role's group carries ("app_label.codename").
# Facilitators write the question bank, the quizzes (and regrade after a correction) and the
# case simulations, which they publish, and upload H5P content; the Commission keeps the
# competencies and response times.
_ASSESSMENT_AUTHORING = [
    f"{app}.{action}_{model}"
    for app, model in (
        ("bank", "question"),
        ("bank", "questioncategory"),
        ("attempts", "quiz"),
        ("simulations", "simulation"),
        ("h5p", "h5pcontent"),
    )
    for action in ("add", "change", "view")
] + ["simulations.publish_simulation"]
ROLE_PERMISSIONS = {
    Role.FACILITATOR: ["wagtailadmin.access_admin", *_ASSESSMENT_AUTHORING],
    Role.COMMISSION: [
        "wagtailadmin.access_admin",
        "organisation.view_staffprofile",
        "organisation.view_district",
        "organisation.change_district",
        "organisation.add_division",
        "organisation.change_division",
        "organisation.view_division",
        "cohorts.add_cohort",
        "cohorts.change_cohort",
        "cohorts.view_cohort",
        "simulations.add_competency",
        "simulations.change_competency",
        "simulations.view_competency",
        "simulations.change_riskresponsetimes",
        "simulations.view_simulation",
    ],
}


def can_manage_h5p_libraries(user) -> bool:
    """Install new H5P libraries, or newer patches of installed ones, which every package then
    uses: administrators only. Other authors upload content whose libraries are installed (as
    Moodle lets only managers install libraries)."""
    return user is not None and user.is_authenticated and user.role == Role.ADMINISTRATOR


def reads_every_course(user) -> bool:
    """Facilitators, the Commission and administrators read any course without enrolling."""
    return user.is_authenticated and user.role in CMS_ROLES


def can_manage_certificates(user) -> bool:
    """The Commission and administrators keep the certificate registry: approve, revoke, check."""
    return user.is_authenticated and user.role in CROSS_DISTRICT_ROLES


# --- Who may change others' data. Each service that does calls one of these before writing and
# raises a subclass of lms.core.permissions.ActionDenied when it answers no.


def _is_staff(user) -> bool:
    return user is not None and user.is_authenticated and user.role in CMS_ROLES


def can_run_cohort(user, cohort) -> bool:
    """Enrol learners in a cohort and mark their attendance: its facilitators, the Commission
    and administrators."""
    if not _is_staff(user):
        return False
    return user.role in CROSS_DISTRICT_ROLES or cohort.facilitators.filter(pk=user.pk).exists()


def can_teach_learner(user, learner_cohorts) -> bool:
    """Mark a learner's answers, debrief their case simulations and grant them more attempts or
    time: the facilitators of a cohort the learner is in (`learner_cohorts`), the Commission and
    administrators."""
    if not _is_staff(user):
        return False
    return user.role in CROSS_DISTRICT_ROLES or any(
        cohort.facilitators.filter(pk=user.pk).exists() for cohort in learner_cohorts
    )


def can_regrade(user) -> bool:
    """Grade every answer to a corrected question again: those who may correct questions."""
    return _is_staff(user) and user.has_perm("bank.change_question")


def can_sign_off_competencies(user, cohort) -> bool:
    """Sign off a learner's competencies: the facilitators of their cohort, who saw them work."""
    return _is_staff(user) and cohort.facilitators.filter(pk=user.pk).exists()


def can_join_live_class(user, cohort) -> bool:
    """Vote in a cohort's live class from a phone: the cohort's learners, unless withdrawn."""
    return (
        user is not None
        and user.is_authenticated
        and cohort.enrolments.filter(learner=user).exclude(status="withdrawn").exists()
    )
