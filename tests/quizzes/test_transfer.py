import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from quizzes.bank.models import Question
from quizzes.grading import score_response

IMPORT_URL = reverse("question_transfer:import")


def upload(data) -> SimpleUploadedFile:
    content = data if isinstance(data, bytes) else json.dumps(data).encode()
    return SimpleUploadedFile("questions.json", content, content_type="application/json")


def test_an_export_imports_back_into_an_equivalent_bank(client, administrator, bank):
    bank["single"].cognitive_level = "judgement"
    bank["single"].save()
    client.force_login(administrator)
    exported = json.loads(client.get(reverse("question_transfer:export")).content)
    assert exported["format"] == "tahaffuz-questions"
    assert len(exported["questions"]) == 4
    Question.objects.all().delete()

    response = client.post(IMPORT_URL, {"file": upload(exported)})
    assert "4 questions imported." in response.content.decode()
    single = Question.objects.get(text="Helpline?")
    assert single.cognitive_level == "judgement"
    assert Question.objects.get(type="essay").cognitive_level == "recall"
    right = single.options.get(text="1121")
    assert score_response(single.snapshot(), right.pk).is_correct
    assert Question.objects.get(type="essay").rubric == "Risk, people, steps"


def test_one_bad_question_stops_the_whole_import_and_every_problem_is_listed(
    client, administrator, db
):
    client.force_login(administrator)
    data = {
        "format": "tahaffuz-questions",
        "version": 1,
        "questions": [
            {
                "category": "Day 1",
                "type": "single",
                "text": "Good",
                "options": [{"text": "A", "is_correct": True}, {"text": "B"}],
            },
            {
                "category": "Day 1",
                "type": "single",
                "text": "Two right",
                "options": [{"text": "A", "is_correct": True}, {"text": "B", "is_correct": True}],
            },
            {"category": "", "type": "teleport", "text": ""},
            {"category": "Day 1", "type": "numeric", "text": "How many?", "numeric_answer": "many"},
        ],
    }
    html = client.post(IMPORT_URL, {"file": upload(data)}).content.decode()
    assert "Nothing was imported" in html
    assert "exactly one correct" in html
    assert "Unknown type" in html
    assert "is not a number" in html
    assert not Question.objects.exists()


def test_a_file_that_is_not_json_gets_a_clear_error(client, administrator, db):
    client.force_login(administrator)
    html = client.post(IMPORT_URL, {"file": upload(b"\xff\xfe not json")}).content.decode()
    assert "not valid JSON" in html


def test_people_without_question_bank_rights_cannot_import(client, commission_officer, db):
    client.force_login(commission_officer)
    response = client.get(IMPORT_URL, follow=True)
    assert 'type="file"' not in response.content.decode()


def test_facilitators_write_the_bank_and_may_import(client, facilitator, db):
    client.force_login(facilitator)
    assert 'type="file"' in client.get(IMPORT_URL).content.decode()
    assert client.get("/admin/snippets/bank/question/add/").status_code == 200


def single(**fields) -> dict:
    return {
        "category": "Day 1",
        "type": "single",
        "text": "Helpline?",
        "options": [{"text": "1121", "is_correct": True}, {"text": "15"}],
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"type": ["single"]}, "Unknown type “[&#x27;single&#x27;]”."),
        ({"partial_credit": ["all"]}, "Unknown partial credit rule “[&#x27;all&#x27;]”."),
        ({"objectives": 3}, "“objectives” must be a list of tags."),
        ({"marks": "NaN"}, "“NaN” is not a number."),
        ({"marks": "1000"}, "“marks”: Ensure that there are no more than 3 digits before the"),
        ({"marks": "0.001"}, "“marks”: Ensure that there are no more than 2 decimal places."),
        # Longer than the database keeps (PostgreSQL would refuse them mid-import).
        ({"category": "D" * 121}, "“category” may be at most 120 characters long."),
        (
            {"options": [{"text": "1" * 501, "is_correct": True}, {"text": "15"}]},
            "“text” may be at most 500 characters long.",
        ),
        ({"objectives": ["o" * 101]}, "“objectives” may be at most 100 characters long."),
    ],
)
def test_a_field_of_the_wrong_kind_or_size_is_a_problem_of_its_question(
    client, administrator, db, fields, problem
):
    client.force_login(administrator)
    data = {"format": "tahaffuz-questions", "version": 1, "questions": [single(**fields)]}
    html = client.post(IMPORT_URL, {"file": upload(data)}).content.decode()
    assert "Nothing was imported" in html
    assert f"<td>1</td><td>{problem}" in html
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "maximum recursion depth exceeded"),
        (b'{"version": ' + b"9" * 5000 + b"}", "Exceeds the limit (4300 digits)"),
    ],
)
def test_json_python_cannot_read_gets_a_clear_error(client, administrator, db, content, problem):
    client.force_login(administrator)
    html = client.post(IMPORT_URL, {"file": upload(content)}).content.decode()
    assert "The file is not valid JSON: " in html
    assert problem in html
    assert not Question.objects.exists()
