import pytest
from django.urls import reverse

from lms.accounts.mfa import totp_current_code

LOGIN_URL = reverse("account_login")


def test_a_learner_signs_in_with_email_and_lands_on_my_training(client, learner, password):
    response = client.post(
        LOGIN_URL, {"login": "learner@example.org", "password": password}, follow=True
    )
    assert response.wsgi_request.user == learner
    assert "My training" in response.content.decode()


@pytest.mark.parametrize("number", ["KP-CPU-0042", "kp-cpu-0042"])
def test_a_learner_signs_in_with_their_employee_number_in_any_case(
    client, learner, password, number
):
    response = client.post(LOGIN_URL, {"login": number, "password": password})
    assert response.status_code == 302
    assert response.wsgi_request.user == learner


def test_a_wrong_password_says_what_went_wrong_and_signs_no_one_in(client, learner):
    response = client.post(LOGIN_URL, {"login": "KP-CPU-0042", "password": "not-it"})
    assert response.status_code == 200
    assert "do not match" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_repeated_failures_are_throttled_with_a_clear_message(client, learner, password):
    for _attempt in range(5):
        client.post(LOGIN_URL, {"login": "learner@example.org", "password": "wrong"})
    response = client.post(LOGIN_URL, {"login": "learner@example.org", "password": password})
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_there_is_no_open_signup(client, db):
    response = client.get(reverse("account_signup"))
    assert "Sign Up Closed" in response.content.decode() or response.status_code == 403


def test_staff_with_an_authenticator_must_give_its_code(client, facilitator, password):
    response = client.post(LOGIN_URL, {"login": facilitator.email, "password": password})
    assert response.url == reverse("mfa_authenticate")
    assert not client.get(reverse("home")).wsgi_request.user.is_authenticated

    response = client.post(reverse("mfa_authenticate"), {"code": totp_current_code(facilitator)})
    assert response.status_code == 302
    assert client.get(reverse("home")).wsgi_request.user == facilitator


def test_the_cms_login_is_the_same_allauth_sign_in(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(LOGIN_URL)
