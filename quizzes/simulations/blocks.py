"""The steps an author writes for a case simulation: situations, decisions and ends.

Steps are named by a short key ("D1", "END-safe") and options link to the next step by that key,
so the whole graph lives in one StreamField with its revisions and translations. The graph is
checked on every save (see Simulation.clean); learners play a frozen snapshot of it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .rules import MAX_OPTIONS, MIN_OPTIONS

STEP_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def competency_choices():
    from .models import Competency

    return [(competency.code, competency.name) for competency in Competency.objects.all()]


def risk_level_choices():
    from .models import RISK_LEVEL_LABELS

    return list(RISK_LEVEL_LABELS.items())


class StepKeyBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        super().__init__(
            max_length=30,
            help_text=_("A short name options link to, e.g. D1 or END-safe."),
            **kwargs,
        )


class NextStepBlock(blocks.CharBlock):
    def __init__(self, required=True, **kwargs):
        kwargs.setdefault("help_text", _("The name of the step this leads to."))
        super().__init__(max_length=30, required=required, **kwargs)


class CompetencyChoiceBlock(blocks.ChoiceBlock):
    """A competency by its code. Reading a stored code takes it as it is: the choices (a query)
    are only needed to edit and validate it."""

    def __init__(self, **kwargs):
        super().__init__(choices=competency_choices, **kwargs)

    def to_python(self, value):
        return value


class CompetencyPointsBlock(blocks.StructBlock):
    competency = CompetencyChoiceBlock()
    points = blocks.IntegerBlock(min_value=-20, max_value=20, default=10)


# The most simulated time one action or situation may take: a year of the case (a follow-up
# visit may come months later). It keeps a path's clock (the sum over its steps) within what an
# attempt's moves can store.
MAX_STEP_MINUTES = 366 * 24 * 60


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    feedback = blocks.TextBlock(help_text=_("Shown after the choice: why it helps or harms."))
    next_step = NextStepBlock()
    minutes = blocks.IntegerBlock(
        min_value=0,
        max_value=MAX_STEP_MINUTES,
        default=60,
        help_text=_("Simulated time the action takes."),
    )
    points = blocks.ListBlock(CompetencyPointsBlock(), default=[])
    critical = blocks.BooleanBlock(
        required=False,
        help_text=_(
            "A critical error: this choice would harm the child. It fails the simulation "
            "whatever the score, and the facilitator is told."
        ),
    )
    protective = blocks.BooleanBlock(
        required=False, help_text=_("This choice acts on the risk: it meets the response deadline.")
    )
    late_step = NextStepBlock(
        required=False,
        help_text=_("Where the case goes instead if the response deadline has passed."),
    )


class RiskLevelBlock(blocks.ChoiceBlock):
    def __init__(self, **kwargs):
        super().__init__(
            choices=risk_level_choices,
            required=False,
            help_text=_("The case's true risk from this step on; empty leaves it unchanged."),
            **kwargs,
        )


class SituationStepBlock(blocks.StructBlock):
    key = StepKeyBlock()
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=STEP_TEXT_FEATURES)
    image = ImageChooserBlock(required=False)
    image_alt = blocks.CharBlock(
        required=False, help_text=_("Describe the image for screen readers.")
    )
    audio = DocumentChooserBlock(required=False)
    document = DocumentChooserBlock(required=False, help_text=_("A document from the case file."))
    risk_level = RiskLevelBlock()
    next_step = NextStepBlock()
    minutes = blocks.IntegerBlock(min_value=0, max_value=MAX_STEP_MINUTES, default=0)
    late_step = NextStepBlock(required=False)

    class Meta:
        icon = "doc-full"
        label = _("Situation")


class DecisionStepBlock(blocks.StructBlock):
    key = StepKeyBlock()
    title = blocks.CharBlock(max_length=120)
    prompt = blocks.RichTextBlock(features=STEP_TEXT_FEATURES)
    risk_level = RiskLevelBlock()
    asks_risk = blocks.BooleanBlock(
        required=False,
        help_text=_(
            "The trainee also sets the case's risk level and response time, scored against "
            "the case's true risk at this step."
        ),
    )
    risk_accepted = blocks.MultipleChoiceBlock(
        choices=risk_level_choices,
        required=False,
        label=_("Accepted risk levels"),
        help_text=_(
            "For a borderline case: the levels that earn full marks, such as medium and high. "
            "Any other level earns nothing. Empty: only the case's true risk is right, and any "
            "other level loses the points."
        ),
    )
    risk_adjacent_half = blocks.BooleanBlock(
        required=False,
        label=_("Half marks next to the range"),
        help_text=_("A level next to the accepted ones earns half the points."),
    )
    facilitator_reviews = blocks.BooleanBlock(
        required=False,
        label=_("Facilitator reviews"),
        help_text=_(
            "No automatic score for this decision: the trainee is told their facilitator will "
            "review it, and the attempt waits in the facilitator's debrief list."
        ),
    )
    options = blocks.ListBlock(OptionBlock(), min_num=MIN_OPTIONS, max_num=MAX_OPTIONS)

    class Meta:
        icon = "list-ul"
        label = _("Decision")


class EndStepBlock(blocks.StructBlock):
    key = StepKeyBlock()
    title = blocks.CharBlock(max_length=120)
    outcome = blocks.RichTextBlock(features=STEP_TEXT_FEATURES)
    debrief = blocks.RichTextBlock(
        features=STEP_TEXT_FEATURES, help_text=_("What the facilitator draws out in the debrief.")
    )
    harmful = blocks.BooleanBlock(
        required=False,
        help_text=_("The child came to harm in this outcome: the simulation is not passed."),
    )

    class Meta:
        icon = "flag"
        label = _("End")


class StepsBlock(blocks.StreamBlock):
    situation = SituationStepBlock()
    decision = DecisionStepBlock()
    end = EndStepBlock()
