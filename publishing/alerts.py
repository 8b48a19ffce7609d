"""Following saved searches: what is new since the last time, as Alert rows (feed, digest, webhook).

New means a claim, a finding or an editor's verdict whose id is past the search's cursor. Ids are
given out when a row is inserted but become visible when its transaction commits, so several
importers working at once can commit a lower id after a higher one was seen: each pass re-reads
LOOKBACK ids behind the cursor, and the unique (search, key) pair keeps what was already raised
from being raised twice. Nothing older than the search itself ever alerts (`first_*_id`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation

from claims import vocabulary as vocab
from claims.filters import ClaimFilter
from claims.models import Claim, ClaimEvent, Finding
from claims.models.editorial import FINDING_KINDS
from publishing.claim_page import VERDICTS
from publishing.models import Alert, SavedSearch
from publishing.reading import filtered_claims

logger = logging.getLogger(__name__)

LOOKBACK = 2000
# Claims raised per search and pass; past it, one "and N more" alert points to the list (an import
# of ten thousand matching claims is one message, not ten thousand webhooks).
MAX_CLAIM_ALERTS = 50
# Editors' decisions that are verdicts on a claim, and the verdict each gives.
VERDICT_ACTIONS = {"flagged": None, "verified": "verified", "rejected": "not_a_claim"}


def site_url(path: str) -> str:
    """An absolute address on this site, for messages sent outside a request (SITE_URL)."""
    return urljoin(settings.SITE_URL.rstrip("/") + "/", path.lstrip("/"))


class SiteRequest:
    """What claim_record needs of a request, for alerts built by a command or a worker."""

    def build_absolute_uri(self, path: str) -> str:
        return site_url(path)


def newest_ids() -> tuple[int, int, int]:
    return (
        Claim.objects.aggregate(n=Max("id"))["n"] or 0,
        Finding.objects.aggregate(n=Max("id"))["n"] or 0,
        ClaimEvent.objects.aggregate(n=Max("id"))["n"] or 0,
    )


def start_following(saved: SavedSearch) -> None:
    """A new search alerts on what comes after it, not on the whole record."""
    claim_id, finding_id, event_id = newest_ids()
    saved.first_claim_id = saved.seen_claim_id = claim_id
    saved.first_finding_id = saved.seen_finding_id = finding_id
    saved.first_event_id = saved.seen_event_id = event_id


def claim_data(claim: Claim) -> dict:
    from claims.views.api import claim_record

    record = claim_record(claim, SiteRequest())
    record["page"] = site_url(reverse("claim_page", args=[claim.pk]))
    return record


@dataclass
class Raised:
    """Alerts about to be stored for one search."""

    alerts: list[Alert] = field(default_factory=list)

    def add(self, saved, kind, key, payload, *, claim=None, finding=None):
        self.alerts.append(
            Alert(
                saved_search=saved,
                kind=kind,
                key=key,
                payload=payload,
                claim=claim,
                finding=finding,
                delivery=Alert.PENDING if saved.webhook_url else Alert.NONE,
            )
        )


def follow(saved: SavedSearch) -> list[Alert]:
    """Raise the search's new alerts and move its cursors; returns the alerts stored by this pass.
    Labels in the alerts are worded in the search's language."""
    with translation.override(saved.language):
        return _follow(saved)


def _follow(saved: SavedSearch) -> list[Alert]:
    claim_top, finding_top, event_top = newest_ids()
    filterset = filtered_claims(saved.query_dict())
    if not filterset.is_valid():  # a filter that no longer means anything (the vocabulary changed)
        logger.warning("saved search %s has filters that do not validate: %s", saved.pk, saved.query)
        return []
    selected = filterset.qs
    raised = Raised()

    claims = list(
        selected.filter(
            id__gt=max(saved.first_claim_id, saved.seen_claim_id - LOOKBACK), id__lte=claim_top
        ).order_by("id")[: LOOKBACK + MAX_CLAIM_ALERTS + 1]
    )
    known = set(
        Alert.objects.filter(saved_search=saved, key__in=[f"claim:{c.pk}" for c in claims]).values_list(
            "key", flat=True
        )
    )
    fresh = [c for c in claims if f"claim:{c.pk}" not in known]
    for claim in fresh[:MAX_CLAIM_ALERTS]:
        raised.add(saved, Alert.CLAIM, f"claim:{claim.pk}", {"claim": claim_data(claim)}, claim=claim)
    if len(fresh) > MAX_CLAIM_ALERTS:
        last = fresh[MAX_CLAIM_ALERTS - 1].pk
        raised.add(
            saved,
            Alert.CLAIM,
            f"claims-after:{last}",
            {
                "more_claims": len(fresh) - MAX_CLAIM_ALERTS,
                "list": site_url(reverse("claim_list") + "?" + saved.query),
            },
        )

    selected_ids = selected.order_by().values("pk")
    findings = (
        Finding.objects.filter(
            id__gt=max(saved.first_finding_id, saved.seen_finding_id - LOOKBACK),
            id__lte=finding_top,
            claims__in=selected_ids,
        )
        .exclude(status=Finding.DISMISSED)
        .distinct()
        .order_by("id")
        .prefetch_related("claims")
    )
    for finding in findings:
        raised.add(saved, Alert.FINDING, f"finding:{finding.pk}", finding_data(finding), finding=finding)

    # Verdicts on any claim the filters select, rejected ones included: "not a claim" is news too.
    every_claim = ClaimFilter(filterset.data, queryset=Claim.objects.all())
    every_claim.is_valid()
    events = (
        ClaimEvent.objects.filter(
            id__gt=max(saved.first_event_id, saved.seen_event_id - LOOKBACK),
            id__lte=event_top,
            action__in=list(VERDICT_ACTIONS),
            claim__in=every_claim.qs.order_by().values("pk"),
        )
        .select_related("claim", "claim__article", "claim__article__source")
        .order_by("id")
    )
    for event in events:
        raised.add(saved, Alert.VERDICT, f"event:{event.pk}", verdict_data(event), claim=event.claim)

    with transaction.atomic():
        keys = [alert.key for alert in raised.alerts]
        existing = set(Alert.objects.filter(saved_search=saved, key__in=keys).values_list("key", flat=True))
        new = [alert for alert in raised.alerts if alert.key not in existing]
        Alert.objects.bulk_create(new, ignore_conflicts=True)
        SavedSearch.objects.filter(pk=saved.pk).update(
            seen_claim_id=max(saved.seen_claim_id, claim_top),
            seen_finding_id=max(saved.seen_finding_id, finding_top),
            seen_event_id=max(saved.seen_event_id, event_top),
            followed_at=timezone.now(),
        )
    stored = list(Alert.objects.filter(saved_search=saved, key__in=[a.key for a in new]).order_by("id"))
    if saved.webhook_url:
        from publishing.webhooks import send_soon

        for alert in stored:
            if alert.delivery == Alert.PENDING and alert.attempts == 0:
                send_soon(alert)
    return stored


def follow_all() -> int:
    """Follow every saved search; the number of alerts raised."""
    return sum(len(follow(saved)) for saved in SavedSearch.objects.select_related("owner").iterator())


def finding_data(finding: Finding) -> dict:
    return {
        "finding": {
            "id": finding.pk,
            "kind": finding.kind,
            "kind_label": str(dict(FINDING_KINDS).get(finding.kind, finding.kind)),
            "status": finding.status,
            "metric": finding.metric,
            "metric_label": vocab.metric_label(finding.metric),
            "explanation": finding.explanation,
            "claims": [site_url(reverse("claim_page", args=[c.pk])) for c in finding.claims.all()],
        }
    }


def verdict_data(event: ClaimEvent) -> dict:
    reason = VERDICT_ACTIONS[event.action] or (event.after or {}).get("reason", "")
    return {
        "verdict": {
            "verdict": reason,
            "verdict_label": str(VERDICTS.get(reason, reason)),
            "action": event.action,
            "at": event.at.isoformat(),
            "note": getattr(event, "public_note", ""),  # what editors told readers; never their own note
        },
        "claim": claim_data(event.claim),
    }
