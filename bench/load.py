"""Fill the benchmark database at full scale from the generator's truth (bench/corpus/truth.jsonl).

The engine reads a synthetic article in tens of milliseconds, so loading 100,000 of them through
it takes an hour on two cores; the page benchmarks need the rows, not the extraction. This loader
writes exactly the rows the importer would write (same Article columns via `article_fields`, the
same Claim identities, the same bulk write path `save_rows`), with the claims the generator says
each file states. The import benchmark (bench/run.py) measures the real importer on a sample.
`BENCH_LOAD=importer` loads the full corpus through the bulk importer instead.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path

from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document
from claims.importer import article_fields
from claims.importer_bulk import save_rows
from claims.models import Article, ArticleCountry, Claim, Country

BATCH = 1000


def truth_records(corpus: Path, limit: int) -> Iterator[dict]:
    with (corpus / "truth.jsonl").open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if count >= limit:
                return
            yield json.loads(line)


def parse_file(item: tuple[str, dict]):
    """Runs in a worker: decode and lay out one file (no claim rules, no database)."""
    path, truth = item
    raw = Path(path).read_bytes()
    decoded = decode_bytes(raw)
    document = parse_document(decoded.text, Path(path).name)
    return Article.hash_bytes(raw), decoded.encoding, decoded.text, document, truth


def claim_rows(article: Article, text: str, body_start: int, truth: dict) -> list[Claim]:
    rows = []
    for found in truth["claims"]:
        start, end = found["start"] - body_start, found["end"] - body_start
        if start < 0:
            continue
        period = found["period"]
        year = (period["start"] or "")[:4]
        rows.append(
            Claim(
                article=article,
                identity=Claim.make_identity(article.content_hash, start, end, found["metric"]),
                metric=found["metric"],
                value=found["value"],
                value_text=found["value_text"],
                qualifier=found["qualifier"],
                unit=found["unit"],
                period_type=period["type"],
                period_start=period["start"] or "",
                period_end=period["end"] or "",
                period_text=period["text"] or "",
                period_year=int(year) if year.isdigit() else None,
                org=found["attribution"]["org"],
                sentence=text[found["sentence_start"] : found["sentence_end"]],
                start=start,
                end=end,
            )
        )
    return rows


def mention_rows(article: Article, body_start: int, truth: dict, countries: dict) -> list[ArticleCountry]:
    rows, seen = [], set()
    for found in truth["countries"]:
        start = found["start"] - body_start
        if start < 0 or (start, found["code"]) in seen:
            continue
        seen.add((start, found["code"]))
        if found["code"] not in countries:
            countries[found["code"]] = Country.for_code(found["code"])
        rows.append(
            ArticleCountry(
                article=article,
                country=countries[found["code"]],
                role=found["role"],
                text=found["text"],
                start=start,
                end=start + len(found["text"]),
            )
        )
    return rows


def load_from_truth(corpus: Path, articles: int, *, workers: int = 2, say=print) -> int:
    """Insert the first `articles` files of the corpus that are not in the database yet; resumable."""
    from django.db import transaction

    records = list(truth_records(corpus, articles))
    known = set(Article.objects.values_list("file_name", flat=True))
    todo = [(str(corpus / r["file"]), r) for r in records if r["file"] not in known]
    countries: dict[str, Country] = {}
    started, done = time.perf_counter(), 0
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for first in range(0, len(todo), BATCH):
            rows = []
            for content_hash, encoding, text, document, truth in pool.imap(
                parse_file, todo[first : first + BATCH], chunksize=50
            ):
                article = Article(
                    file_name=Path(truth["file"]).name, **article_fields(content_hash, encoding, document)
                )
                rows.append(
                    (
                        article,
                        claim_rows(article, text, document.body_start, truth),
                        mention_rows(article, document.body_start, truth, countries),
                    )
                )
            with transaction.atomic():
                save_rows(rows)
            done += len(rows)
            elapsed = time.perf_counter() - started
            say(f"  loaded {done}/{len(todo)} articles ({done / elapsed:.0f}/s, {elapsed:.0f}s)")
    return done
