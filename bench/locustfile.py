"""Learners taking the post-test at once: each saves its answers one by one, then submits.

Run by `manage.py bench_quiz_load`, which prepares the attempts and the plan this reads.
"""

import json
import os
from itertools import count

from locust import HttpUser, between, task
from locust.exception import StopUser

with open(os.environ["QUIZ_LOAD_PLAN"], encoding="utf-8") as handle:
    PLAN = json.load(handle)
NEXT = count()


class Learner(HttpUser):
    wait_time = between(0.2, 1.0)

    def on_start(self):
        self.plan = PLAN["attempts"][next(NEXT) % len(PLAN["attempts"])]
        self.client.cookies.set("sessionid", self.plan["session"])
        self.client.cookies.set("csrftoken", PLAN["csrf"])
        self.remaining = list(self.plan["answers"])
        self.done = False

    @task
    def answer_or_submit(self):
        headers = {"X-CSRFToken": PLAN["csrf"], "Accept": "application/json"}
        attempt = self.plan["attempt"]
        if self.remaining:
            position, field, value = self.remaining.pop(0)
            with self.client.post(
                f"/quizzes/attempts/{attempt}/answers/",
                data={"position": position, field: value},
                headers=headers,
                name="save answer",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code != 200 or "saved_at" not in response.text:
                    response.failure(f"not saved: HTTP {response.status_code}")
        elif not self.done:
            self.client.post(
                f"/quizzes/attempts/{attempt}/submit/",
                headers=headers,
                name="submit",
                allow_redirects=False,
            )
            self.done = True
        else:
            raise StopUser
