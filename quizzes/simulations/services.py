"""Writes of case simulations: starting (or resuming) an attempt, a choice, and the debrief.

The case's state lives on the server. A choice names the step and the move number it answers,
so a replayed, skipped or forged choice is refused and changes nothing.
"""

from dataclasses import asdict

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from courses.cohorts.models import Cohort
from lms.accounts.roles import can_teach_learner
from lms.core.events import evidence_changed_announce
from lms.core.permissions import ActionDenied

from .models import Competency, Simulation, SimulationAttempt, SimulationMove, SimulationScore
from .rules import (
    Choice,
    InvalidChoice,
    PassRule,
    move_make,
    moves_replay,
    simulation_result,
    state_start,
)
from .tasks import critical_error_notify


class SimulationRefused(Exception):
    """The trainee may not start or continue; the message says why, and `code` for a script (a
    choice queued offline and sent once the connection is back reports it)."""

    code = "refused"


class SimulationEnded(SimulationRefused):
    code = "simulation_ended"


class ChoiceOutOfTurn(SimulationRefused):
    """A replayed choice, or one made at a step the case has left."""

    code = "choice_out_of_turn"


class DebriefDenied(ActionDenied):
    message = gettext_lazy(
        "Only the trainee's facilitators, the Commission and administrators debrief."
    )


def simulation_localized(simulation: Simulation) -> Simulation:
    """The live translation in the active language, else the simulation itself."""
    translation = (
        Simulation.objects.filter(
            translation_key=simulation.translation_key, locale=Locale.get_active(), live=True
        ).first()
        if simulation.live
        else None
    )
    return translation or simulation


def simulation_start(*, simulation: Simulation, learner, lesson=None) -> SimulationAttempt:
    """Resume the learner's attempt in progress, or start a new one within the attempts allowed."""
    if not simulation.live:
        raise SimulationRefused(_("This simulation is not published yet."))
    attempts = SimulationAttempt.objects.filter(simulation=simulation, learner=learner)
    in_progress = attempts.filter(finished_at__isnull=True).first()
    if in_progress:
        return in_progress
    made = attempts.count()
    if simulation.attempts_allowed is not None and made >= simulation.attempts_allowed:
        raise SimulationRefused(_("You have used all the attempts this simulation allows."))
    played = simulation_localized(simulation)
    snapshot = played.snapshot()
    state = state_start(played.graph())
    try:
        with transaction.atomic():
            return SimulationAttempt.objects.create(
                simulation=simulation,
                learner=learner,
                lesson=lesson,
                number=made + 1,
                language=played.locale.language_code,
                snapshot=snapshot,
                case_state=asdict(state),
                step_arrived_at=timezone.now(),
            )
    except IntegrityError:  # started twice at once: the other request's attempt stands
        return attempts.get(finished_at__isnull=True)


@transaction.atomic
def simulation_choose(
    *, attempt_id: int, learner, step_key: str, sequence: int, choice: Choice
) -> SimulationMove:
    """Record the trainee's choice at the current step, and finish the attempt at an end."""
    attempt = (
        SimulationAttempt.objects.select_for_update().filter(pk=attempt_id, learner=learner).first()
    )
    if attempt is None:
        raise SimulationRefused(_("There is no such simulation attempt."))
    if attempt.is_finished:
        raise SimulationEnded(_("This simulation has ended; your choices are recorded."))
    state = attempt.state
    if step_key != state.step or sequence != attempt.moves_made + 1:
        raise ChoiceOutOfTurn(
            _("That choice was already made or belongs to another step. Here is where you are.")
        )
    try:
        move = move_make(attempt.graph, state, choice)
    except InvalidChoice as problem:
        raise SimulationRefused(str(problem)) from problem
    now = timezone.now()
    recorded = SimulationMove.objects.create(
        attempt=attempt,
        sequence=sequence,
        step_key=move.step,
        option_index=move.option,
        risk_level=choice.risk,
        response_minutes=choice.response_minutes,
        risk_correct=move.risk_correct,
        response_correct=move.response_correct,
        points=move.points,
        available=move.available,
        critical=move.critical,
        late=move.late,
        for_review=move.for_review,
        clock_after=move.state.clock,
        arrived_at=min(attempt.step_arrived_at, now),
        chosen_at=now,
    )
    attempt.case_state = asdict(move.state)
    attempt.moves_made = sequence
    attempt.step_arrived_at = now
    attempt.critical_error = attempt.critical_error or move.critical
    attempt.needs_review = attempt.needs_review or move.for_review
    if move.state.ended:
        _attempt_finish(attempt, now)
    attempt.save()
    if move.state.ended:  # a finished simulation is certificate evidence
        evidence_changed_announce(learner_id=learner.pk)
    return recorded


def _attempt_finish(attempt: SimulationAttempt, now) -> None:
    result = simulation_result(
        moves_replay(attempt.graph, attempt.recorded_choices()),
        PassRule(**attempt.snapshot["pass_rule"]),
    )
    competencies = Competency.objects.in_bulk(
        [score.code for score in result.scores], field_name="code"
    )
    SimulationScore.objects.bulk_create(
        SimulationScore(
            attempt=attempt,
            competency=competencies[score.code],
            points=score.points,
            available=score.available,
        )
        for score in result.scores
        if score.code in competencies
    )
    attempt.finished_at = now
    attempt.outcome_step = attempt.state.step
    attempt.percent = result.percent
    attempt.passed = result.passed
    attempt.critical_error = result.critical
    if result.critical:
        transaction.on_commit(lambda: critical_error_notify.enqueue(attempt.pk))


def simulation_passed(*, simulation_id: int, learner) -> bool:
    return SimulationAttempt.objects.filter(
        simulation_id=simulation_id, learner=learner, passed=True
    ).exists()


def attempt_debrief(*, attempt: SimulationAttempt, by, note: str) -> SimulationAttempt:
    """A facilitator records that they debriefed this attempt with the trainee.

    `by` must teach the trainee (DebriefDenied otherwise)."""
    cohorts = Cohort.objects.filter(enrolments__learner_id=attempt.learner_id).distinct()
    DebriefDenied.unless(can_teach_learner(by, cohorts))
    attempt.debriefed_at = timezone.now()
    attempt.debriefed_by = by
    attempt.debrief_note = note
    attempt.save(update_fields=["debriefed_at", "debriefed_by", "debrief_note"])
    return attempt
