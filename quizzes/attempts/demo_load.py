"""Demo assessments: the question bank, a pre-test and post-test, a check per day, and attempts
at different stages. Built through the models and services real data uses: the bank is the text
in content/questions/, imported with the CMS's own import (quizzes.bank.transfer)."""

import json
import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Locale

from courses.content.models import LessonPage
from courses.content.selectors import course_outline
from quizzes.attempts.models import Quiz, QuizDraw, QuizPurpose, QuizQuestion, QuizWording
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from quizzes.bank.models import Difficulty, Question, QuestionCategory
from quizzes.bank.transfer import question_translations_import, questions_import
from quizzes.grading import QuestionType

QUESTIONS_DIR = settings.BASE_DIR / "content" / "questions"
# The demo quizzes' titles and instructions in Urdu and Pashto, by English title ("Day check" for
# every day's check), with {count} for the number of questions and {day} for the day's number.
QUIZ_TRANSLATIONS = settings.BASE_DIR / "content" / "quizzes" / "translations.json"
DAY_CHECK_TITLE = re.compile(r"Day (?P<day>\d+) check")
# The categories of the two parallel forms: the same objectives, no item in common.
PRE_TEST_CATEGORY = "Pre-test"
POST_TEST_CATEGORY = "Post-test"


def demo_question_files(*, translations: bool = False) -> dict[str, dict]:
    """The demo bank's files by name, as the CMS's import reads them: the English questions, or
    their translations (named with the language before ``.json``, as ``pre-test.ur.json``)."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(QUESTIONS_DIR.glob("*.json"))
        if (len(path.suffixes) > 1) == translations
    }


def _refuse(name: str, report) -> None:
    problems = "; ".join(f"question {number}: {text}" for number, text in report.problems)
    raise ImproperlyConfigured(f"content/questions/{name}: {problems}")


@transaction.atomic
def demo_bank_load(*, course) -> dict[int, QuestionCategory]:
    """Import the questions of content/questions/ that the bank does not hold yet (by category and
    text, so a rerun adds none) and their translations (an unchanged one writes nothing), and
    return each course day's category."""
    held = set(Question.objects.values_list("category__name", "text"))
    for name, data in demo_question_files().items():
        new = [item for item in data["questions"] if (item["category"], item["text"]) not in held]
        if not new:
            continue
        report = questions_import({**data, "questions": new})
        if not report.is_valid:
            _refuse(name, report)
    for name, data in demo_question_files(translations=True).items():
        report = question_translations_import(data)
        if not report.is_valid:
            _refuse(name, report)
    categories = {}
    for day, _lessons in course_outline(course):
        categories[day.day_number], _ = QuestionCategory.objects.get_or_create(
            name=f"Day {day.day_number}: {day.title}"
        )
    return categories


def _add_quiz_block(lesson: LessonPage, quiz: Quiz) -> None:
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    lesson.save_revision().publish()


@transaction.atomic
def demo_quizzes_load(*, course, categories) -> dict[str, Quiz]:
    """The pre-test, post-test and day checks, created once, with their titles and instructions
    in Urdu and Pashto brought up to date on every run."""
    translations = _demo_quiz_translations_read()
    if not Quiz.objects.exists():
        _demo_quizzes_create(course=course, categories=categories)
    quizzes = {quiz.title: quiz for quiz in Quiz.objects.exclude(purpose=QuizPurpose.PRACTICE)}
    _demo_quiz_translations_load(quizzes, translations)
    return quizzes


def _demo_quiz_translations_read() -> dict:
    """The quiz translations file, checked whole before anything is written: each English title
    maps languages the site offers to a title and instructions, text with no placeholder but
    {count} and {day}."""
    name = QUIZ_TRANSLATIONS.name
    try:
        translations = json.loads(QUIZ_TRANSLATIONS.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ImproperlyConfigured(f"content/quizzes/{name}: {error}") from error
    languages = {code for code, _name in QuizWording._meta.get_field("language").choices}
    problems = []
    if not isinstance(translations, dict):
        problems.append("it must map English quiz titles to their translations")
        translations = {}
    for title, wordings in translations.items():
        if not isinstance(wordings, dict):
            problems.append(f"{title}: it must map languages to a title and instructions")
            continue
        for language, text in wordings.items():
            where = f"{title}, {language}"
            if language not in languages:
                problems.append(f"{where}: the site offers no such language")
            if not (
                isinstance(text, dict)
                and set(text) == {"title", "instructions"}
                and all(isinstance(value, str) for value in text.values())
            ):
                problems.append(f"{where}: it must hold a title and instructions, as text")
                continue
            for field, value in text.items():
                try:
                    value.format(count=0, day=0)
                except (KeyError, IndexError, ValueError):
                    problems.append(f"{where}: the {field} may hold only {{count}} and {{day}}")
    if problems:
        raise ImproperlyConfigured(f"content/quizzes/{name}: " + "; ".join(problems))
    return translations


def _demo_quiz_translations_load(quizzes: dict[str, Quiz], translations: dict) -> None:
    for quiz in quizzes.values():
        day_check = DAY_CHECK_TITLE.fullmatch(quiz.title)
        values = {"count": quiz.fixed_questions.count(), "day": day_check and day_check["day"]}
        for language, text in translations.get(
            "Day check" if day_check else quiz.title, {}
        ).items():
            QuizWording.objects.update_or_create(
                quiz=quiz,
                language=language,
                defaults={name: text[name].format(**values) for name in ("title", "instructions")},
            )


def _demo_quizzes_create(*, course, categories) -> None:
    outline = course_outline(course)
    for purpose, title, category, day_index, lesson_index in (
        (QuizPurpose.PRE_TEST, "Pre-test", PRE_TEST_CATEGORY, 0, 0),
        (QuizPurpose.POST_TEST, "Post-test", POST_TEST_CATEGORY, -1, -1),
    ):
        # The English questions: their translations are asked in their place (Question.localized).
        questions = Question.objects.filter(
            category__name=category, locale=Locale.get_default()
        ).order_by("pk")
        quiz = Quiz.objects.create(
            title=title,
            purpose=purpose,
            time_limit_minutes=40,
            attempts_allowed=1 if purpose == QuizPurpose.PRE_TEST else 2,
            pass_percent=70,
            review_correct_answers=purpose == QuizPurpose.POST_TEST,
            instructions=(
                f"{len(questions)} questions on the course's objectives, many of them short "
                "cases. Answers save as you go."
            ),
        )
        for order, question in enumerate(questions):
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
        _add_quiz_block(outline[day_index][1][lesson_index], quiz)
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


# Of the Peshawar learners who finished the pre-test, these (by position) have finished the
# post-test too, so the knowledge-gain report shows a gain.
POST_TEST_TAKERS = (0, 2, 3)


# Where an item's hardness (0..1) falls, by its difficulty; a simulated learner answers an item
# right when their ability reaches its hardness. A stronger learner so never does worse on an item
# than a weaker one, and the item analysis shows no keyed answer that the best learners get wrong.
HARDNESS = {
    Difficulty.EASY: (0.05, 0.3),
    Difficulty.MEDIUM: (0.3, 0.6),
    Difficulty.HARD: (0.55, 0.8),
}
GOLDEN = 0.618033988749895  # spreads hardness and ability evenly, without randomness


def _hardness(question) -> float:
    low, high = HARDNESS[question.difficulty]
    return low + (high - low) * ((question.pk * GOLDEN) % 1)


def _simulated_answer(snapshot: dict, right: bool):
    """A right answer to the question, or a plausible wrong one; None for an essay."""
    options = snapshot["options"]
    correct = [o for o in options if o["is_correct"]]
    wrong = [o for o in options if not o["is_correct"]]
    match QuestionType(snapshot["type"]):
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            return (correct if right else wrong)[0]["id"]
        case QuestionType.MULTIPLE:
            if right:
                return [o["id"] for o in correct]
            return [o["id"] for o in wrong[:1]] or [correct[0]["id"]]
        case QuestionType.MATCHING:
            matches = [o["match_text"] for o in options]
            if not right:
                matches = matches[1:] + matches[:1]
            return {str(o["id"]): match for o, match in zip(options, matches, strict=True)}
        case QuestionType.ORDERING:
            ids = [o["id"] for o in options]
            return ids if right else ids[::-1]
        case QuestionType.SHORT_ANSWER:
            return correct[0]["text"] if right else "I am not sure"
        case QuestionType.NUMERIC:
            answer = Decimal(snapshot["numeric_answer"])
            return str(answer if right else answer + Decimal(snapshot["numeric_tolerance"]) + 1)
        case _:
            return None


def _answer(attempt, learner, ability: float) -> None:
    """Answer every question that is not an essay: right where the ability reaches its hardness."""
    rows = attempt.questions.select_related("question")
    for row in rows:
        answer = _simulated_answer(row.snapshot, right=ability >= _hardness(row.question))
        if answer is not None:
            answer_save(attempt=attempt, position=row.position, answer=answer, learner=learner)


def demo_attempts_load(*, quizzes, learners) -> None:
    """A finished pre-test for each demo learner, one attempt in progress, one awaiting marking,
    and finished post-tests for some, answered better than their pre-tests."""
    pre_test = quizzes.get("Pre-test")
    if pre_test is None or pre_test.attempts.exists():
        return
    abilities = [0.4 + 0.5 * ((index * GOLDEN) % 1) for index in range(len(learners))]
    for index, learner in enumerate(learners):
        attempt = attempt_start(quiz=pre_test, learner=learner)
        _answer(attempt, learner, abilities[index])
        if index != 1:  # the second learner left the pre-test half done
            attempt_submit(attempt=attempt, by=learner)
    post_test = quizzes.get("Post-test")
    for index in (index for index in POST_TEST_TAKERS if index < len(learners)):
        attempt = attempt_start(quiz=post_test, learner=learners[index])
        _answer(attempt, learners[index], abilities[index] + 0.3)
        attempt_submit(attempt=attempt, by=learners[index])
    essay = Question.objects.filter(
        type=QuestionType.ESSAY, objectives__name="safety-planning"
    ).first()
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
