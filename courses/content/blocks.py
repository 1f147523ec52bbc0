"""The blocks a lesson is made of; each renders with its own template under content/blocks/."""

from django import forms
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from lms.core.grading import GradingMethod

TEACHING_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "hr"]


@deconstructible
class DocumentExtensionValidator:
    """A chosen document must be one of these file types (e.g. a video must be mp4 or webm)."""

    def __init__(self, extensions):
        self.extensions = list(extensions)

    def __call__(self, document):
        if document and document.file_extension.lower() not in self.extensions:
            raise forms.ValidationError(
                _("Choose a file of type: %(types)s.") % {"types": ", ".join(self.extensions)}
            )

    def __eq__(self, other):
        return isinstance(other, DocumentExtensionValidator) and self.extensions == other.extensions


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "content/blocks/heading.html"
        description = _("A section heading within the lesson.")
        preview_value = "Why the first contact matters"


class TeachingTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEACHING_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content/blocks/text.html"
        description = _("Paragraphs and lists of teaching text.")
        preview_value = (
            "<p>Case management is a way of organising support for one child and their family, "
            "step by step, from the first contact to the closing of the case.</p>"
        )


class CalloutBlock(blocks.StructBlock):
    """A boxed note: a key point to remember, a caution about harm, or a worked example."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("key_point", _("Key point")),
            ("caution", _("Caution: do no harm")),
            ("example", _("Example from practice")),
        ],
        default="key_point",
    )
    title = blocks.CharBlock(required=False)
    text = blocks.RichTextBlock(features=TEACHING_FEATURES)

    class Meta:
        icon = "warning"
        template = "content/blocks/callout.html"
        description = _("A key point, a caution or an example, set apart from the text.")
        preview_value = {
            "kind": "key_point",
            "title": "Remember",
            "text": "<p>Institutional care is a last resort.</p>",
        }


class LessonImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("Alt text"), help_text=_("What the image shows, for people who cannot see it.")
    )
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"
        description = _("An image with its alt text (required) and an optional caption.")


class VideoBlock(blocks.StructBlock):
    """An uploaded video with a captions track, or a video embedded from elsewhere."""

    video = DocumentChooserBlock(
        required=False, validators=[DocumentExtensionValidator(["mp4", "webm"])]
    )
    captions = DocumentChooserBlock(
        required=False,
        validators=[DocumentExtensionValidator(["vtt"])],
        help_text=_("A WebVTT (.vtt) captions file; required with an uploaded video."),
    )
    embed = EmbedBlock(required=False, help_text=_("Or the address of a video to embed."))
    title = blocks.CharBlock()
    transcript = blocks.RichTextBlock(features=TEACHING_FEATURES, required=False)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value["video"]) == bool(value["embed"]):
            errors["embed"] = forms.ValidationError(_("Upload a video or embed one, not both."))
        if value["video"] and not value["captions"]:
            errors["captions"] = forms.ValidationError(_("An uploaded video needs captions."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "media"
        template = "content/blocks/video.html"
        description = _("A video: uploaded with captions, or embedded.")


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(validators=[DocumentExtensionValidator(["mp3", "m4a", "ogg"])])
    title = blocks.CharBlock()
    transcript = blocks.RichTextBlock(features=TEACHING_FEATURES, required=False)

    class Meta:
        icon = "media"
        template = "content/blocks/audio.html"
        description = _("An audio recording with an optional transcript.")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "content/blocks/download.html"
        description = _("A document to download, e.g. a form or a handout.")


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers in a private note only they can read."""

    prompt = blocks.TextBlock()

    class Meta:
        icon = "help"
        template = "content/blocks/reflection.html"
        description = _("A question the learner answers in a private note.")
        preview_value = {"prompt": "Think of a child you met this month. What did they need first?"}


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock()
    definition = blocks.TextBlock()


class GlossaryBlock(blocks.StructBlock):
    terms = blocks.ListBlock(GlossaryTermBlock(), min_num=1, max_num=30)

    class Meta:
        icon = "list-ul"
        template = "content/blocks/glossary.html"
        description = _("Terms the lesson introduces, with their meanings.")
        preview_value = {
            "terms": [
                {"term": "Assent", "definition": "A child's agreement, given in their own words."}
            ]
        }


class QuizBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("attempts.Quiz")
    required_to_complete = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text=_(
            "With the lesson's rule 'activities passed', the lesson completes when this quiz is passed."
        ),
    )

    class Meta:
        icon = "tasks"
        template = "content/blocks/quiz.html"
        description = _("A quiz the learner takes from the lesson.")


class SimulationBlock(blocks.StructBlock):
    simulation = SnippetChooserBlock("simulations.Simulation")
    required_to_complete = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text=_(
            "With the lesson's rule 'activities passed', the lesson completes when this "
            "simulation is passed without a critical error."
        ),
    )

    class Meta:
        icon = "pick"
        template = "content/blocks/simulation.html"
        description = _("A branching case simulation the learner plays from the lesson.")


class H5PBlock(blocks.StructBlock):
    content = SnippetChooserBlock("h5p.H5PContent", label=_("H5P content"))
    grading_method = blocks.ChoiceBlock(
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
        help_text=_("Which of the learner's attempts make their result."),
    )
    pass_percent = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=0, max_value=100, default=70
    )
    required_to_complete = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text=_(
            "With the lesson's rule 'activities passed', the lesson completes when the learner's "
            "result reaches the pass mark. H5P results are reported by the browser: they count "
            "towards progress, never towards the certificate."
        ),
    )

    class Meta:
        icon = "media"
        template = "content/blocks/h5p.html"
        label = _("H5P activity")
        description = _("Interactive H5P content, played in an isolated frame.")


# Which field of an activity block names the activity.
ACTIVITY_FIELDS = {"quiz": "quiz", "simulation": "simulation", "h5p": "content"}


def activity_models() -> list:
    """The models of the activities a lesson places (once the apps are loaded)."""
    blocks_by_type = LessonBodyBlock().child_blocks
    return [
        blocks_by_type[block_type].child_blocks[field].target_model
        for block_type, field in ACTIVITY_FIELDS.items()
    ]


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TeachingTextBlock()
    callout = CalloutBlock()
    image = LessonImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    download = DownloadBlock()
    reflection = ReflectionBlock()
    glossary = GlossaryBlock()
    quiz = QuizBlock()
    simulation = SimulationBlock()
    h5p = H5PBlock()
