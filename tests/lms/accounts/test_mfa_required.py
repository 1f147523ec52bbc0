import pytest
from django.urls import reverse

from lms.accounts.roles import Role
from tests.factories import UserFactory


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.COMMISSION, Role.ADMINISTRATOR])
@pytest.mark.parametrize("path", ["/", "/admin/", "/me/"])
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, db, role, path):
    client.force_login(UserFactory(role=role))
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))


def test_staff_who_sign_in_without_an_authenticator_are_shown_the_setup_page(client, db, password):
    user = UserFactory(role=Role.FACILITATOR)
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": password}, follow=True
    )
    # allauth asks for the password once more before a second factor can be added.
    assert [url.split("?")[0] for url, _status in response.redirect_chain[-2:]] == [
        reverse("mfa_activate_totp"),
        reverse("account_reauthenticate"),
    ]
    response = client.post(response.redirect_chain[-1][0], {"password": password}, follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("mfa_activate_totp"))
    assert 'name="code"' in response.content.decode()
    assert client.get(reverse("account_logout")).status_code == 200
    assert client.get(reverse("account_logout")).status_code == 200


def test_a_learner_without_an_authenticator_is_not_forced_to_set_one_up(client, learner):
    client.force_login(learner)
    assert client.get("/").status_code == 200


def test_staff_with_an_authenticator_reach_their_home(client, facilitator):
    client.force_login(facilitator)
    response = client.get("/")
    assert response.status_code == 200
    assert "My cohorts" in response.content.decode()
