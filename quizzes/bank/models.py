"""The question bank: questions in categories, tagged, with revisions and translations."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin

from quizzes.grading import OptionSnapshot, PartialCredit, QuestionSnapshot, QuestionType

from .forms import QuestionAdminForm


class CaseManagementStep(models.TextChoices):
    IDENTIFICATION = "identification", _("1. Identification and registration")
    ASSESSMENT = "assessment", _("2. Assessment")
    PLANNING = "planning", _("3. Case planning")
    IMPLEMENTATION = "implementation", _("4. Implementing the case plan")
    REVIEW = "review", _("5. Follow-up and review")
    CLOSURE = "closure", _("6. Case closure")
    GENERAL = "general", _("Across the process")


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class CognitiveLevel(models.TextChoices):
    RECALL = "recall", _("Recall: remembers a fact")
    JUDGEMENT = "judgement", _("Judgement: decides what to do in a case")


class QuestionCategory(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class QuestionObjectiveTag(TaggedItemBase):
    content_object = ParentalKey(
        "bank.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(TranslatableMixin, RevisionMixin, ClusterableModel):
    category = models.ForeignKey(
        QuestionCategory, on_delete=models.PROTECT, related_name="questions"
    )
    type = models.CharField(
        _("type"),
        max_length=20,
        choices=[(t.value, t.name.replace("_", " ").capitalize()) for t in QuestionType],
    )
    text = models.TextField(_("question"))
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    image_alt = models.CharField(_("image alt text"), max_length=255, blank=True)
    marks = models.DecimalField(
        _("marks"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(1),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    partial_credit = models.CharField(
        _("partial credit"),
        max_length=20,
        choices=[
            (
                PartialCredit.PROPORTIONAL.value,
                _("Proportional: a share for each right part, never below zero"),
            ),
            (PartialCredit.ALL_OR_NOTHING.value, _("All or nothing")),
        ],
        default=PartialCredit.PROPORTIONAL.value,
        help_text=_("For multiple response, matching and ordering questions."),
    )
    numeric_answer = models.DecimalField(
        _("numeric answer"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance (±)"),
        max_digits=12,
        decimal_places=4,
        default=Decimal(0),
        validators=[MinValueValidator(0)],
    )
    fold_case = models.BooleanField(_("ignore upper and lower case"), default=True)
    fold_spaces = models.BooleanField(_("ignore extra spaces"), default=True)
    general_feedback = models.TextField(_("general feedback"), blank=True)
    rubric = models.TextField(
        _("marking rubric"), blank=True, help_text=_("For essays: what earns the marks.")
    )
    step = models.CharField(
        _("case management step"),
        max_length=20,
        choices=CaseManagementStep.choices,
        default=CaseManagementStep.GENERAL,
    )
    difficulty = models.CharField(
        _("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    cognitive_level = models.CharField(
        _("what it asks of the learner"),
        max_length=10,
        choices=CognitiveLevel.choices,
        default=CognitiveLevel.RECALL,
        help_text=_("A post-test should ask for judgement in short cases more than recall."),
    )
    objectives = ClusterTaggableManager(
        through=QuestionObjectiveTag,
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_(
            "Short tags, e.g. 'six-steps' or 'risk-levels'; the pre- and post-test share them."
        ),
    )

    base_form_class = QuestionAdminForm
    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("type")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
        InlinePanel(
            "options",
            heading=_("Options"),
            label=_("Option"),
            help_text=_(
                "Choice questions: mark the correct options. Matching: each option is an item and "
                "its match. Ordering: list the items in the correct order. Short answer: each "
                "option is an accepted answer (mark it correct)."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("marks"), FieldPanel("partial_credit")]),
                FieldRowPanel([FieldPanel("numeric_answer"), FieldPanel("numeric_tolerance")]),
                FieldRowPanel([FieldPanel("fold_case"), FieldPanel("fold_spaces")]),
                FieldPanel("rubric"),
            ],
            heading=_("Marking"),
        ),
        FieldPanel("general_feedback"),
        FieldRowPanel(
            [FieldPanel("step"), FieldPanel("difficulty"), FieldPanel("cognitive_level")]
        ),
        FieldPanel("objectives"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.CheckConstraint(condition=Q(marks__gt=0), name="question_marks_positive"),
            models.CheckConstraint(
                condition=Q(numeric_tolerance__gte=0), name="question_tolerance_not_negative"
            ),
            models.CheckConstraint(
                condition=~Q(type=QuestionType.NUMERIC.value) | Q(numeric_answer__isnull=False),
                name="numeric_question_has_answer",
            ),
            models.CheckConstraint(
                condition=Q(type__in=[t.value for t in QuestionType]), name="question_type_is_known"
            ),
            models.CheckConstraint(
                condition=Q(cognitive_level__in=CognitiveLevel.values),
                name="question_cognitive_level_is_known",
            ),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def snapshot(self) -> QuestionSnapshot:
        """The question as a learner will see it, frozen for an attempt."""
        return QuestionSnapshot(
            type=QuestionType(self.type),
            text=self.text,
            marks=self.marks,
            options=tuple(
                OptionSnapshot(
                    id=option.pk,
                    text=option.text,
                    is_correct=option.is_correct,
                    feedback=option.feedback,
                    match_text=option.match_text,
                )
                for option in self.options.all()
            ),
            partial_credit=PartialCredit(self.partial_credit),
            numeric_answer=self.numeric_answer,
            numeric_tolerance=self.numeric_tolerance,
            fold_case=self.fold_case,
            fold_spaces=self.fold_spaces,
            general_feedback=self.general_feedback,
            rubric=self.rubric,
            language=self.locale.language_code,
        )


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    match_text = models.CharField(
        _("matches"), max_length=500, blank=True, help_text=_("Matching questions only.")
    )
    feedback = models.CharField(_("feedback"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("text"), FieldPanel("is_correct")]),
        FieldRowPanel([FieldPanel("match_text"), FieldPanel("feedback")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
