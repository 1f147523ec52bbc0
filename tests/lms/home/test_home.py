import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.services import attendance_mark
from lms.organisation.models import Designation
from tests.factories import DistrictFactory, StaffProfileFactory


@pytest.mark.parametrize(
    ("user_fixture", "heading"),
    [
        ("learner", "My training"),
        ("facilitator", "My cohorts"),
        ("commission_officer", "Overview of district staff"),
        ("administrator", "Overview of district staff"),
    ],
)
def test_each_role_lands_on_its_own_home(client, request, user_fixture, heading):
    client.force_login(request.getfixturevalue(user_fixture))
    assert f"<h1>{heading}</h1>" in client.get(reverse("home")).content.decode()


def test_the_cms_link_is_for_cms_roles_and_a_learners_page_asks_no_permissions(
    client, learner, facilitator
):
    cms = f'href="{reverse("wagtailadmin_home")}"'
    client.force_login(facilitator)
    assert cms in client.get(reverse("home")).content.decode()
    client.force_login(learner)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("home")).content.decode()
    assert cms not in html
    assert not [query for query in queries.captured_queries if "auth_permission" in query["sql"]]


def test_a_learner_sees_when_their_course_falls_due(client, learner):
    client.force_login(learner)
    html = client.get(reverse("home")).content.decode()
    assert learner.staff_profile.course_due_date.strftime("%Y-%m-%d") in html


def test_only_administrators_see_the_import_button(client, commission_officer, administrator):
    client.force_login(commission_officer)
    assert "Import a staff list" not in client.get(reverse("home")).content.decode()
    client.force_login(administrator)
    assert "Import a staff list" in client.get(reverse("home")).content.decode()


def test_the_overview_counts_staff_per_district_and_designation(client, commission_officer):
    mardan = DistrictFactory(name="Mardan")
    StaffProfileFactory.create_batch(2, district=mardan, designation=Designation.PSYCHOLOGIST)
    StaffProfileFactory(district=mardan, designation=Designation.CHILD_PROTECTION_OFFICER)
    client.force_login(commission_officer)
    response = client.get(reverse("home"))
    rows = {district.name: counts for district, counts in response.context["overview_rows"]}
    # Columns follow Designation: CPO, psychologist, social case worker, other.
    assert rows["Mardan"] == [1, 2, 0, 0]


def test_the_overview_costs_the_same_queries_for_many_districts(
    client, commission_officer, django_assert_max_num_queries
):
    client.force_login(commission_officer)
    for index in range(3):
        StaffProfileFactory(district=DistrictFactory(name=f"Small {index}"))
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("home"))
    for index in range(30):
        StaffProfileFactory(district=DistrictFactory(name=f"Large {index}"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("home"))


def test_a_facilitator_is_offered_todays_attendance_for_each_cohort(client, facilitator, cohort):
    client.force_login(facilitator)
    html = client.get(reverse("home")).content.decode()
    today_session = cohort.sessions.get(date=timezone.localdate())
    assert "Take attendance: Day 2 (today)" in html
    assert reverse("cohorts:attendance", args=[cohort.pk, today_session.pk]) in html


def test_the_commission_overview_lists_every_cohort(client, commission_officer, cohort):
    client.force_login(commission_officer)
    html = client.get(reverse("home")).content.decode()
    assert reverse("progress:cohort", args=[cohort.pk]) in html


def test_a_learner_sees_their_attendance_day_by_day_in_date_order(
    client, learner, enrolment, facilitator
):
    client.force_login(learner)
    assert "No session day has been marked yet." in client.get(reverse("home")).content.decode()
    first, second = enrolment.cohort.sessions.order_by("date")[:2]
    for session, status in ((second, "absent"), (first, "late")):
        attendance_mark(session=session, enrolment=enrolment, status=status, marked_by=facilitator)
    html = client.get(reverse("home")).content.decode()
    summary = html[html.index('class="attendance-summary"') :]
    day_1 = summary.index('Day 1: <span class="attendance attendance--late">Late</span>')
    day_2 = summary.index('Day 2: <span class="attendance attendance--absent">Absent</span>')
    assert day_1 < day_2
