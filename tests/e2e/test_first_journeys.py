import pytest
from django.contrib.auth import get_user_model

from lms.organisation.models import StaffProfile
from tests.factories import StaffProfileFactory

from .conftest import DESKTOP, axe_violations, screenshot, sign_in, switch_language


@pytest.mark.parametrize(
    ("user_fixture", "login", "heading"),
    [
        ("learner", "KP-CPU-0042", "My training"),
        ("facilitator", "facilitator@example.org", "My cohorts"),
        ("commission_officer", "commission@example.org", "Overview of district staff"),
        ("administrator", "admin@example.org", "Overview of district staff"),
    ],
)
def test_each_role_signs_in_and_lands_on_its_home(
    page, live_server, request, password, user_fixture, login, heading
):
    user = request.getfixturevalue(user_fixture)
    sign_in(page, login, password, user)
    page.get_by_role("heading", level=1, name=heading).wait_for()
    assert page.url == f"{live_server.url}/"
    assert axe_violations(page) == []
    screenshot(page, f"home-{user_fixture}-360")


def test_a_wrong_password_shows_a_clear_error(page, learner):
    sign_in(page, "KP-CPU-0042", "not-the-password")
    alert = page.locator(".errorlist")
    alert.wait_for()
    assert "do not match" in alert.inner_text()
    assert "/accounts/login/" in page.url
    assert axe_violations(page) == []
    screenshot(page, "login-error-360")


def test_switching_to_urdu_gives_a_right_to_left_page(page, learner, password):
    sign_in(page, "KP-CPU-0042", password)
    switch_language(page, "اردو", "ur")
    assert page.get_attribute("html", "lang") == "ur"
    # Mirrored layout: the brand sits at the right edge of the header.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > page.viewport_size["width"] / 2
    screenshot(page, "home-learner-ur-360")
    page.set_viewport_size(DESKTOP)
    screenshot(page, "home-learner-ur-1280")


def test_a_learner_cannot_open_the_admin_or_another_persons_profile(
    page, learner, password, peshawar
):
    other = StaffProfileFactory(district=peshawar, user__full_name="Someone Else")
    sign_in(page, "KP-CPU-0042", password)
    page.get_by_role("heading", name="My training").wait_for()

    response = page.goto("/admin/")
    assert response.status == 403
    assert page.get_by_role("heading", name="You do not have access to this page").is_visible()

    response = page.goto(f"/people/{other.pk}/")
    assert response.status == 404
    assert "Someone Else" not in page.content()


def test_the_staff_import_rejects_a_duplicate_employee_number_and_writes_nothing(
    page, administrator, password, peshawar, tmp_path
):
    staff_file = tmp_path / "staff.csv"
    staff_file.write_text(
        "employee_number,full_name,email,designation,district,date_of_joining\n"
        "KP-CPU-7001,Rahim Gul,rahim@example.org,CPO,Peshawar,2026-09-01\n"
        "KP-CPU-7001,Shabnam,shabnam@example.org,Psychologist,Peshawar,2026-09-01\n",
        encoding="utf-8",
    )
    users_before = get_user_model().objects.count()
    sign_in(page, "admin@example.org", password, administrator)
    page.get_by_role("heading", name="Overview of district staff").wait_for()
    page.get_by_role("link", name="Import a staff list").click()
    page.get_by_label("Staff list").set_input_files(str(staff_file))
    page.get_by_role("button", name="Check the list").click()

    problems = page.get_by_test_id("import-problems")
    problems.wait_for()
    assert "Duplicate employee number: also on line 2." in problems.inner_text()
    assert page.get_by_text("Nothing was imported").is_visible()
    assert page.get_by_role("button", name="Import").count() == 0
    screenshot(page, "staff-import-rejected-360")
    assert get_user_model().objects.count() == users_before
    assert not StaffProfile.objects.filter(employee_number="KP-CPU-7001").exists()
