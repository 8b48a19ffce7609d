"""A claim in words, in the reader's language: for feed entries, e-mails, citations and embeds."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from claims.charts import period_label


def figure_words(claim) -> str:
    """ "more than 200", "about 35 %": the figure with its qualifier (exact figures stand alone)."""
    figure = claim.value_text if claim.value_text else str(claim.display_value)
    if claim.unit == "percent":
        figure = f"{figure} %"
    if claim.qualifier == "exact":
        return figure
    return f"{claim.get_qualifier_display()} {figure}"


def period_words(claim) -> str:
    return period_label(claim.period_type, claim.period_start, claim.period_end)


def said_by_words(claim) -> str:
    who = str(claim.get_org_display())
    return f"{who} — {claim.person}" if claim.person else who


def outlet_words(claim) -> str:
    source = claim.article.source
    return source.name if source else _("no outlet")


def published_words(claim) -> str:
    published = claim.article.published
    return date_format(published, "j F Y") if published else _("no date")


def headline(claim) -> str:
    """ "Terrorist cells dismantled: more than 200 (since 2002) — Hespress, 2 May 2024"."""
    return _("%(metric)s: %(figure)s (%(period)s) — %(outlet)s, %(date)s") % {
        "metric": vocab.metric_label(claim.metric),
        "figure": figure_words(claim),
        "period": period_words(claim),
        "outlet": outlet_words(claim),
        "date": published_words(claim),
    }
