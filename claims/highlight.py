"""The article body with every claim and every cited country marked in place.

Built here from the stored offsets (relative to Article.body), with each piece of article text
escaped by format_html: templates print the result without ever calling |safe on article text.
Spans that overlap an earlier one are left unmarked rather than nested, so the markup is always
well formed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from claims.charts import period_label


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    html_before: SafeString  # the opening tag
    html_after: SafeString  # the popover and the closing tag


def claim_span(claim, badge: str = "", *, popover: bool = True) -> Span:
    """A claim's mark; without its popover, the mark holds the figure's text and nothing else (the
    editors' review page measures selections in the text)."""
    who = claim.get_org_display()
    if claim.person:
        who = f"{who} — {claim.person}"
    opening = format_html(
        '<mark id="claim-{id}" class="claim {q}" tabindex="0" data-claim-id="{id}" data-metric="{m}" '
        'data-value="{v}" data-qualifier="{q}"{described}>',
        described=format_html(' aria-describedby="claim-{}-info"', claim.pk) if popover else "",
        id=claim.pk,
        m=claim.metric,
        v=claim.display_value,
        q=claim.qualifier,
    )
    if not popover:
        return Span(claim.start, claim.end, opening, mark_safe("</mark>"))  # noqa: S308 - a constant
    closing = format_html(
        '<span class="popover" role="tooltip" id="claim-{id}-info">'
        "<strong>{metric}</strong>"
        "<span>{value_label}: {qualifier} {value}</span>"
        "<span>{period_label}: {period}</span>"
        "<span>{who_label}: {who}</span>{badge}</span></mark>",
        id=claim.pk,
        metric=vocab.metric_label(claim.metric),
        value_label=_("Value"),
        qualifier=claim.get_qualifier_display(),
        value=claim.display_value,
        period_label=_("Period"),
        period=claim.period_text or period_label(claim.period_type, claim.period_start, claim.period_end),
        who_label=_("Said by"),
        who=who,
        badge=badge,
    )
    return Span(claim.start, claim.end, opening, closing)


def country_span(mention, country_name: str) -> Span:
    opening = format_html(
        '<mark id="country-{id}" class="country {role}" tabindex="0" data-country="{code}" '
        'data-role="{role}" aria-describedby="country-{id}-info">',
        id=mention.pk,
        role=mention.role,
        code=mention.country.code,
    )
    closing = format_html(
        '<span class="popover" role="tooltip" id="country-{id}-info"><strong>{name}</strong>'
        "<span>{role}</span></span></mark>",
        id=mention.pk,
        name=country_name,
        role=mention.get_role_display(),
    )
    return Span(mention.start, mention.end, opening, closing)


def highlighted_body(body: str, spans: list[Span]) -> SafeString:
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor or span.end > len(body) or span.end <= span.start:
            continue  # overlaps a span already marked, or stale offsets: leave the text plain
        pieces.append(format_html("{}", body[cursor : span.start]))
        pieces.append(span.html_before)
        pieces.append(format_html("{}", body[span.start : span.end]))
        pieces.append(span.html_after)
        cursor = span.end
    pieces.append(format_html("{}", body[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece above is escaped or built by format_html
