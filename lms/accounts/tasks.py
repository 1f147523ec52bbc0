from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from .invitations import invitation_token_make
from .models import Invitation


@task()
def invitation_email_send(user_id: int, sequence: int) -> None:
    """Email a person the link to set their password; runs on the task worker.

    `sequence` is the invitation's send_sequence when this send was asked for. The email goes
    out in the transaction that records it as sent, so a run after a crash (or a second worker
    given the same task) sends it at most once, and a crash before the commit sends it again."""
    user = get_user_model().objects.get(pk=user_id)
    if not user.is_active or user.has_usable_password():
        return
    with transaction.atomic():
        claimed = Invitation.objects.filter(user=user, sent_sequence__lt=sequence).update(
            sent_sequence=sequence, last_sent_at=timezone.now()
        )
        if not claimed:
            return
        link = settings.WAGTAILADMIN_BASE_URL + reverse(
            "invitation_accept", kwargs={"token": invitation_token_make(user)}
        )
        with translation.override("en"):
            context = {"user": user, "link": link}
            subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
            body = render_to_string("accounts/email/invitation_message.txt", context)
        user.email_user(subject, body)
