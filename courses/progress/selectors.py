"""Reads of course progress, built from a fixed number of queries whatever the course size."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.cohorts.models import (
    AttendanceRecord,
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentStatus,
)
from courses.content.models import LessonPage, ModulePage
from courses.content.structure import course_structure

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
    title: str  # in the reader's language
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


def learner_enrolment(learner, course=None) -> Enrolment | None:
    """The learner's active enrolment (in this course, if given), with its cohort, and its course
    from the cached course tree (a course page row is wide: not read on every request)."""
    enrolments = Enrolment.objects.filter(learner=learner, status=EnrolmentStatus.ACTIVE)
    if course is not None:
        enrolments = enrolments.filter(course=course)
    enrolment = enrolments.select_related("cohort").order_by("-enrolled_at").first()
    if enrolment is not None:
        enrolment.course = course or course_structure(enrolment.course_id).course
    return enrolment


def learner_course_progress(*, learner, course, enrolment=None, locks_apply=True) -> CourseProgress:
    structure = course_structure(course)
    outline = structure.outline
    lesson_ids = {lesson.pk for _day, day_lessons in outline for lesson in day_lessons}
    # All the learner's rows (a few hundred at most, over every course they took), kept for this
    # course's lessons: cheaper than sending the course's lesson ids with the query.
    progress = {
        row.lesson_id: row
        for row in LessonProgress.objects.filter(learner=learner)
        if row.lesson_id in lesson_ids
    }
    session_dates = {}
    if enrolment is not None:
        session_dates = dict(
            CohortSession.objects.filter(cohort_id=enrolment.cohort_id)
            .order_by()  # the default ordering joins the day pages, which a mapping needs not
            .values_list("module_id", "date")
        )
    titles = structure.titles
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
        course=course,
        title=titles[course.pk],
        enrolment=enrolment,
        days=days,
        next_lesson=_next_lesson(days),
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


@dataclass
class MatrixCell:
    completed: int
    total: int
    attendance: str | None  # an AttendanceStatus value, or None when not marked

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


@dataclass
class MatrixRow:
    enrolment: Enrolment
    cells: list[MatrixCell] = field(default_factory=list)

    @property
    def attendance_percent(self) -> int:
        held = self.enrolment.held_days
        return round(100 * self.enrolment.attended_days / held) if held else 0

    @property
    def percent(self) -> int:
        total = sum(cell.total for cell in self.cells)
        return round(100 * sum(cell.completed for cell in self.cells) / total) if total else 0


@dataclass
class CohortMatrix:
    cohort: Cohort
    days: list  # (ModulePage, title, CohortSession | None)
    rows: list[MatrixRow]


def cohort_matrix(cohort: Cohort) -> CohortMatrix:
    """Each learner's progress and attendance per day; withdrawn learners are not counted."""
    course = cohort.course
    structure = course_structure(course)
    outline, titles = structure.outline, structure.titles
    sessions = {session.module_id: session for session in cohort.sessions.all()}
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort)
        .exclude(status=EnrolmentStatus.WITHDRAWN)  # listed apart, with their withdrawal
        .select_related("learner", "learner__staff_profile__district")
        .with_attendance()
        .order_by("learner__full_name")
    )
    completed = completed_lessons_by_day(
        learners=[enrolment.learner_id for enrolment in enrolments], course=course
    )
    attendance = {
        (record.enrolment_id, record.session_id): record.status
        for record in AttendanceRecord.objects.filter(session__cohort=cohort)
    }
    rows = []
    for enrolment in enrolments:
        cells = []
        for day, lessons in outline:
            session = sessions.get(day.pk)
            cells.append(
                MatrixCell(
                    completed=completed.get((enrolment.learner_id, day.path), 0),
                    total=len(lessons),
                    attendance=attendance.get((enrolment.pk, session.pk)) if session else None,
                )
            )
        rows.append(MatrixRow(enrolment=enrolment, cells=cells))
    days = [(day, titles[day.pk], sessions.get(day.pk)) for day, _lessons in outline]
    return CohortMatrix(cohort=cohort, days=days, rows=rows)
