"""Live class: a facilitator runs a case simulation with the room, trainees vote from phones."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.services import cohort_enrol
from quizzes.live.models import LiveRun, LiveVote
from quizzes.live.rules import CODE_ALPHABET, join_code_new
from quizzes.live.selectors import run_read
from quizzes.live.services import (
    LiveJoinDenied,
    LiveRefused,
    LiveRunDenied,
    live_run_finish,
    live_run_follow,
    live_run_join,
    live_run_pause,
    live_run_start,
    live_run_step_back,
    live_vote_cast,
    live_vote_close,
)
from quizzes.simulations.rules import Choice
from tests.factories import StaffProfileFactory

DAY = 24 * 60
HIGH_IN_TIME = {"risk": "high", "response_minutes": DAY}


@pytest.fixture
def trainees(cohort, enrolment, learner, other_learner, facilitator):
    cohort_enrol(cohort=cohort, learners=[other_learner], enrolled_by=facilitator)
    return [learner, other_learner]


@pytest.fixture
def run(simulation, cohort, facilitator, trainees):
    return live_run_start(simulation=simulation, cohort=cohort, by=facilitator)


def _continue_to_first_decision(run, facilitator):
    """The case opens with a situation: the facilitator continues to the first decision."""
    return live_run_follow(run=run, by=facilitator, choice=Choice(option=0))


def test_a_join_code_is_five_characters_without_look_alikes():
    codes = {join_code_new() for _ in range(500)}
    assert all(len(code) == 5 and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1IL2Z5S8B6GQUV") & set(CODE_ALPHABET)
    assert len(codes) > 490


def test_starting_again_returns_the_run_already_going(run, simulation, cohort, facilitator):
    assert live_run_start(simulation=simulation, cohort=cohort, by=facilitator) == run
    assert LiveRun.objects.count() == 1


def test_a_facilitator_of_another_cohort_may_not_start_a_run(simulation, cohort, other_facilitator):
    with pytest.raises(LiveRunDenied):
        live_run_start(simulation=simulation, cohort=cohort, by=other_facilitator)


def test_a_trainee_of_the_cohort_joins_with_the_code_typed_loosely(run, learner):
    typed = f" {run.code[:2].lower()}-{run.code[2:]} "
    assert live_run_join(code=typed, trainee=learner) == run


def test_a_trainee_outside_the_cohort_is_refused(run, peshawar):
    outsider = StaffProfileFactory(user__email="outsider@example.org", district=peshawar).user
    with pytest.raises(LiveJoinDenied):
        live_run_join(code=run.code, trainee=outsider)
    step = _continue_to_first_decision(run, run.facilitator)
    with pytest.raises(LiveJoinDenied):
        live_vote_cast(
            run=run, trainee=outsider, sequence=step.sequence, choice=Choice(0, **HIGH_IN_TIME)
        )


def test_the_code_expires_with_the_run(run, facilitator, learner):
    live_run_finish(run=run, by=facilitator)
    with pytest.raises(LiveRefused):
        live_run_join(code=run.code, trainee=learner)


def test_a_run_left_open_past_its_time_takes_no_one(run, learner):
    LiveRun.objects.filter(pk=run.pk).update(expires_at=timezone.now() - datetime.timedelta(1))
    with pytest.raises(LiveRefused):
        live_run_join(code=run.code, trainee=learner)


def test_a_second_vote_replaces_the_first_until_the_vote_closes(run, facilitator, learner):
    step = _continue_to_first_decision(run, facilitator)
    live_vote_cast(
        run=run, trainee=learner, sequence=step.sequence, choice=Choice(1, **HIGH_IN_TIME)
    )
    live_vote_cast(
        run=run, trainee=learner, sequence=step.sequence, choice=Choice(0, **HIGH_IN_TIME)
    )
    assert list(LiveVote.objects.values_list("trainee", "option_index")) == [(learner.pk, 0)]

    live_vote_close(run=run, by=facilitator)
    with pytest.raises(LiveRefused, match="closed"):
        live_vote_cast(
            run=run, trainee=learner, sequence=step.sequence, choice=Choice(2, **HIGH_IN_TIME)
        )
    assert LiveVote.objects.get().option_index == 0


def test_the_database_keeps_one_vote_per_trainee_per_step(run, facilitator, learner):
    step = _continue_to_first_decision(run, facilitator)
    LiveVote.objects.create(step=step, trainee=learner, option_index=0, cast_at=timezone.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        LiveVote.objects.create(step=step, trainee=learner, option_index=1, cast_at=timezone.now())


def test_a_step_that_asks_the_risk_refuses_a_vote_without_it(run, facilitator, learner):
    step = _continue_to_first_decision(run, facilitator)
    with pytest.raises(LiveRefused, match="risk level"):
        live_vote_cast(run=run, trainee=learner, sequence=step.sequence, choice=Choice(0))
    with pytest.raises(LiveRefused, match="response times"):
        live_vote_cast(
            run=run,
            trainee=learner,
            sequence=step.sequence,
            choice=Choice(0, risk="high", response_minutes=17),
        )
    assert not LiveVote.objects.exists()


def test_a_paused_class_takes_no_votes(run, facilitator, learner):
    step = _continue_to_first_decision(run, facilitator)
    live_run_pause(run=run, by=facilitator, paused=True)
    run.refresh_from_db()
    with pytest.raises(LiveRefused, match="paused"):
        live_vote_cast(
            run=run, trainee=learner, sequence=step.sequence, choice=Choice(0, **HIGH_IN_TIME)
        )


def test_the_projector_shows_the_count_then_the_split_and_the_majority(run, facilitator, trainees):
    step = _continue_to_first_decision(run, facilitator)
    for trainee, option in zip(trainees, (0, 1), strict=True):
        live_vote_cast(
            run=run, trainee=trainee, sequence=step.sequence, choice=Choice(option, **HIGH_IN_TIME)
        )
    read = run_read(run)
    assert (read.current.tally.total, read.trainees, read.current.live.is_open) == (2, 2, True)
    assert read.current.tally.majority is None  # a tie
    live_vote_close(run=run, by=facilitator)
    read = run_read(run)
    assert [row["votes"] for row in read.current.rows] == [1, 1, 0]
    assert read.current.tally.majority_risk == "high"


def test_the_class_follows_a_wrong_option_on_purpose_then_steps_back(run, facilitator, learner):
    step = _continue_to_first_decision(run, facilitator)
    live_vote_cast(
        run=run, trainee=learner, sequence=step.sequence, choice=Choice(0, **HIGH_IN_TIME)
    )
    live_vote_close(run=run, by=facilitator)
    live_run_follow(run=run, by=facilitator, choice=Choice(2, **HIGH_IN_TIME))  # post online
    read = run_read(run)
    assert read.current.step.key == "END-bad"
    assert read.path[-1].followed.critical

    back = live_run_step_back(run=run, by=facilitator)
    assert back.step_key == "D1" and not back.is_open and back.followed_option is None
    live_run_follow(run=run, by=facilitator, choice=Choice(0, **HIGH_IN_TIME))
    read = run_read(run)
    assert read.current.step.key == "D2"
    assert read.current.state.clock == 30 + 180
    assert LiveVote.objects.get().option_index == 0  # the trainee's vote at D1 is kept


def test_the_debrief_has_the_path_the_votes_and_the_competency_points(run, facilitator, trainees):
    step = _continue_to_first_decision(run, facilitator)
    for trainee in trainees:
        live_vote_cast(
            run=run, trainee=trainee, sequence=step.sequence, choice=Choice(0, **HIGH_IN_TIME)
        )
    live_run_follow(run=run, by=facilitator, choice=Choice(0, **HIGH_IN_TIME))
    live_run_follow(run=run, by=facilitator, choice=Choice(0))
    live_run_finish(run=run, by=facilitator)
    run.refresh_from_db()
    read = run_read(run)
    assert read.at_outcome and read.current.step.key == "END-good"
    assert [s.step.key for s in read.path] == ["intro", "D1", "D2"]
    assert [s.state.clock for s in read.path] == [0, 30, 30 + 180]
    assert read.path[1].tally.options == (2, 0, 0)
    assert {row["name"]: row["percent"] for row in read.scores} == {
        "Safety and risk assessment": 100,
        "Consent and participation": 100,
    }
    assert read.result.passed
    with pytest.raises(LiveRefused, match="ended"):
        live_run_follow(run=run, by=facilitator, choice=Choice(0))


def test_a_finished_run_can_start_again_with_a_new_code(run, simulation, cohort, facilitator):
    live_run_finish(run=run, by=facilitator)
    again = live_run_start(simulation=simulation, cohort=cohort, by=facilitator)
    assert again != run and not again.is_finished


# --- The pages -------------------------------------------------------------------------------


def test_a_phone_polls_204_until_the_facilitator_acts_then_gets_the_new_step(
    client, run, facilitator, learner, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    page = client.get(reverse("live:phone", args=[run.pk]))
    assert "A call from a teacher" in page.content.decode()
    version = page.context["version"]
    poll = reverse("live:phone_poll", args=[run.pk])
    assert client.get(poll, {"v": version}).status_code == 204

    with django_capture_on_commit_callbacks(execute=True):
        _continue_to_first_decision(run, facilitator)
    fresh = client.get(poll, {"v": version})
    assert fresh.status_code == 200
    assert "First response" in fresh.content.decode()
    assert client.get(poll, {"v": fresh.context["version"]}).status_code == 204


def test_the_projector_poll_answers_without_the_database_while_nothing_changed(
    client, run, facilitator, django_assert_max_num_queries
):
    client.force_login(facilitator)
    page = client.get(reverse("live:projector", args=[run.pk]))
    assert run.code in page.content.decode()
    poll = reverse("live:projector_poll", args=[run.pk])
    with django_assert_max_num_queries(8):  # session, user, MFA, the run and its cohort's check
        assert client.get(poll, {"v": page.context["version"]}).status_code == 204


def test_a_trainee_votes_from_the_phone_and_reads_their_record_after(
    client, run, facilitator, learner
):
    step = _continue_to_first_decision(run, facilitator)
    client.force_login(learner)
    answer = client.post(
        reverse("live:phone", args=[run.pk]),
        {"sequence": step.sequence, "option": 0, "risk": "high", "response": DAY},
        HTTP_HX_REQUEST="true",
    )
    assert "Your vote is counted" in answer.content.decode()
    live_run_finish(run=run, by=facilitator)
    record = client.get(reverse("live:record", args=[run.pk])).content.decode()
    assert "Your votes" in record and "Visit the school today and make her safe" in record


def test_the_qr_code_opens_the_join_page_with_the_code(client, run, facilitator):
    client.force_login(facilitator)
    image = client.get(reverse("live:qr", args=[run.pk]))
    assert image["Content-Type"] == "image/png" and image.content.startswith(b"\x89PNG")


def test_the_projector_reads_in_the_same_number_of_queries_however_many_vote(
    client, run, facilitator, peshawar, cohort
):
    step = _continue_to_first_decision(run, facilitator)
    client.force_login(facilitator)
    projector = reverse("live:projector", args=[run.pk])

    def queries_after(votes):
        for n in range(votes):
            trainee = StaffProfileFactory(
                user__email=f"t{votes}-{n}@example.org", district=peshawar
            ).user
            cohort_enrol(cohort=cohort, learners=[trainee], enrolled_by=facilitator)
            live_vote_cast(
                run=run,
                trainee=trainee,
                sequence=step.sequence,
                choice=Choice(n % 3, **HIGH_IN_TIME),
            )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(projector).status_code == 200
        return len(queries)

    assert queries_after(1) == queries_after(6)
