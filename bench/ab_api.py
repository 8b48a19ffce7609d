"""The API page's body built by two versions of claims/views/api.py in the same process, request by request
in turn, each beside its own raw SQL: on a shared machine only figures taken side by side compare.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ctfacts_bench .venv/bin/python bench/ab_api.py 515fca6 \\
        /api/claims/ '/api/claims/?metric=cells_dismantled&org=DGST&published_after=2020-01-01'

The first argument is a commit: its claims/views/api.py is loaded as a module of its own ("old") and its
claims_body takes the place of the working tree's ("new") for every other request; the view around
it, the middleware and the caches are the working tree's. Each request is uncached (bench/run.py's
drop_local_caches); BENCH_AB_ROUNDS rounds (200). Prints p50/p95 of both, of their own captured SQL
replayed raw, and the ratios.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import run  # noqa: E402 - after the path: run.py sets the production-like environment


def load_old(commit: str):
    source = subprocess.run(  # noqa: S603 - git, with a commit given on the command line
        ["git", "show", f"{commit}:claims/views/api.py"],  # noqa: S607
        cwd=run.ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location("api_at_" + commit, handle.name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    os.unlink(handle.name)
    return module


def main(commit: str, urls: list[str]) -> None:
    run.setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.views import api

    new_body = api.claims_body
    bodies = {"old": load_old(commit).claims_body, "new": new_body}
    rounds = run.env_int("BENCH_AB_ROUNDS", 200)
    client = Client()
    try:
        for url in urls:
            sqls = {}
            for name, body in bodies.items():
                api.claims_body = body
                for _ in range(5):
                    run.drop_local_caches()
                    run.timed_get(client, url)
                with CaptureQueriesContext(connection) as captured:
                    run.drop_local_caches()
                    run.timed_get(client, url)
                sqls[name] = [query["sql"] for query in captured.captured_queries]
            times: dict[str, list[float]] = {"old": [], "new": [], "old SQL": [], "new SQL": []}
            for turn in range(rounds):
                for name in ("old", "new") if turn % 2 else ("new", "old"):
                    api.claims_body = bodies[name]
                    run.drop_local_caches()
                    times[name].append(run.timed_get(client, url)[0])
                    times[f"{name} SQL"].append(run.replay(sqls[name]))

            def p(name, q, times=times):
                return run.percentile(times[name], q)

            run.say(
                f"{url}, {rounds} rounds: old {p('old', 0.5):.2f} / {p('old', 0.95):.2f} ms "
                f"(its SQL {p('old SQL', 0.5):.2f} / {p('old SQL', 0.95):.2f}: "
                f"{p('old', 0.5) / p('old SQL', 0.5):.2f} / {p('old', 0.95) / p('old SQL', 0.95):.2f}x); "
                f"new {p('new', 0.5):.2f} / {p('new', 0.95):.2f} ms "
                f"(its SQL {p('new SQL', 0.5):.2f} / {p('new SQL', 0.95):.2f}: "
                f"{p('new', 0.5) / p('new SQL', 0.5):.2f} / {p('new', 0.95) / p('new SQL', 0.95):.2f}x); "
                f"new/old {p('new', 0.5) / p('old', 0.5):.2f} / {p('new', 0.95) / p('old', 0.95):.2f}"
            )
    finally:
        api.claims_body = new_body


if __name__ == "__main__":
    os.environ.setdefault("DATABASE_URL", run.DEFAULT_DB)
    main(sys.argv[1], sys.argv[2:] or ["/api/claims/"])
