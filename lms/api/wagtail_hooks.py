"""API keys in the CMS: administrators issue, name, scope and revoke them, and read the call log.

Keys and calls are never deleted: a key is revoked, and its calls stay under its name.
"""

from django import forms
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ApiCall, ApiKey
from .services import api_key_create, api_key_revoke


class KeptForTheRecord(ModelPermissionPolicy):
    """The model's permissions, less deletion (one at a time or in bulk); `only` narrows further."""

    only = None

    def _allowed(self, action) -> bool:
        return action != "delete" and (self.only is None or action in self.only)

    def user_has_permission(self, user, action):
        return self._allowed(action) and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self._allowed(action) and super().user_has_permission_for_instance(
            user, action, instance
        )


class ReadOnly(KeptForTheRecord):
    only = {"view"}


class ApiKeyForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("all_districts") and not cleaned.get("districts"):
            self.add_error("districts", _("Choose the key's districts, or all districts."))
        return cleaned


class ApiKeyCreateView(snippets.CreateView):
    """Issues the key through api_key_create and shows it once, instead of going back to the
    list: the plain key exists only in this response."""

    def save_instance(self):
        data = self.form.cleaned_data
        key, self.token = api_key_create(
            name=data["name"],
            all_districts=data["all_districts"],
            districts=data["districts"],
            by=self.request.user,
        )
        return key

    def save_action(self):
        context = {
            "key": self.object,
            "token": self.token,
            "index_url": reverse(self.index_url_name),
            "page_title": _("API key created"),
            "breadcrumbs_items": self.get_breadcrumbs_items(),
            "header_title": _("API key created"),
        }
        return TemplateResponse(self.request, "api/admin/key_created.html", context)


class ApiKeyEditView(snippets.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.object.is_revoked:
            url = reverse("wagtailsnippets_api_apikey:revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="cross", priority=30))
        return buttons


class ApiKeyRevokeView(generic.DeleteView):
    """Confirm, then revoke: the key stops working at once, and stays listed as revoked."""

    permission_required = "change"
    template_name = "api/admin/key_revoke.html"
    page_title = _("Revoke")
    success_message = _("%(model_name)s '%(object)s' revoked.")

    def get_usage_url(self):
        return None

    def get_delete_url(self):
        return reverse("wagtailsnippets_api_apikey:revoke", args=[self.object.pk])

    def delete_action(self):
        api_key_revoke(key=self.object, by=self.request.user)


class ApiKeyViewSet(SnippetViewSet):
    model = ApiKey
    icon = "key"
    menu_label = _("API keys")
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("all_districts"),
            FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=ApiKeyForm,
    )
    list_display = [
        "name",
        "prefix",
        "all_districts",
        "created_by",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    list_filter = ["all_districts"]
    add_view_class = ApiKeyCreateView
    edit_view_class = ApiKeyEditView

    def get_urlpatterns(self):
        revoke = self.construct_view(ApiKeyRevokeView, **self.get_delete_view_kwargs())
        return [*super().get_urlpatterns(), path("revoke/<str:pk>/", revoke, name="revoke")]


class ApiCallViewSet(SnippetViewSet):
    model = ApiCall
    icon = "list-ul"
    menu_label = _("API calls")
    list_display = ["at", "key_name", "method", "path", "query", "status", "duration_ms"]
    list_filter = ["key", "status"]
    list_per_page = 100


class ApiViewSetGroup(SnippetViewSetGroup):
    menu_label = _("API")
    menu_icon = "code"
    menu_order = 900
    items = (ApiKeyViewSet, ApiCallViewSet)


register_permission_policy(ApiKey, KeptForTheRecord(ApiKey))
register_permission_policy(ApiCall, ReadOnly(ApiCall))
register_snippet(ApiViewSetGroup)
