"""Writes of the compliance status (see models.StaffStatus): the status of one member of staff
is recomputed from their evidence by `rules.status_decide` and written here, and nowhere else."""

import datetime

from django.db import transaction
from django.utils import timezone

from courses.cohorts.models import Enrolment, EnrolmentStatus
from lms.certification.models import Certificate, CertificateState
from lms.certification.selectors import enrolment_evidence
from lms.organisation.models import StaffProfile

from .models import StaffStatus
from .rules import StatusEvidence, status_decide


def staff_status_refresh(staff: StaffProfile, today: datetime.date | None = None) -> StaffStatus:
    """Recompute and store the status of one member of staff; a status unchanged is not
    written (so `updated_at` says when it last changed)."""
    today = today or timezone.localdate()
    enrolment = (
        Enrolment.objects.filter(learner_id=staff.user_id)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("course", "cohort", "learner")
        .order_by("-enrolled_at", "-pk")
        .first()
    )
    certificate = (
        Certificate.objects.filter(learner_id=staff.user_id, issued_on__isnull=False)
        .exclude(state=CertificateState.SUPERSEDED)
        .order_by("-issued_on", "-pk")
        .first()
    )
    due_date = enrolment.due_date if enrolment else staff.course_due_date
    values = {
        "district_id": staff.district_id,
        "designation": staff.designation,
        "date_of_joining": staff.date_of_joining,
        "enrolment": enrolment,
        "cohort_id": enrolment.cohort_id if enrolment else None,
        "course_id": enrolment.course_id if enrolment else None,
        "sessions_attended": 0,
        "sessions_held": 0,
        "post_test_percent": None,
        "post_test_passed": None,
        "certificate": certificate,
        "certificate_state": certificate.state if certificate else "",
        "certified_on": certificate.issued_on if certificate else None,
        "expires_on": certificate.expires_on if certificate else None,
    }
    if enrolment:
        evidence = enrolment_evidence(enrolment)
        values["sessions_attended"] = evidence.sessions_attended
        values["sessions_held"] = evidence.sessions_held
        if evidence.post_test_percent is not None:
            values["post_test_percent"] = round(evidence.post_test_percent, 2)
            values["post_test_passed"] = evidence.post_test_percent >= evidence.pass_mark
    decision = status_decide(
        StatusEvidence(
            due_date=due_date,
            enrolled=enrolment is not None,
            certificate_held=bool(certificate and certificate.state == CertificateState.VALID),
            certificate_withdrawn=bool(
                certificate
                and certificate.state in (CertificateState.REVOKED, CertificateState.SUSPENDED)
            ),
            certificate_expires_on=certificate.expires_on if certificate else None,
        ),
        today,
    )
    values.update(
        state=decision.state,
        due_date=due_date,
        recheck_on=decision.recheck_on,
    )
    with transaction.atomic():
        status = StaffStatus.objects.select_for_update().filter(staff=staff).first()
        if status is None:
            return StaffStatus.objects.create(staff=staff, **values)
        changed = [
            name for name, value in values.items() if _stored(status, name) != _comparable(value)
        ]
        if changed:
            for name in changed:
                setattr(status, name, values[name])
            status.updated_at = timezone.now()
            status.save(update_fields=[*changed, "updated_at"])
    return status


def _stored(status: StaffStatus, name: str):
    if name in ("enrolment", "certificate"):
        return getattr(status, f"{name}_id")
    return getattr(status, name)


def _comparable(value):
    return value.pk if hasattr(value, "pk") else value


def staff_statuses_refresh(staff_profiles, today: datetime.date | None = None) -> int:
    """Refresh each of these staff profiles' status; returns how many were refreshed."""
    count = 0
    for staff in staff_profiles.select_related("user").iterator(chunk_size=500):
        staff_status_refresh(staff, today)
        count += 1
    return count


def staff_statuses_refresh_due(today: datetime.date | None = None) -> int:
    """The nightly run: refresh the statuses whose date has come (a due date or an expiry
    passed) and create those missing. Running it again the same day finds nothing to do."""
    today = today or timezone.localdate()
    due = StaffProfile.objects.filter(compliance_status__recheck_on__lte=today)
    missing = StaffProfile.objects.filter(compliance_status__isnull=True)
    return staff_statuses_refresh(due, today) + staff_statuses_refresh(missing, today)


def learner_changed_receive(sender, *, learner_id, **kwargs) -> None:
    """A learner's evidence or standing changed: refresh their status, if they are staff."""
    staff = StaffProfile.objects.filter(user_id=learner_id).first()
    if staff is not None:
        staff_status_refresh(staff)
