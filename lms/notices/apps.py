from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "lms.notices"
    label = "notices"
    verbose_name = _("Notices")

    def ready(self):
        from . import receivers

        # Model signals take "app_label.Model" senders: no import of those apps' models here.

        post_save.connect(
            receivers.certificate_event_saved,
            sender="certification.CertificateEvent",
            dispatch_uid="notices-cert",
        )
        post_save.connect(
            receivers.enrolment_withdrawal_saved,
            sender="cohorts.EnrolmentWithdrawal",
            dispatch_uid="notices-withdrawal",
        )
        post_save.connect(
            receivers.spreadsheet_export_saved,
            sender="exports.SpreadsheetExport",
            dispatch_uid="notices-export",
        )
        post_save.connect(
            receivers.mark_change_saved, sender="attempts.MarkChange", dispatch_uid="notices-mark"
        )
        post_save.connect(
            receivers.simulation_attempt_saved,
            sender="simulations.SimulationAttempt",
            dispatch_uid="notices-debrief",
        )
