from django.core.management.base import BaseCommand

from lms.exports.services import spreadsheet_exports_prune


class Command(BaseCommand):
    help = (
        "Delete prepared spreadsheets (and their files) kept longer than "
        "SPREADSHEET_EXPORT_KEEP_DAYS. Cron runs it daily."
    )

    def handle(self, *args, **options):
        count = spreadsheet_exports_prune()
        self.stdout.write(f"Spreadsheet exports deleted: {count}.")
