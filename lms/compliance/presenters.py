"""What the compliance pages and exports show, shaped from the selectors' rows."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from lms.organisation.models import Designation

from .selectors import Month


def overview_export(rows, total, shown) -> tuple[list, list]:
    """The overview as a sheet: each count with its percentage beside it, the total last."""
    header = [_("Division"), _("District"), _("Designation"), _("Staff")]
    for column in shown:
        header += [column.label, "%"]
    lines = []
    for row in [*rows, total]:
        division = row.division.name if row.division else ""
        line = [division, row.label, row.designation_label, row.staff]
        for cell in row.cells:
            line += [cell.count, cell.percent]
        lines.append(line)
    return header, lines


def staff_export(statuses, today: datetime.date) -> tuple[list, object]:
    """The staff list as a sheet, read row by row (`statuses` may be an iterator)."""
    header = [
        _("Name"),
        _("Name in Urdu script"),
        _("Employee number"),
        _("Division"),
        _("District"),
        _("Designation"),
        _("Status"),
        _("Due date"),
        _("Days overdue"),
        _("Cohort"),
        _("Session days attended"),
        _("Session days held"),
        _("Post-test (%)"),
        _("Certificate number"),
        _("Certificate"),
        _("Certificate expires"),
    ]

    def lines():
        for status in statuses:
            certificate = status.certificate
            yield [
                status.staff.user.full_name,
                status.staff.full_name_ur,
                status.staff.employee_number,
                status.district.division.name
                if status.district_id and status.district.division_id
                else "",
                status.district.name if status.district else _("Commission headquarters"),
                Designation(status.designation).label,
                status.get_state_display(),
                status.due_date,
                status.days_overdue(today),
                status.cohort.name if status.cohort else "",
                status.sessions_attended,
                status.sessions_held,
                status.post_test_percent,
                certificate.number if certificate else "",
                certificate.get_state_display() if certificate else "",
                status.expires_on,
            ]

    return header, lines()


@dataclass(frozen=True)
class TrendChart:
    """A line chart drawn in the page as SVG: one point per month, in a viewBox of WIDTH by
    HEIGHT (the page scales it), for the certified and the overdue."""

    months: list[Month]
    certified_points: str
    overdue_points: str
    highest: int
    x_positions: list[float]

    WIDTH = 600
    HEIGHT = 160

    @property
    def labelled_months(self):
        return zip(self.months, self.x_positions, strict=True)


def trend_chart(months: list[Month]) -> TrendChart:
    highest = max([1, *(month.certified for month in months), *(month.overdue for month in months)])
    step = TrendChart.WIDTH / max(1, len(months) - 1)
    xs = [round(index * step, 1) for index in range(len(months))]

    def points(values):
        return " ".join(
            f"{x},{round(TrendChart.HEIGHT - value * TrendChart.HEIGHT / highest, 1)}"
            for x, value in zip(xs, values, strict=True)
        )

    return TrendChart(
        months=months,
        certified_points=points(month.certified for month in months),
        overdue_points=points(month.overdue for month in months),
        highest=highest,
        x_positions=xs,
    )
