"""Evidence changes reach certification by an event (lms.core.events), after the change commits:
a regrade that lowers or raises a post-test takes the certificate where the rules say."""

from lms.certification.models import Certificate, CertificateState
from lms.certification.services import certificate_suspend
from quizzes.attempts.services import question_regrade
from quizzes.bank.models import QuestionOption


def key_the_post_test(question, right_text):
    for option in QuestionOption.objects.filter(question=question):
        option.is_correct = option.text == right_text
        option.save()


def regrade(question, by, committed):
    with committed(execute=True):
        return question_regrade(question=question, by=by)


def test_a_regrade_below_the_pass_mark_suspends_the_certificate_and_one_above_restores_it(
    earning, bank, facilitator, django_capture_on_commit_callbacks
):
    earning.everything()
    certificate = Certificate.objects.get(enrolment=earning.enrolment)
    assert certificate.state == CertificateState.VALID

    key_the_post_test(bank["single"], "1122")  # the learner's answer, 1121, is now wrong
    assert regrade(bank["single"], facilitator, django_capture_on_commit_callbacks) == 1
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.SUSPENDED
    assert "post-test" in certificate.state_reason.lower()

    key_the_post_test(bank["single"], "1121")
    regrade(bank["single"], facilitator, django_capture_on_commit_callbacks)
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.VALID


def test_a_regrade_that_raises_the_post_test_above_the_pass_mark_issues_the_certificate(
    earning, bank, facilitator, django_capture_on_commit_callbacks
):
    key_the_post_test(bank["single"], "1122")  # a wrong key: the right answer scores 0
    earning.everything()
    assert not Certificate.objects.filter(enrolment=earning.enrolment).exists()

    key_the_post_test(bank["single"], "1121")
    regrade(bank["single"], facilitator, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(enrolment=earning.enrolment)
    assert certificate.state == CertificateState.VALID


def test_a_certificate_a_person_suspended_stays_suspended_when_the_evidence_is_met(
    earning, bank, facilitator, commission_officer, django_capture_on_commit_callbacks
):
    earning.everything()
    certificate = Certificate.objects.get(enrolment=earning.enrolment)
    certificate_suspend(certificate=certificate, by=commission_officer, reason="Under review")
    regrade(bank["single"], facilitator, django_capture_on_commit_callbacks)
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.SUSPENDED
