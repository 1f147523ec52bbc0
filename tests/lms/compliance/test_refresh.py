"""The maintained status follows the evidence (through lms.core.events) and the calendar."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.cohorts.services import attendance_mark, cohort_enrol
from lms.certification import services as certification
from lms.certification.models import Certificate
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.compliance.services import staff_status_refresh
from lms.organisation.models import Designation
from lms.organisation.services import staff_member_create


def status_of(user) -> StaffStatus:
    return StaffStatus.objects.get(staff__user=user)


def test_a_new_member_of_staff_gets_a_status_not_enrolled(
    db, peshawar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = staff_member_create(
            employee_number="KP-NEW-1",
            full_name="New Person",
            email="new@example.org",
            designation=Designation.PSYCHOLOGIST,
            district=peshawar,
            date_of_joining=timezone.localdate(),
            invited_by=None,
            send_invitation=False,
        )
    status = status_of(profile.user)
    assert status.state == StaffState.NOT_ENROLLED
    assert (status.district, status.designation) == (peshawar, Designation.PSYCHOLOGIST)
    assert status.due_date == timezone.localdate() + datetime.timedelta(days=90)
    assert status.enrolment is None


def test_enrolment_attendance_and_certificate_each_update_the_status(
    earning, cohort, learner, facilitator, commission_officer, django_capture_on_commit_callbacks
):
    status = status_of(learner)  # enrolling announced it (fixture `enrolment`, committed below)
    assert status.state == StaffState.ON_TIME
    assert (status.cohort, status.enrolment) == (cohort, earning.enrolment)
    assert status.sessions_attended == 0

    earning.attend_every_day()
    status.refresh_from_db()
    assert (status.sessions_attended, status.sessions_held) == (3, 3)

    earning.pass_the_simulation()
    earning.pass_the_post_test()
    status.refresh_from_db()
    assert status.post_test_passed is True
    assert status.post_test_percent == 100
    assert status.state == StaffState.ON_TIME

    earning.complete_every_lesson()
    earning.get_signed_off()
    certificate = Certificate.objects.get()
    status.refresh_from_db()
    assert status.state == StaffState.CERTIFIED
    assert status.certificate == certificate
    assert (status.certified_on, status.expires_on) == (
        certificate.issued_on,
        certificate.expires_on,
    )

    with django_capture_on_commit_callbacks(execute=True):
        certification.certificate_revoke(
            certificate=certificate, by=commission_officer, reason="Obtained by fraud"
        )
    status.refresh_from_db()
    assert status.state == StaffState.WITHDRAWN
    assert status.certificate_state == "revoked"


@pytest.fixture
def enrolment(cohort, learner, facilitator, django_capture_on_commit_callbacks):
    """Enrolled as a facilitator does it, the transaction committed (so the status exists)."""
    with django_capture_on_commit_callbacks(execute=True):
        return cohort_enrol(cohort=cohort, learners=[learner], enrolled_by=facilitator).enrolled[0]


def test_a_status_unchanged_is_not_rewritten(enrolment, learner, facilitator, cohort):
    status = status_of(learner)
    staff_status_refresh(learner.staff_profile)
    assert status_of(learner).updated_at == status.updated_at
    session = cohort.sessions.order_by("date").first()
    attendance_mark(session=session, enrolment=enrolment, status="present", marked_by=facilitator)
    staff_status_refresh(learner.staff_profile)
    assert status_of(learner).updated_at > status.updated_at


def test_the_nightly_refresh_moves_passed_due_dates_once_and_fills_missing_rows(
    enrolment, learner, capsys
):
    assert status_of(learner).state == StaffState.ON_TIME
    enrolment.due_date = timezone.localdate() - datetime.timedelta(days=1)
    enrolment.save()  # as if the due date had passed: no event
    status = status_of(learner)
    status.recheck_on = enrolment.due_date + datetime.timedelta(days=1)
    status.save()
    other = type(learner.staff_profile).objects.exclude(pk=learner.staff_profile.pk)
    assert not other.exists()

    call_command("compliance_refresh")
    assert status_of(learner).state == StaffState.OVERDUE
    assert status_of(learner).days_overdue() == 1
    assert "1 statuses refreshed." in capsys.readouterr().out
    call_command("compliance_refresh")
    assert "0 statuses refreshed." in capsys.readouterr().out


def test_refresh_all_creates_every_missing_status(learner, capsys):
    assert not StaffStatus.objects.exists()
    call_command("compliance_refresh", "--all")
    assert status_of(learner).state == StaffState.NOT_ENROLLED


def test_a_staff_record_moved_to_another_district_in_the_cms_moves_its_status(
    client, administrator, learner, mardan, django_capture_on_commit_callbacks
):
    profile = learner.staff_profile
    staff_status_refresh(profile)
    client.force_login(administrator)
    url = f"/admin/snippets/organisation/staffprofile/edit/{profile.pk}/"
    form = {
        "user": profile.user_id,
        "employee_number": profile.employee_number,
        "full_name_ur": "",
        "designation": Designation.PSYCHOLOGIST,
        "district": mardan.pk,
        "date_of_joining": profile.date_of_joining.isoformat(),
        "phone": "",
        "gender": profile.gender,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    status = status_of(learner)
    assert (status.district, status.designation) == (mardan, Designation.PSYCHOLOGIST)
