"""Day and lesson import and export in the Markdown format of content/README.md.

An import is all or nothing: every problem is listed with its file and line, and nothing is
written while there is one. Importing a lesson whose slug the day already has updates that
lesson with a new revision (published if the importer may publish, a draft for review if not).
The CMS's "Import lesson" and "Export lesson" and `seed_demo` all call these services.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale
from wagtail.rich_text import RichText, expand_db_html

from lms.core.imports import ImportReport
from lms.core.permissions import ActionDenied

from .blocks import ACTIVITY_FIELDS
from .lesson_markdown import (
    DayText,
    LessonText,
    course_parse,
    day_parse,
    lesson_markdown,
    lesson_parse,
)
from .models import CoursePage, LessonPage, ModulePage

# The blocks a lesson file holds; the others (activities, media) are "kept" in place.
MARKDOWN_BLOCKS = {"heading", "text", "callout", "reflection", "glossary"}
# Which field of a kept block names it for the file's readers.
KEPT_LABEL_FIELDS = ACTIVITY_FIELDS | {
    "image": "alt_text",
    "video": "title",
    "audio": "title",
    "download": "document",
}


class LessonImportDenied(ActionDenied):
    message = gettext_lazy("You may not add or edit lessons of this day.")


class LessonExportDenied(ActionDenied):
    message = gettext_lazy("You may not edit this lesson, so you may not export it.")


@dataclass
class PageImportReport(ImportReport):
    """A lesson's, a day's or a course's import; each problem is (file, line, problem)."""

    page: CoursePage | LessonPage | ModulePage | None = None
    created: bool = False
    published: bool = False


def _stream_value(block_type: str, value):
    if block_type == "text":
        return ("text", RichText(value))
    if block_type == "callout":
        return ("callout", {**value, "text": RichText(value["text"])})
    return (block_type, value)


def _kept_blocks(page: LessonPage | None) -> list:
    return [block for block in page.body if block.block_type not in MARKDOWN_BLOCKS] if page else []


def _body(lesson: LessonText, page: LessonPage | None, filename: str, report: PageImportReport):
    """The page's new body: the file's blocks, with each "kept" block the page's own."""
    kept = _kept_blocks(page)
    body, used = [], 0
    for block_type, value in lesson.body:
        if block_type != "kept":
            body.append(_stream_value(block_type, value))
            continue
        if used >= len(kept) or kept[used].block_type != value["type"]:
            report.problems.append(
                (
                    filename,
                    value["line"],
                    _("This “::: kept %(type)s” matches no %(type)s block of the lesson.")
                    % {"type": value["type"]},
                )
            )
        else:
            body.append((kept[used].block_type, kept[used].value))
        used += 1
    if used < len(kept):
        report.problems.append(
            (
                filename,
                0,
                _(
                    "The lesson has %(count)d blocks the file does not keep (%(types)s): put a "
                    "“::: kept …” section where each goes, or remove them in the CMS first."
                )
                % {
                    "count": len(kept) - used,
                    "types": ", ".join(block.block_type for block in kept[used:]),
                },
            )
        )
    return body


def _same_blocks(lesson: LessonText, source: LessonPage, filename: str, report: PageImportReport):
    """A translation holds the English lesson's blocks, of the same types in the same order."""
    expected = [block.block_type for block in source.body]
    found = [value["type"] if kind == "kept" else kind for kind, value in lesson.body]
    if found == expected:
        return
    first = next(
        (i for i, pair in enumerate(zip(expected, found, strict=False)) if pair[0] != pair[1]),
        min(len(expected), len(found)),
    )
    report.problems.append(
        (
            filename,
            0,
            _(
                "A translation holds the English lesson's %(count)d blocks in the same order; "
                "block %(number)d is a %(expected)s there and a %(found)s here."
            )
            % {
                "count": len(expected),
                "number": first + 1,
                "expected": expected[first] if first < len(expected) else _("nothing"),
                "found": found[first] if first < len(found) else _("nothing"),
            },
        )
    )


def _lock_check(page: LessonPage | None, filename: str, by, report: PageImportReport) -> None:
    """A page locked by someone else is not written."""
    lock = page.get_lock() if page and by is not None else None
    if lock is not None and lock.for_user(by):
        report.problems.append((filename, 0, str(lock.get_message(by))))


def _revision_save(
    page: LessonPage,
    lesson: LessonText,
    body,
    by,
    report: PageImportReport,
    *,
    parent=None,
    source=None,
) -> None:
    """Give the page the file's values (adding it under `parent` if new) in a new revision,
    published if `by` may publish it (a translation: its English `source`)."""
    page.title, page.slug, page.summary = lesson.title, lesson.slug, lesson.summary
    page.estimated_minutes, page.completion_rule = lesson.minutes, lesson.completion
    page.body = body
    if parent is not None:
        parent.add_child(instance=page)
    report.page, report.created = page, parent is not None
    report.published = by is None or (source or page).permissions_for_user(by).can_publish()
    revision = page.save_revision(user=by, log_action=True)
    if report.published:
        # Wagtail asks for the permission on the translation's own tree, which the CMS's groups
        # are not given: whoever may publish the English lesson publishes its translations.
        revision.publish(user=by, skip_permission_checks=source is not None)


def _translation_import(
    lesson: LessonText, source: LessonPage | None, filename: str, by, report: PageImportReport
) -> PageImportReport:
    """Create or update the translation of the day's English lesson with the file's slug."""
    if source is None:
        report.problems.append(
            (
                filename,
                0,
                _("The day has no lesson “%(slug)s” to translate: import the English file first.")
                % {"slug": lesson.slug},
            )
        )
        return report
    if by is not None:
        LessonImportDenied.unless(source.permissions_for_user(by).can_edit())
    locale = Locale.objects.get(language_code=lesson.language)
    translation = source.get_translation_or_none(locale)
    _lock_check(translation, filename, by, report)
    _same_blocks(lesson, source, filename, report)
    if lesson.completion != source.completion_rule:
        report.problems.append(
            (filename, 0, _("A translation is completed as its English lesson is."))
        )
    if not report.is_valid:
        return report
    body = _body(lesson, source, filename, report)  # the English lesson's own activities
    if not report.is_valid:
        return report
    created = translation is None
    if created:
        translation = source.copy_for_translation(locale, copy_parents=True)
    page = translation.get_latest_revision_as_object()
    _revision_save(page, lesson, body, by, report, source=source)
    report.created = created
    return report


@transaction.atomic
def lesson_import(*, day: ModulePage, text: str, filename: str, by) -> PageImportReport:
    """Add the lesson in `text` to the day, or update the day's lesson with its slug; a file in
    another language (`language: ur`) creates or updates that lesson's translation.

    `by` must be allowed to add lessons to the day (a new lesson) or edit the lesson (an update
    or a translation); None, said explicitly, is the system itself (seed_demo)."""
    report = PageImportReport()
    lesson, problems = lesson_parse(text, day=day.day_number)
    report.problems = [(filename, problem.line, problem.message) for problem in problems]
    if lesson is None:
        return report
    day = day.get_translation(Locale.get_default()).specific  # whichever copy was chosen
    existing = LessonPage.objects.child_of(day).filter(slug=lesson.slug).specific().first()
    if lesson.language:
        return _translation_import(lesson, existing, filename, by, report)
    if by is not None:
        target = existing or day
        permissions = target.permissions_for_user(by)
        LessonImportDenied.unless(
            permissions.can_edit() if existing else permissions.can_add_subpage()
        )
    _lock_check(existing, filename, by, report)
    page = existing.get_latest_revision_as_object() if existing else LessonPage(live=False)
    body = _body(lesson, existing and page, filename, report)
    if not report.is_valid:
        return report
    _revision_save(page, lesson, body, by, report, parent=None if existing else day)
    return report


def _export_block(block) -> tuple[str, object]:
    value = block.value
    if block.block_type == "text":
        return ("text", expand_db_html(value.source))
    if block.block_type == "callout":
        return ("callout", {**value, "text": expand_db_html(value["text"].source)})
    if block.block_type == "glossary":
        return ("glossary", {"terms": [dict(term) for term in value["terms"]]})
    if block.block_type in MARKDOWN_BLOCKS:
        return (block.block_type, value if block.block_type == "heading" else dict(value))
    label = value.get(KEPT_LABEL_FIELDS.get(block.block_type, ""), "")
    return ("kept", {"type": block.block_type, "label": str(label or "")})


def lesson_export(*, lesson: LessonPage, by) -> str:
    """The lesson's latest revision as a Markdown file; `by` must be allowed to edit it (or, for
    a translation, its English lesson)."""
    english = lesson.get_translation(Locale.get_default())  # a translation follows its lesson
    LessonExportDenied.unless(english.permissions_for_user(by).can_edit())
    page = lesson.get_latest_revision_as_object()
    day = lesson.get_parent().specific
    return lesson_markdown(
        LessonText(
            day=day.day_number,
            title=page.title,
            slug=page.slug,
            summary=page.summary,
            minutes=page.estimated_minutes,
            completion=page.completion_rule,
            body=[_export_block(block) for block in page.body],
            language=""
            if lesson.locale_id == Locale.get_default().pk
            else lesson.locale.language_code,
        )
    )


@transaction.atomic
def course_translate(*, course: CoursePage, text: str, filename: str) -> PageImportReport:
    """Give the course its title and summary in the language of `text` (a translated course
    file, `language: ur`): its translation, made if need be, or made its own page if it was an
    alias of the English course (as a day's translation leaves it). For the system itself
    (seed_demo): translators edit the course's translation in the CMS."""
    report = PageImportReport()
    words, problems = course_parse(text)
    report.problems = [(filename, problem.line, problem.message) for problem in problems]
    if words is None:
        return report
    if not words.language:
        report.problems.append(
            (filename, 0, _("This file is the course's own: a translation says its language."))
        )
        return report
    locale = Locale.objects.get(language_code=words.language)
    translation = course.get_translation_or_none(locale)
    if translation is None:
        translation = course.copy_for_translation(locale, copy_parents=True)
    elif translation.alias_of_id is not None:
        ConvertAliasPageAction(translation).execute(skip_permission_checks=True)
        translation = CoursePage.objects.get(pk=translation.pk)
    translation.title, translation.summary = words.title, words.summary
    translation.save_revision().publish()
    report.page, report.published = translation, True
    return report


def _day_translate(module: ModulePage, language_code: str, title: str, day: DayText | None):
    """Title the day's translation in the language (created if need be) and, given the day's
    translated file, give it the file's summary and objectives too."""
    locale = Locale.objects.get(language_code=language_code)
    translation = module.get_translation_or_none(locale)
    if translation is None:
        translation = module.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    if day is not None:
        translation.summary = day.summary
        translation.objectives = [("objective", objective) for objective in day.objectives]
    translation.save_revision().publish()


@transaction.atomic
def day_import(*, course: CoursePage, text: str, filename: str) -> PageImportReport:
    """Add the day in `text` to the course, or update the course's day with its number, with
    its titles in other languages; a file in another language (`language: ur`) translates the
    course's day with its number. For the system itself (seed_demo): the CMS edits days."""
    report = PageImportReport()
    day, problems = day_parse(text)
    report.problems = [(filename, problem.line, problem.message) for problem in problems]
    if day is None:
        return report
    existing = ModulePage.objects.child_of(course).filter(day_number=day.number).first()
    if day.language:
        if existing is None or len(existing.objectives) != len(day.objectives):
            report.problems.append(
                (
                    filename,
                    0,
                    _(
                        "A day's translation translates a day of the course, with as many "
                        "objectives: import the English file first."
                    ),
                )
            )
            return report
        _day_translate(existing, day.language, day.title, day)
        report.page, report.published = existing, True
        return report
    module = existing or ModulePage(day_number=day.number, slug=f"day-{day.number}")
    module.title, module.summary = day.title, day.summary
    module.objectives = [("objective", objective) for objective in day.objectives]
    if existing is None:
        course.add_child(instance=module)
    module.save_revision().publish()
    for language_code, title in day.translated_titles.items():
        _day_translate(module, language_code, title, None)
    report.page, report.created, report.published = module, existing is None, True
    return report
