"""A quiz's title and instructions in the learner's language: the demo's pre-test, post-test and
day checks in Urdu and Pashto, read on the lesson and the attempt, English where none is given."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes.attempts import demo_load
from quizzes.attempts.demo_load import demo_bank_load, demo_quizzes_load
from quizzes.attempts.models import Quiz, QuizWording


def _read_in(client, language, url):
    client.cookies["tahaffuz_language"] = language
    return client.get(url, follow=True).content.decode()


def test_the_demo_quizzes_have_urdu_and_pashto_titles_and_instructions_loaded_once(course):
    categories = demo_bank_load(course=course)
    quizzes = demo_quizzes_load(course=course, categories=categories)
    pre_test = quizzes["Pre-test"]
    # The English questions only: a learner is asked each in their language, once.
    languages = pre_test.fixed_questions.values_list("question__locale__language_code", flat=True)
    assert set(languages) == {"en"}
    urdu = pre_test.wordings.get(language="ur")
    assert urdu.title == "ابتدائی ٹیسٹ"
    assert f"کورس کے مقاصد پر {pre_test.fixed_questions.count()} سوالات" in urdu.instructions
    assert pre_test.wordings.get(language="ps").title == "مخکینۍ ازموینه"
    assert quizzes["Post-test"].wordings.get(language="ur").title == "اختتامی ٹیسٹ"
    assert quizzes["Day 2 check"].wordings.get(language="ps").title == "د 2 ورځې ازموینه"
    wordings = list(
        QuizWording.objects.order_by("quiz", "language").values_list(
            "quiz", "language", "title", "instructions"
        )
    )
    assert len(wordings) == 2 * len(quizzes)

    demo_quizzes_load(course=course, categories=categories)
    assert list(
        QuizWording.objects.order_by("quiz", "language").values_list(
            "quiz", "language", "title", "instructions"
        )
    ) == (wordings)


def test_a_broken_translations_file_says_what_is_wrong_and_writes_nothing(
    db, tmp_path, monkeypatch
):
    broken = tmp_path / "translations.json"
    broken.write_text(
        json.dumps(
            {
                "Pre-test": {"ur": {"title": "ابتدائی ٹیسٹ", "instructions": "{count} {days}"}},
                "Post-test": ["ur"],
                "Day check": {"fr": {"title": "Contrôle"}},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(demo_load, "QUIZ_TRANSLATIONS", broken)
    with pytest.raises(ImproperlyConfigured) as refused:
        demo_quizzes_load(course=None, categories={})
    assert str(refused.value) == (
        "content/quizzes/translations.json: "
        "Pre-test, ur: the instructions may hold only {count} and {day}; "
        "Post-test: it must map languages to a title and instructions; "
        "Day check, fr: the site offers no such language; "
        "Day check, fr: it must hold a title and instructions, as text"
    )
    assert not Quiz.objects.exists() and not QuizWording.objects.exists()


def test_a_learner_reads_the_quiz_title_and_instructions_in_their_language(
    client, learner, pre_test_in_lesson, outline
):
    QuizWording.objects.create(
        quiz=pre_test_in_lesson,
        language="ur",
        title="ابتدائی ٹیسٹ",
        instructions="آپ کے جوابات ساتھ ساتھ محفوظ ہوتے رہتے ہیں",
    )
    client.force_login(learner)
    lesson = outline[0][1][0].url

    urdu = _read_in(client, "ur", lesson)
    assert '<h2 class="lesson-heading" dir="auto">ابتدائی ٹیسٹ</h2>' in urdu
    assert "آپ کے جوابات ساتھ ساتھ محفوظ ہوتے رہتے ہیں" in urdu
    # Without a Pashto wording, the English title, marked as English.
    pashto = _read_in(client, "ps", lesson)
    assert '<h2 class="lesson-heading" lang="en" dir="ltr">Pre-test</h2>' in pashto
    assert '<h2 class="lesson-heading">Pre-test</h2>' in _read_in(client, "en", lesson)

    client.cookies["tahaffuz_language"] = "ur"
    attempt = client.post(reverse("attempts:start", args=[pre_test_in_lesson.pk]), follow=True)
    assert '<h1 dir="auto">ابتدائی ٹیسٹ</h1>' in attempt.content.decode()


def test_an_administrator_gives_a_quiz_its_urdu_title_in_the_cms(client, administrator, quiz):
    client.force_login(administrator)
    edit = reverse("wagtailsnippets_attempts_quiz:edit", args=[quiz.pk])
    assert "Title and instructions in other languages" in client.get(edit).content.decode()
    data = nested_form_data(
        {
            "title": quiz.title,
            "purpose": quiz.purpose,
            "instructions": "",
            "shuffle_questions": "on",
            "shuffle_options": "on",
            "minutes_between_attempts": 0,
            "pass_percent": 70,
            "grading_method": quiz.grading_method,
            "review_responses": "on",
            "wordings": inline_formset([{"language": "ur", "title": "جانچ", "instructions": ""}]),
            "fixed_questions": inline_formset(
                [{"id": row.pk, "question": row.question_id} for row in quiz.fixed_questions.all()],
                initial=quiz.fixed_questions.count(),
            ),
            "draws": inline_formset([]),
        }
    )
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    assert quiz.wordings.get().title == "جانچ"
