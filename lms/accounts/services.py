"""Changes to accounts that touch more than one model; views, admin and commands all call these."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.core.permissions import ActionDenied

from .models import Invitation, User
from .roles import CMS_ROLES, ROLE_PERMISSIONS, Role, can_manage_staff, role_group_name


class RoleChangeDenied(ActionDenied):
    message = _("Only administrators give people their roles.")


@transaction.atomic
def user_set_role(*, user: User, role: Role, by: User | None) -> User:
    """Give a person a role, with the group and flags that go with it.

    `by` must manage staff (RoleChangeDenied otherwise); None, said explicitly, is the system
    itself: seed_demo, the benchmark, and staff_member_create for a person the system adds."""
    if by is not None:
        RoleChangeDenied.unless(can_manage_staff(by))
    role = Role(role)
    user.role = role
    user.is_superuser = user.is_staff = role == Role.ADMINISTRATOR
    user.save(update_fields=["role", "is_superuser", "is_staff"])
    role_groups = Group.objects.filter(name__in=[role_group_name(r) for r in CMS_ROLES])
    user.groups.remove(*role_groups)
    if role in CMS_ROLES and role != Role.ADMINISTRATOR:
        group, _ = Group.objects.get_or_create(name=role_group_name(role))
        user.groups.add(group)
    return user


def invitation_send(*, user: User, invited_by: User | None) -> Invitation:
    """Record an invitation and email it once the surrounding transaction commits."""
    from .tasks import invitation_email_send

    invitation, _ = Invitation.objects.update_or_create(
        user=user, defaults={"invited_by": invited_by}
    )
    Invitation.objects.filter(pk=invitation.pk).update(send_sequence=F("send_sequence") + 1)
    invitation.refresh_from_db(fields=["send_sequence"])
    sequence = invitation.send_sequence
    transaction.on_commit(lambda: invitation_email_send.enqueue(user.pk, sequence))
    return invitation


class InvitationResendDenied(ActionDenied):
    message = _("Only administrators resend invitations.")


def invitation_resend(*, user: User, by: User) -> bool:
    """Send a person who has not yet chosen a password their invitation again; False if they have.

    `by` must manage staff (InvitationResendDenied otherwise)."""
    InvitationResendDenied.unless(can_manage_staff(by))
    if not user.is_active or user.has_usable_password():
        return False
    invitation_send(user=user, invited_by=by)
    return True


def invitations_resend_unaccepted(*, by: User) -> int:
    """Resend every invitation not yet accepted; how many went out."""
    InvitationResendDenied.unless(can_manage_staff(by))
    pending = User.objects.filter(invitation__accepted_at__isnull=True, is_active=True)
    return sum(invitation_resend(user=user, by=by) for user in pending)


@transaction.atomic
def invitation_accept(*, user: User, password: str) -> User:
    """Set the invited person's password and mark their invitation accepted."""
    from allauth.account.models import EmailAddress

    user.set_password(password)
    user.save(update_fields=["password"])
    Invitation.objects.filter(user=user).update(accepted_at=timezone.now())
    # The link reached them by email, so the address is theirs.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def group_grant_admin_access(group: Group) -> None:
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def role_groups_sync() -> None:
    """Make each role's group exist with exactly the permissions ROLE_PERMISSIONS gives it."""
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role_group_name(role))
        wanted = Q(pk__in=[])
        for name in names:
            app_label, codename = name.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(wanted))
