"""Load a province-sized dataset and time the pages people use most.

    make bench            # a fresh SQLite database under var/, 5,000 staff, 200 cohorts
    DATABASE_URL=postgres://... python manage.py bench --staff 5000 --cohorts 200

Times are server times measured in-process with Django's test client (middleware, views,
templates and queries; no network), reported as the median of --runs requests.
"""

import datetime
import random
import statistics
import time

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.cohorts.models import AttendanceRecord, Cohort, CohortStatus, Enrolment
from courses.content.models import LessonPage
from courses.demo.load import demo_course_load
from courses.progress.models import LessonProgress
from courses.progress.selectors import course_outline
from lms.accounts.roles import Role
from lms.accounts.services import user_set_role
from lms.organisation.models import Designation, District, StaffProfile
from quizzes.simulations.demo_load import attempt_play, demo_simulations_load, path_choices
from quizzes.simulations.models import SimulationAttempt, SimulationMove
from quizzes.simulations.services import simulation_start


class Command(BaseCommand):
    help = "Benchmark: load many staff, cohorts and progress rows, then time key pages."

    def add_arguments(self, parser):
        parser.add_argument("--staff", type=int, default=5000)
        parser.add_argument("--cohorts", type=int, default=200)
        parser.add_argument("--runs", type=int, default=20)

    def handle(self, *args, staff, cohorts, runs, **options):
        if get_user_model().objects.filter(email__endswith="@bench.invalid").exists():
            raise CommandError(
                "This database already holds bench data: use a fresh one (make bench)."
            )
        started = time.perf_counter()
        call_command("load_districts", verbosity=0)
        course = demo_course_load()
        facilitator = self._load(course, staff, cohorts)
        self._simulations_load(course)
        self.stdout.write(f"Loaded in {time.perf_counter() - started:.0f} s: {self._sizes()}")
        self._time_pages(course, facilitator, runs)

    @transaction.atomic
    def _load(self, course, staff_count, cohort_count):
        rng = random.Random(2026)  # noqa: S311 - reproducible data, not secrets
        User = get_user_model()
        districts = list(District.objects.all())
        unusable = make_password(None)
        users = User.objects.bulk_create(
            User(email=f"staff{n}@bench.invalid", full_name=f"Bench Staff {n}", password=unusable)
            for n in range(staff_count)
        )
        joined = timezone.localdate() - datetime.timedelta(days=60)
        StaffProfile.objects.bulk_create(
            StaffProfile(
                user=user,
                employee_number=f"BENCH-{n:05d}",
                designation=rng.choice(Designation.values[:3]),
                district=districts[n % len(districts)],
                date_of_joining=joined,
            )
            for n, user in enumerate(users)
        )
        facilitator = User.objects.create(
            email="facilitator@bench.invalid", full_name="Bench Facilitator"
        )
        user_set_role(user=facilitator, role=Role.FACILITATOR)
        TOTP.activate(facilitator, generate_totp_secret())
        outline = course_outline(course)
        lessons = [lesson for _day, day_lessons in outline for lesson in day_lessons]
        per_cohort = max(1, staff_count // cohort_count)
        today = timezone.localdate()
        now = timezone.now()
        for index in range(cohort_count):
            cohort = Cohort.objects.create(
                name=f"Bench cohort {index}",
                course=course,
                capacity=per_cohort,
                status=CohortStatus.RUNNING,
            )
            cohort.facilitators.set([facilitator])
            start = today - datetime.timedelta(days=index % 10)
            for offset, (day, _lessons) in enumerate(outline):
                cohort.sessions.create(module=day, date=start + datetime.timedelta(days=offset))
            cohort.save()
            members = users[index * per_cohort : (index + 1) * per_cohort]
            enrolments = Enrolment.objects.bulk_create(
                Enrolment(
                    cohort=cohort,
                    course=course,
                    learner=user,
                    course_version=course.version,
                    due_date=joined + datetime.timedelta(days=90),
                    enrolled_by=facilitator,
                )
                for user in members
            )
            LessonProgress.objects.bulk_create(
                LessonProgress(
                    learner=user,
                    lesson=lesson,
                    first_opened_at=now,
                    last_seen_at=now,
                    seconds_spent=rng.randint(60, 900),
                    completed_at=now,
                )
                for user in members
                for lesson in lessons[: rng.randint(0, len(lessons))]
            )
            held = [session for session in cohort.sessions.all() if session.date <= today]
            AttendanceRecord.objects.bulk_create(
                AttendanceRecord(
                    session=session,
                    enrolment=enrolment,
                    marked_by=facilitator,
                    status=rng.choice(
                        ["present", "present", "present", "late", "absent", "excused"]
                    ),
                )
                for session in held
                for enrolment in enrolments
            )
        return facilitator

    def _simulations_load(self, course, cohorts_playing=4):
        """Every learner of the first cohorts plays Asad's case along a random path."""
        rng = random.Random(2027)  # noqa: S311 - reproducible data, not secrets
        simulation = demo_simulations_load(course=course)["S1"]
        lesson = LessonPage.objects.get(slug="case-simulation-s1")
        graph = simulation.graph()
        enrolments = Enrolment.objects.filter(
            cohort__in=Cohort.objects.order_by("pk")[:cohorts_playing]
        ).select_related("learner")
        for enrolment in enrolments:
            choices = path_choices(graph, lambda options: rng.randrange(len(options)))
            attempt_play(simulation, enrolment.learner, lesson, choices)

    def _sizes(self) -> str:
        return ", ".join(
            f"{model.objects.count():,} {label}"
            for model, label in [
                (StaffProfile, "staff"),
                (Cohort, "cohorts"),
                (Enrolment, "enrolments"),
                (LessonPage, "lesson pages"),
                (LessonProgress, "lesson progress rows"),
                (AttendanceRecord, "attendance marks"),
                (SimulationAttempt, "simulation attempts"),
                (SimulationMove, "simulation moves"),
            ]
        )

    def _time_pages(self, course, facilitator, runs):
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        cohort = Cohort.objects.order_by("pk").first()
        learner = cohort.enrolments.order_by("pk").first().learner
        lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
        finished = SimulationAttempt.objects.filter(learner=learner).get()
        in_progress = simulation_start(simulation=finished.simulation, learner=learner)
        learner_client, facilitator_client = Client(), Client()
        learner_client.force_login(learner)
        facilitator_client.force_login(facilitator)
        pages = [
            ("My training (learner home)", learner_client, "/"),
            ("Lesson page", learner_client, lesson.url),
            ("Cohort matrix (25 learners x 10 days)", facilitator_client, f"/cohorts/{cohort.pk}/"),
            ("My cohorts (facilitator of every cohort)", facilitator_client, "/"),
            ("Simulation step", learner_client, f"/simulations/attempts/{in_progress.pk}/"),
            ("Simulation result", learner_client, f"/simulations/attempts/{finished.pk}/result/"),
            (
                "Simulation cohort report",
                facilitator_client,
                f"/simulations/{finished.simulation_id}/cohorts/{cohort.pk}/",
            ),
            (
                "Competency profile",
                facilitator_client,
                f"/simulations/learners/{learner.pk}/competencies/",
            ),
        ]
        self.stdout.write(f"{'page':<44} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
        for label, client, url in pages:
            connection.queries_log.clear()
            timings = []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    begun = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - begun) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{label}: HTTP {response.status_code}")
            timings.sort()
            p90 = timings[int(0.9 * (len(timings) - 1))]
            self.stdout.write(
                f"{label:<44} {statistics.median(timings):>10.1f} {p90:>8.1f} {len(queries.captured_queries):>8}"
            )
