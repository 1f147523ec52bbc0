"""Notices: reminders and news for one person, shown in their inbox and, if they wish, emailed.

A notice is recorded once per recipient, kind, subject and period (the unique constraint): a
weekly reminder's period is its ISO week, a one-off's its due or expiry date, an event's the
event. Whoever records it first wins; a rerun, a crash mid-batch or a second worker finds the
row there and records (and sends) nothing more.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.accounts.roles import Role


class NoticeKind(models.TextChoices):
    # Learners
    COURSE_DUE_14 = "course_due_14", _("A course falls due in two weeks")
    COURSE_DUE_3 = "course_due_3", _("A course falls due in three days")
    COURSE_OVERDUE = "course_overdue", _("A course is overdue (weekly)")
    RESULT_RELEASED = "result_released", _("A marked quiz or a debriefed simulation")
    CERTIFICATE_ISSUED = "certificate_issued", _("A certificate is issued")
    CERTIFICATE_EXPIRING_60 = "certificate_expiring_60", _("A certificate expires in 60 days")
    CERTIFICATE_EXPIRING_14 = "certificate_expiring_14", _("A certificate expires in 14 days")
    REFRESHER_ENROLLED = "refresher_enrolled", _("Enrolled in a refresher course")
    ENROLMENT_WITHDRAWN = "enrolment_withdrawn", _("Withdrawn from a cohort")
    ENROLMENT_REINSTATED = "enrolment_reinstated", _("Back in a cohort after a withdrawal")
    # Facilitators
    ANSWERS_TO_MARK = "answers_to_mark", _("Answers waiting to be marked (daily)")
    DEBRIEFS_NEEDED = "debriefs_needed", _("Simulations waiting for a debrief (daily)")
    COHORT_OVERDUE = "cohort_overdue", _("Overdue learners in a cohort (weekly)")
    # The Commission
    COMPLIANCE_SUMMARY = "compliance_summary", _("The monthly compliance summary")
    CERTIFICATE_WITHDRAWN = "certificate_withdrawn", _("A certificate is revoked or suspended")
    # Staff
    EXPORT_READY = "export_ready", _("A spreadsheet you asked for is ready")


LEARNER_KINDS = [
    NoticeKind.COURSE_DUE_14,
    NoticeKind.COURSE_DUE_3,
    NoticeKind.COURSE_OVERDUE,
    NoticeKind.RESULT_RELEASED,
    NoticeKind.CERTIFICATE_ISSUED,
    NoticeKind.CERTIFICATE_EXPIRING_60,
    NoticeKind.CERTIFICATE_EXPIRING_14,
    NoticeKind.REFRESHER_ENROLLED,
    NoticeKind.ENROLMENT_WITHDRAWN,
    NoticeKind.ENROLMENT_REINSTATED,
]
# The kinds a person of each role may receive, offered on their preferences page.
ROLE_KINDS = {
    Role.LEARNER: LEARNER_KINDS,
    Role.FACILITATOR: [
        NoticeKind.ANSWERS_TO_MARK,
        NoticeKind.DEBRIEFS_NEEDED,
        NoticeKind.COHORT_OVERDUE,
        NoticeKind.CERTIFICATE_WITHDRAWN,
        NoticeKind.EXPORT_READY,
    ],
    Role.COMMISSION: [
        NoticeKind.COMPLIANCE_SUMMARY,
        NoticeKind.CERTIFICATE_WITHDRAWN,
        NoticeKind.EXPORT_READY,
    ],
    Role.ADMINISTRATOR: [NoticeKind.CERTIFICATE_WITHDRAWN, NoticeKind.EXPORT_READY],
}


class NoticeQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def email_unsent(self):
        return self.filter(email_due=True, emailed_at__isnull=True)


class Notice(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=NoticeKind.choices)
    # What the notice is about: an enrolment, a certificate, a cohort, an attempt; for a digest,
    # the recipient themself.
    subject_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    # Which time this is: "2026-W49" for a weekly reminder, "2026-12-03" for a daily digest or
    # a due date, "2026-12" for a monthly summary, an event's number, or "" for once ever.
    period = models.CharField(max_length=20, blank=True)
    # The words the notice needs (course title, date, count), kept so the inbox reads no subject.
    data = models.JSONField(default=dict, blank=True)
    link = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Decided when the notice is recorded: the person wants this kind by email and has an address.
    email_due = models.BooleanField(default=False)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "subject_type", "subject_id", "period"],
                name="one_notice_per_subject_and_period",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=NoticeKind.values), name="notice_kind_is_known"
            ),
            models.CheckConstraint(
                condition=Q(emailed_at__isnull=True) | Q(email_due=True),
                name="notice_emailed_only_when_due",
            ),
        ]
        indexes = [
            models.Index(
                fields=["recipient"], condition=Q(read_at__isnull=True), name="notice_unread_idx"
            ),
            models.Index(
                fields=["created_at"],
                condition=Q(email_due=True, emailed_at__isnull=True),
                name="notice_email_unsent_idx",
            ),
        ]

    def __str__(self):
        return f"{self.recipient} · {self.get_kind_display()} · {self.period}"


class NoticePreference(models.Model):
    """A person's choice to have one kind of notice emailed; no row means yes. The in-app notice
    is recorded whatever they choose."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_preferences"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=NoticeKind.choices)
    email = models.BooleanField(_("by email"), default=True)

    class Meta:
        verbose_name = _("notice preference")
        verbose_name_plural = _("notice preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind"], name="one_notice_preference_per_kind"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=NoticeKind.values), name="notice_preference_kind_is_known"
            ),
        ]

    def __str__(self):
        return f"{self.person} · {self.get_kind_display()}: {self.email}"
