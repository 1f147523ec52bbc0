"""Spreadsheets too long to build while the person waits: prepared by the task worker, kept in
the default storage (S3 in production) for SPREADSHEET_EXPORT_KEEP_DAYS, and handed only to the
person who asked for them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be prepared")


class SpreadsheetExport(models.Model):
    """One spreadsheet a person asked for: which list (`source`, see services.export_source),
    with which filters (`query`, as the page's query string), in which format (`kind`)."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="spreadsheet_exports"
    )
    source = models.CharField(max_length=40)
    query = models.CharField(max_length=1000, blank=True)
    kind = models.CharField(max_length=4, choices=[("csv", "CSV"), ("xlsx", "XLSX")])
    filename = models.CharField(_("file name"), max_length=100)
    status = models.CharField(
        _("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    rows = models.PositiveIntegerField(_("rows"), default=0)
    # A random name in the storage, never shown: the file is served only through the download view.
    file = models.FileField(upload_to="exports/", blank=True)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)

    class Meta:
        verbose_name = _("spreadsheet export")
        verbose_name_plural = _("spreadsheet exports")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ExportStatus.values), name="export_status_is_known"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["csv", "xlsx"]), name="export_kind_is_known"
            ),
            models.CheckConstraint(
                condition=~Q(status=ExportStatus.READY)
                | (~Q(file="") & Q(expires_at__isnull=False)),
                name="ready_export_has_a_file_and_an_expiry",
            ),
        ]
        indexes = [models.Index(fields=["expires_at"], name="export_expires")]

    def __str__(self):
        return f"{self.filename} · {self.requested_by} · {self.get_status_display()}"

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()
