"""The compliance overview and staff list: who may read them, the counts, links and exports."""

import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from lms.compliance.rules import StaffState
from lms.organisation.models import Designation

DAYS = datetime.timedelta(days=1)
OVERVIEW = reverse("compliance:overview")
STAFF = reverse("compliance:staff")


@pytest.fixture
def today():
    """Today in Pakistan, read when the test starts (a run may cross midnight)."""
    return timezone.localdate()


@pytest.fixture
def province(status_make, peshawar, mardan, today):
    """Peshawar: 2 overdue, 1 on time, 3 certified (expiring in 20, 50 and 400 days), 1 not
    enrolled psychologist; Mardan: 1 expired, 1 revoked."""
    make = status_make
    make(peshawar, StaffState.OVERDUE, due_date=today - 5 * DAYS)
    make(peshawar, StaffState.OVERDUE, due_date=today - 12 * DAYS, full_name_ur="گل بی بی")
    make(peshawar, StaffState.ON_TIME)
    for days in (20, 50, 400):
        make(peshawar, StaffState.CERTIFIED, expires_on=today + days * DAYS)
    make(peshawar, StaffState.NOT_ENROLLED, designation=Designation.PSYCHOLOGIST)
    make(mardan, StaffState.EXPIRED, expires_on=today - 3 * DAYS)
    make(mardan, StaffState.WITHDRAWN, certificate_state="revoked")


def cells(html: str, label: str, designation: str = "") -> list[str]:
    """The texts of the table row whose header is `label` (numbers and percentages)."""
    pattern = rf"<tr>\s*<th[^>]*>(?:<bdi>)?{label}(?:(?!</tr>).)*{designation}.*?</tr>"
    row = re.search(pattern, html, re.S).group(0)
    return [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    ]


def test_a_learner_is_refused(client, learner):
    client.force_login(learner)
    assert client.get(OVERVIEW).status_code == 403
    assert client.get(STAFF).status_code == 403


def test_the_commission_sees_each_district_and_designation_counted(
    client, commission_officer, province
):
    client.force_login(commission_officer)
    html = client.get(OVERVIEW).content.decode()
    # Staff, not enrolled, on time, overdue, certified, expiring 30/60/90, expired, withdrawn.
    peshawar_workers = cells(html, "Peshawar", "Social Case Worker")
    assert peshawar_workers[0] == "Social Case Worker"
    assert [cell.split()[0] for cell in peshawar_workers[1:]] == [
        "6",
        "0",
        "1",
        "2",
        "3",
        "1",
        "2",
        "2",
        "0",
        "0",
    ]
    assert peshawar_workers[4] == "2 33%"  # overdue: 2 of 6
    province = cells(html, "Province")
    assert [cell.split()[0] for cell in province] == [
        "9",
        "1",
        "1",
        "2",
        "3",
        "1",
        "2",
        "2",
        "1",
        "1",
    ]


def test_each_count_links_to_the_people_behind_it(client, commission_officer, province, peshawar):
    client.force_login(commission_officer)
    html = client.get(OVERVIEW).content.decode()
    link = re.search(
        rf'href="({STAFF}\?district={peshawar.pk}&amp;designation=social_case_worker&amp;status=overdue)"',
        html,
    ).group(1)
    listing = client.get(link.replace("&amp;", "&")).content.decode()
    assert "2 members of staff" in listing
    assert "گل بی بی" in listing
    assert ">12</bdi>" in listing  # days overdue
    assert f"Staff of <bdi>{peshawar.name}</bdi>" in listing


def test_filters_narrow_the_counts_and_an_unknown_value_is_ignored_with_a_note(
    client, commission_officer, province, mardan, today
):
    client.force_login(commission_officer)
    html = client.get(OVERVIEW, {"designation": "psychologist"}).content.decode()
    assert cells(html, "Province")[0].startswith("1")
    html = client.get(OVERVIEW, {"district": mardan.pk}).content.decode()
    assert cells(html, "Province")[0].startswith("2")
    response = client.get(OVERVIEW, {"district": "99999", "joined_from": "yesterday"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Filters with an unknown value were ignored: District, Joined from." in html
    assert cells(html, "Province")[0].startswith("9")
    later = today + 400 * DAYS
    html = client.get(OVERVIEW, {"joined_from": later.isoformat()}).content.decode()
    assert "No staff match these filters." in html


def test_a_facilitator_sees_only_their_cohorts_learners_and_who_needs_attention(
    client, facilitator, enrolment, learner, status_make, peshawar, province
):
    from lms.compliance.services import staff_status_refresh

    status = staff_status_refresh(learner.staff_profile)
    assert status.state == StaffState.ON_TIME and status.sessions_held == 2  # absent: at risk
    client.force_login(facilitator)
    html = client.get(OVERVIEW).content.decode()
    assert cells(html, "Province")[0].startswith("1")
    assert "Learners overdue or at risk" in html
    assert "at risk: attended 0 of 2 session days" in html
    assert learner.full_name in html
    listing = client.get(STAFF).content.decode()
    assert "1 member of staff" in listing


def test_the_overview_and_the_list_take_the_same_queries_for_more_staff(
    client,
    commission_officer,
    province,
    status_make,
    peshawar,
    mardan,
    django_assert_max_num_queries,
):
    client.force_login(commission_officer)

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = queries(OVERVIEW), queries(STAFF)
    for index in range(30):
        status_make(
            [peshawar, mardan][index % 2],
            list(StaffState)[index % 6],
            designation=list(Designation)[index % 4],
        )
    with django_assert_max_num_queries(few[0]):
        client.get(OVERVIEW)
    with django_assert_max_num_queries(few[1]):
        client.get(STAFF)


def test_exports_with_the_filters_applied(client, commission_officer, province, peshawar, today):
    client.force_login(commission_officer)
    response = client.get(OVERVIEW, {"district": peshawar.pk, "export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8").splitlines()
    assert lines[0].startswith("\ufeffDivision,District,Designation,Staff,Not enrolled,%")
    assert lines[1].startswith(",Peshawar,Psychologist,1,1,100")
    assert lines[-1].startswith(",Province,,7,")

    response = client.get(STAFF, {"district": peshawar.pk, "status": "overdue", "export": "xlsx"})
    assert response["Content-Disposition"] == 'attachment; filename="compliance-staff.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3
    urdu = next(row for row in rows if row[1] == "گل بی بی")
    assert urdu[6] == "Overdue"
    assert urdu[7].date() == today - 12 * DAYS
    assert urdu[8] == 12


def test_an_export_of_nobody_is_a_valid_empty_file(client, commission_officer):
    client.force_login(commission_officer)
    response = client.get(STAFF, {"export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) == 1 and rows[0][0] == "Name"
