import datetime
import io
import re

from django.utils import timezone
from openpyxl import load_workbook

from lms.compliance.rules import StaffState
from lms.organisation.models import Designation, Division

from .conftest import DESKTOP, axe_violations, screenshot, sign_in


def test_the_commission_filters_the_overview_drills_into_a_district_and_downloads_its_overdue(
    browser, live_server, commission_officer, password, status_make, peshawar, mardan
):
    today = timezone.localdate()
    late = status_make(
        peshawar,
        StaffState.OVERDUE,
        due_date=today.replace(day=1) - datetime.timedelta(days=20),
        full_name_ur="گل بی بی",
    )
    status_make(peshawar, StaffState.OVERDUE, designation=Designation.PSYCHOLOGIST)
    status_make(peshawar, StaffState.CERTIFIED, expires_on=today + datetime.timedelta(days=45))
    status_make(mardan, StaffState.ON_TIME)

    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()
    sign_in(page, commission_officer.email, password, commission_officer)
    page.get_by_role("link", name="Compliance").click()
    page.get_by_role("heading", name="Compliance by district").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "compliance-overview-1280")

    page.get_by_role("combobox", name="Designation").select_option(label="Social Case Worker")
    page.get_by_role("button", name="Filter").click()
    province = page.locator("tfoot tr")
    assert province.locator("td").first.inner_text() == "3"  # the workers of both districts

    peshawar_row = page.locator("tbody tr", has_text="Peshawar")
    overdue_column = 4  # staff, not enrolled, on time, overdue
    peshawar_row.locator("td").nth(overdue_column).get_by_role("link").click()
    page.get_by_role("heading", name="Staff of Peshawar").wait_for()
    assert page.get_by_text("1 member of staff").is_visible()
    assert page.get_by_role("link", name=late.staff.user.full_name).is_visible()
    assert axe_violations(page) == []
    screenshot(page, "compliance-district-1280")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download Excel (XLSX)").click()
    sheet = load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:2] == ("Name", "Name in Urdu script")
    assert len(rows) == 1
    name, name_ur, number, _division, district, designation, status, due, overdue = rows[0][:9]
    assert (name, name_ur, district, designation, status) == (
        late.staff.user.full_name,
        "گل بی بی",
        "Peshawar",
        "Social Case Worker",
        "Overdue",
    )
    assert due.date() == late.due_date and overdue == (today - late.due_date).days
    assert re.fullmatch(r"KP-T-\d{4}", number)
    context.close()


def test_the_commission_narrows_the_overview_to_a_division_and_opens_its_subtotal(
    browser, live_server, commission_officer, password, status_make, peshawar, mardan
):
    division = Division.objects.create(province=peshawar.province, name="Peshawar")
    peshawar.division = division
    peshawar.save()
    mardan.division = Division.objects.create(province=peshawar.province, name="Mardan")
    mardan.save()
    status_make(peshawar, StaffState.OVERDUE)
    status_make(peshawar, StaffState.ON_TIME, designation=Designation.PSYCHOLOGIST)
    status_make(mardan, StaffState.ON_TIME)
    headquarters = status_make(None, StaffState.OVERDUE)

    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, commission_officer.email, password, commission_officer)
    page.goto("/compliance/")
    assert page.locator("tbody tr.subtotal").all_inner_texts()[0].startswith("Mardan division")
    hq_row = page.locator("tbody tr", has_text="Commission headquarters")
    assert hq_row.locator("td").nth(1).inner_text() == "1"
    assert page.locator("tfoot tr td").first.inner_text() == "4"

    page.get_by_role("combobox", name="Division").select_option(label="Peshawar")
    page.get_by_role("button", name="Filter").click()
    assert page.locator("tfoot tr td").first.inner_text() == "2"
    assert page.locator("tbody tr", has_text="Mardan").count() == 0
    assert page.locator("tbody tr", has_text="Commission headquarters").count() == 0
    assert axe_violations(page) == []
    screenshot(page, "compliance-division-1280")
    subtotal = page.locator("tbody tr.subtotal", has_text="Peshawar division")
    subtotal.locator("td").nth(1).get_by_role("link").click()  # its staff
    page.get_by_role("heading", name="Staff of Peshawar").wait_for()
    assert page.get_by_text("2 members of staff").is_visible()

    page.goto("/compliance/")
    hq_row = page.locator("tbody tr", has_text="Commission headquarters")
    hq_row.locator("td").nth(1).get_by_role("link").click()
    page.get_by_role("heading", name="Staff of Commission headquarters").wait_for()
    assert page.get_by_role("link", name=headquarters.staff.user.full_name).is_visible()
    context.close()


def test_a_focal_person_opens_their_districts_staff_and_sees_no_other_district(
    browser, live_server, facilitator, password, status_make, peshawar, mardan
):
    peshawar.focal_person = facilitator
    peshawar.save()
    overdue = status_make(peshawar, StaffState.OVERDUE)
    certified = status_make(peshawar, StaffState.CERTIFIED)
    elsewhere = status_make(mardan, StaffState.OVERDUE)

    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, facilitator.email, password, facilitator)
    page.goto("/compliance/")
    page.get_by_role(
        "heading", name="Compliance of my district and my cohorts' learners"
    ).wait_for()
    assert page.locator("tbody tr", has_text="Mardan").count() == 0
    assert page.locator("tfoot tr td").first.inner_text() == "2"
    page.get_by_test_id("focal-districts").get_by_role("link", name="Staff of Peshawar").click()
    page.get_by_role("heading", name="Staff of Peshawar").wait_for()
    assert page.get_by_text("2 members of staff").is_visible()
    for status in (overdue, certified):
        assert page.get_by_role("link", name=status.staff.user.full_name).is_visible()
    assert axe_violations(page) == []
    screenshot(page, "compliance-focal-person-1280")
    page.get_by_role("link", name=overdue.staff.user.full_name).click()
    page.get_by_role("heading", name=overdue.staff.user.full_name).wait_for()

    page.goto(f"/compliance/staff/?district={mardan.pk}")
    assert page.get_by_text("0 members of staff").is_visible()
    assert page.get_by_role("link", name=elsewhere.staff.user.full_name).count() == 0
    context.close()
