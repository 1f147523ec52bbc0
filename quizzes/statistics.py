"""Quiz statistics: pure functions over plain numbers, no database.

Facility is the mean score of an item (0 to 1). The discrimination index compares the top and
bottom 27% of attempts by total score: the difference of their mean scores on the item, from
-1 to 1; good items discriminate positively. Knowledge gain compares a learner's pre-test and
post-test: absolute (points) and normalised (Hake's gain: the share of the possible gain made).
"""

from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from statistics import mean

GROUP_SHARE = 0.27


def _round(value: float | Decimal, places: str = "0.01") -> Decimal:
    return Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ItemStatistics:
    question_id: int
    text: str
    answered: int
    facility: Decimal | None
    discrimination: Decimal | None
    most_chosen_wrong: str | None


def item_statistics(
    *,
    question_id: int,
    text: str,
    scores: dict[int, float],
    totals: dict[int, float],
    wrong_choices: list[str],
) -> ItemStatistics:
    """scores: attempt id → the item's score (0..1); totals: attempt id → the attempt's percent;
    wrong_choices: the texts of the wrong options chosen, one per choice."""
    if not scores:
        return ItemStatistics(question_id, text, 0, None, None, None)
    ranked = sorted(scores, key=lambda attempt: totals[attempt])
    size = max(1, round(len(ranked) * GROUP_SHARE))
    discrimination = None
    if len(ranked) >= 2 * size and len(ranked) >= 4:
        lower = mean(scores[attempt] for attempt in ranked[:size])
        upper = mean(scores[attempt] for attempt in ranked[-size:])
        discrimination = _round(upper - lower)
    most_wrong = Counter(wrong_choices).most_common(1)
    return ItemStatistics(
        question_id=question_id,
        text=text,
        answered=len(scores),
        facility=_round(mean(scores.values())),
        discrimination=discrimination,
        most_chosen_wrong=most_wrong[0][0] if most_wrong else None,
    )


def score_distribution(percents: list[float], bands: int = 10) -> list[tuple[str, int]]:
    """How many attempts fall in each band of 10 points (100 counts in the top band)."""
    width = 100 // bands
    counts = [0] * bands
    for percent in percents:
        counts[min(bands - 1, int(percent // width))] += 1
    return [(f"{band * width}-{band * width + width}", count) for band, count in enumerate(counts)]


@dataclass(frozen=True)
class KnowledgeGain:
    pre: Decimal | None
    post: Decimal | None

    @property
    def absolute(self) -> Decimal | None:
        if self.pre is None or self.post is None:
            return None
        return _round(self.post - self.pre)

    @property
    def normalised(self) -> Decimal | None:
        """(post - pre) / (100 - pre); undefined when the pre-test was already perfect."""
        if self.absolute is None or self.pre >= 100:
            return None
        return _round(self.absolute / (100 - self.pre))
