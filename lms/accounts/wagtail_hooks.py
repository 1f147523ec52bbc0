from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_users import (
    invitation_resend_view,
    invitations_resend_unaccepted_view,
    task_retry_view,
    tasks_attention_view,
)
from .roles import can_manage_staff


@hooks.register("register_admin_urls")
def invitation_admin_urls():
    return [
        path("invitations/<int:pk>/resend/", invitation_resend_view, name="invitation_resend"),
        path(
            "invitations/resend-unaccepted/",
            invitations_resend_unaccepted_view,
            name="invitations_resend_unaccepted",
        ),
        path("tasks/", tasks_attention_view, name="tasks_attention"),
        path("tasks/<uuid:pk>/retry/", task_retry_view, name="task_retry"),
    ]


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_staff(request.user)


@hooks.register("register_settings_menu_item")
def tasks_menu_item():
    return AdministratorsMenuItem(
        _("Failed background tasks"), reverse("tasks_attention"), icon_name="warning"
    )
