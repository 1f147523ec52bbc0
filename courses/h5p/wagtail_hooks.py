from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import H5PContentForm
from .models import H5PContent


class H5PContentViewSet(SnippetViewSet):
    """H5P content: upload a package (validated before anything is stored), then its titles."""

    model = H5PContent
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
