from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from lms.accounts.visibility import cohorts_visible_q
from lms.core.snippets import VisibleSnippetViewSet

from .models import Cohort


class CohortViewSet(VisibleSnippetViewSet):
    """Cohorts are set up in the CMS: course, districts, facilitators and the ten session days.
    The list and the chooser show each person only the cohorts they may read."""

    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "course", "status", "capacity", "venue"]
    list_filter = ["status", "districts"]
    search_fields = ["name", "venue"]

    def visible(self, queryset, user):
        return queryset.filter(cohorts_visible_q(user))


register_snippet(CohortViewSet)
