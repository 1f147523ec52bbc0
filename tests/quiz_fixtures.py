"""Fixtures for quiz tests: a small bank of questions of several types and a quiz of them."""

from decimal import Decimal

import pytest

from quizzes.attempts.demo_load import demo_question_files
from quizzes.attempts.models import Quiz, QuizQuestion
from quizzes.bank.models import Question, QuestionCategory, QuestionOption
from quizzes.bank.transfer import question_translations_import, questions_import
from quizzes.grading import QuestionType


def make_question(category, question_type, text, options=(), **fields):
    question = Question.objects.create(category=category, type=question_type, text=text, **fields)
    for order, option in enumerate(options):
        text, is_correct, *match = option
        QuestionOption.objects.create(
            question=question,
            text=text,
            is_correct=is_correct,
            match_text=match[0] if match else "",
            sort_order=order,
        )
    return question


def bank_create() -> dict:
    """Four questions, one of each kind the quizzes grade differently; the essay is marked."""
    category = QuestionCategory.objects.create(name="Foundations")
    return {
        "single": make_question(
            category,
            QuestionType.SINGLE,
            "Helpline?",
            [("1122", False), ("1121", True), ("15", False)],
        ),
        "multiple": make_question(
            category,
            QuestionType.MULTIPLE,
            "Closure reasons?",
            [("Goals met", True), ("Turns 18", True), ("Leave", False)],
        ),
        "numeric": make_question(
            category,
            QuestionType.NUMERIC,
            "Child under the 2015 Act is under?",
            numeric_answer=Decimal(14),
        ),
        "essay": make_question(
            category,
            QuestionType.ESSAY,
            "Write a safety plan.",
            marks=Decimal(4),
            rubric="Risk, people, steps",
        ),
    }


def quiz_create(bank: dict) -> Quiz:
    """A quiz of the bank's questions, taken at most twice."""
    quiz = Quiz.objects.create(
        title="Day 1 check", time_limit_minutes=20, attempts_allowed=2, pass_percent=70
    )
    for order, question in enumerate(bank.values()):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


@pytest.fixture
def bank(db):
    return bank_create()


@pytest.fixture
def quiz(bank):
    return quiz_create(bank)


@pytest.fixture
def pre_test(db):
    """The demo's English pre-test as a quiz, with every translation the demo has of it."""
    assert questions_import(demo_question_files()["pre-test.json"]).is_valid
    for name, data in demo_question_files(translations=True).items():
        if name.startswith("pre-test."):
            assert question_translations_import(data).is_valid
    quiz = Quiz.objects.create(title="Pre-test", pass_percent=70, shuffle_questions=False)
    english = Question.objects.filter(category__name="Pre-test", locale__language_code="en")
    for order, question in enumerate(english.order_by("pk")):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


@pytest.fixture
def pre_test_in_lesson(pre_test, enrolment, outline):
    """The pre-test in the first lesson of the learner's course."""
    lesson = outline[0][1][0]
    lesson.body.append(("quiz", {"quiz": pre_test, "required_to_complete": False}))
    lesson.save_revision().publish()
    return pre_test


@pytest.fixture
def quiz_in_lesson(quiz, enrolment, outline):
    """The quiz placed in the first lesson of the learner's course: learners take quizzes only
    through a lesson open to them (courses.progress.access)."""
    lesson = outline[0][1][0]
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()
    return quiz


def every_type_bank_create() -> dict:
    """One question of each of the eight types a learner answers, by type."""
    category = QuestionCategory.objects.create(name="Every type")
    return {
        QuestionType.SINGLE: make_question(
            category,
            QuestionType.SINGLE,
            "Helpline?",
            [("1122", False), ("1121", True), ("15", False)],
        ),
        QuestionType.MULTIPLE: make_question(
            category,
            QuestionType.MULTIPLE,
            "Closure reasons?",
            [("Goals met", True), ("Turns 18", True), ("Leave", False)],
        ),
        QuestionType.TRUE_FALSE: make_question(
            category,
            QuestionType.TRUE_FALSE,
            "A child may be heard alone?",
            [("True", True), ("False", False)],
        ),
        QuestionType.MATCHING: make_question(
            category,
            QuestionType.MATCHING,
            "Match each risk with its response.",
            [("High", True, "Same day"), ("Medium", True, "Within days"), ("Low", True, "Refer")],
        ),
        QuestionType.ORDERING: make_question(
            category,
            QuestionType.ORDERING,
            "Order the case steps.",
            [("Intake", True), ("Assessment", True), ("Plan", True), ("Closure", True)],
        ),
        QuestionType.SHORT_ANSWER: make_question(
            category, QuestionType.SHORT_ANSWER, "Name the Act's year.", [("2010", True)]
        ),
        QuestionType.NUMERIC: make_question(
            category,
            QuestionType.NUMERIC,
            "Child under the 2015 Act is under?",
            numeric_answer=Decimal(14),
        ),
        QuestionType.ESSAY: make_question(
            category, QuestionType.ESSAY, "Write a safety plan.", marks=Decimal(4)
        ),
    }
