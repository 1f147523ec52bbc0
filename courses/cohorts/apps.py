from django.apps import AppConfig
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "courses.cohorts"
    label = "cohorts"
    verbose_name = _("Cohorts")

    def ready(self):
        from .services import staff_profile_saved, staff_profile_saving

        pre_save.connect(
            staff_profile_saving, sender="organisation.StaffProfile", dispatch_uid="cohorts-joining"
        )
        post_save.connect(
            staff_profile_saved, sender="organisation.StaffProfile", dispatch_uid="cohorts-joining"
        )
