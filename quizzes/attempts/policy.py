"""The review policy, decided once: how many attempts a learner has left, and when a quiz's key
(which answers were right, the correct answers, the feedback) may be shown to them.

A quiz that measures learning (the pre-test and the post-test) keeps its key until the learner's
last attempt is used up or the quiz closes, and a learner who has been shown it may not start
again, even with an extra attempt granted later. Other quizzes show what their review settings
allow as soon as an attempt is submitted.
"""

import datetime

from django.db.models import Sum
from django.utils import timezone

from .models import QuizAttempt, QuizOverride, QuizPurpose

KEY_HELD_UNTIL_LAST_ATTEMPT = frozenset({QuizPurpose.PRE_TEST, QuizPurpose.POST_TEST})


def quiz_override(quiz, learner) -> tuple[int, int]:
    """The extra attempts and extra minutes facilitators granted the learner on this quiz."""
    totals = QuizOverride.objects.filter(quiz=quiz, learner=learner).aggregate(
        attempts=Sum("extra_attempts"), minutes=Sum("extra_minutes")
    )
    return totals["attempts"] or 0, totals["minutes"] or 0


def attempts_left(quiz, learner) -> int | None:
    """How many more attempts the learner may start (an open one counts as used); None if any."""
    if quiz.attempts_allowed is None:
        return None
    extra_attempts, _minutes = quiz_override(quiz, learner)
    used = QuizAttempt.objects.filter(quiz=quiz, learner=learner).count()
    return max(quiz.attempts_allowed + extra_attempts - used, 0)


def key_released(quiz, learner, now: datetime.datetime | None = None) -> bool:
    """Whether the learner may be shown the quiz's key now."""
    if quiz.purpose not in KEY_HELD_UNTIL_LAST_ATTEMPT:
        return True
    if quiz.closes_at is not None and (now or timezone.now()) >= quiz.closes_at:
        return True
    open_attempt = QuizAttempt.objects.filter(
        quiz=quiz, learner=learner, submitted_at__isnull=True
    ).exists()
    return not open_attempt and attempts_left(quiz, learner) == 0


def key_visible(attempt: QuizAttempt, viewer) -> bool:
    """Whether this viewer of a submitted attempt may see its key: its facilitators and the
    Commission always (they reach it only through visibility), the learner once released."""
    return attempt.learner_id != viewer.pk or key_released(attempt.quiz, attempt.learner)


def retake_barred(quiz, learner) -> bool:
    """A learner shown the key of a quiz that holds it back may not take that quiz again."""
    return (
        quiz.purpose in KEY_HELD_UNTIL_LAST_ATTEMPT
        and QuizAttempt.objects.filter(
            quiz=quiz, learner=learner, key_shown_at__isnull=False
        ).exists()
    )


def may_try_again(quiz, learner) -> bool:
    """Whether the learner has an attempt left that the review policy lets them take."""
    return attempts_left(quiz, learner) != 0 and not retake_barred(quiz, learner)
