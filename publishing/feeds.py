"""Atom feeds: the newest claims of any /claims/ filter at /claims/feed/?<the same filters>.

Django's syndication framework writes the Atom; the filters are the claims page's own FilterSet, so
a feed holds exactly the claims the page lists for the same query. Entries are ordered by when the
claim entered the record (newest first), not by publication date: an article dated last year but
imported today is new to a subscriber, and must not fall outside the feed's window.
"""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from publishing import words
from publishing.reading import filter_query, filtered_claims

FEED_SIZE = 50


def day_start(day) -> datetime | None:
    """A publication date as the aware moment its day begins where ctfacts is (Africa/Casablanca)."""
    if day is None:
        return None
    return timezone.make_aware(datetime.combine(day, time.min))


def claim_updated(claim) -> datetime:
    """When the claim last changed for readers: an editor's review, else the article's import."""
    reviewed = getattr(claim, "reviewed_at", None)
    imported = claim.article.imported_at
    return max(reviewed, imported) if reviewed else imported


class ClaimEntries(Feed):
    """What every claims feed shares: one entry per claim, linking to its claim page."""

    feed_type = Atom1Feed
    author_name = "ctfacts"

    def item_title(self, claim):
        return words.headline(claim)

    def item_description(self, claim):
        return _("“%(sentence)s” Said by: %(said_by)s.") % {
            "sentence": claim.sentence,
            "said_by": words.said_by_words(claim),
        }

    def item_link(self, claim):
        return reverse("claim_page", args=[claim.pk])

    def item_pubdate(self, claim):
        return day_start(claim.article.published)

    def item_updateddate(self, claim):
        return claim_updated(claim)

    def item_author_name(self, claim):
        return words.outlet_words(claim)

    def item_categories(self, claim):
        return [vocab.metric_label(claim.metric)]


class ClaimsFeed(ClaimEntries):
    """/claims/feed/?<filters>: a bad filter answers 400 with the form's message, as the page does."""

    def __call__(self, request, *args, **kwargs):
        filterset = filtered_claims(request.GET)
        if not filterset.is_valid():
            return render(
                request, "claims/bad_request.html", {"form": filterset.form, "what": _("claims")}, status=400
            )
        request.claims_filter = filterset
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request.claims_filter

    def title(self, filterset):
        described = describe_filters(filterset)
        return _("ctfacts: claims") + (f" — {described}" if described else "")

    def subtitle(self, filterset):
        return _("The newest figures ctfacts recorded for this search, newest first.")

    def link(self, filterset):
        query = filter_query(filterset.data)
        return reverse("claim_list") + (f"?{query.urlencode()}" if query else "")

    def items(self, filterset):
        return filterset.qs.order_by("-id")[:FEED_SIZE]


def describe_filters(filterset) -> str:
    """The active filters in words, for a feed's title: "Metric: Persons arrested · Outlet: hespress"."""
    parts = []
    data = filterset.form.cleaned_data
    for name, field in filterset.form.fields.items():
        value = data.get(name)
        if value in (None, "", []) or name in ("sort",):
            continue
        if name == "metric":
            value = vocab.metric_label(value)
        elif hasattr(field, "choices") and name in ("qualifier", "org"):
            value = dict(field.choices).get(value, value)
        parts.append(f"{field.label}: {value}")
    return " · ".join(str(part) for part in parts)
