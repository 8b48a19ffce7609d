"""The extraction pipeline: bytes -> Decoded -> Document -> Extraction (claims and country mentions)."""

from __future__ import annotations

from claims.extraction.budget import DEFAULT_BUDGET_S, Deadline
from claims.extraction.claims import find_claims
from claims.extraction.countries import find_countries
from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document
from claims.extraction.records import Decoded, Document, Extraction


def extract(document: Document, budget_s: float | None = DEFAULT_BUDGET_S) -> Extraction:
    """Claims and country mentions of one article; both come from the body only.

    Raises RejectedFile(TOO_LONG) when reading takes longer than `budget_s` seconds (None: no limit).
    """
    deadline = Deadline(budget_s)
    claims = find_claims(document, deadline)
    return Extraction(claims=claims, countries=find_countries(document, deadline))


def read_article(
    raw: bytes, filename: str | None = None, budget_s: float | None = DEFAULT_BUDGET_S
) -> tuple[Decoded, Document, Extraction]:
    """Decode, parse and extract one file's bytes; raises RejectedFile when the file cannot be read
    (or not within `budget_s` seconds of extraction)."""
    decoded = decode_bytes(raw)
    document = parse_document(decoded.text, filename)
    extraction = extract(document, budget_s)
    extraction.warnings = list(decoded.warnings) + extraction.warnings
    return decoded, document, extraction
