"""Demo case simulations: the files of content/simulations/, one closing each course day, and a
few trainees' attempts (a pass and a critical error) for the facilitator's
debrief.

Loaded through the import service the CMS uses (see transfer.py), and played through the
services trainees use.
"""

from django.conf import settings
from django.db import transaction
from wagtail.rich_text import RichText

from courses.content.models import CompletionRule, LessonPage
from courses.content.selectors import course_outline

from . import services
from .models import Simulation
from .rules import CaseState, Choice, Graph, move_make, state_start
from .transfer import simulation_import

SIMULATIONS_DIR = settings.BASE_DIR / "content" / "simulations"


def simulation_files(*, translations: bool = False) -> list:
    """content/simulations/'s English files (`S7.yaml`), or its translations (`S7.ur.yaml`)."""
    return sorted(
        path for path in SIMULATIONS_DIR.glob("*.yaml") if ("." in path.stem) == translations
    )


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


def demo_simulation_import(path) -> Simulation:
    """Import one file of content/simulations/; a problem in it stops the demo with its list."""
    report = simulation_import(content=path.read_bytes(), by=None)
    if not report.is_valid:
        problems = "; ".join(f"{where}: {problem}" for where, problem in report.problems)
        raise ValueError(f"{path.name}: {problems}")
    return report.simulation


def _lesson_place(simulation: Simulation, day, lessons, *, last_day: bool) -> None:
    """At the end of its day; on the last day, just before the lesson that closes the course
    with the post-test."""
    name = simulation.title.split(":")[0]
    lesson = LessonPage(
        title=f"Case simulation: {name}",
        slug=f"case-simulation-{simulation.code.lower()}",
        summary=f"Handle the case of {name} from first contact to an outcome.",
        estimated_minutes=30,
        completion_rule=CompletionRule.ACTIVITIES,
        body=[
            (
                "text",
                RichText(
                    "<p>This case brings together what today's lessons taught. Decide as you "
                    "would on duty: each choice takes time on the case clock, and some cannot "
                    "be undone. Your facilitator debriefs the paths in the next session.</p>"
                ),
            ),
            ("simulation", {"simulation": simulation, "required_to_complete": True}),
        ],
    )
    if last_day:
        lessons[-1].add_sibling(pos="left", instance=lesson)
    else:
        day.add_child(instance=lesson)
    lesson.save_revision().publish()


@transaction.atomic
def demo_simulations_load(*, course) -> dict[str, Simulation]:
    """Each file as a simulation (updated in place when it exists), placed in a lesson at the
    end of its day, then the translations, which the lesson plays in their language.
    Idempotent: an unchanged file writes nothing."""
    outline = course_outline(course)
    days = {day.day_number: (day, lessons) for day, lessons in outline}
    last_day = outline[-1][0].day_number
    placed = set(
        LessonPage.objects.filter(slug__startswith="case-simulation-").values_list(
            "slug", flat=True
        )
    )
    loaded = {}
    for path in simulation_files():
        simulation = demo_simulation_import(path)
        loaded[simulation.code] = simulation
        if f"case-simulation-{simulation.code.lower()}" not in placed:
            day, lessons = days[simulation.course_day]
            _lesson_place(simulation, day, lessons, last_day=simulation.course_day == last_day)
    for path in simulation_files(translations=True):
        demo_simulation_import(path)
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
