"""The extraction pipeline: bytes -> Decoded -> Document -> Extraction (claims and country mentions)."""

from __future__ import annotations

from claims.extraction.budget import DEFAULT_WORK_BUDGET, WALL_GUARD_S, WorkBudget
from claims.extraction.claims import find_claims
from claims.extraction.countries import BodyNames, find_countries
from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document
from claims.extraction.records import Decoded, Document, Extraction


def extract(document: Document, work_budget: int | None = DEFAULT_WORK_BUDGET) -> Extraction:
    """Claims and country mentions of one article; both come from the body only.

    Raises RejectedFile(TOO_LONG) when reading needs more than `work_budget` units of work (budget.py;
    None: no limit, and no wall-clock guard either).
    """
    budget = WorkBudget(work_budget, WALL_GUARD_S if work_budget is not None else None)
    names = BodyNames(document)  # the body's country names, found once for both passes
    claims = find_claims(document, budget, names)
    return Extraction(claims=claims, countries=find_countries(document, budget, names))


def read_article(
    raw: bytes, filename: str | None = None, work_budget: int | None = DEFAULT_WORK_BUDGET
) -> tuple[Decoded, Document, Extraction]:
    """Decode, parse and extract one file's bytes; raises RejectedFile when the file cannot be read
    (or needs more than `work_budget` units of work, budget.py)."""
    decoded = decode_bytes(raw)
    document = parse_document(decoded.text, filename)
    extraction = extract(document, work_budget)
    extraction.warnings = list(decoded.warnings) + extraction.warnings
    return decoded, document, extraction
