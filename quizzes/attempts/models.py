"""Quizzes, their attempts and answers. An attempt freezes everything it was started with."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from lms.core.grading import GradingMethod
from quizzes.bank.models import Question, QuestionCategory


class QuizPurpose(models.TextChoices):
    PRACTICE = "practice", _("Practice")
    PRE_TEST = "pre_test", _("Pre-test")
    DAY_CHECK = "day_check", _("Day check")
    POST_TEST = "post_test", _("Post-test")


class Quiz(ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    purpose = models.CharField(
        _("purpose"), max_length=20, choices=QuizPurpose.choices, default=QuizPurpose.DAY_CHECK
    )
    instructions = models.TextField(_("instructions"), blank=True)
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("Empty for unlimited.")
    )
    minutes_between_attempts = models.PositiveSmallIntegerField(
        _("minimum gap between attempts (minutes)"), default=0
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    pass_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=10,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    # What a learner may see of a submitted attempt.
    review_responses = models.BooleanField(_("show their own answers"), default=True)
    review_correctness = models.BooleanField(_("show which answers were right"), default=True)
    review_correct_answers = models.BooleanField(_("show the correct answers"), default=False)
    review_feedback = models.BooleanField(_("show feedback"), default=True)
    review_only_after_close = models.BooleanField(
        _("only once the quiz has closed"),
        default=False,
        help_text=_(
            "Hold the review back until the closing date, e.g. for a post-test taken over several "
            "days. A pre-test or post-test always keeps which answers were right, the correct "
            "answers and the feedback until the learner's last attempt or the closing date, and "
            "once shown, the learner cannot take it again."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("purpose")]),
        FieldPanel("instructions"),
        InlinePanel(
            "wordings", heading=_("Title and instructions in other languages"), label=_("Language")
        ),
        InlinePanel("fixed_questions", heading=_("Fixed questions"), label=_("Question")),
        InlinePanel("draws", heading=_("Questions drawn at random"), label=_("Draw")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldRowPanel(
                    [
                        FieldPanel("time_limit_minutes"),
                        FieldPanel("attempts_allowed"),
                        FieldPanel("minutes_between_attempts"),
                    ]
                ),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("Limits"),
        ),
        FieldRowPanel(
            [FieldPanel("pass_percent"), FieldPanel("grading_method")], heading=_("Grading")
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_responses"),
                FieldPanel("review_correctness"),
                FieldPanel("review_correct_answers"),
                FieldPanel("review_feedback"),
                FieldPanel("review_only_after_close"),
            ],
            heading=_("Review after submission"),
        ),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_percent__lte=100), name="quiz_pass_percent_at_most_100"
            ),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(closes_at__isnull=True)
                | Q(closes_at__gt=models.F("opens_at")),
                name="quiz_closes_after_it_opens",
            ),
            models.CheckConstraint(
                condition=Q(purpose__in=QuizPurpose.values), name="quiz_purpose_is_known"
            ),
        ]

    def __str__(self):
        return self.title

    @cached_property
    def _wordings(self) -> dict[str, "QuizWording"]:
        return {wording.language: wording for wording in self.wordings.all()}

    def localized(self) -> "QuizWording":
        """The title and instructions learners read in the active language: its translation, or
        the quiz's own (English) ones."""
        language = (get_language() or "").split("-")[0]
        translation = None if language == settings.LANGUAGE_CODE else self._wordings.get(language)
        return translation or QuizWording(
            language=settings.LANGUAGE_CODE, title=self.title, instructions=self.instructions
        )


class QuizWording(Orderable):
    """A quiz's title and instructions in another language; the questions carry their own."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="wordings")
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=[
            (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
        ],
    )
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("language"), FieldPanel("title")]),
        FieldPanel("instructions"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("quiz translation")
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "language"], name="quiz_wording_one_per_language"
            ),
        ]


class QuizQuestion(Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]


class QuizDraw(Orderable):
    """N questions drawn at random from a category and/or a learning-objective tag."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(
        QuestionCategory, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    objective = models.CharField(_("learning objective tag"), max_length=100, blank=True)
    count = models.PositiveSmallIntegerField(
        _("questions"), default=5, validators=[MinValueValidator(1)]
    )

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("objective"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(category__isnull=False) | ~Q(objective=""), name="draw_has_a_source"
            )
        ]


class QuizOverride(models.Model):
    """A facilitator's grant to one learner: extra attempts or more time, with who and why."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="overrides")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    extra_attempts = models.PositiveSmallIntegerField(default=0)
    extra_minutes = models.PositiveSmallIntegerField(default=0)
    reason = models.CharField(_("reason"), max_length=255)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.learner} · {self.quiz}: +{self.extra_attempts} attempts, +{self.extra_minutes} min"


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_MARKING = "awaiting_marking", _("Awaiting marking")
    GRADED = "graded", _("Graded")


class QuizAttempt(models.Model):
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField()
    state = models.CharField(
        max_length=20, choices=AttemptState.choices, default=AttemptState.IN_PROGRESS
    )
    started_at = models.DateTimeField()
    # Frozen when the attempt starts, so later edits of the quiz do not change it.
    deadline = models.DateTimeField(null=True, blank=True)
    pass_percent = models.PositiveSmallIntegerField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    marks = models.DecimalField(max_digits=7, decimal_places=4, null=True, blank=True)
    max_marks = models.DecimalField(max_digits=7, decimal_places=4)
    percent = models.DecimalField(max_digits=7, decimal_places=4, null=True, blank=True)
    # When the learner was first shown the key (right answers, feedback) of this attempt.
    key_shown_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # By the columns, not the quiz and learner: ordering by a foreign key joins its table,
        # and a SELECT ... FOR UPDATE would lock the learner's row too.
        ordering = ["quiz_id", "learner_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "learner", "number"], name="attempt_numbers_unique"
            ),
            models.UniqueConstraint(
                fields=["quiz", "learner"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="attempt_percent_in_range",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True, state="in_progress")
                | Q(submitted_at__isnull=False) & ~Q(state="in_progress"),
                name="submitted_attempts_are_not_in_progress",
            ),
        ]

    def __str__(self):
        return f"{self.learner} · {self.quiz} · #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def passed(self) -> bool | None:
        return None if self.percent is None else self.percent >= self.pass_percent


class AttemptQuestion(models.Model):
    """One question of an attempt, exactly as shown: its snapshot and its order of options."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    snapshot = models.JSONField()
    option_order = models.JSONField(default=list)
    # The learner's answer, saved as they go.
    answer = models.JSONField(null=True, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True)
    # How correct the answer was, 0 to 1; empty while it awaits marking or before submission.
    fraction = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    needs_marking = models.BooleanField(default=False)
    marker_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["attempt_id", "position"]  # no join of the attempt (see QuizAttempt)
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="attempt_question_positions_unique"
            ),
            models.CheckConstraint(
                condition=Q(fraction__isnull=True) | Q(fraction__gte=0, fraction__lte=1),
                name="fraction_between_0_and_1",
            ),
        ]

    def __str__(self):
        return f"{self.attempt} · Q{self.position}"


class MarkChange(models.Model):
    """Every manual mark or regrade: who, when, the old and the new score."""

    attempt_question = models.ForeignKey(
        AttemptQuestion, on_delete=models.CASCADE, related_name="mark_changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    old_fraction = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    new_fraction = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    comment = models.TextField(blank=True)
    reason = models.CharField(max_length=50)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.attempt_question}: {self.old_fraction} → {self.new_fraction}"
