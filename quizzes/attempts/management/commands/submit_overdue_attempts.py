from django.core.management.base import BaseCommand

from quizzes.attempts.services import overdue_attempts_submit


class Command(BaseCommand):
    help = (
        "Submit every attempt whose time limit has passed, with the answers saved. Run it every "
        "minute (cron or a systemd timer); learners who come back are submitted at once anyway."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Submitted {overdue_attempts_submit()} overdue attempts.")
