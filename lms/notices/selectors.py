"""The notices that are due on a day, computed in SQL: one query per kind, whatever the number of
staff. Each comes back unsaved; `services.notices_record` keeps those not recorded before.

Who is on time or overdue is the compliance status's decision (`lms.compliance`, one row per
member of staff, refreshed by `services.notices_send` before these run): read, never redecided."""

import datetime
from collections.abc import Iterator

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse

from courses.cohorts.models import Cohort, DueDateSource, Enrolment, EnrolmentStatus
from lms.accounts.roles import Role
from lms.accounts.visibility import SEEN_ENROLMENT_STATUSES
from lms.certification.models import Certificate, CertificateState
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState

from .models import Notice, NoticeKind

# A refresher enrolment is announced if it was made this recently (the command runs daily; the
# margin covers days it did not).
REFRESHER_ANNOUNCE_DAYS = 7


def iso_week(day: datetime.date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def reminded_statuses():
    """The statuses of staff with an active enrolment and an active account, less those whose
    certificate awaits approval (they have done what the course asks)."""
    pending = Certificate.objects.filter(
        enrolment=OuterRef("enrolment_id"), state=CertificateState.PENDING
    )
    return StaffStatus.objects.filter(
        enrolment__status=EnrolmentStatus.ACTIVE, staff__user__is_active=True
    ).exclude(Exists(pending))


def _type(model) -> int:
    return ContentType.objects.get_for_model(model).pk


def _course_due(today: datetime.date) -> Iterator[Notice]:
    enrolment_type, home = _type(Enrolment), reverse("home")
    windows = [
        (NoticeKind.COURSE_DUE_14, 3, 14),
        (NoticeKind.COURSE_DUE_3, -1, 3),  # due today included
    ]
    for kind, after, until in windows:
        rows = reminded_statuses().filter(
            state=StaffState.ON_TIME,
            due_date__gt=today + datetime.timedelta(days=after),
            due_date__lte=today + datetime.timedelta(days=until),
        )
        for pk, learner_id, due, course in rows.values_list(
            "enrolment_id", "staff__user_id", "due_date", "enrolment__course__title"
        ):
            yield Notice(
                recipient_id=learner_id,
                kind=kind,
                subject_type_id=enrolment_type,
                subject_id=pk,
                period=due.isoformat(),
                data={"course": course, "date": due.isoformat()},
                link=home,
            )
    overdue = reminded_statuses().filter(state=StaffState.OVERDUE)
    for pk, learner_id, due, course in overdue.values_list(
        "enrolment_id", "staff__user_id", "due_date", "enrolment__course__title"
    ):
        yield Notice(
            recipient_id=learner_id,
            kind=NoticeKind.COURSE_OVERDUE,
            subject_type_id=enrolment_type,
            subject_id=pk,
            period=iso_week(today),
            data={"course": course, "date": due.isoformat()},
            link=home,
        )


def _refresher_enrolled(today: datetime.date) -> Iterator[Notice]:
    since = today - datetime.timedelta(days=REFRESHER_ANNOUNCE_DAYS)
    rows = Enrolment.objects.filter(
        status=EnrolmentStatus.ACTIVE,
        due_date_source=DueDateSource.RENEWAL,
        enrolled_at__date__gte=since,
    )
    enrolment_type, home = _type(Enrolment), reverse("home")
    for pk, learner_id, due, course in rows.values_list(
        "pk", "learner_id", "due_date", "course__title"
    ):
        yield Notice(
            recipient_id=learner_id,
            kind=NoticeKind.REFRESHER_ENROLLED,
            subject_type_id=enrolment_type,
            subject_id=pk,
            data={"course": course, "date": due.isoformat()},
            link=home,
        )


def _certificate_expiring(today: datetime.date) -> Iterator[Notice]:
    certificate_type, mine = _type(Certificate), reverse("certification:mine")
    windows = [
        (NoticeKind.CERTIFICATE_EXPIRING_60, 14, 60),
        (NoticeKind.CERTIFICATE_EXPIRING_14, 0, 14),
    ]
    for kind, after, until in windows:
        rows = Certificate.objects.filter(
            state=CertificateState.VALID,
            learner__is_active=True,
            expires_on__gt=today + datetime.timedelta(days=after),
            expires_on__lte=today + datetime.timedelta(days=until),
        )
        for pk, learner_id, number, expires in rows.values_list(
            "pk", "learner_id", "number", "expires_on"
        ):
            yield Notice(
                recipient_id=learner_id,
                kind=kind,
                subject_type_id=certificate_type,
                subject_id=pk,
                period=expires.isoformat(),
                data={"number": number, "date": expires.isoformat()},
                link=mine,
            )


def _facilitator_digests(today: datetime.date) -> Iterator[Notice]:
    """One notice a day per facilitator with answers to mark, one with debriefs to hold."""
    seen = Q(facilitated_cohorts__enrolments__status__in=SEEN_ENROLMENT_STATUSES)
    attempts = "facilitated_cohorts__enrolments__learner__quiz_attempts__"
    simulations = "facilitated_cohorts__enrolments__learner__simulation_attempts__"
    facilitators = (
        get_user_model()
        .objects.filter(role=Role.FACILITATOR, is_active=True)
        .annotate(
            answers=Count(
                f"{attempts}questions",
                filter=seen
                & Q(**{f"{attempts}questions__needs_marking": True})
                & Q(**{f"{attempts}submitted_at__isnull": False}),
                distinct=True,
            ),
            debriefs=Count(
                f"{simulations}pk",
                filter=seen
                & (
                    Q(**{f"{simulations}critical_error": True})
                    | Q(
                        **{
                            f"{simulations}needs_review": True,
                            f"{simulations}finished_at__isnull": False,
                        }
                    )
                )
                & Q(**{f"{simulations}debriefed_at__isnull": True}),
                distinct=True,
            ),
        )
        .filter(Q(answers__gt=0) | Q(debriefs__gt=0))
    )
    user_type, marking, home = _type(get_user_model()), reverse("attempts:marking"), reverse("home")
    for pk, answers, debriefs in facilitators.values_list("pk", "answers", "debriefs"):
        for kind, count, link in [
            (NoticeKind.ANSWERS_TO_MARK, answers, marking),
            (NoticeKind.DEBRIEFS_NEEDED, debriefs, home),
        ]:
            if count:
                yield Notice(
                    recipient_id=pk,
                    kind=kind,
                    subject_type_id=user_type,
                    subject_id=pk,
                    period=today.isoformat(),
                    data={"count": count},
                    link=link,
                )


def _cohorts_overdue(today: datetime.date) -> Iterator[Notice]:
    rows = (
        reminded_statuses()
        .filter(state=StaffState.OVERDUE, cohort__facilitators__is_active=True)
        .values("cohort_id", "cohort__name", "cohort__facilitators")
        .annotate(count=Count("pk", distinct=True))
        .order_by("cohort_id")
    )
    cohort_type = _type(Cohort)
    for row in rows:
        yield Notice(
            recipient_id=row["cohort__facilitators"],
            kind=NoticeKind.COHORT_OVERDUE,
            subject_type_id=cohort_type,
            subject_id=row["cohort_id"],
            period=iso_week(today),
            data={"count": row["count"], "cohort": row["cohort__name"]},
            link=reverse("progress:cohort", args=[row["cohort_id"]]),
        )


def _compliance_summary(today: datetime.date) -> Iterator[Notice]:
    """Each Commission officer's summary of the month, addressed to (and about) them."""
    user_type, home = _type(get_user_model()), reverse("home")
    officers = get_user_model().objects.filter(role=Role.COMMISSION, is_active=True)
    for pk in officers.values_list("pk", flat=True):
        yield Notice(
            recipient_id=pk,
            kind=NoticeKind.COMPLIANCE_SUMMARY,
            subject_type_id=user_type,
            subject_id=pk,
            period=today.strftime("%Y-%m"),
            data={"date": today.isoformat()},
            link=home,
        )


def notices_due(*, today: datetime.date) -> Iterator[Notice]:
    """Every scheduled notice due on `today`, recorded before or not."""
    for kinds in (
        _course_due,
        _refresher_enrolled,
        _certificate_expiring,
        _facilitator_digests,
        _cohorts_overdue,
        _compliance_summary,
    ):
        yield from kinds(today)
