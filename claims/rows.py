"""Rows of claims tables, written out in Python.

A page of 50 claims rendered through `{% include "claims/_claim_row.html" %}` cost about 23 ms (half of
a claims page built from scratch, bench/README.md): each row resolved some 40 template variables,
7 `{% translate %}` tags, 4 `{% url %}`s and a date. Here the labels are translated once per table,
the addresses reversed once and filled in per row, and each date formatted once; every piece of text
still goes through format_html, so it is escaped as the template escaped it.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from claims.charts import number_text
from claims.templatetags.editors import claim_value, editorial_badge

SENTENCE_CHARACTERS = 160


def _address(name: str, placeholder) -> tuple[str, str]:
    """The path of `name` around its argument: reversed once, filled in per row."""
    before, after = reverse(name, args=[placeholder]).split(str(placeholder), 1)
    return before, after


class RowWriter:
    """Writes the rows of one table: labels, addresses and shared pieces prepared once."""

    def __init__(self, *, selectable: bool = False, show_badge: bool = False):
        self.selectable, self.show_badge = selectable, show_badge
        self.labels = {
            "value": _("Value"),
            "metric": _("Metric"),
            "period": _("Period"),
            "said_by": _("Said by"),
            "outlet": _("Outlet"),
            "published": _("Published"),
            "sentence": _("Sentence"),
        }
        self.select_label = _("Select this claim")
        self.no_outlet, self.no_date, self.history = _("no outlet"), _("no date"), _("history")
        self.metric_url = _address("metric_detail", "metric-slug")
        self.source_url = _address("source_detail", "source-slug")
        self.article_url = _address("article_detail", 4242424242)
        self.history_url = _address("editors:claim_history", 4242424242)
        self.claim_url = _address("claim_page", 4242424242)  # publishing's page of one claim
        self.claim_page = _("claim page")
        self.uncertain = render_to_string("claims/_uncertain.html").strip()
        self.dates: dict = {}

    def date(self, day) -> SafeString:
        if day is None:
            return format_html('<span class="muted">{}</span>', self.no_date)
        if day not in self.dates:
            self.dates[day] = format_html(
                '<time datetime="{}">{}</time>', day.isoformat(), formats.date_format(day, "DATE_FORMAT")
            )
        return self.dates[day]

    def row(self, claim) -> SafeString:
        article = claim.article
        source = article.source
        qualifier = vocab.qualifier_label(claim.qualifier)
        shown = claim.display_value
        if claim.original_value is not None:  # an editor's value, with the engine's beside it
            figure = format_html('<span dir="auto">{}</span>', claim_value(claim))
        else:
            figure = format_html(
                '<span class="value" dir="auto"><bdi>{}</bdi></span>{}',
                claim.value_text,
                format_html(' <span class="normalized">= {}</span>', _figure(shown))
                if claim.value_text != str(shown)
                else "",
            )
        value_cell = format_html(
            '{}{}{}\n    <div class="qualifier q-{}">{}{}</div>{}{}',
            format_html(
                '<input type="checkbox" name="claims" value="{}" form="flag-selected" aria-label="{}"> ',
                claim.pk,
                self.select_label,
            )
            if self.selectable
            else "",
            figure,
            " %" if claim.unit == "percent" else "",
            claim.qualifier,
            qualifier,
            format_html(" · <bdi>{}</bdi>", claim.qualifier_text)
            if claim.qualifier_text and claim.qualifier_text != qualifier
            else "",
            mark_safe(self.uncertain) if getattr(claim, "uncertain", False) else "",  # noqa: S308 - our template
            editorial_badge(claim) if self.show_badge else "",
        )
        return format_html(
            '<tr id="row-{pk}" data-claim-id="{pk}">\n'
            '  <td data-label="{l_value}">{value_cell}</td>\n'
            '  <td data-label="{l_metric}"><a href="{m0}{metric}{m1}">{metric_label}</a>{subset}</td>\n'
            '  <td data-label="{l_period}">{period_label}{period_text}</td>\n'
            '  <td data-label="{l_said_by}">{org}{person}{attribution}</td>\n'
            '  <td data-label="{l_outlet}">{outlet}</td>\n'
            '  <td data-label="{l_published}">{published}</td>\n'
            '  <td data-label="{l_sentence}"><a class="sentence-link" href="{a0}{article_id}{a1}#claim-{pk}" '
            'dir="auto">{sentence}</a> <a class="history-link muted" href="{h0}{pk}{h1}">{history}</a> '
            '<a class="claim-page-link muted" href="{c0}{pk}{c1}">{claim_page}</a></td>\n'
            "</tr>",
            pk=claim.pk,
            value_cell=value_cell,
            metric=claim.metric,
            metric_label=getattr(claim, "metric_label", None) or vocab.metric_label(claim.metric),
            subset=format_html(' <span class="subset">({})</span>', vocab.subset_label(claim.subset))
            if claim.subset
            else "",
            period_label=getattr(claim, "period_label", ""),
            period_text=format_html('<div class="muted" dir="auto">{}</div>', claim.period_text)
            if claim.period_text
            else "",
            org=vocab.org_label(claim.org),
            person=format_html(" — <bdi>{}</bdi>", claim.person) if claim.person else "",
            attribution=format_html('<div class="muted" dir="auto">{}</div>', claim.attribution_raw)
            if claim.attribution_raw
            else "",
            outlet=format_html(
                '<a href="{}{}{}"><bdi>{}</bdi></a>',
                self.source_url[0],
                source.slug,
                self.source_url[1],
                source.name,
            )
            if source
            else format_html('<span class="muted">{}</span>', self.no_outlet),
            published=self.date(article.published),
            article_id=claim.article_id,
            sentence=Truncator(claim.sentence).chars(SENTENCE_CHARACTERS),
            history=self.history,
            claim_page=self.claim_page,
            c0=self.claim_url[0],
            c1=self.claim_url[1],
            m0=self.metric_url[0],
            m1=self.metric_url[1],
            a0=self.article_url[0],
            a1=self.article_url[1],
            h0=self.history_url[0],
            h1=self.history_url[1],
            **{f"l_{key}": label for key, label in self.labels.items()},
        )

    def rows(self, claims) -> SafeString:
        return format_html_join("", "{}", ((self.row(claim),) for claim in claims))


def _figure(value) -> str:
    return number_text(float(value))
