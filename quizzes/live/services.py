"""Writes of a live class: start, join, vote, close the vote, follow an option, pause, step back
and finish. Each checks who may act (lms.accounts.roles) and announces the change to the pollers.

Concurrency: a vote locks its step's row, so a vote and the closing of that vote are ordered (a
vote that comes after the close is refused); a trainee's votes are one row, written with
INSERT ... ON CONFLICT, so two taps at once leave one vote. The facilitator's actions lock the
run's row, so a double click acts once on the step it was meant for.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from lms.accounts.roles import can_join_live_class, can_run_cohort
from lms.core.permissions import ActionDenied
from quizzes.simulations.models import Simulation
from quizzes.simulations.presenters import response_time_choices
from quizzes.simulations.rules import Choice, InvalidChoice, StepKind, move_make

from .changes import change_announce
from .models import LiveRun, LiveStep, LiveVote
from .rules import ballot_check, case_state, join_code_new, join_code_normalise

RUN_LASTS = datetime.timedelta(hours=12)  # a run left open stops taking joins and votes then
CODE_TRIES = 20


class LiveRefused(Exception):
    """The action cannot be taken now; the message says why."""


class LiveRunDenied(ActionDenied):
    message = gettext_lazy(
        "Only the cohort's facilitators, the Commission and administrators run its live class."
    )


class LiveJoinDenied(ActionDenied):
    message = gettext_lazy("Only the trainees of this cohort join its live class.")


def _snapshots(simulation: Simulation) -> dict[str, dict]:
    """The simulation's snapshot in each language it is published in (at least its own)."""
    translations = Simulation.objects.filter(
        translation_key=simulation.translation_key, live=True
    ).select_related("locale")
    snapshots = {item.locale.language_code: item.snapshot() for item in translations}
    snapshots.setdefault(simulation.locale.language_code, simulation.snapshot())
    return snapshots


def live_run_start(*, simulation: Simulation, cohort, by, session=None) -> LiveRun:
    """Start a live run of the simulation for the cohort, or return the one already running."""
    LiveRunDenied.unless(can_run_cohort(by, cohort))
    simulation = simulation.get_translation_or_none(Locale.get_default()) or simulation
    if not simulation.live:
        raise LiveRefused(_("This simulation is not published yet."))
    running = LiveRun.objects.filter(cohort=cohort, simulation=simulation, finished_at=None)
    current = running.first()
    if current and current.expires_at > timezone.now():
        return current
    if current:  # left open past its time: it ends, and its code with it
        running.update(finished_at=current.expires_at)
    snapshots = _snapshots(simulation)
    graph_start = simulation.graph().start
    for _attempt in range(CODE_TRIES):
        try:
            with transaction.atomic():
                run = LiveRun.objects.create(
                    simulation=simulation,
                    cohort=cohort,
                    session=session,
                    facilitator=by,
                    code=join_code_new(),
                    snapshots=snapshots,
                    default_language=simulation.locale.language_code,
                    expires_at=timezone.now() + RUN_LASTS,
                )
                LiveStep.objects.create(run=run, sequence=1, step_key=graph_start)
                return run
        except IntegrityError:  # the code is in use, or another start won the race
            current = running.first()
            if current:
                return current
    raise LiveRefused(_("No join code is free just now; try again."))


def live_run_join(*, code: str, trainee) -> LiveRun:
    """The running run a trainee's code opens; asked again on each visit, so a phone that slept
    re-joins the run where it is."""
    run = (
        LiveRun.objects.running()
        .select_related("cohort", "simulation")
        .filter(code=join_code_normalise(code))
        .first()
    )
    if run is None:
        raise LiveRefused(
            _(
                "No live class runs with this code. Check it with your facilitator: it ends with the run."
            )
        )
    LiveJoinDenied.unless(can_join_live_class(trainee, run.cohort))
    return run


def live_vote_cast(*, run: LiveRun, trainee, sequence: int, choice: Choice) -> LiveVote:
    """Record the trainee's vote at the current step, replacing theirs until the vote closes."""
    LiveJoinDenied.unless(can_join_live_class(trainee, run.cohort))
    if run.is_finished or run.expires_at <= timezone.now():
        raise LiveRefused(_("This live class has ended."))
    if run.paused:
        raise LiveRefused(_("The class is paused: vote when it goes on."))
    with transaction.atomic():
        step = (
            LiveStep.objects.select_for_update(of=("self",))
            .filter(run=run, sequence=sequence, followed_option=None)
            .first()
        )
        if step is None or not step.is_open:
            raise LiveRefused(_("This vote has closed; your vote is kept as it was."))
        graph = run.graph()
        try:
            ballot_check(graph.step(step.step_key), choice, _response_minutes(graph))
        except InvalidChoice as problem:
            raise LiveRefused(str(problem)) from problem
        LiveVote.objects.bulk_create(
            [
                LiveVote(
                    step=step,
                    trainee=trainee,
                    option_index=choice.option,
                    risk_level=choice.risk,
                    response_minutes=choice.response_minutes,
                    cast_at=timezone.now(),
                )
            ],
            update_conflicts=True,
            unique_fields=["step", "trainee"],
            update_fields=["option_index", "risk_level", "response_minutes", "cast_at"],
        )
        change_announce(run.pk, state=False, votes=True)
    return LiveVote.objects.get(step=step, trainee=trainee)


def _response_minutes(graph) -> set[int | None]:
    return {int(value) if value else None for value, _label in response_time_choices(graph)}


def _current_step(run: LiveRun, by) -> tuple[LiveRun, LiveStep]:
    """Lock the run for a facilitator's action, then its current step (after the votes being
    cast there), and return both."""
    LiveRunDenied.unless(can_run_cohort(by, run.cohort))
    run = LiveRun.objects.select_for_update().get(pk=run.pk)
    if run.is_finished:
        raise LiveRefused(_("This live class has ended."))
    step = run.steps.select_for_update(of=("self",)).order_by("-sequence").first()
    return run, step


@transaction.atomic
def live_vote_close(*, run: LiveRun, by) -> LiveStep:
    """Close the vote at the current step: the projector shows the split."""
    run, step = _current_step(run, by)
    if run.graph().step(step.step_key).kind != StepKind.DECISION:
        raise LiveRefused(_("There is no vote at this step."))
    if step.is_open:
        step.closed_at = timezone.now()
        step.save(update_fields=["closed_at"])
        change_announce(run.pk)
    return step


@transaction.atomic
def live_run_follow(*, run: LiveRun, by, choice: Choice) -> LiveStep:
    """The class follows an option (the majority's, or another on purpose): the case moves on
    to the step it leads to. Closes the vote if it is still open."""
    run, step = _current_step(run, by)
    graph = run.graph()
    if graph.step(step.step_key).kind == StepKind.END:
        raise LiveRefused(_("The case has reached its outcome: finish to show the debrief."))
    followed = [s.followed_choice for s in run.steps.exclude(pk=step.pk).order_by("sequence")]
    try:
        move = move_make(graph, case_state(graph, followed), choice)
    except InvalidChoice as problem:
        raise LiveRefused(str(problem)) from problem
    step.closed_at = step.closed_at or timezone.now()
    step.followed_option = choice.option
    step.followed_risk = choice.risk
    step.followed_response_minutes = choice.response_minutes
    step.save(
        update_fields=[
            "closed_at",
            "followed_option",
            "followed_risk",
            "followed_response_minutes",
        ]
    )
    run.paused = False
    run.save(update_fields=["paused"])
    change_announce(run.pk)
    return LiveStep.objects.create(run=run, sequence=step.sequence + 1, step_key=move.state.step)


@transaction.atomic
def live_run_pause(*, run: LiveRun, by, paused: bool) -> LiveRun:
    """Pause the class to discuss (phones say so and take no votes), or go on."""
    run, _step = _current_step(run, by)
    run.paused = paused
    run.save(update_fields=["paused"])
    change_announce(run.pk)
    return run


@transaction.atomic
def live_run_step_back(*, run: LiveRun, by) -> LiveStep:
    """Go back to the previous step: the current one and its votes are dropped, and the class
    may follow another option there (its vote stays closed, with its split)."""
    run, step = _current_step(run, by)
    if step.sequence == 1:
        raise LiveRefused(_("This is the first step: there is nothing to go back to."))
    step.delete()
    previous = run.steps.get(sequence=step.sequence - 1)
    previous.followed_option = None
    previous.followed_risk = ""
    previous.followed_response_minutes = None
    previous.save(update_fields=["followed_option", "followed_risk", "followed_response_minutes"])
    change_announce(run.pk, votes=True)
    return previous


@transaction.atomic
def live_run_finish(*, run: LiveRun, by) -> LiveRun:
    """End the run: the join code stops working, the projector and phones show the debrief."""
    run, _step = _current_step(run, by)
    run.finished_at = timezone.now()
    run.paused = False
    run.save(update_fields=["finished_at", "paused"])
    change_announce(run.pk)
    return run
