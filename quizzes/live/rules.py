"""Live class: pure rules for join codes and for counting a step's votes. No database.

A join code is read aloud in a training hall and typed on a phone: five characters from an
alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V), upper case only.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from quizzes.simulations.rules import (
    CaseState,
    Choice,
    Graph,
    InvalidChoice,
    RiskLevel,
    Step,
    StepKind,
    moves_replay,
    state_start,
)

CODE_ALPHABET = "ACDEFHJKMNPRTWXY3479"
CODE_LENGTH = 5


def join_code_new() -> str:
    """A fresh random join code, e.g. ``K7MXR``."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def join_code_normalise(text: str) -> str:
    """What a person typed, as a code: upper case, without spaces or dashes."""
    return "".join(char for char in (text or "").upper() if char not in " -\t")


def ballot_check(step: Step, choice: Choice, response_minutes: Iterable[int | None]) -> None:
    """Refuse (InvalidChoice) a vote that is not one of the step's options, or that leaves out
    the risk level or gives a response time not offered where the step asks for them."""
    if step.kind != StepKind.DECISION:
        raise InvalidChoice(_("There is nothing to vote on at this step."))
    if not 0 <= choice.option < len(step.options):
        raise InvalidChoice(_("That choice is not one of this step's options."))
    if step.asks_risk:
        if choice.risk not in RiskLevel.__members__.values():
            raise InvalidChoice(_("Set the case's risk level."))
        if choice.response_minutes not in set(response_minutes):
            raise InvalidChoice(_("Choose one of the response times."))


@dataclass(frozen=True)
class Tally:
    """How a step's votes split: per option, and per risk level and response time if asked."""

    options: tuple[int, ...]  # votes per option, in the step's order
    risks: dict[str, int]  # risk level -> votes
    responses: dict[str, int]  # response minutes as the form sends them ("": none) -> votes

    @property
    def total(self) -> int:
        return sum(self.options)

    @property
    def majority(self) -> int | None:
        """The option with the most votes; None with no votes or a tie for first place."""
        return _single_top(dict(enumerate(self.options)))

    @property
    def majority_risk(self) -> str | None:
        return _single_top(self.risks)

    @property
    def majority_response(self) -> str | None:
        return _single_top(self.responses)

    def percent(self, index: int) -> int:
        return round(100 * self.options[index] / self.total) if self.total else 0


def _single_top(counts: dict):
    ranked = Counter({key: n for key, n in counts.items() if n}).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def response_value(minutes: int | None) -> str:
    """A response time as the forms send it: minutes, or "" for no deadline."""
    return "" if minutes is None else str(minutes)


def votes_tally(step: Step, votes: Iterable[Choice]) -> Tally:
    """Count the votes of one step (each trainee's one vote)."""
    options = [0] * len(step.options)
    risks: Counter = Counter()
    responses: Counter = Counter()
    for vote in votes:
        if 0 <= vote.option < len(options):
            options[vote.option] += 1
        if step.asks_risk:
            risks[vote.risk] += 1
            responses[response_value(vote.response_minutes)] += 1
    return Tally(options=tuple(options), risks=dict(risks), responses=dict(responses))


def case_state(graph: Graph, followed: Iterable[Choice]) -> CaseState:
    """Where the case stands (step, clock, risk) after the options the class followed."""
    moves = moves_replay(graph, followed)
    return moves[-1].state if moves else state_start(graph)


def case_states(graph: Graph, followed: list[Choice], count: int) -> list[CaseState]:
    """Where the case stood at each of the run's first `count` steps: before any option was
    followed, then after each one (the last state repeats for steps not yet decided). The path
    is replayed once, however long the class has been running."""
    states = [state_start(graph)] + [move.state for move in moves_replay(graph, followed)]
    return [states[min(index, len(states) - 1)] for index in range(count)]
