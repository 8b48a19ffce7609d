"""ctfacts settings, driven by environment variables.

DATABASE_URL   sqlite:///path or postgres://user@host:port/name (default: SQLite under var/)
SECRET_KEY     required when DEBUG is off
DEBUG          "1"/"true" for development (default on, so `make run` works out of the box)
ALLOWED_HOSTS  comma-separated host names
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def dev_secret_key(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


DEBUG = env_flag("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Development: a random key kept under var/ (gitignored), so no secret ever sits in the repo.
    SECRET_KEY = dev_secret_key(BASE_DIR / "var" / "dev-secret-key")
elif not DEBUG and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be a real secret (50+ random characters) in production.")

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "claims",
    "publishing",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "claims.middleware.RetryReadsOnLostConnection",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "ctfacts.urls"

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
            ],
        },
    },
]

WSGI_APPLICATION = "ctfacts.wsgi.application"

_default_sqlite = f"sqlite:///{BASE_DIR / 'var' / 'ctfacts.sqlite3'}"
DATABASES = {
    # Connections are kept between requests (conn_max_age) and checked before each reuse: a connection
    # the server dropped (restart, failover, pg_terminate_backend) is replaced, not answered with a 500.
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", _default_sqlite), conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Waiting for a lock beats failing when two imports run at once. IMMEDIATE takes the write lock when
    # a transaction begins, so the wait applies; a deferred transaction that reads, then writes, fails
    # at once with "database is locked" when another process writes (found by tests/reliability).
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    # Acts only on a shared-cache database (the test suite's in-memory one, shared by the live server and
    # worker threads): there a reader of a table another connection is writing fails at once with
    # "database table is locked", with no wait. A file database, as `make run` uses, ignores it.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA read_uncommitted = 1"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache in the database, shared by every gunicorn worker: facet counts computed once, not once per
# worker. The table is created by `migrate` (claims/apps.py runs createcachetable after migrating).
# The login throttle counts in its own table (claims/throttle.py), which no cache culling can reach.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ctfacts_cache",
    },
    # Facet counts of the claims page, per process: keyed by the data version the database keeps
    # (claims/facet_cache.py), so they are never stale, and reading them costs no query.
    "facets": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ctfacts-facets",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
    # Rendered content of the claims, metric and home pages, per process and per data version
    # (claims/page_cache.py). A claims page's content is about 60 KB: 500 entries stay under 40 MB.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ctfacts-pages",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
    # The page content every worker shares (metric comparisons, rendered by warm_caches): a table of
    # its own, so its culling never drops the facet counts, nor they its pages.
    "shared_pages": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "ctfacts_page_cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The login throttle's backend comes first: a throttled attempt is refused before a password is checked.
AUTHENTICATION_BACKENDS = [
    "claims.throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Proxies whose X-Forwarded-For names the client (addresses or networks, comma-separated); the login
# throttle reads the header only from these. Loopback by default: the proxy on the same machine.
TRUSTED_PROXIES = [
    p.strip() for p in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if p.strip()
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "ar")
LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date format per language, with the time zone on times (ctfacts/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["ctfacts.formats"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Uploads from editors: articles are small; refuse anything absurd before it reaches the importer.
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# Content-Security-Policy on every response (django-csp): scripts, styles, images and fonts from this
# site only, no inline script or style (no style="" either: JavaScript and CSS live under static/),
# no plugins, no framing, forms post here only. A page that needs an inline script gives it
# {{ request.csp_nonce }} and adds NONCE to script-src here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Publishing (publishing/): the site's public address, for links in e-mails, webhooks and feeds made
# outside a request; e-mail digests through Django's mail backends: the console in development
# (EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend and EMAIL_FILE_PATH keep them as files),
# SMTP in production (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS);
# a failed webhook is tried again after WEBHOOK_RETRY_SECONDS, then twice as long each time.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
_MAIL = "django.core.mail.backends."
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", _MAIL + ("console" if DEBUG else "smtp") + ".EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ctfacts <alerts@localhost>")
WEBHOOK_RETRY_SECONDS = int(os.environ.get("WEBHOOK_RETRY_SECONDS", "60"))
# Who may frame the embeddable charts (/metrics/<slug>/chart.svg and /embed/; nothing else may be framed):
# any site by default, or the newsrooms' origins, space-separated ("https://www.example.ma https://cms.example.ma").
EMBED_FRAME_ANCESTORS = os.environ.get("EMBED_FRAME_ANCESTORS", "*").split()

# Background jobs (ingest/): the django.tasks API. Inline ("immediate") for `make run` and the tests, so no
# other process is needed; the database backend (rows claimed with SKIP LOCKED, `manage.py db_worker` on
# every worker host) in production: PostgreSQL with DEBUG off, or CTFACTS_TASKS=database.
_IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")
TASKS_MODE = os.environ.get("CTFACTS_TASKS") or ("database" if _IS_POSTGRES and not DEBUG else "immediate")
if TASKS_MODE not in {"database", "immediate"}:
    raise ImproperlyConfigured("CTFACTS_TASKS must be 'database' or 'immediate'.")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_MODE == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}
# Fetching by URL refuses private, loopback and link-local addresses unless this is set (tests, trials).
CTFACTS_ALLOW_PRIVATE_URLS = env_flag("CTFACTS_ALLOW_PRIVATE_URLS", False)
# Seconds between two requests to one outlet's host (feeds, their articles), shared by all workers.
INGEST_HOST_DELAY_SECONDS = float(os.environ.get("INGEST_HOST_DELAY_SECONDS", "2"))
# Tasks queued per import job: set it to the number of db_worker processes, so one job uses them all.
INGEST_TASKS_PER_JOB = int(os.environ.get("INGEST_TASKS_PER_JOB", "4"))
# A job whose workers have not reported for this long is stalled (resume_stalled_jobs hands it on).
INGEST_STALL_AFTER_SECONDS = int(os.environ.get("INGEST_STALL_AFTER_SECONDS", "120"))

# Production hardening, all switchable from the environment for a proxy-terminated deployment.
if not DEBUG:
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading is a promise to browsers that is slow to take back (every subdomain, https for months
    # after removal): a deployer opts in with SECURE_HSTS_PRELOAD=1. Without it, check --deploy's
    # reminder to preload (security.W021) is silenced, since not preloading is the decision.
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"
    CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"structured": {"()": "ctfacts.logging.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            # The served app logs to stdout (gunicorn.conf.py sets LOG_STREAM); commands keep stdout
            # for their own output (extract_claims --json) and log to stderr.
            "stream": f"ext://sys.{os.environ.get('LOG_STREAM', 'stderr')}",
            "formatter": "structured",
        }
    },
    "root": {
        "handlers": ["stdout"],
        "level": os.environ.get("LOG_LEVEL", "INFO" if not DEBUG else "WARNING"),
    },
}
