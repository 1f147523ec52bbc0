"""Reads of a live run for the projector, the phones and the debrief, each in a fixed number of
queries whatever the class size."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from quizzes.simulations.models import RISK_LEVEL_LABELS, Competency
from quizzes.simulations.presenters import response_time_choices
from quizzes.simulations.rules import (
    CaseState,
    Graph,
    SimulationResult,
    Step,
    StepKind,
    moves_replay,
    response_deadline,
    simulation_result,
)

from .models import LiveRun, LiveStep, LiveVote
from .rules import Tally, case_states, response_value, votes_tally


@dataclass
class StepRead:
    """A step the class reached: the step in the reader's language, its votes' split, the case
    as it stood when the class arrived, and the option followed (if any)."""

    live: LiveStep
    step: Step
    tally: Tally | None
    state: CaseState

    @property
    def is_decision(self) -> bool:
        return self.step.kind == StepKind.DECISION

    @property
    def followed(self):
        index = self.live.followed_option
        return None if index is None else self.step.options[index]

    @property
    def rows(self) -> list[dict]:
        """Each option with its votes, for the split."""
        tally = self.tally
        return [
            {
                "index": index,
                "letter": "ABCDE"[index],
                "option": option,
                "votes": tally.options[index] if tally else 0,
                "percent": tally.percent(index) if tally else 0,
                "majority": tally is not None and tally.majority == index,
                "followed": self.live.followed_option == index,
            }
            for index, option in enumerate(self.step.options)
        ]

    @property
    def risk_rows(self) -> list[dict]:
        if not (self.tally and self.step.asks_risk):
            return []
        return [
            {"value": value, "label": label, "votes": self.tally.risks.get(value, 0)}
            for value, label in RISK_LEVEL_LABELS.items()
        ]


@dataclass
class RunRead:
    run: LiveRun
    language: str  # the language of the case's text as read
    graph: Graph
    steps: list[StepRead]
    trainees: int  # the cohort's trainees who may vote
    response_times: list[tuple[str, str]]
    scores: list[dict] = field(default_factory=list)  # competency points, once at an outcome
    result: SimulationResult | None = None

    @property
    def title(self) -> str:
        return self.run.snapshot(self.language)["title"]

    @property
    def current(self) -> StepRead:
        return self.steps[-1]

    @property
    def path(self) -> list[StepRead]:
        return [step for step in self.steps if step.live.followed_option is not None]

    @property
    def at_outcome(self) -> bool:
        return self.current.step.kind == StepKind.END

    @property
    def risk_shown(self) -> bool:
        """The case's risk and deadline stay hidden while the class is voting on them."""
        current = self.current
        return not (current.is_decision and current.step.asks_risk and current.live.is_open)

    @property
    def deadline_in(self) -> int | None:
        """Simulated minutes left to act on the risk, or None with no deadline running."""
        deadline = response_deadline(self.graph, self.current.state)
        return None if deadline is None else deadline - self.current.state.clock

    @property
    def risk_label(self) -> str:
        return RISK_LEVEL_LABELS.get(self.current.state.risk, "")

    def response_label(self, minutes) -> str:
        return dict(self.response_times).get(response_value(minutes), "")


def run_read(run: LiveRun, language: str = "") -> RunRead:
    """The run as it stands, in `language` (the run's own when it has no such translation)."""
    language = language if language in run.snapshots else run.default_language
    graph = run.graph(language)
    live_steps = list(run.steps.order_by("sequence"))
    votes: dict[int, list] = {step.pk: [] for step in live_steps}
    for vote in LiveVote.objects.filter(step__run=run).only(
        "step_id", "option_index", "risk_level", "response_minutes"
    ):
        votes[vote.step_id].append(vote.choice)
    followed = [step.followed_choice for step in live_steps if step.followed_option is not None]
    states = case_states(graph, followed, len(live_steps))
    steps = []
    for live, state in zip(live_steps, states, strict=True):
        step = graph.step(live.step_key)
        tally = votes_tally(step, votes[live.pk]) if step.kind == StepKind.DECISION else None
        steps.append(StepRead(live=live, step=step, tally=tally, state=state))
    read = RunRead(
        run=run,
        language=language,
        graph=graph,
        steps=steps,
        trainees=run.cohort.enrolments.exclude(status="withdrawn").count(),
        response_times=response_time_choices(graph),
    )
    if read.at_outcome:
        read.result = simulation_result(moves_replay(graph, followed), run.pass_rule())
        names = Competency.objects.in_bulk([s.code for s in read.result.scores], field_name="code")
        read.scores = [
            {
                "name": names[score.code].localized_name if score.code in names else score.code,
                "points": score.points,
                "available": score.available,
                "percent": round(score.percent),
            }
            for score in read.result.scores
        ]
    return read


@dataclass(frozen=True)
class VoteRead:
    """A trainee's vote as read back: the option's letter and text, and the risk answers."""

    letter: str
    text: str
    risk: str
    response: str


def votes_read(read: RunRead, votes: dict[int, LiveVote]) -> list[tuple[StepRead, VoteRead | None]]:
    """Each decision step the class reached, with the vote of `votes` (by step row) there."""
    rows = []
    for step in read.steps:
        if not step.is_decision:
            continue
        vote = votes.get(step.live.pk)
        rows.append(
            (
                step,
                vote
                and VoteRead(
                    letter="ABCDE"[vote.option_index],
                    text=step.step.options[vote.option_index].text,
                    risk=str(RISK_LEVEL_LABELS.get(vote.risk_level, "")),
                    response=read.response_label(vote.response_minutes)
                    if step.step.asks_risk
                    else "",
                ),
            )
        )
    return rows


def trainee_votes(run: LiveRun, trainee) -> dict[int, LiveVote]:
    """A trainee's votes in the run, by step row."""
    return {vote.step_id: vote for vote in LiveVote.objects.filter(step__run=run, trainee=trainee)}


def votes_by_trainee(run: LiveRun) -> list[tuple]:
    """Every trainee who voted, with their vote per step row: the facilitator's record."""
    by_trainee: dict[int, dict[int, LiveVote]] = {}
    for vote in LiveVote.objects.filter(step__run=run):
        by_trainee.setdefault(vote.trainee_id, {})[vote.step_id] = vote
    people = get_user_model().objects.in_bulk(list(by_trainee))
    return sorted(
        ((people[pk], votes) for pk, votes in by_trainee.items()),
        key=lambda row: row[0].full_name,
    )
