"""HTTP benchmark of the learner's hot paths, through gunicorn, as the demo learner.

    make bench-http                      # a fresh SQLite demo database
    DATABASE_URL=postgres://... make bench-http
    REDIS_URL=redis://127.0.0.1:6379/9 make bench-http   # the shared cache, as in production
                                                          # (a database of its own: it is cleared)

Starts gunicorn (production-like settings: lms.settings.bench_http) on loopback, signs in as the
demo learner through the sign-in form, and measures with wrk, in interleaved rounds: the lesson
page, My training, an answer save (the quiz page's autosave), an H5P statement (an interaction
within an attempt) and an H5P completion, and a bare view returning the lesson page's bytes
through the same server and middleware, signed in (the session and the user read) and signed out.
Prints requests per second, the median and 95th percentile latency, queries per request (counted
in-process with the test client), each request's cost relative to each bare view, and the
requests that failed (an error or a status other than 2xx/3xx, such as SQLite's "database is
locked" under concurrent writes).
"""

import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import Http404
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.content.models import CoursePage, LessonPage
from courses.content.selectors import course_activities
from courses.progress.access import activity_lesson
from quizzes.attempts.services import AttemptRefused, attempt_start
from quizzes.grading import QuestionType

PORT = 8012
LEARNER = "learner@demo.tahaffuz.pk"
PASSWORD = "tahaffuz-demo"  # noqa: S105 - the demo's published password (seed_demo)
LESSON_SLUG = "lesson-1-2"


@dataclass
class Target:
    name: str
    path: str
    method: str = "GET"
    body: str = ""
    content_type: str = ""
    accept: str = "text/html"
    signed_in: bool = True  # sent with the learner's session cookie
    rounds: list = field(default_factory=list)
    queries: int = 0


class Command(BaseCommand):
    help = "HTTP benchmark (gunicorn + wrk) of the lesson page, My training, saves and statements."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--seconds", type=int, default=4, help="per target and round")
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--workers", type=int, default=2)

    def handle(self, *args, rounds, seconds, connections, workers, **options):
        if settings.ROOT_URLCONF != "bench.urls":
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=lms.settings.bench_http.")
        wrk = shutil.which("wrk")
        if wrk is None:
            raise CommandError("wrk is not installed (make bench-http installs it).")
        cache.clear()  # a shared cache (REDIS_URL) may hold an earlier run's entries
        targets = self._targets()
        server = self._serve(workers)
        try:
            cookie, csrf = self._sign_in()
            base = f"http://127.0.0.1:{PORT}"
            page = self._fetch(base + targets[0].path, cookie)
            (settings.BASE_DIR / "var" / "bench-bare.html").write_bytes(page)
            for target in targets:  # warm each worker's connections, caches and imports
                self._wrk(wrk, base, target, cookie, csrf, 1, connections)
            for _round in range(rounds):
                for target in targets:
                    target.rounds.append(
                        self._wrk(wrk, base, target, cookie, csrf, seconds, connections)
                    )
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        self._count_queries(targets)
        self._report(targets, page, connections, workers)

    def _targets(self) -> list[Target]:
        learner = get_user_model().objects.get(email=LEARNER)
        lesson = LessonPage.objects.live().get(slug=LESSON_SLUG, locale__language_code="en")
        course = CoursePage.objects.ancestor_of(lesson).get()
        activities = course_activities(course)
        placement = activities.h5p[0]
        # A player's statements: mostly interactions within an attempt (an answer to one of
        # its questions), and a completion (the score, a new attempt) now and then.
        interaction = {
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": f"{placement.content.activity_iri}?subContentId=q-1"},
            "result": {"score": {"min": 0, "max": 1, "raw": 1}},
        }
        completion = {
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": placement.content.activity_iri},
            "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}},
        }
        statements_url = reverse("h5p_statements", args=[placement.lesson_id, placement.content.pk])
        position, answer = self._started_attempt_answer(learner, activities)
        return [
            Target("Lesson page", lesson.url),
            Target("My training", reverse("home")),
            Target(
                "Answer save (autosave)",
                reverse("attempts:answer", args=[answer[0]]),
                method="POST",
                body=urllib.parse.urlencode({"position": position, answer[1]: answer[2]}),
                content_type="application/x-www-form-urlencoded",
                accept="application/json",
            ),
            *(
                Target(
                    name,
                    statements_url,
                    method="POST",
                    body=json.dumps({"id": "{uuid}", "statement": statement}),
                    content_type="application/json",
                    accept="application/json",
                )
                for name, statement in (
                    ("H5P statement", interaction),
                    ("H5P completion", completion),
                )
            ),
            Target("Bare, signed out", reverse("bench_bare"), signed_in=False),
            Target("Bare view (same bytes)", reverse("bench_bare")),
        ]

    def _started_attempt_answer(self, learner, activities):
        """A quiz of an open lesson, started by the learner: (position, (attempt, field, value))
        of its first single-choice question."""
        for placement in activities.of_type("quiz"):
            try:
                activity_lesson(learner, block_type="quiz", activity=placement.activity)
                attempt = attempt_start(quiz=placement.activity, learner=learner)
            except (AttemptRefused, Http404, PermissionDenied):
                continue
            for row in attempt.questions.order_by("position"):
                if row.snapshot["type"] == QuestionType.SINGLE:
                    value = row.option_order[0]
                    return row.position, (attempt.pk, f"q{row.position}-answer", value)
        raise CommandError("The demo learner can start no quiz with a single-choice question.")

    def _serve(self, workers):
        server = subprocess.Popen(  # noqa: S603 - a fixed command
            [
                sys.executable,
                "-m",
                "gunicorn",
                "lms.wsgi",
                "-c",
                str(settings.BASE_DIR / "gunicorn.conf.py"),
                "-b",
                f"127.0.0.1:{PORT}",
                "-w",
                str(workers),
                "--access-logfile",
                "/dev/null",
                "--log-level",
                "warning",
                # The steady state: no worker restarts (gunicorn.conf.py's max_requests) mid-round.
                "--max-requests",
                "0",
            ],
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.bench_http"},
        )
        for _attempt in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/health/live", timeout=2)
                return server
            except OSError:
                time.sleep(0.5)
        server.kill()
        raise CommandError("gunicorn did not start.")

    def _sign_in(self) -> tuple[str, str]:
        """Sign in through the form as a person does; the session and CSRF cookies."""
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        login = f"http://127.0.0.1:{PORT}{reverse('account_login')}"
        form = opener.open(login).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        data = urllib.parse.urlencode(
            {"login": LEARNER, "password": PASSWORD, "csrfmiddlewaretoken": token}
        ).encode()
        opener.open(urllib.request.Request(login, data=data, headers={"Referer": login}))
        cookies = {cookie.name: cookie.value for cookie in jar}
        if "sessionid" not in cookies:
            raise CommandError("Signing in as the demo learner failed.")
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        return cookie, cookies["csrftoken"]

    @staticmethod
    def _fetch(url, cookie) -> bytes:
        request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310 - loopback
        with urllib.request.urlopen(request) as response:  # noqa: S310
            if response.status != 200 or response.url != url:
                raise CommandError(f"{url}: HTTP {response.status} at {response.url}")
            return response.read()

    @staticmethod
    def _wrk(wrk, base, target, cookie, csrf, seconds, connections) -> dict:
        env = {
            **os.environ,
            "BENCH_METHOD": target.method,
            "BENCH_BODY": target.body,
            "BENCH_CONTENT_TYPE": target.content_type,
            "BENCH_ACCEPT": target.accept,
            "BENCH_COOKIE": cookie if target.signed_in else "",
            "BENCH_CSRF": csrf,
        }
        script = settings.BASE_DIR / "bench" / "wrk.lua"
        # A slow answer counts in the latencies, not as a failure (wrk's default gives up at 2 s).
        command = [wrk, "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        command += ["-s", str(script)]
        output = subprocess.run(  # noqa: S603 - a fixed command
            [*command, base + target.path], env=env, capture_output=True, text=True, check=True
        ).stdout
        time.sleep(2)  # requests still waiting in the server (a lock) finish before the next
        return json.loads(output.split("BENCH ", 1)[1])

    @staticmethod
    def _count_queries(targets):
        """Queries per request, counted in-process; the third request of each (caches warm)."""
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        learner = get_user_model().objects.get(email=LEARNER)
        for target in targets:
            client = Client()
            if target.signed_in:
                client.force_login(learner)
            for _run in range(3):
                body = target.body.replace("{uuid}", str(uuid.uuid4()))
                with CaptureQueriesContext(connection) as queries:
                    if target.method == "GET":
                        response = client.get(target.path)
                    else:
                        response = client.post(
                            target.path,
                            body,
                            content_type=target.content_type,
                            headers={"accept": target.accept},
                        )
                if response.status_code != 200:
                    raise CommandError(f"{target.name}: HTTP {response.status_code}")
            target.queries = len(queries.captured_queries)

    def _report(self, targets, page, connections, workers):
        self.stdout.write(
            f"gunicorn {workers} sync workers, wrk -t1 -c{connections}, {connection.vendor}, "
            f"lesson page {len(page) / 1024:.1f} KB; medians of {len(targets[0].rounds)} rounds"
        )
        rates = {
            target.name: statistics.median(
                r["requests"] / (r["duration_us"] / 1e6) for r in target.rounds
            )
            for target in targets
        }
        bare = rates[targets[-1].name]
        bare_signed_out = rates["Bare, signed out"]
        self.stdout.write(
            f"{'request':<24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'x bare':>7}"
            f" {'x out':>6} {'failed':>7}"
        )
        for target in targets:
            p50 = statistics.median(r["p50_us"] for r in target.rounds) / 1000
            p95 = statistics.median(r["p95_us"] for r in target.rounds) / 1000
            failed = sum(r["errors"] + r["bad_status"] for r in target.rounds)
            self.stdout.write(
                f"{target.name:<24} {rates[target.name]:>8.0f} {p50:>8.1f} {p95:>8.1f} "
                f"{target.queries:>8} {bare / rates[target.name]:>7.1f} "
                f"{bare_signed_out / rates[target.name]:>6.1f} {failed:>7}"
            )
