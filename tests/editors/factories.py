"""Articles and claims written straight into the database, so that each test states its figures.

Sentences are real Arabic phrasing of the kind the outlets print; values and dates are chosen per test.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from claims.models import Article, Claim, Source

CELLS_SENTENCE = "وأوضح المصدر أن المكتب المركزي للأبحاث القضائية فكك {value} خلية إرهابية منذ سنة 2002."


def make_article(
    file_name: str, *, outlet: str | None = "هسبريس", published: date | None = None, body: str = ""
):
    body = body or f"نص المقال {file_name}: تفكيك الخلايا الإرهابية بالمغرب."
    return Article.objects.create(
        source=Source.for_name(outlet),
        title=f"مقال {file_name}",
        published=published,
        body=body,
        file_name=file_name,
        content_hash=hashlib.sha256(f"{file_name}|{body}".encode()).hexdigest(),
        encoding="utf-8",
    )


def make_claim(
    article: Article,
    value,
    *,
    metric: str = "cells_dismantled",
    qualifier: str = "exact",
    period_type: str = "since",
    period_start: str = "2002",
    period_end: str = "",
    subset: str = "",
    unit: str = "count",
    org: str = "BCIJ",
    start: int = 10,
    sentence: str | None = None,
) -> Claim:
    value = Decimal(str(value))
    value_text = str(int(value)) if value == int(value) else str(value)
    end = start + len(value_text)
    return Claim.objects.create(
        article=article,
        identity=Claim.make_identity(article.content_hash, start, end, metric),
        metric=metric,
        subset=subset,
        value=value,
        value_text=value_text,
        qualifier=qualifier,
        unit=unit,
        period_type=period_type,
        period_start=period_start,
        period_end=period_end,
        org=org,
        sentence=sentence or CELLS_SENTENCE.format(value=value_text),
        start=start,
        end=end,
    )


def cells_total(file_name: str, value, published: date, *, outlet: str = "هسبريس", **fields) -> Claim:
    """One article stating a running total of cells dismantled since 2002."""
    return make_claim(make_article(file_name, outlet=outlet, published=published), value, **fields)


WOMEN_SENTENCE = "وأحالت المصالح الأمنية {total} شخصا على العدالة، من بينهم {women} امرأة."


def arrests_with_women(article: Article, total, women) -> tuple[Claim, Claim]:
    """A total of people arrested and the women listed under it ("من بينهم") in one sentence."""
    sentence = WOMEN_SENTENCE.format(total=total, women=women)
    at_total = sentence.index(str(total))
    at_women = sentence.index(str(women), at_total + len(str(total)))
    return (
        make_claim(article, total, metric="persons_arrested", start=at_total, sentence=sentence),
        make_claim(
            article, women, metric="persons_arrested", subset="women", start=at_women, sentence=sentence
        ),
    )
