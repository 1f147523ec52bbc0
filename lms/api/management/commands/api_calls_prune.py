from django.core.management.base import BaseCommand

from lms.api.services import api_calls_prune


class Command(BaseCommand):
    help = "Delete the API call log older than API_CALL_RETENTION_DAYS. Cron runs it daily."

    def handle(self, *args, **options):
        self.stdout.write(f"API calls deleted: {api_calls_prune()}.")
