"""Playing a case simulation: state on the server, tampering refused, scores and completion."""

import pytest
from django.core import mail
from django.urls import reverse

from courses.progress.models import LessonProgress
from quizzes.simulations import services
from quizzes.simulations.models import SimulationAttempt, SimulationMove, SimulationScore
from quizzes.simulations.rules import Choice
from quizzes.simulations.tasks import critical_error_notify

VISIT, WAIT, HARM = 0, 1, 2
ASSENT, NO_ASSENT = 0, 1


def choose(attempt, option, *, risk="", response=None, step=None, sequence=None, learner=None):
    attempt.refresh_from_db()
    return services.simulation_choose(
        attempt_id=attempt.pk,
        learner=learner or attempt.learner,
        step_key=step if step is not None else attempt.state.step,
        sequence=sequence if sequence is not None else attempt.moves_made + 1,
        choice=Choice(option=option, risk=risk, response_minutes=response),
    )


def play_best_path(attempt):
    choose(attempt, 0)  # intro: continue
    choose(attempt, VISIT, risk="high", response=1440)
    choose(attempt, ASSENT)
    attempt.refresh_from_db()
    return attempt


def test_the_best_path_passes_with_a_score_per_competency(simulation, learner):
    attempt = play_best_path(services.simulation_start(simulation=simulation, learner=learner))

    assert attempt.is_finished and attempt.passed and not attempt.critical_error
    assert attempt.outcome_step == "END-good"
    assert attempt.percent == 100
    scores = {row.competency.code: (row.points, row.available) for row in attempt.scores.all()}
    # safety: 10 for the visit, 5 + 5 for the risk level and response time.
    assert scores == {"safety": (20, 20), "participation": (10, 10)}


def test_a_critical_error_fails_the_attempt_and_tells_the_facilitators(
    simulation, learner, enrolment, facilitator, django_capture_on_commit_callbacks
):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    choose(attempt, 0)
    with django_capture_on_commit_callbacks(execute=True):
        choose(attempt, HARM, risk="high", response=1440)
    attempt.refresh_from_db()

    assert attempt.is_finished and attempt.critical_error and not attempt.passed
    assert attempt.outcome_step == "END-bad"
    assert [message.to for message in mail.outbox] == [[facilitator.email]]
    assert learner.full_name in mail.outbox[0].subject
    assert reverse("simulations:debrief", args=[attempt.pk]) in mail.outbox[0].body

    # A worker that died after sending, before the task was marked done, runs it again.
    critical_error_notify.call(attempt.pk)
    assert len(mail.outbox) == 1


def test_waiting_past_a_high_risk_deadline_changes_what_happens_next(simulation, learner):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    choose(attempt, 0)
    move = choose(attempt, WAIT, risk="high", response=1440)
    attempt.refresh_from_db()

    assert move.late and attempt.state.step == "LATE"
    assert attempt.state.clock == 30 + 7 * 1440
    choose(attempt, 0)
    attempt.refresh_from_db()
    assert attempt.outcome_step == "END-bad" and not attempt.passed


def test_a_wrong_risk_level_costs_points(simulation, learner):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    choose(attempt, 0)
    move = choose(attempt, VISIT, risk="low", response=10080)
    assert move.risk_correct is False and move.response_correct is False
    assert move.points == {"safety": 10 - 5 - 5}


def test_replaying_skipping_or_choosing_another_steps_option_changes_nothing(simulation, learner):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    choose(attempt, 0)

    refusals = [
        {"option": 0, "step": "intro", "sequence": 1},  # the intro again: a replay
        {"option": 0, "step": "D2", "sequence": 2},  # skipping ahead to D2
        {"option": 0, "step": "D1", "sequence": 3},  # a move number from the future
        {"option": 7, "risk": "high", "response": 1440},  # an option D1 does not have
        {"option": VISIT},  # D1 asks for the risk level
    ]
    for tampered in refusals:
        with pytest.raises(services.SimulationRefused):
            choose(attempt, **tampered)
    attempt.refresh_from_db()
    assert attempt.state.step == "D1" and attempt.moves_made == 1
    assert SimulationMove.objects.filter(attempt=attempt).count() == 1


def test_a_finished_attempt_takes_no_more_choices_and_a_new_one_starts_afresh(simulation, learner):
    attempt = play_best_path(services.simulation_start(simulation=simulation, learner=learner))
    with pytest.raises(services.SimulationRefused):
        choose(attempt, 0, step="END-good", sequence=4)

    second = services.simulation_start(simulation=simulation, learner=learner)
    assert second.number == 2 and second.state.step == "intro"


def test_starting_again_resumes_the_attempt_in_progress(simulation, learner):
    first = services.simulation_start(simulation=simulation, learner=learner)
    choose(first, 0)
    again = services.simulation_start(simulation=simulation, learner=learner)
    assert again.pk == first.pk and again.state.step == "D1"


def test_the_attempts_allowed_are_enforced(simulation, learner):
    simulation.attempts_allowed = 1
    simulation.save()
    play_best_path(services.simulation_start(simulation=simulation, learner=learner))
    with pytest.raises(services.SimulationRefused, match="all the attempts"):
        services.simulation_start(simulation=simulation, learner=learner)


def test_a_learner_cannot_choose_in_someone_elses_attempt(simulation, learner, other_learner):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    with pytest.raises(services.SimulationRefused):
        choose(attempt, 0, learner=other_learner)
    attempt.refresh_from_db()
    assert attempt.moves_made == 0


def test_an_edit_after_the_start_does_not_change_the_attempt(simulation, learner):
    attempt = services.simulation_start(simulation=simulation, learner=learner)
    simulation.title = "Renamed"
    simulation.pass_percent = 100
    simulation.save_revision().publish()
    play_best_path(attempt)
    assert attempt.snapshot["title"] == "Nadia, 10" and attempt.passed


def test_the_lesson_completes_only_once_its_simulation_is_passed(
    client, learner, enrolment, simulation_lesson, simulation
):
    client.force_login(learner)
    complete = reverse("progress:lesson_complete", args=[simulation_lesson.pk])
    response = client.post(complete, follow=True)
    assert "Pass this lesson&#x27;s case simulation" in response.content.decode()

    attempt = services.simulation_start(simulation=simulation, learner=learner)
    choose(attempt, 0)
    choose(attempt, HARM, risk="high", response=1440)
    client.post(complete)
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()

    play_best_path(services.simulation_start(simulation=simulation, learner=learner))
    client.post(complete)
    assert LessonProgress.objects.get(lesson=simulation_lesson).completed_at is not None


def test_scores_are_written_once_per_competency(simulation, learner):
    play_best_path(services.simulation_start(simulation=simulation, learner=learner))
    assert SimulationScore.objects.count() == 2
    assert SimulationAttempt.objects.get().scores.count() == 2


def test_the_case_clock_reads_in_days_hours_and_minutes():
    from quizzes.simulations.templatetags.simulation_tags import case_clock

    assert case_clock(0) == "0 min"
    assert case_clock(210) == "3 h 30 min"
    assert case_clock(7 * 1440 + 30) == "7 d 30 min"


@pytest.mark.parametrize("actor", ["learner", "other_facilitator"])
def test_only_the_trainees_facilitators_record_a_debrief(
    request, actor, simulation, learner, enrolment, facilitator
):
    attempt = play_best_path(services.simulation_start(simulation=simulation, learner=learner))
    with pytest.raises(services.DebriefDenied):
        services.attempt_debrief(attempt=attempt, by=request.getfixturevalue(actor), note="Done")
    attempt.refresh_from_db()
    assert attempt.debriefed_at is None and attempt.debriefed_by is None

    services.attempt_debrief(attempt=attempt, by=facilitator, note="Talked it through")
    attempt.refresh_from_db()
    assert attempt.debriefed_by == facilitator
