from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from courses.content.activities import LessonActivity

from .forms import H5PContentForm
from .models import H5PContent
from .selectors import h5p_grade


class H5PContentCreateView(CreateView):
    def save_instance(self):
        instance = super().save_instance()
        for notice in self.form.library_notices():
            messages.warning(self.request, notice)
        return instance


class H5PContentViewSet(SnippetViewSet):
    """H5P content: upload a package (validated before anything is stored), then its titles."""

    model = H5PContent
    add_view_class = H5PContentCreateView
    icon = "media"
    menu_label = _("H5P content")
    menu_order = 162
    add_to_admin_menu = True
    list_display = ["title", "main_library", "created_at"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("package"),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("title_ur"), FieldPanel("title_ps")]),
            FieldPanel("description"),
        ],
        base_form_class=H5PContentForm,
    )


register_snippet(H5PContentViewSet)


@hooks.register("register_lesson_activity")
def h5p_lesson_activity():
    return LessonActivity(
        "h5p",
        passed=lambda *, learner, lesson, block: (
            h5p_grade(learner=learner, lesson=lesson, block=block).passed
        ),
        not_passed=_("Reach the pass mark in this lesson's interactive activity to complete it."),
    )
