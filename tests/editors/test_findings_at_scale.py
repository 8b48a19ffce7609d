"""The findings refresh over a database of thousands of claims: a few bulk queries, not one per finding.

Each article states a running total of cells dismantled since 2002 and the number dismantled in
the year before; outlets print their totals with some noise, so the engine finds hundreds of
disagreements, drops and stale figures among them.
"""

import hashlib
import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from claims.findings import refresh_findings
from claims.models import Article, Claim, Finding, Source

from .factories import CELLS_SENTENCE

pytestmark = pytest.mark.django_db

ARTICLES = 2000
OUTLETS = ("هسبريس", "أكورا بريس", "le360", "اليوم 24")
# Bulk reads and writes in chunks: the count grows with the rows written divided by the batch size
# (SQLite takes 333 finding-claim rows, with their role, per INSERT), not with the number of
# findings. A query per finding would be well over this bound (the test checks there are that many).
MAX_QUERIES = 90


def build_database(articles: int = ARTICLES) -> None:
    chance = random.Random(2002)
    sources = [Source.for_name(name) for name in OUTLETS]
    rows = []
    for number in range(articles):
        published = date(2015, 1, 1) + timedelta(days=number * 2)
        body = f"نص المقال رقم {number}: تفكيك الخلايا الإرهابية بالمغرب."
        rows.append(
            Article(
                source=sources[number % len(sources)],
                title=f"مقال {number}",
                published=published,
                body=body,
                file_name=f"a{number}.txt",
                content_hash=hashlib.sha256(body.encode()).hexdigest(),
                encoding="utf-8",
            )
        )
    claims = []
    for article in Article.objects.bulk_create(rows):
        since = 2002 + article.pk % 10  # ten running totals ("since 2002" … "since 2011")
        years = (article.published - date(since, 1, 1)).days / 365.25
        total = int(years * 10) - chance.choice((0,) * 19 + (40,))  # now and then an old figure
        yearly = chance.choice((12,) * 19 + (40,))  # now and then a misread figure
        claims += [
            claim(article, total, start=10, period_type="since", period_start=str(since)),
            claim(
                article, yearly, start=90, period_type="year", period_start=str(article.published.year - 1)
            ),
        ]
    Claim.objects.bulk_create(claims)


def claim(article: Article, value: int, *, start: int, period_type: str, period_start: str) -> Claim:
    text = str(value)
    return Claim(
        article=article,
        identity=Claim.make_identity(article.content_hash, start, start + len(text), "cells_dismantled"),
        metric="cells_dismantled",
        value=Decimal(value),
        value_text=text,
        qualifier="exact",
        unit="count",
        period_type=period_type,
        period_start=period_start,
        org="BCIJ",
        sentence=CELLS_SENTENCE.format(value=text),
        start=start,
        end=start + len(text),
    )


def test_a_refresh_over_thousands_of_claims_runs_a_bounded_number_of_queries(
    django_assert_max_num_queries,
):
    build_database()
    with django_assert_max_num_queries(MAX_QUERIES):
        outcome = refresh_findings()
    assert outcome.added > 2 * MAX_QUERIES
    assert Finding.objects.count() == outcome.added


def test_refreshing_again_keeps_every_finding_in_a_bounded_number_of_queries(
    django_assert_max_num_queries,
):
    build_database()
    first = refresh_findings()
    claims_before = sorted(Finding.claims.through.objects.values_list("finding_id", "claim_id"))
    with django_assert_max_num_queries(MAX_QUERIES):
        again = refresh_findings()
    assert (again.added, again.kept, again.removed) == (0, first.added, 0)
    assert sorted(Finding.claims.through.objects.values_list("finding_id", "claim_id")) == claims_before
