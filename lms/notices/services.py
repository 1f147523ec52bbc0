"""Recording notices and emailing them, each exactly once as far as a mail server allows.

Recording: the unique constraint on (recipient, kind, subject, period) decides; an insert that
finds the row there is ignored, so a rerun or a second worker records nothing twice.

Emailing: a worker claims a notice by setting `emailed_at` where it is still empty, and sends
the email inside that same transaction. A second worker waits on the claim and then finds it
taken; a send that fails rolls the claim back, and the next run sends it. The one window for a
second email is a crash after the mail server accepted the message and before the commit: we
prefer that (at least once) to a reminder silently lost (at most once).
"""

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from lms.compliance.services import staff_statuses_refresh_due

from .models import Notice, NoticeKind, NoticePreference
from .presenters import notice_text
from .selectors import notices_due
from .summary import compliance_workbook

logger = logging.getLogger(__name__)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _email_refusals(*, person_id: int | None = None) -> tuple[set, set]:
    """The (person, kind) pairs whose email is switched off, and the people with no address or
    account; of everyone, or of one person."""
    off = NoticePreference.objects.filter(email=False)
    unreachable = get_user_model().objects.filter(Q(email="") | Q(is_active=False))
    if person_id is not None:
        off, unreachable = off.filter(person_id=person_id), unreachable.filter(pk=person_id)
    return set(off.values_list("person_id", "kind")), set(unreachable.values_list("pk", flat=True))


def _decide_email(notice: Notice, refusals: tuple[set, set]) -> Notice:
    off, unreachable = refusals
    notice.email_due = (
        notice.recipient_id not in unreachable and (notice.recipient_id, notice.kind) not in off
    )
    return notice


def notices_record(notices: Iterable[Notice]) -> None:
    """Keep the notices not recorded before; each one's email is due unless its recipient
    switched that kind off or has no address."""
    refusals = _email_refusals()
    batch = []
    for notice in notices:
        batch.append(_decide_email(notice, refusals))
        if len(batch) == 1000:
            Notice.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Notice.objects.bulk_create(batch, ignore_conflicts=True)


def notice_record(notice: Notice) -> Notice | None:
    """Record one notice (of an event); None if it was recorded before."""
    _decide_email(notice, _email_refusals(person_id=notice.recipient_id))
    with transaction.atomic():
        recorded, created = Notice.objects.get_or_create(
            recipient_id=notice.recipient_id,
            kind=notice.kind,
            subject_type_id=notice.subject_type_id,
            subject_id=notice.subject_id,
            period=notice.period,
            defaults={"data": notice.data, "link": notice.link, "email_due": notice.email_due},
        )
    return recorded if created else None


def notice_email(notice: Notice) -> EmailMultiAlternatives:
    """The email of a notice, in its recipient's language, as plain text and HTML."""
    recipient = notice.recipient
    language = recipient.language or settings.LANGUAGE_CODE
    with translation.override(language):
        text = notice_text(notice)
        context = {
            "recipient": recipient,
            "text": text,
            "link": settings.WAGTAILADMIN_BASE_URL + notice.link if notice.link else "",
            "preferences": settings.WAGTAILADMIN_BASE_URL + reverse("notices:preferences"),
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
        }
        message = EmailMultiAlternatives(
            subject=text.title,
            body=render_to_string("notices/email/notice.txt", context),
            to=[recipient.email],
            headers={"Content-Language": language},
        )
        message.attach_alternative(
            render_to_string("notices/email/notice.html", context), "text/html"
        )
        if notice.kind == NoticeKind.COMPLIANCE_SUMMARY:
            today = datetime.date.fromisoformat(notice.data["date"])
            message.attach(f"compliance-{today:%Y-%m}.xlsx", compliance_workbook(today=today), XLSX)
    return message


def notice_email_send(notice_id: int) -> bool:
    """Email one notice unless someone did; True if this call sent it."""
    with transaction.atomic():
        claimed = (
            Notice.objects.email_unsent().filter(pk=notice_id).update(emailed_at=timezone.now())
        )
        if not claimed:
            return False
        notice_email(Notice.objects.select_related("recipient").get(pk=notice_id)).send()
    return True


@dataclass
class SendReport:
    emailed: int = 0
    failed: int = 0


def notices_send(*, today: datetime.date) -> SendReport:
    """Bring the compliance statuses whose date has come up to `today` (the reminders read them),
    record the notices due today and email every notice whose email is still owed, those left
    by an earlier run that crashed included. Cron runs it daily (`notices_send`)."""
    staff_statuses_refresh_due(today)
    notices_record(notices_due(today=today))
    report = SendReport()
    for notice_id in Notice.objects.email_unsent().order_by("pk").values_list("pk", flat=True):
        try:
            report.emailed += notice_email_send(notice_id)
        except Exception:  # one address the server refuses stops no one else's reminder
            logger.exception("Notice %s was not emailed; the next run tries again.", notice_id)
            report.failed += 1
    return report


def notice_mark_read(*, notice: Notice) -> None:
    Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=timezone.now())


def notices_mark_all_read(*, recipient) -> int:
    return recipient.notices.unread().update(read_at=timezone.now())


@transaction.atomic
def notice_preferences_set(*, person, language: str, email_kinds: Iterable[str], offered) -> None:
    """Save which of the offered kinds the person wants by email, and their emails' language."""
    wanted = set(email_kinds)
    for kind in offered:
        NoticePreference.objects.update_or_create(
            person=person, kind=kind, defaults={"email": kind in wanted}
        )
    person.language = language
    person.save(update_fields=["language"])
