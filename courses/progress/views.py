"""What a learner sees of the course pages, and the small writes their reading makes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.content.models import CoursePage, LessonPage
from lms.accounts.roles import reads_every_course

from . import services
from .models import LessonNote
from .selectors import learner_course_progress, learner_enrolment


class LessonAccess:
    """Who is reading which course: decided once per request for the course pages."""

    def __init__(self, request, page):
        self.user = request.user
        self.course = (
            page
            if isinstance(page, CoursePage)
            else (CoursePage.objects.ancestor_of(page).live().first())
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


def course_page_serve(page, request, template):
    """Serve a course, day or lesson page to someone allowed to read it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    access = LessonAccess(request, page)
    context = page.get_context(request)
    context.update(access=access, course=access.course, course_progress=access.progress)
    day_row = None if isinstance(page, CoursePage) else access.progress.day_of(page)
    context["day_row"] = day_row
    if day_row and day_row.lock:
        return TemplateResponse(request, "progress/locked.html", context, status=403)
    if isinstance(page, LessonPage):
        context.update(_lesson_context(request, page, access, day_row))
    return TemplateResponse(request, template, context)


def _lesson_context(request, lesson, access, day_row):
    if not access.is_staff_reader:
        services.lesson_open(learner=request.user, lesson=lesson)
    rows = [row for day in access.progress.days if day.lock is None for row in day.lessons]
    index = next(i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk)
    return {
        "content": lesson.localized,
        "lesson_row": rows[index],
        "previous_row": rows[index - 1] if index else None,
        "next_row": rows[index + 1] if index + 1 < len(rows) else None,
        "note": LessonNote.objects.filter(learner=request.user, lesson=lesson).first(),
        "position": (index + 1, len(rows)),
    }


def _readable_lesson(request, lesson_id) -> tuple[LessonPage, LessonAccess]:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    access = LessonAccess(request, lesson)
    day_row = access.progress.day_of(lesson)
    if day_row is None or day_row.lock:
        raise Http404(_("This lesson is not open to you yet."))
    return lesson, access


@login_required
@require_POST
def lesson_complete(request, lesson_id):
    lesson, access = _readable_lesson(request, lesson_id)
    services.lesson_complete(learner=request.user, lesson=lesson)
    rows = [row for day in access.progress.days for row in day.lessons]
    index = next(i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk)
    if index + 1 < len(rows):
        return redirect(rows[index + 1].lesson.url)
    messages.success(request, _("You have read every lesson of this course."))
    return redirect("home")


@login_required
@require_POST
def lesson_heartbeat(request, lesson_id):
    lesson, _access = _readable_lesson(request, lesson_id)
    try:
        active_seconds = int(request.POST.get("active_seconds", "0"))
    except ValueError:
        return JsonResponse({"error": _("active_seconds must be a whole number.")}, status=400)
    services.progress_heartbeat(learner=request.user, lesson=lesson, active_seconds=active_seconds)
    return HttpResponse(status=204)


@login_required
@require_POST
def lesson_note(request, lesson_id):
    lesson, _access = _readable_lesson(request, lesson_id)
    text = request.POST.get("text", "").strip()
    if len(text) > LessonNote._meta.get_field("text").max_length:
        messages.error(request, _("Your note is too long; it was not saved."))
    else:
        services.lesson_note_save(learner=request.user, lesson=lesson, text=text)
        messages.success(request, _("Your private note is saved."))
    return redirect(lesson.url + "#reflection")
