"""The API's reads: each list scoped to a key's districts, filtered, and built in a fixed number
of queries whatever the page size."""

import datetime

from django.db import models
from django.db.models import Count, F, Func, Max, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.cohorts.models import Cohort, Enrolment
from courses.content.models import LessonPage
from courses.progress.models import LessonProgress
from lms.certification.models import EXPIRING_SOON_DAYS, Certificate, CertificateState
from lms.compliance.rules import StaffState
from lms.organisation.models import District, StaffProfile

from .models import ApiKey
from .tokens import secret_matches, token_parse


class StaffStatus(models.TextChoices):
    """Where a member of staff stands with the mandatory course, one word each."""

    NOT_ENROLLED = "not_enrolled", _("Not enrolled")
    IN_TRAINING = "in_training", _("Enrolled, on time")
    OVERDUE = "overdue", _("Due date passed, not certified")
    CERTIFIED = "certified", _("Certified")
    EXPIRING_SOON = "expiring_soon", _("Certificate expiring soon")
    EXPIRED = "expired", _("Certificate expired")
    SUSPENDED = "suspended", _("Certificate suspended")
    REVOKED = "revoked", _("Certificate revoked")


def api_key_find(text: str) -> ApiKey | None:
    """The key a bearer token belongs to, revoked or not; None when it is no key of ours."""
    token = token_parse(text)
    if token is None:
        return None
    key = ApiKey.objects.filter(prefix=token.prefix).first()
    if key is None or not secret_matches(token.secret, key.secret_hash):
        return None
    return key


def _in_scope(key: ApiKey, district_field: str) -> Q:
    """Rows of the key's districts: a subquery, so no query of its own."""
    if key.all_districts:
        return Q()
    return Q(**{f"{district_field}__in": key.districts.values("pk")})


def _count(queryset) -> Subquery:
    """COUNT(*) of a correlated queryset, as a subquery."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1]), 0)


def _moment(value: datetime.datetime) -> datetime.datetime:
    """The moment in UTC: PostgreSQL refuses offsets beyond ±15:59 ("+16:07", found by
    schemathesis), and a moment beyond the calendar's ends is its first or last one."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError:
        edge = datetime.datetime.min if value.year < 2 else datetime.datetime.max
        return edge.replace(tzinfo=datetime.UTC)


def _sync_order(queryset, updated_since: datetime.datetime | None, field="updated_at"):
    if updated_since is not None:
        queryset = queryset.filter(**{f"{field}__gte": _moment(updated_since)})
    return queryset.order_by(field, "pk")


def district_list(*, key: ApiKey, updated_since=None):
    districts = District.objects.filter(_in_scope(key, "pk")).select_related("province")
    return _sync_order(districts, updated_since)


def staff_list(*, key: ApiKey, district: int | None = None, status=None, updated_since=None):
    """Staff with their status, due date, latest enrolment and certificate, in one query.

    All of it is read from the maintained compliance status (`lms.compliance`), the one place
    that decides it; a member of staff without a status row yet counts as not enrolled."""
    soon = timezone.localdate() + datetime.timedelta(days=EXPIRING_SOON_DAYS)
    state, certificate = "compliance_status__state", "compliance_status__certificate_state"
    withdrawn = Q(**{state: StaffState.WITHDRAWN})
    certified = Q(**{state: StaffState.CERTIFIED})
    status_of_state = [
        (withdrawn & Q(**{certificate: CertificateState.REVOKED}), StaffStatus.REVOKED),
        (withdrawn, StaffStatus.SUSPENDED),
        (certified & Q(compliance_status__expires_on__lte=soon), StaffStatus.EXPIRING_SOON),
        (certified, StaffStatus.CERTIFIED),
        (Q(**{state: StaffState.EXPIRED}), StaffStatus.EXPIRED),
        (Q(**{state: StaffState.OVERDUE}), StaffStatus.OVERDUE),
        (Q(**{state: StaffState.ON_TIME}), StaffStatus.IN_TRAINING),
    ]
    staff = (
        StaffProfile.objects.filter(_in_scope(key, "district"))
        .annotate(
            status=models.Case(
                *(models.When(when, then=Value(value)) for when, value in status_of_state),
                default=Value(StaffStatus.NOT_ENROLLED),
                output_field=models.CharField(),
            ),
            status_due=F("compliance_status__due_date"),
            enrolment_id=F("compliance_status__enrolment_id"),
            certificate_id=F("compliance_status__certificate_id"),
            # A change to the person or to their status (dates passing included) changes the row.
            changed_at=Greatest(
                "updated_at", Coalesce("compliance_status__updated_at", "updated_at")
            ),
        )
        .select_related("user", "district")
    )
    if district is not None:
        staff = staff.filter(district=district)
    if status is not None:
        staff = staff.filter(status=status)
    return _sync_order(staff, updated_since, field="changed_at")


def compliance_summary(*, key: ApiKey, district: int | None = None):
    """Staff counted by district, designation and status, in one query (no row per person)."""
    counts = {status.value: Count("pk", filter=Q(status=status.value)) for status in StaffStatus}
    return (
        staff_list(key=key, district=district)
        .order_by("district_id", "designation")
        .values("district_id", "designation")
        .annotate(staff=Count("pk"), **counts)
    )


def staff_certificates(staff) -> dict[int, Certificate]:
    """The certificates a page of staff_list points at, in one query."""
    return Certificate.objects.in_bulk([row.certificate_id for row in staff if row.certificate_id])


def staff_due_date(row, due_days: int) -> datetime.date:
    """The status's due date, or (no status row yet) the one the policy sets from joining."""
    return row.status_due or row.date_of_joining + datetime.timedelta(days=due_days)


def cohort_list(*, key: ApiKey, district=None, status=None, updated_since=None):
    cohorts = Cohort.objects.filter(
        pk__in=Cohort.objects.filter(_in_scope(key, "districts")).values("pk")
    ).annotate(starts_on=Min("sessions__date"), ends_on=Max("sessions__date"))
    if district is not None:
        cohorts = cohorts.filter(pk__in=Cohort.objects.filter(districts=district).values("pk"))
    if status is not None:
        cohorts = cohorts.filter(status=status)
    return _sync_order(cohorts.select_related("course"), updated_since)


def cohort_district_ids(cohorts) -> dict[int, list[int]]:
    """Each cohort's districts, for a page of cohorts, in one query."""
    ids = {cohort.pk: [] for cohort in cohorts}
    through = Cohort.districts.through.objects.filter(cohort_id__in=ids).order_by("district_id")
    for cohort_id, district_id in through.values_list("cohort_id", "district_id"):
        ids[cohort_id].append(district_id)
    return ids


def enrolment_list(*, key: ApiKey, district=None, status=None, cohort=None, updated_since=None):
    """Enrolments of the key's districts' staff, with progress and attendance counted in SQL."""
    completed = LessonProgress.objects.filter(
        learner=OuterRef("learner"),
        completed_at__isnull=False,
        lesson__live=True,
        lesson__path__startswith=OuterRef("course__path"),
    )
    lessons = LessonPage.objects.filter(live=True, path__startswith=OuterRef("course__path"))
    enrolments = (
        Enrolment.objects.filter(_in_scope(key, "learner__staff_profile__district"))
        .with_attendance()
        .annotate(
            staff_id=F("learner__staff_profile__id"),
            lessons_completed=_count(completed),
            lessons_total=_count(lessons),
        )
    )
    if district is not None:
        enrolments = enrolments.filter(learner__staff_profile__district=district)
    if status is not None:
        enrolments = enrolments.filter(status=status)
    if cohort is not None:
        enrolments = enrolments.filter(cohort=cohort)
    return _sync_order(enrolments, updated_since)


def certificate_list(*, key: ApiKey, district=None, status=None, updated_since=None):
    certificates = Certificate.objects.filter(
        _in_scope(key, "learner__staff_profile__district")
    ).annotate(staff_id=F("learner__staff_profile__id"))
    if district is not None:
        certificates = certificates.filter(learner__staff_profile__district=district)
    if status is not None:
        certificates = certificates.with_status(status)
    return _sync_order(certificates, updated_since)
