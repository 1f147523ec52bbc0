"""Exports of the platform's long lists, answered from a page: a short list at once (a CSV
streams), a long one (more than SPREADSHEET_EXPORT_BACKGROUND_ROWS rows) prepared by the task
worker, its requester told in a notice where to download it."""

from functools import partial

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from lms.core.spreadsheets import SPREADSHEET_FORMATS, spreadsheet_response

from .models import SpreadsheetExport
from .sources import export_source
from .tasks import spreadsheet_export_task


def spreadsheet_export_respond(request, *, source: str, param: str) -> HttpResponse | None:
    """The export the request asks for (`param` in the query string: csv or xlsx), or None (no
    export asked for: show the page). A short list is the response itself; a long one is queued
    for the task worker and the person sent back to the page, told a notice will follow."""
    kind = request.GET.get(param)
    if kind not in SPREADSHEET_FORMATS:
        return None
    table = export_source(source)(request.user, request.GET)
    if table.count <= settings.SPREADSHEET_EXPORT_BACKGROUND_ROWS:
        return spreadsheet_response(
            kind, table.name, table.header, table.rows, title=table.title, stream=True
        )
    filters = request.GET.copy()
    filters.pop(param)
    spreadsheet_export_queue(
        by=request.user, source=source, query=filters.urlencode(), kind=kind, name=table.name
    )
    messages.info(
        request,
        _(
            "%(count)s rows: the file is being prepared. A notice with its download link follows "
            "in a few minutes."
        )
        % {"count": number_format(table.count, force_grouping=True)},
    )
    return redirect(f"{request.path}?{filters.urlencode()}")


def spreadsheet_export_queue(*, by, source: str, query: str, kind: str, name: str):
    """Record the request and have the task worker prepare it once the request commits."""
    export = SpreadsheetExport.objects.create(
        requested_by=by, source=source, query=query, kind=kind, filename=f"{name}.{kind}"
    )
    transaction.on_commit(partial(spreadsheet_export_task.enqueue, export.pk), robust=True)
    return export
