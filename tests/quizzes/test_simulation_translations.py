"""A case simulation's translation file (`S7.ur.yaml`): imported as the Urdu translation of the
English simulation, all or nothing, played in Urdu and graded as in English."""

import pytest
import yaml
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from courses.cohorts.services import cohort_enrol
from quizzes.simulations.demo_load import (
    SIMULATIONS_DIR,
    attempt_play,
    best_choices,
    simulation_files,
)
from quizzes.simulations.models import Simulation, SimulationAttempt
from quizzes.simulations.transfer import simulation_export, simulation_import
from tests.quizzes.test_simulation_pages import post_choice, start
from tests.simulation_fixtures import day_one_case_with_urdu

URDU_FILE = SIMULATIONS_DIR / "S7.ur.yaml"


@pytest.fixture
def simulation(db):
    return day_one_case_with_urdu()


def urdu_edited(change) -> str:
    data = yaml.safe_load(URDU_FILE.read_text(encoding="utf-8"))
    change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def test_each_translation_translates_every_text_of_an_english_file():
    english = {path.stem for path in simulation_files()}
    translations = simulation_files(translations=True)
    assert {path.name for path in translations} >= {"S7.ur.yaml", "S8.ur.yaml"}
    for path in translations:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        code, language = path.stem.split(".")
        assert (data["code"], data["language"], data["reviewed"]) == (code, language, False)
        assert code in english


@pytest.mark.parametrize("path", simulation_files(translations=True), ids=lambda p: p.stem)
def test_a_translation_imports_as_the_english_simulations_translation(path, administrator):
    english = simulation_import(
        content=(SIMULATIONS_DIR / path.name.replace(".ur", "")).read_bytes(), by=administrator
    ).simulation
    report = simulation_import(content=path.read_bytes(), by=administrator)
    assert report.problems == [] and report.created
    urdu = report.simulation
    assert (urdu.locale.language_code, urdu.translation_key, urdu.code, urdu.live) == (
        "ur",
        english.translation_key,
        english.code,
        True,
    )
    assert urdu.graph(deadlines={}).steps != english.graph(deadlines={}).steps  # the words
    exported = yaml.safe_load(simulation_export(simulation=urdu, by=administrator))
    assert exported["language"] == "ur" and exported["title"] == urdu.title
    again = simulation_import(content=path.read_bytes(), by=administrator)
    assert again.unchanged and Simulation.objects.count() == 2


def test_an_urdu_learner_plays_day_1s_case_in_urdu_graded_as_in_english(
    client, learner, other_learner, enrolment, simulation, simulation_lesson, facilitator
):
    learner.language = "ur"
    learner.save()
    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    start(client, simulation, simulation_lesson)
    urdu = SimulationAttempt.objects.get(learner=learner)
    assert urdu.language == "ur"
    page = client.get(reverse("simulations:play", args=[urdu.pk])).content.decode()
    assert "بی بی زرینہ آپ کو بتاتی ہیں" in page and "Bibi Zarina tells you" not in page

    choices = best_choices(simulation.graph())
    for choice in choices:
        page = post_choice(
            client,
            urdu,
            option=choice.option,
            risk=choice.risk,
            response="" if choice.response_minutes is None else choice.response_minutes,
        ).content.decode()
    assert "محفوظ، اور ٹیم جانتی ہے کیوں" in page  # the outcome, in Urdu

    cohort_enrol(cohort=enrolment.cohort, learners=[other_learner], enrolled_by=facilitator)
    with translation.override("en"):
        attempt_play(simulation, other_learner, simulation_lesson, choices)
    english = SimulationAttempt.objects.get(learner=other_learner)
    urdu.refresh_from_db()
    assert english.language == "en" and urdu.simulation == english.simulation
    graded = ("outcome_step", "percent", "passed", "critical_error", "case_state")
    assert [getattr(urdu, name) for name in graded] == [getattr(english, name) for name in graded]
    assert urdu.passed
    assert list(urdu.moves.values_list("points", "risk_correct", "response_correct")) == list(
        english.moves.values_list("points", "risk_correct", "response_correct")
    )


def test_a_translation_with_a_missing_option_is_refused_and_changes_nothing(simulation):
    urdu = simulation.get_translation(Locale.objects.get(language_code="ur"))
    revisions, title = urdu.revisions.count(), urdu.title

    def drop_an_option(data):
        data["title"] = "بدلا ہوا عنوان، جو کبھی محفوظ نہیں ہوتا"
        del data["steps"][1]["options"][2]

    report = simulation_import(content=urdu_edited(drop_an_option), by=None)
    assert report.problems == [
        (
            "step D1",
            "A translation holds the English step's 3 options in the same order.",
        )
    ]
    urdu.refresh_from_db()
    assert (urdu.title, urdu.revisions.count()) == (title, revisions)
    assert Simulation.objects.count() == 2


def test_a_translation_changes_only_the_words(simulation):
    def restructure(data):
        data["steps"][1]["options"][0]["points"] = {"safety": 10}  # the English: documentation
        data["steps"][2]["key"] = "D2-renamed"
        data["pass_percent"] = 40

    report = simulation_import(content=urdu_edited(restructure), by=None)
    assert set(report.problems) == {
        (
            "",
            "“pass_percent” must be left out or be as in the English simulation: "
            "a translation changes only the words.",
        ),
        (
            "",
            "A translation holds the English simulation's steps in the same order: "
            + ", ".join(step.key for step in simulation.graph(deadlines={}).steps)
            + ".",
        ),
    }

    def untranslated(data):
        del data["steps"][0]["text"]
        data["language"] = "fr"

    problems = simulation_import(content=urdu_edited(untranslated), by=None).problems
    assert (
        "",
        "“language” must be a language the site translates into, such as ur or ps.",
    ) in problems


def test_a_missing_text_is_refused(simulation):
    def untranslated(data):
        del data["steps"][0]["text"]
        data["steps"][1]["options"][0]["points"] = {"safety": 10}

    assert set(simulation_import(content=urdu_edited(untranslated), by=None).problems) == {
        ("step intro", "“text” is missing: a translation translates every text."),
        (
            "step D1, option 1",
            "“points” must be left out or be as in the English simulation: "
            "a translation changes only the words.",
        ),
    }
