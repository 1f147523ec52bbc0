"""The drill: a real worker killed in the middle of a batch of invitations loses none, and once
the stuck task is requeued every person gets exactly one email."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from lms.accounts.services import invitation_send
from tests.factories import UserFactory

PEOPLE = 12
KILLED_AT_EMAIL = 5  # the worker is killed while the mail server holds this one
SQLITE_COPY = "drill.sqlite3"
MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]


def _shared_database(tmp_path) -> str:
    """The test database, reachable from another process: SQLite's in-memory one is copied."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with closing(sqlite3.connect(tmp_path / SQLITE_COPY)) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{tmp_path / SQLITE_COPY}"
    db = connection.settings_dict
    return (
        f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'])}@{db['HOST'] or 'localhost'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


def _statuses(tmp_path) -> Counter:
    """The tasks' statuses as the workers left them (SQLite: their copy is copied back)."""
    if connection.vendor == "sqlite":
        with closing(sqlite3.connect(tmp_path / SQLITE_COPY)) as copy:
            copy.backup(connection.connection)
    return Counter(DBTaskResult.objects.values_list("status", flat=True))


def _manage(env, *args, timeout=120):
    return subprocess.run(
        [*MANAGE, *args], env=env, check=True, capture_output=True, text=True, timeout=timeout
    ).stdout


def _wait_for(path: Path, worker: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if worker.poll() is not None:
            pytest.fail(f"the worker exited ({worker.returncode}) before the mail server hung")
        if time.monotonic() > deadline:
            pytest.fail("timed out waiting for the worker to reach the hanging mail server")
        time.sleep(0.05)


def _recipients(mailbox: Path) -> Counter:
    return Counter(
        line.removeprefix("To: ")
        for email in mailbox.iterdir()
        for line in email.read_text().splitlines()
        if line.startswith("To: ")
    )


@pytest.mark.drill
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}})
def test_a_worker_killed_mid_batch_loses_no_invitation_and_sends_none_twice(tmp_path):
    people = [UserFactory(password=None) for _ in range(PEOPLE)]
    for person in people:
        invitation_send(user=person, invited_by=None)  # autocommit: enqueued at once
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
    worker_args = ["db_worker", "--interval", "0.05", "--no-startup-delay"]

    # The mail server takes the worker's fifth email and never answers; the worker is killed
    # there, inside the task's transaction. (Killed in the milliseconds between a server
    # accepting an email and the commit recording it, the requeued task would send that email
    # again: no queue makes an email and a database write one step.)
    worker = subprocess.Popen(
        [*MANAGE, *worker_args],
        env={**env, "DRILL_HANG_AT_EMAIL": str(KILLED_AT_EMAIL)},
        cwd=settings.BASE_DIR,
    )
    try:
        _wait_for(hanging, worker, timeout=60)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    sent_before_the_kill = KILLED_AT_EMAIL - 1
    assert _statuses(tmp_path) == Counter(
        SUCCESSFUL=sent_before_the_kill,
        RUNNING=1,  # the task it was sending when it died, stuck for ever
        READY=PEOPLE - KILLED_AT_EMAIL,
    )
    assert sum(_recipients(mailbox).values()) == sent_before_the_kill

    assert "1 stuck task(s)" in _manage(env, "tasks_requeue_stuck")
    _manage(env, *worker_args, "--batch")

    assert _statuses(tmp_path) == Counter(SUCCESSFUL=PEOPLE)
    assert _recipients(mailbox) == Counter({person.email: 1 for person in people})
