"""The simulation pages: playing over HTTP, who sees what, the debrief, reports and authoring."""

from dataclasses import replace

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.cohorts.models import Cohort
from quizzes.simulations.models import Simulation, SimulationAttempt, step_block_data
from tests.factories import UserFactory
from tests.simulation_fixtures import tiny_case_steps

ADD_URL = "/admin/snippets/simulations/simulation/add/"


def start(client, simulation, lesson):
    return client.post(reverse("simulations:start", args=[simulation.pk]), {"lesson": lesson.pk})


def post_choice(client, attempt, **data):
    attempt.refresh_from_db()
    data.setdefault("step", attempt.state.step)
    data.setdefault("sequence", attempt.moves_made + 1)
    return client.post(reverse("simulations:choose", args=[attempt.pk]), data, follow=True)


def play(client, attempt, *, harm=False):
    post_choice(client, attempt, option=0)
    post_choice(client, attempt, option=2 if harm else 0, risk="high", response=1440)
    if not harm:
        post_choice(client, attempt, option=0)
    attempt.refresh_from_db()
    return attempt


@pytest.fixture
def played(client, learner, enrolment, simulation, simulation_lesson):
    client.force_login(learner)
    start(client, simulation, simulation_lesson)
    return SimulationAttempt.objects.get(learner=learner)


def test_a_learner_starts_from_the_lesson_and_plays_one_step_at_a_time(
    client, learner, enrolment, simulation, simulation_lesson
):
    client.force_login(learner)
    lesson_html = client.get(simulation_lesson.url).content.decode()
    assert "Nadia, 10" in lesson_html and "Start the case" in lesson_html

    response = start(client, simulation, simulation_lesson)
    attempt = SimulationAttempt.objects.get(learner=learner)
    assert response.url == reverse("simulations:play", args=[attempt.pk])
    html = client.get(response.url).content.decode()
    assert "A call from a teacher" in html and "First response" not in html

    html = post_choice(client, attempt, option=0).content.decode()
    assert "First response" in html and "Set the case" in html
    # The options' feedback and scores do not reach the browser before the choice.
    assert "high risk needs action" not in html and "critical" not in html.lower()

    html = post_choice(client, attempt, option=0, risk="high", response=1440).content.decode()
    assert "Right: high risk needs action within a day." in html
    assert "Consent" in html

    html = post_choice(client, attempt, option=0).content.decode()
    assert "Nadia is safe" in html and "Passed" in html and "Your score per competency" in html


def test_a_reload_resumes_and_a_double_submit_records_one_choice(client, played):
    post_choice(client, played, option=0)
    again = client.post(
        reverse("simulations:choose", args=[played.pk]),
        {"step": "intro", "sequence": 1, "option": 0},
        follow=True,
    )
    assert "already made" in again.content.decode()
    assert played.moves.count() == 1
    assert (
        "First response"
        in client.get(reverse("simulations:play", args=[played.pk])).content.decode()
    )


def test_a_tampered_option_is_refused_with_a_message(client, played):
    html = post_choice(client, played, option="zero").content.decode()
    assert "Choose one of the options." in html
    assert played.moves.count() == 0


def test_a_simulation_cannot_be_started_from_a_lesson_that_does_not_place_it(
    client, learner, enrolment, simulation, outline
):
    client.force_login(learner)
    other_lesson = outline[0][1][1]
    assert start(client, simulation, other_lesson).status_code == 404
    assert not SimulationAttempt.objects.exists()


def test_a_learner_who_is_not_enrolled_cannot_start(
    client, other_learner, simulation, simulation_lesson
):
    client.force_login(other_learner)
    assert start(client, simulation, simulation_lesson).status_code == 404


def test_no_one_else_sees_a_learners_attempt(client, played, other_learner):
    client.force_login(other_learner)
    for name in ("play", "result"):
        assert client.get(reverse(f"simulations:{name}", args=[played.pk])).status_code == 404
    assert client.get(reverse("simulations:debrief", args=[played.pk])).status_code == 403
    competencies = reverse("simulations:competencies", args=[played.learner_id])
    assert client.get(competencies).status_code == 403


def test_the_facilitator_debriefs_the_path_and_other_facilitators_cannot(
    client, played, facilitator
):
    play(client, played, harm=True)
    client.force_login(facilitator)
    url = reverse("simulations:debrief", args=[played.pk])
    html = client.get(url).content.decode()
    assert "Post her story online" in html and "Critical error" in html
    assert " s on this step" in html  # the time spent at each decision

    client.post(url, {"note": "Talked through s.24 and media exposure."})
    played.refresh_from_db()
    assert played.debriefed_by == facilitator and "s.24" in played.debrief_note

    stranger = UserFactory(
        email="other-facilitator@example.org", role="facilitator", with_totp=True
    )
    client.force_login(stranger)
    assert client.get(url).status_code == 403


def test_the_cohort_report_counts_choices_per_decision_and_lists_critical_errors(
    client, played, other_learner, cohort, facilitator, simulation, simulation_lesson
):
    from courses.cohorts.services import cohort_enrol

    play(client, played, harm=True)
    cohort_enrol(cohort=cohort, learners=[other_learner], enrolled_by=facilitator)
    client.force_login(other_learner)
    start(client, simulation, simulation_lesson)
    play(client, SimulationAttempt.objects.get(learner=other_learner))

    client.force_login(facilitator)
    url = reverse("simulations:cohort_report", args=[simulation.pk, cohort.pk])
    response = client.get(url)
    html = response.content.decode()
    decisions = {row.key: [o.chosen for o in row.options] for row in response.context["decisions"]}
    assert decisions == {"D1": [1, 0, 1], "D2": [1, 0]}
    to_debrief = [attempt.learner for attempt in response.context["debrief_attempts"]]
    assert to_debrief == [played.learner]
    assert "not debriefed yet" in html

    other_cohort = Cohort.objects.create(name="Elsewhere", course=cohort.course, venue="x")
    assert (
        client.get(
            reverse("simulations:cohort_report", args=[simulation.pk, other_cohort.pk])
        ).status_code
        == 404
    )


def test_the_cohort_report_runs_a_fixed_number_of_queries(
    client, played, cohort, facilitator, simulation, django_assert_max_num_queries
):
    play(client, played)
    client.force_login(facilitator)
    url = reverse("simulations:cohort_report", args=[simulation.pk, cohort.pk])
    client.get(url)
    with django_assert_max_num_queries(15):
        client.get(url)


def test_the_competency_profile_counts_each_simulations_best_attempt(client, played):
    play(client, played, harm=True)
    client.post(
        reverse("simulations:start", args=[played.simulation_id]),
        {"lesson": played.lesson_id},
    )
    play(client, SimulationAttempt.objects.get(learner=played.learner, number=2))

    response = client.get(reverse("simulations:competencies", args=[played.learner_id]))
    profile = {row.competency.code: row.percent for row in response.context["profile"]}
    assert profile == {"safety": 100, "participation": 100}
    assert "My competency profile" in response.content.decode()


# --- Authoring --------------------------------------------------------------------------------


def _listblock(items):
    return {
        "count": len(items),
        **{
            index: {"value": item, "deleted": "", "order": index, "id": ""}
            for index, item in enumerate(items)
        },
    }


def _option(text, next_step):
    return {
        "text": text,
        "feedback": "Why.",
        "next_step": next_step,
        "minutes": "60",
        "points": _listblock([]),
        "late_step": "",
    }


def simulation_form(second_target="END-b", action=None):
    data = nested_form_data(
        {
            "title": "Authored case",
            "brief": rich_text("<p>A child.</p>"),
            "case_file": rich_text(""),
            "initial_risk": "medium",
            "steps": streamfield(
                [
                    (
                        "situation",
                        {
                            "key": "intro",
                            "title": "Start",
                            "text": rich_text("<p>It begins.</p>"),
                            "image_alt": "",
                            "risk_level": "",
                            "next_step": "D1",
                            "minutes": "0",
                            "late_step": "",
                        },
                    ),
                    (
                        "decision",
                        {
                            "key": "D1",
                            "title": "Choose",
                            "prompt": rich_text("<p>What now?</p>"),
                            "risk_level": "",
                            "options": _listblock(
                                [_option("Good", "END-a"), _option("Other", second_target)]
                            ),
                        },
                    ),
                    (
                        "end",
                        {
                            "key": "END-a",
                            "title": "Fine",
                            "outcome": rich_text("<p>Fine.</p>"),
                            "debrief": rich_text("<p>Why?</p>"),
                        },
                    ),
                    (
                        "end",
                        {
                            "key": "END-b",
                            "title": "Less fine",
                            "outcome": rich_text("<p>Less.</p>"),
                            "debrief": rich_text("<p>Why?</p>"),
                        },
                    ),
                ]
            ),
            "attempts_allowed": "",
            "pass_percent": "60",
            "risk_points": "5",
            "risk_competency": "",
            "pass_rules-TOTAL_FORMS": "0",
            "pass_rules-INITIAL_FORMS": "0",
            "pass_rules-MIN_NUM_FORMS": "0",
            "pass_rules-MAX_NUM_FORMS": "1000",
        }
    )
    if action:
        data[action] = "1"
    return data


def test_an_author_saves_a_valid_simulation(client, administrator):
    client.force_login(administrator)
    response = client.post(ADD_URL, simulation_form(action="action-publish"))
    assert response.status_code == 302
    simulation = Simulation.objects.get()
    assert simulation.live and [step.key for step in simulation.graph().steps] == [
        "intro",
        "D1",
        "END-a",
        "END-b",
    ]


@pytest.mark.parametrize("action", [None, "action-publish"])
def test_a_broken_graph_is_refused_on_save_and_publish_naming_the_step(
    client, administrator, action
):
    client.force_login(administrator)
    response = client.post(ADD_URL, simulation_form(second_target="NOWHERE", action=action))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Step D1: links to NOWHERE, which does not exist." in html
    assert "Step END-b: cannot be reached from the start." in html
    assert not Simulation.objects.exists()


def test_the_preview_plays_every_path_and_draws_the_diagram(rf, administrator, simulation):
    request = rf.get("/")
    request.user = administrator
    for mode, expected in (("", 'href="#step-d1"'), ("diagram", 'data-step="D1"')):
        response = simulation.make_preview_request(request, mode)
        assert response.status_code == 200, mode
        assert expected in response.content.decode()
    assert "css/simulation-diagram.css" in response.content.decode()  # the diagram's styles


def test_the_facilitator_finds_reports_and_critical_errors_to_debrief(
    client, played, cohort, facilitator, simulation
):
    play(client, played, harm=True)
    client.force_login(facilitator)
    home = client.get(reverse("home")).content.decode()
    assert "Case simulations to debrief" in home
    assert reverse("simulations:debrief", args=[played.pk]) in home

    detail = client.get(reverse("progress:cohort", args=[cohort.pk])).content.decode()
    assert reverse("simulations:cohort_report", args=[simulation.pk, cohort.pk]) in detail
    assert "<title>Test batch" in detail  # the tab title is the cohort's name, nothing else

    client.post(reverse("simulations:debrief", args=[played.pk]), {"note": "Done."})
    assert "Case simulations to debrief" not in client.get(reverse("home")).content.decode()


def test_a_decision_the_facilitator_reviews_is_not_scored_and_waits_in_their_debrief_lists(
    client, learner, enrolment, cohort, facilitator, simulation_lesson
):
    steps = [
        replace(step, facilitator_reviews=True) if step.key in ("D1", "D2") else step
        for step in tiny_case_steps()
    ]
    simulation = simulation_lesson.body[-1].value["simulation"]
    simulation.steps = [step_block_data(step) for step in steps]
    simulation.save_revision().publish()
    client.force_login(learner)
    start(client, simulation, simulation_lesson)
    attempt = SimulationAttempt.objects.get(learner=learner)
    post_choice(client, attempt, option=0)
    html = post_choice(client, attempt, option=0, risk="low", response=1440).content.decode()
    assert "Your facilitator will review this decision with you" in html
    assert "The risk level you set was not right." not in html
    html = post_choice(client, attempt, option=1).content.decode()
    assert "Your facilitator will review the decisions that are not scored" in html
    assert "Not scored automatically: the facilitator reviews this decision." in html
    attempt.refresh_from_db()
    assert attempt.needs_review and attempt.passed
    assert not attempt.scores.exists()

    client.force_login(facilitator)
    home = client.get(reverse("home")).content.decode()
    assert "A decision for you to review" in home
    debrief = client.get(reverse("simulations:debrief", args=[attempt.pk])).content.decode()
    assert "the facilitator reviews this decision" in debrief
    report = client.get(reverse("simulations:cohort_report", args=[simulation.pk, cohort.pk]))
    assert list(report.context["debrief_attempts"]) == [attempt]
    html = report.content.decode()
    assert "A decision for you to review" in html and "not debriefed yet" in html

    client.post(reverse("simulations:debrief", args=[attempt.pk]), {"note": "Reviewed D1."})
    report = client.get(reverse("simulations:cohort_report", args=[simulation.pk, cohort.pk]))
    assert "debriefed</span>" in report.content.decode()


def test_a_learner_plays_the_urdu_translation_in_urdu(
    client, learner, enrolment, simulation, simulation_lesson
):
    from wagtail.models import Locale

    urdu = simulation.copy_for_translation(Locale.objects.get(language_code="ur"))
    urdu.title = "نادیہ، 10"
    urdu.save()
    urdu.save_revision().publish()

    client.force_login(learner)
    client.cookies["tahaffuz_language"] = "ur"
    start(client, simulation, simulation_lesson)
    attempt = SimulationAttempt.objects.get()
    assert attempt.simulation == simulation  # reports gather every language under the source
    assert attempt.language == "ur"
    html = client.get(reverse("simulations:play", args=[attempt.pk])).content.decode()
    assert "نادیہ، 10" in html and 'dir="rtl"' in html


def test_an_author_opens_a_simulation_in_the_cms(client, facilitator, simulation):
    client.force_login(facilitator)
    edit = f"/admin/snippets/simulations/simulation/edit/{simulation.pk}/"
    response = client.get(edit)
    assert response.status_code == 200
    assert "Safety and risk assessment" in response.content.decode()  # competency choices


def test_points_lost_where_nothing_could_be_earned_show_as_zero(client, played):
    play(client, played, harm=True)
    response = client.get(reverse("simulations:result", args=[played.pk]))
    scores = {row.competency.code: row.percent for row in response.context["scores"]}
    assert scores["confidentiality"] == 0
    assert "-10 points" in response.content.decode()


def test_a_translation_may_change_the_words_but_not_the_graph(simulation):
    from django.core.exceptions import ValidationError
    from wagtail.models import Locale

    from quizzes.simulations.models import step_block_data
    from tests.simulation_fixtures import tiny_case_steps

    urdu = simulation.copy_for_translation(Locale.objects.get(language_code="ur"))
    steps = list(tiny_case_steps())
    steps[0] = steps[0].__class__(**{**vars(steps[0]), "title": "استاد کی کال"})
    urdu.steps = [step_block_data(step) for step in steps]
    urdu.full_clean()  # new words, same graph: accepted

    swapped = list(steps)
    decision = swapped[1]
    swapped[1] = decision.__class__(
        **{
            **vars(decision),
            "options": (decision.options[1], decision.options[0], decision.options[2]),
        }
    )
    urdu.steps = [step_block_data(step) for step in swapped]
    with pytest.raises(ValidationError) as refused:
        urdu.full_clean()
    (steps_error,) = refused.value.error_dict["steps"]
    assert [str(message) for message in steps_error.non_block_errors] == [
        "Step D1: differs from the source in its kind, options, links or scores; "
        "a translation changes only the words."
    ]
