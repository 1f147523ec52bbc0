import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses.cohorts.models import (
    AttendanceChange,
    AttendanceRecord,
    CohortStatus,
    Enrolment,
    EnrolmentStatus,
)
from courses.cohorts.services import (
    SKIP_ALREADY_COMPLETED,
    SKIP_ALREADY_ENROLLED,
    SKIP_COHORT_CLOSED,
    SKIP_COHORT_FULL,
    SKIP_NOT_A_LEARNER,
    SKIP_OUTSIDE_DISTRICTS,
    CohortActionDenied,
    attendance_mark,
    cohort_enrol,
)
from courses.progress.services import lesson_complete
from lms.organisation.models import TrainingPolicy
from tests.factories import DistrictFactory, StaffProfileFactory, UserFactory


def test_enrolment_freezes_the_course_version_and_sets_the_due_date(enrolment, course, learner):
    policy_days = TrainingPolicy.load().course_due_days
    assert enrolment.course_version == course.version
    assert (enrolment.due_date - learner.staff_profile.date_of_joining).days == policy_days


def test_bulk_enrolment_reports_everyone_skipped_and_why(
    cohort, learner, facilitator, peshawar, enrolment
):
    finished = StaffProfileFactory(district=peshawar).user
    Enrolment.objects.create(
        cohort=cohort,
        course=cohort.course,
        learner=finished,
        course_version="0.9",
        due_date=enrolment.due_date,
        status=EnrolmentStatus.COMPLETED,
    )
    newcomer = StaffProfileFactory(district=peshawar).user
    report = cohort_enrol(
        cohort=cohort, learners=[learner, facilitator, finished, newcomer], enrolled_by=facilitator
    )
    assert [e.learner for e in report.enrolled] == [newcomer]
    assert dict(report.skipped) == {
        learner: SKIP_ALREADY_ENROLLED,
        facilitator: SKIP_NOT_A_LEARNER,
        finished: SKIP_ALREADY_COMPLETED,
    }


def test_a_full_cohort_takes_no_more(cohort, peshawar, facilitator):
    cohort.capacity = 1
    cohort.save()
    people = [StaffProfileFactory(district=peshawar).user for _ in range(2)]
    report = cohort_enrol(cohort=cohort, learners=people, enrolled_by=facilitator)
    assert len(report.enrolled) == 1
    assert report.skipped == [(people[1], SKIP_COHORT_FULL)]


@pytest.mark.parametrize("status", [CohortStatus.COMPLETED, CohortStatus.CANCELLED])
def test_no_one_is_enrolled_in_a_cohort_that_has_ended_or_is_cancelled(
    cohort, facilitator, peshawar, status
):
    cohort.status = status
    cohort.save()
    people = [StaffProfileFactory(district=peshawar).user for _ in range(2)]
    report = cohort_enrol(cohort=cohort, learners=people, enrolled_by=facilitator)
    assert report.enrolled == []
    assert [(person, str(reason)) for person, reason in report.skipped] == [
        (person, "the cohort has ended or is cancelled") for person in people
    ]
    assert not Enrolment.objects.exists()


def test_a_facilitator_is_told_a_closed_cohort_takes_no_one_and_offered_no_enrol_form(
    client, cohort, facilitator, peshawar
):
    client.force_login(facilitator)
    cohort_url = reverse("progress:cohort", args=[cohort.pk])
    enrol_url = reverse("cohorts:enrol", args=[cohort.pk])
    closed = "This cohort has ended or is cancelled: no one can be enrolled in it."
    page = client.get(cohort_url).content.decode()
    assert f'href="{enrol_url}"' in page and closed not in page

    cohort.status = CohortStatus.COMPLETED
    cohort.save()
    page = client.get(cohort_url).content.decode()
    assert f'href="{enrol_url}"' not in page and closed in page
    page = client.get(enrol_url).content.decode()
    assert closed in page and 'name="group-district"' not in page
    # A form sent from a page opened before the cohort closed: everyone skipped, and why.
    newcomer = StaffProfileFactory(district=peshawar, user__full_name="Late Comer").user
    response = client.post(enrol_url, {"group-district": peshawar.pk, "group-designation": ""})
    assert response.context["report"].skipped == [(newcomer, SKIP_COHORT_CLOSED)]
    assert "Late Comer: the cohort has ended or is cancelled" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_no_one_is_enrolled_in_a_cohort_outside_its_districts(cohort, facilitator):
    kohat_officer = StaffProfileFactory(district=DistrictFactory(name="Kohat")).user
    report = cohort_enrol(cohort=cohort, learners=[kohat_officer], enrolled_by=facilitator)
    assert report.skipped == [(kohat_officer, SKIP_OUTSIDE_DISTRICTS)]
    assert not Enrolment.objects.filter(learner=kohat_officer).exists()


def test_enrolling_by_number_tells_nothing_of_staff_outside_the_cohorts_districts(
    client, cohort, facilitator, learner
):
    StaffProfileFactory(
        district=DistrictFactory(name="Kohat"),
        employee_number="KP-KOH-0007",
        user__full_name="Gulalai Outsider",
    )
    client.force_login(facilitator)
    response = client.post(
        reverse("cohorts:enrol", args=[cohort.pk]),
        {"numbers-employee_numbers": "KP-KOH-0007, KP-NONE-0001, KP-CPU-0042"},
        follow=True,
    )
    page = response.content.decode()
    assert Enrolment.objects.filter(learner=learner).exists()
    assert not Enrolment.objects.exclude(learner=learner).exists()
    assert "Gulalai" not in page
    warnings = sorted(str(message) for message in response.context["messages"])
    assert warnings == [
        "No staff member with employee number KP-KOH-0007 works in this cohort's districts.",
        "No staff member with employee number KP-NONE-0001 works in this cohort's districts.",
    ]


def test_attendance_corrections_keep_their_history(cohort, enrolment, facilitator, administrator):
    session = cohort.sessions.first()
    attendance_mark(session=session, enrolment=enrolment, status="absent", marked_by=facilitator)
    attendance_mark(
        session=session, enrolment=enrolment, status="absent", marked_by=facilitator
    )  # double tap
    attendance_mark(
        session=session, enrolment=enrolment, status="late", note="Bus", marked_by=administrator
    )
    record = AttendanceRecord.objects.get()
    assert (record.status, record.note, record.marked_by) == ("late", "Bus", administrator)
    history = list(AttendanceChange.objects.values_list("old_status", "new_status", "changed_by"))
    assert history == [("", "absent", facilitator.pk), ("absent", "late", administrator.pk)]


def test_attendance_percentage_counts_present_and_late_over_days_held(
    cohort, enrolment, facilitator
):
    held = [session for session in cohort.sessions.all() if session.has_happened]
    assert len(held) == 2
    attendance_mark(session=held[0], enrolment=enrolment, status="late", marked_by=facilitator)
    attendance_mark(session=held[1], enrolment=enrolment, status="absent", marked_by=facilitator)
    annotated = Enrolment.objects.with_attendance().get(pk=enrolment.pk)
    assert (annotated.attended_days, annotated.held_days) == (1, 2)


def test_a_facilitator_marks_attendance_with_one_tap(client, cohort, enrolment, facilitator):
    client.force_login(facilitator)
    session = cohort.sessions.first()
    url = reverse("cohorts:attendance", args=[cohort.pk, session.pk])
    response = client.post(
        url, {"enrolment": enrolment.pk, "status": "present"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Saved" in response.content.decode()
    assert AttendanceRecord.objects.get().status == "present"


@pytest.mark.parametrize("tampered", [{"status": "teleported"}, {"enrolment": 999999}])
def test_tampered_attendance_is_refused_and_changes_nothing(
    client, cohort, enrolment, facilitator, tampered
):
    client.force_login(facilitator)
    session = cohort.sessions.first()
    data = {"enrolment": enrolment.pk, "status": "present", **tampered}
    response = client.post(reverse("cohorts:attendance", args=[cohort.pk, session.pk]), data)
    assert response.status_code == 400
    assert not AttendanceRecord.objects.exists()


def test_a_facilitator_sees_only_the_cohorts_they_run(client, cohort):
    other = UserFactory(role="facilitator", with_totp=True)
    client.force_login(other)
    assert client.get(reverse("progress:cohort", args=[cohort.pk])).status_code == 404


def test_a_learner_cannot_open_cohort_pages(client, cohort, learner, enrolment):
    client.force_login(learner)
    assert client.get(reverse("progress:cohort", args=[cohort.pk])).status_code == 403


def test_the_matrix_shows_progress_and_attendance_per_day(
    client, cohort, enrolment, facilitator, outline, learner
):
    lesson_complete(learner=learner, lesson=outline[0][1][0])
    attendance_mark(
        session=cohort.sessions.first(),
        enrolment=enrolment,
        status="present",
        marked_by=facilitator,
    )
    client.force_login(facilitator)
    matrix = client.get(reverse("progress:cohort", args=[cohort.pk])).context["matrix"]
    first = matrix.rows[0].cells[0]
    assert (first.percent, first.attendance) == (50, "present")
    assert matrix.rows[0].attendance_percent == 50  # 1 of 2 days held


def test_the_csv_export_has_a_row_per_learner(client, cohort, enrolment, facilitator):
    client.force_login(facilitator)
    response = client.get(reverse("progress:cohort_export", args=[cohort.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Employee number", "Name"]
    assert rows[1][0] == "KP-CPU-0042"


def test_the_csv_export_quotes_a_name_a_spreadsheet_would_run(
    client, cohort, enrolment, facilitator, learner
):
    learner.full_name = '=HYPERLINK("http://evil.example","Gul")'
    learner.save()
    client.force_login(facilitator)
    response = client.get(reverse("progress:cohort_export", args=[cohort.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == '\'=HYPERLINK("http://evil.example","Gul")'


def test_the_excel_export_keeps_dates_and_urdu_names_and_quotes_formulas(
    client, cohort, enrolment, facilitator, learner, peshawar
):
    other = StaffProfileFactory(district=peshawar).user
    other.full_name = "=1+1"
    other.save()
    cohort_enrol(cohort=cohort, learners=[other], enrolled_by=facilitator)
    learner.full_name = "گل بی بی"
    learner.save()
    client.force_login(facilitator)
    page = client.get(reverse("progress:cohort", args=[cohort.pk])).content.decode()
    export = reverse("progress:cohort_export", args=[cohort.pk])
    assert f'href="{export}?format=xlsx" download>Download Excel (XLSX)<' in page
    response = client.get(export, {"format": "xlsx"})
    assert response["Content-Disposition"] == (
        f'attachment; filename="cohort-{cohort.pk}-progress.xlsx"'
    )
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Employee number", "Name", "District", "Due date")
    names = {row[1]: row for row in rows[1:]}
    assert set(names) == {"گل بی بی", "'=1+1"}
    assert names["گل بی بی"][0] == "KP-CPU-0042"
    assert names["گل بی بی"][3].date() == enrolment.due_date


def test_the_matrix_costs_the_same_queries_for_more_learners(
    client, cohort, enrolment, facilitator, peshawar, django_assert_max_num_queries
):
    client.force_login(facilitator)
    url = reverse("progress:cohort", args=[cohort.pk])
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    cohort.capacity = 50
    cohort.save()
    cohort_enrol(
        cohort=cohort,
        learners=[StaffProfileFactory(district=peshawar).user for _ in range(15)],
        enrolled_by=facilitator,
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_enrolling_by_district_reports_in_the_page(client, cohort, facilitator, peshawar, learner):
    client.force_login(facilitator)
    response = client.post(
        reverse("cohorts:enrol", args=[cohort.pk]),
        {"group-district": peshawar.pk, "group-designation": ""},
    )
    assert "1 learner enrolled" in response.content.decode()
    assert Enrolment.objects.filter(learner=learner).exists()


def test_the_commission_sets_up_cohorts_in_the_cms(client, commission_officer, course):
    client.force_login(commission_officer)
    response = client.get("/admin/snippets/cohorts/cohort/add/")
    assert response.status_code == 200
    assert "Session days" in response.content.decode()


def test_a_facilitator_cannot_create_cohorts_in_the_cms(client, facilitator, course):
    client.force_login(facilitator)
    response = client.get("/admin/snippets/cohorts/cohort/add/", follow=True)
    assert 'name="name"' not in response.content.decode()


@pytest.mark.parametrize("actor", ["learner", "other_facilitator"])
def test_only_those_running_the_cohort_enrol_and_mark_attendance(
    request, actor, cohort, enrolment, peshawar, commission_officer
):
    person = request.getfixturevalue(actor)
    newcomer = StaffProfileFactory(district=peshawar).user
    session = cohort.sessions.first()
    with pytest.raises(CohortActionDenied):
        cohort_enrol(cohort=cohort, learners=[newcomer], enrolled_by=person)
    with pytest.raises(CohortActionDenied):
        attendance_mark(session=session, enrolment=enrolment, status="absent", marked_by=person)
    assert list(Enrolment.objects.all()) == [enrolment]
    assert not AttendanceRecord.objects.exists()

    # The Commission runs every cohort.
    cohort_enrol(cohort=cohort, learners=[newcomer], enrolled_by=commission_officer)
    attendance_mark(
        session=session, enrolment=enrolment, status="absent", marked_by=commission_officer
    )
    assert Enrolment.objects.filter(learner=newcomer).exists()
    assert AttendanceRecord.objects.get().marked_by == commission_officer


def _history(html: str) -> str:
    return html.split('id="attendance-history"', 1)[1]


def test_attendance_history_shows_who_changed_what_when_on_the_learner_and_session_pages(
    client, cohort, enrolment, facilitator, commission_officer
):
    session = cohort.sessions.first()
    attendance_mark(session=session, enrolment=enrolment, status="absent", marked_by=facilitator)
    attendance_mark(
        session=session,
        enrolment=enrolment,
        status="late",
        note="Bus",
        marked_by=commission_officer,
    )
    learner_page = reverse("progress:cohort_learner", args=[cohort.pk, enrolment.pk])
    session_page = reverse("cohorts:attendance", args=[cohort.pk, session.pk])
    for reader in (facilitator, commission_officer):
        client.force_login(reader)
        for url, subject in (
            (learner_page, session.module.title),
            (session_page, enrolment.learner.full_name),
        ):
            history = _history(client.get(url).content.decode())
            first, correction = history.split("<tr>")[2:4]
            assert "Absent" in first and facilitator.full_name in first and subject in first
            assert "Absent → Late" in correction and "Bus" in correction
            assert commission_officer.full_name in correction and "<time datetime=" in correction
    client.force_login(UserFactory(role="facilitator", with_totp=True))
    for url in (learner_page, session_page):
        assert client.get(url).status_code == 404


def test_attendance_history_costs_the_same_queries_for_more_learners_and_changes(
    client, cohort, enrolment, facilitator, peshawar, django_assert_max_num_queries
):
    client.force_login(facilitator)
    session = cohort.sessions.first()
    learner_page = reverse("progress:cohort_learner", args=[cohort.pk, enrolment.pk])
    session_page = reverse("cohorts:attendance", args=[cohort.pk, session.pk])
    attendance_mark(session=session, enrolment=enrolment, status="absent", marked_by=facilitator)
    with django_assert_max_num_queries(60) as learner_few:
        client.get(learner_page)
    with django_assert_max_num_queries(60) as session_few:
        client.get(session_page)
    cohort.capacity = 50
    cohort.save()
    others = cohort_enrol(
        cohort=cohort,
        learners=[StaffProfileFactory(district=peshawar).user for _ in range(5)],
        enrolled_by=facilitator,
    ).enrolled
    for day in cohort.sessions.all():
        for person in [enrolment, *others]:
            for status in ("present", "late", "absent"):
                attendance_mark(session=day, enrolment=person, status=status, marked_by=facilitator)
    with django_assert_max_num_queries(len(learner_few.captured_queries)):
        client.get(learner_page)
    with django_assert_max_num_queries(len(session_few.captured_queries)):
        html = client.get(session_page).content.decode()
    assert _history(html).count("Late → Absent") == 6


def test_a_corrected_date_of_joining_moves_the_due_date_unless_it_was_set_by_hand(
    client, cohort, enrolment, learner, facilitator
):
    profile = learner.staff_profile
    deadline = enrolment.due_date - profile.date_of_joining
    profile.date_of_joining -= datetime.timedelta(days=10)
    profile.save()  # as the CMS's staff form does
    enrolment.refresh_from_db()
    assert enrolment.due_date == profile.date_of_joining + deadline

    client.force_login(facilitator)
    learner_page = reverse("progress:cohort_learner", args=[cohort.pk, enrolment.pk])
    response = client.post(
        reverse("cohorts:due_date", args=[cohort.pk, enrolment.pk]), {"due_date": "2031-01-31"}
    )
    assert response.url == learner_page
    html = client.get(learner_page).content.decode()
    assert "31 January 2031" in html and "Set by hand" in html
    profile.date_of_joining -= datetime.timedelta(days=20)
    profile.save()
    enrolment.refresh_from_db()
    assert enrolment.due_date == datetime.date(2031, 1, 31)

    response = client.post(
        reverse("cohorts:due_date", args=[cohort.pk, enrolment.pk]), {"due_date": "soon"}
    )
    enrolment.refresh_from_db()
    assert enrolment.due_date == datetime.date(2031, 1, 31)
    assert "Give the due date as a date" in client.get(response.url).content.decode()
