"""Choices of the course pages that pure rules also read (so they need no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DayRelease(models.TextChoices):
    OPEN = "open", _("All days open at once")
    IN_ORDER = "in_order", _("Each day opens when the previous one is complete")
    ON_SESSION_DATE = "on_session_date", _("Each day opens on its cohort session date")


class CompletionRule(models.TextChoices):
    READ = "read", _("Read to the end")
    ACTIVITIES = "activities", _("Its required activities passed")
