"""One grading method and one picker for every activity: H5P attempts graded as they finished."""

from decimal import Decimal

import pytest

from lms.core.grading import FinishedAttempt, GradingMethod, grade_pick


@pytest.mark.parametrize(
    ("method", "grade"),
    [
        (GradingMethod.HIGHEST, 90),
        (GradingMethod.AVERAGE, 60),
        (GradingMethod.FIRST, 40),
        (GradingMethod.LAST, 50),
    ],
)
def test_each_grading_method_reads_the_attempts_in_order(method, grade):
    attempts = [FinishedAttempt(n, Decimal(p)) for n, p in enumerate([40, 90, 50], start=1)]
    assert grade_pick(method, attempts).percent == grade
    assert grade_pick(method, []).percent is None
