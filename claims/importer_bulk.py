"""Bulk import for whole archives: `import_paths(..., bulk=True)` / `import_articles --bulk`.

Same outcomes as the per-file path (claims/importer.py), a different cost model:
- the engine runs in a pool of processes (it is pure Python and CPU-bound);
- each batch of files costs a handful of queries: one to skip hashes already imported, one to find
  file names already imported, then the articles (bulk INSERT) and their claims and country
  mentions (COPY on PostgreSQL, bulk INSERT elsewhere) in one transaction;
- whatever the fast path cannot decide alone goes through `import_bytes`, file by file: with
  `replace`, a name imported before (an update); the same bytes twice in one run; a whole batch whose write hit
  a constraint (another import racing this one). So a bad file is still rejected by name, the
  import stays idempotent, and a crash leaves whole batches or nothing.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DataError, IntegrityError, connection, transaction

from claims.extraction.engine import read_article
from claims.extraction.files import read_file_bytes
from claims.extraction.records import RejectedFile
from claims.importer import (
    NEW,
    REJECTED,
    UNCHANGED,
    ImportOutcome,
    article_fields,
    check_readable,
    country_mentions,
    drop_future_date,
    import_bytes,
    wanted_claims,
)
from claims.models import Article, ArticleCountry, Claim, Country, Source

BATCH_SIZE = 500
# Field types whose Python value psycopg writes as Django would (no conversion, no pre_save hook).
PLAIN_TYPES = frozenset(
    {
        "CharField",
        "TextField",
        "SlugField",
        "IntegerField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SmallIntegerField",
        "BigIntegerField",
        "BooleanField",
        "DecimalField",
        "FloatField",
        "DateField",
        "ForeignKey",
    }
)
# Files handed to a worker at a time: big enough to amortise pickling, small enough to balance.
CHUNK_SIZE = 25


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass
class Batch:
    outcomes: list[ImportOutcome] = field(default_factory=list)  # decided without the engine
    to_extract: list[tuple[str, bytes, str]] = field(default_factory=list)  # (name, raw, hash)
    one_by_one: list[tuple[str, bytes]] = field(default_factory=list)  # for import_bytes
    replace: bool = False


def extract_one(item: tuple[str, bytes, str]):
    """Runs in a worker process: no database here, only the engine."""
    name, raw, content_hash = item
    try:
        decoded, document, extraction = read_article(raw, name)
    except RejectedFile as exc:
        return name, content_hash, None, exc.reason
    return name, content_hash, (decoded.encoding, document, extraction), None


def import_in_batches(
    files: list[Path],
    *,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    stats: dict | None = None,
    replace: bool = False,
) -> Iterator[ImportOutcome]:
    """Outcomes of importing `files`; `stats["write_s"]` accumulates the time spent writing (for bench/).
    `replace`: as import_bytes's (a file named as an imported article updates it)."""
    workers = default_workers() if workers is None else workers
    stats = {} if stats is None else stats
    stats.setdefault("write_s", 0.0)
    # Outlets and countries repeat across an archive: one query per new name, not one per article.
    stats["sources"] = Memo(Source.for_name)
    stats["countries"] = Memo(Country.for_code)
    seen_hashes: set[str] = set()
    seen_names: set[str] = set()
    with extraction_pool(workers) as map_async:
        pending = None
        for start in range(0, len(files), batch_size):
            batch = prepare(files[start : start + batch_size], seen_hashes, seen_names, replace=replace)
            # The pool extracts this batch while the previous one is written.
            extracted = map_async(batch.to_extract)
            if pending is not None:
                yield from write(*pending, stats)
            pending = (batch, extracted)
        if pending is not None:
            yield from write(*pending, stats)


@contextmanager
def extraction_pool(workers: int):
    if workers <= 1:
        yield lambda items: _Ready([extract_one(item) for item in items])
        return
    # fork: workers inherit the loaded engine; they never touch the database connection.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield lambda items: pool.map_async(extract_one, items, chunksize=CHUNK_SIZE)


class Memo(dict):
    """lookup(key) once per key. Safe within a run: rows are only ever added by the lookups."""

    def __init__(self, lookup):
        super().__init__()
        self.lookup = lookup

    def __call__(self, key):
        if key not in self:
            self[key] = self.lookup(key)
        return self[key]


class _Ready:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


def prepare(
    paths: list[Path], seen_hashes: set[str], seen_names: set[str], *, replace: bool = False
) -> Batch:
    """Read and hash a batch; decide what needs the engine, what is known, what goes one by one."""
    batch = Batch(replace=replace)
    read: list[tuple[str, bytes, str]] = []
    for path in paths:
        try:
            raw = read_file_bytes(path)
        except RejectedFile as exc:
            batch.outcomes.append(ImportOutcome(path.name, REJECTED, exc.reason))
            continue
        read.append((path.name, raw, Article.hash_bytes(raw)))
    hashes = [content_hash for _, _, content_hash in read]
    known = set(Article.objects.filter(content_hash__in=hashes).values_list("content_hash", flat=True))
    # A name matters only when replacing: without it, other bytes under a known name are a new article.
    imported_names = set()
    if replace:
        names = [name for name, _, _ in read]
        imported_names = set(Article.objects.filter(file_name__in=names).values_list("file_name", flat=True))
    for name, raw, content_hash in read:
        if content_hash in known:
            batch.outcomes.append(ImportOutcome(name, UNCHANGED))
        elif content_hash in seen_hashes or (replace and (name in seen_names or name in imported_names)):
            batch.one_by_one.append((name, raw))
        else:
            batch.to_extract.append((name, raw, content_hash))
            seen_hashes.add(content_hash)
            seen_names.add(name)
    return batch


def write(batch: Batch, extracted, stats: dict) -> Iterator[ImportOutcome]:
    yield from batch.outcomes
    rows, outcomes, warned = [], [], {}
    results = extracted.get()
    started = time.perf_counter()
    for name, content_hash, result, reason in results:
        if result is None:
            outcomes.append(ImportOutcome(name, REJECTED, reason))
            continue
        encoding, document, extraction = result
        try:
            check_readable(document)
        except RejectedFile as exc:
            outcomes.append(ImportOutcome(name, REJECTED, exc.reason))
            continue
        warnings = drop_future_date(document)
        fields = article_fields(content_hash, encoding, document, source_for=stats["sources"])
        article = Article(file_name=name, **fields)
        try:
            claims = list(wanted_claims(article, document, extraction).values())
        except RejectedFile as exc:
            outcomes.append(ImportOutcome(name, REJECTED, exc.reason))
            continue
        warned[content_hash] = warnings
        rows.append(
            (article, claims, country_mentions(article, document, extraction, country_for=stats["countries"]))
        )
    try:
        with transaction.atomic():
            save_rows(rows)
    except (IntegrityError, DataError):
        # Another import got there first, or one row does not fit: let the per-file path decide each.
        raws = {content_hash: (name, raw) for name, raw, content_hash in batch.to_extract}
        batch.one_by_one[:0] = [raws[article.content_hash] for article, _, _ in rows]
        rows = []
    stats["write_s"] += time.perf_counter() - started
    outcomes.extend(
        ImportOutcome(
            article.file_name, NEW, article=article, claims=len(claims), warnings=warned[article.content_hash]
        )
        for article, claims, _ in rows
    )
    yield from outcomes
    for name, raw in batch.one_by_one:
        yield import_bytes(raw, name, replace=batch.replace)


def save_rows(rows) -> None:
    articles = [article for article, _, _ in rows]
    Article.objects.bulk_create(articles, batch_size=BATCH_SIZE)
    claims, mentions = [], []
    for article, article_claims, article_mentions in rows:
        for row in (*article_claims, *article_mentions):
            row.article = article  # sets article_id now that the article has its primary key
        claims.extend(article_claims)
        mentions.extend(article_mentions)
    insert_rows(Claim, claims)
    insert_rows(ArticleCountry, mentions)


def insert_rows(model, objects: list) -> None:
    """COPY on PostgreSQL (the fastest write it has), bulk INSERT elsewhere."""
    if not objects:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
    # Plain columns go to psycopg as they are; Django's per-field preparation of every value was a
    # third of the write time (bench/README.md). Any other field keeps Django's preparation.
    plain = {f.attname for f in fields if f.get_internal_type() in PLAIN_TYPES}
    prepare_value = [
        (lambda obj, a=f.attname: getattr(obj, a))
        if f.attname in plain
        else (lambda obj, f=f: f.get_db_prep_save(f.pre_save(obj, True), connection))
        for f in fields
    ]
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for obj in objects:
            copy.write_row([value(obj) for value in prepare_value])
