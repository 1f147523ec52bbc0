"""What a notice says, in the active language, from the words kept on it (no subject is read)."""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _

from lms.certification.models import CertificateState

from .models import Notice, NoticeKind


@dataclass(frozen=True)
class NoticeText:
    title: str
    body: str


def _date(value: str) -> str:
    return date_format(datetime.date.fromisoformat(value)) if value else ""


def notice_text(notice: Notice) -> NoticeText:
    data = notice.data
    words = {
        "course": data.get("course", ""),
        "cohort": data.get("cohort", ""),
        "number": data.get("number", ""),
        "name": data.get("name", ""),
        "reason": data.get("reason", ""),
        "count": data.get("count", 0),
        "date": _date(data.get("date", "")),
    }
    kind = notice.kind
    if kind in (NoticeKind.COURSE_DUE_14, NoticeKind.COURSE_DUE_3):
        title = _("%(course)s is due on %(date)s")
        body = (
            _("Two weeks are left to complete the course.")
            if kind == NoticeKind.COURSE_DUE_14
            else _("Three days are left to complete the course.")
        )
    elif kind == NoticeKind.COURSE_OVERDUE:
        title = _("%(course)s is overdue")
        body = _(
            "It was due on %(date)s. Complete it as soon as you can, or speak to your facilitator."
        )
    elif kind == NoticeKind.RESULT_RELEASED:
        title = _("Your result for %(name)s is ready")
        body = (
            _("Your facilitator recorded the debrief of your case simulation.")
            if data.get("activity") == "simulation"
            else _("Your facilitator has marked your answers.")
        )
    elif kind == NoticeKind.CERTIFICATE_ISSUED:
        title = _("Your certificate %(number)s is issued")
        body = _("%(course)s. It is valid until %(date)s.")
    elif kind in (NoticeKind.CERTIFICATE_EXPIRING_60, NoticeKind.CERTIFICATE_EXPIRING_14):
        title = _("Your certificate %(number)s expires on %(date)s")
        body = _("Complete the refresher course before then to keep it valid.")
    elif kind == NoticeKind.REFRESHER_ENROLLED:
        title = _("You are enrolled in %(course)s")
        body = _("The refresher renews your certificate: complete it by %(date)s.")
    elif kind == NoticeKind.ENROLMENT_WITHDRAWN:
        title = _("You are withdrawn from %(cohort)s")
        body = _("%(course)s. Reason: %(reason)s")
    elif kind == NoticeKind.ENROLMENT_REINSTATED:
        title = _("You are back in %(cohort)s")
        body = _("%(course)s. Your progress, attempts and attendance are as you left them.")
    elif kind == NoticeKind.EXPORT_READY:
        title = _("Your spreadsheet %(name)s is ready")
        body = ngettext(
            "%(count)s row. Download it by %(date)s; the link opens for you alone.",
            "%(count)s rows. Download it by %(date)s; the link opens for you alone.",
            words["count"],
        )
    elif kind == NoticeKind.ANSWERS_TO_MARK:
        title = ngettext(
            "%(count)s answer is waiting to be marked",
            "%(count)s answers are waiting to be marked",
            words["count"],
        )
        body = _("Learners in your cohorts are waiting for their results.")
    elif kind == NoticeKind.DEBRIEFS_NEEDED:
        title = ngettext(
            "%(count)s case simulation is waiting for a debrief",
            "%(count)s case simulations are waiting for a debrief",
            words["count"],
        )
        body = _("Each ended in a critical error: talk it through with the trainee.")
    elif kind == NoticeKind.COHORT_OVERDUE:
        title = ngettext(
            "%(count)s learner of %(cohort)s is overdue",
            "%(count)s learners of %(cohort)s are overdue",
            words["count"],
        )
        body = _("Their course's due date has passed and they hold no certificate.")
    elif kind == NoticeKind.COMPLIANCE_SUMMARY:
        words["month"] = date_format(datetime.date.fromisoformat(data["date"]), "YEAR_MONTH_FORMAT")
        title = _("Compliance summary, %(month)s")
        body = _(
            "Staff by district on %(date)s: enrolled, overdue, certified and expiring. The email "
            "carries the spreadsheet."
        )
    else:  # CERTIFICATE_WITHDRAWN
        words["state"] = CertificateState(data.get("state", "revoked")).label.lower()
        title = _("The certificate %(number)s of %(name)s is %(state)s")
        body = _("Reason: %(reason)s")
    if get_language_bidi():  # names and numbers keep their own direction in Urdu and Pashto
        words = {key: f"\u2068{value}\u2069" for key, value in words.items()}
    return NoticeText(title=title % words, body=body % words)
