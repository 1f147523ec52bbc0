"""Wagtail's users app, pointed at Tahaffuz's user screens (lms.accounts.admin_users)."""

from wagtail.users.apps import WagtailUsersAppConfig


class TahaffuzUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "lms.accounts.admin_users.UserViewSet"
