from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Django knows Urdu but not Pashto; both read right to left.
PASHTO_LANG_INFO = {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"}


class HomeConfig(AppConfig):
    name = "lms.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.conf.locale import LANG_INFO

        LANG_INFO.setdefault("ps", PASHTO_LANG_INFO)
