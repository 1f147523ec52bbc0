"""The compliance state decided from the evidence alone, one case per state."""

import datetime

import pytest

from lms.compliance.rules import Decision, StaffState, StatusEvidence, status_decide

TODAY = datetime.date(2026, 6, 15)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("evidence", "decision"),
    [
        (
            StatusEvidence(due_date=TODAY, enrolled=False),
            Decision(StaffState.NOT_ENROLLED, TODAY + DAY),
        ),
        (
            StatusEvidence(due_date=TODAY, enrolled=True),
            Decision(StaffState.ON_TIME, TODAY + DAY),
        ),
        (StatusEvidence(due_date=TODAY - DAY, enrolled=True), Decision(StaffState.OVERDUE, None)),
        # Not enrolled and past the date of joining's deadline: overdue too.
        (StatusEvidence(due_date=TODAY - DAY, enrolled=False), Decision(StaffState.OVERDUE, None)),
        (
            StatusEvidence(
                due_date=TODAY - DAY,
                enrolled=True,
                certificate_held=True,
                certificate_expires_on=TODAY + DAY,
            ),
            Decision(StaffState.CERTIFIED, TODAY + DAY),
        ),
        (
            StatusEvidence(
                due_date=TODAY + DAY,
                enrolled=True,
                certificate_held=True,
                certificate_expires_on=TODAY,
            ),
            Decision(StaffState.EXPIRED, None),
        ),
        (
            StatusEvidence(
                due_date=TODAY + DAY,
                enrolled=True,
                certificate_withdrawn=True,
                certificate_expires_on=TODAY + 300 * DAY,
            ),
            Decision(StaffState.WITHDRAWN, None),
        ),
    ],
    ids=[
        "not-enrolled",
        "on-time",
        "overdue",
        "overdue-not-enrolled",
        "certified",
        "expired",
        "withdrawn",
    ],
)
def test_each_state_and_the_day_it_changes_by_itself(evidence, decision):
    assert status_decide(evidence, TODAY) == decision


def test_the_day_after_the_recheck_the_state_has_moved_on():
    on_time = StatusEvidence(due_date=TODAY, enrolled=True)
    recheck = status_decide(on_time, TODAY).recheck_on
    assert status_decide(on_time, recheck).state == StaffState.OVERDUE
    certified = StatusEvidence(
        due_date=TODAY, enrolled=True, certificate_held=True, certificate_expires_on=TODAY + DAY
    )
    recheck = status_decide(certified, TODAY).recheck_on
    assert status_decide(certified, recheck).state == StaffState.EXPIRED
