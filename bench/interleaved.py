"""A page against its own SQL on a busy machine: uncached, served and raw SQL measured in turn, request by
request, so other processes' load weighs on the three alike (bench/run.py measures each series in a
block of its own, and on a shared machine one block can land in a burst the next one misses).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ctfacts_bench .venv/bin/python bench/interleaved.py \\
        /api/claims/ /metrics/terrorist_attacks/

Run it after a `make bench` (the database loaded, the static files collected). Same helpers as the
`pages` step (its cache dropping, its timed request, its raw replay of the page's
captured queries); BENCH_INTERLEAVED_ROUNDS rounds (100). Prints p50/p95 of each series and the ratios.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import run  # noqa: E402 - after the path: run.py sets the production-like environment


def main(urls: list[str]) -> None:
    run.setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    rounds = run.env_int("BENCH_INTERLEAVED_ROUNDS", 100)
    client = Client()
    for url in urls:
        run.drop_local_caches()
        run.timed_get(client, url)  # what the shared cache lacks, computed once
        with CaptureQueriesContext(connection) as captured:
            run.drop_local_caches()
            run.timed_get(client, url)
        sqls = [query["sql"] for query in captured.captured_queries]
        uncached, served, raw = [], [], []
        for _ in range(rounds):
            run.drop_local_caches()
            uncached.append(run.timed_get(client, url)[0])
            served.append(run.timed_get(client, url)[0])
            raw.append(run.replay(sqls))
        p50 = {
            name: run.percentile(times, 0.5) for name, times in (("u", uncached), ("s", served), ("r", raw))
        }
        p95 = {
            name: run.percentile(times, 0.95) for name, times in (("u", uncached), ("s", served), ("r", raw))
        }
        run.say(
            f"{url}: {len(sqls)} queries, {rounds} rounds; uncached {p50['u']:.1f} / {p95['u']:.1f} ms, "
            f"served {p50['s']:.2f} / {p95['s']:.2f} ms, raw SQL {p50['r']:.1f} / {p95['r']:.1f} ms; "
            f"uncached/SQL {p50['u'] / p50['r']:.2f} / {p95['u'] / p95['r']:.2f}, "
            f"served/SQL {p50['s'] / p50['r']:.2f} / {p95['s'] / p95['r']:.2f}"
        )


if __name__ == "__main__":
    os.environ.setdefault("DATABASE_URL", run.DEFAULT_DB)
    main(sys.argv[1:] or ["/api/claims/"])
