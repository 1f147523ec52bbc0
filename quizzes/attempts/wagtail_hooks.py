from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.content.activities import LessonActivity
from quizzes.bank.models import Question

from .marking import QuestionRegradeView
from .models import Quiz
from .services import learner_quiz_grade


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


def quiz_passed(*, learner, lesson, block) -> bool:
    grade = learner_quiz_grade(quiz=block["quiz"], learner=learner)
    return grade.percent is not None and grade.percent >= block["quiz"].pass_percent


@hooks.register("register_lesson_activity")
def quiz_lesson_activity():
    return LessonActivity(
        "quiz", passed=quiz_passed, not_passed=_("Pass this lesson's quiz to complete it.")
    )


class QuestionRegradeViewSet(ViewSet):
    """Grade again the submitted answers to a corrected question of the bank."""

    name = "question_regrade"
    icon = "resubmit"

    def get_urlpatterns(self):
        return [path("<int:question_id>/", QuestionRegradeView.as_view(), name="regrade")]


@hooks.register("register_admin_viewset")
def register_question_regrade_viewset():
    return QuestionRegradeViewSet()


@hooks.register("register_question_edit_buttons")
@hooks.register("register_snippet_listing_buttons")
def question_regrade_button(snippet, user, next_url=None):
    """In the question listing's menu and the question's edit page: its marking history, where
    it may be regraded."""
    if isinstance(snippet, Question) and user.has_perm("bank.change_question"):
        yield ListingButton(
            _("Marking history and regrade"),
            reverse("question_regrade:regrade", args=[snippet.pk]),
            icon_name="resubmit",
            priority=50,
        )
