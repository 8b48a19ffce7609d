"""gunicorn settings for ctfacts (`make serve`; in production: `gunicorn -c gunicorn.conf.py ctfacts.wsgi`).

Everything comes from the environment so one file serves a laptop and a container:
  BIND (or PORT)   where to listen; default 127.0.0.1:8000 (put a proxy in front: nginx, a load balancer)
  WEB_CONCURRENCY  worker processes; default 2 * CPU + 1 (the views wait on PostgreSQL half the time)
  GUNICORN_TIMEOUT seconds before a stuck worker is replaced; default 30
Logs (access and errors) go to stdout/stderr, where the process manager or the container runtime
collects them next to Django's JSON lines (ctfacts/logging.py).
"""

import multiprocessing
import os

# Django's own log lines go to stdout too when it runs as the service (ctfacts/settings.py).
os.environ.setdefault("LOG_STREAM", "stdout")

bind = os.environ.get("BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak in a long-lived worker never grows unbounded.
max_requests = 2000
max_requests_jitter = 200
# Load the app once in the master: workers fork with Django already imported (less memory, faster start).
preload_app = True
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
# Both gunicorn loggers write one JSON object per line on stdout, like Django (ctfacts/logging.py).
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "ctfacts.logging.JsonFormatter"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}
    },
    "root": {"level": "INFO", "handlers": ["stdout"]},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
# Behind a proxy that sets X-Forwarded-Proto (Django's SECURE_PROXY_SSL_HEADER trusts it).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
