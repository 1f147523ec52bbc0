"""The pre-test in Urdu and Pashto: translation files beside the English question files, imported
all or nothing, asked in the learner's language and graded and analysed as the English."""

import copy
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision

from quizzes.attempts.demo_load import demo_bank_load, demo_question_files
from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.reports import quiz_report_data
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit
from quizzes.bank.models import Question, QuestionOption
from quizzes.bank.transfer import question_translations_import, questions_import
from tests.factories import StaffProfileFactory

TRANSLATIONS = demo_question_files(translations=True)
PRE_TEST_LANGUAGES = sorted(
    data["language"] for name, data in TRANSLATIONS.items() if name.startswith("pre-test.")
)


def translation_file(language: str) -> dict:
    return copy.deepcopy(TRANSLATIONS[f"pre-test.{language}.json"])


def test_the_demo_translates_the_pre_test_into_urdu_and_pashto_and_the_post_test_into_urdu():
    assert {"pre-test.ur.json", "pre-test.ps.json", "post-test.ur.json"} <= set(TRANSLATIONS)
    english = demo_question_files()
    for name, data in TRANSLATIONS.items():
        assert data["reviewed"] is False, name  # drafted by the team, not yet checked
        original = english[name.split(".")[0] + ".json"]["questions"]
        assert [item["source"] for item in data["questions"]] == [q["text"] for q in original]


@pytest.mark.parametrize("language", PRE_TEST_LANGUAGES)
def test_a_learner_reading_in_their_language_is_asked_the_translated_pre_test(
    client, learner, pre_test_in_lesson, language
):
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = language
    client.post(reverse("attempts:start", args=[pre_test_in_lesson.pk]))
    attempt = QuizAttempt.objects.get()
    translated = translation_file(language)["questions"]
    rows = list(attempt.questions.order_by("position"))
    assert [row.snapshot["text"] for row in rows] == [item["text"] for item in translated]
    assert {row.snapshot["language"] for row in rows} == {language}
    page = client.get(reverse("attempts:attempt", args=[attempt.pk]))
    assert translated[1]["text"] in page.content.decode()


@pytest.mark.parametrize("language", PRE_TEST_LANGUAGES)
def test_the_same_choices_score_the_same_in_english_and_in_translation(
    pre_test, learner, peshawar, language
):
    """Each learner chooses the options in the same places; their marks are the same."""
    other = StaffProfileFactory(district=peshawar).user
    attempts = {}
    for reader, who in (("en", learner), (language, other)):
        with translation.override(reader):
            attempt = attempt_start(quiz=pre_test, learner=who)
        for row in attempt.questions.all():
            options = row.snapshot["options"]
            if row.snapshot["type"] in ("single", "true_false"):
                answer = options[-1]["id"]
            elif row.snapshot["type"] == "multiple":
                answer = [o["id"] for o in options[:3]]
            else:
                continue
            answer_save(attempt=attempt, position=row.position, answer=answer, learner=who)
        attempt_submit(attempt=attempt, by=who)
        attempt.refresh_from_db()
        attempts[reader] = attempt
    assert attempts["en"].questions.first().snapshot["language"] == "en"
    english, translated = (
        list(attempts[reader].questions.order_by("position").values_list("fraction", flat=True))
        for reader in ("en", language)
    )
    assert english == translated
    assert 0 < attempts["en"].percent < 100
    assert attempts[language].percent == attempts["en"].percent


def test_the_item_analysis_counts_answers_in_every_language_under_the_english_question(
    pre_test, learner, peshawar
):
    others = [StaffProfileFactory(district=peshawar).user for _ in PRE_TEST_LANGUAGES]
    for reader, who in zip(["en", *PRE_TEST_LANGUAGES], [learner, *others], strict=True):
        with translation.override(reader):
            attempt = attempt_start(quiz=pre_test, learner=who)
        row = attempt.questions.get(position=2)  # Mr Khalid's call: "Assessment" is wrong
        answer_save(
            attempt=attempt, position=2, answer=row.snapshot["options"][1]["id"], learner=who
        )
        attempt_submit(attempt=attempt, by=who)

    item = next(
        item
        for item in quiz_report_data(pre_test, Q())["items"]
        if item.text.startswith("Mr Khalid")
    )
    assert item.answered == 1 + len(PRE_TEST_LANGUAGES)
    assert item.facility == 0
    assert item.most_chosen_wrong == "Assessment"


def test_a_translation_with_a_missing_option_is_refused_and_changes_nothing(pre_test):
    before = {
        language: sorted(
            Question.objects.filter(locale__language_code=language).values_list("text", flat=True)
        )
        for language in PRE_TEST_LANGUAGES
    }
    options = QuestionOption.objects.count()
    data = translation_file("ur")
    data["questions"][0]["text"] = "A new wording that must not be saved"
    del data["questions"][3]["options"][2]

    report = question_translations_import(data)

    assert not report.is_valid
    assert [number for number, _problem in report.problems] == [4]
    assert "in its order" in report.problems[0][1]
    assert QuestionOption.objects.count() == options
    for language, texts in before.items():
        assert (
            sorted(
                Question.objects.filter(locale__language_code=language).values_list(
                    "text", flat=True
                )
            )
            == texts
        )


def test_a_translation_with_its_options_in_another_order_is_refused(pre_test):
    data = translation_file("ur")
    data["questions"][1]["options"].reverse()
    report = question_translations_import(data)
    assert [number for number, _problem in report.problems] == [2]


def test_loading_the_demo_bank_twice_adds_and_changes_nothing(course):
    demo_bank_load(course=course)
    counts = (Question.objects.count(), QuestionOption.objects.count(), Revision.objects.count())
    translated = Question.objects.filter(locale__language_code="ur", category__name="Pre-test")
    assert translated.count() == len(translation_file("ur")["questions"])
    demo_bank_load(course=course)
    assert (
        Question.objects.count(),
        QuestionOption.objects.count(),
        Revision.objects.count(),
    ) == counts


def test_the_cms_import_screen_takes_a_translation_file(client, facilitator, db):
    assert questions_import(demo_question_files()["pre-test.json"]).is_valid
    client.force_login(facilitator)
    content = json.dumps(translation_file("ur")).encode()
    client.post(
        reverse("question_transfer:import"),
        {"file": SimpleUploadedFile("pre-test.ur.json", content, "application/json")},
    )
    urdu = Question.objects.get(locale__language_code="ur", text__startswith="بچے کا کیس پلان")
    english = Question.objects.get(translation_key=urdu.translation_key, locale__language_code="en")
    assert english.text == "Who should write a child's case plan?"


def test_a_matching_translation_without_a_match_is_refused(pre_test):
    data = translation_file("ur")
    matching = next(
        number
        for number, item in enumerate(data["questions"], start=1)
        if item["options"] and "match_text" in item["options"][0]
    )
    del data["questions"][matching - 1]["options"][0]["match_text"]
    report = question_translations_import(data)
    assert [number for number, _problem in report.problems] == [matching]
