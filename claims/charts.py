"""Server-rendered SVG for the comparison page: one metric across outlets on a timeline.

x is the publication date, y the value. The qualifier decides the mark, because "more than 200"
is not the point 200: an exact figure is a dot, a lower bound ("more than", "at least") is an
open or filled triangle with an arrow pointing up to the top of the plot, an upper bound points
down, and "about" is an error bar of ±10% around a diamond. Claims without a publication date
are drawn in a lane of their own at the end of the axis rather than left out.

Everything is built with format_html, so every piece of text that reaches the SVG is escaped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# Okabe-Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D31"]
NO_OUTLET_COLOUR = "#7a7a7a"
LOWER_BOUNDS = {"more_than", "at_least"}
UPPER_BOUNDS = {"less_than", "at_most"}
ABOUT_SPREAD = 0.10  # "about" is drawn as ±10%: wide enough to see, narrow enough to compare

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36
UNDATED_LANE = 64


@dataclass(frozen=True)
class PeriodGroup:
    """Claims whose figures can be compared: same unit, subset and period."""

    key: tuple
    label: str


def comparable_period(claim) -> PeriodGroup:
    return _comparable_period(
        claim.period_type, claim.period_start, claim.period_end, claim.subset, claim.unit, get_language()
    )


@lru_cache(maxsize=4096)
def _comparable_period(kind: str, start: str, end: str, subset: str, unit: str, language: str) -> PeriodGroup:
    # A page of 2,000 claims has a few dozen distinct periods: each is worded once per language.
    if kind == "since":
        key: tuple = (kind, start[:4])
    elif kind in ("year", "month"):
        key = (kind, start)
    elif kind in ("range", "last_n_years"):
        key = (kind, start[:4], end[:4])
    elif kind == "year_to_date":
        key = (kind, (end or start)[:7])
    else:
        key = (kind,)
    label = period_label(kind, start, end)
    if subset:
        label = f"{label} · {subset.replace('_', ' ')}"
    if unit == "percent":
        label = f"{label} (%)"
    return PeriodGroup((unit, subset, *key), label)


def period_label(kind: str, start: str, end: str) -> str:
    """A period in words, e.g. "since 2002", "2017–2020"."""
    if kind == "since" and start:
        return _("since %(year)s") % {"year": start[:4]}
    if kind in ("year", "month") and start:
        return start
    if kind in ("range", "last_n_years") and start:
        return f"{start[:4]}–{(end or '…')[:4]}"
    if kind == "year_to_date" and (end or start):
        return _("year to %(date)s") % {"date": end or start}
    if kind == "event":
        return _("one event")
    if kind == "cumulative_unspecified":
        return _("running total, start not stated")
    return _("period not stated")


@dataclass(frozen=True)
class ChartPoint:
    claim_id: int
    published: date | None
    value: float
    qualifier: str
    series: str
    label: str  # the tooltip: value as printed, outlet, date
    original: str = ""  # the engine's value when an editor corrected it


def series_colours(series_names, *, no_outlet: str) -> dict[str, str]:
    colours, names = {}, sorted(set(series_names) - {no_outlet})
    for i, name in enumerate(names):
        colours[name] = PALETTE[i % len(PALETTE)]
    colours[no_outlet] = NO_OUTLET_COLOUR
    return colours


def nice_ceiling(value: float) -> float:
    """The next round number at or above `value` (1, 2, 2.5, 5 × 10^n) so ticks read well."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _svg(template: str, *args, **kwargs) -> SafeString:
    """format_html for SVG: numbers rounded to one decimal (format_html escapes before formatting,
    so format specs cannot be used), text escaped."""

    def number(value):
        if isinstance(value, float):
            return f"{value:.1f}".rstrip("0").rstrip(".")
        return value

    template = re.sub(r"\{(\w*):[^}]+\}", r"{\1}", template)
    return format_html(
        template, *[number(a) for a in args], **{key: number(value) for key, value in kwargs.items()}
    )


class _Scale:
    def __init__(self, points: list[ChartPoint], width: int, height: int):
        dated = [p.published for p in points if p.published]
        self.has_undated = any(p.published is None for p in points)
        self.plot_right = width - RIGHT - (UNDATED_LANE if self.has_undated else 0)
        self.plot_bottom = height - BOTTOM
        if dated:
            first, last = min(dated), max(dated)
        else:
            first = last = date.today()
        if (last - first).days < 365:
            pad = (365 - (last - first).days) // 2 + 1
            first, last = date.fromordinal(first.toordinal() - pad), date.fromordinal(last.toordinal() + pad)
        self.first, self.last = first, last
        highest = max((p.value * (1 + ABOUT_SPREAD) if p.qualifier == "about" else p.value) for p in points)
        self.top_value = nice_ceiling(highest * 1.1)
        self.undated_x = width - RIGHT - UNDATED_LANE / 2

    def x(self, when: date | None) -> float:
        if when is None:
            return self.undated_x
        span = (self.last - self.first).days or 1
        return LEFT + (when - self.first).days / span * (self.plot_right - LEFT)

    def y(self, value: float) -> float:
        return self.plot_bottom - value / self.top_value * (self.plot_bottom - TOP)


def timeline_svg(
    points: list[ChartPoint], *, colours: dict[str, str], title: str, undated_label: str
) -> SafeString:
    if not points:
        return mark_safe("")  # noqa: S308 - a constant empty string
    scale = _Scale(points, WIDTH, HEIGHT)
    parts = [_axes(scale, undated_label)]
    for point in sorted(points, key=lambda p: (p.published or date.max, p.claim_id)):
        parts.append(_mark(point, scale, colours.get(point.series, NO_OUTLET_COLOUR)))
    return _svg(
        '<svg class="timeline" viewBox="0 0 {} {}" role="img" aria-label="{}" direction="ltr" '
        'xmlns="http://www.w3.org/2000/svg"><title>{}</title>{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        title,
        mark_safe("".join(parts)),  # noqa: S308 - every part was built by format_html
    )


def _axes(scale: _Scale, undated_label: str) -> str:
    parts = [
        _svg(
            '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>',
            LEFT,
            scale.plot_bottom,
            scale.plot_right,
            scale.plot_bottom,
        ),
        _svg('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>', LEFT, TOP, LEFT, scale.plot_bottom),
    ]
    for i in range(5):
        value = scale.top_value * i / 4
        y = scale.y(value)
        text = f"{value:g}"
        parts.append(
            _svg(
                '<line class="grid" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>'
                '<text class="tick" x="{}" y="{:.1f}" text-anchor="end">{}</text>',
                LEFT,
                y,
                scale.plot_right,
                y,
                LEFT - 6,
                y + 4,
                text,
            )
        )
    years = list(range(scale.first.year + 1, scale.last.year + 1))
    step = max(1, math.ceil(len(years) / 8))
    for year in years[::step]:
        x = scale.x(date(year, 1, 1))
        parts.append(
            _svg(
                '<line class="tickmark" x1="{:.1f}" y1="{}" x2="{:.1f}" y2="{}"/>'
                '<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}</text>',
                x,
                scale.plot_bottom,
                x,
                scale.plot_bottom + 5,
                x,
                scale.plot_bottom + 20,
                year,
            )
        )
    if scale.has_undated:
        parts.append(
            _svg(
                '<rect class="undated-lane" x="{}" y="{}" width="{}" height="{}"/>'
                '<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}</text>',
                scale.plot_right + 4,
                TOP,
                UNDATED_LANE - 4,
                scale.plot_bottom - TOP,
                scale.undated_x,
                scale.plot_bottom + 20,
                undated_label,
            )
        )
    return "".join(parts)


def _mark(point: ChartPoint, scale: _Scale, colour: str) -> str:
    x, y = scale.x(point.published), scale.y(point.value)
    if point.qualifier in LOWER_BOUNDS:
        kind = "bound"
        fill = "#fff" if point.qualifier == "more_than" else colour  # "more than" excludes the value
        shape = _svg(
            '<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{top}" stroke="{c}" stroke-width="2" '
            'stroke-dasharray="4 3"/>'
            '<path d="M{x:.1f} {top} l-5 9 h10 z" fill="{c}"/>'
            '<path d="M{x:.1f} {tip:.1f} l-7 12 h14 z" fill="{f}" stroke="{c}" stroke-width="2"/>',
            x=x,
            y=y,
            top=TOP,
            tip=y - 6,
            c=colour,
            f=fill,
        )
    elif point.qualifier in UPPER_BOUNDS:
        kind = "bound"
        fill = "#fff" if point.qualifier == "less_than" else colour
        shape = _svg(
            '<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{bottom}" stroke="{c}" stroke-width="2" '
            'stroke-dasharray="4 3"/>'
            '<path d="M{x:.1f} {tip:.1f} l-7 -12 h14 z" fill="{f}" stroke="{c}" stroke-width="2"/>',
            x=x,
            y=y,
            bottom=scale.plot_bottom,
            tip=y + 6,
            c=colour,
            f=fill,
        )
    elif point.qualifier == "about":
        kind = "band"
        low, high = scale.y(point.value * (1 - ABOUT_SPREAD)), scale.y(point.value * (1 + ABOUT_SPREAD))
        shape = _svg(
            '<rect x="{left:.1f}" y="{high:.1f}" width="12" height="{h:.1f}" fill="{c}" fill-opacity="0.18"/>'
            '<line x1="{x:.1f}" y1="{high:.1f}" x2="{x:.1f}" y2="{low:.1f}" stroke="{c}" stroke-width="2"/>'
            '<line x1="{l2:.1f}" y1="{high:.1f}" x2="{r2:.1f}" y2="{high:.1f}" stroke="{c}" stroke-width="2"/>'
            '<line x1="{l2:.1f}" y1="{low:.1f}" x2="{r2:.1f}" y2="{low:.1f}" stroke="{c}" stroke-width="2"/>'
            '<path d="M{x:.1f} {top:.1f} l5 5 l-5 5 l-5 -5 z" fill="{c}"/>',
            left=x - 6,
            high=high,
            low=low,
            h=low - high,
            x=x,
            l2=x - 5,
            r2=x + 5,
            top=y - 5,
            c=colour,
        )
    else:
        kind = "point"
        shape = _svg('<circle cx="{:.1f}" cy="{:.1f}" r="6" fill="{}"/>', x, y, colour)
    return _svg(
        '<a href="#row-{id}" class="mark {kind} {q}" data-claim-id="{id}" data-value="{v}" '
        'data-qualifier="{q}" data-series="{s}"{original}><title>{label}</title>{shape}</a>',
        original=_svg(' data-original-value="{}"', point.original) if point.original else "",
        id=point.claim_id,
        kind=kind,
        q=point.qualifier,
        v=point.value,
        s=point.series,
        label=point.label,
        shape=shape,
    )


def legend_items(colours: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(colours.items(), key=lambda item: (item[1] == NO_OUTLET_COLOUR, item[0]))


__all__ = [
    "ChartPoint",
    "PeriodGroup",
    "comparable_period",
    "legend_items",
    "period_label",
    "series_colours",
    "timeline_svg",
]
