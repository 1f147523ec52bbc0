"""What a learner sees of the course pages, the small writes their reading makes, and the
facilitators' view of a cohort's progress. Who may read what is decided in `access`."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.cohorts.models import (
    AttendanceChange,
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    EnrolmentWithdrawal,
)
from courses.cohorts.views import cohort_for_staff
from courses.content.models import CoursePage, LessonPage
from courses.content.selectors import course_activities
from courses.content.structure import content_language, course_structure
from lms.accounts.roles import reads_every_course
from lms.core.errors import expects_json, json_error
from lms.core.offline import is_offline_copy
from lms.core.spreadsheets import spreadsheet_response

from . import services
from .access import (
    CourseReading,
    LessonAccess,
    StaffReader,
    course_reading,
    lesson_access,
    source_page,
)
from .models import LessonNote
from .selectors import cohort_matrix, learner_course_progress, learner_enrolment, search_lessons


def request_course_reading(request, page) -> tuple[CourseReading, object]:
    """How the signed-in person reads this page's course, and the page's source-language page,
    worked out once per request (the page is served, then rendered)."""
    readings = request.__dict__.setdefault("_course_readings", {})
    if page.pk not in readings:
        source = source_page(page)
        readings[page.pk] = (course_reading(request.user, source), source)
    return readings[page.pk]


def course_page_serve(page, request):
    """Stop people who may not read a course, day or lesson page; None lets the page render."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    reading, source = request_course_reading(request, page)
    if isinstance(page, CoursePage):
        return None
    day_row = reading.day_of(source)
    if day_row is None:
        raise Http404  # a live page under a day that is not live (Wagtail routes to it)
    if day_row.lock:
        context = {"course": reading.course, "day_row": day_row, "page": page}
        return TemplateResponse(request, "progress/locked.html", context, status=403)
    if (
        isinstance(page, LessonPage)
        and not reading.is_staff_reader
        and not is_offline_copy(request)
    ):
        row = next((row for row in day_row.lessons if row.lesson.pk == source.pk), None)
        services.lesson_open(
            learner=request.user, lesson=source, progress=row.progress if row else None
        )
    return None


def course_page_context(page, request) -> dict:
    """What the course, day and lesson templates show (also in the CMS preview)."""
    reading, source = request_course_reading(request, page)
    day_row = None if isinstance(page, CoursePage) else reading.day_of(source)
    context = {
        "access": reading,
        "course": reading.course,
        "course_progress": reading.progress,
        "day_row": day_row,
    }
    if isinstance(page, LessonPage) and day_row is not None:
        context.update(_lesson_context(request, page, source, reading))
    return context


def _lesson_context(request, lesson, source, reading):
    course_rows = [row for day in reading.progress.days for row in day.lessons]
    rows = [row for day in reading.progress.days if day.lock is None for row in day.lessons]
    index = _index_of(rows, source)
    content = _lesson_to_read(request, lesson, source, reading.course)
    return {
        "content": content,
        # The language the lesson is written in (shown in English where not yet translated).
        "content_language": (
            content_language() if content.pk != source.pk else settings.LANGUAGE_CODE
        ),
        "source_lesson": source,
        "lesson_row": rows[index] if rows else None,
        "previous_row": rows[index - 1] if index else None,
        "next_row": rows[index + 1] if index + 1 < len(rows) else None,
        "note": LessonNote.objects.filter(learner=request.user, lesson=lesson).first(),
        # Counted against the whole course, so that the total stays put as days unlock.
        "position": (_index_of(course_rows, source) + 1, len(course_rows)),
    }


def _index_of(rows, lesson) -> int:
    return next((i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk), 0)


def _lesson_to_read(request, lesson, source, course):
    """The lesson in the reader's language, unless that translation is behind the English lesson
    and lacks an activity the reader is assessed on: then the English lesson, marked as such
    (the cached course structure knows which translations are readable)."""
    if getattr(request, "is_preview", False):
        return lesson
    translation_id = course_structure(course).readable.get(source.pk)
    return source if translation_id is None else LessonPage.objects.get(pk=translation_id)


def _open_lesson(request, lesson_id) -> LessonAccess:
    """The open lesson the signed-in learner leaves progress on; staff readers leave none."""
    access = lesson_access(request.user, get_object_or_404(LessonPage, pk=lesson_id))
    if access.is_staff_reader:
        raise StaffReader(_("Staff read lessons without leaving progress, notes or time."))
    return access


@login_required
@require_POST
def lesson_complete_view(request, lesson_id):
    access = _open_lesson(request, lesson_id)
    lesson = access.lesson
    try:
        services.lesson_complete(learner=request.user, lesson=lesson)
    except services.LessonNotComplete as reason:
        if expects_json(request):  # marked offline and sent once the connection is back
            return json_error(str(reason), 409, "lesson_not_complete")
        messages.error(request, str(reason))
        return redirect(lesson.url)
    if expects_json(request):
        return JsonResponse({"completed": True})
    rows = [row for day in access.reading.progress.days for row in day.lessons]
    index = next(i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk)
    if index + 1 < len(rows):
        return redirect(rows[index + 1].lesson.url)
    messages.success(request, _("You have read every lesson of this course."))
    return redirect("home")


@login_required
@require_POST
def lesson_heartbeat(request, lesson_id):
    access = _open_lesson(request, lesson_id)
    try:
        active_seconds = int(request.POST.get("active_seconds", "0"))
    except ValueError:
        return JsonResponse({"error": _("active_seconds must be a whole number.")}, status=400)
    services.progress_heartbeat(
        learner=request.user, lesson=access.lesson, active_seconds=active_seconds
    )
    return HttpResponse(status=204)


@login_required
@require_POST
def lesson_note(request, lesson_id):
    """Save the learner's private note. A script's request (a note written offline, sent once the
    connection is back) gets JSON: saved, or the refusal and its code."""
    lesson = _open_lesson(request, lesson_id).lesson
    text = request.POST.get("text", "").strip()
    if len(text) > LessonNote._meta.get_field("text").max_length:
        refusal = _("Your note is too long; it was not saved.")
        if expects_json(request):
            return json_error(refusal, 400, "note_too_long")
        messages.error(request, refusal)
    else:
        services.lesson_note_save(learner=request.user, lesson=lesson, text=text)
        if expects_json(request):
            return JsonResponse({"saved": True})
        messages.success(request, _("Your private note is saved."))
    return redirect(lesson.url + "#reflection")


@login_required
def lesson_search(request):
    """Search the lessons of the reader's course, in their language and in English; a learner
    finds only lessons of the days open to them."""
    query = request.GET.get("q", "").strip()[:200]
    enrolment = learner_enrolment(request.user)
    course = enrolment.course if enrolment else None
    if course is None and reads_every_course(request.user):
        course = CoursePage.objects.live().filter(locale=Locale.get_default()).first()
    if course is None:
        raise Http404(_("You are not enrolled in a course."))
    results = []
    if query:
        reading = course_reading(request.user, course)
        open_lessons = {
            row.lesson.pk
            for day in reading.progress.days
            if day.lock is None
            for row in day.lessons
        }
        results = [
            row
            for row in search_lessons(course=course, query=query, reader=request.user)
            if row.lesson.pk in open_lessons
        ]
    return TemplateResponse(
        request, "progress/search.html", {"query": query, "results": results, "course": course}
    )


# The facilitators' view of a cohort's progress.


@login_required
def cohort_detail(request, cohort_id):
    cohort = cohort_for_staff(request, cohort_id)
    context = {
        "matrix": cohort_matrix(cohort),
        "cohort": cohort,
        "activities": course_activities(cohort.course),
        # Each with its withdrawal's record; none for those withdrawn before records were kept.
        "withdrawn": cohort.enrolments.filter(status=EnrolmentStatus.WITHDRAWN)
        .select_related("learner")
        .prefetch_related(
            Prefetch(
                "withdrawals",
                EnrolmentWithdrawal.objects.filter(reinstated_at__isnull=True).select_related(
                    "withdrawn_by"
                ),
                to_attr="open_withdrawals",
            )
        ),
    }
    return render(request, "cohorts/cohort_detail.html", context)


@login_required
def cohort_export(request, cohort_id):
    """The cohort's progress as CSV, or as XLSX with ?format=xlsx."""
    cohort = cohort_for_staff(request, cohort_id)
    matrix = cohort_matrix(cohort)
    header = [
        _("Employee number"),
        _("Name"),
        _("District"),
        _("Due date"),
        _("Attendance %"),
        _("Progress %"),
    ] + [_("Day %(number)d") % {"number": day.day_number} for day, _title, _session in matrix.days]
    rows = (
        [
            row.enrolment.learner.staff_profile.employee_number,
            row.enrolment.learner.full_name,
            row.enrolment.learner.staff_profile.district or "",
            row.enrolment.due_date,
            row.attendance_percent,
            row.percent,
        ]
        + [
            f"{cell.percent}%"
            + (f" ({AttendanceStatus(cell.attendance).label})" if cell.attendance else "")
            for cell in row.cells
        ]
        for row in matrix.rows
    )
    kind = "xlsx" if request.GET.get("format") == "xlsx" else "csv"
    return spreadsheet_response(
        kind, f"cohort-{cohort.pk}-progress", header, rows, title=_("Progress")
    )


@login_required
def learner_detail(request, cohort_id, enrolment_id):
    cohort = cohort_for_staff(request, cohort_id)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("learner", "learner__staff_profile"),
        pk=enrolment_id,
        cohort=cohort,
    )
    progress = learner_course_progress(
        learner=enrolment.learner, course=cohort.course, enrolment=enrolment
    )
    records = enrolment.attendance.select_related("session__module").order_by("session__date")
    changes = AttendanceChange.objects.filter(record__enrolment=enrolment).select_related(
        "changed_by", "record__session__module"
    )
    return render(
        request,
        "cohorts/learner_detail.html",
        {
            "cohort": cohort,
            "enrolment": enrolment,
            "course_progress": progress,
            "attendance": records,
            "changes": changes,
            "withdrawal": enrolment.withdrawals.select_related("withdrawn_by").first(),
        },
    )
