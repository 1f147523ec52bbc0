import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from lms.notices.services import notices_send


class Command(BaseCommand):
    help = (
        "Record the reminders due today (due dates, expiring certificates, facilitators' digests, "
        "the Commission's monthly summary) and email every notice not yet emailed. Run it daily "
        "(cron or a systemd timer); running it again, or on two machines at once, sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="The day to compute reminders for, YYYY-MM-DD (default: today).",
        )

    def handle(self, *args, today=None, **options):
        report = notices_send(today=today or timezone.localdate())
        self.stdout.write(f"Emailed {report.emailed} notices; {report.failed} failed.")
