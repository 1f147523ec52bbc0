"""Check a scanned certificate QR code offline: is its signature good, and what does it vouch for?"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from lms.certification.codes import code_display
from lms.certification.signing import (
    SignatureInvalid,
    private_key,
    public_key_from_pem,
    qr_verify,
    verify_url,
)


class Command(BaseCommand):
    help = (
        "Verify the text of a certificate's QR code (its URL, or just the s= value) against the "
        "signing key in settings or a published public key, without the database."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("text", help="The scanned QR text.")
        parser.add_argument(
            "--public-key",
            metavar="PATH_TO_PEM",
            help="Check against this PEM public key instead of the key in settings.",
        )

    def handle(self, *args, text, public_key=None, **options):
        key = self.load_public_key(public_key)
        try:
            fields = qr_verify(text, public_key=key)
        except SignatureInvalid as error:
            raise CommandError(str(error)) from None
        rows = [
            ("Name", fields.name),
            ("Employee number", fields.employee_number),
            ("Course", f"{fields.course} (version {fields.course_version})"),
            ("Issued", fields.issued_on.isoformat()),
            ("Expires", self.expiry(fields.expires_on)),
            ("Number", fields.number),
            ("Code", code_display(fields.code)),
        ]
        for label, value in rows:
            self.stdout.write(f"{label + ':':<17} {value}")
        self.stdout.write(
            self.style.SUCCESS("Signature valid: issued by the holder of this public key.")
        )
        self.stdout.write(
            "This does not show whether the certificate has been revoked; "
            f"the online register does: {verify_url(fields.code)}"
        )

    def expiry(self, expires_on):
        if expires_on < timezone.localdate():
            return f"{expires_on.isoformat()} (expired)"
        return expires_on.isoformat()

    def load_public_key(self, path):
        try:
            if path is None:
                return private_key().public_key()
            return public_key_from_pem(Path(path).read_bytes())
        except (ImproperlyConfigured, OSError, ValueError) as error:
            raise CommandError(f"Cannot load the public key: {error}") from None
