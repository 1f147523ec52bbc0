import re

from django.core import mail
from django.urls import reverse

from lms.accounts.services import invitation_send
from tests.factories import UserFactory

NEW_PASSWORD = "Swat-valley-2026-river"


def _invite(django_capture_on_commit_callbacks, user):
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, invited_by=None)
    return re.search(r"http://\S+/invitation/\S+/", mail.outbox[-1].body).group(0)


def test_an_invited_person_sets_a_password_and_is_signed_in(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(password=None)
    link = _invite(django_capture_on_commit_callbacks, user)
    assert mail.outbox[-1].to == [user.email]

    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert user.invitation.is_accepted
    assert client.get(reverse("home")).wsgi_request.user == user


def test_an_invitation_link_works_only_once(client, db, django_capture_on_commit_callbacks):
    user = UserFactory(password=None)
    link = _invite(django_capture_on_commit_callbacks, user)
    client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    client.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert "already been used" in response.content.decode()


def test_a_forged_invitation_link_is_refused(client, db):
    response = client.get(reverse("invitation_accept", kwargs={"token": "forged-token"}))
    assert response.status_code == 410


def test_mismatched_passwords_are_reported_and_nothing_is_set(
    client, db, django_capture_on_commit_callbacks
):
    user = UserFactory(password=None)
    link = _invite(django_capture_on_commit_callbacks, user)
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": "other"})
    assert response.status_code == 200
    user.refresh_from_db()
    assert not user.has_usable_password()
