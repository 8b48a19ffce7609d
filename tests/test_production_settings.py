"""Production settings: `check --deploy` is clean with DEBUG off, and nothing starts without a real key.

Settings are read once per process, so each case runs manage.py in a subprocess with the environment
a deployment would have.
"""

import os
import secrets
import subprocess
import sys

from tests.conftest import ROOT

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "ctfacts.example.org",
}


def manage(*args, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests (conftest.py); no deployment has it.
    unset = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issue_with_debug_off_and_a_real_key():
    done = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_production_refuses_to_start_without_a_secret_key():
    done = manage("check", **{**PRODUCTION, "SECRET_KEY": ""})
    assert done.returncode != 0
    assert "SECRET_KEY must be set" in done.stderr


def test_production_refuses_a_short_secret_key():
    done = manage("check", **{**PRODUCTION, "SECRET_KEY": "changeme"})
    assert done.returncode != 0
    assert "SECRET_KEY" in done.stderr


def test_production_redirects_to_https_behind_a_proxy_and_marks_cookies_secure():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0)"
    )
    done = manage("shell", "-c", code, **PRODUCTION)
    assert (
        done.stdout.strip().splitlines()[-1] == "True ('HTTP_X_FORWARDED_PROTO', 'https') True True True"
    ), done.stderr


def test_static_files_get_hashed_compressed_names_in_production():
    done = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.STORAGES['staticfiles'])",
        **PRODUCTION,
    )
    assert "CompressedManifestStaticFilesStorage" in done.stdout, done.stderr


def test_gunicorn_writes_its_access_and_error_logs_as_json_lines_on_stdout():
    import json
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    unset = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(PRODUCTION, ALLOWED_HOSTS="127.0.0.1", BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="1")
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    server = subprocess.Popen(
        [gunicorn, "-c", "gunicorn.conf.py", "ctfacts.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/healthz", headers={"X-Forwarded-Proto": "https"}
        )
        for _attempt in range(60):
            try:
                urllib.request.urlopen(request, timeout=5).close()  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.5)
    finally:
        server.terminate()
        stdout, stderr = server.communicate(timeout=30)
    lines = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    assert any(line["logger"] == "gunicorn.error" and "Listening at" in line["message"] for line in lines)
    assert any(line["logger"] == "gunicorn.access" and "GET /healthz" in line["message"] for line in lines)
    assert "gunicorn" not in stderr


def hsts(**env) -> str:
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS > 0, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )
    done = manage("shell", "-c", code, **{**PRODUCTION, **env})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]  # after the shell's "N objects imported" line


def test_hsts_preload_is_off_unless_the_deployer_opts_in():
    assert hsts() == "True True False"
    assert hsts(SECURE_HSTS_PRELOAD="1") == "True True True"


def test_check_deploy_is_clean_with_and_without_hsts_preload():
    for preload in ("0", "1"):
        done = manage(
            "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, SECURE_HSTS_PRELOAD=preload
        )
        assert done.returncode == 0, done.stdout + done.stderr
