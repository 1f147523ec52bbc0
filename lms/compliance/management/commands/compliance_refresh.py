"""Nightly (cron): bring the compliance statuses up to date as dates pass.

    python manage.py compliance_refresh          # statuses whose due date or expiry has come
    python manage.py compliance_refresh --all    # every member of staff (first run, repairs)

Idempotent: a second run the same day refreshes nothing."""

from django.core.management.base import BaseCommand

from lms.organisation.models import StaffProfile

from ...services import staff_statuses_refresh, staff_statuses_refresh_due


class Command(BaseCommand):
    help = "Refresh the compliance statuses whose date has come (--all: every member of staff)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Refresh every member of staff.")

    def handle(self, *args, all, **options):
        if all:
            count = staff_statuses_refresh(StaffProfile.objects.all())
        else:
            count = staff_statuses_refresh_due()
        self.stdout.write(f"{count} statuses refreshed.")
