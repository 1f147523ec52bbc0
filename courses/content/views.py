"""Serving course pages: Wagtail serves them, found in the cached course tree rather than by a
walk down the page tree (Wagtail still routes every other page, and all pages when the platform
runs several sites). And the CMS's lesson import and export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .forms import LessonFileForm
from .models import LessonPage, ModulePage
from .structure import course_page_at
from .transfer import lesson_export, lesson_import


def serve(request, path):
    page = course_page_at(request, path)
    if page is not None:
        request._wagtail_route_for_request = RouteResult(page)  # Wagtail's cache of the route
    return wagtail_serve(request, path)


class LessonImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a lesson file under a day: a new lesson, or a new revision of the lesson with its
    slug. Problems are listed and nothing changes."""

    page_title = gettext_lazy("Import lesson")
    header_icon = "upload"
    template_name = "content/lesson_import.html"
    form_class = LessonFileForm

    def dispatch(self, request, day_id):
        self.day = get_object_or_404(ModulePage, pk=day_id)
        if not self.day.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, day_id)

    def get_page_subtitle(self):
        return self.day.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(day=self.day, **kwargs)

    def form_valid(self, form):
        report = lesson_import(
            day=self.day,
            text=form.text,
            filename=form.cleaned_data["file"].name,
            by=self.request.user,
        )
        if not report.is_valid:
            return self.render_to_response(self.get_context_data(form=form, report=report))
        if report.published:
            message = _("“%(title)s” is imported and published.")
        else:
            message = _("“%(title)s” is imported as a draft: submit it for review in the editor.")
        messages.success(self.request, message % {"title": report.page.title})
        return redirect("wagtailadmin_explore", self.day.pk)


@require_GET
def lesson_export_view(request, lesson_id):
    """The lesson's latest revision as a Markdown file to download."""
    lesson = get_object_or_404(LessonPage, pk=lesson_id)
    response = HttpResponse(
        lesson_export(lesson=lesson, by=request.user), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{lesson.slug}.md"'
    return response
