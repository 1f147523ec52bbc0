import json
import os
import subprocess
import sys
import time
from pathlib import Path

import dj_database_url
import pytest
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from lms.core import health

ROOT = Path(__file__).resolve().parents[3]
# Nothing listens on port 1: connecting is refused at once, as when PostgreSQL is stopped.
STOPPED_DATABASE = "postgres://tahaffuz@127.0.0.1:1/tahaffuz"


@pytest.fixture
def stopped_database_alias(monkeypatch):
    alias = "stopped"
    configured = connections.configure_settings(
        {
            "default": {**connections.settings["default"]},
            alias: dj_database_url.parse(STOPPED_DATABASE),
        }
    )
    monkeypatch.setitem(connections.settings, alias, configured[alias])
    yield alias
    del connections[alias]


def test_live_answers_without_authentication(client):
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_ready_answers_200_when_the_database_and_cache_answer(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True, "cache": True}}


def test_a_stopped_database_is_found_unreachable_within_two_seconds(stopped_database_alias):
    started = time.monotonic()
    assert health.database_reachable(stopped_database_alias) is False
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("cookie", ["", "a" * 32], ids=["no-session", "stale-session"])
def test_ready_answers_503_through_every_middleware_when_the_database_is_stopped(cookie):
    """A whole process whose DATABASE_URL points at a stopped PostgreSQL: what a load balancer
    sees, with the login page's middleware in front. A session cookie (a browser's, or a
    balancer's that keeps them) must not make it a 500: the session lives in the database."""
    script = (
        "import json, time\n"
        "from django.conf import settings\n"
        "from django.test import Client\n"
        "client = Client(raise_request_exception=False)\n"
        f"if {cookie!r}: client.cookies[settings.SESSION_COOKIE_NAME] = {cookie!r}\n"
        "started = time.monotonic()\n"
        "response = client.get('/health/ready')\n"
        "print(json.dumps({'status': response.status_code, 'seconds': time.monotonic() - started,"
        " 'body': response.content.decode()}))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.test"}
    env["DATABASE_URL"] = STOPPED_DATABASE
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 503
    assert answer["seconds"] < 2
    assert json.loads(answer["body"]) == {
        "status": "unavailable",
        "checks": {"database": False, "cache": True},
    }
    # Nothing that helps an attacker: no address, port, driver or error text.
    assert "127.0.0.1" not in answer["body"] and "refused" not in answer["body"].lower()


@pytest.mark.django_db
def test_ready_answers_503_while_a_migration_is_not_applied(client, monkeypatch):
    monkeypatch.setattr(health, "_migrated", set())  # a process started before `migrate` ran
    real_plan = MigrationExecutor.migration_plan
    monkeypatch.setattr(
        MigrationExecutor,
        "migration_plan",
        lambda self, targets, clean_start=False: [("a migration", False)],
    )
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] is False
    monkeypatch.setattr(MigrationExecutor, "migration_plan", real_plan)
    assert client.get("/health/ready").status_code == 200


def test_the_load_balancer_reaches_the_checks_by_address_over_plain_http(client, settings):
    """Answered before the host check and the HTTPS redirect, which send a page elsewhere."""
    settings.ALLOWED_HOSTS = ["tahaffuz.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/health/live", HTTP_HOST="10.0.0.5").status_code == 200
    assert client.get("/accounts/login/", HTTP_HOST="10.0.0.5").status_code == 400
