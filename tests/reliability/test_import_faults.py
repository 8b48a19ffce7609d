"""Process-level faults during an import of ~200 articles: SIGKILL mid-batch, the database going away,
and two imports of the same folder at once. Each runs `manage.py import_articles` in a subprocess
against its own database (a SQLite file, and PostgreSQL database `ctfacts_faults`), never the test DB.
"""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.articles import write_articles
from tests.reliability.counts import count

ROOT = Path(__file__).resolve().parents[2]
PG_SERVER = os.environ.get("FAULTS_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
# Per test process: several people run the suite on one PostgreSQL server at once.
PG_NAME = f"ctfacts_faults_{os.getpid()}"
PG_TEMPLATE = f"ctfacts_faults_template_{os.getpid()}"


def manage(database_url: str, *args: str, **popen) -> subprocess.Popen:
    """manage.py in its own process group, so a kill reaches the pool of workers it may start."""
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        **popen,
    )


def run_manage(database_url: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    process = manage(database_url, *args)
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def check_whole(database_url: str, folder: Path) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url}
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.check_whole", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the two databases -----------------------------------------------------------------------------


class SqliteFile:
    label = "sqlite"

    def __init__(self, template: Path, path: Path):
        shutil.copyfile(template, path)
        self.path = path
        self.url = f"sqlite:///{path}"

    def article_count(self) -> int:
        with sqlite3.connect(self.path, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM claims_article").fetchone()[0]


class PostgresDatabase:
    label = "postgresql"

    def __init__(self):
        import psycopg

        self.psycopg = psycopg
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {PG_NAME} TEMPLATE {PG_TEMPLATE}")
        self.url = f"{PG_SERVER}/{PG_NAME}"

    def article_count(self) -> int:
        with self.psycopg.connect(self.url, autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM claims_article").fetchone()[0]

    def allow_connections(self, allowed: bool) -> None:
        with self.psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {PG_NAME} ALLOW_CONNECTIONS {'true' if allowed else 'false'}")

    def terminate_other_connections(self) -> int:
        with self.psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [PG_NAME],
            ).fetchall()
        return sum(1 for (done,) in rows if done)


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure to connect means "not reachable"
        return False


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("faults") / "template.sqlite3"
    done = run_manage(f"sqlite:///{path}", "migrate", "--noinput", "-v0")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="session")
def postgres_template():
    if not postgres_reachable():
        message = f"PostgreSQL is not reachable at {PG_SERVER}: PostgreSQL fault tests skipped"
        if os.environ.get("CI") or os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        for name in (PG_NAME, PG_TEMPLATE):
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {PG_TEMPLATE}")
    done = run_manage(f"{PG_SERVER}/{PG_TEMPLATE}", "migrate", "--noinput", "-v0")
    assert done.returncode == 0, done.stderr
    yield PG_TEMPLATE
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        for name in (PG_NAME, PG_TEMPLATE):
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def fault_backends() -> list[str]:
    """The backend `make test` runs on (CI runs it on both); FAULTS_ALL_DATABASES=1 runs both at once."""
    if os.environ.get("FAULTS_ALL_DATABASES"):
        return ["sqlite", "postgresql"]
    return ["postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"]


def only_on(backend: str):
    return pytest.mark.skipif(
        backend not in fault_backends(), reason=f"runs when make test runs on {backend}"
    )


@pytest.fixture(params=fault_backends())
def fault_db(request, tmp_path):
    if request.param == "sqlite":
        return SqliteFile(request.getfixturevalue("sqlite_template"), tmp_path / "faults.sqlite3")
    request.getfixturevalue("postgres_template")
    return PostgresDatabase()


@pytest.fixture
def batch(tmp_path) -> Path:
    folder = tmp_path / "batch"
    write_articles(folder, count=200)
    return folder


def wait_for_articles(db, process: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the import ended before the fault could be injected:\n{out[-2000:]}\n{err[-2000:]}")
        try:
            saved = db.article_count()
        except Exception:  # noqa: BLE001 - the database may be locked for a moment; ask again
            saved = 0
        if saved >= at_least:
            return saved
        time.sleep(0.02)
    pytest.fail(f"fewer than {at_least} articles were saved in {timeout} s")


# --- the faults ------------------------------------------------------------------------------------


def test_an_import_killed_mid_batch_leaves_whole_articles_and_a_rerun_completes_it(fault_db, batch):
    process = manage(fault_db.url, "import_articles", str(batch), "--quiet")
    wait_for_articles(fault_db, process, at_least=25)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    count("faults injected")

    after_kill = check_whole(fault_db.url, batch)
    assert after_kill["broken"] == [], "an article was saved without all of its claims"
    assert 25 <= after_kill["articles"] < 200, "the kill did not land mid-batch"
    assert after_kill["runs"][-1]["status"] == "running"  # the killed run could not say anything

    rerun = run_manage(fault_db.url, "import_articles", str(batch), "--quiet")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    completed = check_whole(fault_db.url, batch)
    assert completed["broken"] == []
    assert completed["articles"] == 200
    assert completed["duplicated_hashes"] == 0
    # The rerun found the killed run's process gone and said so in the record.
    assert [run["status"] for run in completed["runs"]] == ["failed", "finished"]
    assert "ended without finishing" in completed["runs"][0]["error"]


def test_a_bulk_import_killed_while_it_works_leaves_whole_batches_and_a_rerun_completes_it(fault_db, batch):
    # --bulk writes 500 files per transaction, so 200 files are one batch: all of it or none of it.
    process = manage(fault_db.url, "import_articles", str(batch), "--quiet", "--bulk")
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and fault_db.article_count() == 0:
        time.sleep(0.05)
    assert process.poll() is None, "the bulk import ended before the fault could be injected"
    os.killpg(process.pid, signal.SIGKILL)  # its pool of extraction processes too
    process.communicate(timeout=30)
    count("faults injected")

    assert fault_db.article_count() in (0, 200)
    rerun = run_manage(fault_db.url, "import_articles", str(batch), "--quiet", "--bulk")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    completed = check_whole(fault_db.url, batch)
    assert completed["broken"] == []
    assert completed["articles"] == 200
    assert completed["duplicated_hashes"] == 0


def test_two_imports_of_the_same_folder_at_once_create_no_duplicate(fault_db, batch):
    first = manage(fault_db.url, "import_articles", str(batch), "--quiet")
    second = manage(fault_db.url, "import_articles", str(batch), "--quiet")
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    count("faults injected")
    for process, (out, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, f"{out[-2000:]}\n{err[-3000:]}"

    report = check_whole(fault_db.url, batch)
    assert report["duplicated_hashes"] == 0
    assert report["articles"] == report["articles_of_distinct_files"] == 200
    assert report["broken"] == []
    assert [run["status"] for run in report["runs"]] == ["finished", "finished"]


@only_on("postgresql")
def test_a_connection_the_database_drops_mid_import_is_replaced_and_the_import_completes(request, batch):
    request.getfixturevalue("postgres_template")
    db = PostgresDatabase()
    process = manage(db.url, "import_articles", str(batch), "--quiet")
    wait_for_articles(db, process, at_least=20)
    assert db.terminate_other_connections() >= 1
    count("faults injected")
    out, err = process.communicate(timeout=300)

    assert process.returncode == 0, err[-3000:]
    report = check_whole(db.url, batch)
    assert report["broken"] == []
    assert report["articles"] == 200 and report["duplicated_hashes"] == 0
    assert [run["status"] for run in report["runs"]] == ["finished"]


@only_on("postgresql")
def test_postgresql_gone_for_good_mid_import_gives_a_clear_error_and_the_next_run_marks_it_failed(
    request, batch
):
    request.getfixturevalue("postgres_template")
    db = PostgresDatabase()
    process = manage(db.url, "import_articles", str(batch), "--quiet")
    wait_for_articles(db, process, at_least=20)
    db.allow_connections(False)
    try:
        assert db.terminate_other_connections() >= 1
        count("faults injected")
        out, err = process.communicate(timeout=120)
    finally:
        db.allow_connections(True)

    assert process.returncode != 0
    assert "the database stopped answering" in err
    report = check_whole(db.url, batch)
    assert report["broken"] == []

    rerun = run_manage(db.url, "import_articles", str(batch), "--quiet")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert db.article_count() == 200
    completed = check_whole(db.url, batch)
    assert [run["status"] for run in completed["runs"]] == ["failed", "finished"]


@only_on("sqlite")
def test_a_sqlite_file_damaged_mid_import_gives_a_clear_error_and_loses_no_whole_article(
    request, tmp_path, batch
):
    db = SqliteFile(request.getfixturevalue("sqlite_template"), tmp_path / "damaged.sqlite3")
    process = manage(db.url, "import_articles", str(batch), "--quiet")
    wait_for_articles(db, process, at_least=20)
    # The disk under the database fails: its pages turn to zeros while the import writes.
    size = db.path.stat().st_size
    with open(db.path, "r+b") as damaged:
        damaged.seek(4096)
        damaged.write(b"\x00" * (size - 4096))
    count("faults injected")
    out, err = process.communicate(timeout=120)

    assert process.returncode != 0
    assert "the database stopped answering" in err
