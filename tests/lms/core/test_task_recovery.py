"""Background tasks survive a worker that dies: stuck tasks are requeued, and a task run again
sends nothing twice."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lms.accounts.services import invitation_send
from lms.accounts.tasks import invitation_email_send
from tests.factories import UserFactory

# The worker closes its database connection when its batch ends, as a real worker does: the
# tests that run one use real transactions (a closed connection inside a test's transaction
# would end it).
DATABASE_QUEUE = override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
)


def _invite(capture, user):
    with capture(execute=True):
        invitation_send(user=user, invited_by=None)


def _drain_queue():
    call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay")


def test_an_invitation_task_run_again_sends_no_second_email(db, django_capture_on_commit_callbacks):
    user = UserFactory(password=None)
    _invite(django_capture_on_commit_callbacks, user)
    assert len(mail.outbox) == 1

    # A worker that died after sending, before the task was marked done, runs it again.
    invitation_email_send.call(user.pk, user.invitation.send_sequence)
    assert len(mail.outbox) == 1

    # A new send asked for goes out.
    _invite(django_capture_on_commit_callbacks, user)
    assert len(mail.outbox) == 2


@DATABASE_QUEUE
def test_a_task_whose_worker_died_is_requeued_and_runs_once(
    transactional_db, django_capture_on_commit_callbacks
):
    stuck, recent = UserFactory(password=None), UserFactory(password=None)
    _invite(django_capture_on_commit_callbacks, stuck)
    _invite(django_capture_on_commit_callbacks, recent)
    for result in DBTaskResult.objects.all():
        result.claim("worker-that-died")
    DBTaskResult.objects.filter(args_kwargs__args__0=stuck.pk).update(
        started_at=timezone.now() - timedelta(minutes=11)
    )

    _drain_queue()
    assert mail.outbox == []  # nothing is READY: both are marked RUNNING

    call_command("tasks_requeue_stuck")
    _drain_queue()
    assert [message.to for message in mail.outbox] == [[stuck.email]]
    assert DBTaskResult.objects.get(args_kwargs__args__0=stuck.pk).status == "SUCCESSFUL"
    # One that started a minute ago may still be running: it is left alone.
    assert DBTaskResult.objects.get(args_kwargs__args__0=recent.pk).status == "RUNNING"


@DATABASE_QUEUE
def test_an_administrator_sees_a_failed_task_and_retries_it(
    transactional_db, client, administrator, django_capture_on_commit_callbacks
):
    user = UserFactory(password=None)
    _invite(django_capture_on_commit_callbacks, user)
    with override_settings(EMAIL_BACKEND="tests.lms.core.test_task_recovery.NoMailServer"):
        _drain_queue()
    result = DBTaskResult.objects.get()
    assert result.status == TaskResultStatus.FAILED and mail.outbox == []

    client.force_login(administrator)
    listing = client.get("/admin/tasks/").content.decode()
    assert "invitation_email_send" in listing and "ConnectionRefusedError" in listing
    client.post(f"/admin/tasks/{result.pk}/retry/")
    _drain_queue()
    assert len(mail.outbox) == 1
    assert "No background task has failed" in client.get("/admin/tasks/").content.decode()


class NoMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")
