from django.urls import path
from wagtail import hooks

from .admin_users import invitation_resend_view, invitations_resend_unaccepted_view


@hooks.register("register_admin_urls")
def invitation_admin_urls():
    return [
        path("invitations/<int:pk>/resend/", invitation_resend_view, name="invitation_resend"),
        path(
            "invitations/resend-unaccepted/",
            invitations_resend_unaccepted_view,
            name="invitations_resend_unaccepted",
        ),
    ]
