from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lms.accounts.mfa import has_totp, totp_current_code


class Command(BaseCommand):
    help = "Print the current authenticator code of a demo account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Only available with DEBUG on, for the demo.")
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None or not has_totp(user):
            raise CommandError(f"{email} has no authenticator.")
        self.stdout.write(totp_current_code(user))
