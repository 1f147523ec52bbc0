import datetime
import io
import re

from django.utils import timezone
from openpyxl import load_workbook

from lms.compliance.rules import StaffState
from lms.organisation.models import Designation

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
    name, name_ur, number, district, designation, status, due, overdue = rows[0][:8]
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
