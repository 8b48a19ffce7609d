"""The rules that turn claim records into findings: one function per kind of inconsistency.

Every rule compares intervals (`intervals.interval_for`), never bare numbers, so that bounds and
rounding are respected: 215 then "more than 200" is fine, and so is 207 beside "more than 200".
Each rule is conservative on purpose: it only flags what no reading of the figures can reconcile.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from claims.consistency import wording
from claims.consistency.intervals import Interval, interval_for
from claims.consistency.periods import (
    CALENDAR_TYPES,
    RUNNING_TYPES,
    as_of,
    contains,
    days_between,
    is_closed,
    parse_iso,
    span,
    start_year,
)
from claims.consistency.records import ClaimRecord, Finding, finding_key
from claims.consistency.series import accumulates, running_totals, series_key
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
# A total is stale when at least two other articles had printed a higher one at least this long
# before: the newer figure was established, the article reused an old one.
STALE_AFTER_DAYS = 90
STALE_MIN_OVERTAKING_ARTICLES = 2
# A figure is implausible when it is this many times above (or below) the figures printed just
# before and just after it in its series, and no other article prints anything close to it.
SPIKE_FACTOR = 3.0
SUPPORT_FACTOR = 1.5
PACE_FACTOR = 10.0
# Attributions too vague to say two articles speak for the same source.
VAGUE_ORGS = frozenset({"unspecified", "analyst", "official_unspecified", ""})

# Subsets that cannot overlap, so their counts add up to at most the total.
DISJOINT_SUBSETS = (
    frozenset({"syria", "iraq", "libya", "sahel", "mali", "somalia", "afghanistan", "yemen"}),
    frozenset({"women", "men"}),
    frozenset({"minors", "adults"}),
)
# Metrics that count a part of another metric's people: (part → whole).
PART_OF_METRIC = {
    "fighters_killed": "fighters_joined",
    "returnees": "fighters_joined",
    "fighters_detained_abroad": "fighters_joined",
    "returnees_arrested": "returnees",
}
# What became of the fighters who left: no one is both killed and back home, so these add up.
FIGHTER_FATES = frozenset({"fighters_killed", "returnees", "fighters_detained_abroad"})
# Words that present what follows as the complete split of a total (folded: ة→ه, é kept).
SPLIT_CUES = re.compile(r"موزع|توزع|مقسم|\bréparti|\brépartissent|\bventil", re.IGNORECASE)
# Words that introduce some parts of a total ("of which"), in folded text.
LISTING_CUES = re.compile(r"\b(?:منها|منهم|من بينها|من بينهم|من ضمنها|من ضمنهم|dont|parmi)\b", re.IGNORECASE)
# A listing that accounts for this share of its total presents itself as the whole breakdown.
NEARLY_ALL = 0.75
# Periods a page leaves open: within one article they read as the article's own frame.
_UNSTATED_PERIODS = frozenset({"cumulative_unspecified", "unspecified"})

Edge = tuple[ClaimRecord, ClaimRecord]


def find_inconsistencies(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Every finding over the claims, each once, in a stable order."""
    claims = list(claims)
    found = [
        *find_same_period_disagreements(claims),
        *find_cumulative_decreases(claims),
        *find_stale_figures(claims),
        *find_implausible_values(claims),
        *find_internal_arithmetic(claims),
        *find_partial_exceeds_whole(claims),
    ]
    unique = {finding.key: finding for finding in found}
    return sorted(unique.values(), key=lambda f: (KINDS.index(f.kind), f.metric, sorted(f.claim_ids)))


# --- same_period_disagreement ---------------------------------------------------------------


def find_same_period_disagreements(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Two articles give figures for the same metric and the same period that cannot both hold.

    Same period means the same closed year, month or range, or the same running period
    ("since 2002", "so far in 2024", "in the last three years") printed within a week.
    """
    # Only claims with the same metric, subset, unit, period type and period (calendar bounds, or
    # the start year of a running period) can speak for the same period: comparing within those
    # groups instead of within a metric keeps the pairs few on a large database.
    groups: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        period = _period_group(claim)
        if period is not None:
            groups[(claim.metric, claim.subset, claim.unit, claim.period_type, period)].append(claim)
    edges = []
    for group in groups.values():
        intervals = [_interval(c) for c in group]
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if _same_period(a, b) and not intervals[i].overlaps(intervals[j]):
                    edges.append((a, b))
    findings = []
    for center, others in _stars(edges):
        if len(others) == 1:  # a plain pair reads best in the order it was published
            center, *others = sorted([center, *others], key=lambda c: (c.published or date.min, c.id))
        ids = (center.id, *(o.id for o in others))
        explanation = (
            f"{_subject(center)}: {wording.cite(center)} against {wording.cite_all(others)} — "
            "figures for the same period that cannot both be right"
        )
        findings.append(_finding("same_period_disagreement", center.metric, ids, explanation))
    return findings


def _same_period(a: ClaimRecord, b: ClaimRecord) -> bool:
    if a.article_id == b.article_id:
        return False
    if (a.metric, a.subset, a.unit, a.period_type) != (b.metric, b.subset, b.unit, b.period_type):
        return False
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
    day_a, day_b = as_of(a), as_of(b)
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) <= SAME_MOMENT_DAYS


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

    A figure that many later ones are below is reported once with all of them; a drop caused
    by an implausible spike is left to `find_implausible_values`.
    """
    claims = list(claims)
    spikes = {spike.id for spike, _before, _after in _spikes(claims)}
    edges = []
    for figures in running_totals(claims).values():
        figures = [c for c in figures if c.id not in spikes]
        for i, earlier in enumerate(figures):
            for later in figures[i + 1 :]:
                if later.article_id == earlier.article_id:
                    continue
                if days_between(as_of(earlier), as_of(later)) <= SAME_MOMENT_DAYS:
                    continue  # same moment: a same_period_disagreement, not a drop over time
                if _interval(later).is_below(_interval(earlier)):
                    edges.append((earlier, later))
    findings = []
    for center, others in _stars(edges, prefer=lambda c: (as_of(c), c.id)):
        subject = f"a running total of {_subject(center)}"
        if all(as_of(o) < as_of(center) for o in others) and _is_stale(center, others):
            explanation = (
                f"{wording.cite(center)} repeats an outdated figure for {_subject(center)}: "
                f"{wording.cite_all(others)} had already been reported"
            )
            ids = (center.id, *(o.id for o in others))
            findings.append(_finding("stale_figure", center.metric, ids, explanation))
            continue
        ordered = sorted([center, *others], key=lambda c: (as_of(c), c.id))
        earlier = [c for c in ordered if as_of(c) <= as_of(center)]
        later = [c for c in ordered if as_of(c) > as_of(center)]
        if not later:  # the center is the lowest, latest figure
            earlier, later = [c for c in ordered if c is not center], [center]
        explanation = f"{wording.cite_all(earlier)} then {wording.cite_all(later)}: {subject} cannot go down"
        ids = tuple(c.id for c in ordered)
        findings.append(_finding("cumulative_decrease", center.metric, ids, explanation))
    return findings


def _is_stale(figure: ClaimRecord, overtaking: list[ClaimRecord]) -> bool:
    clearly_earlier = [o for o in overtaking if days_between(as_of(o), as_of(figure)) >= STALE_AFTER_DAYS]
    return len({o.article_id for o in clearly_earlier}) >= STALE_MIN_OVERTAKING_ARTICLES


# --- implausible_value ----------------------------------------------------------------------


def find_implausible_values(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A running total that breaks its series and that no other article supports.

    "2009 cells" printed between 207 and 210 is a misprint, not a count; so is "2009 cells" printed
    a year after 207 when the series had taken 18 years to reach 207.
    """
    findings = []
    for spike, before, after in _spikes(claims):
        if after is not None:
            context = f"{wording.cite(before)} before it and {wording.cite(after)} after it"
            ids = (spike.id, before.id, after.id)
        else:
            context = f"{wording.cite(before)} before it, a jump far beyond the pace of the series so far"
            ids = (spike.id, before.id)
        explanation = (
            f"{wording.cite(spike)} for {_subject(spike)} is out of line with {context}, "
            "and no other source comes close: probably a misprint"
        )
        findings.append(_finding("implausible_value", spike.metric, ids, explanation))
    return findings


def _spikes(claims: Iterable[ClaimRecord]) -> list[tuple[ClaimRecord, ClaimRecord, ClaimRecord | None]]:
    """(figure, neighbour before, neighbour after or None) for each figure that breaks its series.

    A figure with neighbours on both sides breaks the series when it is SPIKE_FACTOR times above
    both or below both. A latest figure breaks it when it is SPIKE_FACTOR times the previous one
    and the jump implies a yearly pace PACE_FACTOR times the series' average pace so far (young
    series may triple honestly; old ones do not). A first figure far above the rest is already
    a cumulative_decrease.
    """
    spikes = []
    for figures in running_totals(claims).values():
        for figure in figures:
            others = [c for c in figures if c.article_id != figure.article_id]
            before = [c for c in others if as_of(c) < as_of(figure)]
            after = [c for c in others if as_of(c) > as_of(figure)]
            if not before:
                continue
            previous = before[-1]
            following = after[0] if after else None
            if following is not None:
                breaks = _out_of_line(figure, previous, following)
            else:
                breaks = _beyond_pace(figure, previous)
            if breaks and not any(_supports(c, figure) for c in others):
                spikes.append((figure, previous, following))
    return spikes


def _supports(other: ClaimRecord, figure: ClaimRecord) -> bool:
    """Another figure close to this one: within SUPPORT_FACTOR of it, bounds included ("more than
    1500" supports 2009; "more than 200" allows 2009 but does not vouch for it)."""
    value = _interval(figure)
    near = Interval(value.low / SUPPORT_FACTOR, value.high * SUPPORT_FACTOR)
    candidate = _interval(other)
    return near.contains(candidate.low) or near.contains(candidate.high)


def _out_of_line(figure: ClaimRecord, previous: ClaimRecord, following: ClaimRecord) -> bool:
    value, around = _interval(figure), (_interval(previous), _interval(following))
    too_high = value.low > SPIKE_FACTOR * max(n.high for n in around)
    too_low = value.high * SPIKE_FACTOR < min(n.low for n in around)
    return too_high or too_low


def _beyond_pace(figure: ClaimRecord, previous: ClaimRecord) -> bool:
    value, prior = _interval(figure), _interval(previous)
    if not value.low > SPIKE_FACTOR * prior.high or prior.low <= 0:
        return False
    start = span(previous)
    if start is None:
        return False
    years_so_far = days_between(start[0], as_of(previous)) / 365.25
    years_since = max(days_between(as_of(previous), as_of(figure)) / 365.25, 1.0)
    if years_so_far < 1.0:
        return False
    pace_so_far = prior.high / years_so_far
    return (value.low - prior.high) / years_since > PACE_FACTOR * pace_so_far


# --- internal_arithmetic --------------------------------------------------------------------


def find_internal_arithmetic(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """Within one article, parts that cannot fit in their total.

    Flagged: a part above its total (women arrested above all arrested, returnees above
    fighters who left); parts that cannot overlap (Syria, Iraq; killed, returned) adding up to
    more than their total; shares of one split adding up to more than 100%; a figure for a
    shorter period above the figure for a longer period that contains it; and a total the
    sentence itself splits ("14 خلية موزعة بين ...") whose exact parts add up to another number.
    Otherwise parts adding up to less than the total are not flagged: articles rarely list every
    part.
    """
    by_article: dict[int, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    findings = []
    for article_claims in by_article.values():
        article_claims.sort(key=lambda c: (c.start, c.id))
        findings += _parts_above_total(article_claims)
        findings += _parts_adding_above_total(article_claims)
        findings += _shares_above_hundred(article_claims)
        findings += _shorter_period_above_longer(article_claims)
        findings += _stated_split_not_adding_up(article_claims)
    return list({f.key: f for f in findings}.values())


def _is_part(part: ClaimRecord, total: ClaimRecord) -> bool:
    if part.unit != "count" or total.unit != "count" or not _same_frame(part, total):
        return False
    if part.metric == total.metric:
        return total.subset is None and part.subset is not None
    return PART_OF_METRIC.get(part.metric) == total.metric and part.subset == total.subset


def _same_frame(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Same period, or a period the page leaves unstated beside a running one."""
    if a.period_type == b.period_type == "since":
        return start_year(a) == start_year(b)
    if "event" in (a.period_type, b.period_type) and not a.period_start:
        return False  # two unnamed events of one article need not be the same event
    if (a.period_type, a.period_start, a.period_end) == (b.period_type, b.period_start, b.period_end):
        return True
    kinds = {a.period_type, b.period_type}
    return kinds <= {"since", *_UNSTATED_PERIODS} and bool(kinds & _UNSTATED_PERIODS)


def _parts_above_total(claims: list[ClaimRecord]) -> list[Finding]:
    findings = []
    for total in claims:
        for part in claims:
            if part is total or not _is_part(part, total):
                continue
            if _interval(total).is_below(_interval(part)):
                explanation = (
                    f"{wording.figure(part)} {wording.what(part.metric, part.subset)} is more than the "
                    f"{wording.figure(total)} {_subject(total)} it is part of, in the same article "
                    f"({wording.source(total)})"
                )
                findings.append(
                    _finding("internal_arithmetic", total.metric, (total.id, part.id), explanation)
                )
    return findings


def _parts_adding_above_total(claims: list[ClaimRecord]) -> list[Finding]:
    findings = []
    for total in claims:
        parts = [p for p in claims if p is not total and _is_part(p, total)]
        if any(_interval(total).is_below(_interval(p)) for p in parts):
            continue  # one part alone is already too big: reported by _parts_above_total
        for group in _disjoint_groups(parts, total.metric):
            smallest = sum(_interval(p).low for p in group)
            if smallest <= _interval(total).high:
                continue
            listed = wording.and_list([_part_name(p, total) for p in group])
            explanation = (
                f"{listed} add up to {wording.number(sum(p.value for p in group))}, more than the "
                f"{wording.figure(total)} {_subject(total)} in total given in the same article "
                f"({wording.source(total)})"
            )
            ids = (total.id, *(p.id for p in group))
            findings.append(_finding("internal_arithmetic", total.metric, ids, explanation))
    return findings


def _stated_split_not_adding_up(claims: list[ClaimRecord]) -> list[Finding]:
    """A total and its breakdown given in one sentence must add up; only exact figures are held to
    it, with their rounding.

    A split the sentence announces ("موزعة بين", "répartis entre") must add up whatever the parts.
    A listing ("منها 9 ... و4 ...", "dont") is held to it only when its parts classify the total
    (affiliations such as isis_linked / sahel_linked, or destinations) and account for nearly all
    of it (NEARLY_ALL): "14 cells, of which 9 and 4" is a miscount or a remainder nobody names,
    while "100 arrested, of whom 3 women and 5 minors" is a partial listing.
    """
    findings = []
    for total in claims:
        cue = _breakdown_cue(total.sentence)
        if total.subset is not None or total.qualifier != "exact" or cue is None:
            continue
        parts = [
            p
            for p in claims
            if p is not total
            and p.sentence == total.sentence
            and p.start > total.start
            and _is_part(p, total)
            and p.metric == total.metric
        ]
        by_subset = {p.subset: p for p in parts}
        if len(by_subset) < 2 or len(by_subset) != len(parts) or any(p.qualifier != "exact" for p in parts):
            continue
        parts_sum = Interval(sum(_interval(p).low for p in parts), sum(_interval(p).high for p in parts))
        if parts_sum.overlaps(_interval(total)):
            continue
        if cue == "listing" and not (_classify(parts) and parts_sum.high >= NEARLY_ALL * total.value):
            continue
        listed = wording.and_list([_part_name(p, total) for p in parts])
        explanation = (
            f"{listed} add up to {wording.number(sum(p.value for p in parts))}, not the "
            f"{wording.figure(total)} {_subject(total)} the same sentence breaks down "
            f"({wording.source(total)})"
        )
        findings.append(
            _finding("internal_arithmetic", total.metric, (total.id, *(p.id for p in parts)), explanation)
        )
    return findings


def _breakdown_cue(sentence: str) -> str | None:
    """ "split" when the sentence announces a complete split, "listing" for "of which", else None."""
    folded = fold(sentence or "")
    if SPLIT_CUES.search(folded):
        return "split"
    if LISTING_CUES.search(folded):
        return "listing"
    return None


def _classify(parts: list[ClaimRecord]) -> bool:
    """Subsets that sort a total into groups (affiliations, destinations), not attributes of people."""
    subsets = {p.subset for p in parts}
    if all(s.endswith("_linked") for s in subsets):
        return True
    return any(subsets <= family for family in DISJOINT_SUBSETS)


def _part_name(part: ClaimRecord, total: ClaimRecord) -> str:
    """'1120 (syria)' beside its total, '745 fighters killed' for another metric."""
    if part.metric == total.metric and part.subset:
        return f"{wording.figure(part)} ({part.subset.replace('_', ' ')})"
    return f"{wording.figure(part)} {wording.what(part.metric, part.subset)}"


def _disjoint_groups(parts: list[ClaimRecord], total_metric: str) -> list[list[ClaimRecord]]:
    """Parts that cannot overlap, one figure per part (the smallest when an article repeats one)."""
    families: dict[tuple, dict[str, ClaimRecord]] = defaultdict(dict)
    for part in parts:
        if part.metric != total_metric and part.metric in FIGHTER_FATES:
            family, member = ("fates",), part.metric
        else:
            subsets = next((f for f in DISJOINT_SUBSETS if part.subset in f), None)
            if subsets is None:
                continue
            family, member = (part.metric, subsets), part.subset
        kept = families[family].get(member)
        if kept is None or _interval(part).low < _interval(kept).low:
            families[family][member] = part
    return [sorted(m.values(), key=lambda c: (c.start, c.id)) for m in families.values() if len(m) >= 2]


def _shares_above_hundred(claims: list[ClaimRecord]) -> list[Finding]:
    """Percentages of one split (Syria, Iraq, Libya) cannot add up to more than 100%."""
    shares = [c for c in claims if c.unit == "percent" and c.subset]
    findings = []
    for first in shares:
        frame = [c for c in shares if c.metric == first.metric and _same_frame(c, first)]
        for group in _disjoint_groups(frame, first.metric):
            if group[0] is not first:
                continue  # each split once, from its first share
            smallest = sum(_interval(c).low for c in group)
            if smallest <= 100:
                continue
            listed = ", ".join(f"{wording.figure(c)} {c.subset.replace('_', ' ')}" for c in group)
            explanation = (
                f"{listed}: shares of {wording.what(first.metric)} that add up to "
                f"{wording.number(round(sum(c.value for c in group), 1))}% in the same article ({wording.source(first)})"
            )
            findings.append(
                _finding("internal_arithmetic", first.metric, tuple(c.id for c in group), explanation)
            )
    return findings


def _shorter_period_above_longer(claims: list[ClaimRecord]) -> list[Finding]:
    findings = []
    for part, whole in _containments(claims, same_article=True):
        explanation = (
            f"{wording.figure(part)} {_subject(part)} is more than {wording.figure(whole)} "
            f"{wording.period(whole)}, a longer period that includes it, in the same article "
            f"({wording.source(whole)})"
        )
        findings.append(_finding("internal_arithmetic", whole.metric, (whole.id, part.id), explanation))
    return findings


def _containments(claims: list[ClaimRecord], *, same_article: bool) -> list[Edge]:
    """(part, whole) pairs: the part counts events within the whole's period (strictly shorter)
    and of the same kind, yet every reading of the part is above every reading of the whole."""
    by_metric: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if accumulates(claim.metric, claim.unit) and span(claim) is not None:
            by_metric[claim.metric].append(claim)
    pairs = []
    for group in by_metric.values():
        # span as a part, span as a whole, interval: computed once per claim
        facts = {c.id: (span(c), span(c, as_whole=True), _interval(c)) for c in group}
        for part in group:
            part_span, _, part_value = facts[part.id]
            for whole in group:
                if part is whole or (part.article_id == whole.article_id) != same_article:
                    continue
                if whole.subset not in (None, part.subset):
                    continue
                whole_as_part, whole_span, whole_value = facts[whole.id]
                if whole_span is None or part_span == whole_as_part or not contains(whole_span, part_span):
                    continue
                if whole_value.is_below(part_value):
                    pairs.append((part, whole))
    return pairs


# --- partial_exceeds_whole ------------------------------------------------------------------


def find_partial_exceeds_whole(claims: Iterable[ClaimRecord]) -> list[Finding]:
    """A source's figure for part of a period is above its own later figure for the whole period:
    e.g. 14 cells "so far in 2024" in September, then 12 cells "in 2024" the next January.

    Same source means the same outlet or the same named organisation. Two figures of one running
    total ("since 2002") are left to the cumulative rules.
    """
    claims = list(claims)
    edges = []
    for part, whole in _same_source_containments(claims):
        if series_key(part) is not None and series_key(part) == series_key(whole):
            continue
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
        explanation = (
            f"{wording.what(center.metric, center.subset)}: {_cite_periods(parts)} for part of the "
            f"period, yet {_cite_periods(wholes)} for the whole of it from the same source — "
            "a part cannot exceed the whole"
        )
        ids = tuple(c.id for c in [*parts, *wholes])
        findings.append(_finding("partial_exceeds_whole", center.metric, ids, explanation))
    return findings


def _same_source_containments(claims: list[ClaimRecord]) -> list[Edge]:
    """`_containments(claims, same_article=False)` restricted to pairs from the same source.

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
    """Two claims are from the same source exactly when they share one of these: the same outlet
    (folded), or the same named organisation (a vague attribution names no source)."""
    keys = []
    if claim.outlet:
        keys.append(("outlet", fold(claim.outlet.strip())))
    if claim.org not in VAGUE_ORGS:
        keys.append(("org", claim.org))
    return keys


def _cite_periods(claims: list[ClaimRecord]) -> str:
    cited = [f"{wording.figure(c)} {wording.period(c)} ({wording.source(c)})" for c in claims]
    return cited[0] if len(cited) == 1 else ", ".join(cited[:-1]) + " and " + cited[-1]


# --- shared helpers -------------------------------------------------------------------------


def _interval(claim: ClaimRecord) -> Interval:
    return interval_for(claim.value, claim.qualifier, claim.unit)


def _subject(claim: ClaimRecord) -> str:
    """'cells dismantled since 2002'."""
    return " ".join(p for p in (wording.what(claim.metric, claim.subset), wording.period(claim)) if p)


def _finding(kind: str, metric: str, ids: tuple[int, ...], explanation: str) -> Finding:
    return Finding(kind, metric, ids, explanation, finding_key(kind, metric, (str(i) for i in ids)))


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
