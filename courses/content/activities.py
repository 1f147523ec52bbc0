"""The activities a lesson places (quizzes, case simulations, H5P content), as the course sees
them: by their block only.

The activity apps stand above the course and the course never imports them. Each tells the
course whether a learner passed one of its activities through the Wagtail hook
`register_lesson_activity`, in its own wagtail_hooks.py:

    @hooks.register("register_lesson_activity")
    def quiz_activity():
        return LessonActivity("quiz", passed=..., not_passed=_("Pass this lesson's quiz ..."))
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class LessonActivity:
    block_type: str  # the lesson block that places it
    passed: Callable[..., bool]  # passed(learner=, lesson=, block=) with the block's value
    not_passed: str  # why the lesson is not complete while it is not passed


def lesson_activities() -> dict[str, LessonActivity]:
    """Every kind of activity a lesson places, by its block type."""
    activities = (register() for register in hooks.get_hooks("register_lesson_activity"))
    return {activity.block_type: activity for activity in activities}
