import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.services import cohort_enrol
from courses.content.selectors import course_outline
from courses.demo.load import demo_course_load
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import attempt_start
from quizzes.bank.models import QuestionOption
from tests.course_fixtures import running_cohort_create, small_curriculum
from tests.factories import StaffProfileFactory

# The session and user, the attempt, the learner's enrolment, their progress and cohort sessions
# (the day locks), the attempt's questions, the notice bell.
ATTEMPT_PAGE_QUERIES = 8


@pytest.fixture
def with_feedback(bank):
    QuestionOption.objects.filter(text="1122").update(
        feedback="SECRET-FEEDBACK: that is the ambulance"
    )
    bank["single"].general_feedback = "SECRET-GENERAL: 1121 is the KP helpline"
    bank["single"].save()


@pytest.fixture(autouse=True)
def _taken_through_a_lesson(quiz_in_lesson):
    pass


def start(client, quiz):
    return client.post(reverse("attempts:start", args=[quiz.pk]), follow=True)


def test_the_quiz_page_never_shows_correct_answers_or_feedback(
    client, learner, quiz, with_feedback
):
    client.force_login(learner)
    html = start(client, quiz).content.decode()
    assert "Helpline?" in html and "1121" in html
    for secret in (
        "SECRET-FEEDBACK",
        "SECRET-GENERAL",
        "is_correct",
        "Risk, people, steps",
        "numeric_answer",
    ):
        assert secret not in html


def test_answers_survive_a_reload_and_another_device(client, learner, quiz):
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    row = attempt.questions.get(snapshot__text="Helpline?")
    right = next(option["id"] for option in row.snapshot["options"] if option["text"] == "1121")
    response = client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": row.position, f"q{row.position}-answer": right},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200 and "saved_at" in response.json()
    client.logout()
    client.force_login(learner)  # a new session, as on another device
    html = client.get(reverse("attempts:attempt", args=[attempt.pk])).content.decode()
    assert f'value="{right}" checked' in html


def test_another_learners_attempt_is_not_found(client, learner, quiz, peshawar):
    attempt = attempt_start(quiz=quiz, learner=learner)
    client.force_login(StaffProfileFactory(district=peshawar).user)
    for name in ("attempt", "result"):
        assert client.get(reverse(f"attempts:{name}", args=[attempt.pk])).status_code == 404
    response = client.post(reverse("attempts:submit", args=[attempt.pk]))
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_a_tampered_answer_gets_a_clear_error_and_saves_nothing(client, learner, quiz):
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__text="Helpline?")
    response = client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": row.position, f"q{row.position}-answer": "424242"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert "Choose one of the options" in response.json()["error"]
    row.refresh_from_db()
    assert row.answer is None


def test_answers_after_submission_are_refused(client, learner, quiz):
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz, learner=learner)
    client.post(reverse("attempts:submit", args=[attempt.pk]))
    row = attempt.questions.get(snapshot__text="Child under the 2015 Act is under?")
    response = client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": row.position, f"q{row.position}-answer": "14"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 409
    row.refresh_from_db()
    assert row.answer is None


def test_opening_an_overdue_attempt_submits_what_was_saved(client, learner, quiz):
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz, learner=learner)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=5)
    )
    response = client.get(reverse("attempts:attempt", args=[attempt.pk]), follow=True)
    assert "The time limit passed" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_submitted


@pytest.mark.parametrize(
    ("settings_", "shown", "hidden"),
    [
        (
            {"review_correct_answers": True},
            ["Correct answer: <bdi>1121</bdi>", "SECRET-FEEDBACK"],
            [],
        ),
        (
            {"review_correct_answers": False, "review_feedback": False},
            ["Not correct"],
            ["Correct answer:", "SECRET-FEEDBACK"],
        ),
        (
            {"review_only_after_close": True},
            ["opens when the quiz closes"],
            ["Helpline?", "SECRET-FEEDBACK"],
        ),
    ],
)
def test_the_result_shows_only_what_the_review_settings_allow(
    client, learner, quiz, with_feedback, settings_, shown, hidden
):
    for name, value in settings_.items():
        setattr(quiz, name, value)
    quiz.save()
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get(snapshot__text="Helpline?")
    wrong = next(option["id"] for option in row.snapshot["options"] if option["text"] == "1122")
    client.post(
        reverse("attempts:answer", args=[attempt.pk]),
        {"position": row.position, f"q{row.position}-answer": wrong, "submit": "1"},
    )
    html = client.get(reverse("attempts:result", args=[attempt.pk])).content.decode()
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def test_each_question_on_the_page_has_its_own_field_names(client, learner, quiz):
    client.force_login(learner)
    html = start(client, quiz).content.decode()
    for position in range(1, 5):
        assert f'name="q{position}-answer"' in html
    assert 'name="-answer"' not in html


def test_one_attempt_too_many_gets_a_clear_409_and_starts_nothing(client, learner, quiz):
    from quizzes.attempts.services import attempt_submit

    for _attempt in range(2):
        attempt_submit(attempt=attempt_start(quiz=quiz, learner=learner), by=learner)
    client.force_login(learner)
    response = client.post(reverse("attempts:start", args=[quiz.pk]), {"next": "/learn/"})
    assert response.status_code == 409
    assert "used all your attempts" in response.content.decode()
    assert QuizAttempt.objects.count() == 2


def test_the_overdue_command_submits_abandoned_attempts(learner, quiz):
    from io import StringIO

    from django.core.management import call_command

    attempt = attempt_start(quiz=quiz, learner=learner)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=5)
    )
    out = StringIO()
    call_command("submit_overdue_attempts", stdout=out)
    assert "Submitted 1 overdue attempts." in out.getvalue()
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_a_question_image_is_shown_with_its_alt_text(client, learner, quiz, bank):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    bank["single"].image = Image.objects.create(title="Helpline poster", file=get_test_image_file())
    bank["single"].image_alt = "A poster of the 1121 helpline"
    bank["single"].save()
    client.force_login(learner)
    html = start(client, quiz).content.decode()
    assert 'alt="A poster of the 1121 helpline"' in html


def test_an_english_question_on_an_urdu_page_keeps_its_language_and_its_number_the_page_s(
    client, learner, quiz, bank
):
    """The question's number reads in Urdu; its English text, options and feedback in English."""
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    html = start(client, quiz).content.decode()
    attempt = QuizAttempt.objects.get()
    assert all(row.snapshot["language"] == "en" for row in attempt.questions.all())
    position = attempt.questions.get(question=bank["single"]).position
    assert (
        f'<span class="question__number">{position}.</span> '
        '<span class="question__body" lang="en" dir="ltr">Helpline?</span>'
    ) in html
    assert '<span lang="en" dir="ltr">1121</span>' in html


def test_an_attempt_saved_before_questions_had_a_language_shows_them_in_their_own_direction(
    client, learner, quiz
):
    client.force_login(learner)
    attempt = attempt_start(quiz=quiz, learner=learner)
    for row in attempt.questions.all():
        row.snapshot.pop("language")
        row.save(update_fields=["snapshot"])
    client.cookies["tahaffuz_language"] = "ur"
    html = client.get(reverse("attempts:attempt", args=[attempt.pk])).content.decode()
    assert '<span class="question__body" dir="auto">Helpline?</span>' in html


def test_opening_an_attempt_costs_the_same_few_queries_however_big_the_course(
    client, learner, quiz, peshawar, facilitator, django_assert_max_num_queries
):
    client.force_login(learner)
    start(client, quiz)
    page = reverse("attempts:attempt", args=[QuizAttempt.objects.get(learner=learner).pk])
    with django_assert_max_num_queries(ATTEMPT_PAGE_QUERIES) as small:
        assert client.get(page).status_code == 200
    small_course_queries = len(small.captured_queries)

    big_course = demo_course_load(small_curriculum(days=10, lessons=6), code="big-course")
    big_outline = course_outline(big_course)
    last_lesson_of_day_one = big_outline[0][1][-1]
    last_lesson_of_day_one.body.append(("quiz", {"quiz": quiz, "required_to_complete": False}))
    last_lesson_of_day_one.save_revision().publish()
    big_cohort = running_cohort_create(
        course=big_course, outline=big_outline, district=peshawar, facilitator=facilitator
    )
    other = StaffProfileFactory(district=peshawar).user
    cohort_enrol(cohort=big_cohort, learners=[other], enrolled_by=facilitator)
    client.force_login(other)
    start(client, quiz)
    page = reverse("attempts:attempt", args=[QuizAttempt.objects.get(learner=other).pk])
    with django_assert_max_num_queries(small_course_queries):
        assert "Helpline?" in client.get(page).content.decode()
