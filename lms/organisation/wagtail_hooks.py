from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.accounts.roles import can_manage_staff
from lms.accounts.visibility import staff_visible_q
from lms.core.events import standing_changed_announce
from lms.core.snippets import VisibleSnippetViewSet

from .models import District, Division, StaffProfile
from .views import StaffImportConfirmView, StaffImportView, StaffMemberCreateView


class StaffManagerMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_staff(request.user)


class StaffImportViewSet(ViewSet):
    """Onboarding: import a staff list, or add one person."""

    name = "staff_import"
    icon = "upload"
    menu_label = _("Import or add staff")
    menu_item_class = StaffManagerMenuItem
    add_to_admin_menu = True
    menu_order = 210

    def get_urlpatterns(self):
        return [
            path("", StaffImportView.as_view(), name="upload"),
            path("confirm/", StaffImportConfirmView.as_view(), name="confirm"),
            path("add/", StaffMemberCreateView.as_view(), name="add_person"),
        ]


class StaffProfileViewSet(VisibleSnippetViewSet):
    """The staff list and its chooser show each person only the profiles they may read."""

    model = StaffProfile
    name = "staff_profiles"
    icon = "user"
    menu_label = _("Staff")
    list_display = ["user", "employee_number", "designation", "district", "date_of_joining"]
    list_filter = ["designation", "district", "gender"]
    search_fields = ["employee_number", "user__full_name", "user__email"]
    list_per_page = 50

    def visible(self, queryset, user):
        return queryset.filter(staff_visible_q(user)).select_related("user", "district")


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Districts")
    list_display = ["name", "name_ur", "division", "has_active_cpu", "cpu_note"]
    list_filter = ["division", "has_active_cpu"]
    search_fields = ["name"]


class DivisionViewSet(SnippetViewSet):
    model = Division
    icon = "site"
    menu_label = _("Divisions")
    list_display = ["name", "name_ur"]
    search_fields = ["name"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    menu_label = _("People")
    menu_icon = "group"
    menu_order = 200
    items = (StaffProfileViewSet, DistrictViewSet, DivisionViewSet)


register_snippet(PeopleViewSetGroup)


@hooks.register("register_admin_viewset")
def register_staff_import_viewset():
    return StaffImportViewSet()


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def staff_profile_saved(request, instance):
    """A staff record edited in the CMS (district, designation, date of joining): tell the
    reports that keep a status."""
    if isinstance(instance, StaffProfile):
        standing_changed_announce(learner_id=instance.user_id)
