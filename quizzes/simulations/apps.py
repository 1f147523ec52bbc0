from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SimulationsConfig(AppConfig):
    name = "quizzes.simulations"
    label = "simulations"
    verbose_name = _("Case simulations")
