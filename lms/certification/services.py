"""Writes of the certificate registry. Every change of state is logged; nothing is deleted.

`certificate_evaluate` is the one function every place that changes evidence calls: it issues
the certificate (or queues it for approval) once every criterion is met, and only once.
"""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from courses.cohorts.models import Cohort, CohortStatus, DueDateSource, Enrolment, EnrolmentStatus
from courses.cohorts.services import cohort_enrol
from courses.content.models import CertificateIssue, CoursePage
from lms.accounts.roles import can_manage_certificates, can_sign_off_competencies
from lms.core.client import client_address
from lms.core.events import standing_changed_announce
from lms.core.permissions import ActionDenied
from lms.organisation.models import StaffProfile

from .codes import certificate_number, code_generate
from .models import (
    Certificate,
    CertificateAction,
    CertificateEvent,
    CertificateSequence,
    CertificateSignatory,
    CertificateState,
    CompetencySignoff,
    CompetencySignoffChange,
)
from .rules import CriterionState, checklist_met, hours_attended
from .selectors import enrolment_checklist

NUMBER_PREFIX = "KP-CPCM"


class CertificateRefused(Exception):
    """The change is not allowed in the certificate's state; the message says why."""


class RegistryDenied(ActionDenied):
    message = gettext_lazy(
        "Only the Commission and administrators change the certificate registry."
    )


class SignoffDenied(ActionDenied):
    message = gettext_lazy("Only the facilitators of the learner's cohort sign off competencies.")


def certificate_evaluate(enrolment: Enrolment) -> Certificate | None:
    """Bring the enrolment's certificate to the state its evidence calls for.

    Once every criterion is met it is issued (or queued for approval), once. A valid certificate
    whose evidence no longer meets them (a regrade, a corrected attendance mark) is suspended by
    the platform, and reinstated when the evidence meets them again; a certificate that a person
    suspended stays so until a person reinstates it.
    """
    certificate = Certificate.objects.filter(enrolment=enrolment).first()
    if certificate is None and enrolment.status == EnrolmentStatus.WITHDRAWN:
        return None
    checklist = enrolment_checklist(enrolment)
    met = checklist_met(checklist)
    if certificate is None:
        return certificate_issue(enrolment=enrolment) if met else None
    if certificate.state == CertificateState.VALID and not met:
        unmet = "; ".join(
            criterion.label for criterion in checklist if criterion.state != CriterionState.MET
        )
        reason = _("Its evidence no longer meets the criteria: %(unmet)s.") % {"unmet": unmet}
        with transaction.atomic():
            return _withdraw(
                certificate,
                None,
                reason,
                CertificateState.SUSPENDED,
                CertificateAction.SUSPENDED,
                [CertificateState.VALID],
                None,
                by_platform=True,
            )
    if (
        certificate.state == CertificateState.SUSPENDED
        and met
        and _suspended_by_platform(certificate)
    ):
        with transaction.atomic():
            return _reinstate(
                certificate,
                None,
                _("Its evidence meets the criteria again."),
                None,
                by_platform=True,
            )
    return certificate


def _suspended_by_platform(certificate: Certificate) -> bool:
    last = certificate.events.filter(action=CertificateAction.SUSPENDED).order_by("-at", "-pk")
    return last.values_list("actor_id", flat=True).first() is None


def certificates_evaluate_for(*, learner_id: int, course_id: int | None = None) -> None:
    """After a learner's evidence changed: evaluate each of their enrolments (in that course)."""
    enrolments = Enrolment.objects.filter(learner_id=learner_id).select_related("course", "cohort")
    if course_id is not None:
        enrolments = enrolments.filter(course_id=course_id)
    for enrolment in enrolments:
        certificate_evaluate(enrolment)


def evidence_changed_receive(sender, *, learner_id, course_id=None, **kwargs) -> None:
    certificates_evaluate_for(learner_id=learner_id, course_id=course_id)


def certificate_issue(*, enrolment: Enrolment, issued_on: datetime.date | None = None, by=None):
    """Snapshot the enrolment into a certificate: valid at once, or awaiting approval.

    Only the system issues, once the evidence is complete (`certificate_evaluate`), and the demo
    data: no one's role is checked, and `by` (None for the system) is only logged."""
    with transaction.atomic():
        # Whoever locks the enrolment first issues; a concurrent call then finds it done.
        Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        existing = Certificate.objects.filter(enrolment=enrolment).first()
        if existing:
            return existing
        course = enrolment.course.specific
        certificate = Certificate(
            code=code_generate(),
            learner=enrolment.learner,
            enrolment=enrolment,
            course=course,
            state=CertificateState.PENDING,
            **_snapshot(enrolment, course),
        )
        if course.certificate_issue == CertificateIssue.APPROVAL and issued_on is None:
            certificate.save()
            _log(certificate, CertificateAction.REQUESTED, by)
        else:
            _make_valid(
                certificate, issued_on or timezone.localdate(), by, CertificateAction.ISSUED
            )
        return certificate


def _snapshot(enrolment: Enrolment, course) -> dict:
    profile = StaffProfile.objects.select_related("district").filter(user=enrolment.learner).first()
    signoff = (
        CompetencySignoff.objects.filter(enrolment=enrolment)
        .select_related("signed_by")
        .order_by("-signed_at")
        .first()
    )
    signer = signoff.signed_by if signoff else enrolment.cohort.facilitators.first()
    sessions = enrolment.cohort.sessions.aggregate(
        first=Min("date"), last=Max("date"), planned=Count("pk")
    )
    attended = Enrolment.objects.with_attendance().get(pk=enrolment.pk).attended_days
    signatory = CertificateSignatory.load()
    return {
        "full_name": enrolment.learner.full_name,
        "full_name_ur": profile.full_name_ur if profile else "",
        "designation": profile.get_designation_display() if profile else "",
        "district": profile.district.name if profile and profile.district else "",
        "employee_number": profile.employee_number if profile else "",
        "course_title": course.title,
        "course_title_translations": {
            page.locale.language_code: page.title
            for page in course.get_translations().live().select_related("locale")
            if page.title != course.title
        },
        "course_code": course.code,
        "course_version": enrolment.course_version,
        "hours_attended": hours_attended(
            course_hours=course.estimated_hours,
            days_planned=sessions["planned"],
            days_attended=attended,
        ),
        "training_first_day": sessions["first"],
        "training_last_day": sessions["last"],
        "venue": enrolment.cohort.venue,
        "signed_off_by": signer,
        "signed_off_by_name": signer.full_name if signer else "",
        "signatory_name": signatory.name,
        "signatory_title": signatory.title,
        "refresher_due": course.refresher_course_id is not None,
    }


def _make_valid(certificate, issued_on, by, action, request=None) -> None:
    """Number and date the certificate, supersede the one the learner held, and log it."""
    course = certificate.course.specific
    held = (
        Certificate.objects.select_for_update()
        .filter(
            learner=certificate.learner,
            state__in=[CertificateState.VALID, CertificateState.SUSPENDED],
            course__in=[course, *course.__class__.objects.filter(refresher_course=course)],
        )
        .exclude(pk=certificate.pk)
        .first()
    )
    if held:
        held.state = CertificateState.SUPERSEDED
        held.state_changed_at = timezone.now()
        held.save(update_fields=["state", "state_changed_at", "updated_at"])
    certificate.state = CertificateState.VALID
    certificate.issued_on = issued_on
    certificate.expires_on = _months_later(issued_on, course.certificate_validity_months)
    certificate.number = certificate_number(
        NUMBER_PREFIX, issued_on.year, _next_number(issued_on.year)
    )
    certificate.supersedes = held
    if action == CertificateAction.APPROVED:
        certificate.approved_by = by
    certificate.save()
    _log(certificate, action, by, request)
    if held:
        _log(held, CertificateAction.SUPERSEDED, by, request, detail=certificate.number)


def _next_number(year: int) -> int:
    try:
        with transaction.atomic():
            CertificateSequence.objects.get_or_create(year=year)
    except IntegrityError:  # created by a concurrent issue
        pass
    sequence = CertificateSequence.objects.select_for_update().get(year=year)
    sequence.last += 1
    sequence.save(update_fields=["last"])
    return sequence.last


def _months_later(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _log(certificate, action, actor=None, request=None, detail: str = "") -> CertificateEvent:
    if action not in (CertificateAction.DOWNLOADED, CertificateAction.VERIFIED):
        standing_changed_announce(learner_id=certificate.learner_id)
    return CertificateEvent.objects.create(
        certificate=certificate,
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        ip_address=(client_address(request) or None) if request else None,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255] if request else "",
        detail=detail,
    )


def _locked(certificate, by, *, by_platform=False) -> Certificate:
    """The certificate, locked for a change by `by`, who must keep the registry; or by the
    platform itself (`by_platform`) when it follows the evidence (certificate_evaluate)."""
    if not by_platform:
        RegistryDenied.unless(can_manage_certificates(by))
    return Certificate.objects.select_for_update().get(pk=certificate.pk)


@transaction.atomic
def certificate_approve(*, certificate: Certificate, by, request=None) -> Certificate:
    certificate = _locked(certificate, by)
    if certificate.state != CertificateState.PENDING:
        raise CertificateRefused(_("This certificate is not awaiting approval."))
    _make_valid(certificate, timezone.localdate(), by, CertificateAction.APPROVED, request)
    return certificate


def _withdraw(
    certificate, by, reason, state, action, allowed_from, request, *, by_platform=False
) -> Certificate:
    certificate = _locked(certificate, by, by_platform=by_platform)
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Give the reason: it is kept with the certificate."))
    if certificate.state not in allowed_from:
        raise CertificateRefused(
            _("A certificate that is %(state)s cannot be changed this way.")
            % {"state": certificate.get_state_display().lower()}
        )
    certificate.state = state
    certificate.state_reason = reason
    certificate.state_changed_at = timezone.now()
    certificate.save(update_fields=["state", "state_reason", "state_changed_at", "updated_at"])
    _log(certificate, action, by, request, detail=reason)
    return certificate


# A revocation is permanent: a revoked (or superseded) certificate is never revoked again.
REVOCABLE_STATES = [CertificateState.VALID, CertificateState.SUSPENDED, CertificateState.PENDING]


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str, request=None) -> Certificate:
    return _withdraw(
        certificate,
        by,
        reason,
        CertificateState.REVOKED,
        CertificateAction.REVOKED,
        REVOCABLE_STATES,
        request,
    )


@transaction.atomic
def certificate_suspend(*, certificate: Certificate, by, reason: str, request=None) -> Certificate:
    return _withdraw(
        certificate,
        by,
        reason,
        CertificateState.SUSPENDED,
        CertificateAction.SUSPENDED,
        [CertificateState.VALID],
        request,
    )


@transaction.atomic
def certificate_reinstate(
    *, certificate: Certificate, by, reason: str, request=None
) -> Certificate:
    return _reinstate(certificate, by, reason, request)


def _reinstate(certificate, by, reason, request, *, by_platform=False) -> Certificate:
    certificate = _locked(certificate, by, by_platform=by_platform)
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Give the reason: it is kept with the certificate."))
    if certificate.state != CertificateState.SUSPENDED:
        raise CertificateRefused(_("Only a suspended certificate can be reinstated."))
    certificate.state = CertificateState.VALID
    certificate.state_reason = ""
    certificate.state_changed_at = timezone.now()
    certificate.save(update_fields=["state", "state_reason", "state_changed_at", "updated_at"])
    _log(certificate, CertificateAction.REINSTATED, by, request, detail=reason)
    return certificate


def certificate_downloaded(*, certificate: Certificate, by, request) -> None:
    _log(certificate, CertificateAction.DOWNLOADED, by, request)


def certificate_verified(*, certificate: Certificate, request, detail: str = "") -> None:
    _log(certificate, CertificateAction.VERIFIED, request.user, request, detail)


@transaction.atomic
def competency_signoff_set(*, enrolment: Enrolment, competency, by, signed: bool, note=""):
    """A facilitator signs off (or withdraws, before a certificate exists) one competency.

    `by` must facilitate the enrolment's cohort (SignoffDenied otherwise)."""
    SignoffDenied.unless(can_sign_off_competencies(by, enrolment.cohort))
    if signed:
        _signoff, changed = CompetencySignoff.objects.get_or_create(
            enrolment=enrolment, competency=competency, defaults={"signed_by": by, "note": note}
        )
    elif Certificate.objects.filter(enrolment=enrolment).exists():
        raise CertificateRefused(_("The certificate is issued: its sign-offs stand."))
    else:
        changed, _deleted = CompetencySignoff.objects.filter(
            enrolment=enrolment, competency=competency
        ).delete()
    if changed:  # a double click signs off (or withdraws) once, and is logged once
        CompetencySignoffChange.objects.create(
            enrolment=enrolment, competency=competency, signed=signed, by=by
        )
    return certificate_evaluate(enrolment)


@dataclass
class RefresherReport:
    enrolled: list = field(default_factory=list)  # enrolments made
    no_cohort: list = field(default_factory=list)  # certificates whose holder found no cohort


def refreshers_enrol(today: datetime.date | None = None) -> RefresherReport:
    """Before a certificate expires, enrol its holder in the course's refresher: the next
    planned or running cohort of it that serves their district (run daily, by the system: the
    enrolments are made by no one)."""

    today = today or timezone.localdate()
    report = RefresherReport()
    courses = CoursePage.objects.filter(refresher_course__isnull=False, locale=Locale.get_default())
    for course in courses.select_related("refresher_course"):
        refresher = course.refresher_course
        expiring = Certificate.objects.filter(course=course).expiring_within(
            course.refresher_notice_days, today
        )
        already = Enrolment.objects.filter(course=refresher).exclude(
            status=EnrolmentStatus.WITHDRAWN
        )
        for certificate in expiring.exclude(learner__in=already.values("learner")).select_related(
            "learner__staff_profile"
        ):
            profile = getattr(certificate.learner, "staff_profile", None)
            cohort = (
                Cohort.objects.filter(
                    course=refresher,
                    status__in=[CohortStatus.PLANNED, CohortStatus.RUNNING],
                    districts=profile.district_id if profile else None,
                )
                .order_by("pk")
                .first()
            )
            enrolled = (
                cohort_enrol(
                    cohort=cohort, learners=[certificate.learner], enrolled_by=None
                ).enrolled
                if cohort
                else []
            )
            if not enrolled:
                report.no_cohort.append(certificate)
                continue
            Enrolment.objects.filter(pk=enrolled[0].pk).update(
                due_date=certificate.expires_on,
                due_date_source=DueDateSource.RENEWAL,
                updated_at=timezone.now(),
            )
            report.enrolled.extend(enrolled)
    return report
