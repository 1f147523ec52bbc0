"""A case simulation as a reviewable YAML file: the demo's files import and export back
unchanged, a re-import updates in place, and a broken file changes nothing and says where."""

from pathlib import Path

import pytest
import yaml
from django.conf import settings

from quizzes.simulations.demo_load import simulation_files
from quizzes.simulations.models import Simulation
from quizzes.simulations.transfer import (
    SimulationExportDenied,
    SimulationTransferDenied,
    simulation_export,
    simulation_import,
)

FILES = simulation_files()


def s1_text() -> str:
    return (Path(settings.BASE_DIR) / "content" / "simulations" / "S1.yaml").read_text()


def edited(text: str, change) -> str:
    data = yaml.safe_load(text)
    change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def problems_of(report) -> set[tuple[str, str]]:
    return set(report.problems)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_each_demo_file_imports_and_exports_back_to_the_same_text(path, administrator):
    text = path.read_text(encoding="utf-8")
    report = simulation_import(content=text, by=administrator)
    assert report.problems == []
    assert report.created and report.simulation.live
    assert report.simulation.code == path.stem
    assert simulation_export(simulation=report.simulation, by=administrator) == text


def test_the_demo_files_are_ten_cases_one_closing_each_day():
    days = {path.stem: yaml.safe_load(path.read_text())["day"] for path in FILES}
    assert days == {
        **{"S1": 5, "S2": 3, "S3": 6, "S4": 4, "S5": 7, "S6": 8},
        **{"S7": 1, "S8": 2, "S9": 9, "S10": 10},
    }


def test_reimporting_the_same_file_writes_nothing_and_an_edited_one_updates_in_place(
    administrator,
):
    first = simulation_import(content=s1_text(), by=administrator).simulation
    revisions = first.revisions.count()

    again = simulation_import(content=s1_text(), by=administrator)
    assert again.unchanged and not again.created
    assert first.revisions.count() == revisions

    def change(data):
        data["title"] = "Asad, 9: a boy at a signal at night"
        data["steps"][1]["options"][1]["text"] = "Crouch to his height and say who you are."

    updated = simulation_import(content=edited(s1_text(), change), by=administrator)
    assert updated.problems == [] and not updated.created
    assert Simulation.objects.count() == 1
    first.refresh_from_db()
    assert first.title == "Asad, 9: a boy at a signal at night"
    assert first.graph(deadlines={}).step("D1").options[1].text.startswith("Crouch")
    assert first.revisions.count() == revisions + 1


def test_a_broken_file_lists_every_problem_where_it_is_and_writes_nothing(administrator):
    original = simulation_import(content=s1_text(), by=administrator).simulation

    def break_it(data):
        data["title"] = "Changed, but never saved"
        data["risk_competency"] = "courage"
        d1 = data["steps"][1]
        d1["risk_accepted"] = ["low", "high"]
        d1["options"][0]["critcal"] = True
        d1["options"][1]["next_step"] = "NOWHERE"
        d1["options"][2]["points"] = {"safety": 50}
        data["steps"][0]["kind"] = "scene"

    report = simulation_import(content=edited(s1_text(), break_it), by=administrator)
    assert problems_of(report) >= {
        ("", "Unknown competency “courage”."),
        ("step intro", "“kind” must be situation, decision or end."),
        ("step D1, option 1", "Unknown field “critcal”."),
        ("step D1, option 3", "“safety” must be a whole number from -20 to 20."),
    }
    # A step that cannot be read (intro's kind) leaves the links between steps unchecked.
    assert ("step D1", "links to NOWHERE, which does not exist.") not in report.problems
    assert not report.is_valid
    original.refresh_from_db()
    assert original.title.startswith("Asad, 9: a child begging")
    assert Simulation.objects.count() == 1


def test_graph_problems_are_named_by_their_step_along_with_the_fields_problems(administrator):
    def break_it(data):
        data["steps"][1]["risk_accepted"] = ["low", "high"]
        data["steps"][1]["options"][1]["next_step"] = "NOWHERE"
        data["steps"][1]["options"][0]["critcal"] = True

    report = simulation_import(content=edited(s1_text(), break_it), by=administrator)
    assert problems_of(report) >= {
        ("step D1", "links to NOWHERE, which does not exist."),
        ("step D1", "the accepted risk levels must be a range, such as medium to high."),
        ("step D1, option 1", "Unknown field “critcal”."),
    }
    assert not Simulation.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"steps: [unclosed", "The file is not valid YAML"),
        (b"format: tahaffuz-questions\nversion: 1\n", "This is not a Tahaffuz simulation file"),
        (b"\xff\xfe", "The file is not UTF-8 text."),
    ],
)
def test_a_file_that_is_not_a_simulation_is_refused(administrator, content, message):
    report = simulation_import(content=content, by=administrator)
    assert any(problem.startswith(message) for _where, problem in report.problems)
    assert not Simulation.objects.exists()


@pytest.mark.parametrize(
    ("line", "change", "problem"),
    [
        (
            "day: 5",
            "day: 2024-02-30",
            ("line 4", "The file is not valid YAML: day is out of range for month"),
        ),
        (
            "risk_competency: safety",
            "risk_competency: [safety]",
            ("", "“risk_competency” must be text."),
        ),
        (
            "  kind: situation",
            "  kind: [situation]",
            ("step intro", "“kind” must be situation, decision or end."),
        ),
        (  # more simulated time than a path's clock can hold
            "    minutes: 60",
            "    minutes: 10000000000000000000",
            ("step D1, option 1", "“minutes” must be between 0 and 527040."),
        ),
    ],
)
def test_a_value_of_the_wrong_kind_is_a_problem_where_it_is_and_nothing_is_written(
    administrator, line, change, problem
):
    text = s1_text().replace(f"\n{line}\n", f"\n{change}\n", 1)
    assert change in text
    report = simulation_import(content=text.encode(), by=administrator)
    assert problem in report.problems
    assert not Simulation.objects.exists()


def test_a_file_nested_too_deeply_is_refused_as_not_yaml(administrator):
    text = s1_text() + "case_notes: " + "[" * 5000 + "]" * 5000 + "\n"
    report = simulation_import(content=text.encode(), by=administrator)
    assert report.problems == [("", "The file is not valid YAML: it is nested too deeply")]
    assert not Simulation.objects.exists()


def test_a_learner_may_neither_import_nor_export(learner, administrator):
    with pytest.raises(SimulationTransferDenied):
        simulation_import(content=s1_text(), by=learner)
    simulation = simulation_import(content=s1_text(), by=administrator).simulation
    with pytest.raises(SimulationExportDenied):
        simulation_export(simulation=simulation, by=learner)
