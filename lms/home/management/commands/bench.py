"""Load a province-sized dataset and time the pages people use most.

    make bench            # a fresh SQLite database under var/, 5,000 staff, 200 cohorts
    DATABASE_URL=postgres://... python manage.py bench --staff 5000 --cohorts 200

Times are server times measured in-process with Django's test client (middleware, views,
templates and queries; no network), reported as the median of --runs requests.
"""

import datetime
import json
import random
import statistics
import time
import uuid
from functools import partial

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.cohorts.models import AttendanceRecord, Cohort, CohortStatus, Enrolment
from courses.content.models import LessonPage
from courses.content.selectors import course_activities, course_outline
from courses.demo.load import demo_course_load
from courses.h5p.demo import demo_h5p_load
from courses.h5p.models import H5PAttempt, H5PContent
from courses.h5p.serving import content_base_url, content_origin_host
from courses.progress.models import LessonProgress
from lms.accounts.roles import Role
from lms.accounts.services import user_set_role
from lms.certification.codes import code_generate
from lms.certification.models import Certificate
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
        h5p_lesson = self._h5p_load(course)
        self._certificates_load()
        self.stdout.write(f"Loaded in {time.perf_counter() - started:.0f} s: {self._sizes()}")
        self._time_pages(course, facilitator, runs, h5p_lesson)

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
        user_set_role(user=facilitator, role=Role.FACILITATOR, by=None)
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

    def _h5p_load(self, course, cohorts_playing=4, attempts_each=3):
        """The demo's H5P check, played three times by every learner of the first cohorts."""
        rng = random.Random(2029)  # noqa: S311 - reproducible data, not secrets
        content = demo_h5p_load(course=course)[0]
        placement = course_activities(course).h5p[0]
        lesson = LessonPage.objects.get(pk=placement.lesson_id)
        now = timezone.now()
        H5PAttempt.objects.bulk_create(
            H5PAttempt(
                learner_id=enrolment.learner_id,
                lesson=lesson,
                content=content,
                finished_at=now,
                score_raw=(raw := rng.randint(0, 1)),
                score_min=0,
                score_max=1,
                percent=100 * raw,
                finished_verb="answered",
            )
            for enrolment in Enrolment.objects.filter(
                cohort__in=Cohort.objects.order_by("pk")[:cohorts_playing]
            )
            for _attempt in range(attempts_each)
        )
        return lesson

    def _officer(self):
        officer = get_user_model().objects.create(
            email="officer@bench.invalid", full_name="Bench Officer"
        )
        user_set_role(user=officer, role=Role.COMMISSION, by=None)
        TOTP.activate(officer, generate_totp_secret())
        return officer

    def _certificates_load(self):
        """A registry as the province will have it: one certificate per enrolment, issued over
        the last three years, some revoked, suspended or superseded (bench data, bulk-created)."""
        rng = random.Random(2028)  # noqa: S311 - reproducible data, not secrets
        today = timezone.localdate()
        states = ["valid"] * 17 + ["revoked", "suspended", "superseded"]
        enrolments = Enrolment.objects.select_related("learner__staff_profile__district", "course")
        Certificate.objects.bulk_create(
            Certificate(
                number=f"KP-CPCM-BENCH-{index:06d}",
                code=code_generate(),
                learner=enrolment.learner,
                enrolment=enrolment,
                course=enrolment.course,
                state=(state := rng.choice(states)),
                state_reason="Bench" if state in ("revoked", "suspended") else "",
                full_name=enrolment.learner.full_name,
                designation=enrolment.learner.staff_profile.get_designation_display(),
                district=enrolment.learner.staff_profile.district.name,
                employee_number=enrolment.learner.staff_profile.employee_number,
                course_title=enrolment.course.title,
                course_code="cpcm-foundation",
                course_version=enrolment.course_version,
                issued_on=(issued := today - datetime.timedelta(days=rng.randint(0, 1095))),
                expires_on=issued + datetime.timedelta(days=730),
            )
            for index, enrolment in enumerate(enrolments)
            if not hasattr(enrolment, "certificate")
        )

    @staticmethod
    def _statement_post(client, url, content):
        statement = {
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": content.activity_iri},
            "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}},
        }
        body = json.dumps({"id": str(uuid.uuid4()), "statement": statement})
        return client.post(url, body, content_type="application/json")

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
                (H5PAttempt, "H5P attempts"),
                (Certificate, "certificates"),
            ]
        )

    def _time_pages(self, course, facilitator, runs, h5p_lesson):
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", content_origin_host()]
        cohort = Cohort.objects.order_by("pk").first()
        learner = cohort.enrolments.order_by("pk").first().learner
        lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
        finished = SimulationAttempt.objects.filter(learner=learner).get()
        in_progress = simulation_start(simulation=finished.simulation, learner=learner)
        learner_client, facilitator_client, officer_client = Client(), Client(), Client()
        learner_client.force_login(learner)
        facilitator_client.force_login(facilitator)
        officer_client.force_login(self._officer())
        certificate = Certificate.objects.filter(state="valid").order_by("pk").first()
        h5p_content = H5PContent.objects.get()
        h5p_statements = reverse("h5p_statements", args=[h5p_lesson.pk, h5p_content.pk])
        h5p_player = content_base_url(h5p_content, learner).split(content_origin_host(), 1)[1]
        pages = [
            ("My training (learner home)", learner_client, "/"),
            ("Lesson page", learner_client, lesson.url),
            ("Lesson page with an H5P activity", learner_client, h5p_lesson.url),
            (
                "H5P player page (content origin)",
                Client(HTTP_HOST=content_origin_host()),
                h5p_player,
            ),
            (
                "H5P statement (POST, one attempt each)",
                learner_client,
                partial(self._statement_post, learner_client, h5p_statements, h5p_content),
            ),
            (
                "H5P cohort report",
                facilitator_client,
                reverse("h5p_cohort_report", args=[h5p_lesson.pk, h5p_content.pk, cohort.pk]),
            ),
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
            ("Certificate registry (first page)", officer_client, "/certificates/registry/"),
            (
                "Registry: expiring within 30 days",
                officer_client,
                "/certificates/registry/?expiring=30",
            ),
            (
                "Registry: search by employee number",
                officer_client,
                f"/certificates/registry/?q={certificate.employee_number}",
            ),
            ("Verify page (public)", Client(), f"/verify/{certificate.code}/"),
            ("Verify API (JSON)", Client(), f"/api/v1/certificates/{certificate.code}"),
            ("Certificate PDF", officer_client, f"/certificates/{certificate.pk}/download/"),
        ]
        self.stdout.write(f"{'page':<44} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
        for label, client, url in pages:
            cache.clear()  # each page starts with the verification rate limit unused
            connection.queries_log.clear()
            timings = []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    begun = time.perf_counter()
                    response = url() if callable(url) else client.get(url)
                    timings.append((time.perf_counter() - begun) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{label}: HTTP {response.status_code}")
            timings.sort()
            p90 = timings[int(0.9 * (len(timings) - 1))]
            self.stdout.write(
                f"{label:<44} {statistics.median(timings):>10.1f} {p90:>8.1f} {len(queries.captured_queries):>8}"
            )
