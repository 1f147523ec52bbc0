"""Reads of the compliance statuses, counted in the database: one query for the table, one
for the trend, however many staff there are."""

import datetime
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.visibility import learners_visible_q, sees_everyone
from lms.organisation.models import Designation, District, Division

from .models import EXPIRING_WITHIN_DAYS, StaffStatus
from .rules import CERTIFICATE_STATES, StaffState


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
    """The statuses of the staff a person may read (lms.accounts.visibility decides): everyone's
    for the Commission and administrators, headquarters staff (no district) included; their
    cohorts' learners' and their focal districts' staff for a facilitator."""
    if sees_everyone(viewer):
        return StaffStatus.objects.all()
    return StaffStatus.objects.filter(learners_visible_q(viewer, prefix="staff__user__"))


def focal_districts(viewer):
    """The districts whose focal person the viewer is (their staff are theirs to see)."""
    return District.objects.filter(focal_person=viewer).order_by("name")


def statuses_with_people(statuses):
    """The statuses with what the staff list shows of each, in the list's order."""
    return statuses.select_related(
        "staff__user", "district__division", "cohort", "certificate", "enrolment"
    ).order_by("due_date", "staff__user__full_name", "pk")


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


class Place(models.TextChoices):
    """What a row of the overview counts."""

    DISTRICT = "district"
    HEADQUARTERS = "headquarters"  # Commission headquarters: staff of no district
    DIVISION = "division"  # a division's subtotal
    PROVINCE = "province"  # the total


# The staff list's district filter for headquarters staff (see forms.DistrictField).
HEADQUARTERS = "hq"


@dataclass
class Row:
    place: Place
    designation: str  # "" on subtotal and total rows
    staff: int
    district: District | None = None
    division: Division | None = None  # the district's, or the subtotal's
    cells: list[Cell] = field(default_factory=list)
    query: str = ""  # the staff list's filters for the row's people
    counts: Counter = field(default_factory=Counter)  # column key or "staff" -> count

    @property
    def designation_label(self) -> str:
        return Designation(self.designation).label if self.designation else ""

    @property
    def label(self) -> str:
        if self.place == Place.DISTRICT:
            return self.district.name
        if self.place == Place.HEADQUARTERS:
            return str(_("Commission headquarters"))
        if self.place == Place.DIVISION:
            return str(_("%(division)s division") % {"division": self.division.name})
        return str(_("Province"))

    @property
    def filters(self) -> dict:
        """The staff list's filters for this row's place and designation."""
        place = {
            Place.DISTRICT: lambda: {"district": self.district.pk},
            Place.HEADQUARTERS: lambda: {"district": HEADQUARTERS},
            Place.DIVISION: lambda: {"division": self.division.pk},
            Place.PROVINCE: dict,
        }[self.place]()
        return {**place, "designation": self.designation or None}


def _percent(count: int, total: int) -> int | None:
    return round(100 * count / total) if total else None


def _counts(statuses, today: datetime.date) -> dict:
    """(district id, designation) -> {column key or "staff": count}, in two grouped queries
    that one index answers alone (models.StaffStatus.Meta.indexes): by district, designation
    and state; and the certified expiring within 90 days. (Each counts a column of the index:
    SQLite reads the table for COUNT of the primary key.)"""
    counts = defaultdict(Counter)
    by_state = statuses.order_by().values("district_id", "designation", "state")
    for row in by_state.annotate(n=Count("*")):
        place = counts[row["district_id"], row["designation"]]
        place[row["state"]] += row["n"]
        place["staff"] += row["n"]
    expiring = {
        f"expiring_{days}": Count(
            "expires_on", filter=Q(expires_on__lte=today + datetime.timedelta(days=days))
        )
        for days in EXPIRING_WITHIN_DAYS
    }
    soon = statuses.order_by().filter(
        state=StaffState.CERTIFIED,
        expires_on__lte=today + datetime.timedelta(days=max(EXPIRING_WITHIN_DAYS)),
    )
    for row in soon.values("district_id", "designation").annotate(**expiring):
        counts[row["district_id"], row["designation"]].update({key: row[key] for key in expiring})
    return counts


def overview_table(statuses, today: datetime.date | None = None) -> tuple[list[Row], Row]:
    """One row per district and designation with each column's count and share of the row's
    staff, district by district within each division followed by the division's subtotal, then
    the districts of no division, then headquarters (staff of no district); and the province's
    total row. Three queries (two of counts, the districts with their divisions)."""
    today = today or timezone.localdate()
    keys = [column.key for column in columns(today)]
    counts = _counts(statuses, today)
    districts = District.objects.select_related("division").in_bulk(
        {district for district, _designation in counts if district is not None}
    )

    def row(place, counted: Counter, designation="", district=None, division=None) -> Row:
        staff = counted["staff"]
        cells = [Cell(key, counted[key], _percent(counted[key], staff)) for key in keys]
        return Row(place, designation, staff, district, division, cells, counts=counted)

    by_division = defaultdict(list)
    headquarters = []
    for (district_id, designation), counted in counts.items():
        if district_id is None:
            headquarters.append(row(Place.HEADQUARTERS, counted, designation))
            continue
        district = districts[district_id]
        by_division[district.division].append(
            row(Place.DISTRICT, counted, designation, district, district.division)
        )
    rows = []
    for division in sorted(by_division, key=lambda division: (division is None, str(division))):
        district_rows = sorted(by_division[division], key=lambda row: (row.label, row.designation))
        rows += district_rows
        if division is not None:
            subtotal = sum((row.counts for row in district_rows), Counter())
            rows.append(row(Place.DIVISION, subtotal, division=division))
    rows += sorted(headquarters, key=lambda row: row.designation)
    return rows, row(Place.PROVINCE, sum(counts.values(), Counter()))


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


class _Later:
    """How many of a count's dates fall after a day (or on it), from (date, count) pairs."""

    def __init__(self, pairs):
        self.dates, self.totals, total = [], [], 0
        for day, count in sorted(pairs, reverse=True):
            total += count
            self.dates.append(day)
            self.totals.append(total)
        self.dates.reverse()
        self.totals.reverse()

    def after(self, day: datetime.date, *, inclusive: bool = False) -> int:
        index = (bisect_left if inclusive else bisect_right)(self.dates, day)
        return self.totals[index] if index < len(self.totals) else 0


def monthly_trend(
    statuses, totals: Counter, today: datetime.date | None = None, months: int = 12
) -> list[Month]:
    """Certified and overdue staff at the end of each of the last `months` months (this one
    up to today), computed from the dates on the statuses as they stand today:

    - certified at a day: certified by then and not expired by then (a certificate now revoked
      or suspended is left out, its date of withdrawal not being kept here);
    - overdue at a day: due date passed by then and not certified by then.

    `totals` are the statuses' counts by state and "staff" (the overview's total row). With
    them, every count the trend needs is of dates after the window opens, so the three queries
    read only the rows whose due date, certification or expiry falls in or after the window,
    each grouped by one date (rows bounded by the calendar). Overdue is split so that no row
    needs two dates compared to the day: certified on or before their due date, they stop being
    counted at their due date; certified after it, at their certification. Every status with a
    certificate (certified, expired, revoked or suspended) has both its dates (constraints).
    """
    today = today or timezone.localdate()
    ends = _month_ends(today, months)
    opens = ends[0]
    statuses = statuses.order_by()
    held = ~Q(state=StaffState.WITHDRAWN)
    by_due = list(
        statuses.filter(due_date__gte=opens)
        .values_list("due_date")
        .annotate(
            n=Count("due_date"),
            on_time=Count("due_date", filter=Q(certified_on__lte=F("due_date"))),
        )
    )
    by_certified = list(
        statuses.filter(certified_on__gt=opens)
        .values_list("certified_on")
        .annotate(
            held=Count("certified_on", filter=held),
            late=Count("certified_on", filter=Q(certified_on__gt=F("due_date"))),
        )
    )
    by_expiry = statuses.filter(held, expires_on__gt=opens).values_list("expires_on")
    due = _Later((day, n) for day, n, _on_time in by_due)
    due_certified_before = _Later((day, n) for day, _n, n in by_due)
    certified = _Later((day, n) for day, n, _late in by_certified)
    certified_late = _Later((day, n) for day, _held, n in by_certified)
    expires = _Later(by_expiry.annotate(n=Count("expires_on")))
    ever_certified = sum(totals[state] for state in CERTIFICATE_STATES)
    return [
        Month(
            end,
            certified=expires.after(end) - certified.after(end),
            overdue=totals["staff"]
            - ever_certified
            - due.after(end, inclusive=True)
            + due_certified_before.after(end, inclusive=True)
            + certified_late.after(end),
        )
        for end in ends
    ]
