"""CONTRACT.md part 1 as a plain function: what the engine reads out of files, as one JSON document.

python -m claims.extraction.report PATH...   (prints the JSON; exit 0 all ok, 1 any rejected, 2 usage)
"""

from __future__ import annotations

import json
import os
import sys

from claims.extraction.engine import read_article
from claims.extraction.files import article_files, read_file_bytes
from claims.extraction.records import Document, RejectedFile


def extraction_report(paths: list[str]) -> tuple[dict, int]:
    """The JSON document for these files and folders (folders recursively, sorted) and the exit code."""
    files = []
    for path in article_files(paths):
        files.append(_file_entry(path))
    exit_code = 1 if any(entry["status"] == "rejected" for entry in files) else 0
    return {"files": files}, exit_code


def _file_entry(path: str) -> dict:
    try:
        raw = read_file_bytes(path)
        decoded, document, extraction = read_article(raw, os.path.basename(path))
    except RejectedFile as rejected:
        return {"file": path, "status": "rejected", "error": rejected.reason}
    return {
        "file": path,
        "status": "ok",
        "error": None,
        "warnings": list(extraction.warnings),
        "encoding": decoded.encoding,
        "article": article_json(document),
        "claims": [claim_json(claim) for claim in extraction.claims],
        "countries": [mention.as_json() for mention in extraction.countries],
    }


def article_json(document: Document) -> dict:
    return {
        "title": document.title,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
        "dateline": document.dateline,
        "language": document.language,
    }


def claim_json(claim) -> dict:
    data = claim.as_json()
    ordered = {key: data[key] for key in ("metric", "subset", "value", "value_text", "qualifier")}
    ordered.update(data)
    return ordered


def main(argv: list[str]) -> int:
    if not argv or any(arg in ("-h", "--help") for arg in argv):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    paths = [arg for arg in argv if arg != "--json"]
    document, exit_code = extraction_report(paths)
    print(json.dumps(document, ensure_ascii=False, indent=1))
    return exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
