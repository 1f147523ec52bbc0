"""The Commission's monthly compliance summary: staff counts per district, as a spreadsheet.

Counted from the maintained compliance status (`lms.compliance`, one row per member of staff) in
one grouped query, so the summary says what the compliance overview says."""

import datetime
import io

from django.db.models import Count, Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.core.spreadsheets import cell_safe
from lms.organisation.models import District

EXPIRING_DAYS = 60


def compliance_counts(*, today: datetime.date) -> list[tuple]:
    """(district name, staff, enrolled, overdue, certified, expiring, revoked or suspended) for
    each district, headquarters staff last."""
    certified = Q(state=StaffState.CERTIFIED)
    columns = {
        "staff": Count("pk"),
        "enrolled": Count("pk", filter=Q(enrolment__isnull=False)),
        "overdue": Count("pk", filter=Q(state=StaffState.OVERDUE)),
        "certified": Count("pk", filter=certified),
        "expiring": Count(
            "pk",
            filter=certified & Q(expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS)),
        ),
        "withdrawn": Count("pk", filter=Q(state=StaffState.WITHDRAWN)),
    }
    rows = StaffStatus.objects.values("district_id").annotate(**columns).order_by()
    counts = {row["district_id"]: [row[name] for name in columns] for row in rows}
    places = [(d.pk, d.name) for d in District.objects.order_by("name")]
    places.append((None, _("Commission headquarters")))
    return [(name, *counts.get(pk, [0] * len(columns))) for pk, name in places]


def compliance_workbook(*, today: datetime.date) -> bytes:
    """The summary as an XLSX file: one sheet, a header row, a row per district, a total."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Compliance")
    sheet.append([_("Staff by district on %(date)s") % {"date": date_format(today)}])
    sheet["A1"].font = Font(bold=True)
    header = [
        _("District"),
        _("Staff"),
        _("Enrolled"),
        _("Overdue"),
        _("Certified"),
        _("Expiring within %(days)s days") % {"days": EXPIRING_DAYS},
        _("Revoked or suspended"),
    ]
    sheet.append(header)
    rows = compliance_counts(today=today)
    for row in rows:
        sheet.append([cell_safe(cell) for cell in row])
    sheet.append([_("Province"), *(sum(column) for column in list(zip(*rows, strict=True))[1:])])
    for cell in sheet[2] + sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
