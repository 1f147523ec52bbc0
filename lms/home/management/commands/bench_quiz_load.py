"""Load test: many learners taking the post-test at once, against PostgreSQL.

    make bench-quiz                                   # 200 learners, a question every 10-40 s
    make bench-quiz BENCH_ARGS="--duration 60 --speed 10"      # the same, ten times faster
    make bench-quiz BENCH_ARGS="--capacity"           # the saves/s at which p95 passes 1 s

Prepares a cohort of enrolled learners who have reached the last day of the demo course, whose
last lesson places the post-test, each with an attempt started. Runs the app under gunicorn
(gunicorn.conf.py, lms.settings.bench: no debug, cached sessions) on loopback and drives it with
locust (bench/locustfile.py). Prints the median, 95th and 99th percentiles of answer saves, the
errors, and how many of the answers the server acknowledged are in the database afterwards.

The capacity mode raises the offered save rate step by step (learners saving every 2 s) until
the 95th percentile of saves passes 1 s, and reports the rate where it did.
"""

import datetime
import json
import math
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from courses.cohorts.models import Cohort, CohortStatus, Enrolment
from courses.content.selectors import course_outline
from courses.demo.load import demo_course_load
from courses.progress.models import LessonProgress
from lms.organisation.models import Designation, District, StaffProfile
from quizzes.attempts.demo_load import demo_bank_load
from quizzes.attempts.models import AttemptQuestion, Quiz, QuizAttempt, QuizPurpose, QuizQuestion
from quizzes.attempts.services import attempt_start
from quizzes.bank.models import Question
from quizzes.grading import QuestionType

PORT = 8011
PACE_SECONDS = 2  # capacity mode: each learner saves every 2 s
THRESHOLD_MS = 1000  # capacity: the p95 of saves the platform must stay under


class Command(BaseCommand):
    help = "Load test of the post-test: many learners saving answers and submitting at once."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=200)
        parser.add_argument("--questions", type=int, default=10)
        parser.add_argument("--duration", type=int, default=300, help="Seconds of load.")
        parser.add_argument(
            "--speed",
            type=float,
            default=1,
            help="Divide the think time (10-40 s between questions) by this, to compress a run.",
        )
        parser.add_argument(
            "--capacity", action="store_true", help="Ramp the save rate instead (see above)."
        )
        parser.add_argument("--step-seconds", type=int, default=20)
        parser.add_argument(
            "--rates", default="5,10,20,30,40,60,80,100,150,200", help="Saves/s offered, in turn."
        )
        parser.add_argument("--workers", help="gunicorn workers (default: gunicorn.conf.py's).")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "Run against PostgreSQL: DATABASE_URL=postgres://... (make bench-quiz)."
            )
        rates = [int(rate) for rate in options["rates"].split(",")]
        learners = options["learners"]
        if options["capacity"]:
            learners = max(learners, max(rates) * PACE_SECONDS)
        var = Path(settings.BASE_DIR) / "var"
        var.mkdir(exist_ok=True)
        plan_path = var / "quiz-load-plan.json"
        started = time.monotonic()
        plan_path.write_text(
            json.dumps(self._prepare(learners, options["questions"])), encoding="utf-8"
        )
        self.stdout.write(
            f"Prepared {learners} learners' attempts of {options['questions']} questions "
            f"in {time.monotonic() - started:.0f} s."
        )
        server = self._serve(options["workers"])
        self._warm_up(json.loads(plan_path.read_text(encoding="utf-8")))
        try:
            if options["capacity"]:
                self._capacity(plan_path, rates, options["step_seconds"])
            else:
                self._exam(plan_path, learners, options["duration"], options["speed"])
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)

    def _prepare(self, learner_count, question_count):
        """Learners enrolled in a running cohort, every day before the last one complete, each
        with the post-test (placed in the last lesson) started."""
        course = demo_course_load()
        demo_bank_load(course=course)
        pool = list(
            Question.objects.filter(type=QuestionType.SINGLE, locale__language_code="en").order_by(
                "pk"
            )
        )
        if len(pool) < question_count:
            raise CommandError(f"The bank has only {len(pool)} single-choice questions.")
        quiz = Quiz.objects.create(
            title="Load test post-test", purpose=QuizPurpose.POST_TEST, shuffle_questions=True
        )
        QuizQuestion.objects.bulk_create(
            QuizQuestion(quiz=quiz, question=question, sort_order=order)
            for order, question in enumerate(pool[:question_count])
        )
        outline = course_outline(course)
        last_lesson = outline[-1][1][-1]
        last_lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": True}))
        last_lesson.save_revision().publish()

        User = get_user_model()
        unusable = make_password(None)
        users = User.objects.bulk_create(
            User(email=f"load{n}@bench.invalid", full_name=f"Load Learner {n}", password=unusable)
            for n in range(learner_count)
        )
        call_command("load_districts", verbosity=0)
        district = District.objects.order_by("pk").first()
        today = timezone.localdate()
        StaffProfile.objects.bulk_create(
            StaffProfile(
                user=user,
                employee_number=f"LOAD-{n:05d}",
                designation=Designation.values[0],
                district=district,
                date_of_joining=today - datetime.timedelta(days=30),
            )
            for n, user in enumerate(users)
        )
        cohort = Cohort.objects.create(
            name="Post-test day",
            course=course,
            capacity=learner_count,
            status=CohortStatus.RUNNING,
        )
        cohort.districts.set([district])
        for offset, (day, _lessons) in enumerate(outline):
            cohort.sessions.create(
                module=day, date=today - datetime.timedelta(days=len(outline) - 1 - offset)
            )
        Enrolment.objects.bulk_create(
            Enrolment(
                cohort=cohort,
                course=course,
                learner=user,
                course_version=course.version,
                due_date=today + datetime.timedelta(days=30),
            )
            for user in users
        )
        now = timezone.now()
        LessonProgress.objects.bulk_create(
            LessonProgress(
                learner=user,
                lesson=lesson,
                first_opened_at=now,
                last_seen_at=now,
                seconds_spent=600,
                completed_at=now,
            )
            for user in users
            for _day, lessons in outline[:-1]
            for lesson in lessons
        )
        session_store = import_module(settings.SESSION_ENGINE).SessionStore
        attempts = []
        for user in users:
            attempt = attempt_start(quiz=quiz, learner=user)
            session = session_store()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            answers = [
                (row.position, f"q{row.position}-answer", row.option_order)
                for row in attempt.questions.order_by("position")
            ]
            attempts.append(
                {"attempt": attempt.pk, "session": session.session_key, "answers": answers}
            )
        return {"csrf": secrets.token_hex(16), "attempts": attempts}

    def _serve(self, workers):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.bench",
            "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        }
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "lms.wsgi"]
        if workers:
            command += ["-w", workers]
        log = open(Path(settings.BASE_DIR) / "var" / "quiz-load-gunicorn.log", "w")  # noqa: SIM115
        server = subprocess.Popen(  # noqa: S603 - a fixed command
            command, env=env, cwd=settings.BASE_DIR, stdout=log, stderr=subprocess.STDOUT
        )
        for _attempt in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/accounts/login/", timeout=2)
                return server
            except OSError:
                time.sleep(0.5)
        server.kill()
        raise CommandError("gunicorn did not start (see var/quiz-load-gunicorn.log).")

    def _warm_up(self, plan):
        """Every worker renders the attempt page a few times (templates, URLs, connections)."""
        first = plan["attempts"][0]
        request = urllib.request.Request(
            f"http://127.0.0.1:{PORT}/quizzes/attempts/{first['attempt']}/",
            headers={"Cookie": f"sessionid={first['session']}"},
        )
        with ThreadPoolExecutor(max_workers=10) as pool:
            statuses = list(
                pool.map(lambda _n: urllib.request.urlopen(request, timeout=60).status, range(50))  # noqa: S310 - loopback http
            )
        if statuses != [200] * len(statuses):
            raise CommandError(f"The attempt page does not answer 200: {set(statuses)}.")

    def _drive(self, plan_path, *, users, seconds, environment):
        """One locust run: each request's time and outcome, and the answers acknowledged."""
        results = Path(settings.BASE_DIR) / "var" / "quiz-load-results.json"
        results.unlink(missing_ok=True)
        env = {
            **os.environ,
            "QUIZ_LOAD_PLAN": str(plan_path),
            "QUIZ_LOAD_RESULTS": str(results),
            **environment,
        }
        subprocess.run(  # noqa: S603 - a fixed command
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(Path(settings.BASE_DIR) / "bench" / "locustfile.py"),
                "--headless",
                "-u",
                str(users),
                "-r",
                str(max(users // 5, 1)),  # everyone in within 5 s
                "--run-time",
                f"{seconds}s",
                "--stop-timeout",
                "30",
                "--host",
                f"http://127.0.0.1:{PORT}",
                "--skip-log-setup",
                "--loglevel",
                "ERROR",
            ],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
            timeout=seconds + 300,
        )
        return json.loads(results.read_text(encoding="utf-8"))

    def _exam(self, plan_path, learners, duration, speed):
        results = self._drive(
            plan_path,
            users=learners,
            seconds=duration,
            environment={"QUIZ_LOAD_MODE": "exam", "QUIZ_LOAD_SPEED": str(speed)},
        )
        self.stdout.write(
            f"{learners} learners, a question every {10 / speed:g}-{40 / speed:g} s, "
            f"for {duration} s:"
        )
        self.stdout.write(
            f"{'request':<15} {'count':>6} {'errors':>6} {'req/s':>6} {'p50 ms':>7} "
            f"{'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}"
        )
        rows = [(name, _summary(results, name)) for name in ("attempt page", "save answer")]
        # Once everyone has opened the post-test (the first minute): the saves of the sitting.
        rows += [("saves after 60s", _summary(results, "save answer", after=60))]
        rows += [("submit", _summary(results, "submit"))]
        for name, row in rows:
            if row:
                self.stdout.write(
                    f"{name:<15} {row['count']:>6} {row['errors']:>6} {row['rate']:>6.1f} "
                    f"{row['p50']:>7.0f} {row['p95']:>7.0f} {row['p99']:>7.0f} {row['max']:>7.0f}"
                )
        found, submitted = self._acknowledged_found(results)
        self.stdout.write(
            f"Answers acknowledged: {len(results['answers'])}; found in the database: "
            f"{found}. Submissions acknowledged: {len(results['submitted'])}; "
            f"submitted in the database: {submitted}."
        )
        errors = sum(results["failures"].values())
        if found != len(results["answers"]):
            raise CommandError("Some acknowledged answers are missing from the database.")
        if errors:
            raise CommandError(f"{errors} requests failed.")

    def _capacity(self, plan_path, rates, step_seconds):
        self.stdout.write(
            f"Capacity: learners saving every {PACE_SECONDS} s, {step_seconds} s a step; "
            "stops once the p95 of saves passes 1 s."
        )
        self.stdout.write(
            f"{'offered/s':>9} {'saves/s':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} "
            f"{'p99 ms':>7} {'lost':>5}"
        )
        below = 0.0
        for rate in rates:
            results = self._drive(
                plan_path,
                users=rate * PACE_SECONDS,
                seconds=step_seconds,
                environment={"QUIZ_LOAD_MODE": "capacity", "QUIZ_LOAD_PACE": str(PACE_SECONDS)},
            )
            row = _summary(results, "save answer")
            if row is None:
                raise CommandError("No answer was saved: see var/quiz-load-gunicorn.log.")
            lost = len(results["answers"]) - self._acknowledged_found(results)[0]
            self.stdout.write(
                f"{rate:>9} {row['rate']:>8.1f} {row['errors']:>6} {row['p50']:>7.0f} "
                f"{row['p95']:>7.0f} {row['p99']:>7.0f} {lost:>5}"
            )
            if row["p95"] > THRESHOLD_MS:
                self.stdout.write(
                    f"Capacity: the p95 of saves passed 1 s at {row['rate']:.0f} saves/s "
                    f"(offered {rate}/s); it was under 1 s at {below:.0f} saves/s."
                )
                return
            below = row["rate"]
        self.stdout.write(f"Capacity: the p95 of saves stayed under 1 s up to {below:.0f} saves/s.")

    def _acknowledged_found(self, acknowledged):
        """How many acknowledged answers the database holds as acknowledged, and how many
        attempts are submitted."""
        stored = {
            (attempt, position): answer
            for attempt, position, answer in AttemptQuestion.objects.filter(
                attempt_id__in={attempt for attempt, _position, _value in acknowledged["answers"]}
            ).values_list("attempt_id", "position", "answer")
        }
        found = sum(
            stored.get((attempt, position)) == value
            for attempt, position, value in acknowledged["answers"]
        )
        submitted = QuizAttempt.objects.filter(submitted_at__isnull=False).count()
        return found, submitted


def _summary(results, name, after=0) -> dict | None:
    """Count, errors, rate and percentiles (nearest rank) of one kind of request (finished
    `after` seconds into the run or later)."""
    times = sorted(ms for at, ms in results["timings"].get(name, []) if at >= after)
    if not times:
        return None

    def percentile(share):
        return times[min(len(times) - 1, math.ceil(share * len(times)) - 1)]

    return {
        "count": len(times),
        "errors": results["failures"].get(name, 0),
        "rate": len(times) / (results["seconds"] - after),
        "p50": percentile(0.5),
        "p95": percentile(0.95),
        "p99": percentile(0.99),
        "max": times[-1],
    }
