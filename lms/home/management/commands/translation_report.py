"""Report, for translators, how much of each language's catalogue is translated and what is not."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale


class Command(BaseCommand):
    help = (
        "List each language's untranslated or fuzzy strings (they appear in English) "
        "with where they are used, and the percentage translated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="PERCENT",
            help="Exit with an error if any language is less than PERCENT translated.",
        )

    def handle(self, *args, fail_under=None, **options):
        below = []
        for code, name in settings.LANGUAGES:
            if code.split("-")[0] == "en":
                continue
            path = self.catalogue_path(code)
            if path is None:
                self.stdout.write(self.style.ERROR(f"{code} ({name}): no django.po catalogue"))
                below.append(f"{code} (no catalogue)")
                continue
            po = polib.pofile(str(path))
            entries = [e for e in po if not e.obsolete]
            pending = [e for e in entries if e.fuzzy or not e.translated()]
            done = len(entries) - len(pending)
            percent = 100.0 * done / len(entries) if entries else 100.0
            self.stdout.write(
                self.style.MIGRATE_HEADING(
                    f"{code} ({name}): {percent:.1f}% translated ({done} of {len(entries)})"
                )
            )
            for entry in pending:
                where = ", ".join(f"{file}:{line}" for file, line in entry.occurrences)
                state = "fuzzy" if entry.fuzzy else "untranslated"
                self.stdout.write(f"  [{state}] {entry.msgid!r}  ({where})")
            if fail_under is not None and percent < fail_under:
                below.append(f"{code} ({percent:.1f}%)")
        if fail_under is not None and below:
            raise CommandError(f"Below {fail_under:g}% translated: {', '.join(below)}")

    def catalogue_path(self, code):
        for directory in settings.LOCALE_PATHS:
            path = Path(directory) / to_locale(code) / "LC_MESSAGES" / "django.po"
            if path.exists():
                return path
        return None
