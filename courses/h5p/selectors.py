"""Reads of H5P results: a learner's grade on an H5P block of a lesson."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import H5PAttempt
from .xapi import GradingMethod, attempts_grade


@dataclass(frozen=True)
class H5PGrade:
    percent: float | None
    attempts: int
    pass_percent: int
    method: str

    @property
    def passed(self) -> bool:
        return self.percent is not None and self.percent >= self.pass_percent

    @property
    def summary(self) -> str:
        """One line for the learner: their result, how it was worked out and whether it passes."""
        if self.percent is None:
            return _("No result yet: finish the activity to record one.")
        line = ngettext(
            "Your result: %(percent)d%% (%(method)s, %(attempts)d attempt).",
            "Your result: %(percent)d%% (%(method)s, %(attempts)d attempts).",
            self.attempts,
        ) % {
            "percent": round(self.percent),
            "method": GradingMethod(self.method).label.lower(),
            "attempts": self.attempts,
        }
        if self.passed:
            return f"{line} {_('Passed.')}"
        return f"{line} {_('The pass mark is %(mark)d%%.') % {'mark': self.pass_percent}}"


def h5p_grade(*, learner, lesson, block) -> H5PGrade:
    """The learner's grade on an H5P block of the lesson, by the block's grading method."""
    percents = list(
        H5PAttempt.objects.filter(
            learner=learner, lesson=lesson, content=block["content"], finished_at__isnull=False
        )
        .order_by("finished_at", "pk")
        .values_list("percent", flat=True)
    )
    return H5PGrade(
        percent=attempts_grade(percents, block["grading_method"]),
        attempts=len(percents),
        pass_percent=block["pass_percent"],
        method=block["grading_method"],
    )
