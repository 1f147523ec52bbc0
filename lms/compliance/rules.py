"""Where a member of staff stands with their mandatory training, decided from the evidence
alone: no database, so every state is tested directly (tests/lms/compliance/test_rules.py)."""

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffState(models.TextChoices):
    """One state per member of staff; each is counted in its own column of the overview."""

    NOT_ENROLLED = "not_enrolled", _("Not enrolled")
    ON_TIME = "on_time", _("Enrolled, on time")
    OVERDUE = "overdue", _("Overdue")
    CERTIFIED = "certified", _("Certified")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Revoked or suspended")


# The states decided by a certificate (a status in one has the certificate's dates).
CERTIFICATE_STATES = (StaffState.CERTIFIED, StaffState.EXPIRED, StaffState.WITHDRAWN)


@dataclass(frozen=True)
class StatusEvidence:
    """What the state is decided from.

    `due_date` is the enrolment's due date, or (not enrolled) the date of joining plus the
    Commission's deadline. The certificate is the latest one issued and not superseded: held
    (valid), withdrawn (revoked or suspended) or None (no certificate)."""

    due_date: datetime.date
    enrolled: bool
    certificate_held: bool = False
    certificate_withdrawn: bool = False
    certificate_expires_on: datetime.date | None = None


@dataclass(frozen=True)
class Decision:
    state: StaffState
    # The day the state changes by itself (a due date or an expiry passing), None: it does not;
    # the nightly refresh recomputes the rows whose day has come.
    recheck_on: datetime.date | None


def status_decide(evidence: StatusEvidence, today: datetime.date) -> Decision:
    """A certificate decides (held and unexpired, expired, or revoked/suspended); without one,
    the due date: overdue once it has passed (enrolled or not), else on time or not enrolled."""
    if evidence.certificate_held:
        if evidence.certificate_expires_on > today:
            return Decision(StaffState.CERTIFIED, evidence.certificate_expires_on)
        return Decision(StaffState.EXPIRED, None)
    if evidence.certificate_withdrawn:
        return Decision(StaffState.WITHDRAWN, None)
    if evidence.due_date < today:
        return Decision(StaffState.OVERDUE, None)
    state = StaffState.ON_TIME if evidence.enrolled else StaffState.NOT_ENROLLED
    return Decision(state, evidence.due_date + datetime.timedelta(days=1))
