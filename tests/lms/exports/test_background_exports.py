"""Long exports are prepared by the task worker: the person is told in a notice, and the file
opens for them alone, while it is kept."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from lms.accounts.roles import Role
from lms.certification.services import certificate_issue
from lms.compliance.rules import StaffState
from lms.exports.models import ExportStatus, SpreadsheetExport
from lms.exports.services import spreadsheet_export_prepare
from lms.notices.models import Notice, NoticeKind
from tests.factories import UserFactory

STAFF = reverse("compliance:staff")


@pytest.fixture
def staff(status_make, peshawar, mardan):
    for state in (StaffState.OVERDUE, StaffState.ON_TIME, StaffState.OVERDUE):
        status_make(peshawar, state)
    status_make(mardan, StaffState.OVERDUE, full_name_ur="گل بی بی")


def test_a_long_staff_list_is_prepared_in_the_background_and_handed_to_its_requester_alone(
    client, commission_officer, staff, peshawar, settings, committed
):
    settings.SPREADSHEET_EXPORT_BACKGROUND_ROWS = 2
    client.force_login(commission_officer)
    with committed():
        response = client.get(STAFF, {"status": "overdue", "export": "xlsx"}, follow=True)
    page = response.content.decode()
    assert response.redirect_chain == [(f"{STAFF}?status=overdue", 302)]
    assert "3 rows: the file is being prepared." in page
    export = SpreadsheetExport.objects.get()
    assert (export.status, export.rows, export.filename) == (
        ExportStatus.READY,
        3,
        "compliance-staff.xlsx",
    )
    notice = Notice.objects.get(recipient=commission_officer)
    assert notice.kind == NoticeKind.EXPORT_READY
    assert notice.link == reverse("exports:download", args=[export.pk])
    (email,) = mail.outbox
    assert email.subject == "Your spreadsheet compliance-staff.xlsx is ready"
    assert "3 rows. Download it by" in email.body

    download = client.get(notice.link)
    assert download["Content-Disposition"] == 'attachment; filename="compliance-staff.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4 and {row[6] for row in rows[1:]} == {"Overdue"}
    assert "گل بی بی" in {row[1] for row in rows}

    # Nobody else opens it, another officer of the Commission included.
    other_officer = UserFactory(role=Role.COMMISSION, with_totp=True)
    client.force_login(other_officer)
    assert client.get(notice.link).status_code == 404
    client.logout()
    assert client.get(notice.link).status_code == 302  # to sign in

    # Once its time is up, the requester is told it is gone, and the cron job deletes it.
    client.force_login(commission_officer)
    SpreadsheetExport.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    gone = client.get(notice.link)
    assert gone.status_code == 410
    assert "This file is no longer kept." in gone.content.decode()
    name = export.file.name
    assert export.file.storage.exists(name)
    call_command("exports_prune", stdout=io.StringIO())
    assert not SpreadsheetExport.objects.exists() and not export.file.storage.exists(name)


def test_a_short_list_is_sent_at_once(client, commission_officer, staff, settings):
    settings.SPREADSHEET_EXPORT_BACKGROUND_ROWS = 4
    client.force_login(commission_officer)
    response = client.get(STAFF, {"export": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(b"".join(response.streaming_content).decode().splitlines()) == 5
    assert not SpreadsheetExport.objects.exists()


def test_a_requester_who_may_no_longer_read_the_list_gets_no_file(commission_officer, staff):
    export = SpreadsheetExport.objects.create(  # queued, and the worker busy
        requested_by=commission_officer,
        source="compliance_staff",
        kind="csv",
        filename="compliance-staff.csv",
    )
    commission_officer.role = Role.LEARNER
    commission_officer.save()
    spreadsheet_export_prepare(export.pk)
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED and not export.file
    assert not Notice.objects.filter(kind=NoticeKind.EXPORT_READY).exists()


def test_a_long_registry_export_is_prepared_in_the_background(
    client, commission_officer, enrolment, settings, committed
):
    settings.SPREADSHEET_EXPORT_BACKGROUND_ROWS = 0
    certificate = certificate_issue(enrolment=enrolment, issued_on=timezone.localdate())
    client.force_login(commission_officer)
    registry = reverse("certification:registry")
    with committed():
        response = client.get(registry, {"status": "valid", "format": "csv"})
    assert response.status_code == 302 and response["Location"] == f"{registry}?status=valid"
    export = SpreadsheetExport.objects.get()
    lines = b"".join(client.get(reverse("exports:download", args=[export.pk])).streaming_content)
    lines = lines.decode("utf-8").splitlines()
    assert lines[0].startswith("\ufeffName,") and len(lines) == 2
    assert certificate.number in lines[1]
