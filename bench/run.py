"""`make bench`: ctfacts at full scale on PostgreSQL, every figure next to a baseline from the same run.

Steps (each prints as it goes; the load is resumable, so a second run skips what is already there):
  1. corpus      generate_corpus into bench/corpus (skipped when it already holds BENCH_ARTICLES files)
  2. extraction  engine articles/s vs decode + a digit regex, on a sample (BENCH_EXTRACT_SAMPLE files)
  3. import      bulk importer articles/s vs COPY of the same rows, on BENCH_IMPORT_ARTICLES files, in a
                 scratch database <bench db>_import (run in a subprocess pointed at it)
  3b. workers    the same files as one .zip import job (ingest/) consumed by 1, then 2 `db_worker`
                 processes in a scratch database <bench db>_workers: articles/s of each, and their ratio
                 (the scaling figure; 2 workers on 2 cores should give >= 1.6x one)
  4. load        the bench database filled to BENCH_ARTICLES articles (bench/load.py; skipped when full)
  5. pages       p50/p95 server time per page (Django test client, in-process) vs the page's own SQL
                 run raw (the queries of the page built from scratch, captured, replayed through a
                 cursor), twice: as served (page cache warm) and uncached (a worker's first reading)
  6. http        gunicorn requests/s on /claims/ vs /healthz under wrk (bounded: duration, connections,
                 timeout), with the error count

Results go to bench/results.json: [{"name", "value", "unit", "baseline", "ratio"}]; `ratio` is always
the cost relative to the baseline (value/baseline for times, baseline/value for rates), so 1.0 means
as fast as the baseline and 5.0 means five times slower.

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/ctfacts_bench), BENCH_ARTICLES
(100000), BENCH_EXTRACT_SAMPLE (1000), BENCH_IMPORT_ARTICLES (2000), BENCH_PAGE_REQUESTS (20), BENCH_PAGE_BUDGET_S (60, per page),
BENCH_HTTP_SECONDS (30), BENCH_WORKER_ARTICLES (= BENCH_IMPORT_ARTICLES), BENCH_LOAD (truth | importer), BENCH_STEPS (comma list, default all), BENCH_RESULTS (path).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BENCH_CORPUS", ROOT / "bench" / "corpus"))
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "bench" / "results.json"))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/ctfacts_bench"
STEPS = ("corpus", "extraction", "import", "workers", "load", "pages", "http")
SEED = 7

sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", DEFAULT_DB)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ctfacts.settings")
# Production settings, so the figures are those of a deployment (no query log, manifest static files).
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("LOG_LEVEL", "WARNING")


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def say(message: str) -> None:
    print(message, flush=True)


def ensure_database(url: str) -> None:
    """CREATE DATABASE when missing (PostgreSQL only), through the server's maintenance database."""
    import psycopg

    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
            say(f"created database {name}")


def setup_django():
    import django

    django.setup()


class Results:
    def __init__(self):
        self.rows: list[dict] = []

    def add(self, name: str, value: float, unit: str, baseline: float, *, rate: bool, note: str = ""):
        ratio = (baseline / value if rate else value / baseline) if value and baseline else None
        row = {
            "name": name,
            "value": round(value, 3),
            "unit": unit,
            "baseline": round(baseline, 3),
            "ratio": round(ratio, 2) if ratio is not None else None,
        }
        if note:
            row["note"] = note
        self.rows.append(row)
        say(f"  {name}: {value:.1f} {unit} vs baseline {baseline:.1f} {unit} -> ratio {row['ratio']}")

    def save(self):
        previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
        names = {row["name"] for row in self.rows}
        merged = [row for row in previous if row["name"] not in names] + self.rows
        RESULTS.write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n")


# 1. corpus ---------------------------------------------------------------------------------------


def step_corpus(articles: int) -> None:
    from claims.management.commands.generate_corpus import generate

    marker = CORPUS / ".complete"
    if marker.exists():
        count, seed = (int(x) for x in marker.read_text().split())
        if count >= articles and seed == SEED:
            say(f"[corpus] {CORPUS} already holds {count} articles (seed {seed}): skipped")
            return
    started = time.perf_counter()
    claims = generate(CORPUS, articles, SEED)
    marker.write_text(f"{articles} {SEED}")
    say(f"[corpus] wrote {articles} articles ({claims} claims) in {time.perf_counter() - started:.0f}s")


def corpus_files(count: int) -> list[Path]:
    from claims.management.commands.generate_corpus import file_name

    return [CORPUS / file_name(index) for index in range(count)]


# 2. extraction -----------------------------------------------------------------------------------


def step_extraction(results: Results, sample: int) -> None:
    import re

    from claims.extraction.engine import read_article

    files = corpus_files(sample)
    raws = [(path.name, path.read_bytes()) for path in files]  # IO out of both timings
    say(f"[extraction] {len(raws)} files (a sample: the engine is the slow part), one process")
    digits = re.compile(r"[0-9\u0660-\u0669]+")
    started = time.perf_counter()
    for _name, raw in raws:
        digits.findall(raw.decode("utf-8"))
    baseline = len(raws) / (time.perf_counter() - started)
    # The engine's one-time set-up (babel's country names, patterns compiled on first use) is paid once
    # per worker process, not per article: timed apart, so the rate is the steady one a worker sustains.
    started = time.perf_counter()
    read_article(raws[0][1], raws[0][0])
    say(f"  first article, with the engine's one-time set-up: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    claims = 0
    for name, raw in raws:
        claims += len(read_article(raw, name)[2].claims)
    value = len(raws) / (time.perf_counter() - started)
    say(f"  engine found {claims} claims in {len(raws)} files")
    results.add("extraction", value, "articles/s", baseline, rate=True, note=f"sample of {len(raws)} files")
    step_extraction_linearity(results)


def step_extraction_linearity(results: Results) -> None:
    """Issue 14: a 1 MB paragraph of figures with no full stop, per KB, against 8 KB of the same text."""
    from bench.paragraph import paragraph_of_figures
    from claims.extraction.engine import read_article

    def seconds(raw: bytes, runs: int) -> float:
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            read_article(raw, "paragraph.txt", work_budget=None)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = paragraph_of_figures(8 * 1024), paragraph_of_figures(1024 * 1024)
    small_s, large_s = seconds(small, 5), seconds(large, 2)
    say(f"  1 MB paragraph with no full stop: {large_s:.2f} s (target < 2 s on one core)")
    results.add(
        "extraction_1mb_paragraph_ms_per_kb",
        1000 * large_s / (len(large) / 1024),
        "ms/KB",
        1000 * small_s / (len(small) / 1024),
        rate=False,
        note=f"1 MB in {large_s:.2f} s; baseline: the same text at 8 KB, per KB (ratio ~1: linear)",
    )


# 3. import (subprocess on the scratch database) ---------------------------------------------------


def scratch_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_import"))


def step_import(results: Results, count: int) -> None:
    url = scratch_url(os.environ["DATABASE_URL"])
    ensure_database(url)
    say(f"[import] {count} files through the bulk importer into {urlsplit(url).path[1:]}, then COPY")
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(Path(__file__).resolve().parent / "import_phase.py"), str(count)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    sys.stderr.write(done.stderr)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    say(
        f"  {figures['articles']} articles, {figures['claims']} claims; importer {figures['import_s']:.1f}s "
        f"(of which writing {figures['write_s']:.1f}s), COPY {figures['copy_s']:.2f}s"
    )
    n = figures["articles"]
    results.add("import", n / figures["import_s"], "articles/s", n / figures["copy_s"], rate=True)
    results.add(
        "import_write_path",
        n / figures["write_s"],
        "articles/s",
        n / figures["copy_s"],
        rate=True,
        note="the importer's database writes only (main process), extraction excluded",
    )


# 3b. workers (db_worker processes on a scratch database) -------------------------------------------


def step_workers(results: Results, count: int) -> None:
    import zipfile

    import psycopg

    url = scratch_url(os.environ["DATABASE_URL"]).removesuffix("_import") + "_workers"
    ensure_database(url)
    env = {**os.environ, "DATABASE_URL": url, "CTFACTS_TASKS": "database", "DEBUG": "0"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    archive = ROOT / "var" / f"bench-workers-{count}.zip"
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in corpus_files(count):
            zipped.write(path, path.name)
    say(f"[workers] one import job of {count} files (a .zip), consumed by 1 then 2 db_worker processes")
    rates = {}
    for workers in (1, 2):
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                "TRUNCATE ingest_importjob, ingest_importitem, ingest_articlesketch, ingest_sketchband, "
                "django_tasks_database_dbtaskresult, claims_article, claims_claim, claims_articlecountry, "
                "claims_source RESTART IDENTITY CASCADE"
            )
        queued = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
            [sys.executable, "manage.py", "enqueue_import", str(archive)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        job_id = int(queued.stdout.strip().splitlines()[-1])
        processes = [
            subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
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
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            for _ in range(workers)
        ]
        try:
            seconds = _wait_for_job(url, job_id, count)
        finally:
            for process in processes:
                os.killpg(process.pid, 9)  # a scratch database: the follow-up tasks are not measured
                process.wait(timeout=30)
        rates[workers] = count / seconds
        say(f"  {workers} worker(s): {count} articles in {seconds:.1f}s ({rates[workers]:.1f} articles/s)")
    scaling = rates[2] / rates[1]
    results.add(
        "import_job_1_worker",
        rates[1],
        "articles/s",
        rates[2],
        rate=True,
        note="baseline: the same job through 2 workers",
    )
    results.add(
        "import_job_2_workers",
        rates[2],
        "articles/s",
        rates[1],
        rate=True,
        note=f"baseline: 1 worker; scaling {scaling:.2f}x one worker (expected >= 1.6x on 2 cores)",
    )


def _wait_for_job(url: str, job_id: int, count: int, timeout: float = 3600) -> float:
    """Seconds from the job's first item taken to its last item done (worker start-up left out)."""
    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            done = conn.execute("SELECT done FROM ingest_importjob WHERE id = %s", [job_id]).fetchone()[0]
            if done >= count:
                started, finished = conn.execute(
                    "SELECT j.started_at, max(i.finished_at) FROM ingest_importjob j "
                    "JOIN ingest_importitem i ON i.job_id = j.id WHERE j.id = %s GROUP BY j.started_at",
                    [job_id],
                ).fetchone()
                return (finished - started).total_seconds()
            time.sleep(0.2)
    raise RuntimeError(f"the import job {job_id} did not finish in {timeout} s")


# 4. load ------------------------------------------------------------------------------------------


def step_load(articles: int) -> None:
    from django.db import connection

    from claims.models import Article, Claim

    have = Article.objects.count()
    if have >= articles:
        say(f"[load] the bench database already holds {have} articles: skipped")
        warm()
        return
    mode = os.environ.get("BENCH_LOAD", "truth")
    say(f"[load] {have} articles in the database, loading up to {articles} ({mode})")
    started = time.perf_counter()
    if mode == "importer":
        from claims.importer_bulk import import_in_batches

        for count, _outcome in enumerate(import_in_batches(corpus_files(articles)), 1):
            if count % 1000 == 0:
                say(f"  imported {count} ({count / (time.perf_counter() - started):.0f}/s)")
    else:
        from bench.load import load_from_truth

        load_from_truth(CORPUS, articles, say=say)
    say("  VACUUM ANALYZE")
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    say(
        f"[load] {Article.objects.count()} articles, {Claim.objects.count()} claims "
        f"in {time.perf_counter() - started:.0f}s"
    )
    warm()


def warm() -> None:
    """What import_articles does after an import: the first page's counts, computed once, shared."""
    from django.core.management import call_command

    call_command("warm_caches", stdout=_Say())


class _Say:
    def write(self, text: str) -> None:
        if text.strip():
            say("  " + text.strip())

    def flush(self) -> None:
        pass


# 5. pages -----------------------------------------------------------------------------------------

PAGES = [
    ("page_claims", "/claims/"),
    ("page_claims_filtered", "/claims/?metric=cells_dismantled&org=DGST&published_after=2020-01-01"),
    ("page_claims_country", "/claims/?country=FR"),
    ("page_claims_search", "/claims/?q=%D8%AE%D9%84%D9%8A%D8%A9"),  # خلية
    ("page_claims_deep", "/claims/?page=200"),
    ("page_articles_search", "/articles/?q=%D8%A7%D9%84%D8%A5%D8%B1%D9%87%D8%A7%D8%A8"),  # الإرهاب
    ("page_metric", "/metrics/terrorist_attacks/"),
    ("export_csv", "/claims/export.csv?metric=cells_dismantled"),
    # The JSON API reads the same cached count and page cache as /claims/ (claims/views/api.py).
    ("api_claims", "/api/claims/"),
    ("api_claims_filtered", "/api/claims/?metric=cells_dismantled&org=DGST&published_after=2020-01-01"),
    ("page_sources", "/sources/"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_get(client, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(url, secure=True)
    if getattr(response, "streaming", False):
        for _chunk in response.streaming_content:
            pass
    else:
        response.content  # noqa: B018 - rendered already; kept for symmetry
    return (time.perf_counter() - started) * 1000, response.status_code


COPY_PREFIX, COPY_SUFFIX = "COPY (", ") TO STDOUT"


def plain_queries(sqls: list[str]) -> list[str]:
    """The captured reads, with server-side cursors (iterator() on PostgreSQL) turned back into SELECTs;
    a COPY (the CSV export on PostgreSQL) is kept: the file it writes is the page's own work."""
    plain = []
    for sql in sqls:
        if sql.startswith(COPY_PREFIX):
            plain.append(sql)
        elif sql.startswith("DECLARE "):
            plain.append(sql.split(" CURSOR WITH HOLD FOR ", 1)[-1].split(" CURSOR FOR ", 1)[-1])
        elif sql.lstrip().upper().startswith(("SELECT", "WITH")):
            # Reads only: replaying a cache write (INSERT into the cache table) would collide.
            plain.append(sql)
    return plain


def replay(sqls: list[str]) -> float:
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for sql in plain_queries(sqls):
            if sql.startswith(COPY_PREFIX):
                with cursor.cursor.copy(sql) as copy:
                    for _block in copy:
                        pass
                continue
            cursor.execute(sql)
            if cursor.description is not None:
                cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def drop_local_caches() -> None:
    """What a gunicorn worker that has not served this page yet holds: nothing of its own. The shared
    cache (the database) keeps what warm_caches or another worker computed."""
    from django.core.cache import caches

    caches["pages"].clear()
    caches["facets"].clear()


def step_pages(results: Results, requests: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    budget_ms = env_int("BENCH_PAGE_BUDGET_S", 60) * 1000
    say(
        f"[pages] up to {requests} timed requests per page, in-process (test client): 'served' as a reader "
        "gets it (page cache warm), 'uncached' as a worker's first reading (its own caches dropped)"
    )
    client = Client()
    plans = {}
    for name, url in PAGES:
        drop_local_caches()
        first_ms, status = timed_get(client, url)  # may compute what the shared cache lacks
        if status == 404:
            say(f"  {name}: {url} answers 404, skipped")
            continue
        drop_local_caches()
        # The queries of a page built from scratch are the raw-SQL baseline of both series.
        with CaptureQueriesContext(connection) as captured:
            build_ms, status = timed_get(client, url)
        sqls = [q["sql"] for q in captured.captured_queries]
        if build_ms > budget_ms / 6:
            count, count_note = 1, "1 request (too slow to repeat)"
        else:
            count = max(3, min(requests, int(budget_ms / max(build_ms, 1) / 2)))
            count_note = f"{count} requests"
        uncached = []
        for _ in range(count):
            drop_local_caches()
            uncached.append(timed_get(client, url)[0])
        served = [timed_get(client, url)[0] for _ in range(count)]
        raw = [replay(sqls) for _ in range(count)]
        say(
            f"  {name} {url} -> {status}, {len(sqls)} queries, {count_note}: first {first_ms:.0f} ms; "
            f"uncached p50 {percentile(uncached, 0.5):.0f} / p95 {percentile(uncached, 0.95):.0f} ms; "
            f"served p50 {percentile(served, 0.5):.1f} / p95 {percentile(served, 0.95):.1f} ms; "
            f"raw SQL p50 {percentile(raw, 0.5):.0f} / p95 {percentile(raw, 0.95):.0f} ms"
        )
        note = f"{url} ({count_note})"
        for series, times in (("", served), ("_uncached", uncached)):
            for q in (0.5, 0.95):
                results.add(
                    f"{name}{series}_p{round(q * 100)}",
                    percentile(times, q),
                    "ms",
                    percentile(raw, q),
                    rate=False,
                    note=note,
                )
        plans[name] = explain_slowest(sqls)
    plans_file = ROOT / "var" / "bench-plans.txt"
    plans_file.parent.mkdir(parents=True, exist_ok=True)  # a clean clone on PostgreSQL has no var/ yet
    plans_file.write_text(
        "\n\n".join(f"== {name}\n{plan}" for name, plan in plans.items()) + "\n", encoding="utf-8"
    )


def explain_slowest(sqls: list[str]) -> str:
    """EXPLAIN ANALYZE of the page's slowest query, for bench/README.md."""
    from django.db import connection

    if connection.vendor != "postgresql" or not sqls:
        return ""
    timings = []
    for sql in plain_queries(sqls):
        if sql.startswith(COPY_PREFIX):
            sql = sql[len(COPY_PREFIX) : sql.rindex(COPY_SUFFIX)]  # the plan is the SELECT's
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        timings.append((replay([sql]), sql))
    if not timings:
        return ""
    ms, sql = max(timings)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return f"-- slowest query, {ms:.0f} ms\n{sql[:2000]}\n{plan}"


# 6. http ------------------------------------------------------------------------------------------


def step_http(results: Results, seconds: int) -> None:
    import shutil

    from django.core.management import call_command

    if not shutil.which("wrk"):
        say("[http] wrk is not installed (apt-get install -y wrk): skipped")
        return
    call_command("collectstatic", "--noinput", verbosity=0)
    port = os.environ.get("BENCH_PORT", "8765")
    env = {**os.environ, "BIND": f"127.0.0.1:{port}"}
    server = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "ctfacts.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", server)
        figures = {}
        for name, path in (("trivial", "/healthz"), ("claims", "/claims/")):
            figures[name] = wrk(f"http://127.0.0.1:{port}{path}", seconds)
            say(
                f"  {path}: {figures[name]['rps']:.0f} requests/s, {figures[name]['errors']} errors "
                f"({figures[name]['requests']} requests)"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = figures["trivial"]["errors"] + figures["claims"]["errors"]
    results.add(
        "http_claims",
        figures["claims"]["rps"],
        "requests/s",
        figures["trivial"]["rps"],
        rate=True,
        note=f"wrk -t1 -c{WRK_CONNECTIONS} -d{seconds}s --timeout {seconds}s; {figures['claims']['requests']} "
        f"/claims/ requests completed; errors: {errors}",
    )
    results.rows.append(
        {"name": "http_errors", "value": errors, "unit": "responses", "baseline": 0, "ratio": None}
    )


WRK_CONNECTIONS = 8


def wait_for(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
            with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - http://127.0.0.1
                if response.status == 200:
                    return
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited with code {server.returncode}") from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wrk(url: str, seconds: int) -> dict:
    """Bounded load from a second process: fixed connections, duration and per-request timeout."""
    import re

    command = ["wrk", "-t1", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--timeout", f"{seconds}s", "--latency"]
    output = subprocess.run(  # noqa: S603 - wrk with our arguments
        [*command, "-H", "X-Forwarded-Proto: https", url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(x) for x in match.groups())
    return {"rps": rps, "requests": requests, "errors": errors}


# --------------------------------------------------------------------------------------------------


def main() -> None:
    articles = env_int("BENCH_ARTICLES", 100_000)
    steps = [s for s in os.environ.get("BENCH_STEPS", ",".join(STEPS)).split(",") if s]
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    results = Results()
    started = time.perf_counter()
    if "corpus" in steps:
        step_corpus(articles)
    if "extraction" in steps:
        step_extraction(results, min(articles, env_int("BENCH_EXTRACT_SAMPLE", 1000)))
    if "import" in steps:
        step_import(results, min(articles, env_int("BENCH_IMPORT_ARTICLES", 2000)))
    if "workers" in steps:
        step_workers(
            results, min(articles, env_int("BENCH_WORKER_ARTICLES", env_int("BENCH_IMPORT_ARTICLES", 2000)))
        )
    if "load" in steps:
        step_load(articles)
    if "pages" in steps:
        call_command("collectstatic", "--noinput", verbosity=0)
        step_pages(results, env_int("BENCH_PAGE_REQUESTS", 20))
    if "http" in steps:
        step_http(results, env_int("BENCH_HTTP_SECONDS", 30))
    results.save()
    say(f"done in {time.perf_counter() - started:.0f}s; figures in {RESULTS}")


if __name__ == "__main__":
    main()
