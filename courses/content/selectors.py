"""Reads of the course tree: its days and lessons (titles in the reader's language are in the
cached course structure), and the activities its lessons place. Each read takes a fixed number of
queries whatever the course size."""

from dataclasses import dataclass

from .blocks import ACTIVITY_FIELDS, LessonBodyBlock
from .models import LessonPage, ModulePage
from .structure import course_structure


def course_outline(course) -> list[tuple[ModulePage, list[LessonPage]]]:
    """The course's live days and their live lessons (without their body), in order, from the
    cached course tree."""
    return course_structure(course).outline


@dataclass(frozen=True)
class ActivityPlacement:
    """An activity (a quiz, a case simulation, H5P content) placed in a lesson of the course."""

    block_type: str
    lesson_id: int
    lesson_title: str
    activity: object

    @property
    def content(self):  # H5P blocks call their activity "content"
        return self.activity


@dataclass
class CourseActivities:
    placements: list[ActivityPlacement]

    def of_type(self, block_type: str) -> list[ActivityPlacement]:
        return [placement for placement in self.placements if placement.block_type == block_type]

    def _distinct(self, block_type: str) -> list:
        activities = {}
        for placement in self.of_type(block_type):
            activities.setdefault(placement.activity.pk, placement.activity)
        return list(activities.values())

    @property
    def quizzes(self) -> list:
        return self._distinct("quiz")

    @property
    def simulations(self) -> list:
        return self._distinct("simulation")

    @property
    def h5p(self) -> list[ActivityPlacement]:
        return self.of_type("h5p")


def activity_model(block_type: str):
    """The model an activity block chooses from, as the block names it (the course tree names
    activity models by string and never imports them)."""
    return (
        LessonBodyBlock.base_blocks[block_type]
        .child_blocks[ACTIVITY_FIELDS[block_type]]
        .target_model
    )


def course_activities(course) -> CourseActivities:
    """The activities placed in a course's live lessons, in lesson order, in one query per kind."""
    placed = []
    lessons = LessonPage.objects.live().descendant_of(course).order_by("path").only("title", "body")
    for lesson in lessons:
        for block in lesson.body.raw_data:
            field = ACTIVITY_FIELDS.get(block["type"])
            activity_id = block["value"].get(field) if field else None
            if activity_id:
                placed.append((block["type"], lesson, activity_id))
    found = {
        block_type: activity_model(block_type).objects.in_bulk(
            [pk for kind, _lesson, pk in placed if kind == block_type]
        )
        for block_type in ACTIVITY_FIELDS
        if any(kind == block_type for kind, _lesson, _pk in placed)
    }
    return CourseActivities(
        placements=[
            ActivityPlacement(block_type, lesson.pk, lesson.title, found[block_type][pk])
            for block_type, lesson, pk in placed
            if pk in found[block_type]
        ]
    )
