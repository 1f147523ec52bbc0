"""`make bench-http`: gunicorn as in production (no debug, WhiteNoise with collected static files,
sessions read through the cache, kept database connections) on loopback HTTP, plus a bare view."""

import os

from .base import BASE_DIR, DATABASES, MIDDLEWARE
from .bench import *  # noqa: F403

MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STATIC_ROOT = BASE_DIR / "var" / "bench-static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
ROOT_URLCONF = "bench.urls"
# One learner posts many statements a second here; the limit guards against a runaway player.
H5P_STATEMENTS_PER_MINUTE = 10**9
