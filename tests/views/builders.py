"""Articles and claims written straight into the database, so view tests do not depend on the engine."""

from __future__ import annotations

import hashlib
import itertools
from datetime import date
from decimal import Decimal

from claims.models import Article, ArticleCountry, Claim, Country, Source

_counter = itertools.count(1)


def outlet(name: str) -> Source:
    return Source.for_name(name)


def article(
    body: str,
    *,
    title: str = "حصيلة مكافحة الإرهاب",
    source: Source | None = None,
    published: date | None = None,
    language: str = "ar",
) -> Article:
    n = next(_counter)
    digest = hashlib.sha256(f"{n}:{title}:{body}".encode()).hexdigest()
    return Article.objects.create(
        source=source,
        title=title,
        published=published,
        language=language,
        body=body,
        search_text=Article.folded_search_text(title, body),
        file_name=f"article_{n:04d}.txt",
        content_hash=digest,
        encoding="utf-8",
    )


def claim(
    in_article: Article,
    value_text: str,
    *,
    metric: str = "cells_dismantled",
    value: int | str | None = None,
    qualifier: str = "exact",
    period_type: str = "since",
    period_start: str = "2002",
    period_end: str = "",
    org: str = "DGST",
    occurrence: int = 0,
    **fields,
) -> Claim:
    """A claim on the `occurrence`-th place where `value_text` is printed in the article's body."""
    start = -1
    for _ in range(occurrence + 1):
        start = in_article.body.index(value_text, start + 1)
    end = start + len(value_text)
    return Claim.objects.create(
        article=in_article,
        identity=Claim.make_identity(in_article.content_hash, start, end, metric),
        metric=metric,
        value=Decimal(str(value if value is not None else value_text)),
        value_text=value_text,
        qualifier=qualifier,
        period_type=period_type,
        period_start=period_start,
        period_end=period_end,
        period_year=int(period_start[:4]) if period_start[:4].isdigit() else None,
        org=org,
        sentence=_sentence_around(in_article.body, start),
        start=start,
        end=end,
        **fields,
    )


def cites(in_article: Article, text: str, code: str, role: str = ArticleCountry.PARTNER) -> ArticleCountry:
    start = in_article.body.index(text)
    return ArticleCountry.objects.create(
        article=in_article,
        country=Country.for_code(code),
        role=role,
        text=text,
        start=start,
        end=start + len(text),
    )


def _sentence_around(body: str, position: int) -> str:
    start = max(body.rfind(".", 0, position), body.rfind("\n", 0, position)) + 1
    end = body.find(".", position)
    return body[start : end + 1 if end >= 0 else len(body)].strip()


def many_claims(count: int = 36) -> list[Claim]:
    """`count` claims across three outlets, three metrics, two partner countries and several years."""
    outlets = [outlet("هسبريس"), outlet("برلمان"), outlet("أكورا بريس")]
    metrics = ["cells_dismantled", "persons_arrested", "plots_foiled"]
    made = []
    for i in range(count):
        body = (
            f"وأفادت المديرية العامة لمراقبة التراب الوطني أنه تم تفكيك {100 + i} خلية إرهابية منذ سنة 2002، "
            "بتنسيق مع فرنسا وإسبانيا."
        )
        story = article(
            body,
            title=f"حصيلة رقم {i}",
            source=outlets[i % 3],
            published=date(2018 + i % 6, 1 + i % 12, 1 + i % 28),
        )
        cites(story, "فرنسا", "FR")
        if i % 2:
            cites(story, "إسبانيا", "ES")
        made.append(claim(story, str(100 + i), metric=metrics[i % 3]))
    return made
