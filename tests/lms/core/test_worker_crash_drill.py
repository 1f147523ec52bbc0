"""The drill: a real worker killed in the middle of a batch of invitations loses none, and once
the stuck task is requeued every person gets exactly one email."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from lms.accounts.services import invitation_send
from tests.factories import UserFactory

PEOPLE = 12
MAIL_SERVER_DELAY = 0.5  # drill_settings.SlowMailServer
MANAGE = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]


def _database_url(tmp_path) -> str:
    """The test database, reachable from another process: SQLite's in-memory one is copied."""
    if connection.vendor == "sqlite":
        path = tmp_path / "drill.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{path}"
    db = connection.settings_dict
    return (
        f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'])}@{db['HOST'] or 'localhost'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


def _manage(env, *args, timeout=120):
    return subprocess.run(
        [*MANAGE, *args], env=env, check=True, capture_output=True, text=True, timeout=timeout
    ).stdout


def _statuses(env) -> Counter:
    code = (
        "import json; from django_tasks_db.models import DBTaskResult; "
        "print(json.dumps(list(DBTaskResult.objects.values_list('status', flat=True))))"
    )
    return Counter(json.loads(_manage(env, "shell", "-c", code).splitlines()[-1]))


def _wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.mark.drill
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}})
def test_a_worker_killed_mid_batch_loses_no_invitation_and_sends_none_twice(tmp_path):
    people = [UserFactory(password=None) for _ in range(PEOPLE)]
    for person in people:
        invitation_send(user=person, invited_by=None)  # autocommit: enqueued at once
    mailbox = tmp_path / "mail"
    mailbox.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.lms.core.drill_settings",
        "DATABASE_URL": _database_url(tmp_path),
        "DRILL_EMAIL_DIR": str(mailbox),
    }
    worker_args = ["db_worker", "--interval", "0.05", "--no-startup-delay"]

    worker = subprocess.Popen([*MANAGE, *worker_args], env=env, cwd=settings.BASE_DIR)
    try:
        _wait_for(lambda: len(list(mailbox.iterdir())) >= PEOPLE // 3, 90, "the first emails")
        # Killed while the mail server takes the next email. (Killed in the milliseconds between
        # the server accepting an email and the commit recording it, the requeued task would
        # send that email again: no queue makes an email and a database write one step.)
        time.sleep(MAIL_SERVER_DELAY / 2)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    statuses = _statuses(env)
    assert statuses["RUNNING"] == 1  # the task it was sending when it died, stuck for ever
    assert statuses["READY"] > 0 and len(list(mailbox.iterdir())) < PEOPLE

    assert "1 stuck task(s)" in _manage(env, "tasks_requeue_stuck")
    _manage(env, *worker_args, "--batch", timeout=120)

    assert _statuses(env) == Counter({"SUCCESSFUL": PEOPLE})
    recipients = Counter(
        line.removeprefix("To: ")
        for email in mailbox.iterdir()
        for line in email.read_text().splitlines()
        if line.startswith("To: ")
    )
    assert recipients == Counter({person.email: 1 for person in people})
