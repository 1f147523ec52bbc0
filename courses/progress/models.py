"""A learner's running record per lesson; day and course progress are derived from it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.content.models import LessonPage


class LessonProgress(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    first_opened_at = models.DateTimeField(_("first opened"))
    last_seen_at = models.DateTimeField(_("last seen"))
    # Seconds the lesson was on screen while the learner was active; see progress_heartbeat.
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The revision of the lesson the learner completed, so later edits do not rewrite history.
    completed_revision_id = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson"], name="one_progress_per_lesson"),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True)
                | Q(completed_at__gte=models.F("first_opened_at")),
                name="completed_after_opened",
            ),
        ]
        indexes = [
            models.Index(fields=["learner", "-last_seen_at"], name="progress_recent_by_learner")
        ]

    def __str__(self):
        return f"{self.learner} · {self.lesson_id}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonNote(models.Model):
    """The learner's private answer to a lesson's reflection prompts: no one else reads it."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_notes"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("note"), max_length=10_000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("private note")
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson"], name="one_note_per_lesson")
        ]

    def __str__(self):
        return f"{self.learner} · {self.lesson_id}"
