from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "courses.cohorts"
    label = "cohorts"
    verbose_name = _("Cohorts")
