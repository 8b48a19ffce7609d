"""How much an editor should trust a finding: a score from 0 to 1, the queue's order.

A finding sets sides against each other (two sources' figures for one period, an earlier and a
later total, a total and its breakdown). Each side is as strong as the sources behind it: one
source read with confidence c stands at c; several *independent* sources (a wire copy is not one:
it shares its original's `independent_source`) stand at 1 - Π(1 - c). The finding is as strong as
its weakest side, and weighs more as the gap between the sides grows:

    score = weakest side × (GAP_FLOOR + (1 - GAP_FLOOR) × min(1, gap / GAP_FULL))

so a 213-against-216 disagreement between two well-read sources (0.9) still scores 0.54 or more,
while a finding built on one shaky reading (confidence 0.2) stays under the queue's threshold
whatever its gap. Findings under THRESHOLD are kept out of the queue and out of `consistency_report` unless
asked for (`--all`, "show hidden findings").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claims.consistency.intervals import Interval, interval_for
from claims.consistency.records import ClaimRecord

GAP_FLOOR = 0.6
GAP_FULL = 0.2  # a gap of 20% of the larger figure counts in full
THRESHOLD = 0.2


def side_strength(side: Iterable[ClaimRecord]) -> float:
    """1 - Π(1 - c) over independent sources, each at its best-read claim."""
    best: dict[int, float] = {}
    for claim in side:
        source = claim.independent_source
        best[source] = max(best.get(source, 0.0), claim.confidence)
    doubt = 1.0
    for confidence in best.values():
        doubt *= 1.0 - max(0.0, min(1.0, confidence))
    return 1.0 - doubt


def relative_gap(low_side: Interval, high_side: Interval) -> float:
    """How far apart two intervals are, as a share of the larger one (0 when they touch)."""
    top = high_side.low if high_side.low > 0 else high_side.high
    if top <= 0 or top == float("inf"):
        return 1.0
    return max(0.0, high_side.low - low_side.high) / top


def gap_between(sides: Sequence[Sequence[ClaimRecord]]) -> float:
    """The largest relative gap between any two sides' figures."""
    intervals = [[interval_for(c.value, c.qualifier, c.unit) for c in side] for side in sides]
    gap = 0.0
    for i, first in enumerate(intervals):
        for second in intervals[i + 1 :]:
            for a in first:
                for b in second:
                    if a.is_below(b):
                        gap = max(gap, relative_gap(a, b))
                    elif b.is_below(a):
                        gap = max(gap, relative_gap(b, a))
    return gap


def score(sides: Sequence[Sequence[ClaimRecord]], gap: float | None = None) -> float:
    sides = [side for side in sides if side]
    if not sides:
        return 0.0
    weakest = min(side_strength(side) for side in sides)
    gap = gap_between(sides) if gap is None else gap
    return round(weakest * (GAP_FLOOR + (1 - GAP_FLOOR) * min(1.0, gap / GAP_FULL)), 3)


def visible(finding_score: float) -> bool:
    return finding_score >= THRESHOLD
