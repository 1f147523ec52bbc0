"""Writes of lesson progress: opening, time on the page, completion, private notes.

Each is safe to repeat: a double click, a retried request or a second tab changes nothing twice.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.content.activities import lesson_activities
from lms.core.events import evidence_changed_announce

from .models import LessonNote, LessonProgress
from .rules import credited_seconds


def lesson_open(*, learner, lesson, progress: LessonProgress | None = None) -> LessonProgress:
    """The learner opens a lesson: its progress row is made the first time; after that its
    last-seen time moves at most once a day (the page's heartbeat keeps it current while the
    lesson is read), so reading a lesson again writes nothing. `progress`: the row, if the caller
    has read it already."""
    now = timezone.now()
    if progress is None:
        try:
            with transaction.atomic():
                progress, created = LessonProgress.objects.get_or_create(
                    learner=learner,
                    lesson=lesson,
                    defaults={"first_opened_at": now, "last_seen_at": now},
                )
        except IntegrityError:  # the same lesson opened in two tabs at once
            progress, created = LessonProgress.objects.get(learner=learner, lesson=lesson), False
        if created:
            return progress
    if timezone.localdate(progress.last_seen_at) < timezone.localdate(now):
        # One statement, no transaction: a second tab stamping it at once changes nothing.
        LessonProgress.objects.filter(pk=progress.pk, last_seen_at__lt=now).update(last_seen_at=now)
        progress.last_seen_at = now
    return progress


@transaction.atomic
def progress_heartbeat(*, learner, lesson, active_seconds: int) -> LessonProgress | None:
    """Credit time the learner actively spent on a lesson (see rules.credited_seconds)."""
    progress = (
        LessonProgress.objects.select_for_update().filter(learner=learner, lesson=lesson).first()
    )
    if progress is None:
        return None
    now = timezone.now()
    since_last = (now - progress.last_seen_at).total_seconds()
    progress.seconds_spent += credited_seconds(
        reported_active=active_seconds, since_last_seen=since_last
    )
    progress.last_seen_at = now
    progress.save(update_fields=["seconds_spent", "last_seen_at"])
    return progress


class LessonNotComplete(Exception):
    """The lesson's completion rule is not met yet; the message says what is missing."""


def lesson_activities_missing(*, learner, lesson) -> str:
    """Why the lesson's required activities do not yet complete it, or "" when they do."""
    activities = lesson_activities()
    for block_type, block in lesson.required_activities():
        activity = activities[block_type]
        if not activity.passed(learner=learner, lesson=lesson, block=block):
            return str(activity.not_passed)
    return ""


def lesson_complete(*, learner, lesson) -> LessonProgress:
    """Complete a lesson by its rule; the first completion (and the revision read) stands."""
    missing = lesson_activities_missing(learner=learner, lesson=lesson)
    if missing:
        raise LessonNotComplete(missing)
    progress = lesson_open(learner=learner, lesson=lesson)
    now = timezone.now()
    completed = LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now, completed_revision_id=lesson.live_revision_id
    )
    progress.refresh_from_db()
    if completed:  # a completed day is certificate evidence
        evidence_changed_announce(learner_id=learner.pk)
    return progress


def lesson_note_save(*, learner, lesson, text: str) -> LessonNote:
    note, _ = LessonNote.objects.update_or_create(
        learner=learner, lesson=lesson, defaults={"text": text}
    )
    return note
