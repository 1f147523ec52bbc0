"""The daily reminder command: each notice in its window, recorded and emailed once."""

import datetime
import io
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from openpyxl import load_workbook

from courses.cohorts.models import DueDateSource, Enrolment
from lms.certification.models import Certificate
from lms.certification.services import certificate_issue
from lms.compliance.services import staff_status_refresh
from lms.notices.models import Notice, NoticeKind, NoticePreference
from quizzes.simulations.models import SimulationAttempt
from tests.factories import DistrictFactory, StaffProfileFactory
from tests.quizzes.test_marking import submitted_essay

TODAY = datetime.date(2026, 12, 7)  # a Monday


def run(today=TODAY) -> str:
    out = io.StringIO()
    call_command("notices_send", f"--today={today.isoformat()}", stdout=out)
    return out.getvalue()


def due_in(enrolment, days: int) -> None:
    """Move the due date behind the services' back, then refresh the learner's compliance status
    as the change of evidence would have."""
    Enrolment.objects.filter(pk=enrolment.pk).update(due_date=TODAY + datetime.timedelta(days=days))
    staff_status_refresh(enrolment.learner.staff_profile, TODAY)


def kinds(recipient) -> list[str]:
    return sorted(Notice.objects.filter(recipient=recipient).values_list("kind", flat=True))


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (15, []),
        (14, [NoticeKind.COURSE_DUE_14]),
        (4, [NoticeKind.COURSE_DUE_14]),
        (3, [NoticeKind.COURSE_DUE_3]),
        (0, [NoticeKind.COURSE_DUE_3]),
        (-1, [NoticeKind.COURSE_OVERDUE]),
    ],
)
def test_a_learner_is_reminded_of_their_due_date_in_its_window(enrolment, days, expected):
    due_in(enrolment, days)
    run()
    assert kinds(enrolment.learner) == expected


def test_the_command_run_twice_records_and_emails_each_notice_once(enrolment):
    due_in(enrolment, 10)
    assert "Emailed 1 notices" in run()
    assert "Emailed 0 notices" in run()
    notice = Notice.objects.get(recipient=enrolment.learner)
    assert notice.emailed_at is not None
    assert [message.to for message in mail.outbox] == [[enrolment.learner.email]]
    assert "is due on" in mail.outbox[0].subject


def test_an_overdue_learner_is_reminded_once_a_week(enrolment):
    due_in(enrolment, -30)
    run(TODAY)
    run(TODAY + datetime.timedelta(days=2))  # the same ISO week
    run(TODAY + datetime.timedelta(days=7))
    periods = Notice.objects.filter(kind=NoticeKind.COURSE_OVERDUE).values_list("period", flat=True)
    assert sorted(periods) == ["2026-W50", "2026-W51"]
    assert [m.to for m in mail.outbox].count([enrolment.learner.email]) == 2


def test_a_learner_who_holds_the_certificate_is_not_reminded(
    enrolment, django_capture_on_commit_callbacks
):
    due_in(enrolment, 3)
    with django_capture_on_commit_callbacks(execute=True):  # the issue refreshes the status
        certificate_issue(enrolment=enrolment, issued_on=TODAY - datetime.timedelta(days=1))
    run()
    assert NoticeKind.COURSE_DUE_3 not in kinds(enrolment.learner)


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (61, []),
        (60, [NoticeKind.CERTIFICATE_EXPIRING_60]),
        (15, [NoticeKind.CERTIFICATE_EXPIRING_60]),
        (14, [NoticeKind.CERTIFICATE_EXPIRING_14]),
        (1, [NoticeKind.CERTIFICATE_EXPIRING_14]),
        (0, []),
    ],
)
def test_a_holder_is_told_before_their_certificate_expires(enrolment, days_left, expected):
    certificate = certificate_issue(enrolment=enrolment, issued_on=datetime.date(2025, 1, 1))
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=TODAY + datetime.timedelta(days=days_left)
    )
    run()
    assert kinds(enrolment.learner) == expected


def test_a_learner_enrolled_in_a_refresher_is_told_once(enrolment):
    Enrolment.objects.filter(pk=enrolment.pk).update(
        due_date_source=DueDateSource.RENEWAL,
        due_date=TODAY + datetime.timedelta(days=40),
        enrolled_at=datetime.datetime(2026, 12, 5, 9, tzinfo=datetime.UTC),
    )
    run()
    run(TODAY + datetime.timedelta(days=1))
    assert kinds(enrolment.learner) == [NoticeKind.REFRESHER_ENROLLED]


def test_a_facilitator_gets_a_daily_digest_of_answers_to_mark_and_debriefs(
    enrolment, facilitator, other_facilitator, quiz, learner, simulation
):
    submitted_essay(quiz, learner)
    SimulationAttempt.objects.create(
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
    run()
    run(TODAY + datetime.timedelta(days=1))
    digests = Notice.objects.filter(recipient=facilitator).order_by("kind", "period")
    assert [(n.kind, n.period, n.data["count"]) for n in digests] == [
        (NoticeKind.ANSWERS_TO_MARK, "2026-12-07", 1),
        (NoticeKind.ANSWERS_TO_MARK, "2026-12-08", 1),
        (NoticeKind.DEBRIEFS_NEEDED, "2026-12-07", 1),
        (NoticeKind.DEBRIEFS_NEEDED, "2026-12-08", 1),
    ]
    assert not Notice.objects.filter(recipient=other_facilitator).exists()


def test_a_facilitator_hears_weekly_of_their_cohorts_overdue_learners(
    enrolment, facilitator, other_learner
):
    due_in(enrolment, -2)
    run()
    notice = Notice.objects.get(recipient=facilitator)
    assert (notice.kind, notice.data["count"], notice.period) == (
        NoticeKind.COHORT_OVERDUE,
        1,
        "2026-W50",
    )
    assert "1 learner of Test batch is overdue" in mail.outbox[-1].subject


def test_the_commission_gets_a_monthly_summary_with_the_spreadsheet(
    enrolment, commission_officer, peshawar
):
    due_in(enrolment, -2)
    StaffProfileFactory(district=DistrictFactory(name="Swat"))
    run()
    run(TODAY + datetime.timedelta(days=10))  # the same month
    (email,) = [m for m in mail.outbox if m.to == [commission_officer.email]]
    assert email.subject == "Compliance summary, December 2026"
    (name, content, mimetype) = email.attachments[0]
    assert name == "compliance-2026-12.xlsx" and "spreadsheetml" in mimetype
    sheet = load_workbook(io.BytesIO(content)).active
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=3, values_only=True)}
    # staff, enrolled, overdue, certified, expiring, revoked or suspended
    assert rows["Peshawar"] == (1, 1, 1, 0, 0, 0)
    assert rows["Swat"] == (1, 0, 0, 0, 0, 0)
    assert rows["Province"][0] == 2


def test_the_summary_counts_what_the_compliance_status_decides(commission_officer):
    # Never enrolled and past the Commission's deadline: overdue, as the compliance overview
    # says; the run itself creates the missing status before it counts.
    StaffProfileFactory(
        district=DistrictFactory(name="Swat"), date_of_joining=datetime.date(2026, 1, 1)
    )
    run()
    (email,) = mail.outbox
    sheet = load_workbook(io.BytesIO(email.attachments[0][1])).active
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["Swat"] == (1, 0, 1, 0, 0, 0)


def test_an_email_switched_off_still_leaves_the_notice_in_the_inbox(enrolment):
    NoticePreference.objects.create(
        person=enrolment.learner, kind=NoticeKind.COURSE_DUE_14, email=False
    )
    due_in(enrolment, 10)
    run()
    notice = Notice.objects.get(recipient=enrolment.learner)
    assert (notice.email_due, notice.emailed_at) == (False, None)
    assert mail.outbox == []


def test_a_person_without_an_email_address_gets_the_notice_in_the_inbox_only(enrolment):
    type(enrolment.learner).objects.filter(pk=enrolment.learner.pk).update(email="")
    due_in(enrolment, 10)
    assert "Emailed 0 notices" in run()
    assert Notice.objects.get(recipient=enrolment.learner).email_due is False


def test_an_email_that_failed_is_sent_by_the_next_run(enrolment, settings):
    due_in(enrolment, 10)
    settings.EMAIL_BACKEND = "tests.lms.notices.refusing_backend.EmailBackend"
    assert "1 failed" in run()
    assert Notice.objects.get().emailed_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert "Emailed 1 notices" in run()
    assert len(mail.outbox) == 1


def test_the_email_is_in_the_recipients_language_as_text_and_html(enrolment):
    learner = enrolment.learner
    learner.language = "ur"
    learner.save(update_fields=["language"])
    due_in(enrolment, 10)
    run()
    (email,) = mail.outbox
    assert email.extra_headers["Content-Language"] == "ur"
    assert "خیبر پختونخوا چائلڈ پروٹیکشن اینڈ ویلفیئر کمیشن" in email.body
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html" and 'lang="ur" dir="rtl"' in html
    # The English course title sits isolated in the right-to-left sentence.
    assert f"\u2068{enrolment.course.title}\u2069" in email.subject


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="threads share SQLite's in-memory test database badly; the drill runs two processes",
)
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_record_and_email_each_notice_once(
    migration_data, enrolment, facilitator, commission_officer
):
    due_in(enrolment, -3)  # the learner's weekly reminder, the cohort's, the monthly summary
    start = threading.Barrier(2)
    errors = []

    def worker():
        try:
            start.wait()
            run()
        except Exception as error:  # reported below, so the test fails with the cause
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert Notice.objects.count() == 3
    assert Notice.objects.filter(emailed_at__isnull=True).count() == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [enrolment.learner.email, facilitator.email, commission_officer.email]
    )
