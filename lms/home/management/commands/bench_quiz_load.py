"""Load test: many learners taking the post-test at once, against PostgreSQL.

    make bench-quiz      # a fresh PostgreSQL database, 200 learners, 20 questions each

Starts the app under gunicorn on loopback and drives it with locust; prints throughput, the
median and 95th percentile of answer saves and submits, the error count, and checks that every
answer the server acknowledged is in the database afterwards.
"""

import csv
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.backends.db import SessionStore
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from courses.demo.load import demo_course_load
from quizzes.attempts.demo_load import demo_bank_load
from quizzes.attempts.models import AttemptQuestion, Quiz, QuizAttempt, QuizPurpose, QuizQuestion
from quizzes.attempts.services import attempt_start
from quizzes.bank.models import Question
from quizzes.grading import QuestionType

PORT = 8011


class Command(BaseCommand):
    help = "Load test of the post-test: many learners saving answers and submitting at once."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=200)
        parser.add_argument("--questions", type=int, default=20)
        parser.add_argument("--workers", type=int, default=4)
        parser.add_argument("--run-time", default="120s")

    def handle(self, *args, learners, questions, workers, run_time, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "Run against PostgreSQL: DATABASE_URL=postgres://... (make bench-quiz)."
            )
        plan_path = Path(settings.BASE_DIR) / "var" / "quiz-load-plan.json"
        plan_path.parent.mkdir(exist_ok=True)
        plan_path.write_text(json.dumps(self._prepare(learners, questions)), encoding="utf-8")
        self.stdout.write(f"Prepared {learners} attempts of {questions} questions.")
        server = self._serve(workers)
        try:
            stats = self._drive(plan_path, learners, run_time)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        self._report(stats)

    def _prepare(self, learner_count, question_count):
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
        User = get_user_model()
        unusable = make_password(None)
        users = User.objects.bulk_create(
            User(email=f"load{n}@bench.invalid", full_name=f"Load Learner {n}", password=unusable)
            for n in range(learner_count)
        )
        attempts = []
        for user in users:
            attempt = attempt_start(quiz=quiz, learner=user)
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            answers = [
                (row.position, f"q{row.position}-answer", row.option_order[0])
                for row in attempt.questions.order_by("position")
            ]
            attempts.append(
                {"attempt": attempt.pk, "session": session.session_key, "answers": answers}
            )
        return {"csrf": secrets.token_hex(16), "attempts": attempts, "quiz": quiz.pk}

    def _serve(self, workers):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.bench"}
        server = subprocess.Popen(  # noqa: S603 - a fixed command
            [
                sys.executable,
                "-m",
                "gunicorn",
                "lms.wsgi",
                "-b",
                f"127.0.0.1:{PORT}",
                "-w",
                str(workers),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        for _attempt in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/accounts/login/", timeout=2)
                return server
            except OSError:
                time.sleep(0.5)
        server.kill()
        raise CommandError("gunicorn did not start.")

    def _drive(self, plan_path, learners, run_time):
        prefix = Path(settings.BASE_DIR) / "var" / "quiz-load"
        env = {**os.environ, "QUIZ_LOAD_PLAN": str(plan_path)}
        subprocess.run(  # noqa: S603 - a fixed command
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(Path(settings.BASE_DIR) / "bench" / "locustfile.py"),
                "--headless",
                "-u",
                str(learners),
                "-r",
                "50",
                "--run-time",
                run_time,
                "--stop-timeout",
                "10",
                "--host",
                f"http://127.0.0.1:{PORT}",
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "ERROR",
            ],
            env=env,
            check=False,
            timeout=900,
        )
        with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
            return {row["Name"]: row for row in csv.DictReader(handle)}

    def _report(self, stats):
        self.stdout.write(
            f"{'request':<14} {'count':>7} {'errors':>7} {'req/s':>7} {'median ms':>10} {'p95 ms':>8}"
        )
        for name in ("save answer", "submit", "Aggregated"):
            row = stats.get(name)
            if row:
                self.stdout.write(
                    f"{name:<14} {row['Request Count']:>7} {row['Failure Count']:>7} {float(row['Requests/s']):>7.1f} "
                    f"{row['50%']:>10} {row['95%']:>8}"
                )
        saves = stats.get("save answer", {})
        acknowledged = int(saves.get("Request Count", 0)) - int(saves.get("Failure Count", 0))
        stored = AttemptQuestion.objects.filter(answer__isnull=False).count()
        submitted = QuizAttempt.objects.filter(submitted_at__isnull=False).count()
        self.stdout.write(
            f"Answers acknowledged: {acknowledged}; answers in the database: {stored}; attempts submitted: {submitted}"
        )
        if stored != acknowledged:
            raise CommandError("Some acknowledged answers are missing from the database.")
        errors = int(stats.get("Aggregated", {}).get("Failure Count", 1))
        if errors:
            raise CommandError(f"{errors} requests failed.")
