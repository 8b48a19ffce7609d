"""When a figure was true and what stretch of time it counts.

A running total "since 2002" counts from 1 January 2002 to the day it was published (its
"as of" date); a figure "in 2023" printed in 2024 counts the whole, closed year; the same
figure printed in June 2023 only counts the year so far.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from claims.consistency.records import ClaimRecord
from claims.extraction.normalize import fold

# Periods that end when the article is published: their figure grows with the publication date.
RUNNING_TYPES = frozenset({"since", "year_to_date", "last_n_years"})
# Periods with a fixed end written in the text.
CALENDAR_TYPES = frozenset({"year", "month", "range"})

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
# "Dans son bilan annuel, la DGSN indique …", "وحسب الحصيلة السنوية للمديرية …": a year's review, printed in the
# year's last month, counts the whole year (not the year so far). The article's title may be what names the
# review ("الأمن الوطني: حصيلة سنة 2022", "Le bilan 2023 de la DGSN"); a year it names must be the figure's.
_ANNUAL_REVIEW = re.compile(
    r"bilan\s+(?:annuel|de\s+l'ann[ée]e)|bilan\s+(?:de\s+l'ann[ée]e\s+)?(?:19|20)\d\d(?!\d)|rapport\s+annuel"
    r"|annual\s+(?:review|report|tally|record)|year-end|end-of-year|(?:19|20)\d\d\s+(?:annual\s+)?review"
    r"|(?:ال)?حصيله\s+(?:ال)?سنويه|(?:ال)?تقرير\s+(?:ال)?سنوي|حصيله\s+(?:سنه\s+|عام\s+)?(?:19|20)\d\d"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=4096)  # the same few dozen dates come back for every pair of claims
def parse_iso(text: str | None, *, last_day: bool = False) -> date | None:
    """'2002' → 2002-01-01 (or 2002-12-31 with last_day); '2024-09' → 2024-09-01 / 2024-09-30."""
    if not text:
        return None
    match = _ISO.match(str(text).strip())
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if last_day else 1)
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        day = int(match.group(3))
    else:
        day = calendar.monthrange(year, month)[1] if last_day else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def start_year(claim: ClaimRecord) -> int | None:
    start = parse_iso(claim.period_start)
    return start.year if start else None


def as_of(claim: ClaimRecord) -> date | None:
    """The day the figure speaks for: the date the text gives the figure itself ("the November 2020
    figures spoke of 207": the end of November 2020, never after publication), else the publication
    date, else the end the text gives its period."""
    stated = parse_iso(claim.stated_as_of, last_day=True) if claim.stated_as_of else None
    if stated is not None:
        return min(stated, claim.published) if claim.published is not None else stated
    if claim.published is not None:
        return claim.published
    if claim.period_type in RUNNING_TYPES:
        return parse_iso(claim.period_end, last_day=True)
    return None


def span(claim: ClaimRecord, *, as_whole: bool = False) -> tuple[date, date] | None:
    """First and last day the figure counts, or None when the text does not pin them down.

    "in the last three years" printed in Nov 2020 starts somewhere between Jan 2017 and Nov 2017:
    taken as a part it gets the widest reading, as a whole the narrowest, so that containment
    (part inside whole) is only claimed when it holds under every reading.
    """
    kind = claim.period_type
    if kind in RUNNING_TYPES:
        end = as_of(claim)
        if end is None:
            return None
        if kind == "year_to_date":
            start = parse_iso(claim.period_start) or date(end.year, 1, 1)
        elif kind == "last_n_years" and as_whole:
            first = parse_iso(claim.period_start)
            if first is None:
                return None
            start = _years_before(end, end.year - first.year)
        else:
            start = parse_iso(claim.period_start)
        return (start, end) if start is not None and start <= end else None
    if kind in CALENDAR_TYPES:
        start = parse_iso(claim.period_start)
        end = parse_iso(claim.period_end or claim.period_start, last_day=True)
        if start is None or end is None or start > end:
            return None
        if claim.published is not None and start <= claim.published < end and not year_review(claim):
            end = claim.published  # printed before the period was over: the figure so far
        return start, end
    return None


def so_far_start(claim: ClaimRecord) -> int | None:
    """The year a figure "so far" counts from, when it counts from the first of January of that year to
    the day it speaks for: "since 2002", "depuis le début de l'année", "منذ مطلع 2024", and "in 2024"
    printed while 2024 was running (not its December review: `is_closed`). Such figures can only grow
    with that day, whichever of these words the text uses. None for any other period (the last N
    years slide; a closed year, month or range is fixed)."""
    if claim.period_type in ("since", "year_to_date"):
        start = parse_iso(claim.period_start)
        if start is None and claim.period_type == "year_to_date":
            day = as_of(claim)
            return day.year if day is not None else None
        if start is not None and start.month != 1:
            return None  # "since March 2024" is not the year so far
        return start.year if start is not None else None
    if claim.period_type == "year" and claim.published is not None and not is_closed(claim):
        # (not in its January: "in 2024" printed on 10 January is more often last year's review misdated)
        start = parse_iso(claim.period_start)
        if (
            start is not None
            and start.year == claim.published.year
            and claim.published.month > 1
            and claim.period_end in (None, claim.period_start)
        ):
            return start.year
    return None


def is_closed(claim: ClaimRecord) -> bool:
    """A calendar period that was over when the article appeared (undated pages count as after), or a
    year's review printed in its last month (`year_review`)."""
    if claim.period_type not in CALENDAR_TYPES:
        return False
    end = parse_iso(claim.period_end or claim.period_start, last_day=True)
    return end is not None and (claim.published is None or claim.published >= end or year_review(claim))


def year_review(claim: ClaimRecord) -> bool:
    """A figure for a year in that year's review ("bilan annuel", "الحصيلة السنوية"; `annual_review`), printed in
    its December: the year's count, not the year so far."""
    if claim.period_type != "year" or claim.published is None:
        return False
    start = parse_iso(claim.period_start)
    end = parse_iso(claim.period_end or claim.period_start, last_day=True)
    if start is None or end is None or (start.year, start.month) != (end.year, 1) or end.month != 12:
        return False
    if (claim.published.year, claim.published.month) != (end.year, 12):
        return False
    return annual_review(claim)


def annual_review(claim: ClaimRecord) -> bool:
    """A figure for a year given in that year's review: its sentence, or its article's title, names
    the review ("bilan annuel", "الحصيلة السنوية", "حصيلة سنة 2022"), and a year the title names is
    the figure's own (the 2022 review's title says nothing of a figure for 2021)."""
    if claim.period_type != "year":
        return False
    if claim.sentence and _ANNUAL_REVIEW.search(_fold(claim.sentence)):
        return True
    if not claim.title:
        return False
    match = _ANNUAL_REVIEW.search(_fold(claim.title))
    if match is None:
        return False
    named = _YEAR.findall(match.group(0))
    first = parse_iso(claim.period_start)
    return first is not None and all(int(year) == first.year for year in named)


@lru_cache(maxsize=4096)
def _fold(sentence: str) -> str:
    return fold(sentence)


def contains(whole: tuple[date, date], part: tuple[date, date]) -> bool:
    return whole[0] <= part[0] and part[1] <= whole[1]


def days_between(earlier: date, later: date) -> int:
    return (later - earlier).days


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
