"""Settings for the worker-crash drill's subprocesses: the database queue, emails as files.

The database is the test's own, named by DATABASE_URL; a task is stuck as soon as it runs."""

import os
import time

from django.core.mail.backends.filebased import EmailBackend

from lms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
EMAIL_BACKEND = "tests.lms.core.drill_settings.SlowMailServer"
EMAIL_FILE_PATH = os.environ["DRILL_EMAIL_DIR"]
TASKS_STUCK_AFTER_SECONDS = 0


class SlowMailServer(EmailBackend):
    """One file per email, after a mail server's delay, so a kill lands in the middle of a send."""

    def send_messages(self, email_messages):
        time.sleep(0.5)
        return super().send_messages(email_messages)
