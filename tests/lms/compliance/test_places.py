"""The overview counts headquarters staff in a row of their own and groups districts by division,
with a subtotal per division; the filters, drill-down and exports follow."""

import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from lms.compliance.rules import StaffState
from lms.organisation.models import Designation, Division
from tests.factories import DistrictFactory

OVERVIEW = reverse("compliance:overview")
STAFF = reverse("compliance:staff")


@pytest.fixture
def divisions(status_make, peshawar, mardan):
    """Peshawar division: Peshawar (2 overdue) and Charsadda (1 certified); Mardan division:
    Mardan (1 on time); headquarters: 1 overdue, 1 not enrolled psychologist."""
    peshawar_division = Division.objects.create(province=peshawar.province, name="Peshawar")
    mardan_division = Division.objects.create(province=peshawar.province, name="Mardan")
    charsadda = DistrictFactory(name="Charsadda", division=peshawar_division)
    peshawar.division = peshawar_division
    peshawar.save()
    mardan.division = mardan_division
    mardan.save()
    status_make(peshawar, StaffState.OVERDUE)
    status_make(peshawar, StaffState.OVERDUE)
    status_make(charsadda, StaffState.CERTIFIED)
    status_make(mardan, StaffState.ON_TIME)
    status_make(None, StaffState.OVERDUE, full_name_ur="صدر دفتر")
    status_make(None, StaffState.NOT_ENROLLED, designation=Designation.PSYCHOLOGIST)
    return peshawar_division, mardan_division


def row_texts(html: str) -> list[list[str]]:
    """Each row of the overview's table as its header and cells' first words."""
    body = re.search(r"<tbody>(.*?)</tbody>.*?<tfoot>(.*?)</tfoot>", html, re.S)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1) + body.group(2), re.S)
    return [
        [
            (re.sub(r"<[^>]+>", "", cell).split() or [""])[0]
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ][:5]
        for row in rows
    ]


def test_headquarters_staff_have_their_own_row_and_count_in_the_province(
    client, commission_officer, divisions
):
    client.force_login(commission_officer)
    html = client.get(OVERVIEW).content.decode()
    # District, designation, staff, not enrolled, on time (first words).
    assert row_texts(html) == [
        ["Mardan", "Social", "1", "0", "1"],
        ["Mardan", "", "1", "0", "1"],  # Mardan division's subtotal
        ["Charsadda", "Social", "1", "0", "0"],
        ["Peshawar", "Social", "2", "0", "0"],
        ["Peshawar", "", "3", "0", "0"],  # Peshawar division's subtotal
        ["Commission", "Psychologist", "1", "1", "0"],
        ["Commission", "Social", "1", "0", "0"],
        ["Province", "6", "1", "1", "3"],
    ]
    assert "Peshawar division" in html and 'class="subtotal"' in html
    link = re.search(rf'href="({STAFF}\?district=hq&amp;designation=social_case_worker)"', html)
    listing = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert "Staff of <bdi>Commission headquarters</bdi>" in listing
    assert "1 member of staff" in listing and "صدر دفتر" in listing


def test_the_division_filter_narrows_the_overview_the_drill_down_and_the_exports(
    client, commission_officer, divisions
):
    peshawar_division, _mardan_division = divisions
    client.force_login(commission_officer)
    html = client.get(OVERVIEW, {"division": peshawar_division.pk}).content.decode()
    assert [row[0] for row in row_texts(html)] == ["Charsadda", "Peshawar", "Peshawar", "Province"]
    assert row_texts(html)[-1][1] == "3"
    subtotal_link = f"{STAFF}?division={peshawar_division.pk}"
    assert f'href="{subtotal_link}"' in html
    listing = client.get(subtotal_link).content.decode()
    assert "Staff of <bdi>Peshawar</bdi>" in listing and "3 members of staff" in listing

    response = client.get(OVERVIEW, {"division": peshawar_division.pk, "export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8").splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [
        ["Peshawar", "Charsadda", "Social Case Worker", "1"],
        ["Peshawar", "Peshawar", "Social Case Worker", "2"],
        ["Peshawar", "Peshawar division", "", "3"],
        ["", "Province", "", "3"],
    ]
    response = client.get(STAFF, {"district": "hq", "export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert [(row[3], row[4]) for row in rows[1:]] == [(None, "Commission headquarters")] * 2
    response = client.get(STAFF, {"division": peshawar_division.pk, "export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert sorted(row[4] for row in rows[1:]) == ["Charsadda", "Peshawar", "Peshawar"]
    assert {row[3] for row in rows[1:]} == {"Peshawar"}


def test_an_unknown_division_is_ignored_with_a_note(client, commission_officer, divisions):
    client.force_login(commission_officer)
    html = client.get(OVERVIEW, {"division": "999999"}).content.decode()
    assert "Filters with an unknown value were ignored: Division." in html
    assert row_texts(html)[-1][1] == "6"


def test_more_divisions_districts_and_headquarters_staff_take_no_more_queries(
    client, commission_officer, divisions, status_make, peshawar
):
    client.force_login(commission_officer)

    def queries(url, data=None):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, data).status_code == 200
        return len(captured)

    before = [queries(OVERVIEW), queries(STAFF), queries(OVERVIEW, {"division": divisions[0].pk})]
    for index in range(6):
        division = Division.objects.create(province=peshawar.province, name=f"Division {index}")
        district = DistrictFactory(name=f"District {index}", division=division)
        for state in list(StaffState)[:4]:
            status_make(district, state, designation=list(Designation)[index % 4])
        status_make(None, list(StaffState)[index])
    after = [queries(OVERVIEW), queries(STAFF), queries(OVERVIEW, {"division": divisions[0].pk})]
    assert after == before
