"""Notices of events, told at once: a certificate issued or withdrawn, a result released."""

import datetime
from decimal import Decimal

from django.core import mail
from django.utils import timezone

from lms.certification.services import certificate_issue, certificate_revoke, certificate_suspend
from lms.notices.models import Notice, NoticeKind
from quizzes.attempts.services import response_mark
from quizzes.simulations.models import SimulationAttempt
from quizzes.simulations.services import attempt_debrief
from tests.quizzes.test_marking import submitted_essay


def test_the_holder_is_told_when_their_certificate_is_issued(enrolment, committed):
    with committed():
        certificate = certificate_issue(enrolment=enrolment, issued_on=timezone.localdate())
    notice = Notice.objects.get()
    assert (notice.recipient, notice.kind, notice.subject) == (
        enrolment.learner,
        NoticeKind.CERTIFICATE_ISSUED,
        certificate,
    )
    (email,) = mail.outbox
    assert email.subject == f"Your certificate {certificate.number} is issued"
    assert notice.emailed_at is not None


def test_a_certificate_issued_with_an_old_date_is_not_news(enrolment, committed):
    with committed():
        certificate_issue(enrolment=enrolment, issued_on=datetime.date(2024, 3, 1))
    assert not Notice.objects.exists() and not mail.outbox


def test_the_districts_focal_person_is_told_of_a_revocation_and_a_suspension(
    enrolment, committed, commission_officer, peshawar
):
    peshawar.focal_person = commission_officer
    peshawar.save()
    with committed():
        certificate = certificate_issue(enrolment=enrolment, issued_on=timezone.localdate())
    with committed():
        certificate_suspend(certificate=certificate, by=commission_officer, reason="Under review.")
    with committed():
        certificate_revoke(certificate=certificate, by=commission_officer, reason="Fraud found.")
    told = Notice.objects.filter(recipient=commission_officer).order_by("pk")
    assert [n.kind for n in told] == [NoticeKind.CERTIFICATE_WITHDRAWN] * 2
    subjects = [m.subject for m in mail.outbox if m.to == [commission_officer.email]]
    assert subjects == [
        f"The certificate {certificate.number} of {certificate.full_name} is suspended",
        f"The certificate {certificate.number} of {certificate.full_name} is revoked",
    ]
    assert "Reason: Fraud found." in mail.outbox[-1].body


def test_a_facilitator_who_is_focal_person_opens_the_revocation_notice_and_sees_it_revoked(
    enrolment, committed, commission_officer, facilitator, peshawar, client
):
    peshawar.focal_person = facilitator
    peshawar.save()
    with committed():
        certificate = certificate_issue(enrolment=enrolment, issued_on=timezone.localdate())
    with committed():
        certificate_revoke(certificate=certificate, by=commission_officer, reason="Fraud found.")
    notice = Notice.objects.get(recipient=facilitator)
    client.force_login(facilitator)
    response = client.get(notice.link)
    assert response.status_code == 200
    assert "Revoked" in response.content.decode()


def test_no_one_is_told_of_a_revocation_where_the_district_has_no_focal_person(
    enrolment, committed, commission_officer
):
    with committed():
        certificate = certificate_issue(enrolment=enrolment, issued_on=timezone.localdate())
    with committed():
        certificate_revoke(certificate=certificate, by=commission_officer, reason="Fraud found.")
    assert not Notice.objects.filter(kind=NoticeKind.CERTIFICATE_WITHDRAWN).exists()


def test_the_learner_is_told_once_their_last_answer_is_marked(
    enrolment, facilitator, learner, quiz, committed
):
    attempt = submitted_essay(quiz, learner)
    row = attempt.questions.get(needs_marking=True)
    with committed():
        response_mark(row=row, fraction=Decimal("0.5"), comment="", by=facilitator)
    with committed():  # a second look at the same answer is not news again
        response_mark(row=row, fraction=Decimal("0.6"), comment="", by=facilitator)
    notice = Notice.objects.get(recipient=learner)
    assert (notice.kind, notice.subject) == (NoticeKind.RESULT_RELEASED, attempt)
    assert [m.subject for m in mail.outbox] == [f"Your result for {quiz.title} is ready"]


def test_the_trainee_is_told_when_their_simulation_is_debriefed(
    enrolment, facilitator, learner, simulation, committed
):
    attempt = SimulationAttempt.objects.create(
        simulation=simulation,
        learner=learner,
        number=1,
        language="en",
        snapshot={},
        case_state={},
        step_arrived_at=datetime.datetime(2026, 12, 6, tzinfo=datetime.UTC),
        finished_at=datetime.datetime(2026, 12, 6, tzinfo=datetime.UTC),
        critical_error=True,
    )
    with committed():
        attempt_debrief(attempt=attempt, by=facilitator, note="We went over the safety plan.")
    notice = Notice.objects.get(recipient=learner)
    assert (notice.kind, notice.data["activity"]) == (NoticeKind.RESULT_RELEASED, "simulation")
