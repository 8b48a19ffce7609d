"""Small builders shared by the extraction tests."""

from datetime import date
from pathlib import Path

from claims.extraction.claims import find_claims
from claims.extraction.records import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def body_document(
    body: str, published: date | None = date(2024, 12, 30), title: str | None = None
) -> Document:
    """A clean document whose whole text is the body."""
    return Document(
        text=body,
        title=title,
        outlet=None,
        published=published,
        dateline=None,
        language="ar",
        body_start=0,
        body_end=len(body),
        layout="clean",
    )


def claims_of(body: str, published: date | None = date(2024, 12, 30), title: str | None = None):
    return find_claims(body_document(body, published, title))


def only_claim(body: str, published: date | None = date(2024, 12, 30)):
    claims = claims_of(body, published)
    assert len(claims) == 1, [(c.metric, c.value) for c in claims]
    return claims[0]
