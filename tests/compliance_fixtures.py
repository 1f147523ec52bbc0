"""Members of staff with their compliance status rows, for the compliance pages' tests."""

import datetime

import pytest
from django.utils import timezone

from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.organisation.models import Designation
from tests.factories import DistrictFactory, StaffProfileFactory


@pytest.fixture
def status_make(db):
    """A member of staff with their status row as the refresh would leave it (the refresh
    itself is tested in test_refresh.py; the pages read only the row)."""

    def make(district, state=StaffState.ON_TIME, designation=Designation.SOCIAL_CASE_WORKER, **row):
        today = timezone.localdate()
        profile = StaffProfileFactory(
            district=district,
            designation=designation,
            **{key: row.pop(key) for key in ("user", "full_name_ur") if key in row},
        )
        if state in (StaffState.CERTIFIED, StaffState.EXPIRED, StaffState.WITHDRAWN):
            row.setdefault("expires_on", today + datetime.timedelta(days=400))
            row.setdefault("certified_on", today - datetime.timedelta(days=300))
        return StaffStatus.objects.create(
            staff=profile,
            district=district,
            designation=designation,
            date_of_joining=profile.date_of_joining,
            state=state,
            due_date=row.pop("due_date", today + datetime.timedelta(days=10)),
            **row,
        )

    return make


@pytest.fixture
def mardan(db):
    return DistrictFactory(name="Mardan")
