"""Which figures belong to the same running total.

"cells dismantled since 2002" and "cells dismantled since 2015 (BCIJ)" are two series; so are
"persons arrested" and "women arrested". Within one series, a later total can never be lower.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from claims.consistency.periods import as_of, so_far_start, start_year
from claims.consistency.records import ClaimRecord

# Figures that describe a state at one moment (how many are held abroad today) rather than a
# count of events: they may go down, so no rule about running totals applies to them.
STOCK_METRICS = frozenset({"fighters_detained_abroad"})
_STOCK_WORDS = ("detained", "held", "prison", "current", "remaining", "still")


# The Moroccans who left for Syria and Iraq, and those of them who came back, are counted from the
# start of that wave (2011): an undated total ("1,659 Moroccans joined ...", "270 have returned")
# and a total "since 2012" or "since 2013" count the same people, so they form one running total.
# A group's own figure ("99 of the women returned", "241 of them from Syria") has a subset or is
# listed under its total (`arithmetic.breakdown_parts`), and stays out of the wave's series.
# (Not the dead: undated figures of those killed are as often one battle's or one group's.)
WAVE_METRICS = frozenset({"fighters_joined", "returnees"})
WAVE_START = 2011


class SeriesKey(NamedTuple):
    metric: str
    subset: str | None
    unit: str
    start_year: int


def accumulates(metric: str, unit: str) -> bool:
    """A count of events, which can only grow as the period it covers grows."""
    if unit != "count" or metric in STOCK_METRICS:
        return False
    return not any(word in metric for word in _STOCK_WORDS)


def series_key(claim: ClaimRecord) -> SeriesKey | None:
    """The running total a figure belongs to, or None when it is not one we can place in time.

    Only `since` periods join a series (and a year's figure so far, `periods.so_far_start`):
    "cumulative_unspecified" figures might start anywhere, except the foreign fighters'
    (WAVE_METRICS), counted from the wave's start. The start is
    compared by year ("منذ 2002" and "منذ ماي 2002" are the same series).
    """
    if not accumulates(claim.metric, claim.unit) or as_of(claim) is None:
        return None
    if claim.period_type != "since" and so_far_start(claim) is not None:
        # "14 cells since the start of the year" in September, "in 2024" printed in November: the year's
        # count so far, one running total with "since January 2024" (never the wave's)
        return SeriesKey(claim.metric, claim.subset, claim.unit, so_far_start(claim))
    if (
        claim.period_type == "since"
        and so_far_start(claim) is None
        and start_year(claim) == as_of(claim).year
    ):
        return None  # "since March 2024" printed in 2024: neither the year so far nor a long running total
    year = start_year(claim) if claim.period_type == "since" else None
    if claim.metric in WAVE_METRICS and (
        claim.period_type == "cumulative_unspecified" or (year is not None and year >= WAVE_START)
    ):
        return SeriesKey(claim.metric, claim.subset, claim.unit, WAVE_START)
    if claim.period_type != "since" or year is None:
        return None
    return SeriesKey(claim.metric, claim.subset, claim.unit, year)


def running_totals(claims: Iterable[ClaimRecord]) -> dict[SeriesKey, list[ClaimRecord]]:
    """Each series with its figures in the order they were published.

    A figure the text lists as a part of another ("280 returnees, 241 of them from Syria"), even of a
    number the reading did not claim ("137 of those prosecuted: 115 came back"), is not a total of the
    series, whatever its reading says; nor is one the same article overtakes."""
    from claims.consistency.arithmetic import breakdown_parts, listed_under_unread_figure

    claims = list(claims)
    parts = breakdown_parts(claims)
    series: dict[SeriesKey, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if claim.id in parts:
            continue
        key = series_key(claim)
        if key is not None and not listed_under_unread_figure(claim):
            series[key].append(claim)
    for key, figures in series.items():
        # An article that prints a higher total of the same series beside a figure quotes that
        # figure as history ("207 in November 2020; more than 220 today"), dated by the text or not.
        highest: dict[int, float] = {}
        for c in figures:
            highest[c.article_id] = max(highest.get(c.article_id, c.value), c.value)
        series[key] = [c for c in figures if c.value >= highest[c.article_id]]
        series[key].sort(key=lambda c: (as_of(c), c.article_id, c.start, c.id))
    return {key: figures for key, figures in series.items() if figures}
