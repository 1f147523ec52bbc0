"""Live class under load, on PostgreSQL: votes that race each other and the closing of the vote,
and forty trainees voting at once over HTTP against a live server (`make bench-live` prints the
figures)."""

import re
import statistics
import threading
import time

import pytest
import requests
from django.db import connection, connections
from django.test import Client

from courses.cohorts.services import cohort_enrol
from quizzes.live.models import LiveStep, LiveVote
from quizzes.live.selectors import run_read
from quizzes.live.services import (
    LiveRefused,
    live_run_follow,
    live_run_start,
    live_vote_cast,
    live_vote_close,
)
from quizzes.simulations.rules import Choice
from tests.factories import StaffProfileFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL (CI runs it)"
)

CLASS_SIZE = 40
DAY = 24 * 60
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _class_at_first_decision(cohort, facilitator, simulation, peshawar, size):
    trainees = [
        StaffProfileFactory(user__email=f"trainee{n}@example.org", district=peshawar).user
        for n in range(size)
    ]
    cohort.capacity = size
    cohort.save()
    cohort_enrol(cohort=cohort, learners=trainees, enrolled_by=facilitator)
    run = live_run_start(simulation=simulation, cohort=cohort, by=facilitator)
    step = live_run_follow(run=run, by=facilitator, choice=Choice(option=0))  # to D1
    return run, step, trainees


def _at_once(workers):
    """Run each callable in a thread of its own, released together; return their errors."""
    start, errors = threading.Barrier(len(workers)), []

    def run(work):
        try:
            start.wait()
            work()
        except Exception as error:  # reported by the caller, so the test shows the cause
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(work,)) for work in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


@pytest.mark.django_db(transaction=True)
def test_two_taps_at_once_by_one_trainee_leave_one_vote(
    migration_data, cohort, facilitator, simulation, peshawar
):
    run, step, (trainee,) = _class_at_first_decision(cohort, facilitator, simulation, peshawar, 1)

    def vote(option):
        return lambda: live_vote_cast(
            run=run,
            trainee=trainee,
            sequence=step.sequence,
            choice=Choice(option, risk="high", response_minutes=DAY),
        )

    assert _at_once([vote(0), vote(1), vote(0), vote(1)]) == []
    assert LiveVote.objects.filter(trainee=trainee).count() == 1


@pytest.mark.django_db(transaction=True)
def test_votes_racing_the_close_are_either_counted_or_refused(
    migration_data, cohort, facilitator, simulation, peshawar
):
    run, step, trainees = _class_at_first_decision(cohort, facilitator, simulation, peshawar, 20)
    accepted = []

    def vote(trainee):
        def work():
            try:
                live_vote_cast(
                    run=run,
                    trainee=trainee,
                    sequence=step.sequence,
                    choice=Choice(0, risk="high", response_minutes=DAY),
                )
                accepted.append(trainee.pk)
            except LiveRefused:
                pass

        return work

    closing = [lambda: live_vote_close(run=run, by=facilitator)]
    assert _at_once([vote(trainee) for trainee in trainees] + closing) == []
    closed_at = LiveStep.objects.get(pk=step.pk).closed_at
    stored = LiveVote.objects.filter(step=step)
    assert sorted(stored.values_list("trainee", flat=True)) == sorted(accepted)
    assert not stored.filter(cast_at__gt=closed_at).exists()


@pytest.mark.django_db(transaction=True)
def test_forty_trainees_vote_at_once_over_http_and_every_vote_counts(
    migration_data, live_server, cohort, facilitator, simulation, peshawar
):
    run, step, trainees = _class_at_first_decision(
        cohort, facilitator, simulation, peshawar, CLASS_SIZE
    )
    phone_url = f"{live_server.url}/live/runs/{run.pk}/"
    sessions = []
    for trainee in trainees:
        client = Client()
        client.force_login(trainee)
        session = requests.Session()
        session.cookies.set("sessionid", client.cookies["sessionid"].value)
        page = session.get(phone_url, timeout=30)
        assert page.status_code == 200
        sessions.append((session, CSRF.search(page.text).group(1)))

    timings, outcomes, lock = [], [], threading.Lock()

    def trainee_votes(session, token, index):
        def work():
            # Each trainee votes, then changes their mind: the second vote must be the one kept.
            for option in (index % 3, index % 2):
                began = time.perf_counter()
                answer = session.post(
                    phone_url,
                    {
                        "csrfmiddlewaretoken": token,
                        "sequence": step.sequence,
                        "option": option,
                        "risk": "high",
                        "response": DAY,
                    },
                    headers={"HX-Request": "true", "Referer": phone_url},
                    timeout=30,
                )
                with lock:
                    timings.append(time.perf_counter() - began)
                    outcomes.append(
                        answer.status_code == 200 and "Your vote is counted" in answer.text
                    )

        return work

    began = time.perf_counter()
    errors = _at_once([trainee_votes(s, token, index) for index, (s, token) in enumerate(sessions)])
    wall = time.perf_counter() - began
    assert errors == []
    failures = outcomes.count(False)
    milliseconds = sorted(1000 * seconds for seconds in timings)
    print(
        f"\nlive class: {CLASS_SIZE} trainees x 2 votes at once on {connection.vendor}: "
        f"{len(timings)} requests in {wall:.2f} s, {failures} errors; "
        f"p50 {statistics.median(milliseconds):.0f} ms, "
        f"p95 {milliseconds[int(0.95 * len(milliseconds)) - 1]:.0f} ms, "
        f"max {milliseconds[-1]:.0f} ms"
    )
    assert failures == 0
    tally = run_read(run).current.tally
    assert tally.total == CLASS_SIZE
    expected = [0, 0, 0]
    for index in range(CLASS_SIZE):
        expected[index % 2] += 1
    assert list(tally.options) == expected
