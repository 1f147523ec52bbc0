"""Settings shared by every environment; each value that differs comes from the environment."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("TAHAFFUZ_VAR_DIR", BASE_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms.core",
    "lms.accounts",
    "lms.organisation",
    "lms.exports",
    "lms.home",
    "lms.offline",
    "lms.api",
    "courses.content",
    "courses.cohorts",
    "courses.progress",
    "quizzes.bank",
    "quizzes.attempts",
    "quizzes.simulations",
    "quizzes.live",
    "lms.certification",
    "lms.compliance",
    "lms.notices",
    "courses.h5p",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.accounts.wagtail_users.TahaffuzUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "ninja",  # the API's docs page, with its scripts served from here rather than a CDN
]

MIDDLEWARE = [
    "lms.core.health.HealthCheckMiddleware",  # first: see there
    "django.middleware.security.SecurityMiddleware",
    "courses.h5p.serving.ContentOriginMiddleware",
    "csp.middleware.CSPMiddleware",
    "lms.core.csp.CMSPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.core.middleware.ControlCharactersMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lms.accounts.middleware.StaffMFARequiredMiddleware",
    "lms.accounts.middleware.AdminAreaAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.home.context_processors.navigation",
                "lms.notices.context_processors.unread_notices",
            ],
            # {% content_lang %} marks text in another language than the page's, in every app.
            "builtins": ["lms.core.templatetags.content_language"],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in CI and production).
# Kept connections (DATABASE_CONN_MAX_AGE seconds) are checked before each request reuses them.
DATABASE_CONN_MAX_AGE = int(os.environ.get("DATABASE_CONN_MAX_AGE", "0"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'tahaffuz.sqlite3'}",
        conn_max_age=DATABASE_CONN_MAX_AGE,
        conn_health_checks=DATABASE_CONN_MAX_AGE > 0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default under several workers: readers never wait for a writer (WAL), and a
    # transaction that writes takes the lock when it begins, so concurrent writers queue for up
    # to 20 s instead of failing at once with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that is down fails a request in seconds rather than hanging a worker.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (required with several app servers: rate limits and
# one-time codes must be shared), a per-process memory cache otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            # Seconds: a Redis that is down fails a request (and the readiness check) quickly.
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Background tasks run through django-tasks: a database queue drained by `manage.py db_worker`
# in production, immediately in development and tests.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}
# A task left RUNNING this long had its worker die: `manage.py tasks_requeue_stuck` requeues it.
# Longer than any task runs (an email send), short enough that an invitation is not long late.
TASKS_STUCK_AFTER_SECONDS = int(os.environ.get("TASKS_STUCK_AFTER_SECONDS", 10 * 60))

# Exports of more rows than this (the certificate registry, the compliance staff list) are
# prepared by the task worker, and their requester gets a notice with the download link; the
# files are kept (in the default storage: S3 in production) for SPREADSHEET_EXPORT_KEEP_DAYS.
SPREADSHEET_EXPORT_BACKGROUND_ROWS = int(os.environ.get("SPREADSHEET_EXPORT_BACKGROUND_ROWS", 5000))
SPREADSHEET_EXPORT_KEEP_DAYS = int(os.environ.get("SPREADSHEET_EXPORT_KEEP_DAYS", 7))

# How long the read API's call log is kept (`api_calls_prune`, daily, deletes older calls).
API_CALL_RETENTION_DAYS = int(os.environ.get("API_CALL_RETENTION_DAYS", 90))

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: sign in by email or employee number, no open signup, MFA by TOTP.
ACCOUNT_ADAPTER = "lms.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "lms.accounts.forms.LoginForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_RATE_LIMITS = {
    # Failed sign-ins: per account (email) and per client address.
    "login_failed": os.environ.get("LOGIN_FAILED_RATE_LIMIT", "10/m/ip,5/300s/key"),
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Tahaffuz"
MFA_PASSKEY_LOGIN_ENABLED = False

# Internationalisation: English, Urdu, Pashto (both right to left).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ur", "اردو"),
    ("ps", "پښتو"),
]
LANGUAGES_BIDI = ["ur", "ps"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Karachi"
# Dates in one unambiguous style in every language (lms/core/dates.py).
FORMAT_MODULE_PATH = ["lms.formats"]
USE_I18N = True
USE_TZ = True
# Urdu and Pashto date formats (Django has none for them): day, month name, year; 24-hour clock.
FORMAT_MODULE_PATH = ["lms.formats"]
# Eastern digits (۰۱۲۳) in Urdu and Pashto dates and figures, when the Commission asks for them.
EASTERN_DIGITS = env_bool("EASTERN_DIGITS")
LANGUAGE_COOKIE_NAME = "tahaffuz_language"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("ur", "Urdu")]

# Static files: our own under static/ (with the web fonts `make fonts` cuts from npm packages),
# front-end packages straight from node_modules (npm ci).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
    ("vendor/h5p-standalone", NODE_MODULES / "h5p-standalone" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Tahaffuz"
WAGTAILADMIN_BASE_URL = os.environ.get("TAHAFFUZ_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
# Avatars are Wagtail's own default image: no staff address (hashed) goes to Gravatar, and the
# CMS's pages load images from the platform only, as its policy says.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No check for new Wagtail releases from the CMS's dashboard: it reaches only the platform.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "pdf",
    "pptx",
    "xlsx",
    "mp4",
    "webm",
    "vtt",
    "mp3",
    "m4a",
    "ogg",
]

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tahaffuz <no-reply@tahaffuz.invalid>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Each task logs its start and end at INFO; keep failures only.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},  # logs each rendering step at INFO
        "fontTools": {"level": "WARNING"},
    },
}

# Certificates: the Ed25519 key that signs the QR codes (32 bytes, base64) and the public base URL
# printed in them. Production must set its own key (see production.py); the public key is
# published at /verify/public-key/ for offline checks.
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
CERTIFICATE_VERIFY_BASE_URL = os.environ.get("CERTIFICATE_VERIFY_BASE_URL", WAGTAILADMIN_BASE_URL)

# How many proxies in front of the app servers append the client's address to X-Forwarded-For
# (the rate limits and the certificate log use it); 0 trusts the connection's address only.
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0"))

# H5P packages: the limits an upload must keep, and the newest H5P core API the player provides
# (h5p-standalone 3.8.2 bundles core 1.27).
H5P_MAX_ENTRIES = 10_000
H5P_MAX_FILE_BYTES = 16 * 1024 * 1024
H5P_MAX_TOTAL_BYTES = 64 * 1024 * 1024
H5P_MAX_RATIO = 200
H5P_CORE_API = "1.27"
# Package files are served from this origin only (another host name or port than the platform's:
# cookies never reach it), through links signed for H5P_URL_MAX_AGE seconds.
H5P_CONTENT_ORIGIN = os.environ.get("H5P_CONTENT_ORIGIN", "http://localhost:8000")
H5P_URL_MAX_AGE = 6 * 60 * 60
# How often the player saves a learner's resume state; the state's own links (signed apart from
# the player's, for H5P_STATE_URL_MAX_AGE seconds), the largest entry, the entries a learner may
# keep per content, and the state requests a learner may make a minute; the largest xAPI
# statement accepted.
H5P_SAVE_SECONDS = 15
H5P_STATE_URL_MAX_AGE = 2 * 60 * 60
H5P_STATE_MAX_BYTES = 64 * 1024
H5P_STATE_MAX_ENTRIES = 50
H5P_STATE_REQUESTS_PER_MINUTE = 60
H5P_STATEMENT_MAX_BYTES = 32 * 1024
H5P_STATEMENTS_PER_MINUTE = 120

# Content-Security-Policy of every platform page (django-csp). Scripts and styles come from our
# own static files only: no inline script, event handler attribute or style attribute anywhere
# (tests/test_content_security_policy.py checks the templates). Lesson pages frame the H5P
# player from the content origin, and videos embedded from YouTube or Vimeo; media_origins name
# where media is stored when that is another host (S3 in production). The content origin's
# responses carry their own policy (courses/h5p/serving.py): django-csp leaves a header that a
# view already set as it is.
VIDEO_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]


def content_security_policy(h5p_content_origin: str, media_origins: tuple[str, ...] = ()) -> dict:
    """django-csp's setting, for the given H5P content origin and media origins."""
    return {
        "DIRECTIVES": {
            "default-src": ["'self'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": ["'self'", "data:", *media_origins],
            "media-src": ["'self'", *media_origins],
            "frame-src": [h5p_content_origin, *VIDEO_EMBED_ORIGINS],
            # The media origins: a learner's browser keeps lesson images for offline reading.
            "connect-src": ["'self'", *media_origins],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
            "frame-ancestors": ["'self'"],
        }
    }


CONTENT_SECURITY_POLICY = content_security_policy(H5P_CONTENT_ORIGIN)

# The CMS (Wagtail's admin, /admin/) cannot run under that policy: its page explorer and edit
# views carry inline <script> blocks, and its jQuery-based modals (choosers) insert HTML whose
# scripts and style attributes must run (checked in chromium with Wagtail 8.0). So under /admin/
# only, inline scripts and styles are allowed; everything else stays as above. Only signed-in
# staff with CMS rights reach those pages.
CMS_CONTENT_SECURITY_POLICY_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
}
