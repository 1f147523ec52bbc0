"""H5P content: validated packages kept on the storage API by content hash, and the libraries
they use, one stored copy of each library version shared by every package."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import PreviewableMixin

from .xapi import Score, Statement

LIBRARIES_PREFIX = "h5p/libraries"
CONTENT_PREFIX = "h5p/content"


class H5PLibrary(models.Model):
    """One version (major.minor) of an H5P library, at its installed patch.

    Its files are stored under the hash of that build, so installing a newer patch writes a new
    folder and switches every package to it at once, when the row changes.
    """

    machine_name = models.CharField(max_length=255)
    major_version = models.PositiveIntegerField()
    minor_version = models.PositiveIntegerField()
    patch_version = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=255)
    runnable = models.BooleanField(default=False)
    library_json = models.JSONField()
    sha256 = models.CharField(max_length=64, help_text=_("Of the library's files, in name order."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="one_h5p_library_per_version",
            ),
        ]

    def __str__(self):
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def storage_prefix(self) -> str:
        return f"{LIBRARIES_PREFIX}/{self.folder}/{self.sha256[:16]}"


class H5PContent(PreviewableMixin, models.Model):
    """An uploaded `.h5p` package, placed in lessons through the H5P block."""

    title = models.CharField(_("title"), max_length=255)
    title_ur = models.CharField(_("title in Urdu"), max_length=255, blank=True)
    title_ps = models.CharField(_("title in Pashto"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    package_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    main_library = models.ForeignKey(
        H5PLibrary, on_delete=models.PROTECT, related_name="+", editable=False
    )
    libraries = models.ManyToManyField(H5PLibrary, related_name="contents", editable=False)
    h5p_json = models.JSONField(editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def localized_title(self) -> str:
        return getattr(self, f"title_{get_language()}", "") or self.title

    @property
    def storage_prefix(self) -> str:
        return f"{CONTENT_PREFIX}/{self.package_sha256}"

    def get_preview_template(self, request, mode_name):
        return "h5p/preview.html"

    def get_preview_context(self, request, mode_name):
        from .serving import content_base_url

        return {
            "content": self,
            "player_url": content_base_url(self, request.user) if self.pk else None,
            "content_origin": settings.H5P_CONTENT_ORIGIN.rstrip("/"),
        }

    @property
    def activity_iri(self) -> str:
        """The xAPI object id of this content: the player reports statements about it."""
        return h5p_activity_iri(self.pk)


def h5p_activity_iri(content_id: int) -> str:
    """The xAPI object id of the content with this id."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/h5p/activities/{content_id}"


class H5PAttempt(models.Model):
    """One go at H5P content placed in a lesson: its statements, and its score once completed.

    A new attempt opens with the first statement after the last one ended; a top-level completion
    ends it. Attempts are never overwritten, so every grading method can be applied afterwards.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    lesson = models.ForeignKey("content.LessonPage", on_delete=models.CASCADE, related_name="+")
    content = models.ForeignKey(H5PContent, on_delete=models.PROTECT, related_name="attempts")
    # Set when the attempt is made, not when stored: one a completion opens is stored finished.
    started_at = models.DateTimeField(default=timezone.now, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_min = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    percent = models.FloatField(null=True, blank=True)
    success = models.BooleanField(null=True, blank=True)
    finished_verb = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("H5P attempt")
        verbose_name_plural = _("H5P attempts")
        ordering = ["started_at", "pk"]
        indexes = [models.Index(fields=["learner", "lesson", "content", "started_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson", "content"],
                condition=models.Q(finished_at__isnull=True),
                name="one_open_h5p_attempt",
            ),
            models.CheckConstraint(
                condition=models.Q(finished_at__isnull=True)
                | models.Q(percent__isnull=False, score_raw__isnull=False),
                name="finished_h5p_attempt_has_score",
            ),
            models.CheckConstraint(
                condition=models.Q(percent__isnull=True)
                | models.Q(percent__gte=0, percent__lte=100),
                name="h5p_percent_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.learner} - {self.content} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def closing_statement(self) -> Statement | None:
        """What ended this attempt, as the grading rules read it (None while it is open)."""
        if not self.is_finished:
            return None
        score = Score(raw=self.score_raw, min=self.score_min, max=self.score_max)
        return Statement(verb=self.finished_verb, score=score, success=self.success)

    def finish(self, statement: Statement) -> None:
        self.finished_at = timezone.now()
        self.finished_verb = statement.verb
        self.score_raw = statement.score.raw
        self.score_min = statement.score.min
        self.score_max = statement.score.max
        self.percent = statement.score.percent
        self.success = statement.success
        self.save()


class H5PStatement(models.Model):
    """An xAPI statement as the player sent it, kept whole, with the parts the platform read."""

    attempt = models.ForeignKey(H5PAttempt, on_delete=models.CASCADE, related_name="statements")
    delivery_id = models.UUIDField(
        unique=True,
        help_text=_("Chosen by the lesson page, so a statement sent twice counts once."),
    )
    received_at = models.DateTimeField(auto_now_add=True)
    verb = models.CharField(max_length=64)
    sub_content_id = models.CharField(max_length=64, blank=True)
    statement = models.JSONField()

    class Meta:
        verbose_name = _("H5P statement")
        verbose_name_plural = _("H5P statements")
        ordering = ["received_at", "pk"]

    def __str__(self):
        return f"{self.verb} {self.sub_content_id}".strip()


class H5PUserData(models.Model):
    """H5P's resume state ("content user data") for one learner and one piece of content."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="+")
    data_type = models.CharField(max_length=64)
    sub_content_id = models.PositiveIntegerField(default=0)
    data = models.TextField()
    preload = models.BooleanField(default=False)
    invalidate = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("H5P resume state")
        verbose_name_plural = _("H5P resume states")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "content", "data_type", "sub_content_id"],
                name="one_h5p_user_data_per_slot",
            ),
        ]

    def __str__(self):
        return f"{self.learner} - {self.content} - {self.data_type}"
