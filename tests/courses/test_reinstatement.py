"""Reinstating a withdrawn learner: back in the cohort with their work as it was, counted again
by compliance and the cohort page, told by a notice; refused to anyone who does not run the
cohort, and when the learner cannot come back."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from courses.cohorts.models import (
    AttendanceRecord,
    CohortStatus,
    Enrolment,
    EnrolmentStatus,
    EnrolmentWithdrawal,
)
from courses.cohorts.services import (
    REINSTATE_COHORT_CLOSED,
    REINSTATE_COHORT_FULL,
    REINSTATE_COMPLETED_ELSEWHERE,
    REINSTATE_ENROLLED_ELSEWHERE,
    REINSTATE_NOT_WITHDRAWN,
    CohortActionDenied,
    ReinstatementRefused,
    attendance_mark,
    cohort_enrol,
    enrolment_reinstate,
    enrolment_withdraw,
)
from courses.progress.services import lesson_complete
from lms.accounts.roles import Role
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.notices.models import Notice, NoticeKind
from tests.course_fixtures import running_cohort_create
from tests.factories import StaffProfileFactory, UserFactory


@pytest.fixture
def withdrawn(enrolment, facilitator, committed):
    with committed():
        enrolment_withdraw(enrolment=enrolment, reason="Transferred to Swat.", by=facilitator)
    enrolment.refresh_from_db()
    return enrolment


def reinstate_url(enrolment):
    return reverse("cohorts:reinstate", args=[enrolment.cohort_id, enrolment.pk])


def another_cohort(course, outline, peshawar, facilitator):
    return running_cohort_create(
        course=course, outline=outline, district=peshawar, facilitator=facilitator, name="Second"
    )


def test_a_reinstated_learner_is_back_with_their_work_and_told(
    enrolment, learner, facilitator, cohort, outline, committed
):
    lesson_complete(learner=learner, lesson=outline[0][1][0])
    attendance_mark(
        session=cohort.sessions.first(),
        enrolment=enrolment,
        status="present",
        marked_by=facilitator,
    )
    with committed():
        enrolment_withdraw(enrolment=enrolment, reason="Transferred to Swat.", by=facilitator)
    assert StaffStatus.objects.get(staff__user=learner).state == StaffState.NOT_ENROLLED

    with committed():
        withdrawal = enrolment_reinstate(enrolment=enrolment, by=facilitator)

    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE
    assert (withdrawal.reason, withdrawal.withdrawn_by) == ("Transferred to Swat.", facilitator)
    assert withdrawal.reinstated_by == facilitator and withdrawal.reinstated_at is not None
    assert AttendanceRecord.objects.get(enrolment=enrolment).status == "present"
    # Compliance counts the learner as enrolled in this cohort again.
    status = StaffStatus.objects.get(staff__user=learner)
    assert (status.state, status.enrolment) == (StaffState.ON_TIME, enrolment)
    notice = Notice.objects.get(recipient=learner, kind=NoticeKind.ENROLMENT_REINSTATED)
    assert notice.data == {"cohort": "Test batch", "course": enrolment.course.title}
    (email,) = [m for m in mail.outbox if m.subject == "You are back in Test batch"]
    assert email.to == [learner.email]
    assert "Your progress, attempts and attendance are as you left them." in email.body


def test_submitted_twice_it_reinstates_once(withdrawn, facilitator, administrator, committed):
    with committed():
        first = enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    with committed():
        second = enrolment_reinstate(enrolment=withdrawn, by=administrator)
    assert second == first
    assert second.reinstated_by == facilitator
    assert EnrolmentWithdrawal.objects.count() == 1
    assert Notice.objects.filter(kind=NoticeKind.ENROLMENT_REINSTATED).count() == 1


def test_withdrawn_again_after_a_reinstatement_is_recorded_and_told_again(
    withdrawn, learner, facilitator, committed
):
    enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    with committed():
        again = enrolment_withdraw(enrolment=withdrawn, reason="Left the service.", by=facilitator)
    assert again.reinstated_at is None
    assert EnrolmentWithdrawal.objects.count() == 2
    told = Notice.objects.filter(recipient=learner, kind=NoticeKind.ENROLMENT_WITHDRAWN)
    assert told.count() == 2
    with committed():
        assert enrolment_reinstate(enrolment=withdrawn, by=facilitator) == again


def test_only_those_who_run_the_cohort_may_reinstate(
    withdrawn, learner, other_facilitator, administrator, commission_officer, committed
):
    for person in (learner, other_facilitator):
        with pytest.raises(CohortActionDenied):
            enrolment_reinstate(enrolment=withdrawn, by=person)
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.WITHDRAWN
    assert not EnrolmentWithdrawal.objects.filter(reinstated_at__isnull=False).exists()
    assert not Notice.objects.filter(kind=NoticeKind.ENROLMENT_REINSTATED).exists()
    with committed():
        assert enrolment_reinstate(enrolment=withdrawn, by=administrator).reinstated_by == (
            administrator
        )
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.ACTIVE


def test_a_learner_enrolled_meanwhile_in_another_cohort_is_not_reinstated(
    withdrawn, learner, facilitator, course, outline, peshawar
):
    second = another_cohort(course, outline, peshawar, facilitator)
    (elsewhere,) = cohort_enrol(cohort=second, learners=[learner], enrolled_by=facilitator).enrolled
    with pytest.raises(ReinstatementRefused) as refusal:
        enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    assert refusal.value.message == REINSTATE_ENROLLED_ELSEWHERE
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.WITHDRAWN
    # Once withdrawn from that one, they may come back here.
    enrolment_withdraw(enrolment=elsewhere, reason="Back to the first batch.", by=facilitator)
    enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.ACTIVE


def test_a_learner_who_completed_the_course_elsewhere_is_not_reinstated(
    withdrawn, learner, facilitator, course, outline, peshawar
):
    second = another_cohort(course, outline, peshawar, facilitator)
    (elsewhere,) = cohort_enrol(cohort=second, learners=[learner], enrolled_by=facilitator).enrolled
    elsewhere.status = EnrolmentStatus.COMPLETED
    elsewhere.completed_at = elsewhere.enrolled_at
    elsewhere.save()
    with pytest.raises(ReinstatementRefused) as refusal:
        enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    assert refusal.value.message == REINSTATE_COMPLETED_ELSEWHERE


@pytest.mark.parametrize("status", [CohortStatus.COMPLETED, CohortStatus.CANCELLED])
def test_no_one_is_reinstated_in_a_cohort_that_is_over(withdrawn, cohort, facilitator, status):
    cohort.status = status
    cohort.save()
    with pytest.raises(ReinstatementRefused) as refusal:
        enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    assert refusal.value.message == REINSTATE_COHORT_CLOSED


def test_no_one_is_reinstated_in_a_full_cohort(withdrawn, cohort, facilitator, peshawar):
    cohort.capacity = 1
    cohort.save()
    newcomer = StaffProfileFactory(district=peshawar).user
    assert cohort_enrol(cohort=cohort, learners=[newcomer], enrolled_by=facilitator).enrolled
    with pytest.raises(ReinstatementRefused) as refusal:
        enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    assert refusal.value.message == REINSTATE_COHORT_FULL


def test_an_enrolment_never_withdrawn_is_not_reinstated(enrolment, facilitator):
    with pytest.raises(ReinstatementRefused) as refusal:
        enrolment_reinstate(enrolment=enrolment, by=facilitator)
    assert refusal.value.message == REINSTATE_NOT_WITHDRAWN
    enrolment.status = EnrolmentStatus.COMPLETED
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.save()
    with pytest.raises(ReinstatementRefused):
        enrolment_reinstate(enrolment=enrolment, by=facilitator)


def test_enrolling_a_learner_withdrawn_from_the_cohort_says_to_reinstate_them(
    withdrawn, cohort, learner, facilitator
):
    report = cohort_enrol(cohort=cohort, learners=[learner], enrolled_by=facilitator)
    assert report.enrolled == []
    assert [(person, str(reason)) for person, reason in report.skipped] == [
        (learner, "withdrawn from this cohort: reinstate them from the cohort page")
    ]


def test_a_facilitator_reinstates_from_the_cohort_page_and_it_counts_them_again(
    client, withdrawn, learner, facilitator, cohort, outline, commission_officer, committed
):
    lesson_complete(learner=learner, lesson=outline[0][1][0])
    cohort_url = reverse("progress:cohort", args=[cohort.pk])
    client.force_login(facilitator)
    listing = client.get(cohort_url)
    assert listing.context["matrix"].rows == []
    html = listing.content.decode()
    assert "Withdrawn learners" in html and "Transferred to Swat." in html
    assert f'href="{reinstate_url(withdrawn)}"' in html
    detail = client.get(reverse("progress:cohort_learner", args=[cohort.pk, withdrawn.pk]))
    assert f'href="{reinstate_url(withdrawn)}"' in detail.content.decode()
    page = client.get(reinstate_url(withdrawn)).content.decode()
    name = escape(learner.full_name)
    assert f"Reinstate <bdi>{name}</bdi> in <bdi>Test batch</bdi>?" in page
    assert 'name="csrfmiddlewaretoken"' in page and "Transferred to Swat." in page

    with committed():
        response = client.post(reinstate_url(withdrawn), follow=True)
    assert response.redirect_chain == [(cohort_url, 302)]
    html = response.content.decode()
    assert f"{name} is back in Test batch" in html
    assert "Withdrawn learners" not in html
    (row,) = response.context["matrix"].rows
    assert (row.enrolment, row.cells[0].percent) == (withdrawn, 50)  # their reading as it was
    # A double submit: said again, done once.
    with committed():
        again = client.post(reinstate_url(withdrawn), follow=True)
    assert f"{name} is back in Test batch" in again.content.decode()
    assert Notice.objects.filter(kind=NoticeKind.ENROLMENT_REINSTATED).count() == 1
    assert "is not withdrawn" in client.get(reinstate_url(withdrawn), follow=True).content.decode()
    # The compliance staff list counts them on time again, no longer not enrolled.
    client.force_login(commission_officer)
    staff = reverse("compliance:staff")
    assert name in client.get(staff, {"status": "on_time"}).content.decode()
    assert name not in client.get(staff, {"status": "not_enrolled"}).content.decode()


def test_a_closed_cohort_offers_no_reinstatement_and_a_stale_form_is_refused(
    client, withdrawn, cohort, facilitator
):
    cohort.status = CohortStatus.COMPLETED
    cohort.save()
    client.force_login(facilitator)
    listing = client.get(reverse("progress:cohort", args=[cohort.pk])).content.decode()
    assert "Withdrawn learners" in listing
    assert reinstate_url(withdrawn) not in listing
    detail = client.get(reverse("progress:cohort_learner", args=[cohort.pk, withdrawn.pk]))
    assert reinstate_url(withdrawn) not in detail.content.decode()
    response = client.post(reinstate_url(withdrawn), follow=True)  # a page opened before
    assert "The cohort has ended or is cancelled" in response.content.decode()
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.WITHDRAWN


def test_the_reinstate_page_is_only_for_those_who_run_the_cohort(
    client, withdrawn, learner, administrator
):
    other = UserFactory(role=Role.FACILITATOR, with_totp=True)
    client.force_login(learner)
    assert client.post(reinstate_url(withdrawn)).status_code == 403
    client.force_login(other)
    assert client.get(reinstate_url(withdrawn)).status_code == 404
    assert client.post(reinstate_url(withdrawn)).status_code == 404
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.WITHDRAWN
    client.force_login(administrator)
    assert client.get(reinstate_url(withdrawn)).status_code == 200
    assert client.post(reinstate_url(withdrawn)).status_code == 302
    withdrawn.refresh_from_db()
    assert withdrawn.status == EnrolmentStatus.ACTIVE


def test_a_learner_withdrawn_before_withdrawals_were_recorded_is_reinstated_from_the_cohort_page(
    client, enrolment, learner, facilitator, cohort, committed
):
    # Withdrawn before cohorts 0004: no record of when, by whom or why.
    Enrolment.objects.filter(pk=enrolment.pk).update(status=EnrolmentStatus.WITHDRAWN)
    client.force_login(facilitator)
    cohort_url = reverse("progress:cohort", args=[cohort.pk])
    listing = client.get(cohort_url).content.decode()
    assert "Withdrawn learners" in listing
    assert f'href="{reinstate_url(enrolment)}"' in listing
    page = client.get(reinstate_url(enrolment)).content.decode()
    assert "Withdrawn before withdrawals were recorded: when, by whom and why is unknown." in page

    with committed():
        response = client.post(reinstate_url(enrolment), follow=True)
    assert response.redirect_chain == [(cohort_url, 302)]
    assert f"{escape(learner.full_name)} is back in Test batch" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ACTIVE
    withdrawal = EnrolmentWithdrawal.objects.get(enrolment=enrolment)
    assert withdrawal.reason == "Withdrawn before withdrawals were recorded: the reason is unknown."
    assert (withdrawal.withdrawn_by, withdrawal.reinstated_by) == (None, facilitator)
    assert withdrawal.withdrawn_at == withdrawal.reinstated_at
    # Told they are back, not that they were withdrawn.
    kinds = list(Notice.objects.filter(recipient=learner).values_list("kind", flat=True))
    assert kinds == [NoticeKind.ENROLMENT_REINSTATED]
    # Submitted twice: reinstated once.
    with committed():
        assert enrolment_reinstate(enrolment=enrolment, by=facilitator) == withdrawal
    assert EnrolmentWithdrawal.objects.count() == 1


def test_a_date_of_joining_corrected_while_withdrawn_moves_the_due_date_on_return(
    withdrawn, facilitator
):
    deadline = withdrawn.due_date - withdrawn.learner.staff_profile.date_of_joining
    profile = withdrawn.learner.staff_profile
    profile.date_of_joining -= datetime.timedelta(days=10)
    profile.save()
    withdrawn.refresh_from_db()
    assert withdrawn.due_date == profile.date_of_joining + deadline + datetime.timedelta(days=10)
    enrolment_reinstate(enrolment=withdrawn, by=facilitator)
    withdrawn.refresh_from_db()
    assert withdrawn.due_date == profile.date_of_joining + deadline
