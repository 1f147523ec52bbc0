"""Time the compliance overview with 1,000 and with 100,000 staff statuses.

    make bench-compliance     # a fresh SQLite database under var/
    python manage.py bench_compliance --sizes 1000 100000 --runs 10

Staff, profiles and statuses are bulk-created (the statuses as the refresh would leave them,
spread over every district, each in its division, Commission headquarters, every designation and
state). The overview is requested by a Commission officer through Django's test client
(middleware, view, template, queries; no network) and its median time reported per size, with
the ratio of the largest to the smallest (at most 3) and the query count (the same at every
size). Fails if either promise is broken.
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
from django.urls import reverse
from django.utils import timezone

from lms.accounts.roles import Role
from lms.accounts.services import user_set_role
from lms.organisation.models import Designation, District, StaffProfile

from ...models import StaffStatus
from ...rules import StaffState

MAX_RATIO = 3


class Command(BaseCommand):
    help = "Benchmark: the compliance overview with 1,000 and with 100,000 staff statuses."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
        parser.add_argument("--runs", type=int, default=10)

    def handle(self, *args, sizes, runs, **options):
        if StaffProfile.objects.filter(employee_number__startswith="CBENCH-").exists():
            raise CommandError("This database already holds bench data: use a fresh one.")
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        call_command("load_districts", verbosity=0)
        client = Client()
        client.force_login(self._officer())
        url = reverse("compliance:overview")
        results = []
        for size in sorted(sizes):
            started = time.perf_counter()
            self._grow_to(size)
            loaded = time.perf_counter() - started
            median, queries = self._time(client, url, runs)
            results.append((size, median, queries))
            self.stdout.write(
                f"{size:>7,} staff: overview {median * 1000:7.1f} ms (median of {runs}), "
                f"{queries} queries (rows loaded in {loaded:.0f} s)"
            )
        (small, small_time, small_queries), (large, large_time, large_queries) = (
            results[0],
            results[-1],
        )
        ratio = large_time / small_time
        self.stdout.write(
            f"Ratio {large:,} / {small:,} staff: {ratio:.2f} (at most {MAX_RATIO}); "
            f"queries {small_queries} and {large_queries} (constant)"
        )
        if ratio > MAX_RATIO or small_queries != large_queries:
            raise CommandError("The overview does not keep its promise at this size.")

    def _officer(self):
        officer = get_user_model().objects.create(
            email="commission@cbench.invalid", full_name="Bench Officer"
        )
        user_set_role(user=officer, role=Role.COMMISSION, by=None)
        TOTP.activate(officer, generate_totp_secret())
        return officer

    @transaction.atomic
    def _grow_to(self, size: int) -> None:
        start = StaffProfile.objects.filter(employee_number__startswith="CBENCH-").count()
        rng = random.Random(size)  # noqa: S311 - reproducible data, not secrets
        today = timezone.localdate()
        # Every district (each in its division) and Commission headquarters (no district).
        places = [*District.objects.all(), None]
        states = list(StaffState)
        unusable = make_password(None)
        User = get_user_model()
        for chunk in range(start, size, 5000):
            numbers = range(chunk, min(size, chunk + 5000))
            users = User.objects.bulk_create(
                User(email=f"s{n}@cbench.invalid", full_name=f"Staff {n}", password=unusable)
                for n in numbers
            )
            profiles = StaffProfile.objects.bulk_create(
                StaffProfile(
                    user=user,
                    employee_number=f"CBENCH-{n:06d}",
                    designation=rng.choice(Designation.values),
                    district=rng.choice(places),
                    date_of_joining=today - datetime.timedelta(days=rng.randint(0, 900)),
                )
                for n, user in zip(numbers, users, strict=True)
            )
            StaffStatus.objects.bulk_create(
                self._status(profile, rng.choice(states), rng, today) for profile in profiles
            )

    @staticmethod
    def _status(profile, state, rng, today) -> StaffStatus:
        certified = state in (StaffState.CERTIFIED, StaffState.EXPIRED, StaffState.WITHDRAWN)
        expires_on = today + datetime.timedelta(days=rng.randint(-200, 700))
        if state == StaffState.EXPIRED:
            expires_on = today - datetime.timedelta(days=rng.randint(1, 200))
        elif state == StaffState.CERTIFIED:
            expires_on = today + datetime.timedelta(days=rng.randint(1, 700))
        return StaffStatus(
            staff=profile,
            district_id=profile.district_id,
            designation=profile.designation,
            date_of_joining=profile.date_of_joining,
            state=state,
            due_date=profile.date_of_joining + datetime.timedelta(days=90),
            certified_on=expires_on - datetime.timedelta(days=730) if certified else None,
            expires_on=expires_on if certified else None,
        )

    @staticmethod
    def _time(client, url, runs) -> tuple[float, int]:
        assert client.get(url).status_code == 200  # warm caches (templates, sessions)
        timings = []
        for _run in range(runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise CommandError(f"The overview answered {response.status_code}.")
        return statistics.median(timings), len(captured)
