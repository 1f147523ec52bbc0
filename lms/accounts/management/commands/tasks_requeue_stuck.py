from django.core.management.base import BaseCommand

from lms.core.tasks import tasks_requeue_stuck


class Command(BaseCommand):
    help = "Put background tasks whose worker died (left running too long) back in the queue."

    def handle(self, *args, **options):
        count = tasks_requeue_stuck()
        self.stdout.write(f"{count} stuck task(s) put back in the queue.")
