"""Which days a learner may open, and why not: pure logic, no database."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from courses.content.choices import DayRelease
from lms.core.dates import date_text


@dataclass(frozen=True)
class DayState:
    day_id: int
    day_number: int
    total_lessons: int
    completed_lessons: int
    session_date: datetime.date | None = None

    @property
    def is_complete(self) -> bool:
        return self.total_lessons > 0 and self.completed_lessons >= self.total_lessons

    @property
    def percent(self) -> int:
        if not self.total_lessons:
            return 0
        return round(100 * self.completed_lessons / self.total_lessons)


@dataclass(frozen=True)
class Lock:
    reason: str
    opens_on: datetime.date | None = None


def day_locks(release: str, days: list[DayState], today: datetime.date) -> dict[int, Lock | None]:
    """For each day (in course order), None if open, else why it is locked and when it opens."""
    locks: dict[int, Lock | None] = {}
    first_incomplete: DayState | None = None
    for day in days:
        lock = None
        if release == DayRelease.IN_ORDER and first_incomplete is not None:
            lock = Lock(_("Complete Day %(day)d first.") % {"day": first_incomplete.day_number})
        elif release == DayRelease.ON_SESSION_DATE:
            if day.session_date is None:
                lock = Lock(_("Opens when your cohort's session for this day is scheduled."))
            elif day.session_date > today:
                lock = Lock(
                    _("Opens on %(date)s, the day of your cohort's session.")
                    % {"date": date_text(day.session_date)},
                    opens_on=day.session_date,
                )
        locks[day.day_id] = lock
        if first_incomplete is None and not day.is_complete:
            first_incomplete = day
    return locks


HEARTBEAT_INTERVAL_SECONDS = 30


def credited_seconds(*, reported_active: int, since_last_seen: float) -> int:
    """Time to add for one heartbeat: what the page reports as active time, never more than the
    wall-clock time since the last one (so two open tabs cannot double it) nor one interval."""
    return max(0, int(min(reported_active, since_last_seen, HEARTBEAT_INTERVAL_SECONDS)))
