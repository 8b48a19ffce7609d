"""Printed figures as intervals of the true value they allow.

"more than 200" and 215 agree because 215 lies in (200, ∞); two figures disagree only when
their intervals do not overlap. The widths chosen here (documented in `interval_for`) are
deliberately generous: a finding a journalist has to dismiss costs more than one we miss.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf

# "about v" allows ±10% of v, and never less than ±5 (counts) or ±2 points (percentages):
# "نحو 30" can honestly stand for 26 or 34.
ABOUT_RELATIVE = 0.10
ABOUT_MIN_COUNT = 5.0
ABOUT_MIN_PERCENT = 2.0

# An exact figure ending in two or more zeros ("200", "1500") may be rounded: it allows half its
# rounding step but at most ±5% ("200" → 190..210, "1000" → 950..1050). Figures like 207 or 30
# are taken as printed: outlets round with "أكثر من" or "نحو", not silently to the ten.
ROUND_MAX_RELATIVE = 0.05
# Percentages are printed rounded to the last digit shown ("40%" → 39.5..40.5).


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: float) -> bool:
        above = x > self.low if self.low_open else x >= self.low
        below = x < self.high if self.high_open else x <= self.high
        return above and below

    def overlaps(self, other: Interval) -> bool:
        return not (self.is_below(other) or other.is_below(self))

    def is_below(self, other: Interval) -> bool:
        """Every value allowed by self is smaller than every value allowed by other."""
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    def scaled(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def __str__(self) -> str:
        left = "(" if self.low_open else "["
        right = ")" if self.high_open else "]"
        return f"{left}{_num(self.low)}, {_num(self.high)}{right}"


def interval_for(value: float, qualifier: str, unit: str = "count") -> Interval:
    """The values a printed figure allows.

    exact v → [v, v] widened for rounding (see ROUND_*); more_than → (v, ∞); at_least → [v, ∞);
    less_than → [0, v); at_most → [0, v]; about → v ± max(10%, 5 or 2 points). An unknown
    qualifier is read as "about": we cannot tell how precise it is.
    """
    if qualifier == "exact":
        tolerance = _rounding_tolerance(value, unit)
        # A count rounded to its last nonzero digit ("4300": to the hundred) stands for the values that round
        # to it, [v - step/2, v + step/2): the next figure down ("4200") no longer shares the midpoint with it.
        # (A tolerance capped at ROUND_MAX_RELATIVE is no rounding step: both of its ends stay closed.)
        rounded = unit != "percent" and tolerance > 0 and tolerance == _rounding_step(value) / 2
        return Interval(max(value - tolerance, 0.0), value + tolerance, high_open=rounded)
    if qualifier == "more_than":
        return Interval(value, INF, low_open=True, high_open=True)
    if qualifier == "at_least":
        return Interval(value, INF, high_open=True)
    if qualifier == "less_than":
        return Interval(0.0, value, high_open=True)
    if qualifier == "at_most":
        return Interval(0.0, value)
    minimum = ABOUT_MIN_PERCENT if unit == "percent" else ABOUT_MIN_COUNT
    band = max(abs(value) * ABOUT_RELATIVE, minimum)
    return Interval(max(value - band, 0.0), value + band)


def _rounding_step(value: float) -> int:
    """The power of ten a whole count is a multiple of (4300 -> 100, 207 -> 1)."""
    if not float(value).is_integer() or value == 0:
        return 1
    step = 1
    number = int(value)
    while number % (step * 10) == 0:
        step *= 10
    return step


def _rounding_tolerance(value: float, unit: str) -> float:
    if unit == "percent":
        return 0.5 if float(value).is_integer() else 0.05
    if not float(value).is_integer() or value == 0:
        return 0.0
    step = _rounding_step(value)
    if step < 100:
        return 0.0
    return min(step / 2, abs(value) * ROUND_MAX_RELATIVE)


def _num(x: float) -> str:
    if math.isinf(x):
        return "∞"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
