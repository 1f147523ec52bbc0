"""The drill: `notices_send` killed while the mail server holds one of its emails; the next run
sends the rest, and every learner has exactly one reminder."""

import datetime
import os
import signal
import subprocess
from collections import Counter

import pytest
from django.conf import settings

from courses.cohorts.models import Enrolment
from courses.cohorts.services import cohort_enrol
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


@pytest.mark.drill
@pytest.mark.django_db(transaction=True)
def test_a_reminder_run_killed_mid_batch_loses_none_and_sends_none_twice(
    migration_data, cohort, peshawar, tmp_path
):
    learners = [StaffProfileFactory(district=peshawar).user for _ in range(LEARNERS)]
    cohort_enrol(cohort=cohort, learners=learners, enrolled_by=None)
    Enrolment.objects.update(due_date=TODAY + datetime.timedelta(days=10))
    mailbox = tmp_path / "mail"
    mailbox.mkdir()
    hanging = tmp_path / "mail-server-hanging"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.lms.core.drill_settings",
        "DATABASE_URL": _shared_database(tmp_path),
        "DRILL_EMAIL_DIR": str(mailbox),
        "DRILL_HANGING": str(hanging),
    }
    command = ["notices_send", f"--today={TODAY.isoformat()}"]

    run = subprocess.Popen(
        [*MANAGE, *command],
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
    assert f"Emailed {LEARNERS - KILLED_AT_EMAIL + 1} notices" in _manage(env, *command)
    assert "Emailed 0 notices" in _manage(env, *command)
    assert _recipients(mailbox) == Counter({learner.email: 1 for learner in learners})
