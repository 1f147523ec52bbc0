from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from lms.core.events import evidence_changed, standing_changed
from lms.exports.sources import export_source_register


class ComplianceConfig(AppConfig):
    name = "lms.compliance"
    label = "compliance"
    verbose_name = _("Compliance")

    def ready(self):
        from .exports import STAFF_SOURCE, staff_table
        from .services import learner_changed_receive

        export_source_register(STAFF_SOURCE, staff_table)
        evidence_changed.connect(learner_changed_receive, dispatch_uid="compliance-evidence")
        standing_changed.connect(learner_changed_receive, dispatch_uid="compliance-standing")
