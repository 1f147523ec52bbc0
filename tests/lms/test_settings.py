import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "DJANGO_SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
    "DJANGO_ALLOWED_HOSTS": "tahaffuz.kpcpwc.gov.pk",
    "DATABASE_URL": "postgres://tahaffuz@127.0.0.1:5432/tahaffuz",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "CERTIFICATE_SIGNING_KEY": "VGhpcyBpcyBhIHRlc3Qga2V5IG9mIDMyIGJ5dGVzISE=",
    "TAHAFFUZ_BASE_URL": "https://tahaffuz.kpcpwc.gov.pk",
    "H5P_CONTENT_ORIGIN": "https://content.tahaffuz.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "AWS_STORAGE_BUCKET_NAME": "tahaffuz-media",
}


def run_manage(*args, env):
    # Only the production environment: nothing the test run itself set (e.g. async-unsafe).
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "missing",
    [
        "DJANGO_SECRET_KEY",
        "DATABASE_URL",
        "REDIS_URL",
        "CERTIFICATE_SIGNING_KEY",
        "TAHAFFUZ_BASE_URL",
        "H5P_CONTENT_ORIGIN",
    ],
)
def test_production_refuses_to_start_without_its_environment(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


@pytest.mark.parametrize(
    ("storage_env", "media_origin"),
    [
        ({}, "https://tahaffuz-media.s3.amazonaws.com"),
        (
            {"AWS_S3_ENDPOINT_URL": "https://minio.example.org:9000"},
            "https://minio.example.org:9000",
        ),
    ],
)
def test_production_pages_may_load_images_and_media_from_the_bucket(storage_env, media_origin):
    show = (
        "from django.conf import settings; d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES'];"
        "print(d['img-src'], d['media-src'], d['frame-src'], sep='\\n')"
    )
    result = run_manage("shell", "-c", show, env={**PRODUCTION_ENV, **storage_env})
    assert result.returncode == 0, result.stderr
    images, media, frames = (line for line in result.stdout.splitlines() if line.startswith("["))
    assert media_origin in images and media_origin in media
    assert "https://content.tahaffuz.example.org" in frames


def test_production_database_connections_and_queries_time_out():
    show = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['OPTIONS']['connect_timeout'], d['OPTIONS']['options'], d['CONN_HEALTH_CHECKS'])"
    )
    result = run_manage("shell", "-c", show, env={**PRODUCTION_ENV, "DATABASE_CONN_MAX_AGE": "60"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "5 -c statement_timeout=10000 True"


def test_production_health_checks_over_plain_http_are_not_redirected_to_https():
    show = (
        "from django.test import Client; c = Client(HTTP_HOST='tahaffuz.kpcpwc.gov.pk');"
        "print(c.get('/health/live').status_code, c.get('/verify/').status_code)"
    )
    result = run_manage("shell", "-c", show, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "200 301"


def test_production_sessions_are_read_from_the_shared_cache_and_kept_in_the_database():
    show = (
        "from django.conf import settings;"
        "print(settings.SESSION_ENGINE, settings.CACHES['default']['BACKEND'])"
    )
    result = run_manage("shell", "-c", show, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == (
        "django.contrib.sessions.backends.cached_db django_redis.cache.RedisCache"
    )
