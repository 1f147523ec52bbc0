"""Case simulations, the competencies they score, and trainees' attempts with every decision kept."""

from dataclasses import asdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamBlockValidationError
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from .blocks import STEP_TEXT_FEATURES, StepsBlock
from .rules import (
    CaseState,
    Choice,
    Graph,
    Option,
    PassRule,
    RiskLevel,
    Step,
    StepKind,
    graph_problems,
    translation_problems,
)

RISK_LEVEL_LABELS = {
    RiskLevel.HIGH: _("High"),
    RiskLevel.MEDIUM: _("Medium"),
    RiskLevel.LOW: _("Low"),
    RiskLevel.NONE: _("No risk"),
}


class Competency(models.Model):
    """A competency the simulations score, e.g. safety and risk assessment. The Commission's data."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_ur = models.CharField(_("name in Urdu"), max_length=120, blank=True)
    name_ps = models.CharField(_("name in Pashto"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.localized_name

    @property
    def localized_name(self) -> str:
        return getattr(self, f"name_{get_language()}", "") or self.name


@register_setting(icon="time")
class RiskResponseTimes(BaseGenericSetting):
    """How soon a case must be acted on at each risk level; simulations' clocks follow these."""

    high_hours = models.PositiveIntegerField(_("high risk: respond within (hours)"), default=24)
    medium_hours = models.PositiveIntegerField(_("medium risk: respond within (hours)"), default=72)
    low_hours = models.PositiveIntegerField(_("low risk: respond within (hours)"), default=168)

    panels = [
        FieldPanel("high_hours"),
        FieldPanel("medium_hours"),
        FieldPanel("low_hours"),
    ]

    class Meta:
        verbose_name = _("risk response times")

    def deadlines(self) -> dict[str, int]:
        """Minutes per risk level. The defaults are common inter-agency values, to be confirmed
        by KPCPWC; "no risk" has no deadline."""
        return {
            RiskLevel.HIGH: self.high_hours * 60,
            RiskLevel.MEDIUM: self.medium_hours * 60,
            RiskLevel.LOW: self.low_hours * 60,
        }


class Simulation(
    TranslatableMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, ClusterableModel
):
    """A fictional case a trainee handles from first contact to an outcome."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        blank=True,
        help_text=_(
            "A short name for the simulation's file, such as S1: importing a file with this code "
            "updates this simulation."
        ),
    )
    course_day = models.PositiveSmallIntegerField(
        _("course day"), null=True, blank=True, help_text=_("The day of the course it closes.")
    )
    title = models.CharField(_("title"), max_length=200)
    brief = RichTextField(
        _("case brief"),
        features=STEP_TEXT_FEATURES,
        help_text=_("The fictional child, family and setting."),
    )
    case_file = RichTextField(_("case file excerpt"), features=STEP_TEXT_FEATURES, blank=True)
    initial_risk = models.CharField(
        _("risk at first contact"),
        max_length=10,
        choices=list(RISK_LEVEL_LABELS.items()),
        default=RiskLevel.MEDIUM,
    )
    steps = StreamField(
        StepsBlock(),
        help_text=_("The first step is where the case starts. Options link to steps by name."),
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("Empty for unlimited.")
    )
    pass_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=60, validators=[MaxValueValidator(100)]
    )
    risk_points = models.PositiveSmallIntegerField(
        _("points for each correct risk level and response time"), default=5
    )
    risk_competency = models.ForeignKey(
        Competency,
        verbose_name=_("risk answers count towards"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("course_day")]),
        FieldPanel("brief"),
        FieldPanel("case_file"),
        FieldPanel("initial_risk"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attempts_allowed"), FieldPanel("pass_percent")]),
                InlinePanel(
                    "pass_rules", label=_("Minimum for a competency"), heading=_("Competencies")
                ),
                FieldRowPanel([FieldPanel("risk_points"), FieldPanel("risk_competency")]),
            ],
            heading=_("Passing"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("case simulation")
        verbose_name_plural = _("case simulations")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_percent__lte=100), name="simulation_pass_percent_at_most_100"
            ),
            models.UniqueConstraint(
                fields=["code", "locale"],
                condition=~Q(code=""),
                name="one_simulation_per_code_and_language",
            ),
        ]

    def __str__(self):
        return self.title

    def graph(self, deadlines: dict[str, int] | None = None) -> Graph:
        """The steps as the pure rules read them (see rules.py)."""
        if deadlines is None:
            deadlines = RiskResponseTimes.load().deadlines()
        return Graph(
            steps=tuple(_step_from_block(block) for block in self.steps),
            initial_risk=self.initial_risk,
            deadlines={str(level): minutes for level, minutes in deadlines.items()},
            risk_points=self.risk_points,
            risk_competency=self.risk_competency.code if self.risk_competency else "",
        )

    def pass_rule(self) -> PassRule:
        return PassRule(
            overall_percent=self.pass_percent,
            competency_percent={
                rule.competency.code: rule.min_percent
                for rule in self.pass_rules.all()
                if rule.competency_id
            },
        )

    def snapshot(self) -> dict:
        """What an attempt freezes at its start: later edits never change an attempt."""
        return {
            "title": self.title,
            "brief": self.brief,
            "case_file": self.case_file,
            "graph": self.graph().to_json(),
            "pass_rule": asdict(self.pass_rule()),
        }

    def clean(self):
        super().clean()
        graph = self.graph(deadlines={})
        problems = graph_problems(graph)
        source = self._translation_source()
        if source is not None:
            problems += translation_problems(source.graph(deadlines={}), graph)
        if not problems:
            return
        # Every problem above the steps, and each step's own problems on that step's block.
        by_index = {}
        for index, block in enumerate(self.steps):
            own = [p.message for p in problems if p.step and p.step == block.value.get("key")]
            if own:
                by_index[index] = ValidationError(" ".join(own))
        errors = StreamBlockValidationError(
            block_errors=by_index, non_block_errors=[str(problem) for problem in problems]
        )
        raise ValidationError({"steps": errors})

    def _translation_source(self):
        """The default-language simulation this one translates, if it is a translation."""
        default = Locale.get_default()
        if not self.translation_key or self.locale_id in (None, default.pk):
            return None
        return (
            Simulation.objects.filter(translation_key=self.translation_key, locale=default)
            .exclude(pk=self.pk)
            .first()
        )

    preview_modes = [("", _("Play")), ("diagram", _("Diagram"))]

    def get_preview_template(self, request, mode_name):
        return "simulations/preview.html"

    def get_preview_context(self, request, mode_name):
        from .diagram import graph_svg

        graph = self.graph()
        return {
            "simulation": self,
            "graph": graph,
            "mode": mode_name,
            "diagram": graph_svg(graph),
            "problems": graph_problems(graph),
            "risk_labels": RISK_LEVEL_LABELS,
        }


def _rich(value) -> str:
    return getattr(value, "source", value) or ""


def _step_from_block(block) -> Step:
    value = block.value
    common = {"key": value.get("key") or "", "title": value.get("title") or ""}
    if block.block_type == "end":
        return Step(
            kind=StepKind.END,
            text=_rich(value.get("outcome")),
            debrief=_rich(value.get("debrief")),
            harmful=bool(value.get("harmful")),
            **common,
        )
    if block.block_type == "decision":
        options = tuple(
            Option(
                text=option.get("text") or "",
                next_step=option.get("next_step") or "",
                feedback=option.get("feedback") or "",
                minutes=option.get("minutes") or 0,
                points={
                    row["competency"]: row["points"] or 0
                    for row in option.get("points") or []
                    if row.get("competency")
                },
                critical=bool(option.get("critical")),
                protective=bool(option.get("protective")),
                late_step=option.get("late_step") or "",
            )
            for option in value.get("options") or []
        )
        return Step(
            kind=StepKind.DECISION,
            text=_rich(value.get("prompt")),
            options=options,
            risk_level=value.get("risk_level") or "",
            asks_risk=bool(value.get("asks_risk")),
            risk_accepted=tuple(value.get("risk_accepted") or ()),
            risk_adjacent_half=bool(value.get("risk_adjacent_half")),
            facilitator_reviews=bool(value.get("facilitator_reviews")),
            **common,
        )
    image, audio, document = value.get("image"), value.get("audio"), value.get("document")
    return Step(
        kind=StepKind.SITUATION,
        text=_rich(value.get("text")),
        options=(
            Option(
                text="",
                next_step=value.get("next_step") or "",
                minutes=value.get("minutes") or 0,
                late_step=value.get("late_step") or "",
            ),
        ),
        risk_level=value.get("risk_level") or "",
        image_url=image.get_rendition("max-800x600").url if image else "",
        image_alt=value.get("image_alt") or "",
        audio_url=audio.url if audio else "",
        document_url=document.url if document else "",
        document_title=document.title if document else "",
        **common,
    )


def step_block_data(step: Step) -> tuple[str, dict]:
    """A rules.Step as the steps StreamField stores it (the inverse of _step_from_block, less
    media): how the demo and imports write simulations."""
    common = {"key": step.key, "title": step.title}
    if step.kind == StepKind.END:
        return "end", {
            **common,
            "outcome": step.text,
            "debrief": step.debrief,
            "harmful": step.harmful,
        }
    if step.kind == StepKind.DECISION:
        options = [
            {
                "text": option.text,
                "feedback": option.feedback,
                "next_step": option.next_step,
                "minutes": option.minutes,
                "points": [
                    {"competency": code, "points": points} for code, points in option.points.items()
                ],
                "critical": option.critical,
                "protective": option.protective,
                "late_step": option.late_step,
            }
            for option in step.options
        ]
        return "decision", {
            **common,
            "prompt": step.text,
            "risk_level": step.risk_level,
            "asks_risk": step.asks_risk,
            "risk_accepted": list(step.risk_accepted),
            "risk_adjacent_half": step.risk_adjacent_half,
            "facilitator_reviews": step.facilitator_reviews,
            "options": options,
        }
    (option,) = step.options
    return "situation", {
        **common,
        "text": step.text,
        "risk_level": step.risk_level,
        "next_step": option.next_step,
        "minutes": option.minutes,
        "late_step": option.late_step,
    }


class SimulationPassRule(Orderable):
    simulation = ParentalKey(Simulation, on_delete=models.CASCADE, related_name="pass_rules")
    competency = models.ForeignKey(
        Competency, verbose_name=_("competency"), on_delete=models.PROTECT, related_name="+"
    )
    min_percent = models.PositiveSmallIntegerField(
        _("minimum (%)"), default=50, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("min_percent")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["simulation", "competency"], name="one_minimum_per_competency"
            ),
        ]


class SimulationAttempt(models.Model):
    """One play of a simulation: its frozen graph, the case's state, and the outcome once ended."""

    simulation = models.ForeignKey(Simulation, on_delete=models.PROTECT, related_name="attempts")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="simulation_attempts"
    )
    lesson = models.ForeignKey(
        "content.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="simulation_attempts",
    )
    number = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=10)
    snapshot = models.JSONField()
    case_state = models.JSONField()  # rules.CaseState
    moves_made = models.PositiveSmallIntegerField(default=0)
    step_arrived_at = models.DateTimeField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome_step = models.CharField(max_length=30, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(default=False)
    critical_error = models.BooleanField(default=False)
    # A decision the facilitator scores was taken: the attempt waits for their debrief.
    needs_review = models.BooleanField(default=False)
    # When the facilitators were told of the critical error: the notice goes out once.
    critical_notified_at = models.DateTimeField(null=True, blank=True)
    debriefed_at = models.DateTimeField(null=True, blank=True)
    debriefed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    debrief_note = models.TextField(blank=True)

    class Meta:
        # By the columns, not the learner and simulation: ordering by a foreign key joins its
        # table, and a SELECT ... FOR UPDATE would lock the learner's row too.
        ordering = ["learner_id", "simulation_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "simulation", "number"], name="simulation_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["learner", "simulation"],
                condition=Q(finished_at__isnull=True),
                name="one_simulation_attempt_in_progress",
            ),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="simulation_percent_in_range",
            ),
            models.CheckConstraint(
                condition=Q(passed=False) | Q(critical_error=False, finished_at__isnull=False),
                name="simulation_pass_needs_an_end_without_critical_error",
            ),
        ]

    def __str__(self):
        return f"{self.simulation} #{self.number} ({self.learner})"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def graph(self) -> Graph:
        return Graph.from_json(self.snapshot["graph"])

    @property
    def state(self) -> CaseState:
        return CaseState(**self.case_state)

    def recorded_choices(self, moves=None) -> list[Choice]:
        """The trainee's choices so far, in order: replayed through the rules to rebuild the case."""
        moves = moves if moves is not None else self.moves.order_by("sequence")
        return [
            Choice(
                option=move.option_index,
                risk=move.risk_level,
                response_minutes=move.response_minutes,
            )
            for move in moves
        ]


class SimulationMove(models.Model):
    """One step taken: the choice, what it scored, and the time the trainee spent on it."""

    attempt = models.ForeignKey(SimulationAttempt, on_delete=models.CASCADE, related_name="moves")
    sequence = models.PositiveSmallIntegerField()
    step_key = models.CharField(max_length=30)
    option_index = models.PositiveSmallIntegerField()
    risk_level = models.CharField(max_length=10, blank=True)
    response_minutes = models.PositiveIntegerField(null=True, blank=True)
    risk_correct = models.BooleanField(null=True)
    response_correct = models.BooleanField(null=True)
    points = models.JSONField(default=dict)  # competency code -> points
    available = models.JSONField(default=dict)  # competency code -> the most the step offered
    critical = models.BooleanField(default=False)
    late = models.BooleanField(default=False)
    for_review = models.BooleanField(default=False)  # the facilitator scores this decision
    clock_after = models.PositiveIntegerField()  # simulated minutes since first contact
    arrived_at = models.DateTimeField()
    chosen_at = models.DateTimeField()

    class Meta:
        ordering = ["attempt_id", "sequence"]  # no join of the attempt (see SimulationAttempt)
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "sequence"], name="simulation_move_sequence_unique"
            ),
            models.CheckConstraint(
                condition=Q(chosen_at__gte=models.F("arrived_at")),
                name="simulation_move_chosen_after_arrival",
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}: {self.sequence}. {self.step_key}"

    @property
    def seconds_taken(self) -> int:
        return int((self.chosen_at - self.arrived_at).total_seconds())


class SimulationScore(models.Model):
    """A finished attempt's score in one competency: the rows the competency profile sums."""

    attempt = models.ForeignKey(SimulationAttempt, on_delete=models.CASCADE, related_name="scores")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="scores")
    points = models.IntegerField()
    available = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "competency"], name="one_score_per_competency"
            ),
        ]

    def __str__(self):
        return f"{self.competency}: {self.points}/{self.available}"
