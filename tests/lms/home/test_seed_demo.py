import datetime
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.cohorts.models import Cohort, Enrolment
from courses.content.models import CoursePage, LessonPage
from courses.content.selectors import course_outline
from courses.demo.load import COURSE_CODE
from courses.h5p.demo import CHECK_LIBRARY
from courses.h5p.models import H5PContent
from courses.h5p.services import h5p_package_check
from lms.certification.models import Certificate
from lms.compliance.models import StaffStatus
from lms.compliance.rules import StaffState
from lms.notices.models import Notice, NoticeKind
from lms.organisation.models import StaffProfile
from quizzes.attempts.reports import cohort_gain
from quizzes.simulations.models import Simulation, SimulationAttempt


def h5p_blocks() -> list[tuple[LessonPage, dict]]:
    """Every h5p block in the demo course's live lessons, with its lesson."""
    course = CoursePage.objects.get(code=COURSE_CODE, locale=Locale.get_default())
    return [
        (lesson, block.value)
        for lesson in LessonPage.objects.live().descendant_of(course)
        for block in lesson.body
        if block.block_type == "h5p"
    ]


def test_the_demo_holds_every_kind_of_certificate_and_simulation_a_knowledge_gain_and_seeds_once(
    db,
):
    output = io.StringIO()
    call_command("seed_demo", "--allow-without-debug", stdout=output)
    assert "1 H5P activity;" in output.getvalue()
    statuses = sorted(str(certificate.status()) for certificate in Certificate.objects.all())
    assert statuses == sorted(
        ["valid", "valid", "expiring_soon", "expired", "revoked", "superseded", "pending"]
    )
    revoked = Certificate.objects.get(state="revoked")
    assert revoked.state_reason and revoked.events.filter(action="revoked").exists()
    assert Simulation.objects.filter(live=True, locale=Locale.get_default()).count() == 10
    # Days 1 and 2's cases are translated into Urdu, from their files.
    urdu_cases = Simulation.objects.filter(locale__language_code="ur", live=True)
    assert sorted(urdu_cases.values_list("code", flat=True)) == ["S7", "S8"]
    # Every day closes with its case; on the last day, the post-test follows it.
    course = CoursePage.objects.get(code=COURSE_CODE, locale=Locale.get_default())
    outline = course_outline(course)
    assert [day.day_number for day, _lessons in outline] == list(range(1, 11))
    for day, lessons in outline[:-1]:
        assert lessons[-1].slug.startswith("case-simulation-"), day.day_number
    last_lessons = outline[-1][1]
    assert last_lessons[-2].slug == "case-simulation-s10"
    assert any(
        block.block_type == "quiz" and block.value["quiz"].purpose == "post_test"
        for block in LessonPage.objects.get(pk=last_lessons[-1].pk).body
    )
    assert SimulationAttempt.objects.filter(critical_error=True).exists()
    gain = cohort_gain(Cohort.objects.get(name="Peshawar batch 1"))
    assert gain.took_both == 3 and gain.mean_post > gain.mean_pre and gain.mean_normalised > 0
    # The compliance overview's demo: every member of staff has a status, several districts
    # have overdue staff, and the registry's certificates are certified, expiring and expired.
    assert not StaffProfile.objects.filter(compliance_status__isnull=True).exists()
    overdue = StaffStatus.objects.filter(state=StaffState.OVERDUE)
    assert overdue.values("district").distinct().count() >= 5
    states = set(StaffStatus.objects.values_list("state", flat=True))
    assert {
        StaffState.CERTIFIED,
        StaffState.EXPIRED,
        StaffState.WITHDRAWN,
        StaffState.ON_TIME,
    } <= states
    assert StaffStatus.objects.filter(
        state=StaffState.CERTIFIED,
        expires_on__lte=timezone.localdate() + datetime.timedelta(days=30),
    ).exists()

    # Day 1's lessons are translated into Urdu and Pashto, from their files.
    translated = LessonPage.objects.filter(locale__language_code__in=["ur", "ps"], live=True)
    assert translated.filter(title="کورس میں خوش آمدید، اور یہ کیسے چلتا ہے").exists()

    def counts():
        return (
            Certificate.objects.count(),
            SimulationAttempt.objects.count(),
            Simulation.objects.count(),
            Page.objects.count(),
            translated.count(),
            urdu_cases.count(),
            sum(case.revisions.count() for case in urdu_cases),
        )

    before = counts()
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    assert counts() == before


def test_the_demo_places_one_optional_h5p_check_in_an_early_lesson_once(db):
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())

    [(lesson, value)] = h5p_blocks()
    assert lesson.get_parent().specific.day_number == 1
    assert value["required_to_complete"] is False
    assert (value["grading_method"], value["pass_percent"]) == ("highest", 70)
    content = value["content"]
    assert content.main_library.machine_name == CHECK_LIBRARY
    with default_storage.open(f"{content.storage_prefix}/package.h5p") as package:
        assert h5p_package_check(package.read()).main_library.machine_name == CHECK_LIBRARY

    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    assert [(lesson.pk, value["content"].pk) for lesson, value in h5p_blocks()] == [
        (lesson.pk, content.pk)
    ]
    assert H5PContent.objects.count() == 1


def test_the_demo_refuses_to_run_without_debug_and_writes_nothing(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--allow-without-debug"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not get_user_model().objects.exists()


def test_the_demo_has_an_overdue_learner_one_due_within_a_week_and_old_certificate_versions(db):
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    today = timezone.localdate()
    active = Enrolment.objects.filter(status="active", cohort__status="running")
    assert active.filter(due_date__lt=today).exists()
    assert active.filter(due_date__gte=today, due_date__lte=today + timedelta(days=7)).exists()
    # A certificate issued before the current version's year cites the version of its year.
    current = CoursePage.objects.get(code=COURSE_CODE, locale=Locale.get_default()).version
    older = [
        (certificate.issued_on.year, certificate.course_version)
        for certificate in Certificate.objects.exclude(issued_on=None)
        if certificate.issued_on.year < int(current.split(".")[0])
    ]
    assert len(older) >= 2  # the expired, expiring and superseded ones, issued about two years ago
    assert all(version == f"{year}.1" for year, version in older), older


def test_the_demo_records_reminders_that_the_command_emails_once(db):
    call_command("seed_demo", "--allow-without-debug", stdout=io.StringIO())
    kinds = set(Notice.objects.values_list("kind", flat=True))
    assert {NoticeKind.COURSE_OVERDUE, NoticeKind.COURSE_DUE_14, NoticeKind.COHORT_OVERDUE} <= kinds
    assert NoticeKind.COMPLIANCE_SUMMARY in kinds
    facilitator = get_user_model().objects.get(email="facilitator@demo.tahaffuz.pk")
    assert facilitator.notices.unread().exists()
    owed = Notice.objects.email_unsent().count()
    assert owed and not mail.outbox

    output = io.StringIO()
    call_command("notices_send", stdout=output)
    call_command("notices_send", stdout=io.StringIO())
    assert f"Emailed {owed} notices" in output.getvalue()
    assert len(mail.outbox) == owed
    urdu = next(m for m in mail.outbox if m.to == ["kp-cpu-1007@demo.tahaffuz.pk"])
    assert urdu.extra_headers["Content-Language"] == "ur"
