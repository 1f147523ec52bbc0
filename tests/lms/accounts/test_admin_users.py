from django.core import mail

from lms.accounts.models import User
from lms.accounts.roles import Role, role_group_name


def test_an_administrator_adds_a_commission_officer_who_is_invited(
    client, administrator, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    assert client.get("/admin/users/new/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/users/new/",
            {"email": "sana@example.org", "full_name": "Sana Officer", "role": Role.COMMISSION},
        )
    assert response.status_code == 302
    sana = User.objects.get(email="sana@example.org")
    assert sana.role == Role.COMMISSION
    assert list(sana.groups.values_list("name", flat=True)) == [role_group_name(Role.COMMISSION)]
    assert mail.outbox[-1].to == ["sana@example.org"]
    assert sana.invitation.invited_by == administrator


def test_changing_a_role_in_the_cms_changes_the_groups_with_it(client, administrator, facilitator):
    client.force_login(administrator)
    response = client.post(
        f"/admin/users/edit/{facilitator.pk}/",
        {
            "email": facilitator.email,
            "full_name": "Farhan",
            "role": Role.LEARNER,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    facilitator.refresh_from_db()
    assert facilitator.role == Role.LEARNER
    assert not facilitator.groups.exists()


def test_administrators_cannot_change_their_own_role(client, administrator):
    client.force_login(administrator)
    html = client.get(f"/admin/users/edit/{administrator.pk}/").content.decode()
    assert 'name="role"' not in html


def test_the_user_list_sorts_by_name(client, administrator, facilitator):
    client.force_login(administrator)
    assert client.get("/admin/users/?ordering=name").status_code == 200
