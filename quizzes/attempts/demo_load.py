"""Demo assessments: the question bank, a pre-test and post-test, a check per day, and attempts
at different stages. Built through the models and services real data uses."""

import random

from django.db import transaction

from courses.content.models import LessonPage
from courses.content.selectors import course_outline
from quizzes.attempts.models import Quiz, QuizDraw, QuizPurpose, QuizQuestion
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from quizzes.bank.models import Question, QuestionCategory, QuestionOption
from quizzes.grading import QuestionType

from .demo_questions import QUESTIONS

# The objectives the pre-test and post-test share, so knowledge gain can be measured.
CORE_OBJECTIVES = (
    "six-steps",
    "cpu-roles",
    "kp-act",
    "best-interests",
    "do-no-harm",
    "confidentiality",
    "risk-levels",
    "case-planning",
    "follow-up-review",
    "case-closure",
)


@transaction.atomic
def demo_bank_load(*, course) -> dict[int, QuestionCategory]:
    outline = course_outline(course)
    categories = {}
    for day, _lessons in outline:
        categories[day.day_number], _ = QuestionCategory.objects.get_or_create(
            name=f"Day {day.day_number}: {day.title}"
        )
    if Question.objects.exists():
        return categories
    for day_number, question_type, text, options, extra in QUESTIONS:
        extra = dict(extra)
        objective = extra.pop("objective")
        question = Question.objects.create(
            category=categories[day_number], type=question_type, text=text, **extra
        )
        question.objectives.add(objective)
        question.save()
        for order, (option_text, is_correct, match_text, feedback) in enumerate(options):
            QuestionOption.objects.create(
                question=question,
                text=option_text,
                is_correct=is_correct,
                match_text=match_text,
                feedback=feedback,
                sort_order=order,
            )
    return categories


def _add_quiz_block(lesson: LessonPage, quiz: Quiz) -> None:
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()


@transaction.atomic
def demo_quizzes_load(*, course, categories) -> dict[str, Quiz]:
    if Quiz.objects.exists():
        return {quiz.title: quiz for quiz in Quiz.objects.exclude(purpose=QuizPurpose.PRACTICE)}
    outline = course_outline(course)
    core = list(
        Question.objects.filter(objectives__name__in=CORE_OBJECTIVES)
        .exclude(type=QuestionType.ESSAY)
        .distinct()
        .order_by("pk")[:20]
    )
    quizzes = {}
    for purpose, title, day_index, lesson_index in (
        (QuizPurpose.PRE_TEST, "Pre-test", 0, 0),
        (QuizPurpose.POST_TEST, "Post-test", -1, -1),
    ):
        quiz = Quiz.objects.create(
            title=title,
            purpose=purpose,
            time_limit_minutes=30,
            attempts_allowed=1 if purpose == QuizPurpose.PRE_TEST else 2,
            pass_percent=70,
            review_correct_answers=purpose == QuizPurpose.POST_TEST,
            instructions="Twenty questions on the course's core objectives. Answers save as you go.",
        )
        for order, question in enumerate(core):
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
        _add_quiz_block(outline[day_index][1][lesson_index], quiz)
        quizzes[title] = quiz
    for day, lessons in outline:
        quiz = Quiz.objects.create(
            title=f"Day {day.day_number} check",
            purpose=QuizPurpose.DAY_CHECK,
            pass_percent=60,
            review_correct_answers=True,
            instructions="Five questions on today's lessons.",
        )
        QuizDraw.objects.create(quiz=quiz, category=categories[day.day_number], count=5)
        _add_quiz_block(lessons[-1], quiz)
        quizzes[quiz.title] = quiz
    return quizzes


# Of the Peshawar learners who finished the pre-test, these (by position) have finished the
# post-test too, so the knowledge-gain report shows a gain.
POST_TEST_TAKERS = (0, 2, 3)


def _answer(attempt, learner, rng, right_share: float) -> None:
    """Answer the single-choice questions, each right with the chance `right_share`."""
    for row in attempt.questions.all():
        options = row.snapshot["options"]
        if row.snapshot["type"] in ("single", "true_false") and options:
            pick = (
                next((o for o in options if o["is_correct"]), options[0])
                if rng.random() < right_share
                else rng.choice(options)
            )
            answer_save(attempt=attempt, position=row.position, answer=pick["id"], learner=learner)


def demo_attempts_load(*, quizzes, learners) -> None:
    """A finished pre-test for each demo learner, one attempt in progress, one awaiting marking,
    and finished post-tests for some, answered better than their pre-tests."""
    rng = random.Random(7)  # noqa: S311 - demo data, not secrets
    pre_test = quizzes.get("Pre-test")
    if pre_test is None or pre_test.attempts.exists():
        return
    for index, learner in enumerate(learners):
        attempt = attempt_start(quiz=pre_test, learner=learner)
        _answer(attempt, learner, rng, right_share=0.6)
        if index != 1:  # the second learner left the pre-test half done
            attempt_submit(attempt=attempt, by=learner)
    post_test = quizzes.get("Post-test")
    for learner in (learners[index] for index in POST_TEST_TAKERS if index < len(learners)):
        attempt = attempt_start(quiz=post_test, learner=learner)
        _answer(attempt, learner, rng, right_share=0.9)
        attempt_submit(attempt=attempt, by=learner)
    essay = Question.objects.filter(type=QuestionType.ESSAY).first()
    if essay is not None and learners:
        reflection = Quiz.objects.create(
            title="Written reflection: safety planning",
            purpose=QuizPurpose.PRACTICE,
            pass_percent=50,
        )
        QuizQuestion.objects.create(quiz=reflection, question=essay)
        attempt = attempt_start(quiz=reflection, learner=learners[0])
        answer_save(
            attempt=attempt,
            position=1,
            learner=learners[0],
            answer="I would agree with the child whom she can call, keep the suspect away and check in daily.",
        )
        attempt_submit(attempt=attempt, by=learners[0])
