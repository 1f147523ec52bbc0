from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttemptsConfig(AppConfig):
    name = "quizzes.attempts"
    label = "attempts"
    verbose_name = _("Quizzes and attempts")
