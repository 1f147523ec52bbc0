from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Cohort


class CohortViewSet(SnippetViewSet):
    """Cohorts are set up in the CMS: course, districts, facilitators and the ten session days."""

    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "course", "status", "capacity", "venue"]
    list_filter = ["status", "districts"]
    search_fields = ["name", "venue"]


register_snippet(CohortViewSet)
