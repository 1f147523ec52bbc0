"""Production: several stateless app servers behind a proxy, PostgreSQL, Redis, S3 media.

Required environment: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL, REDIS_URL,
CERTIFICATE_SIGNING_KEY (the Ed25519 key that signs certificates' QR codes), TAHAFFUZ_BASE_URL
(the platform's public address: links in emails, QR codes, the only page that may frame H5P
content), H5P_CONTENT_ORIGIN
(a separate host serving H5P package files; add its host to DJANGO_ALLOWED_HOSTS), EMAIL_URL-style settings (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD),
AWS_STORAGE_BUCKET_NAME (and the usual AWS_* credentials or an S3-compatible endpoint).
TRUSTED_PROXY_HOPS: how many proxies append to X-Forwarded-For (1 behind one nginx), so rate limits
and the certificate log see each client's address rather than the proxy's.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, H5P_CONTENT_ORIGIN, MIDDLEWARE, content_security_policy, env_bool

DEBUG = False

for required in (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "CERTIFICATE_SIGNING_KEY",
    "TAHAFFUZ_BASE_URL",
    "H5P_CONTENT_ORIGIN",
):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"{required} must be set in production.")

# No query holds a web worker longer than 10 s (a long command, such as a migration that
# rewrites a big table, runs with DATABASE_STATEMENT_TIMEOUT_MS=0: no limit).
DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
    f"-c statement_timeout={int(os.environ.get('DATABASE_STATEMENT_TIMEOUT_MS', '10000'))}"
)

# Each worker keeps its database connection (60 s unless DATABASE_CONN_MAX_AGE says otherwise;
# checked before reuse): a new PostgreSQL connection per request costs a server process fork,
# several times the cost of an answer save. Size max_connections for app servers x workers.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Sessions read from Redis (shared by every app server), written through to the database: a
# request's session costs no query, and a Redis restart signs no one out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Static files are served by each app server (no shared disk needed): collected at build time.
# WhiteNoise goes straight after SecurityMiddleware.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security:],
]

# Behind a TLS-terminating proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer checks health over plain HTTP inside the network (no redirect to https).
SECURE_REDIRECT_EXEMPT = [r"^health/(live|ready)$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}

STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "default_acl": "private",
            "querystring_auth": True,
        },
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media links point at the bucket: the endpoint's origin, or AWS's virtual-hosted bucket address.
if os.environ.get("AWS_S3_ENDPOINT_URL"):
    _endpoint = urlsplit(os.environ["AWS_S3_ENDPOINT_URL"])
    MEDIA_ORIGIN = f"{_endpoint.scheme}://{_endpoint.netloc}"
else:
    MEDIA_ORIGIN = f"https://{os.environ.get('AWS_STORAGE_BUCKET_NAME', '')}.s3.amazonaws.com"
CONTENT_SECURITY_POLICY = content_security_policy(H5P_CONTENT_ORIGIN, (MEDIA_ORIGIN,))
