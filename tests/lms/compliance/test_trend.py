"""The month-by-month trend, counted from grouped dates, agrees with the definition applied to
each member of staff one by one."""

import datetime
import random

from django.utils import timezone

from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.compliance.selectors import monthly_trend, overview_table


def test_the_trend_counts_what_the_definition_counts(status_make, peshawar):
    rng = random.Random(16)  # noqa: S311 - reproducible data, not secrets
    today = timezone.localdate()

    def day(low, high):
        return today + datetime.timedelta(days=rng.randint(low, high))

    for _index in range(60):
        state = rng.choice(list(StaffState))
        row = {"due_date": day(-500, 60)}
        if state in (StaffState.CERTIFIED, StaffState.EXPIRED, StaffState.WITHDRAWN):
            row["certified_on"] = day(-700, 0)
            row["expires_on"] = row["certified_on"] + datetime.timedelta(
                days=rng.choice([200, 730])
            )
        status_make(peshawar, state, **row)

    totals = overview_table(StaffStatus.objects.all(), today)[1].counts
    months = monthly_trend(StaffStatus.objects.all(), totals, today)
    assert len(months) == 12 and months[-1].end == today
    rows = list(StaffStatus.objects.all())
    for month in months:
        end = month.end
        certified = sum(
            1
            for row in rows
            if row.certified_on
            and row.certified_on <= end < row.expires_on
            and row.state != StaffState.WITHDRAWN
        )
        overdue = sum(
            1
            for row in rows
            if row.due_date < end and (row.certified_on is None or row.certified_on > end)
        )
        assert (month.certified, month.overdue) == (certified, overdue), end
    assert any(month.certified for month in months) and any(month.overdue for month in months)
