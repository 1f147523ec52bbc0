"""Reads of H5P results: a learner's grade on an H5P block of a lesson."""

from dataclasses import dataclass

from django.db.models import Avg, Count, FloatField, IntegerField, Max, OuterRef, Subquery, Window
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.cohorts.models import Enrolment
from lms.core.grading import GradingMethod

from .models import H5PAttempt


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
    """The learner's grade on an H5P block of the lesson, by the block's grading method: worked
    out in the database, one query however many times the learner played it."""
    finished = H5PAttempt.objects.filter(
        learner=learner, lesson=lesson, content=block["content"], finished_at__isnull=False
    )
    method = block["grading_method"]
    if method in (GradingMethod.FIRST, GradingMethod.LAST):
        order = ("finished_at", "pk") if method == GradingMethod.FIRST else ("-finished_at", "-pk")
        row = (
            finished.annotate(total=Window(Count("pk")))
            .order_by(*order)
            .values_list("percent", "total")
            .first()
        )
        percent, attempts = row or (None, 0)
    else:
        picked = Max("percent") if method == GradingMethod.HIGHEST else Avg("percent")
        row = finished.aggregate(percent=picked, attempts=Count("pk"))
        percent, attempts = row["percent"], row["attempts"]
    return H5PGrade(
        percent=percent, attempts=attempts, pass_percent=block["pass_percent"], method=method
    )


def h5p_block_in(lesson, content_id: int):
    """The lesson's H5P block playing this content (in the lesson or its translation), or None."""
    for page in (lesson, lesson.localized):
        for block in page.body:
            if (
                block.block_type == "h5p"
                and getattr(block.value["content"], "pk", None) == content_id
            ):
                return block.value
    return None


@dataclass(frozen=True)
class LearnerH5PResult:
    enrolment: object
    attempts: int
    grade: H5PGrade
    last_finished_at: object


def h5p_cohort_results(*, cohort, lesson, block) -> list[LearnerH5PResult]:
    """Each enrolled learner's attempts and grade on an H5P block: one query, however many."""

    finished = H5PAttempt.objects.filter(
        lesson=lesson, content=block["content"], finished_at__isnull=False
    )
    mine = finished.filter(learner_id=OuterRef("learner_id"))
    rows = (
        Enrolment.objects.filter(cohort=cohort)
        .select_related("learner__staff_profile")
        .annotate(
            attempts=Subquery(
                mine.values("learner_id").annotate(n=Count("pk")).values("n")[:1],
                output_field=IntegerField(),
            ),
            highest=Subquery(mine.order_by("-percent").values("percent")[:1]),
            average=Subquery(
                mine.values("learner_id").annotate(a=Avg("percent")).values("a")[:1],
                output_field=FloatField(),
            ),
            first=Subquery(mine.order_by("finished_at", "pk").values("percent")[:1]),
            last=Subquery(mine.order_by("-finished_at", "-pk").values("percent")[:1]),
            last_finished_at=Subquery(mine.order_by("-finished_at").values("finished_at")[:1]),
        )
        .order_by("learner__full_name")
    )
    method = block["grading_method"]
    return [
        LearnerH5PResult(
            enrolment=row,
            attempts=row.attempts or 0,
            grade=H5PGrade(
                percent=getattr(row, method),
                attempts=row.attempts or 0,
                pass_percent=block["pass_percent"],
                method=method,
            ),
            last_finished_at=row.last_finished_at,
        )
        for row in rows
    ]
