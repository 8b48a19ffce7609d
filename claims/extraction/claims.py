"""Find the counter-terrorism figures an article states (placeholder until the rules land)."""

from __future__ import annotations

from claims.extraction.records import Document, ExtractedClaim


def find_claims(document: Document) -> list[ExtractedClaim]:
    return []
