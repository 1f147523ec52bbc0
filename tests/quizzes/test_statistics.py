from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.statistics import KnowledgeGain, item_statistics, score_distribution


def test_an_item_the_strong_get_right_and_the_weak_get_wrong_discriminates_fully():
    totals = {n: n * 10 for n in range(1, 11)}  # attempt n scored n*10%
    scores = {n: 1.0 if n > 5 else 0.0 for n in totals}
    stats = item_statistics(
        question_id=1, text="Q", scores=scores, totals=totals, wrong_choices=["1122", "15", "1122"]
    )
    assert stats.facility == Decimal("0.50")
    assert stats.discrimination == Decimal("1.00")
    assert stats.most_chosen_wrong == "1122"


def test_an_item_the_weak_get_right_discriminates_negatively():
    totals = {n: n * 10 for n in range(1, 11)}
    scores = {n: 1.0 if n <= 3 else 0.0 for n in totals}
    assert (
        item_statistics(
            question_id=1, text="Q", scores=scores, totals=totals, wrong_choices=[]
        ).discrimination
        < 0
    )


def test_too_few_attempts_give_no_discrimination_index():
    stats = item_statistics(
        question_id=1, text="Q", scores={1: 1.0, 2: 0.0}, totals={1: 90, 2: 20}, wrong_choices=[]
    )
    assert stats.discrimination is None
    assert stats.facility == Decimal("0.50")


@given(st.lists(st.floats(min_value=0, max_value=100), max_size=200))
def test_the_distribution_counts_every_attempt_once(percents):
    distribution = score_distribution(percents)
    assert sum(count for _band, count in distribution) == len(percents)
    assert len(distribution) == 10


@pytest.mark.parametrize(
    ("pre", "post", "absolute", "normalised"),
    [
        ("40", "70", "30.00", "0.50"),
        ("80", "60", "-20.00", "-1.00"),
        ("100", "100", "0.00", None),
        (None, "70", None, None),
    ],
)
def test_knowledge_gain_absolute_and_normalised(pre, post, absolute, normalised):
    gain = KnowledgeGain(pre=Decimal(pre) if pre else None, post=Decimal(post))
    assert gain.absolute == (Decimal(absolute) if absolute else None)
    assert gain.normalised == (Decimal(normalised) if normalised else None)
