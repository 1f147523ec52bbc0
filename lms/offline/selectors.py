"""What a learner may keep on their device for offline use: their current day and the next one,
with every page of them (the day, its lessons, and the quiz and case-simulation attempts they
have already started there)."""

import hashlib
from dataclasses import dataclass

from django.urls import reverse

from courses.content.blocks import ACTIVITY_FIELDS
from courses.content.models import LessonPage
from courses.progress.selectors import (
    CourseProgress,
    DayRow,
    learner_course_progress,
    learner_enrolment,
)
from lms.core.offline import day_cache_name
from quizzes.attempts.models import QuizAttempt
from quizzes.simulations.models import SimulationAttempt


@dataclass
class OfflineDay:
    row: DayRow
    is_current: bool
    cache: str  # the name of the browser's cache that keeps it

    @property
    def files_url(self) -> str:
        return reverse("offline:day_files", args=[self.row.day.pk])


def offline_days(learner, owner: str) -> list[OfflineDay]:
    """The learner's offline days, read from their enrolment and progress."""
    enrolment = learner_enrolment(learner)
    if enrolment is None:
        return []
    progress = learner_course_progress(
        learner=learner, course=enrolment.course, enrolment=enrolment
    )
    return offline_days_of(progress, owner)


def offline_days_of(progress: CourseProgress, owner: str) -> list[OfflineDay]:
    """The day the learner is on (that of the lesson they would continue, else the first open
    day) and the day after it."""
    days = progress.days
    current = next(
        (i for i, row in enumerate(days) if any(r is progress.next_lesson for r in row.lessons)),
        next((i for i, row in enumerate(days) if row.lock is None), None),
    )
    if current is None:
        return []
    return [
        OfflineDay(row, is_current=i == 0, cache=day_cache_name(owner, row.day.pk))
        for i, row in enumerate(days[current : current + 2])
    ]


@dataclass
class DayFiles:
    day: OfflineDay
    pages: list[str]  # the addresses to keep; the browser adds their images, captions and styles
    published: list  # when the day and each of its lessons were last published

    def as_json(self) -> dict:
        kept = "|".join([*self.pages, *map(str, self.published)])
        return {
            "day": self.day.row.day.pk,
            "cache": self.day.cache,
            "pages": self.pages,
            # Changes when a page is published, added or removed: the browser then keeps it anew.
            "version": hashlib.sha256(kept.encode()).hexdigest()[:16],
        }


def day_files(learner, day: OfflineDay, request) -> DayFiles:
    """The day's pages, with the attempts started there; never a timed one (it needs the
    connection: the deadline is the server's)."""
    lessons = [row.lesson for row in day.row.lessons]
    lesson_ids = [lesson.pk for lesson in lessons]
    quiz_ids = {
        block["value"].get(ACTIVITY_FIELDS["quiz"])
        for lesson in LessonPage.objects.filter(pk__in=lesson_ids).only("body")
        for block in lesson.body.raw_data
        if block["type"] == "quiz"
    }
    attempts = list(
        QuizAttempt.objects.filter(
            learner=learner, quiz_id__in=quiz_ids, submitted_at__isnull=True
        ).values_list("pk", "deadline")
    )
    simulations = SimulationAttempt.objects.filter(
        learner=learner, lesson_id__in=lesson_ids, finished_at__isnull=True
    ).values_list("pk", flat=True)
    pages = [
        reverse("home"),
        reverse("offline:page"),
        day.row.day.get_url(request),
        *(lesson.get_url(request) for lesson in lessons),
        *(reverse("attempts:attempt", args=[pk]) for pk, deadline in attempts if not deadline),
        *(reverse("simulations:play", args=[pk]) for pk in simulations),
    ]
    published = [page.last_published_at for page in (day.row.day, *lessons)]
    return DayFiles(day, pages, published)
