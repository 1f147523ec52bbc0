"""The drills: `notices_send` killed while the mail server holds one of its emails, then run
again; and two runs at once, on two machines. Every learner has exactly one reminder."""

import datetime
import os
import signal
import subprocess
from collections import Counter

import pytest
from django.conf import settings

from courses.cohorts.models import Enrolment
from courses.cohorts.services import cohort_enrol
from lms.compliance.services import staff_statuses_refresh
from lms.organisation.models import StaffProfile
from tests.factories import StaffProfileFactory
from tests.lms.core.test_worker_crash_drill import (
    MANAGE,
    _manage,
    _recipients,
    _shared_database,
    _wait_for,
)

LEARNERS = 6
KILLED_AT_EMAIL = 3
TODAY = datetime.date(2026, 12, 7)


def _learners_due(cohort, district) -> list:
    learners = [StaffProfileFactory(district=district).user for _ in range(LEARNERS)]
    cohort_enrol(cohort=cohort, learners=learners, enrolled_by=None)
    Enrolment.objects.update(due_date=TODAY + datetime.timedelta(days=10))
    staff_statuses_refresh(StaffProfile.objects.all(), TODAY)
    return learners


def _environment(tmp_path) -> dict:
    (tmp_path / "mail").mkdir()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.lms.core.drill_settings",
        "DATABASE_URL": _shared_database(tmp_path),
        "DRILL_EMAIL_DIR": str(tmp_path / "mail"),
        "DRILL_HANGING": str(tmp_path / "mail-server-hanging"),
    }


COMMAND = ["notices_send", f"--today={TODAY.isoformat()}"]


@pytest.mark.drill
@pytest.mark.django_db(transaction=True)
def test_a_reminder_run_killed_mid_batch_loses_none_and_sends_none_twice(
    migration_data, cohort, peshawar, tmp_path
):
    learners = _learners_due(cohort, peshawar)
    env = _environment(tmp_path)
    mailbox, hanging = tmp_path / "mail", tmp_path / "mail-server-hanging"

    run = subprocess.Popen(
        [*MANAGE, *COMMAND],
        env={**env, "DRILL_HANG_AT_EMAIL": str(KILLED_AT_EMAIL)},
        cwd=settings.BASE_DIR,
    )
    try:
        _wait_for(hanging, run, timeout=60)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
    assert sum(_recipients(mailbox).values()) == KILLED_AT_EMAIL - 1

    # The facilitator's weekly digest is not due: no one is overdue.
    assert f"Emailed {LEARNERS - KILLED_AT_EMAIL + 1} notices" in _manage(env, *COMMAND)
    assert "Emailed 0 notices" in _manage(env, *COMMAND)
    assert _recipients(mailbox) == Counter({learner.email: 1 for learner in learners})


@pytest.mark.drill
@pytest.mark.django_db(transaction=True)
def test_two_reminder_runs_at_once_send_each_reminder_once(
    migration_data, cohort, peshawar, tmp_path
):
    learners = _learners_due(cohort, peshawar)
    env = _environment(tmp_path)
    runs = [
        subprocess.Popen(
            [*MANAGE, *COMMAND], env=env, cwd=settings.BASE_DIR, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    emailed = sum(int(output.split()[1]) for output in outputs)  # "Emailed n notices; ..."
    assert emailed == LEARNERS
    assert _recipients(tmp_path / "mail") == Counter({learner.email: 1 for learner in learners})
