"""Question import and export in a documented JSON format, all or nothing.

{
  "format": "tahaffuz-questions", "version": 1,
  "questions": [
    {
      "category": "Day 1: Foundations",          # created if it does not exist
      "type": "single",                           # single, multiple, true_false, matching,
                                                  # ordering, short_answer, numeric, essay
      "text": "What is KP's child protection helpline number?",
      "marks": "1",                               # optional, default 1
      "partial_credit": "proportional",           # or "all_or_nothing"; optional
      "numeric_answer": null, "numeric_tolerance": "0",   # numeric questions
      "fold_case": true, "fold_spaces": true,     # short answers; optional
      "rubric": "",                               # essays: required
      "general_feedback": "",
      "step": "general", "difficulty": "medium",  # optional
      "cognitive_level": "judgement",             # or "recall" (the default); optional
      "objectives": ["referral-actors"],          # learning-objective tags
      "options": [                                # see Question's help for each type
        {"text": "1121", "is_correct": true, "match_text": "", "feedback": ""}
      ]
    }
  ]
}

Translations are a second format, "tahaffuz-question-translations" (content/README.md): the
text of English questions in one language, each naming its question and options by their
English text, imported by ``question_translations_import``.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from lms.core.imports import ImportReport
from quizzes.grading import (
    OptionSnapshot,
    PartialCredit,
    QuestionSnapshot,
    QuestionType,
    question_problems,
)

from .models import (
    CaseManagementStep,
    CognitiveLevel,
    Difficulty,
    Question,
    QuestionCategory,
    QuestionOption,
)

FORMAT = "tahaffuz-questions"
VERSION = 1
MAX_QUESTIONS = 2000


def questions_export(questions) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "questions": [
            {
                "category": question.category.name,
                "type": question.type,
                "text": question.text,
                "marks": str(question.marks),
                "partial_credit": question.partial_credit,
                "numeric_answer": None
                if question.numeric_answer is None
                else str(question.numeric_answer),
                "numeric_tolerance": str(question.numeric_tolerance),
                "fold_case": question.fold_case,
                "fold_spaces": question.fold_spaces,
                "rubric": question.rubric,
                "general_feedback": question.general_feedback,
                "step": question.step,
                "difficulty": question.difficulty,
                "cognitive_level": question.cognitive_level,
                "objectives": sorted(question.objectives.names()),
                "options": [
                    {
                        "text": o.text,
                        "is_correct": o.is_correct,
                        "match_text": o.match_text,
                        "feedback": o.feedback,
                    }
                    for o in question.options.all()
                ],
            }
            for question in questions.select_related("category").prefetch_related(
                "options", "objectives"
            )
        ],
    }


@dataclass
class QuestionImportReport(ImportReport):
    """Each problem is (question number, problem), 0 for the whole file."""

    imported: int = 0


def _decimal(value, name: str, default=None):
    """The number for the question's field `name`, or default if none is given; a ValueError
    says why it cannot be stored there."""
    if value in (None, ""):
        return default
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValueError(_("“%(value)s” is not a number.") % {"value": value})
    field = Question._meta.get_field(name)
    try:
        DecimalValidator(field.max_digits, field.decimal_places)(number)
    except ValidationError as error:
        raise ValueError(
            _("“%(field)s”: %(problem)s") % {"field": name, "problem": error.messages[0]}
        ) from error
    return number


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def _check(number: int, item, report: QuestionImportReport) -> dict | None:
    def problem(message):
        report.problems.append((number, message))

    if not isinstance(item, dict):
        problem(_("Each question must be an object."))
        return None
    text, category = str(item.get("text", "")).strip(), str(item.get("category", "")).strip()
    if not text:
        problem(_("The question text is missing."))
    if not category:
        problem(_("The category is missing."))
    if item.get("type") not in [t.value for t in QuestionType]:
        problem(_("Unknown type “%(type)s”.") % {"type": item.get("type")})
        return None
    try:
        marks = _decimal(item.get("marks"), "marks", Decimal(1))
        numeric_answer = _decimal(item.get("numeric_answer"), "numeric_answer")
        tolerance = _decimal(item.get("numeric_tolerance"), "numeric_tolerance", Decimal(0))
    except ValueError as error:
        problem(str(error))
        return None
    if marks <= 0 or tolerance < 0:
        problem(_("Marks must be positive and the tolerance not negative."))
    options = item.get("options") or []
    if not isinstance(options, list) or not all(
        isinstance(o, dict) and str(o.get("text", "")).strip() for o in options
    ):
        problem(_("Each option needs a text."))
        return None
    partial = item.get("partial_credit") or PartialCredit.PROPORTIONAL.value
    if partial not in [p.value for p in PartialCredit]:
        problem(_("Unknown partial credit rule “%(rule)s”.") % {"rule": partial})
        return None
    step = item.get("step") or CaseManagementStep.GENERAL
    difficulty = item.get("difficulty") or Difficulty.MEDIUM
    level = item.get("cognitive_level") or CognitiveLevel.RECALL
    objectives = item.get("objectives") or []
    if not isinstance(objectives, list):
        problem(_("“objectives” must be a list of tags."))
        objectives = []
    if (
        step not in CaseManagementStep.values
        or difficulty not in Difficulty.values
        or level not in CognitiveLevel.values
    ):
        problem(_("Unknown step, difficulty or cognitive level."))
    tag_model = Question._meta.get_field("objectives").related_model
    too_long = {
        (key, limit): None
        for key, value, limit in (
            ("category", category, _max_length(QuestionCategory, "name")),
            *(
                (key, str(option.get(key, "")), _max_length(QuestionOption, key))
                for option in options
                for key in ("text", "match_text", "feedback")
            ),
            *(("objectives", str(tag), _max_length(tag_model, "name")) for tag in objectives),
        )
        if len(value) > limit
    }
    for key, limit in too_long:
        problem(
            _("“%(field)s” may be at most %(max)d characters long.") % {"field": key, "max": limit}
        )
    snapshot = QuestionSnapshot(
        type=QuestionType(item["type"]),
        text=text,
        marks=marks,
        options=tuple(
            OptionSnapshot(
                id=index,
                text=str(o["text"]),
                is_correct=bool(o.get("is_correct")),
                match_text=str(o.get("match_text", "")),
            )
            for index, o in enumerate(options)
        ),
        partial_credit=PartialCredit(partial),
        numeric_answer=numeric_answer,
        rubric=str(item.get("rubric", "")),
    )
    for message in question_problems(snapshot):
        problem(message)
    return {
        "category": category,
        "type": item["type"],
        "text": text,
        "marks": marks,
        "partial_credit": partial,
        "numeric_answer": numeric_answer,
        "numeric_tolerance": tolerance,
        "fold_case": bool(item.get("fold_case", True)),
        "fold_spaces": bool(item.get("fold_spaces", True)),
        "rubric": str(item.get("rubric", "")),
        "general_feedback": str(item.get("general_feedback", "")),
        "step": step,
        "difficulty": difficulty,
        "cognitive_level": level,
        "objectives": [str(tag) for tag in objectives],
        "options": options,
    }


def questions_import(data) -> QuestionImportReport:
    """Check every question; import them all only if none has a problem."""
    report = QuestionImportReport()
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        report.problems.append(
            (
                0,
                _("This is not a Tahaffuz question file (format %(format)s, version %(version)s).")
                % {"format": FORMAT, "version": VERSION},
            )
        )
        return report
    items = data.get("questions")
    if not isinstance(items, list) or not items or len(items) > MAX_QUESTIONS:
        report.problems.append(
            (0, _("The file must hold between 1 and %(max)d questions.") % {"max": MAX_QUESTIONS})
        )
        return report
    checked = [_check(number, item, report) for number, item in enumerate(items, start=1)]
    if not report.is_valid:
        return report
    with transaction.atomic():
        for fields in checked:
            category, _created = QuestionCategory.objects.get_or_create(name=fields.pop("category"))
            objectives, options = fields.pop("objectives"), fields.pop("options")
            question = Question.objects.create(category=category, **fields)
            if objectives:
                question.objectives.add(*objectives)
                question.save()
            QuestionOption.objects.bulk_create(
                QuestionOption(
                    question=question,
                    text=str(o["text"]),
                    is_correct=bool(o.get("is_correct")),
                    match_text=str(o.get("match_text", "")),
                    feedback=str(o.get("feedback", "")),
                    sort_order=order,
                )
                for order, o in enumerate(options)
            )
            question.save_revision()
            report.imported += 1
    return report


TRANSLATION_FORMAT = "tahaffuz-question-translations"
TRANSLATED_FIELDS = ("text", "general_feedback", "rubric")
TRANSLATED_OPTION_FIELDS = ("text", "match_text", "feedback")


def _translation_original(number: int, item, originals: dict, report: QuestionImportReport):
    """The English question the item translates, or None after reporting why it cannot."""

    def problem(message):
        report.problems.append((number, message))

    if not isinstance(item, dict) or not str(item.get("text", "")).strip():
        problem(_("Each translation must be an object with the translated text."))
        return None
    original = originals.get((str(item.get("category", "")), str(item.get("source", ""))))
    if original is None:
        problem(
            _("No English question in “%(category)s” has the source text given.")
            % {"category": item.get("category", "")}
        )
        return None
    options = item.get("options") or []
    sources = [option.text for option in original.options.all()]
    if (
        not isinstance(options, list)
        or [str(o.get("source", "")) if isinstance(o, dict) else "" for o in options] != sources
    ):
        problem(
            _(
                "The options must be the English question's %(count)d options, in its order, "
                "each naming its English text as its source."
            )
            % {"count": len(sources)}
        )
        return None
    if not all(
        str(o.get("text", "")).strip()
        and (not source.match_text or str(o.get("match_text", "")).strip())
        for o, source in zip(options, original.options.all(), strict=True)
    ):
        problem(_("Each option needs a text, and a match where the English option has one."))
        return None
    return original


def question_translations_import(data) -> QuestionImportReport:
    """Create or update the translations a translation file holds, all or nothing.

    Each item names its English question by category and exact English text (``source``), so a
    translation never attaches to a question whose wording has since changed, and lists that
    question's options in order, each naming its English text as ``source``. Correctness, marks
    and the rest of the question stay the English question's."""
    report = QuestionImportReport()
    if (
        not isinstance(data, dict)
        or data.get("format") != TRANSLATION_FORMAT
        or data.get("version") != VERSION
    ):
        report.problems.append(
            (
                0,
                _(
                    "This is not a Tahaffuz translation file (format %(format)s, version %(version)s)."
                )
                % {"format": TRANSLATION_FORMAT, "version": VERSION},
            )
        )
        return report
    locale = Locale.objects.filter(language_code=data.get("language") or "").first()
    items = data.get("questions")
    if locale is None or locale.language_code == "en":
        report.problems.append((0, _("The file's language must be one the site offers.")))
    if not isinstance(items, list) or not items or len(items) > MAX_QUESTIONS:
        report.problems.append(
            (0, _("The file must hold between 1 and %(max)d questions.") % {"max": MAX_QUESTIONS})
        )
    if not report.is_valid:
        return report
    originals = {
        (question.category.name, question.text): question
        for question in Question.objects.filter(locale__language_code="en")
        .select_related("category")
        .prefetch_related("options", "objectives")
    }
    checked = [
        _translation_original(number, item, originals, report)
        for number, item in enumerate(items, start=1)
    ]
    if not report.is_valid:
        return report
    with transaction.atomic():
        for original, item in zip(checked, items, strict=True):
            _translation_save(original, locale, item)
            report.imported += 1
    return report


def _translation_save(original: Question, locale: Locale, item: dict) -> None:
    """Bring the original's translation in ``locale`` to the item's text; unchanged, write nothing."""
    fields = {
        name: str(item.get(name, getattr(original, name))).strip() for name in TRANSLATED_FIELDS
    }
    options = [
        {
            **{name: str(given.get(name, "")).strip() for name in TRANSLATED_OPTION_FIELDS},
            "is_correct": source.is_correct,
        }
        for source, given in zip(original.options.all(), item["options"], strict=True)
    ]
    translation = original.get_translation_or_none(locale)
    if translation is None:
        translation = original.copy_for_translation(locale)
    elif {name: getattr(translation, name) for name in TRANSLATED_FIELDS} == fields and [
        {name: getattr(o, name) for name in (*TRANSLATED_OPTION_FIELDS, "is_correct")}
        for o in translation.options.all()
    ] == options:
        return
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.objectives.set(list(original.objectives.names()))
    translation.options.set(
        QuestionOption(sort_order=order, **values) for order, values in enumerate(options)
    )
    translation.save()
    translation.save_revision()


def question_file_import(data) -> QuestionImportReport:
    """Import a question file or a translation file, whichever its format says it is."""
    if isinstance(data, dict) and data.get("format") == TRANSLATION_FORMAT:
        return question_translations_import(data)
    return questions_import(data)
