"""Case simulations: pure rules over a frozen graph of steps. No database, no Django models.

A simulation is a graph: situation steps (read, then continue), decision steps (two to five
options) and end steps (an outcome and its debrief). Each option leads to a next step, costs
simulated time, scores points per competency and may be a critical error (a choice that would
harm the child). A simulated case clock runs through the attempt: when the case's risk level has
a response deadline (a setting) and no protective action is taken in time, an option's "late"
branch is followed instead of its usual next step.

An attempt passes when it ends without a critical error, at an outcome where the child is not
harmed, with the overall and per-competency minimums met.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from django.utils.translation import gettext as _

MIN_OPTIONS = 2
MAX_OPTIONS = 5


class RiskLevel(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


# The risk levels from least to most serious: a range of accepted levels is a run of these.
RISK_ORDER = (RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


class StepKind(StrEnum):
    SITUATION = "situation"
    DECISION = "decision"
    END = "end"


@dataclass(frozen=True)
class Option:
    text: str
    next_step: str
    feedback: str = ""
    minutes: int = 0  # simulated time the action takes
    points: dict[str, int] = field(default_factory=dict)  # competency code -> points
    critical: bool = False  # would harm the child: fails the simulation whatever the score
    protective: bool = False  # acts on the risk: meets the response deadline if in time
    late_step: str = ""  # followed instead of next_step once the response deadline has passed


@dataclass(frozen=True)
class Step:
    key: str
    kind: StepKind
    title: str
    text: str = ""  # HTML: the situation, or the decision's prompt, or the outcome
    options: tuple[Option, ...] = ()  # decision: 2-5; situation: one (continue); end: none
    risk_level: str = ""  # the case's true risk from this step on; "" leaves it unchanged
    asks_risk: bool = False  # decision: the trainee also sets the risk level and response time
    # asks_risk: the levels that earn full marks, a run such as (medium, high) for a borderline
    # case; empty keys the case's true risk alone. Outside a range earns nothing, outside an
    # exact key loses the points.
    risk_accepted: tuple[str, ...] = ()
    risk_adjacent_half: bool = False  # a range: a level next to it earns half the points
    facilitator_reviews: bool = False  # decision: scored by the facilitator, not automatically
    debrief: str = ""  # end: what a facilitator draws out in the debrief
    harmful: bool = False  # end: the child came to harm; the simulation is not passed
    image_url: str = ""
    image_alt: str = ""
    audio_url: str = ""
    document_url: str = ""
    document_title: str = ""

    @property
    def links(self) -> list[str]:
        return [
            key for option in self.options for key in (option.next_step, option.late_step) if key
        ]


@dataclass(frozen=True)
class Graph:
    """Everything an attempt needs, frozen at its start (the snapshot)."""

    steps: tuple[Step, ...]
    initial_risk: str = RiskLevel.MEDIUM
    # Minutes to respond per risk level (settings); a level without an entry has no deadline.
    deadlines: dict[str, int] = field(default_factory=dict)
    risk_points: int = 5  # for each correct risk level and response time (minus when wrong)
    risk_competency: str = ""  # the competency those points count towards

    @property
    def start(self) -> str:
        return self.steps[0].key if self.steps else ""

    def step(self, key: str) -> Step:
        return next(step for step in self.steps if step.key == key)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Graph:
        steps = tuple(
            Step(
                **{
                    **step,
                    "kind": StepKind(step["kind"]),
                    "options": tuple(Option(**option) for option in step["options"]),
                    "risk_accepted": tuple(step.get("risk_accepted", ())),
                }
            )
            for step in data["steps"]
        )
        return cls(**{**data, "steps": steps})


# --- Validation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GraphProblem:
    step: str  # the step's key, or "" for the whole simulation
    message: str

    def __str__(self):
        return _("Step %(step)s: %(message)s") % vars(self) if self.step else self.message


def graph_problems(graph: Graph) -> list[GraphProblem]:
    """Every reason the graph cannot be played from start to an end, each named by its step."""
    if not graph.steps:
        return [GraphProblem("", _("Add at least one step: the first step is where it starts."))]
    problems = []
    keys = [step.key for step in graph.steps]
    for key in sorted({key for key in keys if keys.count(key) > 1}):
        problems.append(GraphProblem(key, _("two steps have this name; names must be unique.")))
    known = set(keys)
    for step in graph.steps:
        problems.extend(_step_shape_problems(step))
        for target in step.links:
            if target not in known:
                problems.append(
                    GraphProblem(
                        step.key,
                        _("links to %(target)s, which does not exist.") % {"target": target},
                    )
                )
    if not any(step.kind == StepKind.END for step in graph.steps):
        problems.append(GraphProblem("", _("Add an end step: every path must reach an outcome.")))
    links = {step.key: [t for t in step.links if t in known] for step in graph.steps}
    reachable = _reachable({graph.start}, links)
    for step in graph.steps:
        if step.key not in reachable:
            problems.append(GraphProblem(step.key, _("cannot be reached from the start.")))
    reverse = {key: [] for key in known}
    for source, targets in links.items():
        for target in targets:
            reverse[target].append(source)
    ends = {step.key for step in graph.steps if step.kind == StepKind.END}
    reaches_end = _reachable(ends, reverse)
    for step in graph.steps:
        if step.key in reachable and step.key not in reaches_end and step.kind != StepKind.END:
            if step.key in _reachable(set(links[step.key]), links):
                message = _("its paths loop back without ever reaching an end step.")
            elif links[step.key]:
                message = _("every path from here runs into a step that leads nowhere.")
            else:
                message = _("leads nowhere: it needs an option with a next step.")
            problems.append(GraphProblem(step.key, message))
    return problems


def translation_problems(source: Graph, translation: Graph) -> list[GraphProblem]:
    """A translation keeps its source's graph: the same steps in the same order, the same
    options leading to the same steps, with the same scores. Only the words change, so attempts
    in any language are reported together, option by option."""
    problems = []
    source_keys = [step.key for step in source.steps]
    if source_keys != [step.key for step in translation.steps]:
        return [
            GraphProblem(
                "",
                _("A translation keeps the source's steps in the same order: %(keys)s.")
                % {"keys": ", ".join(source_keys)},
            )
        ]
    for original, translated in zip(source.steps, translation.steps, strict=True):
        same = (
            _risk_key(original) == _risk_key(translated)
            and original.kind == translated.kind
            and [
                (o.next_step, o.late_step, o.points, o.critical, o.protective, o.minutes)
                for o in original.options
            ]
            == [
                (o.next_step, o.late_step, o.points, o.critical, o.protective, o.minutes)
                for o in translated.options
            ]
        )
        if not same or original.risk_level != translated.risk_level:
            problems.append(
                GraphProblem(
                    original.key,
                    _(
                        "differs from the source in its kind, options, links or scores; "
                        "a translation changes only the words."
                    ),
                )
            )
    return problems


def _risk_key(step: Step) -> tuple:
    return (set(step.risk_accepted), step.risk_adjacent_half, step.facilitator_reviews)


def _step_shape_problems(step: Step) -> Iterable[GraphProblem]:
    if not step.key.strip():
        yield GraphProblem("?", _("a step has no name."))
    if step.kind == StepKind.DECISION and not MIN_OPTIONS <= len(step.options) <= MAX_OPTIONS:
        yield GraphProblem(
            step.key,
            _("a decision needs %(min)s to %(max)s options.")
            % {"min": MIN_OPTIONS, "max": MAX_OPTIONS},
        )
    if step.kind == StepKind.END and step.options:
        yield GraphProblem(step.key, _("an end step has no options."))
    if step.kind == StepKind.SITUATION and len(step.options) != 1:
        yield GraphProblem(step.key, _("a situation continues to exactly one next step."))
    for option in step.options:
        if not option.next_step:
            yield GraphProblem(step.key, _("an option has no next step."))
    if step.risk_level and step.risk_level not in RISK_ORDER:
        yield GraphProblem(step.key, _("the risk level is not one of high, medium, low or none."))
    yield from _risk_key_problems(step)


def _risk_key_problems(step: Step) -> Iterable[GraphProblem]:
    keyed = step.risk_accepted or step.risk_adjacent_half
    if step.facilitator_reviews and step.kind != StepKind.DECISION:
        yield GraphProblem(step.key, _("only a decision can be left to the facilitator."))
    if keyed and not (step.kind == StepKind.DECISION and step.asks_risk):
        yield GraphProblem(
            step.key, _("accepted risk levels need a decision that asks for the risk level.")
        )
    if any(level not in RISK_ORDER for level in step.risk_accepted):
        yield GraphProblem(
            step.key, _("an accepted risk level is not one of high, medium, low or none.")
        )
    elif step.risk_accepted:
        positions = sorted({RISK_ORDER.index(level) for level in step.risk_accepted})
        if positions != list(range(positions[0], positions[-1] + 1)):
            yield GraphProblem(
                step.key,
                _("the accepted risk levels must be a range, such as medium to high."),
            )
    if step.risk_adjacent_half and not step.risk_accepted:
        yield GraphProblem(
            step.key, _("half marks next to the range need a range of accepted risk levels.")
        )


def _reachable(starts: set[str], links: dict[str, list[str]]) -> set[str]:
    seen, todo = set(), [key for key in starts if key in links]
    while todo:
        key = todo.pop()
        if key not in seen:
            seen.add(key)
            todo.extend(links.get(key, []))
    return seen


# --- Playing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseState:
    step: str
    clock: int = 0  # simulated minutes since first contact
    risk: str = RiskLevel.MEDIUM  # the case's true risk level
    risk_since: int = 0  # clock when the risk was last set
    acted: bool = False  # a protective action was taken in time since then
    ended: bool = False  # the step is an end step: the outcome


def response_deadline(graph: Graph, state: CaseState) -> int | None:
    """The clock time by which the case needs a protective action, if it still does."""
    minutes = graph.deadlines.get(state.risk)
    if minutes is None or state.acted:
        return None
    return state.risk_since + minutes


def state_start(graph: Graph) -> CaseState:
    state = _enter(graph, CaseState(step="", risk=graph.initial_risk), graph.start)
    return replace(state, ended=graph.step(graph.start).kind == StepKind.END)


def _enter(graph: Graph, state: CaseState, key: str) -> CaseState:
    step = graph.step(key)
    state = replace(state, step=key)
    if step.risk_level and step.risk_level != state.risk:
        state = replace(state, risk=step.risk_level, risk_since=state.clock, acted=False)
    return state


@dataclass(frozen=True)
class Choice:
    """What the trainee sent for the current step."""

    option: int  # index into the step's options
    risk: str = ""  # asks_risk steps: the level they set
    response_minutes: int | None = None  # asks_risk steps: the response time they set


class InvalidChoice(ValueError):
    """The choice does not belong to the current step; nothing changes."""


@dataclass(frozen=True)
class Move:
    step: str
    option: int
    points: dict[str, int]  # earned, per competency
    available: dict[str, int]  # the most the step offered, per competency
    critical: bool
    late: bool  # the response deadline had passed: the late branch was followed
    risk_correct: bool | None  # None when the step did not ask, or the facilitator reviews it
    response_correct: bool | None
    state: CaseState  # after the move
    harmful_outcome: bool = False  # the move reached an end where the child came to harm
    for_review: bool = False  # the facilitator scores this decision: no points either way


def move_make(graph: Graph, state: CaseState, choice: Choice) -> Move:
    """Apply the trainee's choice at the current step."""
    if state.ended:
        raise InvalidChoice(_("This simulation has ended."))
    step = graph.step(state.step)
    if not 0 <= choice.option < len(step.options):
        raise InvalidChoice(_("That choice is not one of this step's options."))
    option = step.options[choice.option]
    points, available = dict(option.points), step_available_points(graph, step)
    risk_correct = response_correct = None
    if step.kind == StepKind.DECISION and step.asks_risk:
        if choice.risk not in RISK_ORDER:
            raise InvalidChoice(_("Set the case's risk level."))
        if not step.facilitator_reviews:
            level_points = risk_answer_points(step, state.risk, choice.risk, graph.risk_points)
            response_points = response_answer_points(
                graph, step, state.risk, choice.response_minutes
            )
            risk_correct = level_points == graph.risk_points
            response_correct = response_points == graph.risk_points
            if graph.risk_competency:
                code = graph.risk_competency
                points[code] = points.get(code, 0) + level_points + response_points
    if step.facilitator_reviews:
        points = {}
    deadline = response_deadline(graph, state)
    clock = state.clock + option.minutes
    late = deadline is not None and clock > deadline
    # A protective action lifts the deadline even when it comes late (the move is still late).
    after = replace(state, clock=clock, acted=state.acted or option.protective)
    target = option.late_step if late and option.late_step else option.next_step
    after = _enter(graph, after, target)
    reached = graph.step(target)
    after = replace(after, ended=reached.kind == StepKind.END)
    return Move(
        step=step.key,
        option=choice.option,
        points=points,
        available=available,
        critical=option.critical,
        late=late,
        harmful_outcome=reached.kind == StepKind.END and reached.harmful,
        risk_correct=risk_correct,
        response_correct=response_correct,
        state=after,
        for_review=step.facilitator_reviews,
    )


def risk_answer_points(step: Step, true_risk: str, level: str, risk_points: int) -> int:
    """What a risk level the trainee set earns at a step that asks for it.

    An accepted level earns the full points. With an exact key (the case's true risk), any other
    level loses them; with a range, a level next to it earns half where the author allows it,
    and any other level earns nothing."""
    accepted = step.risk_accepted or (true_risk,)
    if level in accepted:
        return risk_points
    if not step.risk_accepted:
        return -risk_points
    if step.risk_adjacent_half and level in RISK_ORDER:
        positions = [RISK_ORDER.index(accepted_level) for accepted_level in accepted]
        if min(abs(RISK_ORDER.index(level) - position) for position in positions) == 1:
            return risk_points // 2
    return 0


def response_answer_points(
    graph: Graph, step: Step, true_risk: str, response_minutes: int | None
) -> int:
    """What a response time earns: as much as the best level it is the deadline of."""
    levels = [level for level in RISK_ORDER if graph.deadlines.get(level) == response_minutes]
    if not levels:
        return risk_answer_points(step, true_risk, "", graph.risk_points)
    return max(risk_answer_points(step, true_risk, level, graph.risk_points) for level in levels)


def step_available_points(graph: Graph, step: Step) -> dict[str, int]:
    """The most each competency could earn at a step: its best option (and the risk answers).

    Nothing, where the facilitator scores the step."""
    available: dict[str, int] = {}
    if step.facilitator_reviews:
        return available
    for option in step.options:
        for code, points in option.points.items():
            available[code] = max(available.get(code, 0), points)
    if step.kind == StepKind.DECISION and step.asks_risk and graph.risk_competency:
        code = graph.risk_competency
        available[code] = available.get(code, 0) + 2 * graph.risk_points
    return {code: points for code, points in available.items() if points > 0}


# --- Scoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassRule:
    overall_percent: int = 60
    competency_percent: dict[str, int] = field(default_factory=dict)  # code -> minimum


@dataclass(frozen=True)
class CompetencyScore:
    code: str
    points: int
    available: int

    @property
    def percent(self) -> Decimal:
        return _percent(self.points, self.available)


@dataclass(frozen=True)
class SimulationResult:
    scores: tuple[CompetencyScore, ...]
    critical: bool
    passed: bool
    shortfalls: tuple[str, ...]  # competency codes below their minimum
    harmful_outcome: bool = False

    @property
    def percent(self) -> Decimal:
        return _percent(
            sum(score.points for score in self.scores),
            sum(score.available for score in self.scores),
        )


def _percent(points: int, available: int) -> Decimal:
    """Percent of the points available, never below 0 (harmful choices cost, but 0 is the floor).

    Nothing to earn counts as full marks, unless points were lost there."""
    if available <= 0:
        return Decimal(100) if points >= 0 else Decimal(0)
    value = Decimal(100) * max(points, 0) / available
    return min(value, Decimal(100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def simulation_result(moves: Iterable[Move], rule: PassRule) -> SimulationResult:
    """Score a path: per competency, the points earned of the most the decisions faced offered."""
    points: dict[str, int] = {}
    available: dict[str, int] = {}
    critical = harmed = False
    for move in moves:
        critical = critical or move.critical
        harmed = harmed or move.harmful_outcome
        for code, value in move.points.items():
            points[code] = points.get(code, 0) + value
        for code, value in move.available.items():
            available[code] = available.get(code, 0) + value
    codes = sorted(set(points) | set(available))
    scores = tuple(
        CompetencyScore(code, points.get(code, 0), available.get(code, 0)) for code in codes
    )
    by_code = {score.code: score for score in scores}
    shortfalls = tuple(
        code
        for code, minimum in sorted(rule.competency_percent.items())
        if code in by_code and by_code[code].percent < minimum
    )
    result = SimulationResult(
        scores=scores,
        critical=critical,
        passed=False,
        shortfalls=shortfalls,
        harmful_outcome=harmed,
    )
    passed = (
        not critical and not harmed and not shortfalls and result.percent >= rule.overall_percent
    )
    return replace(result, passed=passed)


def moves_replay(graph: Graph, choices: Iterable[Choice]) -> list[Move]:
    """Replay recorded choices from the start: the server's one way to rebuild an attempt."""
    state, moves = state_start(graph), []
    for choice in choices:
        move = move_make(graph, state, choice)
        moves.append(move)
        state = move.state
    return moves
