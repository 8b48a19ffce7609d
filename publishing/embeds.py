"""Embeddable charts: a metric's comparison across outlets, for one period, with its citation line.

Two forms of the same chart, for a newsroom's CMS:
- /metrics/<slug>/chart.svg: one SVG document (an <img> or an <iframe>), its styles inside it;
- /metrics/<slug>/embed/: a small HTML page for an <iframe>, with the legend and a link back.

`?period=` picks the period (its token, e.g. `since.2002`, `year.2019`, `range.2017.2020`); without it
the period with the most claims is drawn. Both answers may be framed by any site (or those named in
EMBED_FRAME_ANCESTORS); every other page keeps X-Frame-Options DENY and frame-ancestors 'none'.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from claims.charts import (
    HEIGHT,
    WIDTH,
    ChartPoint,
    comparable_period,
    legend_items,
    series_colours,
    timeline_svg,
)
from claims.views.journalists import newest_claims_of

# The standalone SVG's styles: the same look as the site's charts (claims/site.css), inside the
# document, allowed by its own Content-Security-Policy through this text's hash (no 'unsafe-inline').
SVG_STYLE = (
    "svg{font-family:sans-serif;background:#fff}"
    ".timeline .axis,.timeline .tickmark{stroke:#555}.timeline .grid{stroke:#e6e9ec}"
    ".timeline .tick{font-size:11px;fill:#555}.timeline .undated-lane{fill:#f3f4f6}"
    ".title{font-size:15px;font-weight:bold;fill:#1d232a}.legend{font-size:12px;fill:#1d232a}"
    ".cite{font-size:11px;fill:#5b6570}"
)
SVG_STYLE_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(SVG_STYLE.encode()).digest()).decode() + "'"
TITLE_HEIGHT, LEGEND_ROW, CITE_HEIGHT = 34, 20, 40
LEGEND_COLUMNS = 3


def period_token(key: tuple) -> str:
    """A period group's key as a URL token: (unit, subset, kind, *bounds) -> "since.2002", "year.2019.women"."""
    unit, subset, kind, *bounds = key
    parts = [kind, *[b for b in bounds if b]]
    if subset:
        parts.append(subset)
    if unit == "percent":
        parts.append("percent")
    return ".".join(parts)


@dataclass
class Chart:
    slug: str
    label: str  # the metric in words
    period_label: str
    token: str
    svg: SafeString
    legend: list
    claims: int
    outlets: int
    periods: list  # (token, label, count) of every period, most claims first
    newest: object  # the newest publication date drawn

    def citation(self) -> str:
        """The line that goes with the chart wherever it is shown (its address beside it)."""
        newest = date_format(self.newest, "j F Y") if self.newest else _("no date")
        return _(
            "Source: ctfacts, “%(metric)s, %(period)s”: %(claims)s claims from %(outlets)s outlets, "
            "published up to %(newest)s."
        ) % {
            "metric": self.label,
            "period": self.period_label,
            "claims": self.claims,
            "outlets": self.outlets,
            "newest": newest,
        }


def chart_of(slug: str, token: str | None, *, link) -> Chart | None:
    """The metric's chart for the period `token` (the largest period when None); None when the metric
    has no claim or the period is unknown. `link(claim_id)` gives each mark's address."""
    claims, _total = newest_claims_of(slug)
    if not claims:
        return None
    no_outlet = _("no outlet")
    groups: dict[tuple, list] = {}
    labels: dict[tuple, str] = {}
    for claim in claims:
        period = comparable_period(claim)
        groups.setdefault(period.key, []).append(claim)
        labels[period.key] = period.label
    ordered = sorted(groups, key=lambda key: -len(groups[key]))
    periods = [(period_token(key), labels[key], len(groups[key])) for key in ordered]
    chosen = ordered[0] if not token else next((k for k in ordered if period_token(k) == token), None)
    if chosen is None:
        return None
    drawn = groups[chosen]
    series = [c.article.source.name if c.article.source else no_outlet for c in drawn]
    colours = series_colours(series, no_outlet=no_outlet)
    qualifier_words = {q: str(words) for q, words in vocab.QUALIFIERS}
    points = [
        ChartPoint(
            claim_id=c.pk,
            published=c.article.published,
            value=float(c.value),
            qualifier=c.qualifier,
            series=name,
            label=f"{qualifier_words.get(c.qualifier, c.qualifier)} {c.value_text} — {name}, "
            f"{c.article.published.isoformat() if c.article.published else _('no date')}",
        )
        for c, name in zip(drawn, series, strict=True)
    ]
    label = vocab.metric_label(slug)
    svg = timeline_svg(
        points, colours=colours, title=f"{label} · {labels[chosen]}", undated_label=_("no date")
    )
    # Marks link to their claim pages, opened outside the frame.
    svg = mark_safe(  # noqa: S308 - only the href of marks built by timeline_svg changes, to escaped URLs
        re.sub(
            r'href="#row-(\d+)"',
            lambda m: format_html('href="{}" target="_blank"', link(int(m.group(1)))),
            str(svg),
        )
    )
    dates = [c.article.published for c in drawn if c.article.published]
    return Chart(
        slug=slug,
        label=label,
        period_label=labels[chosen],
        token=period_token(chosen),
        svg=svg,
        legend=legend_items(colours),
        claims=len(drawn),
        outlets=len(set(series)),
        periods=periods,
        newest=max(dates) if dates else None,
    )


def standalone_svg(chart: Chart, url: str, language_rtl: bool) -> str:
    """The chart as one SVG document: title, plot, legend and citation, its styles inside."""
    rows = -(-len(chart.legend) // LEGEND_COLUMNS)
    legend_top = TITLE_HEIGHT + HEIGHT + 8
    height = legend_top + rows * LEGEND_ROW + CITE_HEIGHT
    column = WIDTH // LEGEND_COLUMNS
    legend = []
    for n, (name, colour) in enumerate(chart.legend):
        x, y = 16 + (n % LEGEND_COLUMNS) * column, legend_top + (n // LEGEND_COLUMNS) * LEGEND_ROW + 12
        legend.append(
            format_html(
                '<circle cx="{}" cy="{}" r="5" fill="{}"/><text class="legend" x="{}" y="{}">{}</text>',
                x,
                y - 4,
                colour,
                x + 10,
                y,
                name,
            )
        )
    plot = str(chart.svg).replace(
        '<svg class="timeline" ',
        f'<svg class="timeline" x="0" y="{TITLE_HEIGHT}" width="{WIDTH}" height="{HEIGHT}" ',
        1,
    )
    anchor = "end" if language_rtl else "start"
    edge = WIDTH - 16 if language_rtl else 16
    return format_html(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-label="{title}"><title>{title}</title><style>{style}</style>'
        '<text class="title" x="{edge}" y="22" text-anchor="{anchor}">{title}</text>{plot}{legend}'
        '<text class="cite" x="{edge}" y="{cite_y}" text-anchor="{anchor}">{citation}</text>'
        '<a href="{url}" target="_blank"><text class="cite" x="{edge}" y="{url_y}" text-anchor="{anchor}" '
        'direction="ltr">{url}</text></a></svg>\n',
        w=WIDTH,
        h=height,
        title=f"{chart.label} · {chart.period_label}",
        style=mark_safe(SVG_STYLE),  # noqa: S308 - a constant
        edge=edge,
        anchor=anchor,
        plot=mark_safe(plot),  # noqa: S308 - built by timeline_svg, every text escaped there
        legend=mark_safe("".join(legend)),  # noqa: S308 - each piece built by format_html
        cite_y=height - 24,
        url_y=height - 8,
        citation=chart.citation(),
        url=url,
    )
