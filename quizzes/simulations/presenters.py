"""What the trainee and their facilitators read of an attempt: the path, step by step."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import RISK_LEVEL_LABELS, Competency, SimulationAttempt, SimulationMove
from .rules import CompetencyScore, Graph, Step, moves_replay, state_start


@dataclass
class PathRow:
    step: Step
    move: SimulationMove
    true_risk: str  # the case's risk level when the trainee was at this step

    @property
    def option(self):
        return self.step.options[self.move.option_index]

    @property
    def others(self):
        return [
            option
            for index, option in enumerate(self.step.options)
            if index != self.move.option_index
        ]

    @property
    def risk_label(self):
        return RISK_LEVEL_LABELS.get(self.move.risk_level, "")

    @property
    def true_risk_label(self):
        return RISK_LEVEL_LABELS.get(self.true_risk, "")

    @property
    def points_total(self) -> int:
        return sum(self.move.points.values())


def attempt_path(attempt: SimulationAttempt) -> list[PathRow]:
    """Every step the trainee took, with their choice, its feedback and the time they spent.

    The case's risk at each step comes from replaying the choices through the rules."""
    graph = attempt.graph
    moves = list(attempt.moves.order_by("sequence"))
    replayed = moves_replay(graph, attempt.recorded_choices(moves))
    states_before = [state_start(graph), *(move.state for move in replayed)]
    return [
        PathRow(step=graph.step(move.step_key), move=move, true_risk=state.risk)
        for move, state in zip(moves, states_before, strict=False)
    ]


@dataclass
class ScoreRow:
    competency: Competency
    points: int
    available: int

    @property
    def percent(self) -> int:
        return round(CompetencyScore(self.competency.code, self.points, self.available).percent)


def attempt_scores(attempt: SimulationAttempt) -> list[ScoreRow]:
    return [
        ScoreRow(score.competency, score.points, score.available)
        for score in attempt.scores.select_related("competency").order_by(
            "competency__sort_order", "competency__name"
        )
    ]


def outcome_step(attempt: SimulationAttempt) -> Step | None:
    if not attempt.outcome_step:
        return None
    return attempt.graph.step(attempt.outcome_step)


def response_time_choices(graph: Graph) -> list[tuple[str, str]]:
    """The response times a trainee picks from: the deadlines in force when the attempt began."""
    choices = []
    for minutes in sorted(set(graph.deadlines.values())):
        hours = minutes // 60
        if hours >= 48 and hours % 24 == 0:
            label = ngettext("within %(n)s day", "within %(n)s days", hours // 24) % {
                "n": hours // 24
            }
        else:
            label = ngettext("within %(n)s hour", "within %(n)s hours", hours) % {"n": hours}
        choices.append((str(minutes), label))
    choices.append(("", _("no deadline: no protection concern")))
    return choices
