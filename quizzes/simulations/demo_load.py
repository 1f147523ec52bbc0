"""Demo case simulations: the six scenarios, each closing the course day it belongs to, and a
few trainees' attempts (a pass and a critical error) for the facilitator's debrief.

Built through the models and services real data uses.
"""

from django.db import transaction
from wagtail.rich_text import RichText

from courses.content.models import CompletionRule, LessonPage
from courses.content.selectors import course_outline

from . import services
from .demo_scenarios import SCENARIOS, Scenario
from .models import Competency, Simulation, step_block_data
from .rules import CaseState, Choice, Graph, move_make, state_start

RISK_COMPETENCY = "safety"


def choice_at(graph: Graph, state: CaseState, index: int) -> Choice:
    """The choice of option `index`, with the correct risk answer where the step asks for it."""
    if graph.step(state.step).asks_risk:
        return Choice(index, risk=state.risk, response_minutes=graph.deadlines.get(state.risk))
    return Choice(index)


def _best_option(options) -> int:
    return max(range(len(options)), key=lambda i: sum(options[i].points.values()))


def _first_critical_option(options) -> int:
    critical = [index for index, option in enumerate(options) if option.critical]
    return critical[0] if critical else _best_option(options)


def path_choices(graph: Graph, pick, *, max_moves: int = 40) -> list[Choice]:
    """Play from the start, taking `pick(options)` at each step with the correct risk answers."""
    state, choices = state_start(graph), []
    while not state.ended:
        choice = choice_at(graph, state, pick(graph.step(state.step).options))
        choices.append(choice)
        state = move_make(graph, state, choice).state
        if len(choices) >= max_moves:
            raise ValueError("This path does not reach an end.")
    return choices


def best_choices(graph: Graph) -> list[Choice]:
    """At each step the option with the most points in total, and the correct risk answers."""
    return path_choices(graph, _best_option)


def scenario_simulation_create(scenario: Scenario) -> Simulation:
    """A demo scenario as a published simulation."""
    simulation = Simulation(
        title=scenario.title,
        brief=scenario.brief,
        case_file=scenario.case_file,
        initial_risk=scenario.initial_risk,
        steps=[step_block_data(step) for step in scenario.steps],
        risk_competency=Competency.objects.get(code=RISK_COMPETENCY),
    )
    simulation.full_clean()
    simulation.save()
    simulation.save_revision().publish()
    return simulation


@transaction.atomic
def demo_simulations_load(*, course) -> dict[str, Simulation]:
    """Each scenario as a simulation, placed in a lesson at the end of its day. Idempotent."""
    existing = {simulation.title: simulation for simulation in Simulation.objects.filter(live=True)}
    days = {day.day_number: day for day, _lessons in course_outline(course)}
    loaded = {}
    for scenario in SCENARIOS:
        if scenario.title in existing:
            loaded[scenario.code] = existing[scenario.title]
            continue
        simulation = scenario_simulation_create(scenario)
        loaded[scenario.code] = simulation
        name = scenario.title.split(":")[0]
        lesson = LessonPage(
            title=f"Case simulation: {name}",
            slug=f"case-simulation-{scenario.code.lower()}",
            summary=f"Handle the case of {name} from first contact to an outcome.",
            estimated_minutes=30,
            completion_rule=CompletionRule.ACTIVITIES,
            body=[
                (
                    "text",
                    RichText(
                        "<p>Today closes with a case. Decide as you would on duty: each choice "
                        "takes time on the case clock, and some cannot be undone. Your "
                        "facilitator debriefs the paths in the next session.</p>"
                    ),
                ),
                ("simulation", {"simulation": simulation, "required_to_complete": True}),
            ],
        )
        days[scenario.day].add_child(instance=lesson)
        lesson.save_revision().publish()
    return loaded


def demo_simulation_attempts_load(*, simulations: dict[str, Simulation], learners) -> None:
    """The first learner passes Saima's case; the second makes a critical error in it."""
    simulation = simulations["S2"]
    if simulation.attempts.exists() or len(learners) < 2:
        return
    lesson = LessonPage.objects.filter(slug="case-simulation-s2").first()
    graph = simulation.graph()
    passing, erring = learners[0], learners[1]
    attempt_play(simulation, passing, lesson, best_choices(graph))
    attempt_play(simulation, erring, lesson, path_choices(graph, _first_critical_option))


def attempt_play(simulation, learner, lesson, choices) -> None:
    """Play a path of choices through the services, as a trainee would."""
    attempt = services.simulation_start(simulation=simulation, learner=learner, lesson=lesson)
    for sequence, choice in enumerate(choices, start=1):
        attempt.refresh_from_db()
        services.simulation_choose(
            attempt_id=attempt.pk,
            learner=learner,
            step_key=attempt.state.step,
            sequence=sequence,
            choice=choice,
        )
