import datetime
import threading
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections, transaction
from django.utils import timezone

from quizzes.attempts.models import QuizAttempt
from quizzes.attempts.services import (
    AttemptSubmitted,
    answer_save,
    attempt_start,
    attempt_submit,
    overdue_attempts_submit,
)
from quizzes.simulations.rules import Choice
from quizzes.simulations.services import simulation_choose, simulation_start

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL (CI runs it)"
)


def _started(errors: list, target, *args) -> threading.Thread:
    """A thread running `target(*args)` on a database connection of its own; what it raises is
    kept in `errors`, so that the test fails with the cause."""

    def run():
        try:
            target(*args)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submits_of_one_attempt_grade_once(migration_data, quiz, learner):
    attempt = attempt_start(quiz=quiz, learner=learner)
    start = threading.Barrier(2)
    results, errors = [], []

    def submit(offset):
        start.wait()
        now = timezone.now() + datetime.timedelta(seconds=offset)
        results.append(attempt_submit(attempt=attempt, by=learner, now=now).submitted_at)

    threads = [_started(errors, submit, offset) for offset in (0, 7)]
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    stored = QuizAttempt.objects.get(pk=attempt.pk).submitted_at
    # Whichever came second found the attempt submitted and returned it unchanged.
    assert results == [stored, stored]


@pytest.mark.django_db(transaction=True)
def test_a_deadline_run_counts_only_the_attempts_it_submitted(migration_data, quiz, learner):
    attempt = attempt_start(quiz=quiz, learner=learner)
    submitting, commit = threading.Event(), threading.Event()
    errors = []

    def other_run():
        # Another run submits the attempt, and commits once this run has listed it as overdue.
        with transaction.atomic():
            attempt_submit(attempt=attempt, by=None, now=attempt.deadline)
            submitting.set()
            commit.wait(timeout=30)

    other = _started(errors, other_run)
    assert submitting.wait(timeout=30)
    threading.Timer(1, commit.set).start()
    count = overdue_attempts_submit(now=attempt.deadline + datetime.timedelta(minutes=5))
    other.join(timeout=30)
    assert not errors
    assert count == 0  # the other run submitted it, and reports it


@pytest.mark.django_db(transaction=True)
def test_an_answer_saved_while_the_attempt_is_submitted_waits_and_is_refused(
    migration_data, quiz, learner
):
    attempt = attempt_start(quiz=quiz, learner=learner)
    first = attempt.questions.order_by("position").first()
    submitting, commit = threading.Event(), threading.Event()
    errors = []

    def submit():
        # The learner's other tab submits, and commits a second after this save has begun.
        with transaction.atomic():
            attempt_submit(attempt=attempt, by=learner)
            submitting.set()
            commit.wait(timeout=30)

    other = _started(errors, submit)
    assert submitting.wait(timeout=30)
    threading.Timer(1, commit.set).start()
    with pytest.raises(AttemptSubmitted):
        answer_save(attempt=attempt, position=first.position, answer="late", learner=learner)
    other.join(timeout=30)
    assert not errors
    first.refresh_from_db()
    assert first.answer is None and first.fraction is not None  # graded as submitted, unchanged


@pytest.mark.django_db(transaction=True)
def test_h5p_statements_sent_at_once_from_two_tabs_open_one_attempt(
    migration_data, learner, outline, settings
):
    from courses.h5p.models import H5PAttempt
    from courses.h5p.services import h5p_content_import, h5p_statement_record
    from tests.courses.h5p.packages import h5p_package

    content = h5p_content_import(h5p_package())
    lesson = outline[0][1][0]
    start = threading.Barrier(4)
    errors = []

    def send(verb):
        start.wait()
        statement = {"verb": {"id": verb}, "object": {"id": content.activity_iri}}
        h5p_statement_record(
            learner=learner,
            lesson=lesson,
            content=content,
            statement=statement,
            delivery_id=uuid.uuid4(),
        )

    threads = [_started(errors, send, f"v{index}") for index in range(4)]
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    attempt = H5PAttempt.objects.get()  # the constraint one_open_h5p_attempt never had to refuse
    assert attempt.statements.count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_simulation_choice_does_not_wait_for_the_trainees_account_row(
    migration_data, simulation, learner
):
    attempt = simulation_start(simulation=simulation, learner=learner)
    locked, release = threading.Event(), threading.Event()
    errors = []

    def hold_account():
        # As recording one of the trainee's H5P statements does, in another tab.
        with transaction.atomic():
            get_user_model().objects.select_for_update().get(pk=learner.pk)
            locked.set()
            release.wait(timeout=30)

    other = _started(errors, hold_account)
    assert locked.wait(timeout=30)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '2s'")
            move = simulation_choose(
                attempt_id=attempt.pk,
                learner=learner,
                step_key=attempt.state.step,
                sequence=1,
                choice=Choice(option=0),
            )
    finally:
        release.set()
        other.join(timeout=30)
    assert not errors
    assert move.sequence == 1
