"""Schemathesis against the JSON API's OpenAPI schema, on a live local server, bounded.

A throwaway SQLite database under var/ gets the seed articles; `manage.py runserver` serves it on
127.0.0.1 at a free port; schemathesis reads /api/schema/ and sends at most API_FUZZ_EXAMPLES
generated requests per operation (valid and invalid ones), failing on any 5xx, any response that
breaks the schema (body, status code, content type), and any invalid input accepted. The server is
stopped whatever happens. Exit status: schemathesis's.

    .venv/bin/python .ci/api_fuzz.py        # API_FUZZ_EXAMPLES=100 by default
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
SCHEMATHESIS = str(ROOT / ".venv" / "bin" / "schemathesis")
EXAMPLES = os.environ.get("API_FUZZ_EXAMPLES", "100")
SEED = os.environ.get("API_FUZZ_SEED", "20")  # the same requests on every run: a failure reproduces


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own server on loopback
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main() -> int:
    (ROOT / "var").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ROOT / "var", prefix="api-fuzz-") as work:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{work}/fuzz.sqlite3",
            "DEBUG": "1",
            "LOG_LEVEL": "ERROR",
        }
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)  # noqa: S603
        subprocess.run(  # noqa: S603 - fixed arguments
            [*manage, "import_articles", str(ROOT / "seeds")],
            env=env,
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        # The server's log goes to a file: a pipe nobody reads fills up and stops the server.
        log = open(Path(work) / "server.log", "wb")  # closed below, once the server has stopped
        server = subprocess.Popen(  # noqa: S603 - fixed arguments
            [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{base}/healthz")
            command = [
                SCHEMATHESIS,
                "run",
                f"{base}/api/schema/",
                "--checks",
                "all",
                # A POST to the read-only API is refused by Django's CSRF check (403) before the view's
                # own 405 answers: refused either way, but not with the 405 this check asks for.
                "--exclude-checks",
                "unsupported_method",
                "--max-examples",
                EXAMPLES,
                "--seed",
                SEED,
                "--workers",
                "1",
                "--generation-database",
                "none",
                "--request-timeout",
                "30",
                "--no-color",
            ]
            print("==", " ".join(command[1:]), flush=True)
            # Reversed ranges (value_min > value_max, ...) are swapped before sending: .ci/api_fuzz_hooks.py.
            hooks = {
                **os.environ,
                "SCHEMATHESIS_HOOKS": "api_fuzz_hooks",
                "PYTHONPATH": os.pathsep.join(
                    filter(None, [str(ROOT / ".ci"), os.environ.get("PYTHONPATH")])
                ),
            }
            status = subprocess.run(command, cwd=work, env=hooks).returncode  # noqa: S603 - fixed arguments
            if status:
                print("== the server's last log lines")
                print("\n".join((Path(work) / "server.log").read_text(errors="replace").splitlines()[-30:]))
            return status
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()


if __name__ == "__main__":
    sys.exit(main())
