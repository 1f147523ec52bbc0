"""The course as a Wagtail page tree: index > course > day (module) > lesson."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from .blocks import ACTIVITY_FIELDS, LessonBodyBlock
from .choices import CompletionRule, DayRelease


class CourseReadingMixin:
    """Course, day and lesson pages are read only by those the course is open to.

    The course tree does not decide who they are: the apps above it do, through two Wagtail
    hooks. `serve_course_page(page, request)` may answer instead of the page (a sign-in, a
    refusal); `course_page_context(page, request)` adds the reader's progress to the context."""

    def serve(self, request, *args, **kwargs):
        for serve_hook in hooks.get_hooks("serve_course_page"):
            response = serve_hook(self, request)
            if response is not None:
                return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for context_hook in hooks.get_hooks("course_page_context"):
            context.update(context_hook(self, request))
        return context

    def get_view_restrictions(self):
        """Wagtail's view restrictions (the CMS's privacy setting): none, without a query, when
        the cached course tree knows of none on this page or above it."""
        from .structure import is_unrestricted

        if is_unrestricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class CertificateIssue(models.TextChoices):
    AUTOMATIC = "automatic", _("Automatically, once every criterion is met")
    APPROVAL = "approval", _("After a Commission officer approves")


class CourseIndexPage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def serve(self, request, *args, **kwargs):
        # Each person's courses are on their home page ("My training", "My cohorts").
        return redirect("home")

    def route(self, request, path_components):
        # Wagtail routes a reader of Urdu through the Urdu copy of the site root. Course URLs
        # stay those of the source tree in every language: each page then shows its own
        # translation where one is published (see CourseReadingMixin) and English where not.
        source = self.get_translation_or_none(Locale.get_default())
        if source is not None and source.pk != self.pk:
            return source.specific.route(request, path_components)
        return super().route(request, path_components)


class CoursePage(CourseReadingMixin, Page):
    """A course, with the rules that decide when a learner has completed it."""

    code = models.SlugField(_("course code"), max_length=30)
    summary = models.TextField(_("summary"))
    version = models.CharField(
        _("version"),
        max_length=20,
        default="1.0",
        help_text=_(
            "Raise it when a change alters what learners are assessed on. Each enrolment keeps "
            "the version it started, and completion records it."
        ),
    )
    estimated_hours = models.PositiveSmallIntegerField(_("estimated hours"), default=60)
    day_release = models.CharField(
        _("how days open"), max_length=20, choices=DayRelease.choices, default=DayRelease.IN_ORDER
    )
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of face-to-face session days a learner must attend to complete."),
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("post-test pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("days to complete after joining"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the Commission's training policy."),
    )
    # The certificate's rules (see lms.certification.rules).
    certificate_requires_every_day = models.BooleanField(_("every day completed"), default=True)
    certificate_requires_simulations = models.BooleanField(
        _("every case simulation passed without a critical error"), default=True
    )
    signoff_competencies = ParentalManyToManyField(
        "simulations.Competency",
        blank=True,
        related_name="+",
        verbose_name=_("competencies a facilitator signs off"),
    )
    certificate_issue = models.CharField(
        _("issue the certificate"),
        max_length=10,
        choices=CertificateIssue.choices,
        default=CertificateIssue.AUTOMATIC,
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"), default=24, validators=[MinValueValidator(1)]
    )
    refresher_course = models.ForeignKey(
        "self",
        verbose_name=_("refresher course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Holders are enrolled in it before their certificate expires."),
    )
    refresher_notice_days = models.PositiveSmallIntegerField(
        _("enrol in the refresher this many days before expiry"), default=90
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("version")]),
        FieldPanel("summary"),
        FieldPanel("estimated_hours"),
        MultiFieldPanel(
            [
                FieldPanel("day_release"),
                FieldPanel("min_attendance_percent"),
                FieldPanel("pass_mark_percent"),
                FieldPanel("deadline_days"),
            ],
            heading=_("Completion rules"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("certificate_requires_every_day"),
                        FieldPanel("certificate_requires_simulations"),
                    ]
                ),
                FieldPanel("signoff_competencies", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [FieldPanel("certificate_issue"), FieldPanel("certificate_validity_months")]
                ),
                FieldRowPanel(
                    [FieldPanel("refresher_course"), FieldPanel("refresher_notice_days")]
                ),
            ],
            heading=_("Certificate"),
        ),
    ]
    parent_page_types = ["content.CourseIndexPage"]
    subpage_types = ["content.ModulePage"]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        verbose_name = _("course")
        constraints = [
            models.CheckConstraint(
                condition=Q(min_attendance_percent__lte=100) & Q(pass_mark_percent__lte=100),
                name="course_percentages_at_most_100",
            )
        ]

    def days(self):
        return ModulePage.objects.child_of(self).live().specific().order_by("path")


class ModulePage(CourseReadingMixin, Page):
    """One day of the course."""

    day_number = models.PositiveSmallIntegerField(
        _("day"), validators=[MinValueValidator(1), MaxValueValidator(30)]
    )
    summary = models.TextField(_("summary"), blank=True)
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective")))],
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What the trainee will be able to do after this day."),
    )
    duration_hours = models.DecimalField(
        _("duration (hours)"), max_digits=4, decimal_places=1, default=6
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("day_number"),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("duration_hours"),
    ]
    parent_page_types = ["content.CoursePage"]
    subpage_types = ["content.LessonPage"]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        verbose_name = _("day")
        verbose_name_plural = _("days")

    def lessons(self):
        return LessonPage.objects.child_of(self).live().specific().order_by("path")


class LessonPage(CourseReadingMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    completion_rule = models.CharField(
        _("complete when"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.READ,
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("completion_rule")]),
        FieldPanel("body"),
    ]
    parent_page_types = ["content.ModulePage"]
    subpage_types = []
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
        index.FilterField("path"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def clean(self):
        super().clean()
        source = self.get_translation_or_none(Locale.get_default()) if self.locale_id else None
        is_translation = source is not None and source.pk != self.pk
        if is_translation and self.activity_keys() != source.specific.activity_keys():
            raise ValidationError(
                {
                    "body": _(
                        "A translation places the same quizzes, case simulations and H5P "
                        "activities as the English lesson, in the same order: learners are "
                        "assessed on the English lesson's activities whatever their language."
                    )
                }
            )

    def activity_keys(self) -> list[tuple]:
        """The activities placed in this lesson, in order, by what stays the same across its
        translations (a simulation's translation key, a quiz's or H5P content's id)."""
        keys = []
        for block in self.body:
            field = ACTIVITY_FIELDS.get(block.block_type)
            activity = block.value[field] if field else None
            if activity is not None:
                keys.append((block.block_type, getattr(activity, "translation_key", activity.pk)))
        return keys

    def required_activities(self) -> list[tuple[str, object]]:
        """The activity blocks (type, value) a learner must pass under the lesson's rule."""
        if self.completion_rule != CompletionRule.ACTIVITIES:
            return []
        return [
            (block.block_type, block.value)
            for block in self.body
            if block.block_type in ACTIVITY_FIELDS
            and block.value[ACTIVITY_FIELDS[block.block_type]]
            and block.value["required_to_complete"]
        ]
