from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_role_groups(sender, **kwargs):
    from .services import role_groups_sync

    role_groups_sync()


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # After every migrate, when all apps' permissions exist.
        post_migrate.connect(_sync_role_groups, dispatch_uid="tahaffuz_role_groups_sync")
