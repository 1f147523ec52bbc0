"""The certificate registry: certificates that snapshot what was certified, competency sign-offs,
and an append-only log of everything that happens to a certificate. Nothing is ever deleted."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

EXPIRING_SOON_DAYS = 30


class CertificateState(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    VALID = "valid", _("Valid")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


# What a reader sees: the stored state, with validity split by the dates.
class CertificateStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    VALID = "valid", _("Valid")
    EXPIRING_SOON = "expiring_soon", _("Expiring soon")
    EXPIRED = "expired", _("Expired")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


# A learner holds at most one certificate of a course in these states (a pending one may wait
# beside it: its approval supersedes the one held).
HELD_STATES = [CertificateState.VALID, CertificateState.SUSPENDED]


class CertificateQuerySet(models.QuerySet):
    def with_status(self, status: str, today: datetime.date | None = None):
        """Filter by what a reader sees, dates included, in SQL."""
        today = today or timezone.localdate()
        soon = today + datetime.timedelta(days=EXPIRING_SOON_DAYS)
        valid = Q(state=CertificateState.VALID)
        return self.filter(
            {
                CertificateStatus.VALID: valid & Q(expires_on__gt=soon),
                CertificateStatus.EXPIRING_SOON: valid
                & Q(expires_on__gt=today, expires_on__lte=soon),
                CertificateStatus.EXPIRED: valid & Q(expires_on__lte=today),
            }.get(status, Q(state=status))
        )

    def expiring_within(self, days: int, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(
            state=CertificateState.VALID,
            expires_on__gt=today,
            expires_on__lte=today + datetime.timedelta(days=days),
        )


class Certificate(models.Model):
    """A registry entry: what was certified, as it stood on the day of issue."""

    number = models.CharField(  # given when issued; empty while awaiting approval
        _("certificate number"), max_length=30, unique=True, null=True, blank=True
    )
    code = models.CharField(_("verification code"), max_length=18, unique=True)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    enrolment = models.OneToOneField(
        "cohorts.Enrolment", on_delete=models.PROTECT, related_name="certificate"
    )
    course = models.ForeignKey(
        "content.CoursePage", on_delete=models.PROTECT, related_name="certificates"
    )
    state = models.CharField(max_length=12, choices=CertificateState.choices)
    # The snapshot: a later change of name, post or district never alters a certificate.
    full_name = models.CharField(_("name"), max_length=150)
    full_name_ur = models.CharField(_("name in Urdu script"), max_length=150, blank=True)
    designation = models.CharField(_("designation"), max_length=60)
    district = models.CharField(_("district"), max_length=100)
    employee_number = models.CharField(_("employee number"), max_length=30)
    course_title = models.CharField(_("course"), max_length=255)
    # The course's own title in the site's other languages, where its translation has one.
    course_title_translations = models.JSONField(
        _("course in other languages"), default=dict, blank=True
    )
    course_code = models.CharField(max_length=30)
    course_version = models.CharField(_("course version"), max_length=20)
    # Hours of the session days the learner attended (present or late); empty without sessions.
    hours_attended = models.PositiveSmallIntegerField(_("hours attended"), null=True, blank=True)
    training_first_day = models.DateField(_("first training day"), null=True, blank=True)
    training_last_day = models.DateField(_("last training day"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    signed_off_by_name = models.CharField(_("signed off by"), max_length=150, blank=True)
    # Who signs for the Commission, as the CertificateSignatory setting stood on the day.
    signatory_name = models.CharField(_("signatory"), max_length=150, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=150, blank=True)
    # The course renews by a refresher course, so the expiry date is when the refresher is due.
    refresher_due = models.BooleanField(_("renewed by a refresher"), default=False)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    issued_on = models.DateField(_("issued"), null=True, blank=True)
    expires_on = models.DateField(_("expires"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the row last changed, for the API's incremental sync (`updated_since`).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    state_reason = models.TextField(_("reason"), blank=True)
    state_changed_at = models.DateTimeField(null=True, blank=True)
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"],
                condition=Q(state__in=HELD_STATES),
                name="one_held_certificate_per_course",
            ),
            models.UniqueConstraint(
                fields=["learner", "course"],
                condition=Q(state=CertificateState.PENDING),
                name="one_pending_certificate_per_course",
            ),
            models.CheckConstraint(
                condition=Q(state__in=CertificateState.values), name="certificate_state_is_known"
            ),
            models.CheckConstraint(
                condition=Q(
                    state=CertificateState.PENDING, issued_on__isnull=True, number__isnull=True
                )
                | Q(
                    issued_on__isnull=False,
                    expires_on__gt=models.F("issued_on"),
                    number__isnull=False,
                ),
                name="certificate_issued_has_its_number_and_dates",
            ),
            models.CheckConstraint(
                condition=~Q(state__in=[CertificateState.REVOKED, CertificateState.SUSPENDED])
                | ~Q(state_reason=""),
                name="certificate_withdrawal_has_a_reason",
            ),
        ]
        indexes = [models.Index(fields=["state", "expires_on"])]

    def __str__(self):
        return f"{self.number or _('awaiting approval')} · {self.full_name}"

    def status(self, today: datetime.date | None = None) -> CertificateStatus:
        if self.state != CertificateState.VALID:
            return CertificateStatus(self.state)
        today = today or timezone.localdate()
        if self.expires_on <= today:
            return CertificateStatus.EXPIRED
        if self.expires_on <= today + datetime.timedelta(days=EXPIRING_SOON_DAYS):
            return CertificateStatus.EXPIRING_SOON
        return CertificateStatus.VALID

    @property
    def is_issued(self) -> bool:
        return self.issued_on is not None

    @property
    def is_downloadable(self) -> bool:
        """Whether anyone may have the PDF: a revoked, suspended or superseded certificate would
        still carry a genuine signed QR code. (An expired one may: its QR says it expired.)"""
        return self.state == CertificateState.VALID

    def course_title_in(self, language: str) -> str:
        """The course's title in `language` as it stood on issue, else its English title."""
        return self.course_title_translations.get(language) or self.course_title

    def signed_fields(self):
        from .signing import SignedFields

        return SignedFields(
            code=self.code,
            number=self.number,
            name=self.full_name,
            employee_number=self.employee_number,
            course=self.course_title,
            course_version=self.course_version,
            issued_on=self.issued_on,
            expires_on=self.expires_on,
        )


class CertificateSequence(models.Model):
    """The last certificate number given in a year; its row is locked while a number is taken."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


class CertificateAction(models.TextChoices):
    REQUESTED = "requested", _("Awaiting approval")
    ISSUED = "issued", _("Issued")
    APPROVED = "approved", _("Approved")
    SUSPENDED = "suspended", _("Suspended")
    REINSTATED = "reinstated", _("Reinstated")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")
    DOWNLOADED = "downloaded", _("Downloaded")
    VERIFIED = "verified", _("Verified")
    # Written by a PostgreSQL trigger: no page changes a holder's details once snapshotted.
    CHANGED = "changed", _("Holder details changed")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("The certificate log is append-only.")

    def delete(self):
        raise TypeError("The certificate log is append-only.")


class CertificateEvent(models.Model):
    """One line of the append-only audit log: who did what to a certificate, when, from where."""

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(max_length=12, choices=CertificateAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=255, blank=True)
    detail = models.TextField(blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=CertificateAction.values),
                name="certificate_event_action_is_known",
            ),
        ]

    def __str__(self):
        return f"{self.certificate_id} {self.action} {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("The certificate log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("The certificate log is append-only.")


class CompetencySignoff(models.Model):
    """A facilitator's word that a learner showed a competency (a certificate criterion)."""

    enrolment = models.ForeignKey(
        "cohorts.Enrolment", on_delete=models.CASCADE, related_name="signoffs"
    )
    competency = models.ForeignKey(
        "simulations.Competency", on_delete=models.PROTECT, related_name="signoffs"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "competency"], name="one_signoff_per_competency"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.competency_id}"


class CompetencySignoffChange(models.Model):
    """Each sign-off and withdrawal, as it happened: a sign-off's history outlives the sign-off."""

    enrolment = models.ForeignKey(
        "cohorts.Enrolment", on_delete=models.CASCADE, related_name="signoff_changes"
    )
    competency = models.ForeignKey(
        "simulations.Competency", on_delete=models.PROTECT, related_name="+"
    )
    signed = models.BooleanField(help_text=_("Signed off, or withdrawn."))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("sign-off change")
        verbose_name_plural = _("sign-off changes")

    def __str__(self):
        return f"{self.enrolment_id}: {self.competency_id} {'+' if self.signed else '-'}"


@register_setting(icon="edit")
class CertificateSignatory(BaseGenericSetting):
    """Who signs certificates for the Commission; each certificate keeps the signatory it was
    issued with."""

    name = models.CharField(
        _("name"),
        max_length=150,
        blank=True,
        help_text=_("Printed above the title. Leave empty to print the title alone."),
    )
    title = models.CharField(_("title"), max_length=150, default="Chief Protection Officer")

    class Meta:
        verbose_name = _("certificate signatory")
