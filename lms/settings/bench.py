"""The quiz load benchmark's app servers: production behaviour (no debug) on loopback HTTP.

Needs REDIS_URL (the Makefile's bench-quiz target gives one): the cache, as in production."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bench-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # as in production
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Not secret: signs demo and test certificates only.
CERTIFICATE_SIGNING_KEY = "Uhckjptie5qvWAhYRerZhpi11SrJZoDR3yolr9JCsAg="
