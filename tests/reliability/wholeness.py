"""What "a whole article" means, checked against the database.

An Article is whole when its claims are exactly the ones its own bytes extract to (same identities);
a rejected file leaves no Article and no Claim behind.
"""

from claims.extraction.engine import read_article
from claims.extraction.records import RejectedFile
from claims.models import Article, Claim


def expected_identities(raw: bytes, name: str) -> set[str] | None:
    """The claim identities the importer should save for these bytes; None when the file is rejected."""
    try:
        _decoded, document, extraction = read_article(raw, name)
    except RejectedFile:
        return None
    content_hash = Article.hash_bytes(raw)
    identities = set()
    for found in extraction.claims:
        start, end = found.start - document.body_start, found.end - document.body_start
        if start < 0 or end <= start:
            continue
        identities.add(Claim.make_identity(content_hash, start, end, found.metric))
    return identities


def saved_identities(article: Article) -> set[str]:
    return set(Claim.objects.filter(article=article).values_list("identity", flat=True))


def broken_articles(files: dict[str, bytes]) -> list[str]:
    """Names of saved articles whose claims differ from what their bytes extract to (empty: all whole)."""
    expected = {
        Article.hash_bytes(raw): (name, expected_identities(raw, name)) for name, raw in files.items()
    }
    broken = []
    for article in Article.objects.all():
        if article.content_hash not in expected:
            broken.append(f"{article.file_name}: bytes unknown to the test")
            continue
        name, identities = expected[article.content_hash]
        if saved_identities(article) != identities:
            broken.append(name)
    return broken
