"""Phrases for explanations a journalist reads: figures as printed, months, outlets."""

from __future__ import annotations

from datetime import date

from claims.consistency.periods import parse_iso
from claims.consistency.records import ClaimRecord

_QUALIFIER_WORDS = {
    "more_than": "more than ",
    "about": "about ",
    "at_least": "at least ",
    "less_than": "fewer than ",
    "at_most": "at most ",
}

_METRIC_WORDS = {
    "cells_dismantled": "cells dismantled",
    "persons_arrested": "people arrested",
    "plots_foiled": "plots foiled",
    "terrorist_attacks": "terrorist attacks",
    "fighters_joined": "fighters who joined conflict zones",
    "fighters_killed": "fighters killed",
    "fighters_detained_abroad": "fighters detained abroad",
    "returnees": "returnees",
    "returnees_arrested": "returnees arrested",
    "joint_operations": "joint operations",
}


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def figure(claim: ClaimRecord) -> str:
    """'more than 200', 'about 185', '207', '40%'."""
    words = _QUALIFIER_WORDS.get(claim.qualifier, "")
    if words == "fewer than " and claim.unit == "percent":
        words = "less than "
    suffix = "%" if claim.unit == "percent" else ""
    return f"{words}{number(claim.value)}{suffix}"


def month_year(day: date | None) -> str:
    return day.strftime("%b %Y") if day else "undated"


def source(claim: ClaimRecord) -> str:
    """Who printed it and when: 'هسبريس, Nov 2023'; the file name stands in for a missing outlet."""
    return f"{claim.outlet or claim.file}, {month_year(claim.published)}"


def cite(claim: ClaimRecord) -> str:
    """'215 (برلمان, Nov 2023)'."""
    return f"{figure(claim)} ({source(claim)})"


def cite_all(claims: list[ClaimRecord]) -> str:
    return and_list([cite(c) for c in claims])


def and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def what(metric: str, subset: str | None = None) -> str:
    """'cells dismantled', 'people arrested (women)'."""
    words = _METRIC_WORDS.get(metric, metric.replace("_", " "))
    return f"{words} ({subset.replace('_', ' ')})" if subset else words


def period(claim: ClaimRecord) -> str:
    """'since 2002', 'in 2023', 'in Sep 2024', 'between 2015 and 2020', 'so far in 2024'."""
    start, end = claim.period_start, claim.period_end
    if claim.period_type == "since" and start:
        return f"since {_as_printed(start)}"
    if claim.period_type == "year" and start:
        return f"in {start[:4]}"
    if claim.period_type == "month" and start:
        return f"in {_as_printed(start)}"
    if claim.period_type == "range" and start and end:
        return f"between {_as_printed(start)} and {_as_printed(end)}"
    if claim.period_type == "year_to_date":
        year = (start or "")[:4] or (str(claim.published.year) if claim.published else "")
        return f"so far in {year}" if year else "so far this year"
    if claim.period_type == "last_n_years" and start and claim.published:
        return f"in the last {claim.published.year - int(start[:4])} years"
    return ""


def _as_printed(iso: str) -> str:
    """'2002' stays '2002'; '2024-09' → 'Sep 2024'; '2025-07-03' → '3 Jul 2025'."""
    day = parse_iso(iso)
    if day is None:
        return iso
    parts = iso.count("-")
    if parts == 0:
        return str(day.year)
    if parts == 1:
        return month_year(day)
    return f"{day.day} {month_year(day)}"
