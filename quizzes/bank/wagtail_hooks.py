from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Question, QuestionCategory


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["__str__", "type", "category", "step", "difficulty"]
    list_filter = ["type", "category", "step", "difficulty", "locale"]
    search_fields = ["text"]
    list_per_page = 50


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "description"]


class QuestionBankViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 160
    items = (QuestionViewSet, QuestionCategoryViewSet)


register_snippet(QuestionBankViewSetGroup)
