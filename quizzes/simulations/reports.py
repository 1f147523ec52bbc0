"""Facilitators' side of case simulations: the debrief of one path, the cohort's choices per
decision, and a learner's competency profile (each in a fixed number of queries)."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from courses.cohorts.models import Cohort, Enrolment
from lms.accounts.visibility import is_staff_reader, may_see_person

from . import services
from .models import Competency, Simulation, SimulationAttempt, SimulationMove, SimulationScore
from .presenters import ScoreRow, attempt_path, attempt_scores, outcome_step
from .rules import StepKind


def _staff_only(user):
    if not is_staff_reader(user):
        raise PermissionDenied


@login_required
def attempt_debrief_view(request, attempt_id):
    """Replay one trainee's path step by step, and record that the debrief was held."""
    _staff_only(request.user)
    attempt = get_object_or_404(
        SimulationAttempt.objects.select_related("simulation", "learner", "debriefed_by"),
        pk=attempt_id,
    )
    if not may_see_person(request.user, attempt.learner_id):
        raise PermissionDenied
    if request.method == "POST":
        note = request.POST.get("note", "").strip()[:4000]
        services.attempt_debrief(attempt=attempt, by=request.user, note=note)
        messages.success(request, _("The debrief is recorded."))
        return redirect("simulations:debrief", attempt.pk)
    context = {
        "attempt": attempt,
        "snapshot": attempt.snapshot,
        "outcome": outcome_step(attempt),
        "scores": attempt_scores(attempt),
        "path": attempt_path(attempt),
    }
    return render(request, "simulations/debrief.html", context)


@dataclass
class OptionCount:
    letter: str
    text: str
    critical: bool
    chosen: int


@dataclass
class DecisionSummary:
    key: str
    title: str
    options: list[OptionCount]

    @property
    def total(self) -> int:
        return sum(option.chosen for option in self.options)


@login_required
def cohort_report(request, simulation_id, cohort_id):
    """Per decision, how many of the cohort chose each option; and whose attempts wait for a
    debrief: a critical error, or a decision the facilitator reviews."""
    _staff_only(request.user)
    cohort = get_object_or_404(Cohort.objects.visible_to(request.user), pk=cohort_id)
    simulation = get_object_or_404(Simulation, pk=simulation_id)
    learners = Enrolment.objects.filter(cohort=cohort).values("learner_id")
    attempts = SimulationAttempt.objects.filter(
        simulation=simulation, learner_id__in=learners, finished_at__isnull=False
    )
    counts = {
        (row["step_key"], row["option_index"]): row["chosen"]
        for row in SimulationMove.objects.filter(attempt__in=attempts)
        .values("step_key", "option_index")
        .annotate(chosen=Count("id"))
    }
    decisions = [
        DecisionSummary(
            key=step.key,
            title=step.title,
            options=[
                OptionCount(
                    letter="abcde"[index],
                    text=option.text,
                    critical=option.critical,
                    chosen=counts.get((step.key, index), 0),
                )
                for index, option in enumerate(step.options)
            ],
        )
        for step in simulation.graph().steps
        if step.kind == StepKind.DECISION
    ]
    summary = attempts.aggregate(
        finished=Count("id"),
        learners=Count("learner", distinct=True),
        passed=Count("learner", distinct=True, filter=Q(passed=True)),
    )
    context = {
        "cohort": cohort,
        "simulation": simulation,
        "decisions": decisions,
        "summary": summary,
        "debrief_attempts": attempts.filter(Q(critical_error=True) | Q(needs_review=True))
        .select_related("learner", "debriefed_by")
        .order_by("finished_at"),
        "recent_attempts": attempts.select_related("learner").order_by("-finished_at")[:50],
    }
    return render(request, "simulations/cohort_report.html", context)


def competency_profile(learner) -> list[ScoreRow]:
    """Per competency, the learner's points of those available, over each simulation's best
    finished attempt: the profile certification reads."""
    best = (
        SimulationAttempt.objects.filter(
            learner=OuterRef("attempt__learner"),
            simulation=OuterRef("attempt__simulation"),
            finished_at__isnull=False,
        )
        .order_by("-percent", "-finished_at")
        .values("pk")[:1]
    )
    totals = (
        SimulationScore.objects.filter(attempt__learner=learner, attempt_id=Subquery(best))
        .values("competency")
        .annotate(points=Sum("points"), available=Sum("available"))
    )
    by_competency = {row["competency"]: row for row in totals}
    return [
        ScoreRow(
            competency,
            by_competency[competency.pk]["points"],
            by_competency[competency.pk]["available"],
        )
        for competency in Competency.objects.all()
        if competency.pk in by_competency
    ]


@login_required
def learner_competencies(request, user_id):
    learner = get_object_or_404(get_user_model(), pk=user_id)
    if not may_see_person(request.user, learner.pk):
        raise PermissionDenied
    finished = SimulationAttempt.objects.filter(learner=learner, finished_at__isnull=False)
    context = {
        "learner": learner,
        "profile": competency_profile(learner),
        "simulations": finished.values("simulation__title")
        .annotate(attempts=Count("id"), passed=Count("id", filter=Q(passed=True)))
        .order_by("simulation__title"),
        "is_self": learner.pk == request.user.pk,
    }
    return render(request, "simulations/competencies.html", context)
