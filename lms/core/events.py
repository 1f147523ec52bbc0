"""Events by which a lower layer tells the layers above it that something changed, without
importing them.

`evidence_changed` says: this learner's evidence for a course (lessons completed, attendance,
quiz grades, case simulations, H5P results, competency sign-offs) changed. Certification
listens and re-evaluates the learner's certificate; reports that keep a status listen too.

`standing_changed` says: the person's enrolment, certificate or staff record changed; the
reports that keep a status listen (certification, which causes most of these, does not).
"""

from functools import partial

from django.db import transaction
from django.dispatch import Signal

# Sent with learner_id and course_id (None: every course the learner is enrolled in).
evidence_changed = Signal()


def evidence_changed_announce(*, learner_id: int, course_id: int | None = None) -> None:
    """Announce a change of evidence once the current transaction commits, so listeners read
    what was committed and a listener's failure (logged) cannot undo the learner's work."""
    transaction.on_commit(
        partial(evidence_changed.send, sender=None, learner_id=learner_id, course_id=course_id),
        robust=True,
    )


# Sent with learner_id: what a status report keeps about this person changed without their
# evidence changing: enrolled or withdrawn, a certificate issued, approved, suspended, reinstated or
# revoked, their staff record created or edited (district, designation, date of joining).
standing_changed = Signal()


def standing_changed_announce(*, learner_id: int) -> None:
    """Announce a change of standing once the current transaction commits (as above)."""
    transaction.on_commit(
        partial(standing_changed.send, sender=None, learner_id=learner_id), robust=True
    )
