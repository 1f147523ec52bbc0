"""Notices of events, recorded when the change that caused them commits and emailed at once by
the task worker. The lower apps know nothing of notices: these listen to their saves (the
certificate log, a mark, a debrief)."""

import datetime
from functools import partial

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.models import EnrolmentWithdrawal
from lms.certification.models import CertificateAction, CertificateEvent
from lms.exports.models import ExportStatus, SpreadsheetExport
from lms.organisation.models import StaffProfile
from quizzes.attempts.models import QuizAttempt
from quizzes.simulations.models import SimulationAttempt

from .models import Notice, NoticeKind
from .services import notice_record
from .tasks import notice_email_task

ISSUED_ACTIONS = {CertificateAction.ISSUED, CertificateAction.APPROVED}
# A certificate issued with an older date (history loaded, the demo) is not news to its holder.
ISSUED_NEWS_DAYS = 7
WITHDRAWN_ACTIONS = {CertificateAction.REVOKED, CertificateAction.SUSPENDED}


def _record_and_send(notice: Notice) -> None:
    recorded = notice_record(notice)
    if recorded and recorded.email_due:
        notice_email_task.enqueue(recorded.pk)


def _on_commit(function, *args) -> None:
    transaction.on_commit(partial(function, *args), robust=True)


def _certificate_event_notify(event_id: int) -> None:
    event = CertificateEvent.objects.select_related("certificate").get(pk=event_id)
    certificate = event.certificate
    if event.action in ISSUED_ACTIONS:
        if certificate.issued_on < timezone.localdate() - datetime.timedelta(days=ISSUED_NEWS_DAYS):
            return
        _record_and_send(
            Notice(
                recipient_id=certificate.learner_id,
                kind=NoticeKind.CERTIFICATE_ISSUED,
                subject=certificate,
                data={
                    "number": certificate.number,
                    "course": certificate.course_title,
                    "date": certificate.expires_on.isoformat(),
                },
                link=reverse("certification:mine"),
            )
        )
        return
    focal_person = (
        StaffProfile.objects.filter(user_id=certificate.learner_id)
        .values_list("district__focal_person_id", flat=True)
        .first()
    )
    if focal_person:
        _record_and_send(
            Notice(
                recipient_id=focal_person,
                kind=NoticeKind.CERTIFICATE_WITHDRAWN,
                subject=certificate,
                period=str(event.pk),  # a second suspension, after a reinstatement, is news
                data={
                    "number": certificate.number or "",
                    "name": certificate.full_name,
                    "state": certificate.state,
                    "reason": event.detail,
                },
                # The public verification page: a focal person may be a facilitator, who has
                # no access to the Commission's registry.
                link=reverse("certification:verify_code", kwargs={"code": certificate.code}),
            )
        )


def certificate_event_saved(sender, instance, created, **kwargs) -> None:
    if created and instance.action in ISSUED_ACTIONS | WITHDRAWN_ACTIONS:
        _on_commit(_certificate_event_notify, instance.pk)


def _quiz_result_notify(attempt_id: int) -> None:
    attempt = QuizAttempt.objects.select_related("quiz").get(pk=attempt_id)
    if attempt.questions.filter(needs_marking=True).exists():
        return  # released once the last answer is marked
    _record_and_send(
        Notice(
            recipient_id=attempt.learner_id,
            kind=NoticeKind.RESULT_RELEASED,
            subject=attempt,
            data={"name": attempt.quiz.title, "activity": "quiz"},
            link=reverse("attempts:result", args=[attempt.pk]),
        )
    )


def mark_change_saved(sender, instance, created, **kwargs) -> None:
    if created:
        _on_commit(_quiz_result_notify, instance.attempt_question.attempt_id)


def _debrief_notify(attempt_id: int) -> None:
    attempt = SimulationAttempt.objects.select_related("simulation").get(pk=attempt_id)
    _record_and_send(
        Notice(
            recipient_id=attempt.learner_id,
            kind=NoticeKind.RESULT_RELEASED,
            subject=attempt,
            data={"name": attempt.simulation.title, "activity": "simulation"},
            link=reverse("simulations:result", args=[attempt.pk]),
        )
    )


def simulation_attempt_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    if update_fields and "debriefed_at" in update_fields and instance.debriefed_at:
        _on_commit(_debrief_notify, instance.pk)


def _enrolment_change_notify(withdrawal_id: int, kind: str) -> None:
    """Tell the learner they were withdrawn (with the reason) or are back in their cohort. Each
    withdrawal is news of its own: withdrawn again after a reinstatement, they hear again."""
    withdrawal = EnrolmentWithdrawal.objects.select_related(
        "enrolment__cohort", "enrolment__course"
    ).get(pk=withdrawal_id)
    enrolment = withdrawal.enrolment
    data = {"cohort": enrolment.cohort.name, "course": enrolment.course.title}
    if kind == NoticeKind.ENROLMENT_WITHDRAWN:
        data["reason"] = withdrawal.reason
    _record_and_send(
        Notice(
            recipient_id=enrolment.learner_id,
            kind=kind,
            subject=enrolment,
            period=str(withdrawal.pk),
            data=data,
            link=reverse("home"),
        )
    )


def enrolment_withdrawal_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    # Made already reinstated (a withdrawal from before they were recorded): only the return
    # is news.
    if created and not instance.reinstated_at:
        _on_commit(_enrolment_change_notify, instance.pk, NoticeKind.ENROLMENT_WITHDRAWN)
    elif instance.reinstated_at and (created or "reinstated_at" in (update_fields or ())):
        _on_commit(_enrolment_change_notify, instance.pk, NoticeKind.ENROLMENT_REINSTATED)


def _export_ready_notify(export_id: int) -> None:
    export = SpreadsheetExport.objects.get(pk=export_id)
    _record_and_send(
        Notice(
            recipient_id=export.requested_by_id,
            kind=NoticeKind.EXPORT_READY,
            subject=export,
            data={
                "name": export.filename,
                "count": export.rows,
                "date": timezone.localdate(export.expires_at).isoformat(),
            },
            link=reverse("exports:download", args=[export.pk]),
        )
    )


def spreadsheet_export_saved(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields and "status" in update_fields and instance.status == ExportStatus.READY:
        _on_commit(_export_ready_notify, instance.pk)
