"""The API's call log is kept API_CALL_RETENTION_DAYS; `api_calls_prune` deletes older calls."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from lms.api import services
from lms.api.models import ApiCall
from lms.api.services import api_key_create


def test_calls_older_than_the_retention_are_deleted_and_newer_ones_kept(
    administrator, settings, monkeypatch
):
    settings.API_CALL_RETENTION_DAYS = 30
    monkeypatch.setattr(services, "PRUNE_BATCH", 2)  # several batches
    key, _token = api_key_create(
        name="Dashboard", all_districts=True, districts=[], by=administrator
    )
    now = timezone.now()
    for days in (400, 90, 31, 31, 29, 0):
        ApiCall.objects.create(
            key=key,
            key_name=key.name,
            at=now - datetime.timedelta(days=days),
            method="GET",
            path="/api/v1/staff",
            status=200,
            duration_ms=5,
        )
    out = io.StringIO()
    call_command("api_calls_prune", stdout=out)
    assert out.getvalue() == "API calls deleted: 4.\n"
    ages = sorted((now - call.at).days for call in ApiCall.objects.all())
    assert ages == [0, 29]
    call_command("api_calls_prune", stdout=out)
    assert ApiCall.objects.count() == 2
