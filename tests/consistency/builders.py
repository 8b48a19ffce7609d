"""Claim records written by hand, as the importer would build them from real articles."""

from __future__ import annotations

from datetime import date
from itertools import count

from claims.consistency.records import ClaimRecord

_ids = count(1)


def claim(
    value: float,
    *,
    published: str | None = "2023-11-01",
    outlet: str | None = "هسبريس",
    metric: str = "cells_dismantled",
    subset: str | None = None,
    qualifier: str = "exact",
    unit: str = "count",
    period: tuple = ("since", "2002"),
    org: str = "DGST",
    article: int | None = None,
    sentence: str = "",
    start: int = 0,
    value_text: str | None = None,
    confidence: float = 1.0,
    as_of: str | None = None,
    copy_of: int | None = None,
    title: str = "",
) -> ClaimRecord:
    """One claim; each claim is its own article unless `article` says otherwise.

    `period` is (type, start) or (type, start, end); a `since` period ends on publication day.
    `copy_of` names the article a wire copy repeats (they are one independent source); `as_of` is
    the date the text gives the figure itself; `title` is the article's title.
    """
    claim_id = next(_ids)
    period_type, period_start, *rest = period
    period_end = rest[0] if rest else None
    if period_type in ("since", "year_to_date", "last_n_years") and period_end is None:
        period_end = published
    return ClaimRecord(
        id=claim_id,
        file=f"{claim_id:03d}_article.txt",
        outlet=outlet,
        published=date.fromisoformat(published) if published else None,
        metric=metric,
        subset=subset,
        value=value,
        qualifier=qualifier,
        unit=unit,
        period_type=period_type,
        period_start=period_start,
        period_end=period_end,
        org=org,
        article_id=article if article is not None else 1000 + claim_id,
        sentence=sentence,
        start=start,
        value_text=value_text if value_text is not None else f"{value:g}",
        confidence=confidence,
        stated_as_of=as_of,
        source_id=copy_of,
        title=title,
    )


def in_sentence(sentence: str, *figures: tuple[str, dict], article: int, base: int = 0) -> list[ClaimRecord]:
    """The claims of one sentence, each placed where its printed figure sits in it.

    `figures` are (text as printed, claim fields) in reading order; `base` is where the sentence
    starts in the article.
    """
    made, cursor = [], 0
    for text, fields in figures:
        at = sentence.index(text, cursor)
        cursor = at + len(text)
        value = fields.pop("value", None)
        value = float(text) if value is None else value
        made.append(
            claim(value, article=article, sentence=sentence, start=base + at, value_text=text, **fields)
        )
    return made


def kinds(findings) -> list[str]:
    return [f.kind for f in findings]
