"""The download of a prepared spreadsheet: for the person who asked for it, and no one else."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import ExportStatus, SpreadsheetExport
from .services import export_content_type


@login_required
@require_GET
def export_download(request, export_id):
    """The file while it is kept; otherwise a page saying it is being prepared, failed or has
    expired (410). Anyone but its requester gets 404, as if it did not exist."""
    export = get_object_or_404(SpreadsheetExport, pk=export_id, requested_by=request.user)
    if export.status == ExportStatus.READY and not export.expired:
        return FileResponse(
            export.file.open("rb"),
            as_attachment=True,
            filename=export.filename,
            content_type=export_content_type(export),
        )
    status = 410 if export.expired else 200
    return render(request, "exports/export_status.html", {"export": export}, status=status)
