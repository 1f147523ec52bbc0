import csv
import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from lms.accounts.models import Invitation
from lms.organisation.models import StaffProfile
from lms.organisation.services import StaffManagementDenied, staff_import, staff_member_create
from lms.organisation.staff_import import StaffFileError, staff_file_read, staff_rows_check

HEADER = "employee_number,full_name,full_name_ur,email,designation,district,date_of_joining,phone,gender\n"
GOOD_ROWS = (
    "KP-CPU-2001,Gul Bibi,گل بی بی,gul@example.org,Social Case Worker,Peshawar,2026-09-01,0300-1234567,female\n"
    "KP-CPU-2002,Amjad Ali,,amjad@example.org,CPO,peshawar,01/10/2026,,male\n"
)
UPLOAD_URL = reverse("staff_import:upload")
CONFIRM_URL = reverse("staff_import:confirm")


def csv_upload(text: str, name: str = "staff.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def test_a_clean_list_passes_every_check(peshawar):
    report = staff_rows_check(staff_file_read(csv_upload(HEADER + GOOD_ROWS)))
    assert report.is_valid
    assert [row.cleaned["designation"] for row in report.rows] == ["social_case_worker", "cpo"]
    assert report.rows[1].cleaned["date_of_joining"].isoformat() == "2026-10-01"


def test_every_problem_of_every_row_is_listed(peshawar, learner):
    text = (
        HEADER
        + (
            "KP-CPU-3001,,,,Social Case Worker,Peshawar,2026-09-01,,\n"  # missing name and email
            "KP-CPU-3002,A,,a@example.org,Janitor,Atlantis,31/31/2026,,robot\n"
            "KP-CPU-3003,B,,b@example.org,Psychologist,Peshawar,2026-09-01,,\n"
            "kp-cpu-3003,C,,b@example.org,Psychologist,Peshawar,2026-09-01,,\n"  # duplicates line 4
            "KP-CPU-0042,D,,learner@example.org,Psychologist,Peshawar,2026-09-01,,\n"  # already registered
        )
    )
    report = staff_rows_check(staff_file_read(csv_upload(text)))
    problems = {(row.line, column) for row in report.rows for column, _message in row.problems}
    assert problems == {
        (2, "full_name"),
        (2, "email"),
        (3, "designation"),
        (3, "district"),
        (3, "date_of_joining"),
        (3, "gender"),
        (5, "employee_number"),
        (5, "email"),
        (6, "employee_number"),
        (6, "email"),
    }
    assert "also on line 4" in dict(report.rows[3].problems)["employee_number"]
    assert not report.is_valid


def test_an_excel_list_is_read_like_a_csv(peshawar):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        ["KP-CPU-4001", "Sadia", "", "sadia@example.org", "Psychologist", "Peshawar", None, "", ""]
    )
    import datetime

    sheet["G2"] = datetime.datetime(2026, 8, 15)
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("staff.xlsx", buffer.getvalue())
    report = staff_rows_check(staff_file_read(upload))
    assert report.is_valid
    assert report.rows[0].cleaned["date_of_joining"].isoformat() == "2026-08-15"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("staff.pdf", b"%PDF", "Upload a .csv or .xlsx file"),
        ("staff.xlsx", b"not a workbook", "could not be opened"),
        ("staff.csv", "Ayesha".encode("utf-16"), "not UTF-8"),
        ("staff.csv", b"name,email\nA,a@example.org\n", "Missing: employee_number"),
    ],
)
def test_a_broken_file_gets_a_clear_error(name, content, message):
    with pytest.raises(StaffFileError, match=message):
        staff_file_read(SimpleUploadedFile(name, content))


def test_a_workbook_whose_sheet_is_damaged_gets_a_clear_error_and_imports_no_one(
    admin_client, peshawar
):
    workbook = Workbook()
    workbook.active.append(HEADER.strip().split(","))
    for row in csv.reader(io.StringIO(GOOD_ROWS * 20)):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    damaged = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as original,
        zipfile.ZipFile(damaged, "w") as copy,
    ):
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off in the middle of the rows
            copy.writestr(entry, data)
    upload = SimpleUploadedFile("staff.xlsx", damaged.getvalue())
    response = admin_client.post(UPLOAD_URL, {"file": upload})
    assert response.status_code == 200
    assert "The first sheet of the Excel file could not be read." in response.content.decode()
    assert not StaffProfile.objects.exists()


def test_the_dry_run_writes_nothing_and_shows_the_problems(admin_client, peshawar):
    text = HEADER + GOOD_ROWS + "KP-CPU-2001,Again,,again@example.org,CPO,Peshawar,2026-09-01,,\n"
    users_before = get_user_model().objects.count()
    response = admin_client.post(UPLOAD_URL, {"file": csv_upload(text)})
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Duplicate employee number: also on line 2." in html
    assert "Import 3" not in html
    assert get_user_model().objects.count() == users_before
    assert not StaffProfile.objects.filter(employee_number__startswith="KP-CPU-2").exists()


def test_a_clean_list_is_imported_whole_and_everyone_is_invited(
    admin_client, peshawar, django_capture_on_commit_callbacks
):
    response = admin_client.post(UPLOAD_URL, {"file": csv_upload(HEADER + GOOD_ROWS)})
    assert "passed every check" in response.content.decode()
    assert not StaffProfile.objects.filter(employee_number="KP-CPU-2001").exists()
    signed_rows = response.context["confirm_form"].initial["rows"]

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(CONFIRM_URL, {"rows": signed_rows})
    assert response.status_code == 302
    gul = StaffProfile.objects.get(employee_number="KP-CPU-2001")
    assert (gul.user.full_name, gul.full_name_ur, gul.district) == (
        "Gul Bibi",
        "گل بی بی",
        peshawar,
    )
    assert not gul.user.has_usable_password()
    assert (
        Invitation.objects.filter(
            user__staff_profile__employee_number__startswith="KP-CPU-2"
        ).count()
        == 2
    )
    assert sorted(message.to[0] for message in mail.outbox) == [
        "amjad@example.org",
        "gul@example.org",
    ]


def test_a_double_submit_of_the_confirmation_imports_once(admin_client, peshawar):
    response = admin_client.post(UPLOAD_URL, {"file": csv_upload(HEADER + GOOD_ROWS)})
    signed_rows = response.context["confirm_form"].initial["rows"]
    admin_client.post(CONFIRM_URL, {"rows": signed_rows})
    response = admin_client.post(CONFIRM_URL, {"rows": signed_rows})
    assert "no longer passes the checks" in response.content.decode()
    assert StaffProfile.objects.filter(employee_number__startswith="KP-CPU-2").count() == 2


def test_tampered_rows_are_refused(admin_client, peshawar):
    response = admin_client.post(CONFIRM_URL, {"rows": "eyJmb3JnZWQiOnRydWV9:forged:sig"})
    assert "expired or was altered" in response.content.decode()
    assert not StaffProfile.objects.exists()


def test_one_person_can_be_added_with_the_same_checks(admin_client, peshawar, learner):
    data = {
        "employee_number": "kp-cpu-0042",
        "full_name": "Duplicate",
        "email": "new@example.org",
        "designation": "psychologist",
        "district": "Peshawar",
        "date_of_joining": "2026-09-01",
        "gender": "female",
    }
    response = admin_client.post(reverse("staff_import:add_person"), data)
    assert "already registered" in response.content.decode()

    data["employee_number"] = "KP-CPU-5001"
    response = admin_client.post(reverse("staff_import:add_person"), data)
    assert response.status_code == 302
    assert StaffProfile.objects.get(employee_number="KP-CPU-5001").user.email == "new@example.org"


@pytest.mark.parametrize("user_fixture", ["learner", "facilitator", "commission_officer"])
def test_only_administrators_may_import_staff(client, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(UPLOAD_URL, follow=True)
    html = response.content.decode()
    assert 'type="file"' not in html
    # A learner is stopped at the CMS door; CMS users are sent back to the CMS dashboard.
    assert response.status_code == 403 or "do not have permission" in html


@pytest.mark.parametrize("user_fixture", ["learner", "facilitator", "commission_officer"])
def test_the_import_itself_refuses_anyone_but_an_administrator(
    request, user_fixture, peshawar, administrator
):
    report = staff_rows_check(staff_file_read(csv_upload(HEADER + GOOD_ROWS)))
    with pytest.raises(StaffManagementDenied):
        staff_import(report=report, invited_by=request.getfixturevalue(user_fixture))
    with pytest.raises(StaffManagementDenied):
        staff_member_create(
            **report.rows[0].cleaned, invited_by=request.getfixturevalue(user_fixture)
        )
    assert not StaffProfile.objects.filter(employee_number__startswith="KP-CPU-200").exists()
    assert not Invitation.objects.exists()

    assert len(staff_import(report=report, invited_by=administrator)) == 2


def test_a_csv_cell_with_control_characters_is_a_row_problem(admin_client, peshawar):
    text = (
        HEADER + GOOD_ROWS + "KP-CPU-2003,Nul\x00Name,,nul@example.org,CPO,Peshawar,2026-09-01,,\n"
    )
    response = admin_client.post(UPLOAD_URL, {"file": csv_upload(text)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported" in html
    assert "contains control characters" in html
    report = staff_rows_check(staff_file_read(csv_upload(text)))
    assert [(row.line, column) for row in report.rows for column, _m in row.problems] == [
        (4, "full_name")
    ]
    assert not StaffProfile.objects.filter(employee_number="KP-CPU-2003").exists()


def test_a_name_a_spreadsheet_would_run_is_imported_with_a_warning(admin_client, peshawar):
    text = HEADER + "KP-CPU-2005,=Gul Bibi,,gul5@example.org,CPO,Peshawar,2026-09-01,+92300,\n"
    response = admin_client.post(UPLOAD_URL, {"file": csv_upload(text)})
    html = response.content.decode()
    assert "The list passed every check" in html
    assert "Line 2, full_name: “=Gul Bibi” starts with a sign a spreadsheet reads" in html
    assert [column for column, _m in response.context["report"].rows[0].warnings] == ["full_name"]
    admin_client.post(CONFIRM_URL, {"rows": response.context["confirm_form"].initial["rows"]})
    assert StaffProfile.objects.get(employee_number="KP-CPU-2005").user.full_name == "=Gul Bibi"


def test_an_email_too_long_to_keep_is_a_row_problem(peshawar):
    """A valid address longer than an account keeps (254 characters) is refused at its row,
    rather than failing the import when PostgreSQL will not store it."""
    long_email = f"{'a' * 60}@{'b' * 60}.{'c' * 60}.{'d' * 60}.example.org"
    assert len(long_email) > 254
    row = f"KP-CPU-4001,Gul Bibi,,{long_email},CPO,Peshawar,2026-09-01,,\n"
    report = staff_rows_check(staff_file_read(csv_upload(HEADER + row)))
    assert report.rows[0].problems == [("email", "Use at most 254 characters.")]
