from django_tasks import task

from .services import spreadsheet_export_prepare


@task()
def spreadsheet_export_task(export_id: int) -> None:
    """Prepare a long spreadsheet on the task worker; a second run finds it done."""
    spreadsheet_export_prepare(export_id)
