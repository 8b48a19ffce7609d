"""An import run killed (SIGKILL, OOM) or timed out (a web request a gunicorn worker never finished)
cannot record anything itself: the next run, or `sweep_import_runs`, marks it failed and says why."""

import os
import signal
import socket
import subprocess
import sys
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.importer import import_paths
from claims.models import ImportRun

pytestmark = pytest.mark.django_db

ARTICLE = "تفكيك خلية إرهابية\nالرباط - أعلن المكتب المركزي للأبحاث القضائية عن تفكيك 12 خلية إرهابية خلال سنة 2023.\n"


def a_process_that_was_killed() -> int:
    """The pid of a real process, SIGKILLed and reaped: what an import's process is after an OOM kill."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.pid


def running_run(**fields) -> ImportRun:
    return ImportRun.objects.create(requested="seeds/", **fields)


def sweep() -> str:
    out = StringIO()
    call_command("sweep_import_runs", stdout=out)
    return out.getvalue()


def test_a_run_whose_process_was_killed_is_marked_failed_by_the_sweep():
    pid = a_process_that_was_killed()
    run = running_run(host=socket.gethostname(), pid=pid, heartbeat_at=timezone.now())
    out = sweep()
    run.refresh_from_db()
    assert run.status == ImportRun.FAILED and run.finished_at is not None
    assert str(pid) in run.error and str(pid) in out


def test_a_run_whose_process_still_works_is_left_running():
    run = running_run(host=socket.gethostname(), pid=os.getpid(), heartbeat_at=timezone.now())
    sweep()
    run.refresh_from_db()
    assert run.status == ImportRun.RUNNING


def test_a_run_on_another_machine_silent_for_longer_than_the_threshold_is_marked_failed():
    silent = running_run(host="worker-7", pid=4242, heartbeat_at=timezone.now() - timedelta(minutes=16))
    beating = running_run(host="worker-8", pid=4242, heartbeat_at=timezone.now() - timedelta(seconds=20))
    sweep()
    silent.refresh_from_db()
    beating.refresh_from_db()
    assert silent.status == ImportRun.FAILED and "no sign of life" in silent.error
    assert beating.status == ImportRun.RUNNING


def test_a_run_recorded_before_runs_said_who_ran_them_is_judged_by_its_age():
    old = running_run()
    ImportRun.objects.filter(pk=old.pk).update(started_at=timezone.now() - timedelta(hours=2))
    sweep()
    old.refresh_from_db()
    assert old.status == ImportRun.FAILED


def test_the_next_import_marks_the_killed_run_failed(tmp_path):
    killed = running_run(
        host=socket.gethostname(), pid=a_process_that_was_killed(), heartbeat_at=timezone.now()
    )
    (tmp_path / "rabat.txt").write_text(ARTICLE, encoding="utf-8")
    run = import_paths([tmp_path])
    killed.refresh_from_db()
    assert killed.status == ImportRun.FAILED
    assert run.status == ImportRun.FINISHED and run.pid == os.getpid()
