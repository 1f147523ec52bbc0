import pytest
from django.db import IntegrityError

from lms.accounts.roles import Role, role_group_name
from lms.accounts.services import RoleChangeDenied, user_set_role
from tests.factories import UserFactory


def test_an_administrator_is_a_superuser_and_nothing_else_is(db):
    user = UserFactory()
    user_set_role(user=user, role=Role.ADMINISTRATOR, by=None)
    assert user.is_superuser and user.is_staff

    user_set_role(user=user, role=Role.LEARNER, by=None)
    user.refresh_from_db()
    assert not user.is_superuser and not user.is_staff


def test_a_facilitator_joins_the_facilitator_group_and_can_open_the_cms(db):
    user = UserFactory(role=Role.FACILITATOR)
    assert list(user.groups.values_list("name", flat=True)) == [role_group_name(Role.FACILITATOR)]
    assert user.has_perm("wagtailadmin.access_admin")


def test_changing_role_leaves_the_old_group(db):
    user = UserFactory(role=Role.FACILITATOR)
    user_set_role(user=user, role=Role.COMMISSION, by=None)
    assert list(user.groups.values_list("name", flat=True)) == [role_group_name(Role.COMMISSION)]


def test_a_learner_cannot_open_the_cms(db):
    assert not UserFactory().has_perm("wagtailadmin.access_admin")


def test_the_database_refuses_a_superuser_who_is_not_an_administrator(db):
    user = UserFactory()
    user.is_superuser = True
    with pytest.raises(IntegrityError):
        user.save()


@pytest.mark.parametrize("actor", ["learner", "facilitator", "commission_officer"])
def test_only_administrators_give_roles(request, actor, administrator):
    person = UserFactory()
    with pytest.raises(RoleChangeDenied):
        user_set_role(user=person, role=Role.ADMINISTRATOR, by=request.getfixturevalue(actor))
    person.refresh_from_db()
    assert person.role == Role.LEARNER and not person.is_superuser

    user_set_role(user=person, role=Role.FACILITATOR, by=administrator)
    person.refresh_from_db()
    assert person.role == Role.FACILITATOR
