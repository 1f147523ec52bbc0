import re

import pytest
from django.core import mail
from django.urls import reverse

from lms.accounts.services import (
    InvitationResendDenied,
    invitation_resend,
    invitation_send,
    invitations_resend_unaccepted,
)
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


def test_an_administrator_resends_an_invitation_from_the_persons_page(
    client, administrator, django_capture_on_commit_callbacks
):
    user = UserFactory(password=None)
    _invite(django_capture_on_commit_callbacks, user)
    client.force_login(administrator)
    assert "Resend invitation" in client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/invitations/{user.pk}/resend/")
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[user.email], [user.email]]


def test_resending_to_everyone_who_never_accepted_skips_those_who_did(
    client, administrator, django_capture_on_commit_callbacks
):
    waiting, accepted = UserFactory(password=None), UserFactory(password=None)
    accepted_link = _invite(django_capture_on_commit_callbacks, accepted)
    client.post(accepted_link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    _invite(django_capture_on_commit_callbacks, waiting)
    mail.outbox.clear()

    client.force_login(administrator)
    assert "Resend invitations not yet accepted" in client.get("/admin/users/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/invitations/resend-unaccepted/", follow=True)
    assert "1 invitation sent again." in response.content.decode()
    assert [message.to for message in mail.outbox] == [[waiting.email]]


def test_only_an_administrator_resends_invitations(db, facilitator):
    user = UserFactory(password=None)
    with pytest.raises(InvitationResendDenied):
        invitation_resend(user=user, by=facilitator)
    with pytest.raises(InvitationResendDenied):
        invitations_resend_unaccepted(by=facilitator)
    assert mail.outbox == []
