"""Saved searches and the alerts they raise: what a signed-in reader follows, and what was sent.

A saved search is a /claims/ filter kept under a name. Following it (`publishing.alerts.follow`)
turns what is new in the record since the last time (claims it selects, findings on them, editors'
verdicts on them) into `Alert` rows, one per saved search and thing, which feed the search's private
Atom feed, its e-mail digest and its webhook deliveries. The unique (search, key) pair makes
following idempotent: a thing seen twice raises one alert.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


def new_secret() -> str:
    return secrets.token_hex(32)


class SavedSearchQuerySet(models.QuerySet):
    def with_webhook(self):
        return self.exclude(webhook_url="")


class SavedSearch(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=200)
    # The filters of /claims/, as a query string normalized by publishing.reading.filter_query.
    query = models.CharField(max_length=2000, blank=True)
    # The language alerts are written in: the owner's when the search was saved.
    language = models.CharField(max_length=8, default="ar")
    # The private feed's address: whoever holds it reads the feed, as with any feed reader.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    email_digest = models.BooleanField(_("e-mail digest"), default=True)
    webhook_url = models.URLField(_("webhook address"), max_length=500, blank=True)
    # The HMAC-SHA256 key of the webhook's signatures; shown to the owner only.
    webhook_secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Newest ids of the record when the search was saved (nothing older alerts) and when last followed.
    first_claim_id = models.BigIntegerField(default=0)
    first_finding_id = models.BigIntegerField(default=0)
    first_event_id = models.BigIntegerField(default=0)
    seen_claim_id = models.BigIntegerField(default=0)
    seen_finding_id = models.BigIntegerField(default=0)
    seen_event_id = models.BigIntegerField(default=0)
    followed_at = models.DateTimeField(null=True, blank=True)

    objects = SavedSearchQuerySet.as_manager()

    class Meta:
        ordering = ["owner_id", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "query"], name="one_saved_search_per_query"),
            models.CheckConstraint(condition=~Q(name=""), name="saved_search_named"),
        ]

    def __str__(self):
        return self.name

    def query_dict(self) -> QueryDict:
        return QueryDict(self.query)


class Alert(models.Model):
    """One new thing a saved search selects, kept for its feed, its digest and its webhook."""

    CLAIM, FINDING, VERDICT = "claim", "finding", "verdict"
    KINDS = [(CLAIM, _("new claim")), (FINDING, _("new finding")), (VERDICT, _("editor's verdict"))]
    # Webhook delivery: none (no webhook when raised), pending (to send or to retry), delivered, failed
    # (every attempt failed).
    NONE, PENDING, DELIVERED, FAILED = "none", "pending", "delivered", "failed"
    DELIVERIES = [
        (NONE, _("no webhook")),
        (PENDING, _("pending")),
        (DELIVERED, _("delivered")),
        (FAILED, _("failed")),
    ]

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=10, choices=KINDS)
    # What the alert is about, unique per search: "claim:12", "finding:3", "event:55".
    key = models.CharField(max_length=60)
    claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    finding = models.ForeignKey(
        "claims.Finding", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The webhook body's "data" (and what the feed and digest word): plain JSON values, never an
    # editor's internal note.
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    delivery = models.CharField(max_length=10, choices=DELIVERIES, default=NONE)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["delivery", "next_attempt_at"], name="alert_delivery_due")]
        constraints = [
            models.UniqueConstraint(fields=["saved_search", "key"], name="one_alert_per_thing"),
            models.CheckConstraint(
                condition=Q(kind__in=["claim", "finding", "verdict"]), name="alert_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(delivery__in=["none", "pending", "delivered", "failed"]),
                name="alert_delivery_known",
            ),
            models.CheckConstraint(
                condition=Q(delivery="delivered", delivered_at__isnull=False) | ~Q(delivery="delivered"),
                name="alert_delivered_when",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.key} for {self.saved_search_id}"
