"""Reads of the compliance statuses, counted in the database: one query for the table, one
for the trend, however many staff there are."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.visibility import learners_visible_q, sees_everyone
from lms.organisation.models import Designation, District

from .models import EXPIRING_WITHIN_DAYS, StaffStatus
from .rules import StaffState


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    condition: Q


def columns(today: datetime.date) -> list[Column]:
    """The overview's count columns, in order; each key also filters the staff list."""
    by_state = {
        state.value: Column(state.value, state.label, Q(state=state)) for state in StaffState
    }
    expiring = [
        Column(
            f"expiring_{days}",
            _("Expiring within %(days)s days") % {"days": days},
            Q(state=StaffState.CERTIFIED, expires_on__lte=today + datetime.timedelta(days=days)),
        )
        for days in EXPIRING_WITHIN_DAYS
    ]
    return [
        by_state[StaffState.NOT_ENROLLED],
        by_state[StaffState.ON_TIME],
        by_state[StaffState.OVERDUE],
        by_state[StaffState.CERTIFIED],
        *expiring,
        by_state[StaffState.EXPIRED],
        by_state[StaffState.WITHDRAWN],
    ]


def column_condition(key: str, today: datetime.date) -> Q | None:
    return next((column.condition for column in columns(today) if column.key == key), None)


def statuses_visible(viewer):
    """The statuses of district staff a person may read: everyone's for the Commission and
    administrators, their cohorts' learners' for a facilitator (lms.accounts.visibility
    decides). Commission headquarters (no district) is not counted."""
    statuses = StaffStatus.objects.filter(district__isnull=False)
    if sees_everyone(viewer):
        return statuses
    return statuses.filter(learners_visible_q(viewer, prefix="staff__user__"))


# A facilitator's learners needing attention: overdue, or at risk (on time, yet behind the
# session days: absent from one already held).
NEEDS_ATTENTION = Q(state=StaffState.OVERDUE) | Q(
    state=StaffState.ON_TIME, sessions_attended__lt=F("sessions_held")
)


@dataclass
class Cell:
    key: str
    count: int
    percent: int | None
    query: str = ""  # the staff list's filters for the people behind the count


@dataclass
class Row:
    district: District | None  # None: the province's total row
    designation: str
    staff: int
    cells: list[Cell] = field(default_factory=list)
    query: str = ""  # the staff list's filters for the row's people

    @property
    def designation_label(self) -> str:
        return Designation(self.designation).label if self.designation else ""


def _percent(count: int, total: int) -> int | None:
    return round(100 * count / total) if total else None


def overview_table(statuses, today: datetime.date | None = None) -> tuple[list[Row], Row]:
    """One row per district and designation with each column's count and share of the row's
    staff, and the province's total row: two queries (the counts, the districts' names)."""
    today = today or timezone.localdate()
    shown = columns(today)
    counted = (
        statuses.order_by()
        .values("district_id", "designation")
        .annotate(
            staff_count=Count("pk"),
            **{column.key: Count("pk", filter=column.condition) for column in shown},
        )
    )
    counted = list(counted)
    districts = District.objects.in_bulk({row["district_id"] for row in counted} - {None})
    total = Row(district=None, designation="", staff=sum(row["staff_count"] for row in counted))
    total.cells = [
        Cell(c.key, n, _percent(n, total.staff))
        for c in shown
        for n in [sum(row[c.key] for row in counted)]
    ]
    rows = [
        Row(
            district=districts.get(row["district_id"]),
            designation=row["designation"],
            staff=row["staff_count"],
            cells=[
                Cell(c.key, row[c.key], _percent(row[c.key], row["staff_count"])) for c in shown
            ],
        )
        for row in counted
    ]
    rows.sort(key=lambda row: (str(row.district), row.designation))
    return rows, total


@dataclass(frozen=True)
class Month:
    end: datetime.date
    certified: int
    overdue: int


def _month_ends(today: datetime.date, months: int) -> list[datetime.date]:
    first = today.replace(day=1)
    ends = [today]
    for _index in range(months - 1):
        ends.append(first - datetime.timedelta(days=1))
        first = ends[-1].replace(day=1)
    return ends[::-1]


def monthly_trend(statuses, today: datetime.date | None = None, months: int = 12) -> list[Month]:
    """Certified and overdue staff at the end of each of the last `months` months (this one
    up to today), computed from the dates on the statuses as they stand today, in one query:
    certified = issued by then and not yet expired (a certificate now revoked or suspended is
    left out, its date of withdrawal not being kept here); overdue = due date passed by then
    and not certified by then."""
    ends = _month_ends(today or timezone.localdate(), months)
    counts = {}
    for index, end in enumerate(ends):
        counts[f"certified_{index}"] = Count(
            "pk",
            filter=Q(certified_on__lte=end, expires_on__gt=end) & ~Q(state=StaffState.WITHDRAWN),
        )
        counts[f"overdue_{index}"] = Count(
            "pk",
            filter=Q(due_date__lt=end) & (Q(certified_on__isnull=True) | Q(certified_on__gt=end)),
        )
    totals = statuses.order_by().aggregate(**counts)
    return [
        Month(end, totals[f"certified_{index}"], totals[f"overdue_{index}"])
        for index, end in enumerate(ends)
    ]
