from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.content.activities import LessonActivity

from .models import Competency, Simulation
from .services import simulation_passed
from .views import SimulationExportView, SimulationImportView


class SimulationViewSet(SnippetViewSet):
    """Case simulations: the brief, the graph of steps (checked on save), passing rules."""

    model = Simulation
    icon = "pick"
    menu_label = _("Simulations")
    list_display = ["title", "code", "initial_risk", "pass_percent", "attempts_allowed"]
    list_filter = ["locale", "live"]
    search_fields = ["title"]


class CompetencyViewSet(SnippetViewSet):
    """The competencies simulations score; the Commission keeps this list."""

    model = Competency
    icon = "success"
    menu_label = _("Competencies")
    list_display = ["name", "code", "sort_order"]


class SimulationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Case simulations")
    menu_icon = "pick"
    menu_order = 158
    items = (SimulationViewSet, CompetencyViewSet)


register_snippet(SimulationViewSetGroup)


class SimulationTransferViewSet(ViewSet):
    """Import a simulation from its YAML file, and export one (see transfer.py)."""

    name = "simulation_transfer"
    icon = "upload"
    menu_label = _("Import a simulation")
    add_to_admin_menu = True
    menu_order = 159

    def get_urlpatterns(self):
        return [
            path("", SimulationImportView.as_view(), name="import"),
            path("<int:simulation_id>/export/", SimulationExportView.as_view(), name="export"),
        ]


@hooks.register("register_admin_viewset")
def register_simulation_transfer_viewset():
    return SimulationTransferViewSet()


@hooks.register("register_snippet_listing_buttons")
def simulation_export_button(snippet, user, next_url=None):
    """In the simulations listing's menu: download the simulation as its YAML file."""
    if isinstance(snippet, Simulation) and user.has_perm("simulations.view_simulation"):
        yield ListingButton(
            _("Export (YAML)"),
            reverse("simulation_transfer:export", args=[snippet.pk]),
            icon_name="download",
            priority=60,
        )


@hooks.register("register_lesson_activity")
def simulation_lesson_activity():
    return LessonActivity(
        "simulation",
        passed=lambda *, learner, lesson, block: simulation_passed(
            simulation_id=block["simulation"].pk, learner=learner
        ),
        not_passed=_("Pass this lesson's case simulation to complete it."),
    )
