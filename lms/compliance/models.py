"""The maintained compliance status: one row per member of staff, kept current by
`services.staff_status_refresh` (on every change of evidence or standing, and nightly for dates
passing), so the overview counts one table instead of reading attempts, attendance and
certificates on every view. The REST API reads it too."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.organisation.models import Designation

from .rules import CERTIFICATE_STATES, StaffState

# "Expiring within" columns of the overview: counted from `expires_on`, never stored.
EXPIRING_WITHIN_DAYS = (30, 60, 90)


class StaffStatus(models.Model):
    """Where one member of staff stands with their mandatory training.

    - `state`: one of `rules.StaffState` (not enrolled, on time, overdue, certified, expired,
      revoked or suspended); "expiring within N days" is `state=certified` and `expires_on`.
    - `due_date`: the enrolment's due date, or the date of joining plus the Commission's
      deadline when not enrolled. `days_overdue` is derived from it.
    - `enrolment`, `cohort`, `course`: the latest enrolment that is not withdrawn (None: not
      enrolled), with its attendance (`sessions_attended` of `sessions_held`) and post-test
      (`post_test_percent`, None: no grade; `post_test_passed`, None: no post-test or no grade).
    - `certificate`, `certificate_state`, `certified_on`, `expires_on`: the latest certificate
      issued and not superseded (None: none).
    - `district`, `designation`, `date_of_joining`: copied from the staff record so that counts
      group a single table.
    - `recheck_on`: the day the state changes by itself (the nightly refresh's work list).
    - `updated_at`: when the row last changed (for incremental sync).
    """

    staff = models.OneToOneField(
        "organisation.StaffProfile",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="compliance_status",
        verbose_name=_("staff member"),
    )
    district = models.ForeignKey(
        "organisation.District",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
    )
    designation = models.CharField(_("designation"), max_length=30, choices=Designation.choices)
    date_of_joining = models.DateField(_("date of joining"))
    state = models.CharField(_("status"), max_length=20, choices=StaffState.choices)
    due_date = models.DateField(_("due date"))
    enrolment = models.ForeignKey(
        "cohorts.Enrolment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cohort"),
    )
    course = models.ForeignKey(
        "content.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course"),
    )
    sessions_attended = models.PositiveSmallIntegerField(_("session days attended"), default=0)
    sessions_held = models.PositiveSmallIntegerField(_("session days held"), default=0)
    post_test_percent = models.DecimalField(
        _("post-test"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    post_test_passed = models.BooleanField(_("post-test passed"), null=True, blank=True)
    certificate = models.ForeignKey(
        "certification.Certificate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    certificate_state = models.CharField(_("certificate"), max_length=12, blank=True)
    certified_on = models.DateField(_("certified"), null=True, blank=True)
    expires_on = models.DateField(_("certificate expires"), null=True, blank=True)
    recheck_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("staff compliance status")
        verbose_name_plural = _("staff compliance statuses")
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=StaffState.values), name="staff_state_is_known"
            ),
            models.CheckConstraint(
                condition=~Q(state__in=[StaffState.NOT_ENROLLED, StaffState.ON_TIME])
                | Q(certificate__isnull=True),
                name="status_uncertified_without_certificate",
            ),
            models.CheckConstraint(
                condition=Q(
                    state__in=CERTIFICATE_STATES,
                    certified_on__isnull=False,
                    expires_on__isnull=False,
                )
                | Q(
                    ~Q(state__in=CERTIFICATE_STATES),
                    certified_on__isnull=True,
                    expires_on__isnull=True,
                ),
                name="status_certificate_dates_with_certificate_states",
            ),
            models.CheckConstraint(
                condition=~Q(state=StaffState.NOT_ENROLLED) | Q(enrolment__isnull=True),
                name="status_not_enrolled_has_no_enrolment",
            ),
        ]
        indexes = [
            # The overview's counts read this index alone (see selectors._counts)...
            models.Index(
                fields=["district", "designation", "state", "expires_on"], name="status_by_district"
            ),
            # ... and the trend's (see selectors.monthly_trend).
            models.Index(fields=["due_date", "certified_on", "district"], name="status_due"),
            models.Index(
                fields=["certified_on", "state", "due_date", "district"], name="status_certified"
            ),
            models.Index(fields=["expires_on", "state", "district"], name="status_expires"),
            models.Index(fields=["recheck_on"], name="status_recheck"),
            models.Index(fields=["updated_at"], name="status_updated"),
        ]

    def __str__(self):
        return f"{self.staff_id}: {self.state}"

    def days_overdue(self, today: datetime.date | None = None) -> int:
        if self.state != StaffState.OVERDUE:
            return 0
        return ((today or timezone.localdate()) - self.due_date).days
