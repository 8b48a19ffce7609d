"""The extraction pipeline: bytes -> Decoded -> Document -> Extraction (claims and country mentions)."""

from __future__ import annotations

from claims.extraction.claims import find_claims
from claims.extraction.countries import find_countries
from claims.extraction.decode import decode_bytes
from claims.extraction.layouts import parse_document
from claims.extraction.records import Decoded, Document, Extraction


def extract(document: Document) -> Extraction:
    """Claims and country mentions of one article; both come from the body only."""
    return Extraction(claims=find_claims(document), countries=find_countries(document))


def read_article(raw: bytes, filename: str | None = None) -> tuple[Decoded, Document, Extraction]:
    """Decode, parse and extract one file's bytes; raises RejectedFile when the file cannot be read."""
    decoded = decode_bytes(raw)
    document = parse_document(decoded.text, filename)
    extraction = extract(document)
    extraction.warnings = list(decoded.warnings) + extraction.warnings
    return decoded, document, extraction
