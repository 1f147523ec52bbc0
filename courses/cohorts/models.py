"""Cohorts (training batches), their session days, enrolments and face-to-face attendance."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from courses.content.models import CoursePage, ModulePage
from lms.accounts.visibility import cohorts_visible_q
from lms.organisation.models import District


class CohortStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class CohortQuerySet(models.QuerySet):
    def run_by(self, user):
        return self.filter(facilitators=user)

    def visible_to(self, user):
        """The cohorts a person may read, by the rules in lms.accounts.visibility."""
        return self.filter(cohorts_visible_q(user))


class Cohort(ClusterableModel):
    """A training batch: one course, taught face to face on its session days."""

    name = models.CharField(_("name"), max_length=120)
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="cohorts")
    districts = ParentalManyToManyField(
        District, related_name="cohorts", verbose_name=_("districts")
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="facilitated_cohorts",
        verbose_name=_("facilitators"),
        limit_choices_to={"role": "facilitator"},
    )
    capacity = models.PositiveSmallIntegerField(_("capacity"), default=25)
    status = models.CharField(
        _("status"), max_length=20, choices=CohortStatus.choices, default=CohortStatus.PLANNED
    )
    # When the row last changed, for the API's incremental sync (`updated_since`).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = CohortQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("capacity")]),
        FieldPanel("venue"),
        FieldPanel("districts"),
        FieldPanel("facilitators"),
        InlinePanel("sessions", heading=_("Session days"), label=_("Session day")),
    ]

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "name"], name="unique_cohort_name_per_course"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="cohort_capacity_positive"),
            models.CheckConstraint(
                condition=Q(status__in=CohortStatus.values), name="cohort_status_is_known"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_closed(self) -> bool:
        """Completed or cancelled: no one is enrolled in it or reinstated in it any more."""
        return self.status in (CohortStatus.COMPLETED, CohortStatus.CANCELLED)


class CohortSession(models.Model):
    """The face-to-face day of a cohort for one day (module) of the course."""

    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    module = models.ForeignKey(
        ModulePage, on_delete=models.PROTECT, related_name="+", verbose_name=_("day")
    )
    date = models.DateField(_("date"))

    panels = [FieldRowPanel([FieldPanel("module"), FieldPanel("date")])]

    class Meta:
        verbose_name = _("session day")
        ordering = ["date", "module__path"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "module"], name="one_session_per_day_of_cohort"
            )
        ]

    def __str__(self):
        return f"{self.cohort} · {self.module.title} · {self.date:%Y-%m-%d}"

    @property
    def has_happened(self) -> bool:
        return self.date <= timezone.localdate()


class EnrolmentStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=EnrolmentStatus.ACTIVE)

    def with_attendance(self):
        """Annotate attended (present or late) and held session days, counted in SQL."""
        today = timezone.localdate()
        held = (
            CohortSession.objects.filter(cohort=models.OuterRef("cohort"), date__lte=today)
            .order_by()
            .values("cohort")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            attended_days=Count(
                "attendance",
                filter=Q(attendance__status__in=ATTENDED_STATUSES),
                distinct=True,
            ),
            held_days=models.functions.Coalesce(models.Subquery(held), 0),
        )


class DueDateSource(models.TextChoices):
    JOINING = "joining", _("Date of joining plus the course's deadline")
    RENEWAL = "renewal", _("The expiry of the certificate it renews")
    HAND = "hand", _("Set by hand")


class Enrolment(models.Model):
    """A learner in a cohort; the course version is frozen when they start.

    The due date says where it comes from (`due_date_source`). From the date of joining (the
    default), it moves whenever the person's date of joining is corrected, while the enrolment
    is active. Set by hand by someone who runs the cohort, or from the expiry of the certificate
    a refresher renews, it stays as set: a corrected date of joining leaves it be.
    """

    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="+")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrolmentStatus.choices, default=EnrolmentStatus.ACTIVE
    )
    course_version = models.CharField(_("course version"), max_length=20)
    due_date = models.DateField(_("due date"))
    due_date_source = models.CharField(
        _("due date set from"),
        max_length=10,
        choices=DueDateSource.choices,
        default=DueDateSource.JOINING,
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # When the row last changed, for the API's incremental sync (`updated_since`).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        # By name, for the rosters; it joins the learner's account, so lock an enrolment with
        # get() (which drops the ordering) or select_for_update(of=("self",)), never first().
        ordering = ["learner__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "learner"], name="one_enrolment_per_cohort"),
            models.UniqueConstraint(
                fields=["course", "learner"],
                condition=Q(status="active"),
                name="one_active_enrolment_per_course",
            ),
            models.CheckConstraint(
                condition=Q(status__in=EnrolmentStatus.values), name="enrolment_status_is_known"
            ),
            models.CheckConstraint(
                condition=Q(due_date_source__in=DueDateSource.values),
                name="enrolment_due_date_source_is_known",
            ),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True) | Q(status="completed"),
                name="only_completed_enrolments_have_completion_time",
            ),
        ]

    def __str__(self):
        return f"{self.learner} · {self.cohort}"

    @property
    def days_left(self) -> int:
        return (self.due_date - timezone.localdate()).days


class EnrolmentWithdrawal(models.Model):
    """The record of a learner withdrawn from a cohort: who withdrew them, when and why, and, once
    they are reinstated, who brought them back and when. A withdrawn enrolment has exactly one
    record not yet reinstated; withdrawn again after a reinstatement, it gets a new one."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="withdrawals", verbose_name=_("enrolment")
    )
    reason = models.TextField(_("reason"))
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), default=timezone.now)
    reinstated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reinstated_at = models.DateTimeField(_("reinstated"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment withdrawal")
        ordering = ["-withdrawn_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="withdrawal_has_a_reason"),
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(reinstated_at__isnull=True),
                name="one_open_withdrawal_per_enrolment",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.withdrawn_at:%Y-%m-%d}"


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


# The statuses that count as attending a session day.
ATTENDED_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class AttendanceRecord(models.Model):
    session = models.ForeignKey(CohortSession, on_delete=models.CASCADE, related_name="attendance")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("status"), max_length=10, choices=AttendanceStatus.choices)
    note = models.CharField(_("note"), max_length=255, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "enrolment"], name="one_mark_per_session"),
            models.CheckConstraint(
                condition=Q(status__in=AttendanceStatus.values),
                name="attendance_status_is_known",
            ),
        ]

    def __str__(self):
        return (
            f"{self.enrolment.learner} · {self.session.module.title}: {self.get_status_display()}"
        )


class AttendanceChange(models.Model):
    """Every mark and correction: who set what, when, and what it was before."""

    record = models.ForeignKey(AttendanceRecord, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    old_status = models.CharField(max_length=10, blank=True)
    new_status = models.CharField(max_length=10)
    old_note = models.CharField(max_length=255, blank=True)
    new_note = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.old_status or '—'} → {self.new_status} by {self.changed_by} at {self.changed_at:%Y-%m-%d %H:%M}"

    @property
    def old_status_label(self) -> str:
        return AttendanceStatus(self.old_status).label if self.old_status else ""

    @property
    def new_status_label(self) -> str:
        return AttendanceStatus(self.new_status).label
