"""A small case simulation and a lesson that places it, for the simulation tests."""

from dataclasses import dataclass

import pytest

from courses.content.models import CompletionRule
from quizzes.simulations.demo_load import (
    SIMULATIONS_DIR,
    demo_simulation_import,
    simulation_files,
)
from quizzes.simulations.models import Competency, Simulation, step_block_data
from quizzes.simulations.rules import Option, RiskLevel, Step, StepKind
from quizzes.simulations.transfer import simulation_file_read

DAY = 1440  # minutes
# The competencies the demo's simulations score (migration 0002_default_competencies).
DEMO_COMPETENCIES = {
    "safety",
    "participation",
    "confidentiality",
    "best_interests",
    "legal",
    "documentation",
}


def tiny_case_steps() -> tuple[Step, ...]:
    """intro -> D1 (sets the risk; visit, wait, or harm) -> D2 (consent) -> an end."""
    return (
        Step(
            "intro",
            StepKind.SITUATION,
            "A call from a teacher",
            "<p>A teacher says Nadia, 10, has bruises and is afraid to go home.</p>",
            options=(Option(text="", next_step="D1", minutes=30),),
        ),
        Step(
            "D1",
            StepKind.DECISION,
            "First response",
            "<p>What do you do first?</p>",
            risk_level=RiskLevel.HIGH,
            asks_risk=True,
            options=(
                Option(
                    "Visit the school today and make her safe",
                    "D2",
                    feedback="Right: high risk needs action within a day.",
                    minutes=180,
                    points={"safety": 10},
                    protective=True,
                ),
                Option(
                    "Wait for next week's visit",
                    "D2",
                    feedback="Too slow for a high-risk case.",
                    minutes=7 * DAY,
                    late_step="LATE",
                ),
                Option(
                    "Post her story online to find help",
                    "END-bad",
                    feedback="This exposes the child: never publish a child's case.",
                    minutes=10,
                    points={"confidentiality": -10},
                    critical=True,
                ),
            ),
        ),
        Step(
            "LATE",
            StepKind.SITUATION,
            "Too late",
            "<p>Nadia did not come to school this week.</p>",
            options=(Option(text="", next_step="END-bad"),),
        ),
        Step(
            "D2",
            StepKind.DECISION,
            "Consent",
            "<p>Nadia needs a medical check.</p>",
            options=(
                Option(
                    "Explain and ask for her assent and her mother's consent",
                    "END-good",
                    feedback="Participation: she knows what happens and agrees.",
                    minutes=60,
                    points={"participation": 10},
                ),
                Option(
                    "Take her without explaining",
                    "END-good",
                    feedback="She was not asked.",
                    minutes=30,
                ),
            ),
        ),
        Step("END-good", StepKind.END, "Nadia is safe", "<p>Safe.</p>", debrief="<p>Why?</p>"),
        Step(
            "END-bad",
            StepKind.END,
            "Nadia was harmed",
            "<p>Harmed.</p>",
            debrief="<p>What?</p>",
            harmful=True,
        ),
    )


def simulation_create(*, title="Nadia, 10", steps=None, **fields) -> Simulation:
    simulation = Simulation(
        title=title,
        brief="<p>A fictional case for the tests.</p>",
        initial_risk=RiskLevel.MEDIUM,
        steps=[step_block_data(step) for step in steps or tiny_case_steps()],
        risk_competency=Competency.objects.get(code="safety"),
        **fields,
    )
    simulation.save()
    simulation.save_revision().publish()
    simulation.refresh_from_db()
    return simulation


@pytest.fixture
def simulation(db):
    return simulation_create()


def day_one_case_with_urdu() -> Simulation:
    """Day 1's case (S7) and its Urdu translation, imported from their files; the English one.
    A module that returns it from its own `simulation` fixture places it with `simulation_lesson`."""
    english = demo_simulation_import(SIMULATIONS_DIR / "S7.yaml")
    demo_simulation_import(SIMULATIONS_DIR / "S7.ur.yaml")
    return english


@pytest.fixture
def simulation_lesson(outline, simulation):
    """The first lesson of day 1, completed by passing the simulation."""
    lesson = outline[0][1][0]
    lesson.completion_rule = CompletionRule.ACTIVITIES
    lesson.body.append(("simulation", {"simulation": simulation, "required_to_complete": True}))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def other_learner(db, peshawar):
    from tests.factories import StaffProfileFactory

    return StaffProfileFactory(
        user__email="second@example.org", employee_number="KP-CPU-0043", district=peshawar
    ).user


@dataclass(frozen=True)
class Scenario:
    """A demo simulation file as read for the rules."""

    code: str
    day: int
    title: str
    brief: str
    case_file: str
    initial_risk: str
    steps: tuple[Step, ...]


def demo_scenarios() -> list[Scenario]:
    """Every file of content/simulations/, read and checked without a database."""
    scenarios = []
    for path in simulation_files():
        read = simulation_file_read(path.read_bytes(), competencies=DEMO_COMPETENCIES)
        assert read.problems == [], path.name
        fields = read.fields
        scenarios.append(
            Scenario(
                code=fields["code"],
                day=fields["course_day"],
                title=fields["title"],
                brief=fields["brief"],
                case_file=fields["case_file"],
                initial_risk=fields["initial_risk"],
                steps=read.steps,
            )
        )
    return scenarios
