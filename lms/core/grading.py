"""How one grade is chosen from a learner's several attempts at an activity: the one grading
method and the one picker that quizzes and H5P activities share. Pure: no ORM."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    AVERAGE = "average", _("Average of the attempts")
    FIRST = "first", _("First attempt")
    LAST = "last", _("Last attempt")


class GradedAttempt(Protocol):
    number: int  # attempts are numbered in the order they were made

    @property
    def percent(self) -> Decimal | None: ...

    @property
    def awaiting_marking(self) -> bool: ...


@dataclass(frozen=True)
class Grade:
    percent: Decimal | None  # None: no grade yet
    awaiting_marking: bool = False
    attempts_counted: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FinishedAttempt:
    """An attempt graded as it finished (H5P reports its own score)."""

    number: int
    percent: Decimal
    awaiting_marking: bool = False


def grade_pick(method: str, attempts: list[GradedAttempt]) -> Grade:
    """The grade of an activity from its finished attempts, by the grading method.

    First and last use that attempt: if it awaits marking there is no grade yet. Highest and
    average leave out attempts awaiting marking, and say that some do.
    """
    if not attempts:
        return Grade(percent=None)
    ordered = sorted(attempts, key=lambda attempt: attempt.number)
    pending = any(attempt.awaiting_marking for attempt in ordered)
    if method in (GradingMethod.FIRST, GradingMethod.LAST):
        chosen = ordered[0] if method == GradingMethod.FIRST else ordered[-1]
        return Grade(chosen.percent, chosen.awaiting_marking, (chosen.number,))
    graded = [attempt for attempt in ordered if not attempt.awaiting_marking]
    if not graded:
        return Grade(percent=None, awaiting_marking=True)
    if method == GradingMethod.HIGHEST:
        best = max(graded, key=lambda attempt: attempt.percent)
        return Grade(best.percent, pending, (best.number,))
    average = sum((Decimal(attempt.percent) for attempt in graded), Decimal(0)) / len(graded)
    counted = tuple(attempt.number for attempt in graded)
    return Grade(average.quantize(Decimal("0.0001")), pending, counted)
