"""Reads for facilitators: the matrix of learners and days of a cohort, in a fixed number of queries."""

from dataclasses import dataclass, field

from courses.progress.selectors import completed_lessons_by_day, course_outline, localized_titles

from .models import AttendanceRecord, Cohort, Enrolment


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
    course = cohort.course
    outline = course_outline(course)
    titles = localized_titles(day for day, _lessons in outline)
    sessions = {session.module_id: session for session in cohort.sessions.all()}
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort)
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
