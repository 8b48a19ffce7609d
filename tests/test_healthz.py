"""`/healthz`: what a load balancer polls. 200 when the database answers, 503 when it does not."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.django_db
def test_it_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_it_is_never_cached(client):
    response = client.get("/healthz")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_it_only_answers_get(client):
    assert client.post("/healthz").status_code == 405


def test_it_answers_503_when_the_database_is_unreachable():
    # A process of its own, pointed at a port where no PostgreSQL listens: the real failure, unpatched.
    code = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(r.status_code, r.json()['status'])"
    )
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:1/none", "DEBUG": "1"}
    env["DJANGO_SETTINGS_MODULE"] = "ctfacts.settings"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["503", "error"], done.stderr[-2000:]


@pytest.mark.django_db
def test_a_load_balancer_may_ask_with_head(client):
    assert client.head("/healthz").status_code == 200


def test_the_served_app_logs_json_lines_to_stdout(tmp_path):
    code = "import logging, django; django.setup(); logging.getLogger('ctfacts').warning('تم تفكيك خلية')"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "ctfacts.settings", "LOG_STREAM": "stdout"},
        check=True,
    )
    assert '"message": "تم تفكيك خلية"' in result.stdout
    assert result.stderr == ""


def test_commands_keep_stdout_for_their_output_and_log_to_stderr():
    code = "import logging, django; django.setup(); logging.getLogger('ctfacts').warning('تحذير')"
    env = {k: v for k, v in os.environ.items() if k != "LOG_STREAM"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**env, "DJANGO_SETTINGS_MODULE": "ctfacts.settings"},
        check=True,
    )
    assert result.stdout == ""
    assert '"message": "تحذير"' in result.stderr
