"""Withdrawing a learner from a cohort: asked to confirm with a reason, refused to anyone who
does not run the cohort, and heard of by compliance and by the learner."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from courses.cohorts.models import (
    AttendanceChange,
    AttendanceRecord,
    EnrolmentStatus,
    EnrolmentWithdrawal,
)
from courses.cohorts.services import (
    ATTENDANCE_WITHDRAWN,
    AttendanceRefused,
    CohortActionDenied,
    EnrolmentNotActive,
    attendance_mark,
    cohort_enrol,
    enrolment_reinstate,
    enrolment_withdraw,
)
from lms.accounts.roles import Role
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.compliance.services import staff_status_refresh
from lms.notices.models import Notice, NoticeKind
from tests.factories import StaffProfileFactory, UserFactory


def withdraw_url(enrolment):
    return reverse("cohorts:withdraw", args=[enrolment.cohort_id, enrolment.pk])


def test_a_facilitator_confirms_with_a_reason_and_the_learner_is_withdrawn_and_told(
    client, facilitator, enrolment, learner, committed
):
    assert staff_status_refresh(learner.staff_profile).state == StaffState.ON_TIME
    client.force_login(facilitator)
    detail = client.get(
        reverse("progress:cohort_learner", args=[enrolment.cohort_id, enrolment.pk])
    )
    assert withdraw_url(enrolment) in detail.content.decode()
    page = client.get(withdraw_url(enrolment)).content.decode()
    assert f"Withdraw <bdi>{learner.full_name}</bdi> from <bdi>Test batch</bdi>?" in page
    # No reason: asked again, nothing changes.
    assert client.post(withdraw_url(enrolment), {"reason": "  "}).status_code == 200
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE

    with committed():
        response = client.post(withdraw_url(enrolment), {"reason": "Transferred to Swat."})
    assert response.status_code == 302
    assert response["Location"] == reverse("progress:cohort", args=[enrolment.cohort_id])
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    withdrawal = EnrolmentWithdrawal.objects.get()
    assert (withdrawal.reason, withdrawal.withdrawn_by) == ("Transferred to Swat.", facilitator)
    # Compliance heard of it: the learner counts as not enrolled again.
    status = StaffStatus.objects.get(staff__user=learner)
    assert (status.state, status.enrolment) == (StaffState.NOT_ENROLLED, None)
    notice = Notice.objects.get(recipient=learner)
    assert notice.kind == NoticeKind.ENROLMENT_WITHDRAWN
    (email,) = [message for message in mail.outbox if message.to == [learner.email]]
    assert email.subject == "You are withdrawn from Test batch"
    assert "Reason: Transferred to Swat." in email.body
    client.force_login(learner)
    assert (
        "You are withdrawn from Test batch" in client.get(reverse("notices:inbox")).content.decode()
    )
    # Done once: the page is gone, the service refuses a second time.
    client.force_login(facilitator)
    assert client.get(withdraw_url(enrolment)).status_code == 404
    with pytest.raises(EnrolmentNotActive):
        enrolment_withdraw(enrolment=enrolment, reason="Again.", by=facilitator)


def test_only_those_who_run_the_cohort_may_withdraw(client, enrolment, learner, administrator):
    other_facilitator = UserFactory(role=Role.FACILITATOR, with_totp=True)
    client.force_login(learner)
    assert client.post(withdraw_url(enrolment), {"reason": "No."}).status_code == 403
    client.force_login(other_facilitator)
    assert client.post(withdraw_url(enrolment), {"reason": "No."}).status_code == 404
    with pytest.raises(CohortActionDenied):
        enrolment_withdraw(enrolment=enrolment, reason="No.", by=other_facilitator)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE and not EnrolmentWithdrawal.objects.exists()
    client.force_login(administrator)
    assert client.post(withdraw_url(enrolment), {"reason": "Left the service."}).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN


def test_a_withdrawn_learner_is_not_marked_and_keeps_the_marks_they_had(
    cohort, enrolment, facilitator
):
    session = cohort.sessions.first()
    attendance_mark(session=session, enrolment=enrolment, status="late", marked_by=facilitator)
    enrolment_withdraw(enrolment=enrolment, reason="Transferred to Swat.", by=facilitator)
    with pytest.raises(AttendanceRefused) as refusal:
        attendance_mark(
            session=session, enrolment=enrolment, status="absent", marked_by=facilitator
        )
    assert refusal.value.message == ATTENDANCE_WITHDRAWN
    with pytest.raises(AttendanceRefused):
        attendance_mark(
            session=cohort.sessions.last(),
            enrolment=enrolment,
            status="present",
            marked_by=facilitator,
        )
    assert list(AttendanceRecord.objects.values_list("session", "status")) == [(session.pk, "late")]
    assert AttendanceChange.objects.count() == 1


def test_the_attendance_page_offers_only_learners_still_in_the_cohort(
    client, cohort, enrolment, learner, facilitator, peshawar
):
    (staying,) = cohort_enrol(
        cohort=cohort,
        learners=[StaffProfileFactory(district=peshawar, user__full_name="Still Here").user],
        enrolled_by=facilitator,
    ).enrolled
    session = cohort.sessions.first()
    attendance_mark(session=session, enrolment=enrolment, status="late", marked_by=facilitator)
    enrolment_withdraw(enrolment=enrolment, reason="Transferred to Swat.", by=facilitator)
    url = reverse("cohorts:attendance", args=[cohort.pk, session.pk])
    client.force_login(facilitator)

    name = escape(learner.full_name)
    html = client.get(url).content.decode()
    marking, withdrawn = html.split('id="withdrawn-heading"')
    assert f'name="enrolment" value="{staying.pk}"' in marking
    assert f'name="enrolment" value="{enrolment.pk}"' not in html
    assert name not in marking
    withdrawn = withdrawn.split('id="attendance-history"')[0]
    assert name in withdrawn and "Late" in withdrawn
    history = html.split('id="attendance-history"')[1]
    assert f'<bdi>{name}</bdi> <span class="muted">(withdrawn)</span>' in history

    # Tapped on a page opened before the withdrawal: refused, and said in the row.
    response = client.post(
        url, {"enrolment": enrolment.pk, "status": "absent"}, HTTP_HX_REQUEST="true"
    )
    assert "This learner is withdrawn from the cohort" in response.content.decode()
    response = client.post(url, {"enrolment": enrolment.pk, "status": "absent"}, follow=True)
    assert "This learner is withdrawn from the cohort" in response.content.decode()
    assert AttendanceRecord.objects.get(enrolment=enrolment).status == "late"

    # Reinstated, they are offered for marking again.
    enrolment_reinstate(enrolment=enrolment, by=facilitator)
    html = client.get(url).content.decode()
    assert f'name="enrolment" value="{enrolment.pk}"' in html
    assert 'id="withdrawn-heading"' not in html
