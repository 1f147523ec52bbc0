"""Print the public key that certificates' QR signatures are checked against."""

from django.core.management.base import BaseCommand

from lms.certification.signing import public_key_pem


class Command(BaseCommand):
    help = "Print the PEM public key that checks certificates' QR signatures, for publishing."
    requires_system_checks = []

    def handle(self, *args, **options):
        self.stdout.write(public_key_pem())
