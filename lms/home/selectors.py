"""Reads the home pages need, aggregated in the database."""

from django.db.models import Count, Q

from lms.organisation.models import Designation, District


def district_staff_overview():
    """Every district with its registered staff counted per designation, in one query."""
    counts = {
        designation.value: Count("staff", filter=Q(staff__designation=designation))
        for designation in Designation
    }
    return District.objects.annotate(staff_total=Count("staff"), **counts).order_by(
        "-has_active_cpu", "name"
    )
