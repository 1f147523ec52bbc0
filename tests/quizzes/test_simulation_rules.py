"""The case-simulation engine: graph validation, scoring, risk answers, the case clock, replay."""

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from quizzes.simulations.rules import (
    CaseState,
    Choice,
    CompetencyScore,
    Graph,
    GraphProblem,
    InvalidChoice,
    Option,
    PassRule,
    Step,
    StepKind,
    graph_problems,
    move_make,
    moves_replay,
    response_deadline,
    simulation_result,
    state_start,
    step_available_points,
)

D = Decimal

LOOP = "its paths loop back without ever reaching an end step."
NOWHERE = "leads nowhere: it needs an option with a next step."
UNREACHABLE = "cannot be reached from the start."
ONE_NEXT = "a situation continues to exactly one next step."


# --- Building graphs ------------------------------------------------------------------------


def opt(next_step, **kwargs):
    return Option(text=kwargs.pop("text", f"Go to {next_step}"), next_step=next_step, **kwargs)


def situation(key, *options, **kwargs):
    return Step(key, StepKind.SITUATION, key.title(), options=tuple(options), **kwargs)


def decision(key, *options, **kwargs):
    return Step(key, StepKind.DECISION, key.title(), options=tuple(options), **kwargs)


def end(key, *options, **kwargs):
    return Step(key, StepKind.END, key.title(), options=tuple(options), **kwargs)


def graph(*steps, **kwargs):
    return Graph(steps=tuple(steps), **kwargs)


def play(g, *choices):
    """Replay choices given as option indexes or Choice objects."""
    return moves_replay(g, [c if isinstance(c, Choice) else Choice(c) for c in choices])


def problems_of(g):
    return {(problem.step, problem.message) for problem in graph_problems(g)}


# A small, valid case: a disclosure, a home visit, two outcomes.
CASE = graph(
    situation("intro", opt("visit", minutes=30)),
    decision(
        "visit",
        opt("safe", text="Refer to the police", protective=True, points={"safety": 3}),
        opt("harmed", text="Leave it", points={"safety": -2}, critical=True),
        opt("intro", text="Re-read the referral", points={"rapport": 1}),
        risk_level="high",
    ),
    end("safe", debrief="What made the referral urgent?"),
    end("harmed"),
    deadlines={"high": 1440},
)


# --- Validation -----------------------------------------------------------------------------


def test_a_valid_graph_has_no_problems():
    assert graph_problems(CASE) == []


def test_a_single_end_step_is_a_valid_graph():
    assert graph_problems(graph(end("outcome"))) == []


def test_an_empty_graph_asks_for_a_first_step():
    problems = graph_problems(graph())
    assert len(problems) == 1
    assert problems[0].step == ""
    assert "at least one step" in str(problems[0])
    assert not str(problems[0]).startswith("Step")


def test_an_unreachable_step_is_named():
    g = replace(CASE, steps=(*CASE.steps, end("orphan")))
    problems = graph_problems(g)
    assert problems == [GraphProblem("orphan", UNREACHABLE)]
    assert "orphan" in str(problems[0])
    assert "cannot be reached" in str(problems[0])


def test_an_unreachable_chain_names_every_step_in_it():
    g = replace(CASE, steps=(*CASE.steps, situation("aside", opt("detour")), end("detour")))
    assert problems_of(g) == {("aside", UNREACHABLE), ("detour", UNREACHABLE)}


def test_a_dead_end_step_is_named_and_the_decision_before_it_is_not():
    g = graph(
        decision("visit", opt("safe"), opt("stuck")),
        situation("stuck"),  # no options, not an end
        end("safe"),
    )
    problems = graph_problems(g)
    assert {(p.step, p.message) for p in problems} == {("stuck", ONE_NEXT), ("stuck", NOWHERE)}
    assert all("stuck" in str(problem) for problem in problems)
    assert "leads nowhere" in str(problems[-1])


def test_a_decision_whose_every_option_reaches_a_dead_end_is_named_too():
    g = graph(
        decision("visit", opt("stuck"), opt("stuck")),
        situation("stuck"),
        end("safe"),
    )
    named = {problem.step for problem in graph_problems(g)}
    assert {"visit", "stuck"} <= named
    assert ("stuck", NOWHERE) in problems_of(g)


def test_a_decision_leading_only_to_a_dead_end_is_not_described_as_a_loop():
    g = graph(
        decision("visit", opt("stuck"), opt("stuck")),
        situation("stuck"),
        end("safe"),
    )
    visit = [problem for problem in graph_problems(g) if problem.step == "visit"]
    assert visit
    assert all("loop" not in problem.message for problem in visit)


def test_a_dangling_link_names_its_step_and_the_missing_target():
    g = graph(
        decision("visit", opt("safe"), opt("police_station")),
        end("safe"),
    )
    problems = graph_problems(g)
    assert problems == [GraphProblem("visit", "links to police_station, which does not exist.")]
    assert "visit" in str(problems[0])
    assert "police_station" in str(problems[0])


def test_a_dangling_late_step_is_named():
    g = graph(
        decision("visit", opt("safe", late_step="too_late"), opt("safe")),
        end("safe"),
    )
    assert problems_of(g) == {("visit", "links to too_late, which does not exist.")}


def test_a_step_whose_only_link_dangles_also_leads_nowhere():
    g = graph(
        decision("visit", opt("safe"), opt("alone")),
        situation("alone", opt("missing")),
        end("safe"),
    )
    assert problems_of(g) == {
        ("alone", "links to missing, which does not exist."),
        ("alone", NOWHERE),
    }


def test_an_option_without_a_next_step_is_named():
    g = graph(decision("visit", opt("safe"), opt("")), end("safe"))
    assert ("visit", "an option has no next step.") in problems_of(g)


def test_an_endless_loop_names_both_steps():
    g = graph(
        decision("visit", opt("safe"), opt("ping")),
        situation("ping", opt("pong")),
        situation("pong", opt("ping")),
        end("safe"),
    )
    problems = graph_problems(g)
    assert {(problem.step, problem.message) for problem in problems} == {
        ("ping", LOOP),
        ("pong", LOOP),
    }
    for problem in problems:
        assert problem.step in str(problem)
        assert "loop back" in str(problem)


def test_a_loop_with_an_exit_is_accepted():
    g = graph(
        situation("ping", opt("pong")),
        decision("pong", opt("ping"), opt("safe")),
        end("safe"),
    )
    assert graph_problems(g) == []


def test_a_loop_exiting_only_through_a_late_step_is_accepted():
    g = graph(
        situation("ping", opt("pong")),
        decision("pong", opt("ping"), opt("ping", late_step="harmed")),
        end("harmed"),
    )
    assert graph_problems(g) == []


def test_duplicate_keys_are_named_once():
    g = graph(
        decision("visit", opt("safe"), opt("harmed")),
        end("safe"),
        end("harmed"),
        end("safe"),
    )
    duplicates = [problem for problem in graph_problems(g) if "unique" in problem.message]
    assert duplicates == [GraphProblem("safe", "two steps have this name; names must be unique.")]
    assert "safe" in str(duplicates[0])


def test_a_step_without_a_name_is_reported():
    g = graph(decision("visit", opt("safe"), opt("safe")), end("safe"), end("  "))
    assert ("?", "a step has no name.") in problems_of(g)


@pytest.mark.parametrize("count", [0, 1, 6])
def test_a_decision_needs_two_to_five_options(count):
    g = graph(decision("visit", *[opt("safe")] * count), end("safe"))
    problems = [p for p in graph_problems(g) if p.message == "a decision needs 2 to 5 options."]
    assert problems == [GraphProblem("visit", "a decision needs 2 to 5 options.")]
    assert "visit" in str(problems[0])


@pytest.mark.parametrize("count", [2, 5])
def test_two_or_five_options_are_accepted(count):
    g = graph(decision("visit", *[opt("safe")] * count), end("safe"))
    assert graph_problems(g) == []


def test_an_end_step_with_options_is_named():
    g = graph(
        decision("visit", opt("safe"), opt("harmed")),
        end("safe", opt("harmed")),
        end("harmed"),
    )
    problems = graph_problems(g)
    assert problems == [GraphProblem("safe", "an end step has no options.")]
    assert "safe" in str(problems[0])


def test_a_graph_without_an_end_step_says_so_and_names_the_stuck_steps():
    g = graph(
        decision("visit", opt("ping"), opt("stuck")),
        situation("ping", opt("visit")),
        situation("stuck"),
    )
    problems = graph_problems(g)
    whole = [problem for problem in problems if problem.step == ""]
    assert len(whole) == 1
    assert "Add an end step" in str(whole[0])
    assert not str(whole[0]).startswith("Step")
    assert {(p.step, p.message) for p in problems if p.step} == {
        ("visit", LOOP),
        ("ping", LOOP),
        ("stuck", NOWHERE),
        ("stuck", ONE_NEXT),
    }


@pytest.mark.parametrize("count", [0, 2])
def test_a_situation_continues_to_exactly_one_step(count):
    g = graph(situation("intro", *[opt("safe")] * count), end("safe"))
    problems = [p for p in graph_problems(g) if p.message == ONE_NEXT]
    assert problems == [GraphProblem("intro", ONE_NEXT)]
    assert "intro" in str(problems[0])


def test_an_unknown_risk_level_is_named():
    g = graph(situation("intro", opt("safe"), risk_level="extreme"), end("safe"))
    assert problems_of(g) == {
        ("intro", "the risk level is not one of high, medium, low or none."),
    }


def test_str_of_a_problem_names_its_step():
    assert str(GraphProblem("visit", "cannot be reached from the start.")) == (
        "Step visit: cannot be reached from the start."
    )


# --- Scoring --------------------------------------------------------------------------------


TWO_DECISIONS = graph(
    decision(
        "first",
        opt("second", points={"safety": 3, "rapport": 2}),
        opt("second", points={"safety": 1}),
    ),
    decision(
        "second",
        opt("done", points={"safety": 2}),
        opt("done", points={"rapport": 4, "safety": -2}),
    ),
    end("done"),
)


def scores_of(result):
    return {score.code: (score.points, score.available) for score in result.scores}


def test_points_add_up_along_the_path_against_the_best_of_each_decision():
    moves = play(TWO_DECISIONS, 0, 1)
    assert [move.points for move in moves] == [
        {"safety": 3, "rapport": 2},
        {"rapport": 4, "safety": -2},
    ]
    result = simulation_result(moves, PassRule())
    assert scores_of(result) == {"safety": (1, 5), "rapport": (6, 6)}
    assert [score.code for score in result.scores] == ["rapport", "safety"]
    assert result.percent == D("63.64")  # 7 of 11


def test_available_is_the_best_option_per_competency_whatever_was_chosen():
    moves = play(TWO_DECISIONS, 1, 0)
    assert [move.available for move in moves] == [
        {"safety": 3, "rapport": 2},
        {"safety": 2, "rapport": 4},
    ]
    result = simulation_result(moves, PassRule())
    assert scores_of(result) == {"safety": (3, 5), "rapport": (0, 6)}
    assert result.scores[0].percent == D(0)
    assert result.scores[1].percent == D(60)


def test_only_the_decisions_faced_count_towards_what_was_available():
    g = graph(
        decision("first", opt("done", points={"safety": 1}), opt("extra", points={"safety": 2})),
        decision("extra", opt("done", points={"safety": 10}), opt("done")),
        end("done"),
    )
    result = simulation_result(play(g, 0), PassRule())
    assert scores_of(result) == {"safety": (1, 2)}


def test_a_competency_no_option_rewards_is_not_available():
    g = graph(
        decision(
            "visit",
            opt("done", points={"safety": 2, "harm": -3}),
            opt("done", points={"safety": 1, "harm": -1}),
        ),
        end("done"),
    )
    assert step_available_points(g, g.steps[0]) == {"safety": 2}
    (move,) = play(g, 0)
    assert move.available == {"safety": 2}
    assert move.points == {"safety": 2, "harm": -3}


def test_a_competency_rewarded_by_one_option_only_is_available_at_its_points():
    g = graph(
        decision("visit", opt("done", points={"rapport": -4}), opt("done", points={"rapport": 3})),
        end("done"),
    )
    (move,) = play(g, 0)
    assert move.available == {"rapport": 3}
    result = simulation_result([move], PassRule())
    assert scores_of(result) == {"rapport": (-4, 3)}
    assert result.scores[0].percent == D(0)  # floored, not negative
    assert result.percent == D(0)


@pytest.mark.parametrize(
    ("points", "available", "percent"),
    [
        (-5, 10, D(0)),
        (0, 10, D(0)),
        (1, 3, D("33.33")),
        (2, 3, D("66.67")),
        (1, 8, D("12.50")),
        (10, 10, D(100)),
        (12, 10, D(100)),
    ],
)
def test_a_competency_percent_floors_at_zero_and_caps_at_a_hundred(points, available, percent):
    assert CompetencyScore("safety", points, available).percent == percent


def test_the_overall_percent_is_all_points_of_all_available():
    moves = play(TWO_DECISIONS, 0, 0)  # safety 5 of 5, rapport 2 of 6
    result = simulation_result(moves, PassRule())
    assert scores_of(result) == {"safety": (5, 5), "rapport": (2, 6)}
    assert result.percent == D("63.64")  # 7 of 11, not the mean of 100% and 33.33%


@pytest.mark.parametrize(("minimum", "passed"), [(60, True), (63, True), (64, False), (100, False)])
def test_the_overall_minimum_decides_the_pass(minimum, passed):
    result = simulation_result(play(TWO_DECISIONS, 0, 0), PassRule(overall_percent=minimum))
    assert result.percent == D("63.64")
    assert result.passed is passed
    assert result.shortfalls == ()
    assert result.critical is False


def test_exactly_the_overall_minimum_passes():
    g = graph(
        decision("visit", opt("done", points={"safety": 3}), opt("done", points={"safety": 5})),
        end("done"),
    )
    result = simulation_result(play(g, 0), PassRule(overall_percent=60))
    assert result.percent == D(60)
    assert result.passed is True


def test_a_competency_below_its_minimum_fails_and_is_listed():
    moves = play(TWO_DECISIONS, 0, 0)  # safety 100%, rapport 33.33%, overall 63.64%
    rule = PassRule(overall_percent=60, competency_percent={"rapport": 50, "safety": 90})
    result = simulation_result(moves, rule)
    assert result.shortfalls == ("rapport",)
    assert result.passed is False


def test_every_shortfall_is_listed_in_order():
    moves = play(TWO_DECISIONS, 1, 1)  # safety -1 of 5, rapport 4 of 6
    rule = PassRule(overall_percent=0, competency_percent={"safety": 10, "rapport": 70})
    result = simulation_result(moves, rule)
    assert result.shortfalls == ("rapport", "safety")
    assert result.passed is False


def test_competency_minimums_met_pass():
    moves = play(TWO_DECISIONS, 0, 0)
    rule = PassRule(overall_percent=60, competency_percent={"rapport": 33, "safety": 100})
    result = simulation_result(moves, rule)
    assert result.shortfalls == ()
    assert result.passed is True


def test_a_minimum_for_a_competency_never_faced_is_no_shortfall():
    moves = play(TWO_DECISIONS, 0, 0)
    result = simulation_result(moves, PassRule(competency_percent={"documentation": 80}))
    assert result.shortfalls == ()
    assert result.passed is True


def test_a_critical_option_fails_the_simulation_whatever_the_score():
    g = graph(
        decision(
            "visit",
            opt("done", points={"safety": 10}, critical=True),
            opt("done", points={"safety": 2}),
        ),
        end("done"),
    )
    moves = play(g, 0)
    assert moves[0].critical is True
    result = simulation_result(moves, PassRule(overall_percent=0))
    assert result.percent == D(100)
    assert result.critical is True
    assert result.passed is False
    assert result.shortfalls == ()


def test_a_critical_option_early_in_the_path_still_fails_it():
    g = graph(
        decision("first", opt("second", critical=True), opt("second")),
        decision("second", opt("done", points={"safety": 5}), opt("done")),
        end("done"),
    )
    assert simulation_result(play(g, 0, 0), PassRule()).passed is False
    assert simulation_result(play(g, 1, 0), PassRule()).passed is True


# --- Risk answers ---------------------------------------------------------------------------


DEADLINES = {"high": 1440, "medium": 4320, "low": 10080}


def risk_case(**kwargs):
    return graph(
        situation("intro", opt("assess")),
        decision(
            "assess",
            opt("done", points={"safety": 3}),
            opt("done", points={"safety": 1, "judgement": 2}),
            asks_risk=True,
            risk_level="high",
        ),
        end("done"),
        **{"deadlines": DEADLINES, "risk_competency": "judgement", "risk_points": 5, **kwargs},
    )


@pytest.mark.parametrize(
    ("risk", "minutes", "bonus", "risk_correct", "response_correct"),
    [
        ("high", 1440, 10, True, True),
        ("medium", 1440, 0, False, True),
        ("high", 4320, 0, True, False),
        ("high", None, 0, True, False),
        ("low", 10080, -10, False, False),
    ],
)
def test_risk_answers_score_for_the_level_and_the_response_time(
    risk, minutes, bonus, risk_correct, response_correct
):
    g = risk_case()
    moves = play(g, 0, Choice(0, risk=risk, response_minutes=minutes))
    move = moves[1]
    assert move.risk_correct is risk_correct
    assert move.response_correct is response_correct
    assert move.points == {"safety": 3, "judgement": bonus}
    assert move.available == {"safety": 3, "judgement": 2 + 10}


def test_risk_points_add_to_the_options_points_in_the_risk_competency():
    moves = play(risk_case(), 0, Choice(1, risk="high", response_minutes=1440))
    assert moves[1].points == {"safety": 1, "judgement": 2 + 10}
    result = simulation_result(moves, PassRule())
    assert scores_of(result) == {"safety": (1, 3), "judgement": (12, 12)}


def test_risk_points_follow_the_graphs_setting():
    g = risk_case(risk_points=3, risk_competency="assessment")
    moves = play(g, 0, Choice(0, risk="medium", response_minutes=None))
    assert moves[1].points == {"safety": 3, "assessment": -6}
    assert moves[1].available == {"safety": 3, "judgement": 2, "assessment": 6}


def test_the_true_risk_is_the_cases_current_level():
    g = graph(
        decision(
            "assess",
            opt("done"),
            opt("done"),
            asks_risk=True,  # no risk_level of its own: the initial risk stands
        ),
        end("done"),
        initial_risk="low",
        deadlines=DEADLINES,
        risk_competency="judgement",
    )
    (move,) = play(g, Choice(0, risk="low", response_minutes=10080))
    assert (move.risk_correct, move.response_correct) == (True, True)
    assert move.points == {"judgement": 10}


@pytest.mark.parametrize("risk", ["", "extreme", "HIGH"])
def test_a_missing_or_unknown_risk_level_is_refused(risk):
    g = risk_case()
    state = play(g, 0)[0].state
    before = replace(state)
    with pytest.raises(InvalidChoice):
        move_make(g, state, Choice(0, risk=risk, response_minutes=1440))
    assert state == before
    assert state.step == "assess"


def test_a_decision_that_does_not_ask_ignores_risk_answers():
    moves = play(TWO_DECISIONS, Choice(0, risk="extreme", response_minutes=5), 0)
    assert moves[0].risk_correct is None
    assert moves[0].response_correct is None
    assert moves[0].points == {"safety": 3, "rapport": 2}


def test_without_a_risk_competency_the_answers_are_judged_but_not_scored():
    g = risk_case(risk_competency="")
    moves = play(g, 0, Choice(0, risk="low", response_minutes=1))
    assert moves[1].risk_correct is False
    assert moves[1].points == {"safety": 3}
    assert moves[1].available == {"safety": 3, "judgement": 2}


# --- Risk ranges and facilitator review ----------------------------------------------------


def borderline_case(**step_kwargs):
    """A borderline case: its true risk is medium, and the author may key a range."""
    return graph(
        decision(
            "assess",
            opt("done", points={"safety": 3}),
            opt("done", points={"safety": 1}),
            asks_risk=True,
            risk_level="medium",
            **step_kwargs,
        ),
        end("done"),
        deadlines=DEADLINES,
        risk_competency="judgement",
        risk_points=5,
    )


def risk_bonus(g, risk, minutes):
    (move,) = play(g, Choice(0, risk=risk, response_minutes=minutes))
    return move.points.get("judgement", 0)


@pytest.mark.parametrize(
    ("risk", "minutes", "bonus"),
    [
        ("medium", 4320, 10),
        ("high", 1440, 10),
        ("high", 4320, 10),
        ("low", 10080, 0),
        ("none", None, 0),
        ("medium", 10080, 5),
    ],
)
def test_a_range_gives_full_marks_inside_and_nothing_outside(risk, minutes, bonus):
    g = borderline_case(risk_accepted=("medium", "high"))
    assert risk_bonus(g, risk, minutes) == bonus


def test_an_exact_key_still_costs_points_for_a_wrong_level():
    assert risk_bonus(borderline_case(), "high", 1440) == -10
    assert risk_bonus(borderline_case(), "low", 10080) == -10


@pytest.mark.parametrize(
    ("risk", "minutes", "bonus"),
    [("medium", 4320, 10), ("low", 10080, 4), ("none", None, 0), ("low", 4320, 7)],
)
def test_a_level_next_to_the_range_earns_half_where_the_author_allows_it(risk, minutes, bonus):
    g = borderline_case(risk_accepted=("medium", "high"), risk_adjacent_half=True)
    assert risk_bonus(g, risk, minutes) == bonus


def test_a_level_in_the_range_is_reported_right_and_one_beside_it_is_not():
    g = borderline_case(risk_accepted=("medium", "high"), risk_adjacent_half=True)
    (inside,) = play(g, Choice(0, risk="high", response_minutes=1440))
    (beside,) = play(g, Choice(0, risk="low", response_minutes=1440))
    assert (inside.risk_correct, inside.response_correct) == (True, True)
    assert (beside.risk_correct, beside.response_correct) == (False, True)


def test_what_a_range_makes_available_is_the_same_as_an_exact_key():
    g = borderline_case(risk_accepted=("medium", "high"))
    assert step_available_points(g, g.step("assess")) == {"safety": 3, "judgement": 10}


def test_a_decision_the_facilitator_reviews_scores_nothing_and_is_marked_for_review():
    g = borderline_case(facilitator_reviews=True)
    (move,) = play(g, Choice(0, risk="low", response_minutes=1))
    assert move.for_review
    assert move.points == {} and move.available == {}
    assert move.risk_correct is None and move.response_correct is None
    result = simulation_result([move], PassRule(60))
    assert result.scores == () and result.passed


def test_a_reviewed_decision_leaves_the_other_decisions_scored():
    g = graph(
        decision(
            "first", opt("second", points={"safety": 4}), opt("second"), facilitator_reviews=True
        ),
        decision("second", opt("done", points={"safety": 2}), opt("done")),
        end("done"),
    )
    moves = play(g, 0, 1)
    assert [move.for_review for move in moves] == [True, False]
    assert scores_of(simulation_result(moves, PassRule())) == {"safety": (0, 2)}


def test_a_critical_option_in_a_reviewed_decision_still_fails_the_simulation():
    g = graph(
        decision("first", opt("done"), opt("done", critical=True), facilitator_reviews=True),
        end("done"),
    )
    assert not simulation_result(play(g, 1), PassRule()).passed


@pytest.mark.parametrize(
    ("step_kwargs", "message"),
    [
        (
            {"risk_accepted": ("low", "high")},
            "the accepted risk levels must be a range, such as medium to high.",
        ),
        (
            {"risk_accepted": ("medium", "severe")},
            "an accepted risk level is not one of high, medium, low or none.",
        ),
        (
            {"risk_adjacent_half": True},
            "half marks next to the range need a range of accepted risk levels.",
        ),
        (
            {"risk_accepted": ("medium",), "asks_risk": False},
            "accepted risk levels need a decision that asks for the risk level.",
        ),
    ],
)
def test_a_malformed_risk_key_is_named_on_its_step(step_kwargs, message):
    step_kwargs = {"asks_risk": True, **step_kwargs}
    g = graph(decision("assess", opt("done"), opt("done"), **step_kwargs), end("done"))
    assert problems_of(g) == {("assess", message)}


def test_only_a_decision_can_be_left_to_the_facilitator():
    g = graph(situation("intro", opt("done"), facilitator_reviews=True), end("done"))
    assert problems_of(g) == {("intro", "only a decision can be left to the facilitator.")}


def test_a_range_survives_the_snapshot():
    g = borderline_case(risk_accepted=("medium", "high"), facilitator_reviews=True)
    assert Graph.from_json(json.loads(json.dumps(g.to_json()))) == g


def test_a_snapshot_from_before_ranges_still_loads_with_an_exact_key():
    data = borderline_case().to_json()
    for step in data["steps"]:
        for name in ("risk_accepted", "risk_adjacent_half", "facilitator_reviews"):
            del step[name]
    assert Graph.from_json(data) == borderline_case()


# --- The clock ------------------------------------------------------------------------------


def test_options_add_their_minutes_to_the_clock():
    g = graph(
        situation("intro", opt("visit", minutes=30)),
        decision("visit", opt("done", minutes=45), opt("done")),
        end("done"),
    )
    moves = play(g, 0, 0)
    assert [move.state.clock for move in moves] == [30, 75]
    assert play(g, 0, 1)[-1].state.clock == 30


def disclosure_case(**kwargs):
    """Low risk until the disclosure (entered at minute 100), high from then on."""
    return graph(
        situation("intro", opt("disclosure", minutes=100)),
        decision(
            "disclosure",
            opt("follow", text="Refer now", minutes=60, protective=True),
            opt("safe", text="Wait", minutes=1500, late_step="harmed"),
            opt("safe", text="Wait, no late branch", minutes=1500),
            opt("safe", text="Refer tomorrow", minutes=2000, protective=True, late_step="harmed"),
            opt("follow", text="Refer at the deadline", minutes=1440, protective=True),
            risk_level="high",
        ),
        decision(
            "follow",
            opt("safe", text="Slow paperwork", minutes=5000, late_step="harmed"),
            opt("safe", text="Quick check", minutes=10, late_step="harmed"),
        ),
        end("safe"),
        end("harmed"),
        **{"initial_risk": "low", "deadlines": {"high": 1440}, **kwargs},
    )


def test_a_high_risk_step_starts_the_deadline_when_it_is_entered():
    g = disclosure_case()
    start = state_start(g)
    assert response_deadline(g, start) is None  # low risk: no deadline
    state = play(g, 0)[0].state
    assert (state.step, state.risk, state.risk_since, state.clock) == (
        "disclosure",
        "high",
        100,
        100,
    )
    assert response_deadline(g, state) == 100 + 1440


def test_a_slow_option_past_the_deadline_follows_its_late_step():
    move = play(disclosure_case(), 0, 1)[-1]
    assert move.late is True
    assert move.state.clock == 1600
    assert move.state.step == "harmed"
    assert move.state.ended is True
    assert move.state.acted is False


def test_a_slow_option_without_a_late_step_follows_its_next_step_but_is_late():
    move = play(disclosure_case(), 0, 2)[-1]
    assert move.late is True
    assert move.state.step == "safe"


def test_an_option_finishing_exactly_at_the_deadline_is_in_time():
    move = play(disclosure_case(), 0, 4)[-1]
    assert move.state.clock == 1540
    assert move.late is False
    assert move.state.acted is True


def test_a_protective_option_in_time_lifts_the_deadline():
    g = disclosure_case()
    moves = play(g, 0, 0)
    assert moves[1].late is False
    assert moves[1].state.acted is True
    assert response_deadline(g, moves[1].state) is None
    slow = play(g, 0, 0, 0)[-1]
    assert slow.state.clock == 100 + 60 + 5000
    assert slow.late is False
    assert slow.state.step == "safe"


def test_the_protective_action_still_counts_after_other_moves():
    g = graph(
        decision(
            "disclosure",
            opt("check", minutes=60, protective=True),
            opt("check", minutes=60),
            risk_level="high",
        ),
        situation("check", opt("paperwork", minutes=10)),
        decision(
            "paperwork",
            opt("safe", minutes=5000, late_step="harmed"),
            opt("safe", late_step="harmed"),
        ),
        end("safe"),
        end("harmed"),
        deadlines={"high": 1440},
    )
    moves = play(g, 0, 0, 0)
    assert [move.late for move in moves] == [False, False, False]
    assert moves[1].state.acted is True
    assert moves[-1].state.step == "safe"
    unprotected = play(g, 1, 0, 0)
    assert unprotected[-1].late is True
    assert unprotected[-1].state.step == "harmed"


def test_a_protective_option_taken_too_late_is_late_but_lifts_the_deadline():
    move = play(disclosure_case(), 0, 3)[-1]
    assert move.late is True
    assert move.state.step == "harmed"
    assert move.state.acted is True


def test_after_a_missed_deadline_moves_stay_late_until_someone_acts():
    g = graph(
        decision(
            "disclosure",
            opt("follow", text="Refer in two days", minutes=2880, protective=True),
            opt("follow", text="Note it for later", minutes=2880),
            risk_level="high",
        ),
        decision(
            "follow",
            opt("safe", text="Quick check", minutes=0, late_step="harmed"),
            opt("safe", text="Protect now", minutes=0, protective=True, late_step="harmed"),
        ),
        end("safe"),
        end("harmed"),
        deadlines={"high": 1440},
    )
    acted_late = play(g, 0, 0)
    assert acted_late[0].late is True and acted_late[0].state.step == "follow"
    assert acted_late[1].late is False  # the late referral has lifted the deadline
    assert acted_late[1].state.step == "safe"
    never_acted = play(g, 1, 0)
    assert [move.late for move in never_acted] == [True, True]
    assert never_acted[-1].state.step == "harmed"


def test_a_level_without_a_deadline_never_makes_moves_late():
    g = graph(
        decision(
            "visit",
            opt("next", minutes=100_000, late_step="harmed"),
            opt("harmed"),
            risk_level="none",
        ),
        decision("next", opt("safe", minutes=100_000, late_step="harmed"), opt("harmed")),
        end("safe"),
        end("harmed"),
        deadlines={"high": 1440},
    )
    moves = play(g, 0, 0)
    assert [move.late for move in moves] == [False, False]
    assert moves[-1].state.step == "safe"
    assert moves[-1].state.clock == 200_000


def escalation_case():
    """Low until minute 300, medium (10 hours) until minute 500, high (2 hours) from then on."""
    return graph(
        situation("intro", opt("concern", minutes=300)),
        decision(
            "concern",
            opt("escalation", minutes=200),
            opt("escalation", minutes=200, protective=True),
            risk_level="medium",
        ),
        decision(
            "escalation",
            opt("safe", text="In time", minutes=120, late_step="harmed"),
            opt("safe", text="Too slow", minutes=121, late_step="harmed"),
            risk_level="high",
        ),
        end("safe"),
        end("harmed"),
        initial_risk="low",
        deadlines={"medium": 600, "high": 120},
    )


def test_a_change_of_risk_level_restarts_the_deadline_from_that_moment():
    g = escalation_case()
    concern = play(g, 0)[-1].state
    assert (concern.risk, concern.risk_since) == ("medium", 300)
    assert response_deadline(g, concern) == 900
    escalation = play(g, 0, 0)[-1].state
    assert (escalation.risk, escalation.risk_since, escalation.clock) == ("high", 500, 500)
    assert response_deadline(g, escalation) == 620


def test_the_restarted_deadline_decides_lateness():
    g = escalation_case()
    in_time = play(g, 0, 0, 0)[-1]
    assert in_time.state.clock == 620  # past 120 from the start, within 120 of the escalation
    assert in_time.late is False
    assert in_time.state.step == "safe"
    too_slow = play(g, 0, 0, 1)[-1]
    assert too_slow.state.clock == 621  # well within the medium deadline of 900
    assert too_slow.late is True
    assert too_slow.state.step == "harmed"


def test_a_change_of_risk_level_needs_a_new_protective_action():
    g = escalation_case()
    acted = play(g, 0, 1)
    assert acted[1].late is False
    assert acted[1].state.acted is False  # the escalation on entering reset it
    assert response_deadline(g, acted[1].state) == 620
    assert play(g, 0, 1, 1)[-1].late is True


def test_the_same_risk_level_again_does_not_restart_the_deadline():
    g = graph(
        situation("intro", opt("again", minutes=100), risk_level="high"),
        decision(
            "again",
            opt("safe", minutes=50, late_step="harmed"),
            opt("safe", minutes=30, late_step="harmed"),
            risk_level="high",
        ),
        end("safe"),
        end("harmed"),
        deadlines={"high": 140},
    )
    state = play(g, 0)[-1].state
    assert state.risk_since == 0
    assert play(g, 0, 0)[-1].late is True
    assert play(g, 0, 1)[-1].late is False


# --- Tampering and replay -------------------------------------------------------------------


@pytest.mark.parametrize("index", [-1, 3, 99])
def test_an_option_out_of_range_is_refused_and_changes_nothing(index):
    state = play(CASE, 0)[-1].state
    before = replace(state)
    with pytest.raises(InvalidChoice):
        move_make(CASE, state, Choice(index))
    assert state == before
    assert move_make(CASE, state, Choice(0)).state.step == "safe"


def test_a_situation_has_only_its_continue_option():
    with pytest.raises(InvalidChoice):
        move_make(CASE, state_start(CASE), Choice(1))


def test_choosing_after_the_end_is_refused():
    state = play(CASE, 0, 0)[-1].state
    assert state.ended is True
    assert state.step == "safe"
    before = replace(state)
    with pytest.raises(InvalidChoice):
        move_make(CASE, state, Choice(0))
    assert state == before


def test_a_graph_starting_at_an_end_has_ended_before_any_choice():
    g = graph(end("outcome"))
    state = state_start(g)
    assert state.ended is True
    with pytest.raises(InvalidChoice):
        move_make(g, state, Choice(0))


def test_replay_stops_at_a_tampered_choice():
    with pytest.raises(InvalidChoice):
        moves_replay(CASE, [Choice(0), Choice(7)])
    with pytest.raises(InvalidChoice):
        moves_replay(CASE, [Choice(0), Choice(0), Choice(0)])


def test_replaying_the_same_choices_gives_the_same_moves():
    choices = [Choice(0), Choice(2), Choice(0), Choice(1)]
    first = moves_replay(CASE, choices)
    second = moves_replay(CASE, list(choices))
    assert first == second
    assert [move.step for move in first] == ["intro", "visit", "intro", "visit"]
    assert first[-1].state == CaseState(
        step="harmed", clock=60, risk="high", risk_since=30, acted=False, ended=True
    )
    assert simulation_result(first, PassRule()) == simulation_result(second, PassRule())


def test_replay_rebuilds_the_state_move_by_move():
    choices = [Choice(0), Choice(2), Choice(0), Choice(0)]
    moves = moves_replay(CASE, choices)
    state = state_start(CASE)
    for choice, move in zip(choices, moves, strict=True):
        assert move_make(CASE, state, choice) == move
        state = move.state
    assert state.step == "safe"


def test_a_graph_round_trips_through_json():
    g = graph(
        situation(
            "intro",
            opt("assess", minutes=30, feedback="<p>Read carefully.</p>"),
            image_url="/media/house.jpg",
            image_alt="A house in Mardan",
            audio_url="/media/call.mp3",
            document_url="/media/referral.pdf",
            document_title="Referral form",
        ),
        decision(
            "assess",
            opt("safe", minutes=60, protective=True, points={"safety": 3, "rapport": 1}),
            opt("safe", minutes=2000, late_step="harmed", points={"rapport": 2}),
            opt("harmed", critical=True, points={"safety": -5}),
            asks_risk=True,
            risk_level="high",
            text="<p>What now?</p>",
        ),
        end("safe", debrief="<p>What made it urgent?</p>"),
        end("harmed", debrief="<p>What was missed?</p>"),
        initial_risk="low",
        deadlines=DEADLINES,
        risk_points=4,
        risk_competency="judgement",
    )
    assert Graph.from_json(g.to_json()) == g
    restored = Graph.from_json(json.loads(json.dumps(g.to_json())))
    assert restored == g
    assert all(isinstance(step.options, tuple) for step in restored.steps)
    assert all(isinstance(step.kind, StepKind) for step in restored.steps)
    for choices in (
        [Choice(0), Choice(0, risk="high", response_minutes=1440)],
        [Choice(0), Choice(1, risk="medium", response_minutes=4320)],
        [Choice(0), Choice(2, risk="low", response_minutes=None)],
    ):
        assert moves_replay(restored, choices) == moves_replay(g, choices)
    late = moves_replay(restored, [Choice(0), Choice(1, risk="high", response_minutes=1440)])
    assert late[-1].late is True
    assert late[-1].state.step == "harmed"


def test_the_simple_case_round_trips_through_json():
    restored = Graph.from_json(json.loads(json.dumps(CASE.to_json())))
    assert restored == CASE
    choices = [Choice(0), Choice(2), Choice(0), Choice(1)]
    assert moves_replay(restored, choices) == moves_replay(CASE, choices)
    assert graph_problems(restored) == []


def test_a_competency_with_nothing_to_earn_shows_zero_once_points_were_lost_there():
    assert CompetencyScore("confidentiality", points=-10, available=0).percent == 0
    assert CompetencyScore("confidentiality", points=0, available=0).percent == 100


def test_a_translation_with_its_steps_in_another_order_is_refused():
    from quizzes.simulations.rules import translation_problems
    from tests.simulation_fixtures import tiny_case_steps

    source = Graph(steps=tiny_case_steps())
    reordered = Graph(steps=(tiny_case_steps()[1], tiny_case_steps()[0], *tiny_case_steps()[2:]))
    assert translation_problems(source, source) == []
    (problem,) = translation_problems(source, reordered)
    assert problem.step == "" and "same order: intro, D1, LATE, D2" in problem.message
