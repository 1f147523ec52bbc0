from dataclasses import dataclass

from django import template

from lms.core.grading import Grade
from quizzes.attempts import policy, presenters
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import learner_quiz_grade

register = template.Library()


@dataclass
class QuizStatus:
    attempts: int
    open_attempt: QuizAttempt | None
    last_submitted: QuizAttempt | None
    grade: Grade
    can_start: bool
    passed: bool


@register.simple_tag(takes_context=True)
def quiz_status(context, quiz) -> QuizStatus | None:
    """Where the signed-in learner stands with a quiz: attempts, grade, what they can do next."""
    request = context.get("request")
    if quiz is None or request is None or not request.user.is_authenticated:
        return None
    attempts = list(QuizAttempt.objects.filter(quiz=quiz, learner=request.user).order_by("number"))
    grade = learner_quiz_grade(quiz=quiz, learner=request.user)
    submitted = [attempt for attempt in attempts if attempt.is_submitted]
    return QuizStatus(
        attempts=len(attempts),
        open_attempt=next((attempt for attempt in attempts if not attempt.is_submitted), None),
        last_submitted=submitted[-1] if submitted else None,
        grade=grade,
        can_start=policy.may_try_again(quiz, request.user),
        passed=grade.percent is not None and grade.percent >= quiz.pass_percent,
    )


@register.filter
def marks_out_of(fraction, max_marks) -> str:
    """`{{ change.new_fraction|marks_out_of:4 }}` reads "2.5 / 4"."""
    return presenters.marks_out_of(fraction, max_marks)
