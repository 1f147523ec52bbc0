import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes.bank.models import Question, QuestionCategory
from quizzes.grading import QuestionType, score_response

ADD_URL = "/admin/snippets/bank/question/add/"


@pytest.fixture
def category(db):
    return QuestionCategory.objects.create(name="Day 1: Foundations")


def question_form(category, question_type, options, **fields):
    return nested_form_data(
        {
            "category": category.pk,
            "type": question_type,
            "text": "Which risk level applies?",
            "image_alt": "",
            "marks": "1",
            "partial_credit": "proportional",
            "numeric_answer": "",
            "numeric_tolerance": "0",
            "fold_case": "on",
            "fold_spaces": "on",
            "rubric": "",
            "general_feedback": "",
            "step": "assessment",
            "difficulty": "medium",
            "cognitive_level": "judgement",
            "objectives": "risk-levels",
            "options": inline_formset(
                [
                    {
                        "text": text,
                        "is_correct": "on" if correct else "",
                        "match_text": "",
                        "feedback": "",
                    }
                    for text, correct in options
                ]
            ),
            **fields,
        }
    )


def test_an_author_adds_a_question_with_options_and_a_revision(client, administrator, category):
    client.force_login(administrator)
    data = question_form(category, "single", [("Low", False), ("High", True), ("Medium", False)])
    response = client.post(ADD_URL, data)
    assert response.status_code == 302
    question = Question.objects.get()
    assert [option.text for option in question.options.all()] == ["Low", "High", "Medium"]
    assert question.latest_revision is not None
    assert list(question.objectives.names()) == ["risk-levels"]
    high = question.options.get(text="High")
    assert score_response(question.snapshot(), high.pk).is_correct


@pytest.mark.parametrize(
    ("question_type", "options", "fields", "message"),
    [
        ("single", [("Low", True), ("High", True)], {}, "exactly one correct"),
        ("true_false", [("True", True)], {}, "exactly two options"),
        ("multiple", [("A", False), ("B", False)], {}, "at least one correct"),
        ("short_answer", [("1121", False)], {}, "accepted answer"),
        ("essay", [], {"rubric": ""}, "marking rubric"),
    ],
)
def test_a_question_that_could_not_be_graded_is_refused(
    client, administrator, category, question_type, options, fields, message
):
    client.force_login(administrator)
    response = client.post(ADD_URL, question_form(category, question_type, options, **fields))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_the_database_refuses_a_numeric_question_without_its_answer(category):
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        Question.objects.create(category=category, type=QuestionType.NUMERIC, text="How old?")
