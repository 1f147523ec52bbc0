from django_tasks import task

from .services import notice_email_send


@task()
def notice_email_task(notice_id: int) -> None:
    """Email a notice on the task worker; a second run (or worker) finds it sent."""
    notice_email_send(notice_id)
