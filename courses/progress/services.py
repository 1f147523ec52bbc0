"""Writes of lesson progress: opening, time on the page, completion, private notes.

Each is safe to repeat: a double click, a retried request or a second tab changes nothing twice.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import LessonNote, LessonProgress
from .rules import credited_seconds


def lesson_open(*, learner, lesson) -> LessonProgress:
    now = timezone.now()
    try:
        with transaction.atomic():
            progress, created = LessonProgress.objects.get_or_create(
                learner=learner,
                lesson=lesson,
                defaults={"first_opened_at": now, "last_seen_at": now},
            )
    except IntegrityError:  # the same lesson opened in two tabs at once
        progress, created = LessonProgress.objects.get(learner=learner, lesson=lesson), False
    if not created:
        LessonProgress.objects.filter(pk=progress.pk).update(last_seen_at=now)
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
    from courses.h5p.selectors import h5p_grade
    from quizzes.attempts.models import Quiz
    from quizzes.attempts.services import learner_quiz_grade
    from quizzes.simulations.services import simulation_passed

    for quiz in Quiz.objects.filter(pk__in=lesson.required_quiz_ids()):
        grade = learner_quiz_grade(quiz=quiz, learner=learner)
        if grade.percent is None or grade.percent < quiz.pass_percent:
            return _("Pass this lesson's quiz to complete it.")
    for simulation_id in lesson.required_simulation_ids():
        if not simulation_passed(simulation_id=simulation_id, learner=learner):
            return _("Pass this lesson's case simulation to complete it.")
    for block in lesson.required_activities("h5p"):
        if not h5p_grade(learner=learner, lesson=lesson, block=block).passed:
            return _("Reach the pass mark in this lesson's interactive activity to complete it.")
    return ""


def lesson_complete(*, learner, lesson) -> LessonProgress:
    """Complete a lesson by its rule; the first completion (and the revision read) stands."""
    missing = lesson_activities_missing(learner=learner, lesson=lesson)
    if missing:
        raise LessonNotComplete(missing)
    from lms.certification.services import certificates_evaluate_for

    progress = lesson_open(learner=learner, lesson=lesson)
    now = timezone.now()
    completed = LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now, completed_revision_id=lesson.live_revision_id
    )
    progress.refresh_from_db()
    if completed:  # a completed day is certificate evidence
        certificates_evaluate_for(learner)
    return progress


def lesson_note_save(*, learner, lesson, text: str) -> LessonNote:
    note, _ = LessonNote.objects.update_or_create(
        learner=learner, lesson=lesson, defaults={"text": text}
    )
    return note
