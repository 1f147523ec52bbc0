"""Certificate eligibility: pure rules over the evidence of one enrolment. No database.

Each criterion is met, not met (the learner has something to do) or waiting (on someone else
or on time: a session not yet held, an answer not yet marked, a facilitator's sign-off).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from django.utils.translation import gettext as _

from lms.core.text import isolate


class CriterionState(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    WAITING = "waiting"


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    state: CriterionState
    evidence: str


@dataclass(frozen=True)
class SimulationEvidence:
    title: str
    passed: bool  # passed at least once without a critical error
    attempted: bool


@dataclass(frozen=True)
class SignoffEvidence:
    competency: str
    signed_by: str  # "" when not signed off yet


@dataclass(frozen=True)
class Evidence:
    """Everything the certificate rules read about one enrolment."""

    min_attendance: int  # percent of the planned session days
    sessions_planned: int
    sessions_held: int
    sessions_attended: int
    requires_every_day: bool
    days_total: int
    days_completed: int
    pass_mark: int
    post_test_exists: bool
    post_test_percent: Decimal | None
    post_test_awaiting_marking: bool
    requires_simulations: bool
    simulations: tuple[SimulationEvidence, ...] = ()
    signoffs: tuple[SignoffEvidence, ...] = field(default_factory=tuple)


def certificate_checklist(evidence: Evidence) -> list[Criterion]:
    """Every criterion of the course's certificate, with its evidence and state."""
    checklist = [_attendance(evidence)]
    if evidence.requires_every_day:
        checklist.append(_days(evidence))
    if evidence.post_test_exists:
        checklist.append(_post_test(evidence))
    if evidence.requires_simulations:
        checklist.extend(_simulation(simulation) for simulation in evidence.simulations)
    checklist.extend(_signoff(signoff) for signoff in evidence.signoffs)
    return checklist


def checklist_met(checklist: list[Criterion]) -> bool:
    return all(criterion.state == CriterionState.MET for criterion in checklist)


def _attendance(evidence: Evidence) -> Criterion:
    planned = evidence.sessions_planned
    needed = -(-evidence.min_attendance * planned // 100)  # ceiling: whole days
    still_to_hold = planned - evidence.sessions_held
    if evidence.sessions_attended >= needed:
        state = CriterionState.MET
    elif evidence.sessions_attended + still_to_hold >= needed:
        state = CriterionState.WAITING
    else:
        state = CriterionState.NOT_MET
    return Criterion(
        "attendance",
        _("Attendance of at least %(percent)s%% of the face-to-face days")
        % {"percent": evidence.min_attendance},
        state,
        _("%(attended)s of %(planned)s days attended (%(needed)s needed); %(held)s held so far")
        % {
            "attended": evidence.sessions_attended,
            "planned": planned,
            "needed": needed,
            "held": evidence.sessions_held,
        },
    )


def _days(evidence: Evidence) -> Criterion:
    done = evidence.days_total > 0 and evidence.days_completed >= evidence.days_total
    return Criterion(
        "days",
        _("Every day of the course completed"),
        CriterionState.MET if done else CriterionState.NOT_MET,
        _("%(done)s of %(total)s days completed")
        % {"done": evidence.days_completed, "total": evidence.days_total},
    )


def _post_test(evidence: Evidence) -> Criterion:
    label = _("Post-test passed with at least %(mark)s%%") % {"mark": evidence.pass_mark}
    if evidence.post_test_awaiting_marking:
        return Criterion(
            "post_test", label, CriterionState.WAITING, _("Written answers await marking")
        )
    if evidence.post_test_percent is None:
        return Criterion("post_test", label, CriterionState.NOT_MET, _("Not taken yet"))
    passed = evidence.post_test_percent >= evidence.pass_mark
    return Criterion(
        "post_test",
        label,
        CriterionState.MET if passed else CriterionState.NOT_MET,
        _("Grade: %(percent)s%%") % {"percent": _percent_shown(evidence.post_test_percent)},
    )


def _percent_shown(percent: Decimal) -> str:
    """A grade to one decimal, rounded down: 69.96% never reads as the pass mark of 70%."""
    shown = f"{percent.quantize(Decimal('0.1'), rounding=ROUND_DOWN):f}"
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def _simulation(simulation: SimulationEvidence) -> Criterion:
    if simulation.passed:
        state, evidence = CriterionState.MET, _("Passed")
    elif simulation.attempted:
        state, evidence = CriterionState.NOT_MET, _("Not passed yet")
    else:
        state, evidence = CriterionState.NOT_MET, _("Not played yet")
    return Criterion(
        "simulation",
        _("Case simulation passed without a critical error: %(title)s")
        % {"title": isolate(simulation.title)},
        state,
        evidence,
    )


def _signoff(signoff: SignoffEvidence) -> Criterion:
    return Criterion(
        "signoff",
        _("Facilitator's sign-off: %(competency)s") % {"competency": isolate(signoff.competency)},
        CriterionState.MET if signoff.signed_by else CriterionState.WAITING,
        _("Signed off by %(name)s") % {"name": isolate(signoff.signed_by)}
        if signoff.signed_by
        else _("Awaiting a facilitator"),
    )


def hours_attended(*, course_hours: int, days_planned: int, days_attended: int) -> int | None:
    """The course's hours shared evenly over its session days, for the days attended; None for a
    course with no session days, where attendance says nothing."""
    if days_planned <= 0:
        return None
    return round(course_hours * min(days_attended, days_planned) / days_planned)
