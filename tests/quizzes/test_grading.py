from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lms.core.grading import GradingMethod, grade_pick
from quizzes.grading import (
    AttemptResult,
    InvalidAnswer,
    OptionSnapshot,
    PartialCredit,
    QuestionSnapshot,
    QuestionType,
    Score,
    attempt_marks,
    score_response,
)

D = Decimal


def choices(*correct_flags, **kwargs):
    return tuple(
        OptionSnapshot(id=n, text=f"Option {n}", is_correct=flag, **kwargs)
        for n, flag in enumerate(correct_flags, start=1)
    )


SINGLE = QuestionSnapshot(
    QuestionType.SINGLE, "Risk level?", options=choices(False, False, True, False)
)
TRUE_FALSE = QuestionSnapshot(QuestionType.TRUE_FALSE, "True?", options=choices(True, False))
MULTIPLE = QuestionSnapshot(
    QuestionType.MULTIPLE, "Which apply?", options=choices(True, True, False, False)
)
MATCHING = QuestionSnapshot(
    QuestionType.MATCHING,
    "Match each level with its response time.",
    options=(
        OptionSnapshot(1, "High", match_text="Same day"),
        OptionSnapshot(2, "Medium", match_text="Within days"),
        OptionSnapshot(3, "Low", match_text="Within a week"),
        OptionSnapshot(4, "No risk", match_text="Refer"),
    ),
)
ORDERING = QuestionSnapshot(
    QuestionType.ORDERING,
    "Order the steps.",
    options=choices(False, False, False, False, False, False),
)
SHORT = QuestionSnapshot(
    QuestionType.SHORT_ANSWER,
    "Helpline number?",
    options=(
        OptionSnapshot(1, "1121", is_correct=True),
        OptionSnapshot(2, "One One Two One", is_correct=True),
    ),
)
NUMERIC = QuestionSnapshot(
    QuestionType.NUMERIC,
    "Age of a child under the 2015 Act?",
    numeric_answer=D(14),
    numeric_tolerance=D("0.5"),
)
ESSAY = QuestionSnapshot(
    QuestionType.ESSAY, "Describe a safety plan.", marks=D(5), rubric="Names the risk; ..."
)


@pytest.mark.parametrize(
    ("question", "answer", "fraction"),
    [
        (SINGLE, 3, "1"),
        (SINGLE, 1, "0"),
        (TRUE_FALSE, 1, "1"),
        (TRUE_FALSE, 2, "0"),
        (MULTIPLE, [1, 2], "1"),
        (MULTIPLE, [1], "0.5"),
        (MULTIPLE, [1, 2, 3], "0.5"),  # one wrong of two wrong options costs half
        (MULTIPLE, [1, 3, 4], "0"),  # never below zero
        (MULTIPLE, [3], "0"),
        (MATCHING, {"1": "Same day", "2": "Within days", "3": "Within a week", "4": "Refer"}, "1"),
        (
            MATCHING,
            {"1": "Same day", "2": "Within a week", "3": "Within days", "4": "Refer"},
            "0.5",
        ),
        (MATCHING, {"1": "Same day"}, "0.25"),
        (ORDERING, [1, 2, 3, 4, 5, 6], "1"),
        (ORDERING, [2, 1, 3, 4, 5, 6], "0.6667"),
        (ORDERING, [6, 5, 4, 3, 2, 1], "0"),
        (SHORT, "1121", "1"),
        (SHORT, "  one   one two ONE ", "1"),  # case and spaces folded
        (SHORT, "1122", "0"),
        (NUMERIC, "14", "1"),
        (NUMERIC, "14.4", "1"),
        (NUMERIC, "13.4", "0"),
        (NUMERIC, "١٤", "1"),  # Arabic-Indic digits
        (NUMERIC, "۱۴", "1"),  # Urdu digits
    ],
)
def test_each_question_type_scores_its_answers(question, answer, fraction):
    assert score_response(question, answer) == Score(D(fraction))


@pytest.mark.parametrize(
    ("question", "answer", "fraction"),
    [
        (MULTIPLE, [1], "0"),
        (MULTIPLE, [1, 2], "1"),
        (ORDERING, [2, 1, 3, 4, 5, 6], "0"),
        (MATCHING, {"1": "Same day", "2": "Within a week", "3": "Within days", "4": "Refer"}, "0"),
    ],
)
def test_all_or_nothing_gives_no_partial_credit(question, answer, fraction):
    strict = QuestionSnapshot(
        **{**question.__dict__, "partial_credit": PartialCredit.ALL_OR_NOTHING}
    )
    assert score_response(strict, answer).fraction == D(fraction)


def test_case_and_spaces_count_when_folding_is_off():
    strict = QuestionSnapshot(**{**SHORT.__dict__, "fold_case": False, "fold_spaces": False})
    assert score_response(strict, "one one two one").fraction == 0
    assert score_response(strict, "One One Two One").fraction == 1


def test_an_essay_waits_for_a_facilitator_and_an_empty_one_scores_nothing():
    assert score_response(ESSAY, "The plan names who does what.") == Score(None, needs_marking=True)
    assert score_response(ESSAY, "").fraction == 0


@pytest.mark.parametrize("question", [SINGLE, MULTIPLE, MATCHING, ORDERING, SHORT, NUMERIC])
def test_no_answer_scores_nothing(question):
    assert score_response(question, None).fraction == 0


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (SINGLE, 99),  # an option id that does not exist
        (SINGLE, "3"),
        (MULTIPLE, [1, 1]),
        (MULTIPLE, [1, 42]),
        (MATCHING, {"99": "Same day"}),
        (MATCHING, {"1": "Invented answer"}),
        (ORDERING, [1, 2, 3]),
        (NUMERIC, "fourteen"),
        (NUMERIC, "NaN"),
        (SHORT, ["1121"]),
    ],
)
def test_tampered_answers_are_refused(question, answer):
    with pytest.raises(InvalidAnswer):
        score_response(question, answer)


@given(st.lists(st.integers(min_value=1, max_value=4), unique=True))
def test_multiple_response_always_scores_between_zero_and_one(chosen):
    fraction = score_response(MULTIPLE, chosen).fraction
    assert 0 <= fraction <= 1
    assert (fraction == 1) == (set(chosen) == {1, 2})


@given(st.permutations([1, 2, 3, 4, 5, 6]))
def test_ordering_is_full_marks_only_in_the_right_order(order):
    fraction = score_response(ORDERING, list(order)).fraction
    assert 0 <= fraction <= 1
    assert (fraction == 1) == (list(order) == [1, 2, 3, 4, 5, 6])


@given(st.decimals(min_value=-1000, max_value=1000, places=2))
def test_numeric_answers_within_tolerance_are_right(value):
    expected = abs(value - 14) <= D("0.5")
    assert score_response(NUMERIC, str(value)).is_correct == expected


def attempt(number, percent):
    return AttemptResult(
        number=number, marks=None if percent is None else D(percent), max_marks=D(100)
    )


@pytest.mark.parametrize(
    ("method", "attempts", "percent", "awaiting"),
    [
        (GradingMethod.HIGHEST, [attempt(1, 40), attempt(2, 80), attempt(3, 60)], "80", False),
        (GradingMethod.AVERAGE, [attempt(1, 40), attempt(2, 80), attempt(3, 60)], "60", False),
        (GradingMethod.FIRST, [attempt(2, 80), attempt(1, 40)], "40", False),
        (GradingMethod.LAST, [attempt(1, 40), attempt(2, 80)], "80", False),
        # Attempts awaiting marking: highest and average leave them out and say so...
        (GradingMethod.HIGHEST, [attempt(1, 40), attempt(2, None)], "40", True),
        (GradingMethod.AVERAGE, [attempt(1, 40), attempt(2, None), attempt(3, 60)], "50", True),
        # ...first and last give no grade until that attempt is marked.
        (GradingMethod.FIRST, [attempt(1, None), attempt(2, 90)], None, True),
        (GradingMethod.LAST, [attempt(1, 90), attempt(2, None)], None, True),
        (GradingMethod.HIGHEST, [attempt(1, None)], None, True),
        (GradingMethod.HIGHEST, [], None, False),
    ],
)
def test_grading_methods_treat_attempts_awaiting_marking_explicitly(
    method, attempts, percent, awaiting
):
    grade = grade_pick(method, attempts)
    assert grade.percent == (None if percent is None else D(percent))
    assert grade.awaiting_marking is awaiting


def test_an_attempt_totals_its_marks_or_waits_for_marking():
    assert attempt_marks([(Score(D(1)), D(2)), (Score(D("0.5")), D(1))]) == D("2.5")
    assert attempt_marks([(Score(D(1)), D(2)), (Score(None, needs_marking=True), D(5))]) is None
