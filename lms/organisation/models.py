import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from lms.accounts.visibility import staff_visible_q


class Province(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    code = models.SlugField(_("code"), max_length=10, unique=True)

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Division(models.Model):
    """An administrative division of the province, grouping districts (editable data)."""

    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="divisions")
    name = models.CharField(_("name"), max_length=100)
    name_ur = models.CharField(_("name in Urdu"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("division")
        verbose_name_plural = _("divisions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "name"], name="unique_division_per_province"
            )
        ]

    def __str__(self):
        return self.name


class DistrictQuerySet(models.QuerySet):
    def with_cpu(self):
        return self.filter(has_active_cpu=True)


class District(models.Model):
    """A district of the province; whether it runs a Child Protection Unit is editable data."""

    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="districts")
    name = models.CharField(_("name"), max_length=100)
    name_ur = models.CharField(_("name in Urdu"), max_length=100, blank=True)
    division = models.ForeignKey(
        Division,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="districts",
        verbose_name=_("division"),
    )
    has_active_cpu = models.BooleanField(
        _("active Child Protection Unit"),
        default=False,
        help_text=_("Whether this district runs a Child Protection Unit today."),
    )
    cpu_note = models.CharField(
        _("source or note on the unit"),
        max_length=255,
        blank=True,
        help_text=_("Where the unit's status comes from, or what still needs confirming."),
    )
    focal_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="focal_districts",
        # Staff of the Commission or the platform: the choice stays short however many learners.
        limit_choices_to={"role__in": ["facilitator", "commission", "administrator"]},
        verbose_name=_("focal person"),
        help_text=_(
            "Told at once when a certificate of one of the district's staff is revoked or suspended."
        ),
    )
    # When the row last changed, for the API's incremental sync (`updated_since`).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = DistrictQuerySet.as_manager()

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "name"], name="unique_district_per_province"
            )
        ]

    def __str__(self):
        return self.name


class Designation(models.TextChoices):
    CHILD_PROTECTION_OFFICER = "cpo", _("Child Protection Officer")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    SOCIAL_CASE_WORKER = "social_case_worker", _("Social Case Worker")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    TRANSGENDER = "transgender", _("Transgender")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class StaffProfileQuerySet(models.QuerySet):
    def for_viewer(self, viewer):
        """The profiles a person may read, by the rules in lms.accounts.visibility."""
        return self.filter(staff_visible_q(viewer))


class StaffProfile(models.Model):
    """What the Commission records about a member of staff; name and email are on the user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    employee_number = models.CharField(_("employee number"), max_length=30)
    full_name_ur = models.CharField(_("full name in Urdu script"), max_length=150, blank=True)
    designation = models.CharField(_("designation"), max_length=30, choices=Designation.choices)
    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        related_name="staff",
        null=True,
        blank=True,
        help_text=_("The district Child Protection Unit; empty for Commission headquarters."),
    )
    date_of_joining = models.DateField(_("date of joining"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    gender = models.CharField(
        _("gender"), max_length=20, choices=Gender.choices, default=Gender.UNDISCLOSED
    )
    # When the row last changed, for the API's incremental sync (`updated_since`).
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = StaffProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        ordering = ["user__full_name"]
        constraints = [
            # Employee numbers are compared without regard to case: "kp-0042" is "KP-0042".
            models.UniqueConstraint(Upper("employee_number"), name="unique_employee_number"),
            models.CheckConstraint(
                condition=Q(designation__in=Designation.values), name="designation_is_known"
            ),
            models.CheckConstraint(condition=Q(gender__in=Gender.values), name="gender_is_known"),
        ]

    def __str__(self):
        return f"{self.user} ({self.employee_number})"

    @property
    def course_due_date(self) -> datetime.date:
        """When the mandatory foundational course must be completed."""
        due_days = TrainingPolicy.load().course_due_days
        return self.date_of_joining + datetime.timedelta(days=due_days)


@register_setting(icon="date")
class TrainingPolicy(BaseGenericSetting):
    """Rules the Commission sets for its staff's mandatory training."""

    course_due_days = models.PositiveIntegerField(
        _("days to complete the mandatory course"),
        default=90,
        help_text=_("The foundational course falls due this many days after a date of joining."),
    )

    class Meta:
        verbose_name = _("training policy")
