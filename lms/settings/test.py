"""The test suite: fast hashing, in-memory email, no throttling surprises across tests."""

from .base import *  # noqa: F403
from .base import content_security_policy

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Not secret: signs demo and test certificates only.
CERTIFICATE_SIGNING_KEY = "Uhckjptie5qvWAhYRerZhpi11SrJZoDR3yolr9JCsAg="

# Package files are served from another origin; no test request uses this host by chance.
H5P_CONTENT_ORIGIN = "http://h5p-content.test"
CONTENT_SECURITY_POLICY = content_security_policy(H5P_CONTENT_ORIGIN)
