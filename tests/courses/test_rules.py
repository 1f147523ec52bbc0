import datetime

import pytest

from courses.content.choices import DayRelease
from courses.progress.rules import DayState, credited_seconds, day_locks

TODAY = datetime.date(2026, 11, 23)


def days(*completed, total=3, dates=None):
    dates = dates or [None] * len(completed)
    return [
        DayState(
            day_id=n, day_number=n, total_lessons=total, completed_lessons=done, session_date=date
        )
        for n, (done, date) in enumerate(zip(completed, dates, strict=True), start=1)
    ]


def test_all_days_are_open_when_the_course_says_so():
    assert set(day_locks(DayRelease.OPEN, days(0, 0, 0), TODAY).values()) == {None}


def test_in_order_a_day_opens_only_when_every_earlier_day_is_complete():
    locks = day_locks(DayRelease.IN_ORDER, days(3, 1, 0), TODAY)
    assert locks[1] is None
    assert locks[2] is None
    assert locks[3].reason == "Complete Day 2 first."


@pytest.mark.parametrize(
    ("session_date", "locked"),
    [
        (TODAY - datetime.timedelta(days=1), False),
        (TODAY, False),
        (TODAY + datetime.timedelta(days=2), True),
    ],
)
def test_on_session_date_a_day_opens_on_its_date(session_date, locked):
    lock = day_locks(DayRelease.ON_SESSION_DATE, days(0, dates=[session_date]), TODAY)[1]
    assert (lock is not None) == locked
    if locked:
        assert lock.opens_on == session_date
        assert "Opens on" in lock.reason


def test_a_day_without_a_session_date_says_it_waits_for_the_schedule():
    lock = day_locks(DayRelease.ON_SESSION_DATE, days(0), TODAY)[1]
    assert "scheduled" in lock.reason


@pytest.mark.parametrize(
    ("reported", "since_last", "credited"),
    [
        (20, 25.0, 20),  # normal: what the page reports
        (30, 5.0, 5),  # a second tab cannot add more than the clock moved
        (600, 900.0, 30),  # never more than one interval per report
        (-5, 10.0, 0),  # nonsense is worth nothing
    ],
)
def test_time_spent_is_never_inflated(reported, since_last, credited):
    assert credited_seconds(reported_active=reported, since_last_seen=since_last) == credited
