from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BankConfig(AppConfig):
    name = "quizzes.bank"
    label = "bank"
    verbose_name = _("Question bank")
