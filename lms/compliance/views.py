"""The compliance overview (district by designation), the staff behind each count, and their
exports. The Commission and administrators see every district; a facilitator, their cohorts'
learners; a learner, nothing (403)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.roles import can_manage_certificates
from lms.accounts.visibility import sees_everyone
from lms.core.spreadsheets import spreadsheet_response
from lms.exports.shortcuts import spreadsheet_export_respond

from .exports import STAFF_SOURCE
from .forms import compliance_filtered
from .presenters import overview_export, trend_chart
from .selectors import (
    NEEDS_ATTENTION,
    columns,
    focal_districts,
    monthly_trend,
    overview_table,
    statuses_with_people,
)

STAFF_PER_PAGE = 50


@login_required
def overview(request):
    form, statuses = compliance_filtered(request.user, request.GET, by_status=False)
    today = timezone.localdate()
    shown = columns(today)
    rows, total = overview_table(statuses, today)
    header, lines = overview_export(rows, total, shown)
    # A row per district and designation: short enough to send at once, whatever the filters.
    if export := spreadsheet_response(
        request.GET.get("export"), "compliance", header, lines, title=_("Compliance"), stream=True
    ):
        return export
    for row in [*rows, total]:
        row.query = form.query(**row.filters)
        for cell in row.cells:
            cell.query = form.query(**row.filters, status=cell.key)
    context = {
        "form": form,
        "columns": shown,
        "rows": rows,
        "total": total,
        "trend": trend_chart(monthly_trend(statuses, total.counts, today)),
        "sees_everyone": sees_everyone(request.user),
    }
    if not context["sees_everyone"]:
        context["focal_districts"] = focal_districts(request.user)
        context["needing_attention"] = statuses_with_people(statuses.filter(NEEDS_ATTENTION))[
            :STAFF_PER_PAGE
        ]
    return render(request, "compliance/overview.html", context)


@login_required
def staff_list(request):
    """The people behind a count: the overview's filters, a status column among them."""
    if export := spreadsheet_export_respond(request, source=STAFF_SOURCE, param="export"):
        return export
    form, statuses = compliance_filtered(request.user, request.GET, by_status=True)
    statuses = statuses_with_people(statuses)
    context = {
        "form": form,
        "page": Paginator(statuses, STAFF_PER_PAGE).get_page(request.GET.get("page")),
        "query": form.query(),
        "overview_query": form.query(status=None),
        "links_to_registry": can_manage_certificates(request.user),
    }
    return render(request, "compliance/staff.html", context)
