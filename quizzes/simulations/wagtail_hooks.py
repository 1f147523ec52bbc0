from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.content.activities import LessonActivity

from .models import Competency, Simulation
from .services import simulation_passed


class SimulationViewSet(SnippetViewSet):
    """Case simulations: the brief, the graph of steps (checked on save), passing rules."""

    model = Simulation
    icon = "pick"
    menu_label = _("Simulations")
    list_display = ["title", "initial_risk", "pass_percent", "attempts_allowed"]
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


@hooks.register("register_lesson_activity")
def simulation_lesson_activity():
    return LessonActivity(
        "simulation",
        passed=lambda *, learner, lesson, block: simulation_passed(
            simulation_id=block["simulation"].pk, learner=learner
        ),
        not_passed=_("Pass this lesson's case simulation to complete it."),
    )
