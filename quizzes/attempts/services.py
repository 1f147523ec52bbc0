"""Starting, answering, submitting and marking quiz attempts.

Every function checks who may do it and when, and leaves the database unchanged when it refuses.
Views, the admin, the task worker and seed_demo all call these.
"""

import dataclasses
import datetime
import json
import random
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.cohorts.models import Cohort
from courses.progress.access import NoLongerEnrolled, still_enrolled
from lms.accounts.roles import can_regrade, can_teach_learner
from lms.core.dates import date_text
from lms.core.events import evidence_changed_announce
from lms.core.grading import Grade, grade_pick
from lms.core.permissions import ActionDenied
from quizzes.bank.models import Question
from quizzes.grading import (
    AWAITING_MARKING,
    AttemptResult,
    InvalidAnswer,
    OptionSnapshot,
    PartialCredit,
    QuestionSnapshot,
    QuestionType,
    Score,
    attempt_marks,
    score_response,
)

from . import policy
from .models import (
    AttemptQuestion,
    AttemptState,
    MarkChange,
    Quiz,
    QuizAttempt,
    QuizOverride,
)

# Answers arriving this long after the deadline (a slow link) are still accepted.
DEADLINE_GRACE = datetime.timedelta(seconds=30)


class AttemptRefused(Exception):
    """The action is not allowed now; the message says why, for the learner, and `code` for a
    script (a queued answer sent once the connection is back reports it per answer)."""

    code = "refused"


class MarkingDenied(ActionDenied):
    message = gettext_lazy(
        "Only the learner's facilitators, the Commission and administrators may do this."
    )


class RegradeDenied(ActionDenied):
    message = gettext_lazy("Only those who may correct questions may regrade their answers.")


def _check_teaches(by, learner_id) -> None:
    MarkingDenied.unless(
        can_teach_learner(by, Cohort.objects.filter(enrolments__learner_id=learner_id).distinct())
    )


# Snapshots are stored as JSON and read back into the grading dataclasses.


def snapshot_to_json(snapshot: QuestionSnapshot) -> dict:
    return json.loads(json.dumps(dataclasses.asdict(snapshot), default=str))


def snapshot_from_json(data: dict) -> QuestionSnapshot:
    def decimal(value):
        return None if value is None else Decimal(value)

    return QuestionSnapshot(
        type=QuestionType(data["type"]),
        text=data["text"],
        marks=Decimal(data["marks"]),
        options=tuple(OptionSnapshot(**option) for option in data["options"]),
        partial_credit=PartialCredit(data["partial_credit"]),
        numeric_answer=decimal(data["numeric_answer"]),
        numeric_tolerance=Decimal(data["numeric_tolerance"]),
        fold_case=data["fold_case"],
        fold_spaces=data["fold_spaces"],
        general_feedback=data["general_feedback"],
        rubric=data["rubric"],
        language=data.get("language", ""),
    )


def _questions_for(quiz: Quiz, rng: random.Random) -> list[Question]:
    fixed = [item.question for item in quiz.fixed_questions.select_related("question")]
    chosen = {question.pk for question in fixed}
    drawn = []
    for draw in quiz.draws.all():
        pool = Question.objects.filter(locale__language_code="en").exclude(pk__in=chosen)
        if draw.category_id:
            pool = pool.filter(category_id=draw.category_id)
        if draw.objective:
            pool = pool.filter(objectives__name=draw.objective)
        candidates = list(pool.distinct().order_by("pk"))
        picked = rng.sample(candidates, min(draw.count, len(candidates)))
        chosen.update(question.pk for question in picked)
        drawn.extend(picked)
    questions = fixed + drawn
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    return questions


def attempt_start(*, quiz: Quiz, learner, now: datetime.datetime | None = None) -> QuizAttempt:
    """Resume the learner's open attempt, or start a new one if the quiz allows it."""
    now = now or timezone.now()
    open_attempt = QuizAttempt.objects.filter(
        quiz=quiz, learner=learner, submitted_at__isnull=True
    ).first()
    if open_attempt is not None:
        return open_attempt
    if quiz.opens_at and now < quiz.opens_at:
        raise AttemptRefused(_("This quiz opens on %(date)s.") % {"date": date_text(quiz.opens_at)})
    if quiz.closes_at and now >= quiz.closes_at:
        raise AttemptRefused(_("This quiz has closed."))
    if policy.retake_barred(quiz, learner):
        raise AttemptRefused(
            _("You have seen the answers to this quiz, so you cannot take it again.")
        )
    if policy.attempts_left(quiz, learner) == 0:
        raise AttemptRefused(_("You have used all your attempts at this quiz."))
    _extra_attempts, extra_minutes = policy.quiz_override(quiz, learner)
    previous = QuizAttempt.objects.filter(quiz=quiz, learner=learner)
    count = previous.count()
    last_submitted = previous.aggregate(last=Max("submitted_at"))["last"]
    if last_submitted and quiz.minutes_between_attempts:
        next_allowed = last_submitted + datetime.timedelta(minutes=quiz.minutes_between_attempts)
        if now < next_allowed:
            raise AttemptRefused(
                _("You can try again from %(time)s.") % {"time": date_text(next_allowed)}
            )
    rng = random.SystemRandom()
    questions = _questions_for(quiz, rng)
    if not questions:
        raise AttemptRefused(_("This quiz has no questions yet."))
    deadline = None
    if quiz.time_limit_minutes:
        deadline = now + datetime.timedelta(minutes=quiz.time_limit_minutes + extra_minutes)
        if quiz.closes_at:
            deadline = min(deadline, quiz.closes_at)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                quiz=quiz,
                learner=learner,
                number=count + 1,
                started_at=now,
                deadline=deadline,
                pass_percent=quiz.pass_percent,
                max_marks=sum((question.marks for question in questions), Decimal(0)),
            )
            rows = []
            for position, question in enumerate(questions, start=1):
                # The learner sees the question in their language where it is translated.
                snapshot = question.localized.snapshot()
                order = [option.id for option in snapshot.options]
                if quiz.shuffle_options and snapshot.type not in (
                    QuestionType.ORDERING,
                    QuestionType.TRUE_FALSE,
                ):
                    rng.shuffle(order)
                elif snapshot.type == QuestionType.ORDERING:
                    while len(order) > 1 and order == [option.id for option in snapshot.options]:
                        rng.shuffle(order)
                rows.append(
                    AttemptQuestion(
                        attempt=attempt,
                        position=position,
                        question=question,
                        snapshot=snapshot_to_json(snapshot),
                        option_order=order,
                    )
                )
            AttemptQuestion.objects.bulk_create(rows)
    except IntegrityError:
        # The same learner started in two tabs at once: both get the one attempt that won.
        return QuizAttempt.objects.get(quiz=quiz, learner=learner, submitted_at__isnull=True)
    return attempt


class AttemptSubmitted(AttemptRefused):
    """The attempt is submitted: its answers no longer change."""

    code = "attempt_submitted"


class DeadlinePassed(AttemptRefused):
    """The attempt's time limit (and its grace) has passed: its answers no longer change."""

    code = "deadline_passed"


class AnswerInvalid(AttemptRefused):
    """The answer does not fit its question (or names a question not in the attempt)."""

    code = "answer_invalid"


# `answer_of` returns this for a question whose answer stays as saved.
UNCHANGED = object()


def _check_owner_and_open(attempt: QuizAttempt, learner, now) -> None:
    if attempt.learner_id != learner.pk:
        raise PermissionError
    if attempt.is_submitted:
        raise AttemptSubmitted(_("This attempt has been submitted; answers can no longer change."))
    if attempt.deadline and now > attempt.deadline + DEADLINE_GRACE:
        raise DeadlinePassed(_("The time limit has passed; your saved answers were submitted."))


@transaction.atomic
def answers_save(
    *, attempt_id: int, learner, positions, answer_of, enrolled_only=False, now=None
) -> list[AttemptQuestion]:
    """Save the learner's answers to these questions of their open attempt (every question when
    `positions` is None) and return the rows saved. `answer_of(row)` gives each one's answer from
    its snapshot, or UNCHANGED. Refuses them all, saving none, if one does not fit its question.
    Once the attempt is closed, answers it already holds are acknowledged (the rows returned,
    nothing written): an autosave reaching the server after the submission that carried the same
    answer lost nothing, and the learner is not told it was refused.

    One read and one write a question: the questions are read with the attempt, whose row is
    locked until the answers are written, so a submission waits for them (or they for it).
    `enrolled_only`: the learner must still be enrolled (courses.progress.access, checked in
    the same read). Raises QuizAttempt.DoesNotExist, PermissionError (not theirs),
    NoLongerEnrolled or AttemptRefused (AttemptSubmitted once submitted)."""
    now = now or timezone.now()
    rows = (
        AttemptQuestion.objects.filter(attempt_id=attempt_id)
        .select_related("attempt")
        .select_for_update(of=("attempt",))
        .order_by("position")
    )
    if positions is not None:
        rows = rows.filter(position__in=positions)
    if enrolled_only:
        rows = rows.annotate(enrolled=still_enrolled("attempt__learner"))
    rows = list(rows)
    if rows:
        attempt, enrolled = rows[0].attempt, getattr(rows[0], "enrolled", True)
    else:  # a question not in the attempt, or no such attempt: say which
        attempt = QuizAttempt.objects.annotate(enrolled=still_enrolled()).get(pk=attempt_id)
        enrolled = attempt.enrolled or not enrolled_only
    try:
        _check_owner_and_open(attempt, learner, now)
    except AttemptRefused:
        if rows and all(answer_of(row) in (UNCHANGED, row.answer) for row in rows):
            return rows
        raise
    if not enrolled:
        raise NoLongerEnrolled
    if positions is not None and len(rows) != len(set(positions)):
        raise AnswerInvalid(_("There is no such question in this attempt."))
    saved = []
    for row in rows:
        answer = answer_of(row)
        if answer is UNCHANGED:
            continue
        if answer not in (None, "", [], {}):
            try:
                score_response(snapshot_from_json(row.snapshot), answer)
            except InvalidAnswer as error:
                raise AnswerInvalid(str(error)) from error
        row.answer, row.saved_at = answer, now
        saved.append(row)
    for row in saved:
        row.save(update_fields=["answer", "saved_at"])
    return saved


def answer_save(
    *, attempt: QuizAttempt, position: int, answer, learner, now=None
) -> AttemptQuestion:
    """Save one answer as the learner goes; refuses answers that do not fit the question."""
    return answers_save(
        attempt_id=attempt.pk,
        learner=learner,
        positions=[position],
        answer_of=lambda _row: answer,
        now=now,
    )[0]


def attempt_key_shown(*, attempt: QuizAttempt, viewer, now=None) -> None:
    """Record that the learner was shown the attempt's key (once), so the review policy bars a
    retake of a quiz that holds its key back. Others reading the attempt are not recorded."""
    if attempt.learner_id == viewer.pk and attempt.key_shown_at is None:
        QuizAttempt.objects.filter(pk=attempt.pk, key_shown_at__isnull=True).update(
            key_shown_at=now or timezone.now()
        )


def attempt_submit(*, attempt: QuizAttempt, by, now=None) -> QuizAttempt:
    """Grade and close an attempt. Submitting twice (a double click, two tabs, a replayed
    request, or the deadline task at the same moment) grades once.

    `by` is the learner, submitting their own attempt, or None for the system: the deadline task
    (`overdue_attempts_submit`) submits what was saved."""
    return _attempt_close(attempt=attempt, by=by, now=now or timezone.now())[0]


def _attempt_close(*, attempt: QuizAttempt, by, now) -> tuple[QuizAttempt, bool]:
    """`attempt_submit`, and whether this call closed the attempt (False: already submitted)."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            return attempt, False
        if by is not None and attempt.learner_id != by.pk:
            raise PermissionError
        rows = list(attempt.questions.all())
        for row in rows:
            score = score_response(snapshot_from_json(row.snapshot), row.answer)
            row.fraction = score.fraction
            row.needs_marking = score.needs_marking
        AttemptQuestion.objects.bulk_update(rows, ["fraction", "needs_marking"])
        attempt.submitted_at = now
        _attempt_total(attempt, rows)
        attempt.save()
    _evidence_changed(attempt)
    return attempt, True


def _evidence_changed(attempt: QuizAttempt) -> None:
    """A grade is evidence (a post-test's, for the certificate): announce it."""
    evidence_changed_announce(learner_id=attempt.learner_id)


def _attempt_total(attempt: QuizAttempt, rows) -> None:
    scores = [
        (
            AWAITING_MARKING if row.needs_marking else Score(row.fraction),
            Decimal(row.snapshot["marks"]),
        )
        for row in rows
    ]
    attempt.marks = attempt_marks(scores)
    if attempt.marks is None:
        attempt.state, attempt.percent = AttemptState.AWAITING_MARKING, None
    else:
        attempt.state = AttemptState.GRADED
        attempt.percent = (
            (100 * attempt.marks / attempt.max_marks).quantize(Decimal("0.0001"))
            if attempt.max_marks
            else Decimal(0)
        )


def overdue_attempts_submit(*, now=None) -> int:
    """Submit every attempt whose time ran out, with what was saved (the task worker runs this).

    Returns how many this call submitted: not those another run or the learner submitted
    meanwhile."""
    now = now or timezone.now()
    overdue = QuizAttempt.objects.filter(
        submitted_at__isnull=True, deadline__lt=now - DEADLINE_GRACE
    )
    return sum(
        _attempt_close(attempt=attempt, by=None, now=attempt.deadline)[1] for attempt in overdue
    )


@transaction.atomic
def response_mark(
    *, row: AttemptQuestion, fraction: Decimal, comment: str, by, reason: str = "manual"
) -> AttemptQuestion:
    """A facilitator's mark (or regrade) of one answer, kept in the audit trail.

    `by` must teach the learner (MarkingDenied otherwise)."""
    if not (Decimal(0) <= fraction <= Decimal(1)):
        raise AttemptRefused(_("A mark must be between 0 and the question's marks."))
    row = AttemptQuestion.objects.select_for_update().select_related("attempt").get(pk=row.pk)
    _check_teaches(by, row.attempt.learner_id)
    if not row.attempt.is_submitted:
        raise AttemptRefused(_("Only submitted attempts are marked."))
    MarkChange.objects.create(
        attempt_question=row,
        changed_by=by,
        old_fraction=row.fraction,
        new_fraction=fraction,
        comment=comment,
        reason=reason,
    )
    row.fraction, row.needs_marking, row.marker_comment = fraction, False, comment
    row.save(update_fields=["fraction", "needs_marking", "marker_comment"])
    attempt = QuizAttempt.objects.select_for_update().get(pk=row.attempt_id)
    _attempt_total(attempt, list(attempt.questions.all()))
    attempt.save(update_fields=["marks", "percent", "state"])
    _evidence_changed(attempt)
    return row


def learner_quiz_grade(*, quiz: Quiz, learner) -> Grade:
    """The learner's grade on a quiz by its grading method, from their submitted attempts."""
    results = [
        AttemptResult(number=attempt.number, marks=attempt.marks, max_marks=attempt.max_marks)
        for attempt in QuizAttempt.objects.filter(
            quiz=quiz, learner=learner, submitted_at__isnull=False
        )
    ]
    return grade_pick(quiz.grading_method, results)


def question_regrade(*, question, by) -> int:
    """After a question is corrected, grade every submitted answer to it again with the corrected
    question; changed marks are logged and the attempts' totals recomputed. Essays stay as marked.
    Returns the number of answers whose mark changed. `by` must be allowed to correct questions
    (RegradeDenied otherwise)."""
    RegradeDenied.unless(can_regrade(by))
    corrected = question.snapshot()
    changed = 0
    rows = AttemptQuestion.objects.filter(
        question=question, attempt__submitted_at__isnull=False, needs_marking=False
    )
    for row in rows.exclude(snapshot__type=QuestionType.ESSAY).select_related("attempt"):
        try:
            fraction = score_response(corrected, row.answer).fraction
        except InvalidAnswer:
            fraction = Decimal(0)  # the answer chose an option the correction removed
        with transaction.atomic():
            if fraction != row.fraction:
                MarkChange.objects.create(
                    attempt_question=row,
                    changed_by=by,
                    old_fraction=row.fraction,
                    new_fraction=fraction,
                    reason="regrade",
                    comment=_("Question corrected"),
                )
                changed += 1
            row.snapshot, row.fraction = snapshot_to_json(corrected), fraction
            row.save(update_fields=["snapshot", "fraction"])
            attempt = QuizAttempt.objects.select_for_update().get(pk=row.attempt_id)
            _attempt_total(attempt, list(attempt.questions.all()))
            attempt.save(update_fields=["marks", "percent", "state"])
            _evidence_changed(attempt)
    return changed


def quiz_override_grant(
    *, quiz: Quiz, learner, extra_attempts: int, extra_minutes: int, reason: str, by
) -> QuizOverride:
    """A facilitator gives one learner more attempts or more time, saying why.

    `by` must teach the learner (MarkingDenied otherwise)."""
    _check_teaches(by, learner.pk)
    if extra_attempts < 0 or extra_minutes < 0 or not (extra_attempts or extra_minutes):
        raise AttemptRefused(_("Grant at least one more attempt or some more minutes."))
    if not reason.strip():
        raise AttemptRefused(_("Say why, for the record."))
    if extra_attempts and policy.retake_barred(quiz, learner):
        raise AttemptRefused(
            _("%(name)s has seen the answers to this quiz, so cannot take it again.")
            % {"name": learner.full_name}
        )
    return QuizOverride.objects.create(
        quiz=quiz,
        learner=learner,
        extra_attempts=extra_attempts,
        extra_minutes=extra_minutes,
        reason=reason.strip(),
        granted_by=by,
    )
