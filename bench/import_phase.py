"""Step 3 of bench/run.py, run in a subprocess whose DATABASE_URL is the scratch database.

Imports the first N corpus files with the bulk importer (timed), saves the rows it wrote with
COPY ... TO, empties the tables, and times COPY ... FROM of those same rows: the physical write
limit of the database for exactly what the importer stored. Prints one JSON line.
"""

import io
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ctfacts.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from bench.run import corpus_files  # noqa: E402
from claims.importer_bulk import import_in_batches  # noqa: E402
from claims.models import Article, ArticleCountry, Claim, Country, Source  # noqa: E402

# Parents first, so COPY FROM satisfies the foreign keys as it goes.
TABLES = [m._meta.db_table for m in (Source, Country, Article, Claim, ArticleCountry)]


def empty_tables() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")


def main(count: int) -> None:
    files = corpus_files(count)
    empty_tables()
    stats: dict = {}
    started = time.perf_counter()
    statuses = [outcome.status for outcome in import_in_batches(files, stats=stats)]
    import_s = time.perf_counter() - started
    new = statuses.count("new")
    claims = Claim.objects.count()

    dumps = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            buffer = io.BytesIO()
            with cursor.cursor.copy(f"COPY {table} TO STDOUT") as copy:
                for block in copy:
                    buffer.write(block)
            dumps[table] = buffer.getvalue()
    empty_tables()
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table in TABLES:
            with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
                copy.write(dumps[table])
    copy_s = time.perf_counter() - started
    print(
        json.dumps(
            {
                "articles": new,
                "statuses": {s: statuses.count(s) for s in set(statuses)},
                "claims": claims,
                "import_s": import_s,
                "write_s": stats["write_s"],
                "copy_s": copy_s,
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
