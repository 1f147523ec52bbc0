from dataclasses import dataclass

from django import template
from django.utils.translation import gettext as _

from quizzes.simulations.models import SimulationAttempt

register = template.Library()


@dataclass
class SimulationStatus:
    attempts: int
    open_attempt: SimulationAttempt | None
    last_finished: SimulationAttempt | None
    passed: bool
    can_start: bool


@register.simple_tag(takes_context=True)
def simulation_status(context, simulation) -> SimulationStatus | None:
    """Where the signed-in trainee stands with a simulation, and what they can do next."""
    request = context.get("request")
    if simulation is None or request is None or not request.user.is_authenticated:
        return None
    attempts = list(
        SimulationAttempt.objects.filter(simulation=simulation, learner=request.user)
        .only("pk", "finished_at", "passed", "percent", "critical_error", "number")
        .order_by("number")
    )
    finished = [attempt for attempt in attempts if attempt.is_finished]
    allowed = simulation.attempts_allowed
    return SimulationStatus(
        attempts=len(attempts),
        open_attempt=next((attempt for attempt in attempts if not attempt.is_finished), None),
        last_finished=finished[-1] if finished else None,
        passed=any(attempt.passed for attempt in finished),
        can_start=allowed is None or len(attempts) < allowed,
    )


@register.filter
def case_clock(minutes) -> str:
    """Simulated time as a person reads it: "2 days 3 h 30 min"."""
    minutes = int(minutes or 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = []
    if days:
        parts.append(_("%(n)s d") % {"n": days})
    if hours:
        parts.append(_("%(n)s h") % {"n": hours})
    if minutes or not parts:
        parts.append(_("%(n)s min") % {"n": minutes})
    return " ".join(parts)
