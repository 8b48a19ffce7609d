"""A real gunicorn serving the test database, for faults only a server process shows (a connection kept
between requests and dropped by the database, a request in flight when it is dropped).

The test must commit its data (`django_db(transaction=True)`): the server is another process.
"""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = "127.0.0.1"


def database_url(settings_dict: dict) -> str:
    host = settings_dict.get("HOST") or LOOPBACK
    port = settings_dict.get("PORT") or 5432
    user = settings_dict.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": LOOPBACK})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@contextmanager
def gunicorn(settings_dict: dict, *, workers: int = 1, **env):
    """gunicorn with the production config file on a free loopback port; yields the port."""
    port = free_port()
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(settings_dict),
        # DEBUG on only so static files need no collectstatic; connections are kept as in production
        # (CONN_MAX_AGE comes from DATABASE_URL's parsing, whatever DEBUG says).
        "DEBUG": "1",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "BIND": f"{LOOPBACK}:{port}",
        "WEB_CONCURRENCY": str(workers),
        "LOG_LEVEL": os.environ.get("SERVED_LOG_LEVEL", "CRITICAL"),
        **env,
    }
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "ctfacts.wsgi"],
        cwd=ROOT,
        env=environment,
        stdout=open(os.environ["SERVED_LOG"], "a") if os.environ.get("SERVED_LOG") else subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError("gunicorn exited before answering")
            try:
                if get(port, "/healthz") == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not answer /healthz within 60 s")
            time.sleep(0.2)
        yield port
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def terminate_connections(settings_dict: dict, keep_pid: int | None = None) -> int:
    """pg_terminate_backend on every connection to the database but `keep_pid` (the test's own): what a
    failover, a restart or an administrator does to the app's kept connections."""
    import psycopg

    url = database_url({**settings_dict, "NAME": "postgres"})
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND pid <> %s",
            [settings_dict["NAME"], keep_pid or 0],
        ).fetchall()
    return sum(1 for (done,) in rows if done)
