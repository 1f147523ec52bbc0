"""Local development: SQLite, console email, debug pages."""

from .base import *  # noqa: F403
from .base import VAR_DIR, env_list

DEBUG = True
SECRET_KEY = "dev-only-not-secret-tahaffuz"  # noqa: S105
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Not secret: signs demo and test certificates only.
CERTIFICATE_SIGNING_KEY = "Uhckjptie5qvWAhYRerZhpi11SrJZoDR3yolr9JCsAg="
