"""Reads of course progress, built from a fixed number of queries whatever the course size."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.cohorts.models import CohortSession, Enrolment, EnrolmentStatus
from courses.content.blocks import ACTIVITY_FIELDS
from courses.content.models import LessonPage, ModulePage

from .models import LessonProgress
from .rules import DayState, Lock, day_locks


@dataclass
class LessonRow:
    lesson: LessonPage
    title: str
    progress: LessonProgress | None = None

    @property
    def is_complete(self) -> bool:
        return bool(self.progress and self.progress.completed_at)


@dataclass
class DayRow:
    day: ModulePage
    title: str
    state: DayState
    lock: Lock | None
    lessons: list[LessonRow] = field(default_factory=list)


@dataclass
class CourseProgress:
    course: object
    enrolment: Enrolment | None
    days: list[DayRow]
    next_lesson: LessonRow | None

    @property
    def total_lessons(self) -> int:
        return sum(row.state.total_lessons for row in self.days)

    @property
    def completed_lessons(self) -> int:
        return sum(row.state.completed_lessons for row in self.days)

    @property
    def percent(self) -> int:
        total = self.total_lessons
        return round(100 * self.completed_lessons / total) if total else 0

    def day_of(self, page) -> DayRow | None:
        """The day a day page or lesson page belongs to (by its place in the tree)."""
        return next((row for row in self.days if page.path.startswith(row.day.path)), None)


def localized_titles(pages) -> dict[int, str]:
    """Page id → title in the reader's language where a live translation exists (one query)."""
    pages = list(pages)
    locale = Locale.get_active()
    translated = dict(
        Page.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .values_list("translation_key", "title")
    )
    return {page.pk: translated.get(page.translation_key, page.title) for page in pages}


def course_outline(course) -> list[tuple[ModulePage, list[LessonPage]]]:
    """The course's live days and their live lessons, in order, in two queries."""
    days = list(ModulePage.objects.child_of(course).live().order_by("path"))
    lessons = LessonPage.objects.descendant_of(course).live().order_by("path")
    by_day: dict[str, list[LessonPage]] = {day.path: [] for day in days}
    for lesson in lessons:
        by_day.get(lesson.path[: -Page.steplen], []).append(lesson)
    return [(day, by_day[day.path]) for day in days]


def learner_enrolment(learner, course=None) -> Enrolment | None:
    """The learner's active enrolment (in this course, if given)."""
    enrolments = Enrolment.objects.filter(learner=learner, status=EnrolmentStatus.ACTIVE)
    if course is not None:
        enrolments = enrolments.filter(course=course)
    return enrolments.select_related("cohort", "course").order_by("-enrolled_at").first()


def learner_course_progress(*, learner, course, enrolment=None, locks_apply=True) -> CourseProgress:
    outline = course_outline(course)
    lessons = [lesson for _day, day_lessons in outline for lesson in day_lessons]
    progress = {
        row.lesson_id: row
        for row in LessonProgress.objects.filter(learner=learner, lesson__in=lessons)
    }
    session_dates = {}
    if enrolment is not None:
        session_dates = dict(
            CohortSession.objects.filter(cohort_id=enrolment.cohort_id).values_list(
                "module_id", "date"
            )
        )
    titles = localized_titles([day for day, _lessons in outline] + lessons)
    states = [
        DayState(
            day_id=day.pk,
            day_number=day.day_number,
            total_lessons=len(day_lessons),
            completed_lessons=sum(
                1
                for lesson in day_lessons
                if progress.get(lesson.pk) and progress[lesson.pk].completed_at
            ),
            session_date=session_dates.get(day.pk),
        )
        for day, day_lessons in outline
    ]
    locks = day_locks(course.day_release, states, timezone.localdate()) if locks_apply else {}
    days = [
        DayRow(
            day=day,
            title=titles[day.pk],
            state=state,
            lock=locks.get(day.pk),
            lessons=[
                LessonRow(lesson=lesson, title=titles[lesson.pk], progress=progress.get(lesson.pk))
                for lesson in day_lessons
            ],
        )
        for (day, day_lessons), state in zip(outline, states, strict=True)
    ]
    return CourseProgress(
        course=course, enrolment=enrolment, days=days, next_lesson=_next_lesson(days)
    )


def _next_lesson(days: list[DayRow]) -> LessonRow | None:
    """Resume where the learner left off: the latest lesson they opened and did not finish,
    else the first unfinished lesson of an open day."""
    open_rows = [row for day in days if day.lock is None for row in day.lessons]
    started = [row for row in open_rows if row.progress and not row.is_complete]
    if started:
        return max(started, key=lambda row: row.progress.last_seen_at)
    return next((row for row in open_rows if not row.is_complete), None)


def completed_lessons_by_day(*, learners, course) -> dict[tuple[int, str], int]:
    """(learner id, day path) → lessons completed, aggregated in one query."""
    day_path_length = len(course.path) + Page.steplen
    rows = (
        LessonProgress.objects.filter(
            learner__in=learners,
            completed_at__isnull=False,
            lesson__path__startswith=course.path,
            lesson__live=True,
        )
        .annotate(day_path=Substr("lesson__path", 1, day_path_length))
        .values("learner_id", "day_path")
        .annotate(completed=Count("pk", filter=Q(completed_at__isnull=False)))
    )
    return {(row["learner_id"], row["day_path"]): row["completed"] for row in rows}


def search_lessons(*, course, query: str, reader, limit: int = 20) -> list[LessonRow]:
    """Lessons of the course matching the query in the reader's language or in English,
    each given as its source lesson (the one readers open), at most once."""
    source_lessons = {
        lesson.translation_key: lesson
        for lesson in LessonPage.objects.descendant_of(course).live().specific()
    }
    locales = {Locale.get_active().pk, Locale.get_default().pk}
    matches = (
        LessonPage.objects.live()
        .filter(locale_id__in=locales)
        .search(query, fields=None, operator="and")[: limit * 3]
    )
    seen, rows = set(), []
    for match in matches:
        source = source_lessons.get(match.translation_key)
        if source is None or source.pk in seen:
            continue
        seen.add(source.pk)
        rows.append(LessonRow(lesson=source, title=match.title))
        if len(rows) == limit:
            break
    return rows


@dataclass(frozen=True)
class H5PPlacement:
    lesson_id: int
    lesson_title: str
    content: object


@dataclass
class CourseActivities:
    quizzes: list
    simulations: list
    h5p: list[H5PPlacement]


def course_activities(course) -> CourseActivities:
    """The quizzes, case simulations and H5P activities placed in a course's lessons, in order."""
    from courses.h5p.models import H5PContent
    from quizzes.attempts.models import Quiz
    from quizzes.simulations.models import Simulation

    placed = {"quiz": [], "simulation": [], "h5p": []}
    lessons = LessonPage.objects.live().descendant_of(course).order_by("path").only("title", "body")
    for lesson in lessons:
        for block in lesson.body.raw_data:
            if block["type"] not in ACTIVITY_FIELDS:
                continue
            activity = block["value"].get(ACTIVITY_FIELDS[block["type"]])
            if activity and block["type"] == "h5p":
                placed["h5p"].append((lesson, activity))
            elif activity:
                placed[block["type"]].append(activity)

    def in_order(model, ids):
        found = model.objects.in_bulk(ids)
        return [found[pk] for pk in dict.fromkeys(ids) if pk in found]

    contents = H5PContent.objects.in_bulk([content_id for _lesson, content_id in placed["h5p"]])
    return CourseActivities(
        quizzes=in_order(Quiz, placed["quiz"]),
        simulations=in_order(Simulation, placed["simulation"]),
        h5p=[
            H5PPlacement(lesson_id=lesson.pk, lesson_title=lesson.title, content=contents[pk])
            for lesson, pk in placed["h5p"]
            if pk in contents
        ],
    )
