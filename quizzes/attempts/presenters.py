"""What the quiz pages show of an attempt: never more than its review settings allow."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from quizzes.grading import QuestionType

from .forms import answer_marker
from .models import QuizAttempt


@dataclass
class QuestionView:
    """A question as shown while answering: text and options, no correctness, no feedback."""

    position: int
    type: str
    text: str
    marks: str
    options: list[dict]  # {"id", "text", "chosen", "position"} in the attempt's order
    match_choices: list[str] = field(default_factory=list)
    image: object = None  # the question's image, if any, with its alt text below
    image_alt: str = ""
    answer: object = None
    saved_at: object = None
    language: str = ""  # of the text and options; "" if not known

    @property
    def prefix(self) -> str:
        """Form fields of this question are named prefix-*, as answer_from_post reads them."""
        return f"q{self.position}"

    @property
    def marker(self) -> str:
        """The saved answer as the page shows it: a post that leaves it as it is changes nothing."""
        return answer_marker(self.type, self.answer)


def _shown_options(row) -> list[dict]:
    """The options in the attempt's order, each with the learner's saved match or position."""
    by_id = {option["id"]: option for option in row.snapshot["options"]}
    answer = row.answer
    matches = answer if isinstance(answer, dict) else {}
    order = answer if row.snapshot["type"] == QuestionType.ORDERING and answer else []
    return [
        {
            "id": option_id,
            "text": by_id[option_id]["text"],
            "chosen": matches.get(str(option_id), ""),
            "position": order.index(option_id) + 1 if option_id in order else None,
        }
        for option_id in row.option_order
    ]


def question_views(attempt: QuizAttempt) -> list[QuestionView]:
    views = []
    for row in attempt.questions.select_related("question__image"):
        match_choices = []
        if row.snapshot["type"] == QuestionType.MATCHING:
            match_choices = sorted({option["match_text"] for option in row.snapshot["options"]})
        views.append(
            QuestionView(
                position=row.position,
                type=row.snapshot["type"],
                text=row.snapshot["text"],
                marks=row.snapshot["marks"],
                options=_shown_options(row),
                match_choices=match_choices,
                image=row.question.image,
                image_alt=row.question.image_alt,
                answer=row.answer,
                saved_at=row.saved_at,
                language=row.snapshot.get("language", ""),
            )
        )
    return views


@dataclass
class ReviewItem:
    position: int
    text: str
    answer_text: str | None  # what the learner answered, if the review shows it
    correct: bool | None  # whether it was right, if the review shows it
    awaiting_marking: bool
    correct_answer: str | None
    feedback: list[str]
    marker_comment: str
    language: str  # of the question's text, options and feedback; "" if not known


def marks_earned(fraction: Decimal | None, max_marks) -> Decimal | None:
    """A fraction of a question's marks counted in its marks (0.625 of 4 is 2.5); None if unmarked."""
    if fraction is None:
        return None
    earned = (fraction * Decimal(max_marks)).quantize(Decimal("0.01"))
    return (
        earned.quantize(Decimal(1)) if earned == earned.to_integral_value() else earned.normalize()
    )


def marks_out_of(fraction: Decimal | None, max_marks) -> str:
    """A mark as people read it, "2.5 / 4"; a dash before any mark."""
    earned = marks_earned(fraction, max_marks)
    if earned is None:
        return "\u2013"  # an en dash
    return f"{earned} / {marks_earned(Decimal(1), max_marks)}"


def _answer_text(snapshot: dict, answer) -> str:
    texts = {option["id"]: option["text"] for option in snapshot["options"]}
    if answer in (None, "", [], {}):
        return ""
    match QuestionType(snapshot["type"]):
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            return texts.get(answer, "")
        case QuestionType.MULTIPLE | QuestionType.ORDERING:
            return "; ".join(texts.get(option_id, "") for option_id in answer)
        case QuestionType.MATCHING:
            return "; ".join(
                f"{texts.get(int(key), '')} → {value}" for key, value in answer.items()
            )
        case _:
            return str(answer)


def _correct_answer(snapshot: dict) -> str:
    options = snapshot["options"]
    match QuestionType(snapshot["type"]):
        case (
            QuestionType.SINGLE
            | QuestionType.TRUE_FALSE
            | QuestionType.MULTIPLE
            | QuestionType.SHORT_ANSWER
        ):
            return "; ".join(option["text"] for option in options if option["is_correct"])
        case QuestionType.ORDERING:
            return "; ".join(option["text"] for option in options)
        case QuestionType.MATCHING:
            return "; ".join(f"{option['text']} → {option['match_text']}" for option in options)
        case QuestionType.NUMERIC:
            tolerance = snapshot["numeric_tolerance"]
            return snapshot["numeric_answer"] + (f" (± {tolerance})" if float(tolerance) else "")
        case _:
            return ""


def attempt_review(attempt: QuizAttempt, *, key: bool) -> list[ReviewItem] | None:
    """The review of a submitted attempt as the quiz's settings allow now; None if held back.
    Without the `key` (policy.key_visible) it shows only the learner's own answers."""
    quiz = attempt.quiz
    if quiz.review_only_after_close and (quiz.closes_at is None or timezone.now() < quiz.closes_at):
        return None
    items = []
    for row in attempt.questions.all():
        snapshot = row.snapshot
        feedback = []
        if key and quiz.review_feedback:
            chosen = row.answer if isinstance(row.answer, list) else [row.answer]
            feedback = [
                option["feedback"]
                for option in snapshot["options"]
                if option["id"] in chosen and option["feedback"]
            ]
            if snapshot["general_feedback"]:
                feedback.append(snapshot["general_feedback"])
        items.append(
            ReviewItem(
                position=row.position,
                text=snapshot["text"],
                answer_text=_answer_text(snapshot, row.answer) if quiz.review_responses else None,
                correct=(row.fraction == 1)
                if key and quiz.review_correctness and row.fraction is not None
                else None,
                awaiting_marking=row.needs_marking,
                correct_answer=_correct_answer(snapshot)
                if key and quiz.review_correct_answers
                else None,
                feedback=feedback,
                marker_comment=row.marker_comment if key and quiz.review_feedback else "",
                language=snapshot.get("language", ""),
            )
        )
    return items
