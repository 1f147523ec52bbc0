from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Question, QuestionCategory
from .views import QuestionEditView, QuestionExportView, QuestionImportView


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    edit_view_class = QuestionEditView
    menu_label = _("Questions")
    list_display = ["__str__", "type", "category", "step", "difficulty"]
    list_filter = ["type", "category", "step", "difficulty", "cognitive_level", "locale"]
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


class QuestionTransferViewSet(ViewSet):
    """Import and export the question bank in the documented JSON format (see transfer.py)."""

    name = "question_transfer"
    icon = "upload"
    menu_label = _("Import or export questions")
    add_to_admin_menu = True
    menu_order = 161

    def get_urlpatterns(self):
        return [
            path("", QuestionImportView.as_view(), name="import"),
            path("export/", QuestionExportView.as_view(), name="export"),
        ]


@hooks.register("register_admin_viewset")
def register_question_transfer_viewset():
    return QuestionTransferViewSet()
