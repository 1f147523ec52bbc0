from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


class QuizViewSet(SnippetViewSet):
    """Quizzes: their questions (fixed and drawn), limits, grading and review settings."""

    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 155
    add_to_admin_menu = True
    list_display = ["title", "purpose", "pass_percent", "time_limit_minutes", "attempts_allowed"]
    list_filter = ["purpose"]
    search_fields = ["title"]


register_snippet(QuizViewSet)
