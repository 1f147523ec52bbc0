"""The API's reads: each list scoped to a key's districts, filtered, and built in a fixed number
of queries whatever the page size."""

import datetime

from django.db import models
from django.db.models import Count, F, Func, Max, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.cohorts.models import Cohort, Enrolment, EnrolmentStatus
from courses.content.models import LessonPage
from courses.progress.models import LessonProgress
from lms.certification.models import EXPIRING_SOON_DAYS, Certificate, CertificateState
from lms.organisation.models import District, StaffProfile, TrainingPolicy

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


def _sync_order(queryset, updated_since: datetime.datetime | None, field="updated_at"):
    if updated_since is not None:
        queryset = queryset.filter(**{f"{field}__gte": updated_since})
    return queryset.order_by(field, "pk")


def district_list(*, key: ApiKey, updated_since=None):
    districts = District.objects.filter(_in_scope(key, "pk")).select_related("province")
    return _sync_order(districts, updated_since)


def staff_list(*, key: ApiKey, district: int | None = None, status=None, updated_since=None):
    """Staff with their latest enrolment, latest issued certificate and status, in one query.

    The status is worked out here from enrolments and certificates; a maintained per-staff status
    (issue 16, section 1) replaces this once it exists.
    """
    today = timezone.localdate()
    due_days = TrainingPolicy.load().course_due_days
    soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
    enrolment = Enrolment.objects.filter(learner=OuterRef("user")).exclude(
        status=EnrolmentStatus.WITHDRAWN
    )
    enrolment = enrolment.order_by("-enrolled_at", "-pk")
    certificate = (
        Certificate.objects.filter(learner=OuterRef("user"), issued_on__isnull=False)
        .exclude(state=CertificateState.SUPERSEDED)
        .order_by("-issued_on", "-pk")
    )
    staff = StaffProfile.objects.filter(_in_scope(key, "district")).annotate(
        enrolment_id=Subquery(enrolment.values("pk")[:1]),
        enrolment_due=Subquery(enrolment.values("due_date")[:1]),
        enrolment_updated=Subquery(enrolment.values("updated_at")[:1]),
        certificate_id=Subquery(certificate.values("pk")[:1]),
        certificate_state=Subquery(certificate.values("state")[:1]),
        certificate_expires=Subquery(certificate.values("expires_on")[:1]),
        certificate_updated=Subquery(certificate.values("updated_at")[:1]),
    )
    overdue = Q(enrolment_due__lt=today) | Q(
        enrolment_due__isnull=True,
        date_of_joining__lt=today - datetime.timedelta(days=due_days),
    )
    valid = Q(certificate_state=CertificateState.VALID)
    staff = staff.annotate(
        status=models.Case(
            models.When(certificate_state=CertificateState.REVOKED, then=Value("revoked")),
            models.When(certificate_state=CertificateState.SUSPENDED, then=Value("suspended")),
            models.When(valid & Q(certificate_expires__lte=today), then=Value("expired")),
            models.When(valid & Q(certificate_expires__lte=soon), then=Value("expiring_soon")),
            models.When(valid, then=Value("certified")),
            models.When(overdue, then=Value("overdue")),
            models.When(enrolment_id__isnull=False, then=Value("in_training")),
            default=Value("not_enrolled"),
            output_field=models.CharField(),
        ),
        # A change to the person, their enrolment or their certificate is a change to the row.
        changed_at=Greatest(
            "updated_at",
            Coalesce("enrolment_updated", "updated_at"),
            Coalesce("certificate_updated", "updated_at"),
        ),
    ).select_related("user", "district")
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
    """The enrolment's due date, or the one the training policy sets from the date of joining."""
    return row.enrolment_due or row.date_of_joining + datetime.timedelta(days=due_days)


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
