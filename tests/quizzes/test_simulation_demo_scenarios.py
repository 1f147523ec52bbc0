"""The ten demo case simulations (content/simulations/*.yaml), one closing each course day: each
is a valid graph, playable to a pass along its best choices, and failed by any path through a
critical error or past a response deadline."""

from collections.abc import Iterator

import pytest
from django.urls import reverse

from courses.content.models import CompletionRule
from quizzes.simulations.demo_load import best_choices, choice_at
from quizzes.simulations.models import SimulationAttempt
from quizzes.simulations.rules import (
    CaseState,
    Graph,
    Move,
    PassRule,
    RiskLevel,
    StepKind,
    graph_problems,
    move_make,
    moves_replay,
    simulation_result,
    state_start,
)
from tests.simulation_fixtures import DEMO_COMPETENCIES, Scenario, demo_scenarios, simulation_create

DEADLINES = {"high": 1440, "medium": 4320, "low": 10080}
COMPETENCIES = DEMO_COMPETENCIES
MAX_MOVES = 40


SCENARIOS = demo_scenarios()
BY_CODE = {scenario.code: scenario for scenario in SCENARIOS}
CODES = sorted(BY_CODE)


def graph_of(scenario: Scenario) -> Graph:
    return Graph(
        steps=scenario.steps,
        initial_risk=scenario.initial_risk,
        deadlines=DEADLINES,
        risk_points=5,
        risk_competency="safety",
    )


def all_plays(graph: Graph) -> Iterator[list[Move]]:
    """Every play from the start to an end, always answering the risk questions correctly."""

    def walk(state: CaseState, moves: list[Move]) -> Iterator[list[Move]]:
        assert len(moves) < MAX_MOVES, "a play does not reach an end"
        if state.ended:
            yield moves
            return
        for index in range(len(graph.step(state.step).options)):
            move = move_make(graph, state, choice_at(graph, state, index))
            yield from walk(move.state, [*moves, move])

    yield from walk(state_start(graph), [])


def test_every_day_of_the_course_has_its_case():
    assert sorted(scenario.code for scenario in SCENARIOS) == sorted(f"S{n}" for n in range(1, 11))
    days = {scenario.code: scenario.day for scenario in SCENARIOS}
    assert days == {
        "S7": 1,
        "S8": 2,
        "S2": 3,
        "S4": 4,
        "S1": 5,
        "S3": 6,
        "S5": 7,
        "S6": 8,
        "S9": 9,
        "S10": 10,
    }


@pytest.mark.parametrize("code", CODES)
def test_graph_is_valid(code):
    scenario = BY_CODE[code]
    assert graph_problems(graph_of(scenario)) == []
    assert 9 <= len(scenario.steps) <= 16
    assert scenario.initial_risk in RiskLevel.__members__.values()
    assert scenario.title and scenario.brief.startswith("<p>")
    assert scenario.case_file.startswith("<p>")


@pytest.mark.parametrize("code", CODES)
def test_step_shapes(code):
    steps = BY_CODE[code].steps
    ends = [step for step in steps if step.kind == StepKind.END]
    assert len(ends) >= 2
    for step in steps:
        assert step.title and len(step.title) <= 60, step.key
        assert step.text.startswith("<p>"), step.key
        if step.kind == StepKind.SITUATION:
            assert len(step.options) == 1, step.key
            assert step.options[0].text == "" and step.options[0].feedback == "", step.key
        elif step.kind == StepKind.END:
            assert step.debrief.startswith("<ul>"), step.key
        else:
            assert 2 <= len(step.options) <= 4, step.key
            for option in step.options:
                assert option.text and option.feedback, step.key
                assert option.minutes > 0, step.key
                assert set(option.points) <= COMPETENCIES, step.key
                assert 1 <= len(option.points) <= 2, step.key
                assert option.critical == (min(option.points.values()) < 0), step.key
    decisions = [step for step in steps if step.kind == StepKind.DECISION]
    assert any(step.asks_risk for step in decisions)
    assert any(option.critical for step in decisions for option in step.options)


@pytest.mark.parametrize("code", CODES)
def test_best_path_passes(code):
    graph = graph_of(BY_CODE[code])
    moves = moves_replay(graph, best_choices(graph))
    assert moves[-1].state.ended
    decisions = [move for move in moves if graph.step(move.step).kind == StepKind.DECISION]
    assert 4 <= len(decisions) <= 6
    assert not any(move.late for move in moves)
    result = simulation_result(moves, PassRule(60))
    assert result.passed
    assert not result.critical


@pytest.mark.parametrize("code", CODES)
def test_every_play_ends_and_critical_plays_fail(code):
    graph = graph_of(BY_CODE[code])
    plays = list(all_plays(graph))
    visited = {move.state.step for moves in plays for move in moves} | {graph.start}
    assert visited == {step.key for step in graph.steps}
    critical = [moves for moves in plays if any(move.critical for move in moves)]
    assert critical
    for moves in critical:
        assert moves[-1].state.ended
        assert not simulation_result(moves, PassRule(60)).passed


@pytest.mark.parametrize("code", CODES)
def test_high_risk_cases_have_a_late_branch(code):
    """Where the case is or becomes high risk, some wait runs past the deadline and worsens it."""
    scenario = BY_CODE[code]
    graph = graph_of(scenario)
    risks = {scenario.initial_risk} | {step.risk_level for step in scenario.steps}
    if RiskLevel.HIGH not in risks:
        pytest.skip("never high risk")
    late_branches = set()
    for moves in all_plays(graph):
        for move in moves:
            option = graph.step(move.step).options[move.option]
            if move.late and option.late_step and move.state.step == option.late_step:
                late_branches.add((move.step, option.late_step))
    assert late_branches


@pytest.mark.parametrize("code", CODES)
def test_no_play_that_ends_in_harm_passes(code):
    """However well a trainee scores on the way, a path where the child comes to harm fails."""
    graph = graph_of(BY_CODE[code])
    harmful_ends = {step.key for step in graph.steps if step.kind == StepKind.END and step.harmful}
    assert harmful_ends
    harmed = [moves for moves in all_plays(graph) if moves[-1].state.step in harmful_ends]
    assert harmed
    for moves in harmed:
        assert not simulation_result(moves, PassRule(60)).passed


@pytest.mark.parametrize("code", CODES)
def test_no_play_that_lets_a_response_deadline_pass_passes(code):
    """Waiting past the response time (a child left with the danger) fails, however it ends."""
    graph = graph_of(BY_CODE[code])
    late = [moves for moves in all_plays(graph) if any(move.late for move in moves)]
    for moves in late:
        result = simulation_result(moves, PassRule(60))
        assert result.critical or result.harmful_outcome, [move.step for move in moves]


@pytest.mark.parametrize("code", CODES)
def test_every_critical_error_ends_in_a_debrief_with_the_supervisor(code):
    """A critical error leads, sooner or later, to an end that sends the trainee to supervision."""
    graph = graph_of(BY_CODE[code])
    for moves in all_plays(graph):
        if any(move.critical for move in moves):
            end = graph.step(moves[-1].state.step)
            assert end.harmful and "critical error" in end.debrief, end.key


def test_a_learner_plays_the_day_10_case_to_its_closure_over_http(
    client, learner, enrolment, outline
):
    scenario = BY_CODE["S10"]
    simulation = simulation_create(
        title=scenario.title, steps=scenario.steps, case_file=scenario.case_file
    )
    simulation.initial_risk = scenario.initial_risk
    simulation.save_revision().publish()
    lesson = outline[0][1][0]
    lesson.completion_rule = CompletionRule.ACTIVITIES
    lesson.body.append(("simulation", {"simulation": simulation, "required_to_complete": True}))
    lesson.save_revision().publish()
    client.force_login(learner)
    assert "Noor, 10" in client.get(lesson.url).content.decode()
    client.post(reverse("simulations:start", args=[simulation.pk]), {"lesson": lesson.pk})
    attempt = SimulationAttempt.objects.get(learner=learner)

    for sequence, choice in enumerate(best_choices(simulation.graph()), start=1):
        attempt.refresh_from_db()
        data = {"step": attempt.state.step, "sequence": sequence, "option": choice.option}
        if choice.risk:
            data |= {"risk": choice.risk, "response": choice.response_minutes}
        html = client.post(
            reverse("simulations:choose", args=[attempt.pk]), data, follow=True
        ).content.decode()

    attempt.refresh_from_db()
    assert attempt.passed and attempt.outcome_step == "END-closed" and attempt.percent == 100
    assert "Closed, and safe at home" in html and "Passed" in html
    assert list(attempt.moves.values_list("step_key", flat=True)) == [
        "intro",
        "D1",
        "S-school",
        "D2",
        "D3",
        "D4",
        "S-review",
        "D5",
        "D6",
    ]


def scenario_words(scenario: Scenario) -> str:
    parts = [scenario.title, scenario.brief, scenario.case_file]
    for step in scenario.steps:
        parts += [step.title, step.text, step.debrief]
        parts += [part for option in step.options for part in (option.text, option.feedback)]
    return " ".join(parts)


def test_the_new_cases_cover_alternative_care_a_transgender_child_and_supervision():
    alternative_care = scenario_words(BY_CODE["S8"])
    for term in (
        "Kinship care",
        "Kafalah",
        "s.12 of the KP Act",
        "Zamung Kor gives priority to children who live or work on the street",
        "Guardians and Wards Act 1890",
        "three-month review",
    ):
        assert term in alternative_care, term
    transgender = scenario_words(BY_CODE["S9"])
    for term in ("khwaja sira", "guru", "dera", "s.23", "under appeal", "closure summary"):
        assert term in transgender, term
    integrated = scenario_words(BY_CODE["S10"])
    for step in ("Step 1", "Step 2", "Steps 3 and 4", "Step 5", "Step 6", "Supervision"):
        assert step in integrated, step
