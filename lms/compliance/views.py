"""The compliance overview (district by designation), the staff behind each count, and their
exports. The Commission and administrators see every district; a facilitator, their cohorts'
learners; a learner, nothing (403)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from lms.accounts.roles import can_manage_certificates
from lms.accounts.visibility import is_staff_reader, sees_everyone
from lms.core.spreadsheets import spreadsheet_response

from .forms import ComplianceFilter
from .presenters import overview_export, staff_export, trend_chart
from .selectors import NEEDS_ATTENTION, columns, monthly_trend, overview_table, statuses_visible

STAFF_PER_PAGE = 50
# An XLSX file is built whole in memory before it is sent; longer lists go as CSV, which streams.
XLSX_MAX_ROWS = 20_000


def _filtered(request, *, by_status: bool):
    if not is_staff_reader(request.user):
        raise PermissionDenied
    form = ComplianceFilter(request.GET, viewer=request.user, by_status=by_status)
    return form, form.filter(statuses_visible(request.user))


def _export(request, filename: str, title: str, table):
    """The export the request asks for (?export=csv or xlsx), or None: show the page."""
    header, rows = table
    return spreadsheet_response(
        request.GET.get("export"), filename, header, rows, title=title, stream=True
    )


@login_required
def overview(request):
    form, statuses = _filtered(request, by_status=False)
    today = timezone.localdate()
    shown = columns(today)
    rows, total = overview_table(statuses, today)
    if export := _export(
        request, "compliance", _("Compliance"), overview_export(rows, total, shown)
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
        context["needing_attention"] = _with_people(statuses.filter(NEEDS_ATTENTION))[
            :STAFF_PER_PAGE
        ]
    return render(request, "compliance/overview.html", context)


def _with_people(statuses):
    return statuses.select_related(
        "staff__user", "district__division", "cohort", "certificate", "enrolment"
    ).order_by("due_date", "staff__user__full_name", "pk")


@login_required
def staff_list(request):
    """The people behind a count: the overview's filters, a status column among them."""
    form, statuses = _filtered(request, by_status=True)
    statuses = _with_people(statuses)
    if request.GET.get("export") == "xlsx" and statuses.count() > XLSX_MAX_ROWS:
        messages.warning(
            request,
            _(
                "More than %(count)s people: choose fewer with the filters for an Excel file, "
                "or download CSV."
            )
            % {"count": number_format(XLSX_MAX_ROWS, force_grouping=True)},
        )
    else:
        rows = staff_export(statuses.iterator(), timezone.localdate())
        if export := _export(request, "compliance-staff", _("Staff"), rows):
            return export
    context = {
        "form": form,
        "page": Paginator(statuses, STAFF_PER_PAGE).get_page(request.GET.get("page")),
        "query": form.query(),
        "overview_query": form.query(status=None),
        "links_to_registry": can_manage_certificates(request.user),
    }
    return render(request, "compliance/staff.html", context)
