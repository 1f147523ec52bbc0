"""What a learner sees of the course pages, and the small writes their reading makes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.content.models import CoursePage, LessonPage
from lms.accounts.roles import reads_every_course

from . import services
from .models import LessonNote
from .selectors import learner_course_progress, learner_enrolment, search_lessons


class LessonAccess:
    """Who is reading which course: decided once per request for the course pages."""

    def __init__(self, request, page):
        self.user = request.user
        # Progress and access follow the source-language tree; a translation (previewed in the
        # CMS) is read through its source page.
        self.page = page.get_translation_or_none(Locale.get_default()) or page
        self.course = (
            self.page
            if isinstance(self.page, CoursePage)
            else CoursePage.objects.ancestor_of(self.page).live().first()
        )
        if self.course is None:
            raise Http404
        self.is_staff_reader = reads_every_course(self.user)
        self.enrolment = learner_enrolment(self.user, self.course)
        if not self.is_staff_reader and self.enrolment is None:
            raise Http404(_("You are not enrolled in this course."))
        self.progress = learner_course_progress(
            learner=self.user,
            course=self.course,
            enrolment=self.enrolment,
            locks_apply=not self.is_staff_reader,
        )


def course_access(request, page) -> LessonAccess:
    """Who reads this course page, worked out once per request."""
    if getattr(request, "_course_access", None) is None:
        request._course_access = LessonAccess(request, page)
    return request._course_access


def course_page_serve(page, request):
    """Stop people who may not read a course, day or lesson page; None lets the page render."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    access = course_access(request, page)
    day_row = None if isinstance(page, CoursePage) else access.progress.day_of(access.page)
    if day_row and day_row.lock:
        context = {"course": access.course, "day_row": day_row, "page": page}
        return TemplateResponse(request, "progress/locked.html", context, status=403)
    if isinstance(page, LessonPage) and not access.is_staff_reader:
        services.lesson_open(learner=request.user, lesson=page)
    return None


def course_page_context(page, request) -> dict:
    """What the course, day and lesson templates show (also in the CMS preview)."""
    access = course_access(request, page)
    day_row = None if isinstance(page, CoursePage) else access.progress.day_of(access.page)
    context = {
        "access": access,
        "course": access.course,
        "course_progress": access.progress,
        "day_row": day_row,
    }
    if isinstance(page, LessonPage) and day_row is not None:
        context.update(_lesson_context(request, page, access))
    return context


def _lesson_context(request, lesson, access):
    rows = [row for day in access.progress.days if day.lock is None for row in day.lessons]
    index = next((i for i, row in enumerate(rows) if row.lesson.pk == access.page.pk), 0)
    return {
        "content": _lesson_to_read(request, lesson),
        "lesson_row": rows[index] if rows else None,
        "previous_row": rows[index - 1] if index else None,
        "next_row": rows[index + 1] if index + 1 < len(rows) else None,
        "note": LessonNote.objects.filter(learner=request.user, lesson=lesson).first(),
        "position": (index + 1, len(rows)),
    }


def _lesson_to_read(request, lesson):
    """The lesson in the reader's language, unless that translation is behind the English lesson
    and lacks an activity the reader is assessed on: then the English lesson, marked as such."""
    if getattr(request, "is_preview", False):
        return lesson
    translation = lesson.localized
    if translation.pk != lesson.pk and translation.activity_keys() != lesson.activity_keys():
        return lesson
    return translation


def readable_lesson(request, lesson_id) -> tuple[LessonPage, LessonAccess]:
    """A live lesson the user may read now (enrolled, or staff), with how they read it."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    access = LessonAccess(request, lesson)
    day_row = access.progress.day_of(lesson)
    if day_row is None or day_row.lock:
        raise Http404(_("This lesson is not open to you yet."))
    return lesson, access


@login_required
@require_POST
def lesson_complete(request, lesson_id):
    lesson, access = readable_lesson(request, lesson_id)
    try:
        services.lesson_complete(learner=request.user, lesson=lesson)
    except services.LessonNotComplete as reason:
        messages.error(request, str(reason))
        return redirect(lesson.url)
    rows = [row for day in access.progress.days for row in day.lessons]
    index = next(i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk)
    if index + 1 < len(rows):
        return redirect(rows[index + 1].lesson.url)
    messages.success(request, _("You have read every lesson of this course."))
    return redirect("home")


@login_required
@require_POST
def lesson_heartbeat(request, lesson_id):
    lesson, _access = readable_lesson(request, lesson_id)
    try:
        active_seconds = int(request.POST.get("active_seconds", "0"))
    except ValueError:
        return JsonResponse({"error": _("active_seconds must be a whole number.")}, status=400)
    services.progress_heartbeat(learner=request.user, lesson=lesson, active_seconds=active_seconds)
    return HttpResponse(status=204)


@login_required
@require_POST
def lesson_note(request, lesson_id):
    lesson, _access = readable_lesson(request, lesson_id)
    text = request.POST.get("text", "").strip()
    if len(text) > LessonNote._meta.get_field("text").max_length:
        messages.error(request, _("Your note is too long; it was not saved."))
    else:
        services.lesson_note_save(learner=request.user, lesson=lesson, text=text)
        messages.success(request, _("Your private note is saved."))
    return redirect(lesson.url + "#reflection")


@login_required
def lesson_search(request):
    """Search the lessons of the reader's course, in their language and in English."""
    query = request.GET.get("q", "").strip()[:200]
    enrolment = learner_enrolment(request.user)
    course = enrolment.course if enrolment else None
    if course is None and reads_every_course(request.user):
        course = CoursePage.objects.live().filter(locale=Locale.get_default()).first()
    if course is None:
        raise Http404(_("You are not enrolled in a course."))
    results = []
    if query:
        results = search_lessons(course=course, query=query, reader=request.user)
    return TemplateResponse(
        request, "progress/search.html", {"query": query, "results": results, "course": course}
    )
