"""Learners taking the post-test at once, as `manage.py bench_quiz_load` plans it.

Two profiles (QUIZ_LOAD_MODE):
- `exam`: each learner opens the attempt page, answers one question every 10-40 s (the think
  time, divided by QUIZ_LOAD_SPEED to compress a run), and submits after the last one;
- `capacity`: each learner saves an answer every QUIZ_LOAD_PACE seconds, round and round its
  questions, so the offered rate is learners / pace saves a second.

When the run stops, every request's time and outcome and every answer the server acknowledged
are written to QUIZ_LOAD_RESULTS, for the command to report and to look for in the database.
"""

import json
import os
import random
import time
from collections import defaultdict
from itertools import count, cycle

from locust import FastHttpUser, constant_pacing, events, task
from locust.exception import StopUser

with open(os.environ["QUIZ_LOAD_PLAN"], encoding="utf-8") as handle:
    PLAN = json.load(handle)
MODE = os.environ.get("QUIZ_LOAD_MODE", "exam")
SPEED = float(os.environ.get("QUIZ_LOAD_SPEED", "1"))
THINK_SECONDS = (10 / SPEED, 40 / SPEED)
PACE = float(os.environ.get("QUIZ_LOAD_PACE", "2"))
NEXT = count()
ACKNOWLEDGED = {}  # (attempt, position) -> the option the server last acknowledged saving
SUBMITTED = set()  # attempts whose submission the server acknowledged
TIMINGS = defaultdict(list)  # request name -> [seconds into the run, milliseconds] of each
FAILURES = defaultdict(int)
MOMENTS = {}


@events.test_start.add_listener
def started(**_kwargs):
    MOMENTS["start"] = time.monotonic()


@events.test_stopping.add_listener
def stopping(**_kwargs):
    MOMENTS["stop"] = time.monotonic()


@events.request.add_listener
def timed(*, name, response_time, exception, **_kwargs):
    TIMINGS[name].append([time.monotonic() - MOMENTS["start"], response_time])
    if exception is not None:
        FAILURES[name] += 1


@events.test_stop.add_listener
def results_write(**_kwargs):
    answers = [[attempt, position, value] for (attempt, position), value in ACKNOWLEDGED.items()]
    results = {
        "seconds": MOMENTS["stop"] - MOMENTS["start"],
        "timings": TIMINGS,
        "failures": FAILURES,
        "answers": answers,
        "submitted": sorted(SUBMITTED),
    }
    with open(os.environ["QUIZ_LOAD_RESULTS"], "w", encoding="utf-8") as handle:
        json.dump(results, handle)


class Learner(FastHttpUser):
    def wait_time(self):
        if MODE == "capacity":
            return constant_pacing(PACE)(self)
        return random.uniform(*THINK_SECONDS)  # noqa: S311 - think time, not a secret

    def on_start(self):
        self.plan = PLAN["attempts"][next(NEXT) % len(PLAN["attempts"])]
        self.headers = {
            "Cookie": f"sessionid={self.plan['session']}; csrftoken={PLAN['csrf']}",
            "X-CSRFToken": PLAN["csrf"],
            "Accept": "application/json",
        }
        self.answers = cycle(self.plan["answers"]) if MODE == "capacity" else None
        self.remaining = list(self.plan["answers"])
        if MODE == "exam":
            self.client.get(
                f"/quizzes/attempts/{self.plan['attempt']}/",
                headers={"Cookie": self.headers["Cookie"]},
                name="attempt page",
            )

    @task
    def answer_or_submit(self):
        if self.answers is not None:
            self.answer_save(*next(self.answers))
        elif self.remaining:
            self.answer_save(*self.remaining.pop(0))
        else:
            self.submit()
            raise StopUser

    def submit(self):
        attempt = self.plan["attempt"]
        with self.client.post(
            f"/quizzes/attempts/{attempt}/submit/",
            headers=self.headers,
            name="submit",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                SUBMITTED.add(attempt)
            else:
                response.failure(f"not submitted: HTTP {response.status_code}")

    def answer_save(self, position, field, choices):
        attempt = self.plan["attempt"]
        value = random.choice(choices)  # noqa: S311 - a learner's pick, not a secret
        with self.client.post(
            f"/quizzes/attempts/{attempt}/answers/",
            data=f"position={position}&{field}={value}",
            headers={**self.headers, "Content-Type": "application/x-www-form-urlencoded"},
            name="save answer",
            catch_response=True,
        ) as response:
            if response.status_code == 200 and "saved_at" in response.text:
                ACKNOWLEDGED[attempt, position] = value
            else:
                response.failure(f"not saved: HTTP {response.status_code}")
