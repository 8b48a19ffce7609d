"""Run the consistency engine on JSON files, without a database.

    python -m claims.consistency.offline EXTRACT.json            # output of `extract_claims --json`
    python -m claims.consistency.offline --gold expected.json    # the gold claims themselves

prints the `consistency_report --json` document. Run on a gold file it measures the rules alone,
as if extraction were perfect: `score.py GOLD.json EXTRACT.json --report REPORT.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from datetime import date

from claims.consistency.records import ClaimRecord
from claims.consistency.report import report_json
from claims.consistency.rules import find_inconsistencies


def records_from_extract(document: dict) -> list[ClaimRecord]:
    """Claims of every `ok` file of an `extract_claims --json` document (CONTRACT.md part 1)."""
    entries = [
        (os.path.basename(f.get("file", "")), f.get("article") or {}, f.get("claims") or [])
        for f in document.get("files", [])
        if f.get("status") == "ok"
    ]
    return _records(entries)


def records_from_gold(gold: dict) -> list[ClaimRecord]:
    """Gold claims of a gold file (schema of shared/seeds/expected.json) as claim records."""
    entries = []
    for f in gold.get("files", []):
        if f.get("expected_status", "ok") != "ok":
            continue
        metadata = f.get("metadata") or {}
        article = {
            "outlet": metadata.get("outlet"),
            "published": metadata.get("date"),
            "title": metadata.get("title"),
        }
        entries.append((os.path.basename(f["file"]), article, f.get("claims") or []))
    return _records(entries)


def _records(entries: Iterable[tuple[str, dict, list[dict]]]) -> list[ClaimRecord]:
    records = []
    for article_id, (file_name, article, claims) in enumerate(entries, start=1):
        published = _date(article.get("published"))
        for position, claim in enumerate(claims):
            period = claim.get("period") or {}
            records.append(
                ClaimRecord(
                    id=len(records) + 1,
                    file=file_name,
                    outlet=article.get("outlet"),
                    published=published,
                    metric=claim["metric"],
                    subset=claim.get("subset"),
                    value=float(claim["value"]),
                    qualifier=claim.get("qualifier") or "exact",
                    unit=claim.get("unit") or "count",
                    period_type=period.get("type") or "unspecified",
                    period_start=_text(period.get("start")),
                    period_end=_text(period.get("end")),
                    org=(claim.get("attribution") or {}).get("org") or "unspecified",
                    article_id=article_id,
                    sentence=claim.get("sentence") or "",
                    start=claim.get("start", position) if isinstance(claim.get("start"), int) else position,
                    value_text=str(claim.get("value_text") or ""),
                    confidence=float(claim.get("confidence", 1.0) or 0.0),
                    stated_as_of=_text(claim.get("as_of")) or None,
                    title=article.get("title") or "",
                )
            )
    return records


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", help="extract_claims --json output, or a gold file with --gold")
    parser.add_argument("--gold", action="store_true", help="read the gold claims of a gold file")
    parser.add_argument("--all", action="store_true", help="also the findings under the queue's threshold")
    args = parser.parse_args(argv)
    with open(args.path, encoding="utf-8") as handle:
        document = json.load(handle)
    records = records_from_gold(document) if args.gold else records_from_extract(document)
    report = report_json(find_inconsistencies(records), {r.id: r for r in records}, include_hidden=args.all)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
