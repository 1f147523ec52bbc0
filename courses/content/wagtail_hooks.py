from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import Button

from .models import LessonPage, ModulePage
from .views import LessonImportView, lesson_export_view


class LessonTransferViewSet(ViewSet):
    """Import a lesson file under a day, export a lesson as one (the format: content/README.md)."""

    name = "lesson_transfer"
    icon = "upload"

    def get_urlpatterns(self):
        return [
            path("day/<int:day_id>/import/", LessonImportView.as_view(), name="import"),
            path("<int:lesson_id>/export/", lesson_export_view, name="export"),
        ]


@hooks.register("register_admin_viewset")
def register_lesson_transfer_viewset():
    return LessonTransferViewSet()


def _transfer_buttons(page, user, priority):
    if page.specific_class is ModulePage and page.permissions_for_user(user).can_add_subpage():
        yield Button(
            _("Import lesson"),
            url=reverse("lesson_transfer:import", args=[page.pk]),
            icon_name="upload",
            priority=priority,
        )
    if page.specific_class is LessonPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Export lesson"),
            url=reverse("lesson_transfer:export", args=[page.pk]),
            icon_name="download",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def page_header_transfer_buttons(page, user, view_name, next_url=None):
    yield from _transfer_buttons(page, user, priority=40)


@hooks.register("register_page_listing_more_buttons")
def page_listing_transfer_buttons(page, user, next_url=None):
    yield from _transfer_buttons(page, user, priority=45)
