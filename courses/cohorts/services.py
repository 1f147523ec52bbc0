"""Enrolling learners and marking attendance; the views, admin and seed_demo all call these."""

import datetime
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.roles import Role, can_run_cohort
from lms.core.events import evidence_changed_announce, standing_changed_announce
from lms.core.permissions import ActionDenied
from lms.organisation.models import StaffProfile, TrainingPolicy

from .models import (
    AttendanceChange,
    AttendanceRecord,
    AttendanceStatus,
    Cohort,
    CohortSession,
    DueDateSource,
    Enrolment,
    EnrolmentStatus,
    EnrolmentWithdrawal,
)

SKIP_NOT_A_LEARNER = _("not a learner")
SKIP_ALREADY_ENROLLED = _("already enrolled in this course")
SKIP_ALREADY_COMPLETED = _("already completed this course")
SKIP_COHORT_FULL = _("the cohort is full")
SKIP_NO_STAFF_RECORD = _("no staff record (date of joining unknown)")
SKIP_OUTSIDE_DISTRICTS = _("works outside this cohort's districts")
SKIP_WITHDRAWN_HERE = _("withdrawn from this cohort: reinstate them from the cohort page")
SKIP_COHORT_CLOSED = _("the cohort has ended or is cancelled")

REINSTATE_NOT_WITHDRAWN = _("This learner is not withdrawn from the cohort.")
REINSTATE_COHORT_CLOSED = _("The cohort has ended or is cancelled: no one can be reinstated in it.")
REINSTATE_COHORT_FULL = _("The cohort is full: free a place or raise its capacity first.")
REINSTATE_ENROLLED_ELSEWHERE = _(
    "The learner is meanwhile enrolled in another cohort of this course: they can be reinstated "
    "only once withdrawn from it."
)
REINSTATE_COMPLETED_ELSEWHERE = _(
    "The learner has meanwhile completed this course in another cohort."
)
# The reason kept for a learner withdrawn before withdrawals were recorded (cohorts 0004).
WITHDRAWAL_NOT_RECORDED = _("Withdrawn before withdrawals were recorded: the reason is unknown.")


class CohortActionDenied(ActionDenied):
    message = _("Only the cohort's facilitators, the Commission and administrators may do this.")


@dataclass
class EnrolmentReport:
    enrolled: list = field(default_factory=list)
    skipped: list[tuple] = field(default_factory=list)  # (user, reason)


def enrolment_due_date(*, profile: StaffProfile, course) -> datetime.date:
    """Date of joining plus the course's deadline, or the Commission's default."""
    days = course.deadline_days or TrainingPolicy.load().course_due_days
    return profile.date_of_joining + datetime.timedelta(days=days)


@transaction.atomic
def enrolment_due_date_set(*, enrolment: Enrolment, due_date: datetime.date, by) -> Enrolment:
    """Set the due date by hand: from now on a corrected date of joining leaves it be.

    `by` must run the enrolment's cohort (CohortActionDenied otherwise)."""
    CohortActionDenied.unless(can_run_cohort(by, enrolment.cohort))
    enrolment.due_date = due_date
    enrolment.due_date_source = DueDateSource.HAND
    enrolment.save(update_fields=["due_date", "due_date_source"])
    return enrolment


def enrolment_due_dates_follow_joining(*, profile: StaffProfile) -> None:
    """After a person's date of joining is corrected: move the due date of their active
    enrolments whose due date comes from it (not those set by hand or by a renewal)."""
    enrolments = Enrolment.objects.filter(
        learner_id=profile.user_id,
        status=EnrolmentStatus.ACTIVE,
        due_date_source=DueDateSource.JOINING,
    ).select_related("course")
    for enrolment in enrolments:
        enrolment.due_date = enrolment_due_date(profile=profile, course=enrolment.course)
        enrolment.save(update_fields=["due_date"])


def staff_profile_saving(sender, instance: StaffProfile, **kwargs) -> None:
    """pre_save: remember the date of joining as stored, to see after the save if it moved."""
    instance._date_of_joining_stored = (
        StaffProfile.objects.filter(pk=instance.pk)
        .values_list("date_of_joining", flat=True)
        .first()
        if instance.pk
        else None
    )


def staff_profile_saved(sender, instance: StaffProfile, created: bool, **kwargs) -> None:
    """post_save: a corrected date of joining moves the due dates that follow it."""
    stored = getattr(instance, "_date_of_joining_stored", None)
    if not created and stored is not None and stored != instance.date_of_joining:
        enrolment_due_dates_follow_joining(profile=instance)


@transaction.atomic
def cohort_enrol(*, cohort: Cohort, learners, enrolled_by) -> EnrolmentReport:
    """Enrol each person who may be (a learner working in one of the cohort's districts, the
    cohort neither completed nor cancelled); report everyone skipped and why.

    `enrolled_by` must run the cohort (CohortActionDenied otherwise); None is the system itself,
    as when `enrol_refreshers` places certificate holders in a refresher.
    """
    if enrolled_by is not None:
        CohortActionDenied.unless(can_run_cohort(enrolled_by, cohort))
    # The cohort row only: its course page stays free for the CMS and for other cohorts.
    cohort = (
        Cohort.objects.select_for_update(of=("self",)).select_related("course").get(pk=cohort.pk)
    )
    course = cohort.course
    learners = list(learners)
    learner_ids = [learner.pk for learner in learners]
    profiles = {
        profile.user_id: profile for profile in StaffProfile.objects.filter(user_id__in=learner_ids)
    }
    statuses = dict(
        Enrolment.objects.filter(course=course, learner_id__in=learner_ids)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .values_list("learner_id", "status")
    )
    withdrawn_here = set(
        cohort.enrolments.filter(
            learner_id__in=learner_ids, status=EnrolmentStatus.WITHDRAWN
        ).values_list("learner_id", flat=True)
    )
    districts = set(cohort.districts.values_list("pk", flat=True))
    places = cohort.capacity - cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).count()
    report = EnrolmentReport()
    for learner in learners:
        reason = None
        if cohort.is_closed:
            reason = SKIP_COHORT_CLOSED
        elif learner.role != Role.LEARNER:
            reason = SKIP_NOT_A_LEARNER
        elif learner.pk not in profiles:
            reason = SKIP_NO_STAFF_RECORD
        elif profiles[learner.pk].district_id not in districts:
            reason = SKIP_OUTSIDE_DISTRICTS
        elif statuses.get(learner.pk) == EnrolmentStatus.COMPLETED:
            reason = SKIP_ALREADY_COMPLETED
        elif learner.pk in statuses:
            reason = SKIP_ALREADY_ENROLLED
        elif learner.pk in withdrawn_here:
            reason = SKIP_WITHDRAWN_HERE
        elif places <= 0:
            reason = SKIP_COHORT_FULL
        if reason:
            report.skipped.append((learner, reason))
            continue
        enrolment = Enrolment.objects.create(
            cohort=cohort,
            course=course,
            learner=learner,
            course_version=course.version,
            due_date=enrolment_due_date(profile=profiles[learner.pk], course=course),
            enrolled_by=enrolled_by,
        )
        places -= 1
        report.enrolled.append(enrolment)
        standing_changed_announce(learner_id=learner.pk)
    return report


class EnrolmentNotActive(Exception):
    """Only an active enrolment is withdrawn (a completed course stays completed)."""


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment, reason: str, by) -> EnrolmentWithdrawal:
    """Withdraw a learner from their cohort, recording who did it and why. Their place is free
    again, their facilitators see them only among the cohort's withdrawn learners (to reinstate
    them: `enrolment_reinstate`), and the reports that keep a status (compliance) hear of it; the
    learner gets a notice (lms.notices listens to the record).

    `by` must run the enrolment's cohort (CohortActionDenied otherwise)."""
    CohortActionDenied.unless(can_run_cohort(by, enrolment.cohort))
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.ACTIVE:
        raise EnrolmentNotActive
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save(update_fields=["status", "updated_at"])
    withdrawal = EnrolmentWithdrawal.objects.create(
        enrolment=enrolment, reason=reason.strip(), withdrawn_by=by
    )
    standing_changed_announce(learner_id=enrolment.learner_id)
    return withdrawal


class ReinstatementRefused(Exception):
    """The learner cannot be brought back into the cohort; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@transaction.atomic
def enrolment_reinstate(*, enrolment: Enrolment, by) -> EnrolmentWithdrawal:
    """Bring a withdrawn learner back into their cohort with their progress, attempts and
    attendance as they were. Their withdrawal's record keeps who reinstated them and when, the
    reports that keep a status hear of it, and the learner gets a notice (lms.notices listens to
    the record). Submitted twice, it reinstates once and returns the same record.

    A learner withdrawn before withdrawals were recorded (cohorts 0004) has no record: one is
    made as they are reinstated, with WITHDRAWAL_NOT_RECORDED as its reason, no one as who
    withdrew them, and, since the model requires one, the reinstatement time as when.

    `by` must run the enrolment's cohort (CohortActionDenied otherwise). ReinstatementRefused
    says why a learner cannot come back: not withdrawn, the cohort over or full, or the course
    meanwhile taken up or completed in another cohort."""
    CohortActionDenied.unless(can_run_cohort(by, enrolment.cohort))
    cohort = Cohort.objects.select_for_update().get(pk=enrolment.cohort_id)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        last = enrolment.withdrawals.first()
        if enrolment.status == EnrolmentStatus.ACTIVE and last is not None:
            return last  # reinstated by the first of two submits
        raise ReinstatementRefused(REINSTATE_NOT_WITHDRAWN)
    if cohort.is_closed:
        raise ReinstatementRefused(REINSTATE_COHORT_CLOSED)
    elsewhere = set(
        Enrolment.objects.filter(course_id=enrolment.course_id, learner_id=enrolment.learner_id)
        .exclude(pk=enrolment.pk)
        .values_list("status", flat=True)
    )
    if EnrolmentStatus.ACTIVE in elsewhere:
        raise ReinstatementRefused(REINSTATE_ENROLLED_ELSEWHERE)
    if EnrolmentStatus.COMPLETED in elsewhere:
        raise ReinstatementRefused(REINSTATE_COMPLETED_ELSEWHERE)
    if cohort.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).count() >= cohort.capacity:
        raise ReinstatementRefused(REINSTATE_COHORT_FULL)
    enrolment.status = EnrolmentStatus.ACTIVE
    changed = ["status", "updated_at"]
    if enrolment.due_date_source == DueDateSource.JOINING:
        # Their date of joining may have been corrected while they were withdrawn.
        profile = StaffProfile.objects.filter(user_id=enrolment.learner_id).first()
        if profile is not None:
            enrolment.due_date = enrolment_due_date(profile=profile, course=enrolment.course)
            changed.append("due_date")
    try:
        with transaction.atomic():
            enrolment.save(update_fields=changed)
    except IntegrityError:  # enrolled in another cohort of the course at this very moment
        raise ReinstatementRefused(REINSTATE_ENROLLED_ELSEWHERE) from None
    now = timezone.now()
    withdrawal = enrolment.withdrawals.filter(reinstated_at__isnull=True).first()
    if withdrawal is None:
        withdrawal = EnrolmentWithdrawal.objects.create(
            enrolment=enrolment,
            reason=str(WITHDRAWAL_NOT_RECORDED),
            withdrawn_at=now,
            reinstated_by=by,
            reinstated_at=now,
        )
    else:
        withdrawal.reinstated_by, withdrawal.reinstated_at = by, now
        withdrawal.save(update_fields=["reinstated_by", "reinstated_at"])
    standing_changed_announce(learner_id=enrolment.learner_id)
    return withdrawal


ATTENDANCE_WITHDRAWN = _(
    "This learner is withdrawn from the cohort: their attendance is no longer marked. Reinstate "
    "them from the cohort page first."
)


class AttendanceConflict(Exception):
    """The session or the enrolment does not belong to the same cohort."""


class AttendanceRefused(Exception):
    """The learner's attendance may not be marked; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def attendance_mark(
    *, session: CohortSession, enrolment: Enrolment, status: str, note: str = "", marked_by
) -> AttendanceRecord:
    """Set a learner's attendance for a session day, keeping every correction in its history.

    Marking the same value twice (a double tap, two phones) changes nothing and logs nothing.
    `marked_by` must run the cohort (CohortActionDenied otherwise). A withdrawn learner is not
    marked (AttendanceRefused); the marks they had keep.
    """
    if session.cohort_id != enrolment.cohort_id:
        raise AttendanceConflict
    CohortActionDenied.unless(can_run_cohort(marked_by, session.cohort))
    status = AttendanceStatus(status)
    for _attempt in range(2):
        try:
            record = _attendance_mark(session, enrolment, status, note, marked_by)
        except IntegrityError:
            continue  # Two facilitators marked the same person at once: retry as an update.
        # Attendance is certificate evidence.
        evidence_changed_announce(learner_id=enrolment.learner_id, course_id=enrolment.course_id)
        return record
    raise AttendanceConflict


@transaction.atomic
def _attendance_mark(session, enrolment, status, note, marked_by):
    # Locked as `enrolment_withdraw` locks it: a learner withdrawn meanwhile is not marked.
    current = Enrolment.objects.select_for_update().values_list("status", flat=True)
    if current.get(pk=enrolment.pk) == EnrolmentStatus.WITHDRAWN:
        raise AttendanceRefused(ATTENDANCE_WITHDRAWN)
    record = (
        AttendanceRecord.objects.select_for_update()
        .filter(session=session, enrolment=enrolment)
        .first()
    )
    if record is None:
        with transaction.atomic():
            record = AttendanceRecord.objects.create(
                session=session, enrolment=enrolment, status=status, note=note, marked_by=marked_by
            )
        AttendanceChange.objects.create(
            record=record, changed_by=marked_by, new_status=status, new_note=note
        )
        return record
    if record.status == status and record.note == note:
        return record
    AttendanceChange.objects.create(
        record=record,
        changed_by=marked_by,
        old_status=record.status,
        new_status=status,
        old_note=record.note,
        new_note=note,
    )
    record.status, record.note = status, note
    record.marked_by, record.marked_at = marked_by, timezone.now()
    record.save(update_fields=["status", "note", "marked_by", "marked_at"])
    return record
