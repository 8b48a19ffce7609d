"""What editors add to the record: findings of the consistency engine, flags, corrections, history.

Everything here hangs on `Claim` rows, whose primary keys survive re-imports and re-extraction
because the importer updates claims in place by `Claim.identity` (article content hash, span,
metric), and keeps a claim the engine no longer finds once editors have worked on it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.models.articles import Claim

FINDING_KINDS = [
    ("same_period_disagreement", _("Sources disagree on the same period")),
    ("cumulative_decrease", _("A running total goes down")),
    ("internal_arithmetic", _("A total disagrees with its own breakdown")),
    ("implausible_value", _("An implausible value breaks its series")),
    ("stale_figure", _("A stale figure repeated after newer ones")),
    ("partial_exceeds_whole", _("A full-year figure below an earlier partial-year one")),
]

FLAG_REASONS = [
    ("inconsistent", _("inconsistent")),
    ("misprint", _("misprint")),
    ("stale", _("stale")),
    ("misattributed", _("misattributed")),
    ("not_a_claim", _("not a claim")),
]

# A confirmed finding becomes a flag with the reason closest to its kind.
REASON_FOR_KIND = {"stale_figure": "stale", "implausible_value": "misprint"}


class FindingQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Finding.OPEN)

    def for_queue(self):
        return self.prefetch_related(
            models.Prefetch("claims", queryset=Claim.objects.for_listing().select_related("correction"))
        ).order_by("-updated_at", "-id")


class Finding(models.Model):
    """An inconsistency the engine found among claims, kept under a key built from the claims' identities.

    The key does not change when claims are re-extracted in place, so a dismissed finding stays
    dismissed: the refresh never reopens a key it already holds.
    """

    OPEN, CONFIRMED, DISMISSED = "open", "confirmed", "dismissed"
    STATUSES = [(OPEN, _("open")), (CONFIRMED, _("confirmed")), (DISMISSED, _("dismissed"))]

    kind = models.SlugField(max_length=60, db_index=True)
    metric = models.SlugField(max_length=60, db_index=True)
    claims = models.ManyToManyField(Claim, related_name="findings")
    explanation = models.TextField()
    key = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FindingQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "confirmed", "dismissed"]), name="finding_status_known"
            ),
            models.CheckConstraint(condition=~Q(key=""), name="finding_key_not_empty"),
        ]

    def __str__(self):
        return f"{self.kind} ({self.metric})"

    def get_kind_display(self):
        return dict(FINDING_KINDS).get(self.kind, self.kind.replace("_", " "))


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Flag.OPEN)

    def for_queue(self):
        return self.select_related("created_by", "finding").prefetch_related(
            models.Prefetch("claims", queryset=Claim.objects.for_listing().select_related("correction"))
        )


class Flag(models.Model):
    """An editor's doubt about one claim or a set of claims, open until resolved or dismissed."""

    OPEN, RESOLVED, DISMISSED = "open", "resolved", "dismissed"
    STATUSES = [(OPEN, _("open")), (RESOLVED, _("resolved")), (DISMISSED, _("dismissed"))]

    claims = models.ManyToManyField(Claim, related_name="flags")
    reason = models.CharField(max_length=20, choices=FLAG_REASONS)
    note = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN, db_index=True)
    finding = models.ForeignKey(
        Finding, null=True, blank=True, on_delete=models.SET_NULL, related_name="flags"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(blank=True, help_text="Why the flag was resolved or dismissed.")

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "resolved", "dismissed"]), name="flag_status_known"
            ),
            models.CheckConstraint(
                condition=Q(reason__in=[r for r, _ in FLAG_REASONS]), name="flag_reason_known"
            ),
            # A closed flag says who closed it; an open one has no closer.
            models.CheckConstraint(
                condition=(Q(status="open") & Q(closed_by__isnull=True))
                | (~Q(status="open") & Q(closed_by__isnull=False)),
                name="flag_closed_by_iff_closed",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.get_status_display()})"


class Correction(models.Model):
    """An editor's reading of a claim the engine misread; the extracted value stays on the claim.

    One per claim: correcting again replaces the corrected fields, and the history keeps each step.
    `original_*` is what the engine read when the editor first corrected it.
    """

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="correction")
    value = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    metric = models.SlugField(max_length=60, blank=True)
    original_value = models.DecimalField(max_digits=14, decimal_places=2)
    original_metric = models.SlugField(max_length=60)
    note = models.TextField(blank=True)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=False) | ~Q(metric=""), name="correction_changes_something"
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0), name="correction_value_not_negative"
            ),
        ]

    def __str__(self):
        return f"correction of claim {self.claim_id}"

    @property
    def display_value(self):
        if self.value is None:
            return None
        return int(self.value) if self.value == int(self.value) else self.value

    @property
    def display_original_value(self):
        value = self.original_value
        return int(value) if value == int(value) else value


EVENT_ACTIONS = [
    ("flagged", _("flagged")),
    ("flag_resolved", _("flag resolved")),
    ("flag_dismissed", _("flag dismissed")),
    ("corrected", _("corrected")),
    ("finding_confirmed", _("finding confirmed")),
    ("finding_dismissed", _("finding dismissed")),
    ("vanished", _("no longer extracted")),
]


class ClaimEvent(models.Model):
    """One line of a claim's history: who did what, when, and the state before and after."""

    FLAGGED = "flagged"
    FLAG_RESOLVED = "flag_resolved"
    FLAG_DISMISSED = "flag_dismissed"
    CORRECTED = "corrected"
    FINDING_CONFIRMED = "finding_confirmed"
    FINDING_DISMISSED = "finding_dismissed"
    VANISHED = "vanished"
    ACTIONS = EVENT_ACTIONS

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    # Null only for what the system did by itself (an import no longer finding the claim).
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20, choices=EVENT_ACTIONS)
    summary = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=[a for a, _ in EVENT_ACTIONS]), name="claim_event_action_known"
            )
        ]

    def __str__(self):
        return f"{self.get_action_display()} on claim {self.claim_id}"

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for each field the step changed, for the history table."""
        keys = [*self.before, *(k for k in self.after if k not in self.before)]
        return [
            (key, self.before.get(key), self.after.get(key))
            for key in keys
            if self.before.get(key) != self.after.get(key)
        ]
