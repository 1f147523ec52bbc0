"""Long spreadsheets prepared by the task worker (see shortcuts.spreadsheet_export_respond), from
the lists registered in sources.py."""

import datetime
import tempfile
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone

from lms.core.spreadsheets import CONTENT_TYPES, spreadsheet_write

from .models import ExportStatus, SpreadsheetExport
from .sources import export_source


def export_content_type(export: SpreadsheetExport) -> str:
    return CONTENT_TYPES[export.kind]


def spreadsheet_export_prepare(export_id: int) -> SpreadsheetExport | None:
    """Write the file of a pending export as its requester, then keep it for
    SPREADSHEET_EXPORT_KEEP_DAYS. A second run (or worker) finds it done and does nothing; a
    requester who may no longer read the list gets no file."""
    with transaction.atomic():
        export = (
            SpreadsheetExport.objects.select_for_update()
            .select_related("requested_by")
            .filter(pk=export_id, status=ExportStatus.PENDING)
            .first()
        )
        if export is None:
            return None
        try:
            table = export_source(export.source)(export.requested_by, QueryDict(export.query))
        except PermissionDenied:
            export.status = ExportStatus.FAILED
            export.save(update_fields=["status"])
            return export
        written = 0

        def counted(rows):
            nonlocal written
            for row in rows:
                written += 1
                yield row

        with tempfile.TemporaryFile() as file:
            spreadsheet_write(
                export.kind, file, table.header, counted(table.rows), title=table.title
            )
            file.seek(0)
            export.file.save(f"{uuid.uuid4().hex}.{export.kind}", File(file), save=False)
        export.status = ExportStatus.READY
        export.rows = written
        export.expires_at = timezone.now() + datetime.timedelta(
            days=settings.SPREADSHEET_EXPORT_KEEP_DAYS
        )
        export.save(update_fields=["file", "status", "rows", "expires_at"])
    return export


def spreadsheet_exports_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the exports whose time is up, and their files; and those left pending or failed
    longer than they would have been kept. Returns how many."""
    now = now or timezone.now()
    kept = datetime.timedelta(days=settings.SPREADSHEET_EXPORT_KEEP_DAYS)
    old = SpreadsheetExport.objects.filter(expires_at__lte=now) | SpreadsheetExport.objects.filter(
        expires_at__isnull=True, requested_at__lte=now - kept
    )
    count = 0
    for export in old.iterator():
        if export.file:
            export.file.delete(save=False)
        export.delete()
        count += 1
    return count
