"""Grading: pure functions over frozen question snapshots. No database, no Django models
(only Django's gettext, for messages to authors).

A response scores a fraction in [0, 1] of the question's marks; essays wait for a facilitator.
The grading methods pick a quiz grade from several attempts, with attempts awaiting marking
treated explicitly (Moodle's rule: they never count as zero).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from django.utils.translation import gettext as _

ZERO = Decimal(0)
ONE = Decimal(1)


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    MATCHING = "matching"
    ORDERING = "ordering"
    SHORT_ANSWER = "short_answer"
    NUMERIC = "numeric"
    ESSAY = "essay"


class PartialCredit(StrEnum):
    """How a multiple-response or ordering question gives partial marks."""

    ALL_OR_NOTHING = "all_or_nothing"
    # Multiple response: each correct option chosen earns 1/(correct options), each wrong option
    # chosen costs 1/(wrong options); never below zero. Ordering/matching: share of items right.
    PROPORTIONAL = "proportional"


@dataclass(frozen=True)
class OptionSnapshot:
    id: int
    text: str
    is_correct: bool = False
    feedback: str = ""
    match_text: str = ""  # matching: the answer this prompt pairs with


@dataclass(frozen=True)
class QuestionSnapshot:
    """A question exactly as a learner saw it in one attempt."""

    type: QuestionType
    text: str
    marks: Decimal = ONE
    options: tuple[OptionSnapshot, ...] = ()
    partial_credit: PartialCredit = PartialCredit.PROPORTIONAL
    numeric_answer: Decimal | None = None
    numeric_tolerance: Decimal = ZERO
    fold_case: bool = True
    fold_spaces: bool = True
    general_feedback: str = ""
    rubric: str = ""
    language: str = ""  # the language code of the text as shown; "" in attempts made before it


@dataclass(frozen=True)
class Score:
    fraction: Decimal | None  # None while an essay awaits marking
    needs_marking: bool = False

    @property
    def is_correct(self) -> bool:
        return self.fraction == ONE


AWAITING_MARKING = Score(fraction=None, needs_marking=True)
WRONG = Score(fraction=ZERO)


class InvalidAnswer(ValueError):
    """The answer does not fit the question (an unknown option id, a wrong shape)."""


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def answer_validate(question: QuestionSnapshot, answer) -> None:
    """Raise InvalidAnswer unless the answer has the shape this question type takes."""
    option_ids = {option.id for option in question.options}
    match question.type:
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            if not isinstance(answer, int) or answer not in option_ids:
                raise InvalidAnswer("Choose one of the options.")
        case QuestionType.MULTIPLE:
            if (
                not isinstance(answer, list)
                or not set(answer) <= option_ids
                or len(set(answer)) != len(answer)
            ):
                raise InvalidAnswer("Choose among the options.")
        case QuestionType.MATCHING:
            answers = {option.match_text for option in question.options}
            if (
                not isinstance(answer, dict)
                or not set(answer) <= {str(option_id) for option_id in option_ids}
                or not set(answer.values()) <= answers
            ):
                raise InvalidAnswer("Match each item with one of the answers.")
        case QuestionType.ORDERING:
            if not isinstance(answer, list) or sorted(answer) != sorted(option_ids):
                raise InvalidAnswer("Put every item in an order.")
        case QuestionType.SHORT_ANSWER | QuestionType.ESSAY:
            if not isinstance(answer, str) or len(answer) > 20_000:
                raise InvalidAnswer("Write your answer as text.")
        case QuestionType.NUMERIC:
            if not isinstance(answer, str) or _number(answer) is None:
                raise InvalidAnswer("Write a number, e.g. 14 or 2.5.")


def _number(text: str) -> Decimal | None:
    text = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    # Urdu/Arabic-Indic digits read as numbers too.
    text = "".join(str(unicodedata.digit(char)) if char.isdigit() else char for char in text)
    try:
        value = Decimal(text)
    except ArithmeticError:
        return None
    return value if value.is_finite() else None


def _fold(text: str, *, case: bool, spaces: bool) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    if spaces:
        text = re.sub(r"\s+", " ", text)
    if case:
        text = text.casefold()
    return text


def score_response(question: QuestionSnapshot, answer) -> Score:
    """The fraction of marks an answer earns. An empty answer earns nothing."""
    if answer is None or answer in ("", [], {}):
        return WRONG
    answer_validate(question, answer)
    correct = {option.id for option in question.options if option.is_correct}
    match question.type:
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            return Score(ONE if answer in correct else ZERO)
        case QuestionType.MULTIPLE:
            return Score(_multiple(question, set(answer), correct))
        case QuestionType.MATCHING:
            right = sum(
                1 for option in question.options if answer.get(str(option.id)) == option.match_text
            )
            return Score(_share(question, right, len(question.options)))
        case QuestionType.ORDERING:
            expected = [option.id for option in question.options]
            right = sum(
                1 for given, wanted in zip(answer, expected, strict=True) if given == wanted
            )
            return Score(_share(question, right, len(expected)))
        case QuestionType.SHORT_ANSWER:
            given = _fold(answer, case=question.fold_case, spaces=question.fold_spaces)
            accepted = {
                _fold(option.text, case=question.fold_case, spaces=question.fold_spaces)
                for option in question.options
                if option.is_correct
            }
            return Score(ONE if given in accepted else ZERO)
        case QuestionType.NUMERIC:
            value = _number(answer)
            within = abs(value - question.numeric_answer) <= question.numeric_tolerance
            return Score(ONE if within else ZERO)
        case QuestionType.ESSAY:
            return AWAITING_MARKING
    raise InvalidAnswer(f"Unknown question type {question.type}")


def _share(question: QuestionSnapshot, right: int, total: int) -> Decimal:
    if not total:
        return ZERO
    if question.partial_credit == PartialCredit.ALL_OR_NOTHING:
        return ONE if right == total else ZERO
    return _round(Decimal(right) / Decimal(total))


def _multiple(question: QuestionSnapshot, chosen: set[int], correct: set[int]) -> Decimal:
    if question.partial_credit == PartialCredit.ALL_OR_NOTHING:
        return ONE if chosen == correct else ZERO
    wrong = {option.id for option in question.options} - correct
    earned = Decimal(len(chosen & correct)) / Decimal(len(correct)) if correct else ZERO
    lost = Decimal(len(chosen & wrong)) / Decimal(len(wrong)) if wrong else ZERO
    return _round(max(ZERO, earned - lost))


@dataclass(frozen=True)
class AttemptResult:
    """One finished attempt, for choosing the quiz grade."""

    number: int
    marks: Decimal | None  # None while any of its answers awaits marking
    max_marks: Decimal

    @property
    def awaiting_marking(self) -> bool:
        return self.marks is None

    @property
    def percent(self) -> Decimal | None:
        if self.marks is None or not self.max_marks:
            return None
        return _round(100 * self.marks / self.max_marks)


def attempt_marks(scores: list[tuple[Score, Decimal]]) -> Decimal | None:
    """Total marks of an attempt from (score, question marks) pairs; None if any awaits marking."""
    if any(score.fraction is None for score, _marks in scores):
        return None
    return _round(sum((score.fraction * marks for score, marks in scores), ZERO))


def question_problems(question: QuestionSnapshot) -> list[str]:
    """What keeps a question from being gradable, in words an author understands."""
    options = question.options
    correct = [option for option in options if option.is_correct]
    problems = []
    match question.type:
        case QuestionType.SINGLE:
            if len(options) < 2 or len(correct) != 1:
                problems.append(
                    _("A single-choice question needs two or more options, exactly one correct.")
                )
        case QuestionType.TRUE_FALSE:
            if len(options) != 2 or len(correct) != 1:
                problems.append(_("A true/false question needs exactly two options, one correct."))
        case QuestionType.MULTIPLE:
            if len(options) < 2 or not correct:
                problems.append(
                    _(
                        "A multiple-response question needs two or more options, at least one correct."
                    )
                )
        case QuestionType.MATCHING:
            if len(options) < 2 or any(not option.match_text for option in options):
                problems.append(
                    _("A matching question needs two or more items, each with its match.")
                )
        case QuestionType.ORDERING:
            if len(options) < 2:
                problems.append(
                    _("An ordering question needs two or more items, in the correct order.")
                )
        case QuestionType.SHORT_ANSWER:
            if not correct:
                problems.append(
                    _("A short-answer question needs at least one accepted answer, marked correct.")
                )
        case QuestionType.NUMERIC:
            if question.numeric_answer is None:
                problems.append(_("A numeric question needs its answer."))
        case QuestionType.ESSAY:
            if not question.rubric.strip():
                problems.append(_("An essay question needs a marking rubric."))
    return problems
