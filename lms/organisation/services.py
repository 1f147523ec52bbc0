"""Writes that create or change staff; the admin screens and commands call these."""

import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from lms.accounts.roles import Role, can_manage_staff
from lms.accounts.services import invitation_send, user_set_role
from lms.core.events import standing_changed_announce
from lms.core.permissions import ActionDenied

from .models import District, StaffProfile
from .staff_import import StaffCheckReport


class StaffManagementDenied(ActionDenied):
    message = _("Only administrators add people.")


class StaffImportConflict(Exception):
    """Someone else registered one of the same people while the import ran."""


def staff_member_create(
    *,
    employee_number: str,
    full_name: str,
    email: str,
    designation: str,
    district: District | None,
    date_of_joining: datetime.date,
    full_name_ur: str = "",
    phone: str = "",
    gender: str = "",
    role: Role = Role.LEARNER,
    invited_by,
    send_invitation: bool = True,
) -> StaffProfile:
    """Create a person's account and staff profile, and invite them to set a password.

    `invited_by` must manage staff (StaffManagementDenied otherwise); None, said explicitly, is
    the system itself, as when seed_demo makes the demo staff."""
    if invited_by is not None:
        StaffManagementDenied.unless(can_manage_staff(invited_by))
    with transaction.atomic():
        user = get_user_model().objects.create_user(email=email, full_name=full_name)
        if role != Role.LEARNER:
            user_set_role(user=user, role=role, by=invited_by)
        profile_fields = {"full_name_ur": full_name_ur, "phone": phone}
        if gender:
            profile_fields["gender"] = gender
        profile = StaffProfile.objects.create(
            user=user,
            employee_number=employee_number,
            designation=designation,
            district=district,
            date_of_joining=date_of_joining,
            **profile_fields,
        )
        if send_invitation:
            invitation_send(user=user, invited_by=invited_by)
        standing_changed_announce(learner_id=user.pk)
    return profile


def staff_import(*, report: StaffCheckReport, invited_by) -> list[StaffProfile]:
    """Create everyone in a clean report, or no one; `invited_by` must manage staff."""
    StaffManagementDenied.unless(can_manage_staff(invited_by))
    if not report.is_valid:
        raise ValueError("Only a report without problems can be imported.")
    try:
        with transaction.atomic():
            return [
                staff_member_create(**row.cleaned, invited_by=invited_by) for row in report.rows
            ]
    except IntegrityError as error:
        raise StaffImportConflict from error
