"""The compliance staff list as a spreadsheet: built the same way for the page and, when long,
for the task worker (lms.exports), as the person who asked."""

from django.utils import timezone
from django.utils.translation import gettext as _

from lms.exports.sources import Table

from .forms import compliance_filtered
from .presenters import staff_export
from .selectors import statuses_with_people

STAFF_SOURCE = "compliance_staff"


def staff_table(viewer, filters) -> Table:
    _form, statuses = compliance_filtered(viewer, filters, by_status=True)
    statuses = statuses_with_people(statuses)
    header, rows = staff_export(statuses.iterator(), timezone.localdate())
    return Table("compliance-staff", _("Staff"), header, rows, count=statuses.count())
