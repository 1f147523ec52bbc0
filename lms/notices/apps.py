from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "lms.notices"
    label = "notices"
    verbose_name = _("Notices")

    def ready(self):
        from lms.certification.models import CertificateEvent
        from quizzes.attempts.models import MarkChange
        from quizzes.simulations.models import SimulationAttempt

        from . import receivers

        post_save.connect(
            receivers.certificate_event_saved, sender=CertificateEvent, dispatch_uid="notices-cert"
        )
        post_save.connect(
            receivers.mark_change_saved, sender=MarkChange, dispatch_uid="notices-mark"
        )
        post_save.connect(
            receivers.simulation_attempt_saved,
            sender=SimulationAttempt,
            dispatch_uid="notices-debrief",
        )
