"""Saved answers survive a reload: the quiz page shows each one, and posting the page back as it
was shown (Save or Submit) never changes or blanks what is saved."""

from html.parser import HTMLParser

import pytest
from django.http import QueryDict
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.attempts.forms import answer_from_post, answer_marker
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import answer_save, attempt_start
from quizzes.grading import QuestionType
from tests.factories import StaffProfileFactory
from tests.quiz_fixtures import every_type_bank_create, quiz_create


@pytest.fixture
def quiz(db):
    return quiz_create(every_type_bank_create())


@pytest.fixture(autouse=True)
def _taken_through_a_lesson(quiz_in_lesson):
    pass


class QuizFormFields(HTMLParser):
    """The fields a browser posts for the quiz form as rendered, no button pressed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._select = None  # [name, chosen value, first value]
        self._option = None  # [value or None, selected, text]
        self._textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "data-autosave" in attrs:
            self._in_form = True
        if not self._in_form:
            return
        kind = attrs.get("type", "text")
        if tag == "input" and "name" in attrs:
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select":
            self._select = [attrs["name"], None, None]
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "selected" in attrs, ""]
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[2] += data
        elif self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "option" and self._option is not None:
            value, selected, text = self._option
            value = text if value is None else value
            if self._select[2] is None:
                self._select[2] = value
            if selected:
                self._select[1] = value
            self._option = None
        elif tag == "select" and self._select is not None:
            name, chosen, first = self._select
            self.fields.append((name, first if chosen is None else chosen))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # HTML drops one line break right after <textarea>; browsers post line breaks as CRLF.
            text = text.removeprefix("\n").replace("\n", "\r\n")
            self.fields.append((name, text))
            self._textarea = None


def page_form(client, attempt) -> QueryDict:
    html = client.get(reverse("attempts:attempt", args=[attempt.pk])).content.decode()
    parser = QuizFormFields()
    parser.feed(html)
    form = QueryDict(mutable=True)
    for name, value in parser.fields:
        form.appendlist(name, value)
    return form


def as_post(form: QueryDict, **extra) -> dict:
    return {**{name: form.getlist(name) for name in form}, **extra}


TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)


def answers(snapshot: dict):
    """Every answer the grading accepts for the question."""
    options = snapshot["options"]
    ids = [option["id"] for option in options]
    match QuestionType(snapshot["type"]):
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            return st.sampled_from(ids)
        case QuestionType.MULTIPLE:
            return st.lists(st.sampled_from(ids), unique=True)
        case QuestionType.MATCHING:
            matches = sorted({option["match_text"] for option in options})
            return st.dictionaries(st.sampled_from([str(i) for i in ids]), st.sampled_from(matches))
        case QuestionType.ORDERING:
            return st.permutations(ids)
        case QuestionType.SHORT_ANSWER:
            return TEXT
        case QuestionType.NUMERIC:
            numbers = st.decimals(-(10**6), 10**6, allow_nan=False, places=2).map(str)
            return st.one_of(numbers, st.sampled_from(["14", " 2.5 ", "1,000", "۱۴"]))
        case QuestionType.ESSAY:
            return st.text(
                st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.just("\n")),
                max_size=80,
            )


@pytest.mark.parametrize("question_type", list(QuestionType))
@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_saved_answer_posted_back_as_the_page_shows_it_is_the_same_answer(
    client, learner, quiz, question_type, data
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__type=question_type)
    answer = data.draw(answers(row.snapshot))
    answer_save(attempt=attempt, position=row.position, answer=answer, learner=learner)
    client.force_login(learner)
    form = page_form(client, attempt)
    shown = answer_from_post(row.snapshot, form, f"q{row.position}")
    assert answer_marker(question_type, shown) == answer_marker(question_type, answer)
    # Saved through the view as posted, every field read (as a page without markers is).
    without_markers = {name: form.getlist(name) for name in form if not name.startswith("marker-")}
    client.post(reverse("attempts:answer", args=[attempt.pk]), without_markers)
    row.refresh_from_db()
    assert answer_marker(question_type, row.answer) == answer_marker(question_type, answer)


def _option(row, text):
    return next(option["id"] for option in row.snapshot["options"] if option["text"] == text)


def right_answers(attempt) -> dict:
    """The right answer to each question of the every-type quiz, by position."""
    rows = {row.snapshot["type"]: row for row in attempt.questions.all()}
    matching = rows[QuestionType.MATCHING].snapshot["options"]
    given = {
        QuestionType.SINGLE: _option(rows[QuestionType.SINGLE], "1121"),
        QuestionType.MULTIPLE: [
            _option(rows[QuestionType.MULTIPLE], "Goals met"),
            _option(rows[QuestionType.MULTIPLE], "Turns 18"),
        ],
        QuestionType.TRUE_FALSE: _option(rows[QuestionType.TRUE_FALSE], "True"),
        QuestionType.MATCHING: {str(option["id"]): option["match_text"] for option in matching},
        QuestionType.ORDERING: [
            option["id"] for option in rows[QuestionType.ORDERING].snapshot["options"]
        ],
        QuestionType.SHORT_ANSWER: "2010",
        QuestionType.NUMERIC: "14",
        QuestionType.ESSAY: "Keep her safe;\nrefer today.",
    }
    return {rows[kind].position: answer for kind, answer in given.items()}


def assert_graded_as_given(attempt, given):
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.is_submitted
    for row in attempt.questions.all():
        assert row.answer == given[row.position], row.snapshot["type"]
        if row.snapshot["type"] == QuestionType.ESSAY:
            assert row.needs_marking
        else:
            assert row.fraction == 1, row.snapshot["type"]


def test_submitting_the_reloaded_page_untouched_grades_every_saved_answer(client, learner, quiz):
    attempt = attempt_start(quiz=quiz, learner=learner)
    given = right_answers(attempt)
    for position, answer in given.items():
        answer_save(attempt=attempt, position=position, answer=answer, learner=learner)
    client.force_login(learner)
    form = page_form(client, attempt)
    response = client.post(reverse("attempts:answer", args=[attempt.pk]), as_post(form, submit="1"))
    assert response.status_code == 302
    assert_graded_as_given(attempt, given)


def test_an_old_page_submitted_keeps_the_answers_saved_since(client, learner, quiz):
    attempt = attempt_start(quiz=quiz, learner=learner)
    client.force_login(learner)
    old_page = page_form(client, attempt)  # opened before any answer, e.g. in another tab
    given = right_answers(attempt)
    for position, answer in given.items():
        answer_save(attempt=attempt, position=position, answer=answer, learner=learner)
    client.post(reverse("attempts:answer", args=[attempt.pk]), as_post(old_page, submit="1"))
    assert_graded_as_given(attempt, given)


def test_an_answer_changed_on_the_page_is_saved_and_clear_blanks_only_its_question(
    client, learner, quiz
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    given = right_answers(attempt)
    for position, answer in given.items():
        answer_save(attempt=attempt, position=position, answer=answer, learner=learner)
    client.force_login(learner)
    url = reverse("attempts:answer", args=[attempt.pk])
    short = attempt.questions.get(snapshot__type=QuestionType.SHORT_ANSWER).position
    form = page_form(client, attempt)
    form.setlist(f"q{short}-answer", ["2015"])
    client.post(url, as_post(form))
    assert attempt.questions.get(position=short).answer == "2015"

    single = attempt.questions.get(snapshot__type=QuestionType.SINGLE).position
    client.post(url, as_post(page_form(client, attempt), clear=str(single)))
    answers = dict(attempt.questions.values_list("position", "answer"))
    assert answers[single] is None
    assert answers == {**given, short: "2015", single: None}


def test_the_page_saving_as_the_learner_goes_gets_refusals_as_json(client, learner, quiz, peshawar):
    attempt = attempt_start(quiz=quiz, learner=learner)
    url = reverse("attempts:answer", args=[attempt.pk])
    body = {"position": "1", "q1-answer": "x"}
    signed_out = client.post(url, body, HTTP_ACCEPT="application/json")
    assert signed_out.status_code == 401 and signed_out.json()["error"]
    client.force_login(StaffProfileFactory(district=peshawar).user)
    not_theirs = client.post(url, body, HTTP_ACCEPT="application/json")
    assert not_theirs.status_code == 404 and not_theirs.json()["error"]


def test_saving_an_answer_as_the_learner_goes_costs_at_most_six_queries(
    client, learner, quiz, django_assert_max_num_queries
):
    """Two hundred learners save at once on post-test day: a save reads the attempt (locked, with
    the learner's enrolment) and the one question, and writes the answer; nothing else."""
    attempt = attempt_start(quiz=quiz, learner=learner)
    single = attempt.questions.get(snapshot__type=QuestionType.SINGLE)
    client.force_login(learner)
    url = reverse("attempts:answer", args=[attempt.pk])
    body = {"position": str(single.position), f"q{single.position}-answer": single.option_order[0]}
    with django_assert_max_num_queries(6):
        response = client.post(url, body, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["saved_at"]
    single.refresh_from_db()
    assert single.answer == single.option_order[0]


def test_an_autosave_arriving_after_the_submission_that_carried_it_is_acknowledged(
    client, learner, quiz
):
    """The learner answers the last question and submits at once: the page's autosave of that
    answer reaches the server after the submission. It holds the answer already: acknowledged,
    not reported as refused. A different answer arriving then is refused."""
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.filter(snapshot__type=QuestionType.SINGLE).first()
    chosen = row.option_order[0]
    client.force_login(learner)
    form = page_form(client, attempt)
    form[f"q{row.position}-answer"] = chosen
    assert client.post(reverse("attempts:answer", args=[attempt.pk]), as_post(form, submit="1"))
    attempt.refresh_from_db()
    assert attempt.is_submitted
    url = reverse("attempts:answer", args=[attempt.pk])
    late = {"position": row.position, f"q{row.position}-answer": chosen}
    response = client.post(url, late, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    other = next(option for option in row.option_order if option != chosen)
    changed = client.post(
        url, {**late, f"q{row.position}-answer": other}, HTTP_ACCEPT="application/json"
    )
    assert changed.status_code == 409 and changed.json()["code"] == "attempt_submitted"
    row.refresh_from_db()
    assert row.answer == chosen
