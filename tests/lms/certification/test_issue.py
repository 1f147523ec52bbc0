"""Issuing certificates from the evidence, the approval queue, the lifecycle and the audit log."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.content.models import CertificateIssue
from lms.certification import services
from lms.certification.codes import code_normalize
from lms.certification.models import (
    Certificate,
    CertificateAction,
    CertificateEvent,
    CertificateState,
    CertificateStatus,
    CompetencySignoff,
)
from lms.certification.rules import CriterionState
from lms.certification.selectors import enrolment_checklist
from quizzes.simulations.models import Competency


def states(enrolment):
    return {criterion.key: criterion.state for criterion in enrolment_checklist(enrolment)}


def test_the_checklist_shows_each_criterion_waiting_or_not_met_until_earned(earning):
    enrolment = earning.enrolment
    assert states(enrolment) == {
        "attendance": CriterionState.NOT_MET,  # every session day has been held, none attended
        "days": CriterionState.NOT_MET,
        "post_test": CriterionState.NOT_MET,
        "simulation": CriterionState.NOT_MET,
        "signoff": CriterionState.WAITING,
    }
    earning.attend_every_day()
    earning.pass_the_simulation()
    earning.pass_the_post_test()
    earning.complete_every_lesson()
    assert set(states(enrolment).values()) == {CriterionState.MET, CriterionState.WAITING}
    assert not Certificate.objects.exists()


def test_the_last_piece_of_evidence_issues_the_certificate_with_a_snapshot(earning, learner):
    earning.everything()
    certificate = Certificate.objects.get()
    assert certificate.state == CertificateState.VALID
    assert certificate.enrolment == earning.enrolment
    assert certificate.issued_on == timezone.localdate()
    assert certificate.expires_on == certificate.issued_on.replace(
        year=certificate.issued_on.year + 2
    )  # the course's default validity: 24 months
    assert certificate.number == f"KP-CPCM-{certificate.issued_on.year}-000001"
    assert code_normalize(certificate.code) == certificate.code
    assert certificate.full_name == learner.full_name
    assert certificate.employee_number == "KP-CPU-0042"
    assert certificate.district == "Peshawar"
    assert certificate.signed_off_by == earning.facilitator
    assert certificate.course_version == earning.enrolment.course_version
    assert [event.action for event in certificate.events.all()] == [CertificateAction.ISSUED]

    # The registry keeps what was certified, whatever changes later.
    learner.full_name = "Someone Else"
    learner.save()
    certificate.refresh_from_db()
    assert certificate.full_name != "Someone Else"


@pytest.mark.parametrize(
    "missing",
    [
        "attend_every_day",
        "pass_the_simulation",
        "pass_the_post_test",
        "complete_every_lesson",
        "get_signed_off",
    ],
)
def test_without_any_one_criterion_there_is_no_certificate(earning, missing):
    for step in (
        "attend_every_day",
        "pass_the_simulation",
        "pass_the_post_test",
        "complete_every_lesson",
        "get_signed_off",
    ):
        if step == missing:
            continue
        if step == "complete_every_lesson" and missing == "pass_the_simulation":
            continue  # the simulation's lesson cannot complete without it
        getattr(earning, step)()
    assert not Certificate.objects.exists()


def test_with_approval_the_certificate_waits_for_a_commission_officer(earning, commission_officer):
    course = earning.enrolment.course.specific
    course.certificate_issue = CertificateIssue.APPROVAL
    course.save_revision().publish()
    earning.everything()
    certificate = Certificate.objects.get()
    assert certificate.state == CertificateState.PENDING
    assert certificate.number is None and certificate.issued_on is None

    services.certificate_approve(certificate=certificate, by=commission_officer)
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.VALID and certificate.number
    assert certificate.approved_by == commission_officer
    assert [event.action for event in certificate.events.all()] == [
        CertificateAction.REQUESTED,
        CertificateAction.APPROVED,
    ]
    with pytest.raises(services.CertificateRefused):
        services.certificate_approve(certificate=certificate, by=commission_officer)


def test_evaluating_again_never_issues_twice(earning):
    earning.everything()
    services.certificate_evaluate(earning.enrolment)
    services.certificate_issue(enrolment=earning.enrolment)
    assert Certificate.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        original = Certificate.objects.get()
        Certificate.objects.create(
            code="0" * 18,
            learner=original.learner,
            enrolment=original.enrolment,
            course=original.course,
            state=CertificateState.PENDING,
        )


def test_revocation_and_suspension_need_a_reason_and_are_logged(earning, commission_officer):
    earning.everything()
    certificate = Certificate.objects.get()
    with pytest.raises(services.CertificateRefused, match="reason"):
        services.certificate_revoke(certificate=certificate, by=commission_officer, reason=" ")

    services.certificate_suspend(
        certificate=certificate, by=commission_officer, reason="Under investigation"
    )
    certificate.refresh_from_db()
    assert certificate.status() == CertificateStatus.SUSPENDED
    services.certificate_reinstate(certificate=certificate, by=commission_officer, reason="Cleared")
    services.certificate_revoke(
        certificate=certificate, by=commission_officer, reason="Obtained by fraud"
    )
    certificate.refresh_from_db()
    assert certificate.status() == CertificateStatus.REVOKED
    assert certificate.state_reason == "Obtained by fraud"
    with pytest.raises(services.CertificateRefused):
        services.certificate_reinstate(certificate=certificate, by=commission_officer, reason="x")
    log = [(event.action, event.actor, event.detail) for event in certificate.events.all()]
    assert log[1:] == [
        (CertificateAction.SUSPENDED, commission_officer, "Under investigation"),
        (CertificateAction.REINSTATED, commission_officer, "Cleared"),
        (CertificateAction.REVOKED, commission_officer, "Obtained by fraud"),
    ]


def test_the_audit_log_cannot_be_changed_or_deleted(earning):
    earning.everything()
    event = CertificateEvent.objects.get()
    with pytest.raises(TypeError):
        event.detail = "rewritten"
        event.save()
    with pytest.raises(TypeError):
        event.delete()
    with pytest.raises(TypeError):
        CertificateEvent.objects.all().update(detail="rewritten")
    with pytest.raises(TypeError):
        CertificateEvent.objects.all().delete()


def test_the_database_refuses_to_rewrite_the_audit_log(earning):
    """Even a raw UPDATE bypassing the model is refused by a trigger."""
    from django.db import DatabaseError, connection

    earning.everything()
    event = CertificateEvent.objects.get()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE certification_certificateevent SET detail = 'x' WHERE id = %s", [event.pk]
        )


def test_status_follows_the_dates(earning):
    earning.everything()
    certificate = Certificate.objects.get()
    today = timezone.localdate()
    assert certificate.status(today) == CertificateStatus.VALID
    soon = certificate.expires_on - datetime.timedelta(days=10)
    assert certificate.status(soon) == CertificateStatus.EXPIRING_SOON
    assert certificate.status(certificate.expires_on) == CertificateStatus.EXPIRED
    assert list(Certificate.objects.with_status("expiring_soon", today=soon)) == [certificate]
    assert not Certificate.objects.with_status("valid", today=soon).exists()
    assert list(Certificate.objects.expiring_within(30, today=soon)) == [certificate]


def test_a_new_certificate_supersedes_the_one_held_and_both_stay_in_the_registry(
    earning, cohort, facilitator
):
    from courses.cohorts.models import Cohort, Enrolment

    earning.everything()
    first = Certificate.objects.get()
    retake = Cohort.objects.create(name="Batch 2", course=cohort.course, venue="Hall")
    second_enrolment = Enrolment.objects.create(
        cohort=retake,
        course=first.course,
        learner=first.learner,
        course_version=first.course_version,
        due_date=timezone.localdate(),
        enrolled_by=facilitator,
        status="completed",
    )
    second = services.certificate_issue(enrolment=second_enrolment)
    first.refresh_from_db()
    assert first.state == CertificateState.SUPERSEDED and first.superseded_by == second
    assert second.supersedes == first and second.number.endswith("000002")
    assert [event.action for event in first.events.all()][-1] == CertificateAction.SUPERSEDED


def test_before_expiry_the_holder_is_enrolled_in_the_refresher_whose_certificate_supersedes(
    earning, facilitator, peshawar, capsys
):
    from django.core.management import call_command

    from courses.cohorts.models import Cohort, CohortStatus
    from courses.demo.load import demo_course_load
    from tests.course_fixtures import small_curriculum

    course = earning.enrolment.course.specific
    refresher = demo_course_load(small_curriculum(days=1, lessons=1), code="cpcm-refresher")
    course.refresher_course = refresher
    course.save_revision().publish()
    cohort = Cohort.objects.create(
        name="Refresher, Peshawar", course=refresher, venue="Hall", status=CohortStatus.PLANNED
    )
    cohort.districts.set([peshawar])
    cohort.save()  # a cluster's many-to-many is written on save
    today = timezone.localdate()
    old = services.certificate_issue(
        enrolment=earning.enrolment, issued_on=today - datetime.timedelta(days=700)
    )
    assert old.status() == CertificateStatus.EXPIRING_SOON  # 24 months less 700 days: 30 days left

    call_command("enrol_refreshers")
    refresher_enrolment = cohort.enrolments.get()
    assert refresher_enrolment.learner == old.learner
    assert refresher_enrolment.due_date == old.expires_on
    # A corrected date of joining leaves a refresher's due date be: it is the expiry's.
    assert refresher_enrolment.due_date_source == "renewal"
    profile = old.learner.staff_profile
    profile.date_of_joining -= datetime.timedelta(days=30)
    profile.save()
    refresher_enrolment.refresh_from_db()
    assert refresher_enrolment.due_date == old.expires_on
    assert "1 enrolled" in capsys.readouterr().out
    call_command("enrol_refreshers")  # the next day: nothing twice
    assert cohort.enrolments.count() == 1

    new = services.certificate_issue(enrolment=refresher_enrolment)
    old.refresh_from_db()
    assert old.state == CertificateState.SUPERSEDED and new.supersedes == old
    assert new.state == CertificateState.VALID


@pytest.mark.parametrize("actor", ["learner", "facilitator"])
def test_only_the_commission_and_administrators_change_the_registry(
    request, actor, earning, administrator
):
    course = earning.enrolment.course.specific
    course.certificate_issue = CertificateIssue.APPROVAL
    course.save_revision().publish()
    earning.everything()
    certificate = Certificate.objects.get()
    person = request.getfixturevalue(actor)
    with pytest.raises(services.RegistryDenied):
        services.certificate_approve(certificate=certificate, by=person)
    with pytest.raises(services.RegistryDenied):
        services.certificate_revoke(certificate=certificate, by=person, reason="Mine")
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.PENDING
    assert [event.action for event in certificate.events.all()] == [CertificateAction.REQUESTED]

    services.certificate_approve(certificate=certificate, by=administrator)
    services.certificate_suspend(certificate=certificate, by=administrator, reason="Checking")
    with pytest.raises(services.RegistryDenied):
        services.certificate_reinstate(certificate=certificate, by=person, reason="Mine")
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.SUSPENDED


@pytest.mark.parametrize("actor", ["learner", "other_facilitator", "commission_officer"])
def test_only_the_cohorts_facilitators_sign_off_competencies(request, actor, earning):
    safety = Competency.objects.get(code="safety")
    with pytest.raises(services.SignoffDenied):
        services.competency_signoff_set(
            enrolment=earning.enrolment,
            competency=safety,
            by=request.getfixturevalue(actor),
            signed=True,
        )
    assert not CompetencySignoff.objects.exists()
    earning.get_signed_off()  # by the cohort's facilitator
    assert CompetencySignoff.objects.get().signed_by == earning.facilitator
