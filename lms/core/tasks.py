"""Recovery for the database task queue (django_tasks_db), whose workers never retake a task.

A worker marks a task RUNNING when it takes it; if the worker dies, the task stays RUNNING for
ever. These put such tasks, and failed ones an administrator retries, back to READY, where any
worker takes them. The tasks themselves record what they sent, so running one again is safe."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

_REQUEUED = {
    "status": TaskResultStatus.READY,
    "started_at": None,
    "finished_at": None,
    "exception_class_path": "",
    "traceback": "",
}


def tasks_stuck_cutoff() -> datetime:
    return timezone.now() - timedelta(seconds=settings.TASKS_STUCK_AFTER_SECONDS)


def tasks_needing_attention() -> QuerySet[DBTaskResult]:
    """Failed tasks, and tasks left running longer than TASKS_STUCK_AFTER_SECONDS."""
    return DBTaskResult.objects.filter(
        Q(status=TaskResultStatus.FAILED)
        | Q(status=TaskResultStatus.RUNNING, started_at__lt=tasks_stuck_cutoff())
    ).order_by("-enqueued_at")


def tasks_requeue_stuck() -> int:
    """Put tasks left running longer than TASKS_STUCK_AFTER_SECONDS back in the queue."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=tasks_stuck_cutoff()
    ).update(**_REQUEUED)


def task_retry(task_id) -> bool:
    """Put one failed or stuck task back in the queue; False if it is neither (any more)."""
    return bool(tasks_needing_attention().filter(pk=task_id).update(**_REQUEUED))
