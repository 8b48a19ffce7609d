"""Real `manage.py db_worker` processes on PostgreSQL share one 200-file archive job: every file imported
exactly once, none lost, none twice, also when one worker is killed with SIGKILL halfway through.

Each test has its own database (from a migrated template), never the test database; the job is queued by
`manage.py enqueue_import` as an upload would queue it, and the workers are the production command.
"""

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.reliability.articles import write_articles
from tests.reliability.test_import_faults import PG_SERVER, postgres_reachable

ROOT = Path(__file__).resolve().parents[2]
# Named after the suite's own database (ctfacts_<you>), so two people's runs on one server never share them.
DATABASE = os.environ.get("DATABASE_URL", "postgres:///ctfacts").rsplit("/", 1)[-1] + "_workers"
TEMPLATE = f"{DATABASE}_template"
FILES = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="worker processes are tested when the suite runs on PostgreSQL (CI does)",
    ),
]


def environment(url: str) -> dict:
    return {**os.environ, "DATABASE_URL": url, "CTFACTS_TASKS": "database", "PYTHONUNBUFFERED": "1"}


def manage(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(url),
        capture_output=True,
        text=True,
        timeout=300,
    )


def start_worker(url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0.1",
            "-v0",
        ],
        cwd=ROOT,
        env=environment(url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: a kill reaches nothing else
    )


def stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGTERM)
    worker.communicate(timeout=60)


@pytest.fixture(scope="module")
def template():
    if not postgres_reachable():
        pytest.fail(f"PostgreSQL is not reachable at {PG_SERVER}")
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        for name in (DATABASE, TEMPLATE):
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    done = manage(f"{PG_SERVER}/{TEMPLATE}", "migrate", "--noinput", "-v0")
    assert done.returncode == 0, done.stderr
    yield TEMPLATE
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        for name in (DATABASE, TEMPLATE):
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def database(template) -> str:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DATABASE} TEMPLATE {template}")
    return f"{PG_SERVER}/{DATABASE}"


@pytest.fixture
def archive(tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    files = write_articles(folder, count=FILES)
    path = tmp_path / "week.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, raw in files.items():
            zipped.writestr(name, raw)
    return path, folder


def job_row(url: str, job_id: int) -> dict:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(
            "SELECT state, total, done, new, unchanged, updated, rejected, failed FROM ingest_importjob WHERE id = %s",
            [job_id],
        )
        return dict(zip([c.name for c in cursor.description], cursor.fetchone(), strict=True))


def items_by_worker(url: str, job_id: int) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT worker, count(*) FROM ingest_importitem WHERE job_id = %s AND state = 'done' GROUP BY worker",
            [job_id],
        ).fetchall()
    return dict(rows)


def wait_for(url: str, job_id: int, workers, *, done_at_least: int, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = job_row(url, job_id)
        if row["done"] >= done_at_least:
            return row
        for worker in workers:
            if worker.poll() is not None and worker.returncode not in (0, -signal.SIGKILL):
                pytest.fail(f"a worker died: {worker.stderr.read()[-3000:]}")
        time.sleep(0.05)
    pytest.fail(f"the job did not reach {done_at_least} items in {timeout} s: {job_row(url, job_id)}")


def wait_for_items(url: str, job_id: int, workers, *, done_at_least: int, timeout: float = 240) -> dict:
    """Until the job's items (counted live, one row per article) reach `done_at_least` and both workers have
    imported some. The job row's own counters are copied from the items only about once a second per
    worker, too coarse to stop a job halfway: a 200-file job takes two or three seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shares = items_by_worker(url, job_id)
        if sum(shares.values()) >= done_at_least and len(shares) == 2 and min(shares.values()) > 0:
            return shares
        if sum(shares.values()) >= FILES:
            pytest.fail(f"the job ended before both workers took part and half was done: {shares}")
        for worker in workers:
            if worker.poll() is not None:
                pytest.fail(f"a worker died: {worker.stderr.read()[-3000:]}")
        time.sleep(0.01)
    pytest.fail(
        f"the job's items did not reach {done_at_least} in {timeout} s: {items_by_worker(url, job_id)}"
    )


def whole(url: str, folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.check_whole", str(folder)],
        cwd=ROOT,
        env=environment(url),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def queue_archive(url: str, path: Path) -> int:
    queued = manage(url, "enqueue_import", str(path))
    assert queued.returncode == 0, queued.stderr
    return int(queued.stdout.strip().splitlines()[-1])


def assert_exactly_once(url: str, job_id: int, folder: Path) -> None:
    row = wait_for(url, job_id, [], done_at_least=FILES, timeout=5)
    assert (row["total"], row["done"], row["new"]) == (FILES, FILES, FILES)
    assert row["unchanged"] == row["updated"] == row["rejected"] == row["failed"] == 0
    report = whole(url, folder)
    assert report["articles"] == report["articles_of_distinct_files"] == FILES  # none lost
    assert report["duplicated_hashes"] == 0  # none twice
    assert report["broken"] == []  # each article with exactly its own claims


def test_two_workers_import_a_200_file_archive_exactly_once_and_both_take_part(database, archive):
    path, folder = archive
    job_id = queue_archive(database, path)
    assert job_row(database, job_id)["done"] == 0  # queued only: the database backend waits for workers
    workers = [start_worker(database), start_worker(database)]
    try:
        wait_for(database, job_id, workers, done_at_least=FILES)
        deadline = time.monotonic() + 30
        while job_row(database, job_id)["state"] != "finished" and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        for worker in workers:
            stop(worker)
    assert job_row(database, job_id)["state"] == "finished"
    assert_exactly_once(database, job_id, folder)
    shares = items_by_worker(database, job_id)
    assert len(shares) == 2 and min(shares.values()) > 0, shares


def test_a_worker_killed_halfway_loses_nothing_and_the_other_finishes_without_duplicates(database, archive):
    path, folder = archive
    job_id = queue_archive(database, path)
    victim, survivor = start_worker(database), start_worker(database)
    try:
        wait_for_items(database, job_id, [victim, survivor], done_at_least=FILES // 2)
        os.killpg(victim.pid, signal.SIGKILL)  # mid-item, most likely: no goodbye, no rollback of its own
        victim.communicate(timeout=30)
        killed_at = sum(items_by_worker(database, job_id).values())
        assert killed_at < FILES, "the job ended before the kill"
        wait_for(database, job_id, [survivor], done_at_least=FILES)
    finally:
        for worker in (victim, survivor):
            stop(worker)
    assert_exactly_once(database, job_id, folder)
    shares = items_by_worker(database, job_id)
    assert len(shares) == 2, f"both workers should have imported items before the kill: {shares}"
