"""Report, for translators and the Commission, how much of each language's catalogue is
translated, what is not, and how much of the translation no Commission reader has checked yet."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

from courses.content.lesson_markdown import course_parse, day_parse, lesson_parse
from courses.demo.load import course_files, curriculum_translations

# The translator comment ("# " line above msgid) on every entry the team drafts. A Commission
# reader who has checked an entry deletes this line or replaces it by "Reviewed by <name>, <date>".
UNREVIEWED = "Drafted by the Tahaffuz team; not yet reviewed by a Commission reader."


def is_pending(entry):
    """Readers see the English: nothing translated, or a fuzzy guess that gettext ignores."""
    return entry.fuzzy or not entry.translated()


def is_unreviewed(entry):
    return not is_pending(entry) and UNREVIEWED in entry.tcomment.splitlines()


# How each kind of course file is read, by the start of its name (else a lesson).
PARSERS = {"course.": course_parse, "day.": day_parse}


def content_counts(code: str) -> tuple[int, int]:
    """The course content files translated into the language (content/lessons/course.ur.md,
    content/lessons/…/*.ur.md), and how many of them say `reviewed: false` (or cannot be read)."""
    files = [
        source
        for sources in (course_files()[1], *curriculum_translations().values())
        for source in sources
        if Path(source.name).suffixes[0] == f".{code}"
    ]
    parsed = [_parser(Path(source.name).name)(source.text)[0] for source in files]
    return len(files), sum(1 for text in parsed if text is None or not text.reviewed)


def _parser(name: str):
    return next((parse for start, parse in PARSERS.items() if name.startswith(start)), lesson_parse)


class Command(BaseCommand):
    help = (
        "Count each language's translated, untranslated and unreviewed strings and course "
        "content files, and list the untranslated or fuzzy strings (they appear in English) "
        "with where they are used."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="PERCENT",
            help="Exit with an error if any language is less than PERCENT translated.",
        )
        parser.add_argument(
            "--unreviewed",
            action="store_true",
            help="Also list the translated strings no Commission reader has reviewed yet.",
        )

    def handle(self, *args, fail_under=None, unreviewed=False, **options):
        below = []
        for code, name in settings.LANGUAGES:
            if code.split("-")[0] == "en":
                continue
            path = self.catalogue_path(code)
            if path is None:
                self.stdout.write(self.style.ERROR(f"{code} ({name}): no django.po catalogue"))
                below.append(f"{code} (no catalogue)")
                continue
            entries = [e for e in polib.pofile(str(path)) if not e.obsolete]
            pending = [e for e in entries if is_pending(e)]
            drafts = [e for e in entries if is_unreviewed(e)]
            done = len(entries) - len(pending)
            percent = 100.0 * done / len(entries) if entries else 100.0
            self.stdout.write(
                self.style.MIGRATE_HEADING(
                    f"{code} ({name}): {percent:.1f}% translated ({done} of {len(entries)}); "
                    f"{len(pending)} untranslated; {len(drafts)} translated but unreviewed"
                )
            )
            files, unreviewed_files = content_counts(code)
            self.stdout.write(
                f"  course content: {files} files translated, {unreviewed_files} not yet reviewed"
            )
            for entry in pending:
                self.write_entry("fuzzy" if entry.fuzzy else "untranslated", entry)
            if unreviewed:
                for entry in drafts:
                    self.write_entry("unreviewed", entry)
            if fail_under is not None and percent < fail_under:
                below.append(f"{code} ({percent:.1f}%)")
        if fail_under is not None and below:
            raise CommandError(f"Below {fail_under:g}% translated: {', '.join(below)}")

    def write_entry(self, state, entry):
        where = ", ".join(f"{file}:{line}" for file, line in entry.occurrences)
        self.stdout.write(f"  [{state}] {entry.msgid!r}  ({where})")

    def catalogue_path(self, code):
        for directory in settings.LOCALE_PATHS:
            path = Path(directory) / to_locale(code) / "LC_MESSAGES" / "django.po"
            if path.exists():
                return path
        return None
