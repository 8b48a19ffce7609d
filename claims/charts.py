"""Server-rendered SVG for the comparison page: one metric across outlets on a timeline.

x is the publication date, y the value. Each outlet has a marker style of its own, a shape and a
colour (8 shapes × 8 colours, assigned so that 15 outlets, or 60, never share one). The qualifier
decides what surrounds the marker, because "more than 200" is not the point 200: an exact figure is
a filled marker; a lower bound ("more than", "at least") has a dashed line with an arrow up to the
top of the plot, an upper bound one down to the axis, and the marker is open when the bound
excludes the value ("more than"); "about" is an error bar of ±10% around the marker. Claims without
a publication date are drawn in a lane of their own at the end of the axis rather than left out.

The y scale survives a misprint: when a few values sit far above the others (2009 among values near
210), the scale is drawn for the others and each such value is drawn at the top edge with its
figure written beside it. Ticks fall on round numbers, whole numbers for counts.

Everything is built with format_html, so every piece of text that reaches the SVG is escaped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from claims import vocabulary as vocab

# Okabe-Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D31"]
# Shapes as paths around (0, 0), about 14 units across.
SHAPES = {
    "circle": "M7 0A7 7 0 1 1 -7 0A7 7 0 1 1 7 0Z",
    "square": "M-6 -6H6V6H-6Z",
    "diamond": "M0 -8L8 0L0 8L-8 0Z",
    "hexagon": "M7 0L3.5 6.1H-3.5L-7 0L-3.5 -6.1H3.5Z",
    "star": "M0 -8L2.4 -2.5L8 -2.5L3.6 1.2L5.2 7L0 3.6L-5.2 7L-3.6 1.2L-8 -2.5L-2.4 -2.5Z",
    "plus": "M-2.5 -8H2.5V-2.5H8V2.5H2.5V8H-2.5V2.5H-8V-2.5H-2.5Z",
    "cross": "M-6 -8L0 -2L6 -8L8 -6L2 0L8 6L6 8L0 2L-6 8L-8 6L-2 0L-8 -6Z",
    "pentagon": "M0 -7.5L7.1 -2.3L4.4 6.1H-4.4L-7.1 -2.3Z",
}
SHAPE_NAMES = list(SHAPES)
NO_OUTLET_COLOUR = "#7a7a7a"
LOWER_BOUNDS = {"more_than", "at_least"}
UPPER_BOUNDS = {"less_than", "at_most"}
OPEN_BOUNDS = {"more_than", "less_than"}  # the bound itself is excluded: an open marker
ABOUT_SPREAD = 0.10  # "about" is drawn as ±10%: wide enough to see, narrow enough to compare
# A value more than OUTLIER_FACTOR times the upper quartile is drawn at the edge, when such values
# are at most a quarter of the chart's (else the figures are simply spread out).
OUTLIER_FACTOR = 3

# A viewBox narrow enough that a phone (about 360 px for the chart) draws it at more than half size,
# with the phone's larger tick labels (site.css) still fitting in the margins.
WIDTH, HEIGHT = 640, 360
LEFT, RIGHT, TOP, BOTTOM = 74, 14, 34, 44
UNDATED_LANE = 72


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
        label = f"{label} · {vocab.subset_label(subset)}"
    if unit == "percent":
        label = f"{label} (%)"
    return PeriodGroup((unit, subset, *key), label)


def period_label(kind: str, start: str, end: str) -> str:
    """A period in words, e.g. "since 2002", "2017–2020", "March 2021"."""
    if kind == "since" and start:
        return _("since %(year)s") % {"year": start[:4]}
    if kind == "month" and len(start) >= 7 and start[:4].isdigit() and start[5:7].isdigit():
        return formats.date_format(date(int(start[:4]), int(start[5:7]), 1), "YEAR_MONTH_FORMAT")
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


@dataclass(frozen=True)
class SeriesStyle:
    name: str
    key: str  # "s0", "s1"…: what the legend's toggle and the marks share
    colour: str
    shape: str

    def marker(self, size: int = 16) -> SafeString:
        """The marker alone, for the legend."""
        return _svg(
            '<svg class="marker" width="{s}" height="{s}" viewBox="-9 -9 18 18" aria-hidden="true">'
            '<path d="{d}" fill="{c}" stroke="{c}" stroke-width="1"/></svg>',
            s=size,
            d=SHAPES[self.shape],
            c=self.colour,
        )


def series_styles(series_names, *, no_outlet: str) -> dict[str, SeriesStyle]:
    """A distinct (shape, colour) for each outlet: outlet i gets colour i mod 8 and shape
    (i + i div 8) mod 8, so no two of the first 64 share both."""
    styles: dict[str, SeriesStyle] = {}
    names = sorted(set(series_names) - {no_outlet})
    for i, name in enumerate(names):
        shape = SHAPE_NAMES[(i + i // len(PALETTE)) % len(SHAPE_NAMES)]
        styles[name] = SeriesStyle(name, f"s{i}", PALETTE[i % len(PALETTE)], shape)
    styles[no_outlet] = SeriesStyle(no_outlet, f"s{len(names)}", NO_OUTLET_COLOUR, "circle")
    return styles


def series_colours(series_names, *, no_outlet: str) -> dict[str, str]:
    return {name: style.colour for name, style in series_styles(series_names, no_outlet=no_outlet).items()}


def nice_ceiling(value: float) -> float:
    """The next round number at or above `value` (1, 2, 2.5, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def axis_ticks(highest: float, *, whole: bool) -> list[float]:
    """0 up to the first round tick at or above `highest`, four or five steps of 1, 2 or 5 × 10^n;
    steps of at least 1 for counts (no tick at 0.625 people)."""
    highest = max(highest, 1.0 if whole else 1e-9)
    rough = highest / 4
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    if whole:
        step = max(1, round(step))
    count = math.ceil(highest / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def number_text(value: float) -> str:
    """A figure as the reader's language writes it (grouping, decimal mark)."""
    shown = int(value) if float(value).is_integer() else round(value, 2)
    return formats.number_format(shown, force_grouping=True)


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


def _reach(point: ChartPoint) -> float:
    return point.value * (1 + ABOUT_SPREAD) if point.qualifier == "about" else point.value


def scale_limit(values: list[float]) -> float | None:
    """The highest value the scale is drawn for when a few values sit far above the rest, else None."""
    if len(values) < 3:
        return None
    ordered = sorted(values)
    upper_quartile = ordered[math.ceil(0.75 * len(ordered)) - 1]
    if upper_quartile <= 0:
        return None
    limit = upper_quartile * OUTLIER_FACTOR
    above = sum(1 for v in ordered if v > limit)
    if not 0 < above <= max(1, len(ordered) // 4):
        return None
    return max(v for v in ordered if v <= limit)


class _Scale:
    def __init__(self, points: list[ChartPoint], width: int, height: int, *, whole: bool):
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
        else:
            pad = (last - first).days // 30  # the first and last marks clear of the axes
        first, last = date.fromordinal(first.toordinal() - pad), date.fromordinal(last.toordinal() + pad)
        self.first, self.last = first, last
        limit = scale_limit([p.value for p in points])
        reaches = [_reach(p) for p in points if limit is None or p.value <= limit]
        self.limit = limit
        self.ticks = axis_ticks(max(reaches) * 1.05, whole=whole)
        self.top_value = self.ticks[-1]
        self.undated_x = width - RIGHT - UNDATED_LANE / 2

    def is_outlier(self, point: ChartPoint) -> bool:
        return self.limit is not None and point.value > self.limit

    def x(self, when: date | None) -> float:
        if when is None:
            return self.undated_x
        span = (self.last - self.first).days or 1
        return LEFT + (when - self.first).days / span * (self.plot_right - LEFT)

    def y(self, value: float) -> float:
        return self.plot_bottom - min(value, self.top_value) / self.top_value * (self.plot_bottom - TOP)


def timeline_svg(
    points: list[ChartPoint],
    *,
    styles: dict[str, SeriesStyle] | None = None,
    colours: dict[str, str] | None = None,
    title: str,
    undated_label: str,
    whole: bool = True,
) -> SafeString:
    """The chart of `points`; `styles` (series_styles) gives each series its marker, or `colours` a
    colour each with round markers. `whole`: the values are counts, ticks fall on whole numbers."""
    if not points:
        return mark_safe("")  # noqa: S308 - a constant empty string
    if styles is None:
        names = sorted({p.series for p in points})
        styles = {
            name: SeriesStyle(name, f"s{i}", (colours or {}).get(name, NO_OUTLET_COLOUR), "circle")
            for i, name in enumerate(names)
        }
    scale = _Scale(points, WIDTH, HEIGHT, whole=whole)
    parts = [_axes(scale, undated_label)]
    fallback = SeriesStyle("", "s-", NO_OUTLET_COLOUR, "circle")
    for point in sorted(points, key=lambda p: (p.published or date.max, p.claim_id)):
        parts.append(_mark(point, scale, styles.get(point.series, fallback)))
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
            '<line class="axis baseline" x1="{}" y1="{}" x2="{}" y2="{}"/>',
            LEFT,
            scale.plot_bottom,
            scale.plot_right,
            scale.plot_bottom,
        ),
        _svg('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>', LEFT, TOP, LEFT, scale.plot_bottom),
    ]
    for value in scale.ticks:
        y = scale.y(value)
        parts.append(
            _svg(
                '<line class="grid" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>'
                '<text class="tick" x="{}" y="{:.1f}" text-anchor="end" data-value="{}">{}</text>',
                LEFT,
                y,
                scale.plot_right,
                y,
                LEFT - 6,
                y + 4,
                f"{value:g}",
                number_text(value),
            )
        )
    if scale.limit is not None:
        # a break in the y axis: what is drawn above it is off the scale, each with its figure
        parts.append(
            _svg(
                '<path class="axis-break" d="M{} {} l8 -4 l8 8 l8 -4" />',
                LEFT - 12,
                TOP - 10,
            )
        )
    years = list(range(scale.first.year + 1, scale.last.year + 1))
    step = max(1, math.ceil(len(years) / 7))
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
                scale.plot_bottom + 22,
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
                scale.plot_bottom + 22,
                undated_label,
            )
        )
    return "".join(parts)


def _marker(x: float, y: float, style: SeriesStyle, *, hollow: bool = False) -> SafeString:
    return _svg(
        '<path class="marker" d="{d}" transform="translate({x:.1f} {y:.1f})" fill="{f}" stroke="{c}" '
        'stroke-width="{w}"/>',
        d=SHAPES[style.shape],
        x=x,
        y=y,
        f="#fff" if hollow else style.colour,
        c=style.colour,
        w=2 if hollow else 1,
    )


def _mark(point: ChartPoint, scale: _Scale, style: SeriesStyle) -> str:
    colour = style.colour
    x = scale.x(point.published)
    outlier = scale.is_outlier(point)
    y = TOP - 14 if outlier else scale.y(point.value)
    extra = ""
    if outlier:
        extra = _svg(
            '<text class="outlier-label" x="{x:.1f}" y="{y:.1f}" text-anchor="{a}">{v} ↑</text>',
            x=x + 12 if x < scale.plot_right - 60 else x - 12,
            y=y + 4,
            a="start" if x < scale.plot_right - 60 else "end",
            v=number_text(point.value),
        )
    if point.qualifier in LOWER_BOUNDS:
        kind = "bound"
        reach = (
            ""
            if outlier
            else _svg(
                '<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{top}" stroke="{c}" stroke-width="2" '
                'stroke-dasharray="4 3"/><path d="M{x:.1f} {tip} l-5 8 h10 z" fill="{c}"/>',
                x=x,
                y=y - 8,
                top=TOP + 2,
                tip=TOP - 4,
                c=colour,
            )
        )
        shape = reach + _marker(x, y, style, hollow=point.qualifier in OPEN_BOUNDS)
    elif point.qualifier in UPPER_BOUNDS:
        kind = "bound"
        bottom = scale.plot_bottom
        shape = _svg(
            '<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{bottom}" stroke="{c}" stroke-width="2" '
            'stroke-dasharray="4 3"/><path d="M{x:.1f} {tip} l-5 -8 h10 z" fill="{c}"/>',
            x=x,
            y=y + 8,
            bottom=bottom - 6,
            tip=bottom,
            c=colour,
        ) + _marker(x, y, style, hollow=point.qualifier in OPEN_BOUNDS)
    elif point.qualifier == "about" and not outlier:
        kind = "band"
        low, high = scale.y(point.value * (1 - ABOUT_SPREAD)), scale.y(point.value * (1 + ABOUT_SPREAD))
        shape = _svg(
            '<rect x="{left:.1f}" y="{high:.1f}" width="12" height="{h:.1f}" fill="{c}" fill-opacity="0.18"/>'
            '<line x1="{x:.1f}" y1="{high:.1f}" x2="{x:.1f}" y2="{low:.1f}" stroke="{c}" stroke-width="2"/>'
            '<line x1="{l2:.1f}" y1="{high:.1f}" x2="{r2:.1f}" y2="{high:.1f}" stroke="{c}" stroke-width="2"/>'
            '<line x1="{l2:.1f}" y1="{low:.1f}" x2="{r2:.1f}" y2="{low:.1f}" stroke="{c}" stroke-width="2"/>',
            left=x - 6,
            high=high,
            low=low,
            h=low - high,
            x=x,
            l2=x - 5,
            r2=x + 5,
            c=colour,
        ) + _marker(x, y, style)
    else:
        kind = "band" if point.qualifier == "about" else "point"
        shape = _marker(x, y, style)
    return _svg(
        '<a href="#row-{id}" class="mark {kind} {q}{o}" data-claim-id="{id}" data-value="{v}" '
        'data-qualifier="{q}" data-series="{s}" data-series-key="{k}" data-shape="{shape}" '
        'data-colour="{c}"{original}><title>{label}</title>{extra}{drawn}</a>',
        original=_svg(' data-original-value="{}"', point.original) if point.original else "",
        id=point.claim_id,
        kind=kind,
        q=point.qualifier,
        o=" outlier" if outlier else "",
        v=point.value,
        s=point.series,
        k=style.key,
        shape=style.shape,
        c=colour,
        label=point.label,
        extra=extra,
        drawn=shape,
    )


def legend_items(styles: dict) -> list:
    """The legend, outlets by name and "no outlet" last: SeriesStyles for `series_styles`, or
    (name, colour) pairs for `series_colours` (the embeddable charts' legend)."""
    if all(isinstance(style, str) for style in styles.values()):
        return sorted(styles.items(), key=lambda item: (item[1] == NO_OUTLET_COLOUR, item[0]))
    return sorted(styles.values(), key=lambda style: (style.colour == NO_OUTLET_COLOUR, style.name))


__all__ = [
    "ChartPoint",
    "PeriodGroup",
    "SeriesStyle",
    "axis_ticks",
    "comparable_period",
    "legend_items",
    "period_label",
    "series_colours",
    "series_styles",
    "timeline_svg",
]
