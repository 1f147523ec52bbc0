"""Settings for the worker-crash drill's subprocesses: the database queue, emails as files.

The database is the test's own, named by DATABASE_URL; a task is stuck as soon as it runs."""

import os
import threading
import uuid
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend

from lms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
EMAIL_BACKEND = "tests.lms.core.drill_settings.HangingMailServer"
EMAIL_FILE_PATH = os.environ["DRILL_EMAIL_DIR"]
TASKS_STUCK_AFTER_SECONDS = 0


class HangingMailServer(EmailBackend):
    """One file per email. With DRILL_HANG_AT_EMAIL=n, the server takes the n-th email and never
    answers, after touching the file DRILL_HANGING: the worker is then certainly in the middle of
    a send, its task RUNNING and the email not yet accepted, whenever the drill kills it."""

    def send_messages(self, email_messages):
        hang_at = os.environ.get("DRILL_HANG_AT_EMAIL")
        if hang_at and len(os.listdir(self.file_path)) + 1 == int(hang_at):
            Path(os.environ["DRILL_HANGING"]).touch()
            threading.Event().wait()
        return super().send_messages(email_messages)

    def _get_filename(self):
        # Django's names go by the second and the backend's id(): two emails could share a file.
        if self._fname is None:
            self._fname = os.path.join(self.file_path, f"{uuid.uuid4().hex}.eml")
        return self._fname
