"""Withdrawing a learner from a cohort: asked to confirm with a reason, refused to anyone who
does not run the cohort, and heard of by compliance and by the learner."""

import pytest
from django.core import mail
from django.urls import reverse

from courses.cohorts.models import EnrolmentStatus, EnrolmentWithdrawal
from courses.cohorts.services import CohortActionDenied, EnrolmentNotActive, enrolment_withdraw
from lms.accounts.roles import Role
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.compliance.services import staff_status_refresh
from lms.notices.models import Notice, NoticeKind
from tests.factories import UserFactory


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


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
