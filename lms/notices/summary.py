"""The Commission's monthly compliance summary: staff counts per district, as a spreadsheet.

Counted here in a few grouped queries (one per column) so the notices do not wait for the
compliance overview; that overview's maintained status may replace these counts later."""

import datetime
import io

from django.db.models import Count
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from courses.cohorts.models import Enrolment
from lms.accounts.visibility import SEEN_ENROLMENT_STATUSES
from lms.certification.models import Certificate, CertificateState
from lms.core.spreadsheets import cell_safe
from lms.organisation.models import District, StaffProfile

from .selectors import uncertified_enrolments

EXPIRING_DAYS = 60


def _per_district(queryset, district_path: str, person: str) -> dict:
    rows = queryset.values(district_path).annotate(n=Count(person, distinct=True)).order_by()
    return {row[district_path]: row["n"] for row in rows}


def compliance_counts(*, today: datetime.date) -> list[tuple]:
    """(district name, staff, enrolled, overdue, certified, expiring, revoked or suspended) for
    each district, headquarters staff last."""
    district = "learner__staff_profile__district_id"
    valid = Certificate.objects.filter(state=CertificateState.VALID, expires_on__gt=today)
    columns = [
        _per_district(StaffProfile.objects.all(), "district_id", "pk"),
        _per_district(
            Enrolment.objects.filter(status__in=SEEN_ENROLMENT_STATUSES), district, "learner"
        ),
        _per_district(uncertified_enrolments().filter(due_date__lt=today), district, "learner"),
        _per_district(valid, district, "learner"),
        _per_district(
            valid.filter(expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS)),
            district,
            "learner",
        ),
        _per_district(
            Certificate.objects.filter(
                state__in=[CertificateState.REVOKED, CertificateState.SUSPENDED]
            ),
            district,
            "learner",
        ),
    ]
    places = [(d.pk, d.name) for d in District.objects.order_by("name")]
    places.append((None, _("Commission headquarters")))
    return [(name, *(column.get(pk, 0) for column in columns)) for pk, name in places]


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
