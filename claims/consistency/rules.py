"""The rules that turn claim records into findings: one function per kind of inconsistency.

Every rule compares intervals (`intervals.interval_for`), never bare numbers, so that bounds and
rounding are respected: 215 then "more than 200" is fine, and so is 207 beside "more than 200".
Each rule is conservative on purpose: it only flags what no reading of the figures can reconcile.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from statistics import median

from claims.consistency import arithmetic, severity, wording
from claims.consistency.intervals import Interval, interval_for
from claims.consistency.periods import (
    CALENDAR_TYPES,
    RUNNING_TYPES,
    as_of,
    contains,
    days_between,
    is_closed,
    parse_iso,
    so_far_start,
    span,
    start_year,
)
from claims.consistency.records import ClaimRecord, Finding, finding_key
from claims.consistency.series import WAVE_METRICS, accumulates, running_totals, series_key
from claims.extraction.normalize import fold

KINDS = (
    "same_period_disagreement",
    "cumulative_decrease",
    "stale_figure",
    "implausible_value",
    "internal_arithmetic",
    "partial_exceeds_whole",
)

# Two figures for a period that ends on publication day speak for the same moment when printed
# within a week of each other; further apart, a running total may honestly have grown.
SAME_MOMENT_DAYS = 7
# A sentence this long printed word for word in two articles makes them copies of one dispatch.
COPY_MIN_CHARS = 60
# A total is stale when at least two other articles had printed a higher one at least this long
# before: the newer figure was established, the article reused an old one.
STALE_AFTER_DAYS = 90
STALE_MIN_OVERTAKING_SOURCES = 1
# A figure is implausible when it is this many times above (or below) the figures printed just
# before and just after it in its series, and no other article prints anything close to it. One other
# source is enough to judge by: "2009 cells since 2002" a few months after another outlet's 207 is out
# of line whether or not a third outlet printed the series (growth explains nothing: `_outpaces`).
SPIKE_FACTOR = 3.0
SPIKE_MADS = 1.0
SPIKE_WINDOW_DAYS = 3 * 365
SPIKE_MIN_SOURCES = 1
SPIKE_NEIGHBOURS = 50
SUPPORT_FACTOR = 1.5
# A count for a closed period is judged against at least this many other sources for that period: a
# single lower figure is as often a part read without its subset as a sign the higher one is misprinted.
CALENDAR_SPIKE_MIN_SOURCES = 2
# A figure for a past year within this share of the running total since that year, printed within
# this many days of it, reads as that total with its period misread.
PERIOD_CONFUSION_SHARE = 0.1
PERIOD_CONFUSION_DAYS = 365
# A total that names no start joins the running total it is within PERIOD_CONFUSION_SHARE of, among
# that series' figures printed within this many days of it (an old total repeated years later).
UNSTATED_START_DAYS = SPIKE_WINDOW_DAYS
# Attributions too vague to say two articles speak for the same source.
VAGUE_ORGS = frozenset({"unspecified", "analyst", "official_unspecified", ""})


Edge = tuple[ClaimRecord, ClaimRecord]


def find_inconsistencies(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Every finding over the claims, each once, in a stable order."""
    claims = read_misread_periods(independent_sources(claims))
    drops = _running_total_drops(claims)
    stale = [f for f in drops if f.kind == "stale_figure"]
    found = [
        *find_same_period_disagreements(claims, stale=stale),
        *[f for f in drops if f.kind == "cumulative_decrease"],
        *stale,
        *find_implausible_values(claims),
        *find_internal_arithmetic(claims),
        *find_partial_exceeds_whole(claims),
    ]
    unique = {finding.key: finding for finding in found}
    return sorted(unique.values(), key=lambda f: (KINDS.index(f.kind), f.metric, sorted(f.claim_ids)))


def independent_sources(claims: Iterable[ClaimRecord]) -> list[ClaimRecord]:
    """The claims, each with its independent source: articles that print the same sentence word for
    word (a wire dispatch and its copies; COPY_MIN_CHARS or longer) are one source, as are those the
    database already knows as copies (`source_id`)."""
    claims = list(claims)
    parent: dict[int, int] = {}

    def root(article: int) -> int:
        parent.setdefault(article, article)
        while parent[article] != article:
            parent[article] = parent[parent[article]]
            article = parent[article]
        return article

    for claim in claims:
        parent[root(claim.article_id)] = root(claim.independent_source)
    first_with: dict[str, int] = {}
    for claim in claims:
        sentence = " ".join(claim.sentence.split())
        if len(sentence) < COPY_MIN_CHARS:
            continue
        other = first_with.setdefault(sentence, claim.article_id)
        if other != claim.article_id:
            parent[root(claim.article_id)] = root(other)
    return [
        claim
        if root(claim.article_id) == claim.independent_source
        else replace(claim, source_id=root(claim.article_id))
        for claim in claims
    ]


# --- same_period_disagreement ---------------------------------------------------------------


def find_same_period_disagreements(
    claims: Iterable[ClaimRecord], stale: list[Finding] | None = None
) -> list[Finding]:
    """Two articles give figures for the same metric and the same period that cannot both hold.

    Same period means the same closed year, month or range, or the same running period
    ("since 2002", "so far in 2024", "in the last three years") printed within a week.

    One conflict, one finding: a running total its own article overtakes is quoted as history (as in
    `series.running_totals`), and a stale figure (`stale`, the stale_figure findings; computed when not
    given) disagrees with the current figures of its week because it is stale: its finding says so, and
    no disagreement repeats it.
    """
    # Only claims with the same metric, subset, unit, period type and period (calendar bounds, or
    # the start year of a running period) can speak for the same period: comparing within those
    # groups instead of within a metric keeps the pairs few on a large database.
    claims = list(claims)
    # a figure the text lists as a part of another, with no subset of its own, is no total another
    # source could contradict
    doubtful = _doubtful(claims) | _bare_parts(claims) | _overtaken_in_own_article(claims)
    if stale is None:
        stale = find_stale_figures(claims)
    by_id = {c.id: c for c in claims}
    overtaking = {f.claim_ids[0]: [by_id[i] for i in f.claim_ids[1:] if i in by_id] for f in stale}
    groups: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if claim.id in doubtful:
            continue
        period = _period_group(claim)
        if period is not None:
            # a year and the range from its January to its December are one period
            kind = "calendar" if claim.period_type in CALENDAR_TYPES else claim.period_type
            groups[(claim.metric, claim.subset, claim.unit, kind, period)].append(claim)
        if claim.period_type != "last_n_years" and so_far_start(claim) is not None:
            # "since January", "so far this year" and "in 2024" printed mid-2024 count the same stretch
            groups[(claim.metric, claim.subset, claim.unit, "so_far", so_far_start(claim))].append(claim)
    edges = []
    for group in groups.values():
        intervals = [_interval(c) for c in group]
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if _same_period(a, b) and not intervals[i].overlaps(intervals[j]):
                    if _far_apart(intervals[i], intervals[j]):
                        continue  # not two counts of one thing: a misread period, metric or figure
                    if _explained_by_staleness(a, b, overtaking) or _explained_by_staleness(b, a, overtaking):
                        continue
                    edges.append((a, b))
    findings = []
    for component in _components(edges):
        sides = _sides(component)
        first = sides[0][0]
        explanation = (
            f"{_subject(first)}: {wording.and_list([_cite_side(side) for side in sides])} — "
            "figures for the same period that cannot all be right"
        )
        ids = tuple(c.id for side in sides for c in side)
        findings.append(_finding("same_period_disagreement", first.metric, ids, explanation, sides))
    return findings


def _overtaken_in_own_article(claims: list[ClaimRecord]) -> set[int]:
    """Running totals below a figure of the same series in the same article: "207 in November 2020; 222
    today" quotes the 207 as history, whether or not the text dates it, so it is nobody's current count."""
    keyed = [(c, series_key(c)) for c in claims]
    highest: dict[tuple, float] = {}
    for claim, key in keyed:
        if key is not None:
            highest[(key, claim.article_id)] = max(
                highest.get((key, claim.article_id), claim.value), claim.value
            )
    return {
        claim.id for claim, key in keyed if key is not None and claim.value < highest[(key, claim.article_id)]
    }


def _explained_by_staleness(
    low: ClaimRecord, high: ClaimRecord, overtaking: dict[int, list[ClaimRecord]]
) -> bool:
    """The lower figure is a stale one and the higher agrees with the totals that overtook it: their
    disagreement is the staleness, already one finding."""
    if low.id not in overtaking or not _interval(low).is_below(_interval(high)):
        return False
    return not any(_interval(high).is_below(_interval(o)) for o in overtaking[low.id])


def _far_apart(a: Interval, b: Interval) -> bool:
    """One figure SPIKE_FACTOR times the other: sources disagreeing on a count do not disagree by
    that much; one of the readings counts something else."""
    low, high = (a, b) if a.is_below(b) else (b, a)
    return low.high * SPIKE_FACTOR <= high.low


def _sides(claims: list[ClaimRecord]) -> list[list[ClaimRecord]]:
    """The figures of one conflict grouped by what they print (qualifier and value), lowest first;
    each side's sources in publication order."""
    by_figure: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        by_figure[(claim.value, claim.qualifier)].append(claim)
    sides = [
        sorted(side, key=lambda c: (c.published or date.min, c.id))
        for _figure, side in sorted(by_figure.items(), key=lambda item: (item[0][0], item[0][1]))
    ]
    return sides


def _cite_side(side: list[ClaimRecord]) -> str:
    """'21 (العمق, Feb 2020; Éco Maroc Hebdo, Jan 2018)': one figure, every source that printed it."""
    return f"{wording.figure(side[0])} ({'; '.join(wording.source(c) for c in side)})"


def _same_period(a: ClaimRecord, b: ClaimRecord) -> bool:
    if a.independent_source == b.independent_source and not _two_bodies_quoted(a, b):
        return False  # one article, or a copy of it: not two sources disagreeing
    if (a.metric, a.subset, a.unit) != (b.metric, b.subset, b.unit):
        return False
    if a.period_type != b.period_type and not {a.period_type, b.period_type} <= CALENDAR_TYPES:
        # the same stretch "so far" in other words: "depuis le début de l'année", "in 2024" printed in June
        start = so_far_start(a)
        return (
            start is not None
            and "last_n_years" not in (a.period_type, b.period_type)
            and start == so_far_start(b)
            and _same_moment(a, b)
        )
    if a.period_type in CALENDAR_TYPES:
        if _calendar_bounds(a) != _calendar_bounds(b) or None in _calendar_bounds(a):
            return False
        if is_closed(a) and is_closed(b):
            return True
    elif a.period_type in RUNNING_TYPES:
        span_a, span_b = span(a), span(b)
        if span_a is None or span_b is None or span_a[0].year != span_b[0].year:
            return False
    else:
        return False
    return _same_moment(a, b)


def _two_bodies_quoted(a: ClaimRecord, b: ClaimRecord) -> bool:
    """One article quoting two named bodies' figures for one closed period ("la DGSN fait état de 14
    cellules en 2023, le ministère de 17"): two sources, even on one page."""
    return (
        a.article_id == b.article_id
        and a.sentence != b.sentence
        and VAGUE_ORGS.isdisjoint((a.org, b.org))
        and a.org != b.org
        and a.period_type == b.period_type == "year"
        and is_closed(a)
        and is_closed(b)
    )


def _period_group(claim: ClaimRecord) -> tuple | None:
    """What two claims must share for `_same_period` to hold; None when it never holds."""
    if claim.period_type in CALENDAR_TYPES:
        bounds = _calendar_bounds(claim)
        return None if None in bounds else bounds
    if claim.period_type in RUNNING_TYPES:
        claim_span = span(claim)
        return None if claim_span is None else (claim_span[0].year,)
    return None


def _calendar_bounds(claim: ClaimRecord) -> tuple:
    return parse_iso(claim.period_start), parse_iso(claim.period_end or claim.period_start, last_day=True)


def _same_moment(a: ClaimRecord, b: ClaimRecord) -> bool:
    if _dated_to_a_year(a) or _dated_to_a_year(b):
        return False  # "2018 : le total atteint 183": some day of 2018, not a moment another figure can share
    day_a, day_b = as_of(a), as_of(b)
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) <= SAME_MOMENT_DAYS


def _dated_to_a_year(claim: ClaimRecord) -> bool:
    return claim.stated_as_of is not None and len(claim.stated_as_of) == 4


# --- cumulative_decrease and stale_figure ---------------------------------------------------


def find_cumulative_decreases(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A running total ("since 2002") printed later is entirely below one printed earlier."""
    return [f for f in _running_total_drops(claims) if f.kind == "cumulative_decrease"]


def find_stale_figures(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A later article prints a running total that at least two earlier articles had overtaken,
    the first of them at least STALE_AFTER_DAYS before: an old figure reused, not a new count."""
    return [f for f in _running_total_drops(claims) if f.kind == "stale_figure"]


def _running_total_drops(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Drops in running totals, grouped around the figure they have in common.

    A figure that many later ones are below is reported once with all of them; a drop to or from a
    figure far out of line with its series is left to `find_implausible_values`.
    """
    claims = list(claims)
    # A figure far out of line with its series (a misprint, or a figure of another series misread
    # as this one) says nothing about the series going down, even when two outlets print it.
    spikes = {spike.id for spike, _references in _spikes(claims, with_supported=True)}
    all_figures = running_totals(claims)
    edges = []
    pinned: dict[int, list[ClaimRecord]] = {}
    for figures in all_figures.values():
        figures = [c for c in figures if c.id not in spikes]
        drops = []
        for i, earlier in enumerate(figures):
            for later in figures[i + 1 :]:
                if later.article_id == earlier.article_id:
                    continue
                if days_between(as_of(earlier), as_of(later)) <= SAME_MOMENT_DAYS:
                    continue  # same moment: a same_period_disagreement, not a drop over time
                if _interval(later).is_below(_interval(earlier)):
                    if _far_apart(_interval(later), _interval(earlier)):
                        continue  # a total does not fall to a third: one reading counts something else
                    drops.append((earlier, later))
        edges += drops
        pinned.update(_pinned_drops(figures, drops))
    findings = []
    for center, others in _stars(edges, prefer=lambda c: (as_of(c), c.id)):
        subject = f"a running total of {_subject(center)}"
        series = [c for c in all_figures[series_key(center)] if c.id not in spikes]
        if all(as_of(o) < as_of(center) for o in others) and _is_stale(center, others, series):
            explanation = (
                f"{wording.cite(center)} repeats an outdated figure for {_subject(center)}: "
                f"{wording.cite_all(others)} had already been reported"
            )
            ids = (center.id, *(o.id for o in others))
            findings.append(_finding("stale_figure", center.metric, ids, explanation, [[center], others]))
            continue
        ordered = sorted([center, *others], key=lambda c: (as_of(c), c.id))
        earlier = [c for c in ordered if as_of(c) <= as_of(center)]
        later = [c for c in ordered if as_of(c) > as_of(center)]
        if not later:  # the center is the lowest, latest figure
            earlier, later = [c for c in ordered if c is not center], [center]
        mids = _pinned_before(later, ordered, pinned)
        if mids:
            earlier = _sorted_by_date([*earlier, *mids])
            ordered = _sorted_by_date([*ordered, *mids])
        explanation = f"{wording.cite_all(earlier)} then {wording.cite_all(later)}: {subject} cannot go down"
        ids = tuple(c.id for c in ordered)
        findings.append(_finding("cumulative_decrease", center.metric, ids, explanation, [earlier, later]))
    return findings


def _pinned_drops(figures: list[ClaimRecord], drops: list[Edge]) -> dict[int, list[ClaimRecord]]:
    """Drops hidden by rounding, once an earlier total pins the series: "97" (2024), then "100"
    (2025), then "96". Alone, a round 100 may stand for 95..105 and 96 fits it; but a running total
    cannot go down, so after 97 the 100 stands for 97..105, and the 96 that falls below the 97 falls
    below it too. For each fallen total (the later end of a drop), the figures printed between the
    drop's two ends, above it as printed and not themselves below the earlier end. (Only drops the
    series already has: this never makes a finding, it names every figure a fallen total contradicts.)"""
    into: dict[int, list[ClaimRecord]] = defaultdict(list)
    for earlier, later in drops:
        into[later.id].append(earlier)
    found: dict[int, list[ClaimRecord]] = {}
    by_id = {c.id: c for c in figures}
    for later_id, pins in into.items():
        later = by_id[later_id]
        fallen = _interval(later)
        linked = {c.id for c in pins}
        mids = []
        for mid in figures:
            if mid.id in linked or mid.id == later.id or mid.article_id == later.article_id:
                continue
            if as_of(mid) >= as_of(later) or days_between(as_of(mid), as_of(later)) <= SAME_MOMENT_DAYS:
                continue
            if not (fallen.high < mid.value or (fallen.high == mid.value and fallen.high_open)):
                continue  # as printed, it is not above the fallen total ("more than 90" before 96)
            if _far_apart(fallen, _interval(mid)):
                continue
            if any(as_of(pin) <= as_of(mid) and not _interval(mid).is_below(_interval(pin)) for pin in pins):
                mids.append(mid)
        if mids:
            found[later_id] = mids
    return found


def _pinned_before(
    fallen: list[ClaimRecord], shown: list[ClaimRecord], pinned: dict[int, list[ClaimRecord]]
) -> list[ClaimRecord]:
    """The pinned figures (`_pinned_drops`) every fallen total of a finding contradicts, printed before
    all of them, that the finding does not show yet."""
    if not fallen or any(c.id not in pinned for c in fallen):
        return []
    first_fall = min(as_of(c) for c in fallen)
    shown_ids = {c.id for c in shown} | {c.id for c in fallen}
    common = set.intersection(*({m.id for m in pinned[c.id]} for c in fallen))
    return [
        m for m in pinned[fallen[0].id] if m.id in common and m.id not in shown_ids and as_of(m) < first_fall
    ]


def _sorted_by_date(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    return sorted(claims, key=lambda c: (as_of(c), c.id))


def _is_stale(figure: ClaimRecord, overtaking: list[ClaimRecord], series: list[ClaimRecord]) -> bool:
    """An old figure reused: another article had printed it before the newer totals appeared, and
    an independent source had overtaken it at least STALE_AFTER_DAYS before this article. A total
    that falls to a figure nobody printed before is a cumulative_decrease, not a stale figure.
    (The same figure as printed: "1600", a round figure, is not "1645" repeated.)"""
    clearly_earlier = [o for o in overtaking if days_between(as_of(o), as_of(figure)) >= STALE_AFTER_DAYS]
    if len({o.independent_source for o in clearly_earlier}) < STALE_MIN_OVERTAKING_SOURCES:
        return False
    first_overtaking = min(as_of(o) for o in overtaking)
    return any(
        c.article_id != figure.article_id
        and as_of(c) < first_overtaking
        and (c.value, c.qualifier) == (figure.value, figure.qualifier)
        for c in series
    )


# --- implausible_value ----------------------------------------------------------------------


def find_implausible_values(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A running total far outside what the other sources of its series print around the same time,
    and that no other figure comes close to: "2009 cells" among 207s and 210s, "more than 2,000
    cells" when every other source gives 200-odd (a bound counts: its bound is already too far)."""
    claims = list(claims)
    findings = []
    for spike, references in _spikes(claims):
        middle = median(c.value for c in references)
        if spike.value < middle:
            # far too low: a part, a subgroup or another count misread as the total more often
            # than a misprint; kept out of the drops (`_doubtful`), not reported as a misprint
            continue
        explanation = (
            f"{wording.cite(spike)} for {_subject(spike)} is far out of line with the "
            f"{_others_around(references)}{wording.cite_all(references[:4])}"
            f"{' and others' if len(references) > 4 else ''}), and no other source comes close: "
            "probably a misprint"
        )
        ids = (spike.id, *(c.id for c in references))
        findings.append(_finding("implausible_value", spike.metric, ids, explanation, [[spike], references]))
    for spike, references in _calendar_spikes(claims) + _undated_spikes(claims):
        explanation = (
            f"{wording.cite(spike)} for {_subject(spike)} is more than {wording.number(SPIKE_FACTOR)} times "
            f"what every other source gives ({wording.cite_all(references[:4])}{' and others' if len(references) > 4 else ''}): "
            "probably a misprint, or another count read as this one"
        )
        ids = (spike.id, *(c.id for c in references))
        findings.append(_finding("implausible_value", spike.metric, ids, explanation, [[spike], references]))
    return findings


def _calendar_spikes(claims: Iterable[ClaimRecord]) -> list[tuple[ClaimRecord, list[ClaimRecord]]]:
    """(figure, the other sources' figures for its period) for a count of a closed year, month or range
    more than SPIKE_FACTOR times what every other source gives for that period, judged by at least
    CALENDAR_SPIKE_MIN_SOURCES of them: "140 cells in 2023" beside two outlets' 14. Too far apart to be a
    same_period_disagreement (`_far_apart`: one of them counts something else), and the lone high figure is
    the odd one. One other source is enough when it agrees with the figure's article on another period of the
    same count (`_agree_elsewhere`: two year-by-year lists that match but for one year). Figures far below the
    others are left alone, as in running totals.
    """
    claims = list(claims)
    doubtful = _bare_parts(claims)
    groups: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if claim.id in doubtful or claim.unit != "count" or claim.period_type not in CALENDAR_TYPES:
            continue
        bounds = _calendar_bounds(claim)
        if None not in bounds and is_closed(claim):
            groups[(claim.metric, claim.subset, bounds)].append(claim)
    by_count: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for (metric, subset, _bounds), group in groups.items():
        by_count[(metric, subset)] += group
    spikes = []
    for group in groups.values():
        for figure in group:
            references = [c for c in group if c.independent_source != figure.independent_source]
            sources = {c.independent_source for c in references}
            if len(sources) < CALENDAR_SPIKE_MIN_SOURCES and not (
                sources and all(_agree_elsewhere(figure, source, by_count) for source in sources)
            ):
                continue  # one lower figure may be a part read without its subset ("58 for incitement")
            low = _interval(figure).low
            if low > SPIKE_FACTOR * max(_interval(c).high for c in references):
                references.sort(key=lambda c: (c.published or date.min, c.id))
                spikes.append((figure, references))
    return spikes


def _agree_elsewhere(figure: ClaimRecord, source: int, by_count: dict[tuple, list[ClaimRecord]]) -> bool:
    """Whether the figure's article and `source` print the same count for another period and agree on it: two
    year-by-year lists that match but for one year ("21 in 2015, 190 in 2016, 9 in 2017" against "21, 19, 9")
    count the same thing, so the lone other source is enough to judge the odd year by."""
    bounds = _calendar_bounds(figure)
    own = [
        c
        for c in by_count[(figure.metric, figure.subset)]
        if c.article_id == figure.article_id and _calendar_bounds(c) != bounds
    ]
    others = [c for c in by_count[(figure.metric, figure.subset)] if c.independent_source == source]
    return any(
        _calendar_bounds(a) == _calendar_bounds(b) and _interval(a).overlaps(_interval(b))
        for a in own
        for b in others
    )


def _undated_spikes(claims: Iterable[ClaimRecord]) -> list[tuple[ClaimRecord, list[ClaimRecord]]]:
    """(figure, the other sources' figures) for a total naming no period and joining no running total
    (`read_misread_periods`) more than SPIKE_FACTOR times what at least CALENDAR_SPIKE_MIN_SOURCES other
    sources print for the same count within SPIKE_WINDOW_DAYS of it, when those sources agree among
    themselves (within SUPPORT_FACTOR of one another): "7450 killed" beside three outlets' 745. A bound
    vouches for its printed figure only ("more than 740" allows 7450 but does not support it). Sources that
    disagree among themselves give no count to judge by (one of them counts a group or one battle), and a
    figure far below them is a part, as in running totals."""
    claims = list(claims)
    doubtful = _bare_parts(claims)
    groups: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if (
            claim.id in doubtful
            or claim.period_type != "cumulative_unspecified"
            or not accumulates(claim.metric, claim.unit)
            or series_key(claim) is not None
            or as_of(claim) is None
        ):
            continue
        groups[(claim.metric, claim.subset, claim.unit)].append(claim)
    spikes = []
    for group in groups.values():
        group.sort(key=lambda c: (as_of(c), c.id))
        days = [as_of(c).toordinal() for c in group]
        for index, figure in enumerate(group):
            first = max(bisect.bisect_left(days, days[index] - SPIKE_WINDOW_DAYS), index - SPIKE_NEIGHBOURS)
            last = min(
                bisect.bisect_right(days, days[index] + SPIKE_WINDOW_DAYS), index + SPIKE_NEIGHBOURS + 1
            )
            references = [c for c in group[first:last] if c.independent_source != figure.independent_source]
            if len({c.independent_source for c in references}) < CALENDAR_SPIKE_MIN_SOURCES:
                continue
            values = [c.value for c in references]
            if min(values) <= 0 or max(values) > SUPPORT_FACTOR * min(values):
                continue  # no agreed count to judge it by
            if _interval(figure).low > SPIKE_FACTOR * max(values):
                spikes.append((figure, references))
    return spikes


def _others_around(references: list[ClaimRecord]) -> str:
    if len(references) == 1:
        return "other figure of its series printed around the same time ("
    return (
        f"{len(references)} other figures printed around the same time "
        f"(median {wording.number(median(c.value for c in references))}: "
    )


def _spikes(
    claims: Iterable[ClaimRecord], *, with_supported: bool = False
) -> list[tuple[ClaimRecord, list[ClaimRecord]]]:
    """(figure, the figures it is judged against) for each figure that breaks its series.

    A figure is judged against the other articles' figures of its series printed within
    SPIKE_WINDOW_DAYS of it, from at least SPIKE_MIN_SOURCES independent sources: robust
    statistics (median and median absolute deviation), so that one odd neighbour decides nothing.
    It breaks the series when every reading of it is SPIKE_FACTOR times above the median (or below
    a third of it), more than SPIKE_MADS deviations away, and where growth cannot explain it (above
    a figure printed after it, or below one printed before it, by SPIKE_FACTOR), and no other figure
    of the series is within SUPPORT_FACTOR of it (`with_supported`: even then, for the rules that must not read an
    out-of-line figure as a drop of the series).
    """
    spikes = []
    for figures in running_totals(claims).values():
        # figures are in time order: the window around each is a slice, at most SPIKE_NEIGHBOURS on
        # each side, so that a series of thousands of figures costs thousands of small medians
        days = [as_of(c).toordinal() for c in figures]
        by_value = sorted(figures, key=lambda c: c.value)
        values_sorted = [c.value for c in by_value]
        for index, figure in enumerate(figures):
            first = max(bisect.bisect_left(days, days[index] - SPIKE_WINDOW_DAYS), index - SPIKE_NEIGHBOURS)
            last = min(
                bisect.bisect_right(days, days[index] + SPIKE_WINDOW_DAYS), index + SPIKE_NEIGHBOURS + 1
            )
            references = [c for c in figures[first:last] if c.article_id != figure.article_id]
            if len({c.independent_source for c in references}) < SPIKE_MIN_SOURCES:
                # too few neighbours in the window: the series' own past, however far back, may still
                # show that no pace of its could reach the figure (`_outpaces`)
                earlier = [
                    c
                    for c in figures[max(0, index - SPIKE_NEIGHBOURS) : index]
                    if c.article_id != figure.article_id
                ]
                low = _interval(figure).low
                if (
                    len({c.independent_source for c in earlier}) >= SPIKE_MIN_SOURCES
                    and low > SPIKE_FACTOR * median(c.value for c in earlier)
                    and _outpaces(figure, low, as_of(figure), earlier)
                    and (with_supported or not _supported(figure, by_value, values_sorted))
                ):
                    spikes.append((figure, sorted(earlier, key=lambda c: (as_of(c), c.id))))
                continue
            values = [c.value for c in references]
            middle = median(values)
            spread = max(1.4826 * median(abs(v - middle) for v in values), 0.05 * middle, 1.0)
            value = _interval(figure)
            moment = as_of(figure)
            # growth explains a high figure unless one printed after it is far lower, and a low one
            # unless one printed before it is far higher: a series that only grows never breaks
            too_high = (
                value.low > SPIKE_FACTOR * middle
                and value.low - middle > SPIKE_MADS * spread
                and (
                    any(
                        as_of(c) > moment and _interval(c).high * SPIKE_FACTOR < value.low for c in references
                    )
                    or _outpaces(figure, value.low, moment, references)
                )
            )
            too_low = (
                value.high * SPIKE_FACTOR < middle
                and middle - value.high > SPIKE_MADS * spread
                and any(
                    as_of(c) < moment and _interval(c).low > SPIKE_FACTOR * value.high for c in references
                )
            )
            if (too_high or too_low) and (with_supported or not _supported(figure, by_value, values_sorted)):
                references.sort(key=lambda c: (as_of(c), c.id))
                spikes.append((figure, references))
    return spikes


def _outpaces(figure: ClaimRecord, low: float, moment, references: list[ClaimRecord]) -> bool:
    """A running total since a stated year that the pace of its own series cannot reach: the latest
    figure printed before it, grown at the average yearly pace it took since the start ("95 cells since
    2015" in 2023 is about 11 a year), falls SPIKE_FACTOR times short of it ("980" a year later). The
    last figure of a series has no later one to be above; its own past says it is out of line."""
    if figure.period_type != "since" or not figure.period_start or not figure.period_start[:4].isdigit():
        return False
    start = date(int(figure.period_start[:4]), 1, 1)
    earlier = [c for c in references if as_of(c) < moment and c.value > 0]
    if not earlier:
        return False
    latest = max(earlier, key=lambda c: (as_of(c), c.value))
    age_then = max((as_of(latest) - start).days / 365.25, 1.0)
    age_now = max((moment - start).days / 365.25, 1.0)
    return low > SPIKE_FACTOR * latest.value * age_now / age_then


def _supported(figure: ClaimRecord, by_value: list[ClaimRecord], values: list[float]) -> bool:
    """Another article's figure of the series close to this one: its printed value within
    SUPPORT_FACTOR of this one's readings ("more than 1500" supports 2009; "more than 200" allows
    2009 but does not vouch for it). `by_value` is the series sorted by value, `values` its values."""
    value = _interval(figure)
    high = value.high if value.high != float("inf") else value.low
    first = bisect.bisect_left(values, value.low / SUPPORT_FACTOR)
    last = bisect.bisect_right(values, high * SUPPORT_FACTOR)
    return any(c.article_id != figure.article_id for c in by_value[first:last])


# --- internal_arithmetic --------------------------------------------------------------------


def find_internal_arithmetic(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Within one article, a total that disagrees with its own explicit breakdown (`arithmetic`):
    a part above its total, parts that cannot overlap adding up to more, a complete split whose
    exact parts add up to another number; and shares of one split in one sentence above 100%.

    Figures that only share an article are never compared: parts adding up to less than a total
    are a partial listing, and a figure is a part only of the total it is listed under.
    """
    claims = list(claims)
    findings = []
    for problem in arithmetic.problems(claims):
        total, parts = problem.total, problem.parts
        if problem.how == "part_above_total":
            [part] = parts
            explanation = (
                f"{_part_name(part, total)} is more than the {wording.figure(total)} "
                f"{_subject(total)} it is listed under, in the same article ({wording.source(total)})"
            )
        elif problem.how == "parts_above_total":
            explanation = (
                f"{wording.and_list([_part_name(p, total) for p in parts])} add up to "
                f"{wording.number(problem.parts_sum)}, more than the {wording.figure(total)} "
                f"{_subject(total)} they break down in the same article ({wording.source(total)})"
            )
        else:
            explanation = (
                f"{wording.and_list([_part_name(p, total) for p in parts])} add up to "
                f"{wording.number(problem.parts_sum)}, not the {wording.figure(total)} "
                f"{_subject(total)} they break down in the same article ({wording.source(total)})"
            )
        findings.append(
            _finding(
                "internal_arithmetic",
                total.metric,
                (total.id, *(p.id for p in parts)),
                explanation,
                # a breakdown is as sure as its least sure figure, all from one article
                [[total], [min(parts, key=lambda p: p.confidence)]],
                gap=abs(problem.parts_sum - total.value) / max(total.value, problem.parts_sum, 1.0),
            )
        )
    findings += _shares_above_hundred(claims)
    return list({f.key: f for f in findings}.values())


def _part_name(part: ClaimRecord, total: ClaimRecord) -> str:
    """'1120 (syria)' beside its total, '745 fighters killed' for another metric, '7' for a bare part."""
    if part.metric == total.metric:
        return (
            f"{wording.figure(part)} ({part.subset.replace('_', ' ')})"
            if part.subset
            else wording.figure(part)
        )
    return f"{wording.figure(part)} {wording.what(part.metric, part.subset)}"


def _shares_above_hundred(claims: list[ClaimRecord]) -> list[Finding]:
    """Percentages of one split given in one sentence (Syria, Iraq, Libya) cannot add up to more than 100%."""
    shares = [c for c in claims if c.unit == "percent" and c.subset]
    groups: dict[tuple, dict[str, ClaimRecord]] = defaultdict(dict)
    for share in sorted(shares, key=lambda c: (c.article_id, c.start, c.id)):
        family = next((f for f in arithmetic.DISJOINT_SUBSETS if share.subset in f), None)
        if family is None and (share.subset.endswith("_linked") or share.subset == arithmetic.AUTONOMOUS):
            family = "affiliations"  # linked to one group, or to none: "80% liées à Daech, 30% au Sahel"
        if family is None:
            continue
        key = (share.article_id, share.sentence, share.metric, family)
        groups[key].setdefault(share.subset, share)
    findings = []
    for group in groups.values():
        members = list(group.values())
        if len(members) < 2 or sum(_interval(c).low for c in members) <= 100:
            continue
        first = members[0]
        listed = ", ".join(f"{wording.figure(c)} {c.subset.replace('_', ' ')}" for c in members)
        explanation = (
            f"{listed}: shares of {wording.what(first.metric)} that add up to "
            f"{wording.number(round(sum(c.value for c in members), 1))}% in the same article "
            f"({wording.source(first)})"
        )
        weakest = min(members, key=lambda c: c.confidence)
        gap = (sum(c.value for c in members) - 100) / 100
        ids = tuple(c.id for c in members)
        findings.append(_finding("internal_arithmetic", first.metric, ids, explanation, [[weakest]], gap=gap))
    return findings


# --- partial_exceeds_whole ------------------------------------------------------------------


def find_partial_exceeds_whole(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A source's figure for part of a period is above its own later figure for the whole period:
    e.g. 14 cells "so far in 2024" in September, then 12 cells "in 2024" the next January.

    Same source means the same outlet, or the same named body (`_source_keys`); the whole is a closed
    calendar period printed after the part. Two figures of one running total ("since 2002") are left
    to the cumulative rules.
    """
    claims = list(claims)
    doubtful = _doubtful(claims) | _bare_parts(claims)
    edges = []
    for part, whole in _same_source_containments(claims):
        if series_key(part) is not None and series_key(part) == series_key(whole):
            continue
        if part.id in doubtful or whole.id in doubtful:
            continue
        if _far_apart(_interval(whole), _interval(part)):
            continue  # a part-year figure three times the year's counts something else
        if whole.period_type not in CALENDAR_TYPES or not is_closed(whole):
            continue  # the whole is a closed year, month or range: the part was a figure so far
        if part.published and whole.published and part.published > whole.published:
            continue  # the part-period figure came first, the whole period's later
        edges.append((part, whole))
    findings = []
    part_of = {(p.id, w.id) for p, w in edges}
    for center, others in _stars(edges, prefer=lambda c: (as_of(c) or date.min, c.id)):
        parts = [o for o in others if (o.id, center.id) in part_of]
        wholes = [o for o in others if (center.id, o.id) in part_of]
        if wholes:  # the center is a part (of these wholes, perhaps also the whole of others)
            parts.append(center)
        else:
            wholes = [center]
        sides = [*parts, *wholes]
        outlets = {fold(c.outlet.strip()) if c.outlet else None for c in sides}
        orgs = {c.org for c in sides}
        # outlets relaying one body's figures: name the body ("from the same source, the DGSN")
        body = f", the {next(iter(orgs))}" if (len(outlets) > 1 or None in outlets) and len(orgs) == 1 else ""
        explanation = (
            f"{wording.what(center.metric, center.subset)}: {_cite_periods(parts)} for part of the "
            f"period, yet {_cite_periods(wholes)} for the whole of it from the same source{body} — "
            "a part cannot exceed the whole"
        )
        ids = tuple(c.id for c in [*parts, *wholes])
        findings.append(_finding("partial_exceeds_whole", center.metric, ids, explanation, [parts, wholes]))
    return findings


def _same_source_containments(claims: list[ClaimRecord]) -> list[Edge]:
    """(part, whole) pairs from the same source: the part counts events within the whole's period
    (strictly shorter) and of the same kind, yet every reading of the part is above every reading
    of the whole.

    Comparing every pair of a metric is quadratic in the size of the database, so wholes are
    indexed by metric, source (outlet, named organisation) and subset, and sorted by the top of
    their interval: a whole can only be below a part if its top is at most the part's bottom.
    """
    facts = {}
    index: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if not accumulates(claim.metric, claim.unit) or span(claim) is None:
            continue
        facts[claim.id] = (span(claim), span(claim, as_whole=True), _interval(claim))
        for source in _source_keys(claim):
            index[(claim.metric, source, claim.subset)].append(claim)
    tops = {}
    for key, wholes in index.items():
        wholes.sort(key=lambda c: facts[c.id][2].high)
        tops[key] = [facts[c.id][2].high for c in wholes]
    pairs = []
    for part in claims:
        if part.id not in facts:
            continue
        part_span, _, part_value = facts[part.id]
        seen = set()
        for source in _source_keys(part):
            for subset in dict.fromkeys((None, part.subset)):
                key = (part.metric, source, subset)
                wholes = index.get(key, ())
                for whole in wholes[: bisect.bisect_right(tops[key], part_value.low)] if wholes else ():
                    if whole.id in seen or whole is part or whole.article_id == part.article_id:
                        continue
                    seen.add(whole.id)
                    whole_as_part, whole_span, whole_value = facts[whole.id]
                    if (
                        whole_span is None
                        or part_span == whole_as_part
                        or not contains(whole_span, part_span)
                    ):
                        continue
                    if whole_value.is_below(part_value):
                        pairs.append((part, whole))
    return pairs


def _source_keys(claim: ClaimRecord) -> list[tuple]:
    """Two claims are from the same source when they come from the same outlet (folded), or give the
    figures of the same named body, whichever outlets relay them: the DGSN's 9 cells "by the end of
    June" and the DGSN's 7 "for the year" cannot both be its count, whether one outlet printed both
    or two did (a body's review of the year, `annual_review`, being only the plainest case). A vague
    attribution ("sources", an analyst, "official figures") names no body, so it is never the same
    source as another outlet's."""
    keys = [("outlet", fold(claim.outlet.strip()))] if claim.outlet else []
    if claim.org not in VAGUE_ORGS:
        keys.append(("body", claim.org))
    return keys


def _cite_periods(claims: list[ClaimRecord]) -> str:
    cited = [f"{wording.figure(c)} {wording.period(c)} ({wording.source(c)})" for c in claims]
    return cited[0] if len(cited) == 1 else ", ".join(cited[:-1]) + " and " + cited[-1]


# --- figures too doubtful to accuse others -------------------------------------------------


def _doubtful(claims: list[ClaimRecord]) -> set[int]:
    """Running totals far out of line with their series (`_spikes`, even when another outlet repeats
    them): kept out of the rules that compare periods; they are the implausible-value rule's business."""
    return {spike.id for spike, _references in _spikes(claims, with_supported=True)}


def _bare_parts(claims: list[ClaimRecord]) -> set[int]:
    """Figures listed as parts of another that the reading gives no subset: read as totals, they
    would contradict every source's total ("137 ...: 115 from Syria" read as 115 returnees). A part of another
    metric ("19 returned, 14 of them arrested") is a whole figure of its own metric, not a bare part."""
    parts = arithmetic.breakdown_parts(claims, same_metric=True)
    return {c.id for c in claims if c.id in parts and c.subset is None}


def read_misread_periods(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """A figure for a past year that matches the running total since that year printed around the
    same time is read as that total: "96 cells in 2015" printed in 2024, when the total since 2015
    stood at 96, is the total with its period misread ("since its creation in 2015"), not a count
    for 2015. It then joins its series, where it can be compared (and found stale).

    A figure that cannot be that year's count, being above a total since that year printed after the year
    was over (`_above_a_total_since_the_year`), is matched against the series as a total naming no start
    is: within UNSTATED_START_DAYS, for its year no longer says when it was true.

    So is a total that names no start ("Morocco has dismantled 207 terror cells", cumulative_unspecified)
    when it matches the running total since one year printed around the same time, and that one only:
    the record it repeats, or contradicts ("207" a year after "215 since 2002"). A total near no series
    ("the BCIJ's 96" beside the 215s since 2002) stays out of every series."""
    totals: dict[tuple, tuple[list[int], list[ClaimRecord]]] = {}
    by_thing: dict[tuple, list[int]] = defaultdict(list)
    for key, figures in running_totals(claims).items():  # in time order
        figures = [c for c in figures if c.period_type == "since" or c.metric in WAVE_METRICS]
        if not figures:
            continue
        days = [as_of(c).toordinal() for c in figures]
        totals[(key.metric, key.subset, key.unit, key.start_year)] = (days, figures)
        by_thing[(key.metric, key.subset, key.unit)].append(key.start_year)
    read = []
    for claim in claims:
        if claim.period_type == "year" and claim.published is not None:
            year = start_year(claim)
            series = totals.get((claim.metric, claim.subset, claim.unit, year))
            if (
                year is not None
                and claim.published.year > year + 1
                and (
                    _matches_series(claim, series, claim.published)
                    or (
                        _above_a_total_since_the_year(claim, series, year)
                        and _matches_series(claim, series, claim.published, UNSTATED_START_DAYS)
                    )
                )
            ):
                claim = replace(
                    claim, period_type="since", period_start=str(year), period_end=claim.published.isoformat()
                )
        elif claim.period_type == "cumulative_unspecified" and claim.metric not in WAVE_METRICS:
            day = as_of(claim)
            years = [
                year
                for year in by_thing.get((claim.metric, claim.subset, claim.unit), ())
                if day is not None
                and _matches_series(
                    claim, totals[(claim.metric, claim.subset, claim.unit, year)], day, UNSTATED_START_DAYS
                )
            ]
            if len(years) == 1:
                claim = replace(
                    claim,
                    period_type="since",
                    period_start=str(years[0]),
                    period_end=claim.period_end or (claim.published or day).isoformat(),
                )
        read.append(claim)
    return read


def _above_a_total_since_the_year(
    claim: ClaimRecord, series: tuple[list[int], list[ClaimRecord]] | None, year: int
) -> bool:
    """No count of that year: above a running total since the year's first day printed after its last day
    ("92 cells in 2015" when the total since 2015 stood at 83 in 2021), which counts the whole year and more."""
    if series is None:
        return False
    year_end = date(year, 12, 31)
    figure = _interval(claim)
    return any(
        total.article_id != claim.article_id
        and as_of(total) >= year_end
        and _interval(total).is_below(figure)
        for total in series[1]
    )


def _matches_series(
    claim: ClaimRecord,
    series: tuple[list[int], list[ClaimRecord]] | None,
    day: date,
    within_days: int = PERIOD_CONFUSION_DAYS,
) -> bool:
    """A total of the series printed within `within_days` of the day is within PERIOD_CONFUSION_SHARE
    of the claim's figure."""
    if series is None:
        return False
    days, figures = series
    first = bisect.bisect_left(days, day.toordinal() - within_days)
    last = bisect.bisect_right(days, day.toordinal() + within_days)
    return any(
        abs(total.value - claim.value) <= PERIOD_CONFUSION_SHARE * total.value
        for total in figures[first:last]
    )


# --- shared helpers -------------------------------------------------------------------------


def _interval(claim: ClaimRecord) -> Interval:
    return interval_for(claim.value, claim.qualifier, claim.unit)


def _subject(claim: ClaimRecord) -> str:
    """'cells dismantled since 2002'."""
    return " ".join(p for p in (wording.what(claim.metric, claim.subset), wording.period(claim)) if p)


def _finding(
    kind: str,
    metric: str,
    ids: tuple[int, ...],
    explanation: str,
    sides: list[list[ClaimRecord]],
    gap: float | None = None,
) -> Finding:
    """A finding scored from its sides (`severity.score`): who says what, how far apart."""
    key = finding_key(kind, metric, (str(i) for i in ids))
    return Finding(kind, metric, ids, explanation, key, severity.score(sides, gap))


def _components(edges: list[Edge]) -> list[list[ClaimRecord]]:
    """Claims linked by conflicts, each group once: one conflict, one finding."""
    by_id = {c.id: c for edge in edges for c in edge}
    parent = {cid: cid for cid in by_id}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    for a, b in edges:
        parent[root(a.id)] = root(b.id)
    groups: dict[int, list[ClaimRecord]] = defaultdict(list)
    for cid in sorted(by_id):
        groups[root(cid)].append(by_id[cid])
    return list(groups.values())


def _stars(
    edges: list[Edge], prefer: Callable[[ClaimRecord], object] = lambda c: c.id
) -> list[tuple[ClaimRecord, list[ClaimRecord]]]:
    """Group conflicting pairs around the claims they share, so that a figure at odds with five
    others is one finding with six claims rather than five findings. Greedy: the claim in most
    conflicts first (ties: the highest `prefer`), with every claim it conflicts with."""
    by_id = {c.id: c for edge in edges for c in edge}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in edges:
        if a.id != b.id:
            neighbours[a.id].add(b.id)
            neighbours[b.id].add(a.id)
    # A heap of (degree, prefer, id), largest first; an entry whose degree is out of date is
    # skipped when popped, and the claim's current degree was pushed when it changed.
    heap = [_Largest((len(n), prefer(by_id[cid]), cid)) for cid, n in neighbours.items()]
    heapq.heapify(heap)
    stars = []
    while heap:
        degree, _preferred, center = heapq.heappop(heap).key
        if degree == 0 or degree != len(neighbours[center]):
            continue
        others = sorted(neighbours.pop(center))
        for other in others:
            neighbours[other].discard(center)
            heapq.heappush(heap, _Largest((len(neighbours[other]), prefer(by_id[other]), other)))
        stars.append((by_id[center], [by_id[o] for o in others]))
    return stars


class _Largest:
    """Orders a heap entry so that heapq (a min-heap) pops the largest key first."""

    __slots__ = ("key",)

    def __init__(self, key: tuple) -> None:
        self.key = key

    def __lt__(self, other: _Largest) -> bool:
        return self.key > other.key
