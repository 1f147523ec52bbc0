"""Live class: a case simulation run with the whole room, each decision put to the trainees' vote.

The run's state lives here, in the database, so any app server answers any phone: the steps the
class reached (the last one is where it is now), whether each step's vote is closed and which
option the class followed, and every trainee's vote. The case clock and risk are replayed from
the followed options through the simulation's pure rules.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from courses.cohorts.models import Cohort, CohortSession
from quizzes.simulations.models import Simulation
from quizzes.simulations.rules import Choice, Graph, PassRule


class LiveRunQuerySet(models.QuerySet):
    def running(self):
        """Runs not finished whose join code has not expired."""
        return self.filter(finished_at__isnull=True, expires_at__gt=timezone.now())


class LiveRun(models.Model):
    """A simulation played live by a cohort: projected by its facilitator, voted on by phones."""

    simulation = models.ForeignKey(Simulation, on_delete=models.PROTECT, related_name="live_runs")
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="live_runs")
    session = models.ForeignKey(
        CohortSession, on_delete=models.SET_NULL, null=True, blank=True, related_name="live_runs"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    code = models.CharField(max_length=5)  # the join code, valid while the run is running
    # Language code -> the simulation's snapshot in it (Simulation.snapshot): each trainee reads
    # the case in their own language; translations keep the graph, so the votes add up.
    snapshots = models.JSONField()
    default_language = models.CharField(max_length=10)
    paused = models.BooleanField(default=False)
    started_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()  # the join code stops working then, if not finished
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = LiveRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(finished_at__isnull=True),
                name="live_code_unique_while_running",
            ),
            models.UniqueConstraint(
                fields=["cohort", "simulation"],
                condition=Q(finished_at__isnull=True),
                name="one_live_run_per_cohort_and_simulation",
            ),
        ]

    def __str__(self):
        return f"{self.simulation} · {self.cohort} ({self.code})"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    def snapshot(self, language: str) -> dict:
        return self.snapshots.get(language) or self.snapshots[self.default_language]

    def graph(self, language: str = "") -> Graph:
        return Graph.from_json(self.snapshot(language or self.default_language)["graph"])

    def pass_rule(self) -> PassRule:
        return PassRule(**self.snapshots[self.default_language]["pass_rule"])


class LiveStep(models.Model):
    """A step the class reached, in order. A decision's vote is open until `closed_at`; the
    option the class then followed leads to the next step."""

    run = models.ForeignKey(LiveRun, on_delete=models.CASCADE, related_name="steps")
    sequence = models.PositiveSmallIntegerField()
    step_key = models.CharField(max_length=30)
    opened_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)  # the vote closed
    followed_option = models.PositiveSmallIntegerField(null=True, blank=True)
    followed_risk = models.CharField(max_length=10, blank=True)
    followed_response_minutes = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        # By the run's id, not the run: ordering by the run would join its table into a vote's
        # SELECT ... FOR UPDATE and lock the run's row too.
        ordering = ["run_id", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["run", "sequence"], name="live_step_sequence_unique"),
            models.CheckConstraint(
                condition=Q(followed_option__isnull=True) | Q(closed_at__isnull=False),
                name="live_step_followed_after_closing",
            ),
        ]

    def __str__(self):
        return f"{self.run_id}: {self.sequence}. {self.step_key}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def followed_choice(self) -> Choice:
        return Choice(
            option=self.followed_option,
            risk=self.followed_risk,
            response_minutes=self.followed_response_minutes,
        )


class LiveVote(models.Model):
    """A trainee's vote at a step: their record of the session, not a graded attempt. A new vote
    replaces theirs until the vote closes."""

    step = models.ForeignKey(LiveStep, on_delete=models.CASCADE, related_name="votes")
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_votes"
    )
    option_index = models.PositiveSmallIntegerField()
    risk_level = models.CharField(max_length=10, blank=True)
    response_minutes = models.PositiveIntegerField(null=True, blank=True)
    cast_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["step", "trainee"], name="one_live_vote_per_trainee_per_step"
            ),
        ]

    def __str__(self):
        return f"{self.trainee_id} at {self.step}: {self.option_index}"

    @property
    def choice(self) -> Choice:
        return Choice(
            option=self.option_index, risk=self.risk_level, response_minutes=self.response_minutes
        )
