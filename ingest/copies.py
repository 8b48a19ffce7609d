"""Syndicated copies: the same agency dispatch printed by several outlets, grouped under the earliest.

Each article's body is folded (claims.extraction.normalize.fold: hamza, alef maqsura, tashkeel...),
cut into overlapping 5-word shingles, and summarised by a MinHash signature of 64 values; the
fraction of equal values estimates the Jaccard similarity of two articles' shingles. Locality-
sensitive hashing finds candidates without comparing every pair: the signature is cut into 16 bands
of 4 values, and articles sharing a band (SketchBand.key, indexed) are compared in full. Two articles
at 0.8 similarity share a band with probability 1 - (1 - 0.8**4)**16 > 0.999; at 0.3, one in eight
pairs is compared and then left apart.

A copy's `Article.copy_of` points to the earliest article of its group (earliest published, then first
imported); the earliest points nowhere. Consistency findings count Coalesce(copy_of_id, id) once.
"""

from __future__ import annotations

import hashlib
import random
import re

from django.db import connection, transaction

from claims.extraction.normalize import fold
from claims.models import Article
from ingest.models import ArticleSketch, SketchBand

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BAND_ROWS = 4
# Estimated Jaccard similarity of shingles from which two articles are one dispatch. Agency copies
# differ by a headline, a dateline, an outlet's boilerplate: well above this; two articles on the
# same event in the outlets' own words share few 5-word runs: well below.
COPY_SIMILARITY = 0.6
# Fewer shingles than this (a very short text) says too little to call two articles copies.
MIN_SHINGLES = 20

_WORD = re.compile(r"\w+")
_PRIME = (1 << 61) - 1
_rng = random.Random(20260101)  # fixed: signatures must be comparable across processes and releases
_PERMUTATIONS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") % _PRIME


def shingles(body: str) -> set[int]:
    words = _WORD.findall(fold(body).lower())
    return {
        _hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    }


def signature(body: str) -> list[int] | None:
    hashed = shingles(body)
    if len(hashed) < MIN_SHINGLES:
        return None
    return [min((a * x + b) % _PRIME for x in hashed) for a, b in _PERMUTATIONS]


def band_keys(sig: list[int]) -> list[int]:
    keys = []
    for band in range(0, len(sig), BAND_ROWS):
        raw = f"{band}:" + ",".join(map(str, sig[band : band + BAND_ROWS]))
        # A signed 64-bit integer, as a BigIntegerField holds it.
        keys.append(int.from_bytes(hashlib.blake2b(raw.encode(), digest_size=8).digest(), "big", signed=True))
    return keys


def similarity(first: list[int], second: list[int]) -> float:
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)


def _earliest_key(article: Article):
    return (article.published is None, article.published or 0, article.imported_at, article.pk)


def group_copies(article_ids: list[int]) -> int:
    """Sketch the given articles and attach each to its group; how many were found to be copies."""
    found = 0
    for article in Article.objects.filter(pk__in=article_ids).order_by("pk"):
        with transaction.atomic():
            _serialise()
            found += group_one(article)
    return found


def _serialise() -> None:
    """One grouping at a time across workers, so two copies imported at once still meet."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext('ctfacts-copies'))")


def group_one(article: Article) -> bool:
    sig = signature(article.body)
    ArticleSketch.objects.filter(article=article).delete()
    if sig is None:
        return False
    sketch = ArticleSketch.objects.create(article=article, signature=sig)
    keys = band_keys(sig)
    SketchBand.objects.bulk_create([SketchBand(sketch=sketch, key=key) for key in keys])
    candidates = (
        ArticleSketch.objects.filter(bands__key__in=keys)
        .exclude(pk=sketch.pk)
        .select_related("article")
        .distinct()
    )
    best = max(candidates, key=lambda other: similarity(sig, other.signature), default=None)
    if best is None or similarity(sig, best.signature) < COPY_SIMILARITY:
        return False
    root = best.article.copy_of or best.article
    if root.pk == article.pk:
        return True
    if _earliest_key(article) < _earliest_key(root):
        # The new article is the earlier print: it becomes the group's original.
        Article.objects.filter(copy_of=root).update(copy_of=article)
        Article.objects.filter(pk=root.pk).update(copy_of=article)
        Article.objects.filter(pk=article.pk).update(copy_of=None)
    else:
        Article.objects.filter(pk=article.pk).update(copy_of=root)
    return True
