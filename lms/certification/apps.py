from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from lms.core.events import evidence_changed
from lms.exports.sources import export_source_register


class CertificationConfig(AppConfig):
    name = "lms.certification"
    label = "certification"
    verbose_name = _("Certification")

    def ready(self):
        from .registry import REGISTRY_SOURCE, registry_table
        from .services import evidence_changed_receive

        export_source_register(REGISTRY_SOURCE, registry_table)
        evidence_changed.connect(evidence_changed_receive, dispatch_uid="certification-evidence")
