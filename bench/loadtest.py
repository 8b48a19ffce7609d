"""A bounded load test: gunicorn on loopback, mixed page and API traffic, a fixed duration, then it stops.

    make loadtest                                  # 60 s on PostgreSQL database ctfacts_loadtest
    LOADTEST_SECONDS=20 LOADTEST_CLIENTS=4 make loadtest
    python bench/loadtest.py --database-url sqlite:///$PWD/var/loadtest.sqlite3 --seconds 30
    python bench/loadtest.py --import-files 2000 --drop-connections-at 0.5   # what `make loadtest` runs

What it does, in order:
1. prepares its own database (never the one `make run` uses): migrate, then, if empty, the seed
   articles and a few hundred generated Arabic articles with figures;
2. starts gunicorn (gunicorn.conf.py, DEBUG off, static files collected) on 127.0.0.1 and a free port;
3. runs N client threads for the fixed duration, each on one keep-alive connection, picking pages and
   API calls by weight (lists with filters, search, details, comparisons, CSV, JSON pages);
4. stops gunicorn (only the process it started) and prints requests, requests/s, p50/p95/p99 and
   errors (any status other than 200, or a failed connection). Exit code 1 when there was an error.

With --import-files N, an `import_articles` of N new generated files (new text each run) runs while
the clients read; with --drop-connections-at F (PostgreSQL), at F of the duration every connection the
app holds (gunicorn workers and the import) is ended with pg_terminate_backend. Then it waits for the
import and checks that nothing was lost: every file is an article, each with its claims, and the run
finished. Exit code 1 when a file is missing, the import failed, or any request failed.
Loopback only: it refuses any other host, so it can never load someone else's server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"
PYTHON = sys.executable


# --- the database -------------------------------------------------------------------------------------


def ensure_postgres_database(url: str) -> None:
    if not url.startswith("postgres"):
        return
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603 - our manage.py


CITIES = ["الرباط", "طنجة", "فاس", "الدار البيضاء", "مراكش", "وجدة", "الناظور"]
OUTLETS = ["هسبريس", "أكورا بريس", "برلمان", "Le360", "اليوم 24"]


def generated_article(n: int, rng: random.Random) -> str:
    city, outlet = rng.choice(CITIES), rng.choice(OUTLETS)
    return (
        f"تفكيك خلية إرهابية جديدة بمدينة {city} ({n})\n"
        f"{city} - أعلن المكتب المركزي للأبحاث القضائية، حسب ما نشره موقع {outlet}، عن تفكيك "
        f"{rng.randint(1, 250)} خلية إرهابية منذ سنة {rng.randint(2002, 2024)}، وتوقيف "
        f"{rng.randint(2, 1500)} شخصا، بتنسيق مع السلطات الإسبانية.\n"
        "وأكد المصدر أن هذه العمليات تندرج في إطار المقاربة الاستباقية لمكافحة الإرهاب.\n"
    )


def prepare_database(env: dict, articles: int) -> None:
    ensure_postgres_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput", "-v0")
    has_articles = django_says(env, "from claims.models import Article\nprint(Article.objects.count())")
    if int(has_articles or 0) > 0:
        return
    print(f"loadtest: importing the seeds and {articles} generated articles (once per database)")
    with tempfile.TemporaryDirectory() as folder:
        rng = random.Random(8)
        for n in range(articles):
            Path(folder, f"generated_{n:04d}.txt").write_text(generated_article(n, rng), encoding="utf-8")
        manage(env, "import_articles", "--quiet", str(ROOT / "seeds"), folder)


def django_says(env: dict, code: str) -> str:
    """The last line a snippet of Django code prints, run against the load test's database."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [PYTHON, "-c", "import django\ndjango.setup()\n" + code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "ctfacts.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def sample_paths(env: dict) -> dict[str, str]:
    """Real ids and slugs from the database, for detail pages."""
    code = (
        "import json\n"
        "from claims.models import Article, Claim, Source\n"
        "a = Article.objects.order_by('id').values_list('id', flat=True)\n"
        "print(json.dumps({'articles': list(a[:50]),"
        " 'metrics': sorted(set(Claim.objects.values_list('metric', flat=True)))[:10],"
        " 'sources': list(Source.objects.values_list('slug', flat=True)[:10])}))"
    )
    return json.loads(django_says(env, code))


# --- the concurrent import and the dropped connections -------------------------------------------------


def write_import_files(folder: Path, files: int) -> list[str]:
    """N generated articles, new each run (a nonce in the text); their content hashes."""
    import hashlib

    nonce = secrets.token_hex(4)
    rng = random.Random(nonce)
    hashes = []
    for n in range(files):
        raw = (generated_article(n, rng) + f"وأفاد المصدر ذاته بأن الحصيلة محينة ({nonce}-{n}).\n").encode(
            "utf-8"
        )
        Path(folder, f"concurrent_{n:05d}.txt").write_bytes(raw)
        hashes.append(hashlib.sha256(raw).hexdigest())
    return hashes


def start_import(env: dict, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", "import_articles", "--quiet", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def drop_every_app_connection(database_url: str) -> int:
    """pg_terminate_backend on every connection to the load test's database but this one."""
    import psycopg

    server, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    return sum(1 for (done,) in rows if done)


def nothing_lost(env: dict, hashes: list[str]) -> dict:
    """How many of the imported files are articles, whole (with claims), and the last run's status."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listing:
        json.dump(hashes, listing)
    code = (
        "import json\n"
        "from django.db.models import Count\n"
        "from claims.models import Article, ImportRun\n"
        f"hashes = json.load(open({listing.name!r}))\n"
        "found = Article.objects.filter(content_hash__in=hashes).annotate(n=Count('claims'))\n"
        "run = ImportRun.objects.filter(requested__contains='loadtest-import').order_by('-started_at').first()\n"
        "print(json.dumps({'articles': found.count(), 'without_claims': found.filter(n=0).count(),"
        " 'run': run.status if run else None}))"
    )
    try:
        return json.loads(django_says(env, code))
    finally:
        os.unlink(listing.name)


# --- the traffic --------------------------------------------------------------------------------------


def traffic(samples: dict) -> list[tuple[int, callable]]:
    """(weight, path maker): what a newsroom does, roughly; pages more than API, lists more than CSV."""
    articles = samples["articles"] or [1]
    metrics = samples["metrics"] or ["cells_dismantled"]
    sources = samples["sources"] or ["none"]

    def pick(values):
        return lambda rng: rng.choice(values)

    return [
        (10, lambda rng: "/"),
        (12, lambda rng: "/claims/"),
        (8, lambda rng: f"/claims/?metric={pick(metrics)(rng)}&sort=-published"),
        (5, lambda rng: f"/claims/?page={rng.randint(1, 3)}"),
        (6, lambda rng: "/articles/?q=" + quote(rng.choice(["إسبانيا", "خلية", "الرباط", "اسبانيا"]))),
        (10, lambda rng: f"/articles/{pick(articles)(rng)}/"),
        (6, lambda rng: "/articles/"),
        (6, lambda rng: f"/metrics/{pick(metrics)(rng)}/"),
        (4, lambda rng: f"/sources/{pick(sources)(rng)}/"),
        (3, lambda rng: "/countries/ES/"),
        (10, lambda rng: "/api/claims/"),
        (6, lambda rng: f"/api/claims/?metric={pick(metrics)(rng)}&page=1"),
        (2, lambda rng: f"/claims/export.csv?metric={pick(metrics)(rng)}"),
        (2, lambda rng: "/healthz"),
    ]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client_loop(port: int, deadline: float, mix, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    weights = [w for w, _ in mix]
    makers = [m for _, m in mix]
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    while time.monotonic() < deadline:
        path = rng.choices(makers, weights)[0](rng)
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Host": LOOPBACK, "Accept-Language": "ar"})
            response = conn.getresponse()
            response.read()
            status = response.status
            error = None if status == 200 else f"HTTP {status} {path.split('?')[0]}"
        except (OSError, http.client.HTTPException) as exc:
            status, error = 0, f"{type(exc).__name__} {path.split('?')[0]}"
            conn.close()
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
        elapsed = time.perf_counter() - started
        with tally.lock:
            tally.latencies.append(elapsed)
            tally.statuses[status] += 1
            if error:
                tally.errors[error] += 1
    conn.close()


# --- gunicorn -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    server_env = {**env, "BIND": f"{LOOPBACK}:{port}", "WEB_CONCURRENCY": str(workers)}
    process = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
        [str(Path(PYTHON).parent / "gunicorn"), "-c", "gunicorn.conf.py", "ctfacts.wsgi"],
        cwd=ROOT,
        env=server_env,
        stdout=subprocess.DEVNULL,  # the access log of thousands of requests is not the result
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: stopping it stops its workers, nothing else
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn did not start:\n{process.stderr.read().decode()[-3000:]}")
        try:
            conn = http.client.HTTPConnection(LOOPBACK, port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": LOOPBACK})
            if conn.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.2)
    stop(process)
    raise SystemExit("gunicorn did not answer /healthz within 60 s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


# --- the report ---------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def report(tally: Tally, seconds: float, clients: int, workers: int, database: str) -> int:
    lat = sorted(tally.latencies)
    total = len(lat)
    errors = sum(tally.errors.values())
    server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    ms = lambda value: f"{value * 1000:.0f} ms"  # noqa: E731
    print(f"loadtest: {clients} clients, {workers} gunicorn workers, {seconds:.0f} s, database {database}")
    print(f"requests: {total}  requests/s: {total / seconds:.1f}  errors: {errors}  5xx: {server_errors}")
    if lat:
        print(
            f"latency: p50 {ms(statistics.median(lat))}  p95 {ms(percentile(lat, 0.95))}  "
            f"p99 {ms(percentile(lat, 0.99))}  max {ms(lat[-1])}"
        )
    for error, n in tally.errors.most_common(10):
        print(f"  error: {error} x{n}")
    return 1 if errors or not total else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("LOADTEST_SECONDS", 60)))
    parser.add_argument("--clients", type=int, default=int(os.environ.get("LOADTEST_CLIENTS", 8)))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("LOADTEST_WORKERS", 3)))
    parser.add_argument("--articles", type=int, default=300, help="generated articles in a new database")
    parser.add_argument(
        "--import-files",
        type=int,
        default=int(os.environ.get("LOADTEST_IMPORT_FILES", 0)),
        help="new files imported by import_articles while the clients read (0: none)",
    )
    parser.add_argument(
        "--drop-connections-at",
        type=float,
        default=float(os.environ.get("LOADTEST_DROP_CONNECTIONS_AT", 0)),
        help="fraction of the run at which every app connection is ended (PostgreSQL; 0: never)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("LOADTEST_DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'loadtest.sqlite3'}"),
    )
    args = parser.parse_args()
    if not 0 < args.seconds <= 3600:
        parser.error("--seconds must be between 0 and 3600: the test is bounded")

    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": LOOPBACK,
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "WARNING",
    }
    dropping = args.drop_connections_at > 0
    if dropping and not args.database_url.startswith("postgres"):
        parser.error("--drop-connections-at needs PostgreSQL: SQLite has no connection to drop")
    prepare_database(env, args.articles)
    manage(env, "collectstatic", "--noinput", "-v0")
    samples = sample_paths(env)
    port = free_port()
    server = start_gunicorn(env, port, args.workers)
    importing, hashes, drops = None, [], []
    folder = Path(tempfile.mkdtemp(prefix="loadtest-import-"))
    try:
        tally = Tally()
        mix = traffic(samples)
        if args.import_files:
            hashes = write_import_files(folder, args.import_files)
            import_started = time.monotonic()
            importing = start_import(env, folder)
        deadline = time.monotonic() + args.seconds
        started = time.monotonic()
        threads = [
            threading.Thread(target=client_loop, args=(port, deadline, mix, tally, n), daemon=True)
            for n in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        if dropping:
            time.sleep(max(0.0, started + args.seconds * args.drop_connections_at - time.monotonic()))
            mid_import = importing is not None and importing.poll() is None
            drops.append((drop_every_app_connection(args.database_url), mid_import))
        for thread in threads:
            thread.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - started
    finally:
        stop(server)
    status = report(tally, elapsed, args.clients, args.workers, args.database_url.split("@")[-1])
    for ended, mid_import in drops:
        print(
            f"connections ended mid-run: {ended} (pg_terminate_backend, every app connection; "
            f"the import was {'running' if mid_import else 'already over'})"
        )
    if importing is not None:
        try:
            out, err = importing.communicate(timeout=1800)
        except subprocess.TimeoutExpired:
            os.killpg(importing.pid, signal.SIGKILL)
            out, err = importing.communicate()
        import_seconds = time.monotonic() - import_started
        shutil.rmtree(folder, ignore_errors=True)
        check = nothing_lost(env, hashes)
        lost = len(hashes) - check["articles"]
        print(
            f"concurrent import: {len(hashes)} files in {import_seconds:.0f} s "
            f"({len(hashes) / import_seconds:.1f} files/s), exit {importing.returncode}, run {check['run']}; "
            f"articles found {check['articles']}/{len(hashes)}, lost {lost}, without claims {check['without_claims']}"
        )
        if importing.returncode != 0 or lost or check["without_claims"] or check["run"] != "finished":
            print("  import output:", (out + err).strip()[-1500:])
            status = 1
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return status


if __name__ == "__main__":
    if shutil.which("gunicorn", path=str(Path(PYTHON).parent)) is None:
        raise SystemExit(
            "gunicorn is not installed in this Python's environment (pip install -r requirements.txt)"
        )
    sys.exit(main())
