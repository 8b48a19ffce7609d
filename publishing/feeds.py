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

    def feed_url(self, filterset):
        """The feed's own address, filters included (rel="self": what a reader subscribes to)."""
        query = filter_query(filterset.data)
        return reverse("claims_feed") + (f"?{query.urlencode()}" if query else "")

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


class SavedSearchFeed(ClaimEntries):
    """/searches/<token>/feed/: a saved search's newest claims, with the findings and editors'
    verdicts its alerts raised, newest first. The token is the address's secret: a feed reader
    cannot sign in."""

    def get_object(self, request, token):
        from django.shortcuts import get_object_or_404

        from publishing.models import SavedSearch

        return get_object_or_404(SavedSearch, token=token)

    def title(self, saved):
        return _("ctfacts: %(name)s") % {"name": saved.name}

    def subtitle(self, saved):
        return _("New claims, findings and editors' verdicts of this saved search, newest first.")

    def link(self, saved):
        return reverse("claim_list") + (f"?{saved.query}" if saved.query else "")

    def items(self, saved):
        from publishing.models import Alert

        filterset = filtered_claims(saved.query_dict())
        claims = list(filterset.qs.order_by("-id")[:FEED_SIZE]) if filterset.is_valid() else []
        news = list(
            saved.alerts.exclude(kind=Alert.CLAIM)
            .select_related("claim", "claim__article", "claim__article__source", "finding")
            .order_by("-id")[:FEED_SIZE]
        )
        entries = [*claims, *news]
        entries.sort(key=lambda entry: self.item_updateddate(entry), reverse=True)
        return entries[:FEED_SIZE]

    @staticmethod
    def _is_alert(entry) -> bool:
        return hasattr(entry, "saved_search_id")

    def item_title(self, entry):
        if not self._is_alert(entry):
            return super().item_title(entry)
        if entry.kind == "finding":
            finding = entry.payload.get("finding", {})
            return _("Finding: %(kind)s (%(metric)s)") % {
                "kind": finding.get("kind_label", ""),
                "metric": finding.get("metric_label", ""),
            }
        verdict = entry.payload.get("verdict", {})
        headline = words.headline(entry.claim) if entry.claim else ""
        return _("Editors' verdict: %(verdict)s — %(claim)s") % {
            "verdict": verdict.get("verdict_label", ""),
            "claim": headline,
        }

    def item_description(self, entry):
        if not self._is_alert(entry):
            return super().item_description(entry)
        if entry.kind == "finding":
            return entry.payload.get("finding", {}).get("explanation", "")
        return entry.claim.sentence if entry.claim else ""

    def item_link(self, entry):
        if not self._is_alert(entry):
            return super().item_link(entry)
        if entry.claim_id:
            return reverse("claim_page", args=[entry.claim_id])
        links = entry.payload.get("finding", {}).get("claims", [])
        return links[0] if links else reverse("claim_list")

    def item_guid(self, entry):
        if not self._is_alert(entry):
            return None  # the claim page's address
        return f"{self.item_link(entry)}#alert-{entry.pk}"

    def item_guid_is_permalink(self, entry):
        return False

    def item_pubdate(self, entry):
        return entry.created_at if self._is_alert(entry) else super().item_pubdate(entry)

    def item_updateddate(self, entry):
        return entry.created_at if self._is_alert(entry) else claim_updated(entry)

    def item_author_name(self, entry):
        return "ctfacts" if self._is_alert(entry) else super().item_author_name(entry)

    def item_categories(self, entry):
        return [entry.get_kind_display()] if self._is_alert(entry) else super().item_categories(entry)
