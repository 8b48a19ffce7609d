"""What editors add to the record: findings of the consistency engine, flags, history.

Everything here hangs on `Claim` rows, whose primary keys survive re-imports and re-extraction
because the importer updates claims in place by `Claim.identity` (article content hash, span,
metric), and keeps a claim the engine no longer finds once editors have worked on it. An editor's
reading of a claim (verified, corrected, rejected, added) lives on the claim itself
(`Claim.review_state`, its columns and `Claim.machine_reading`); its steps are `ClaimEvent`s.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.models.articles import Article, Claim

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

# Kinds whose first claim is the figure at issue and the others only what shows it is wrong: a stale
# figure is the old total repeated, not the newer totals that made it stale; an implausible value is
# the spike, not its neighbours. In the other kinds the engine cannot tell which figure is wrong.
FIRST_CLAIM_ACCUSED = frozenset({"stale_figure", "implausible_value"})


def accused_claim_ids(kind: str, claim_ids) -> set:
    """Which of a finding's claims (in the engine's reading order) it says are wrong."""
    claim_ids = list(claim_ids)
    if kind in FIRST_CLAIM_ACCUSED and claim_ids:
        return {claim_ids[0]}
    return set(claim_ids)


class FindingQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Finding.OPEN)

    def visible(self):
        """Those the queue shows: scored at or above the threshold (consistency/severity.py)."""
        from claims.consistency.severity import THRESHOLD

        return self.filter(score__gte=THRESHOLD)

    def hidden(self):
        from claims.consistency.severity import THRESHOLD

        return self.filter(score__lt=THRESHOLD)

    def for_queue(self):
        """With each finding's claims (`finding.links`, accused first) and their articles."""
        return self.prefetch_related(
            models.Prefetch(
                "links",
                queryset=FindingClaim.objects.select_related(
                    "claim", "claim__article", "claim__article__source"
                )
                .defer("claim__article__body", "claim__article__search_text")
                .order_by("role", "claim__article__published", "claim_id"),
            ),
            models.Prefetch("events", queryset=FindingEvent.objects.order_by("at", "id")),
        ).order_by("-score", "-updated_at", "-id")


class Finding(models.Model):
    """An inconsistency the engine found among claims, kept under a key built from the claims' identities.

    The key does not change when claims are re-extracted in place, so a dismissed finding stays
    dismissed: the refresh never reopens a key it already holds.
    """

    OPEN, CONFIRMED, DISMISSED, RESOLVED = "open", "confirmed", "dismissed", "resolved"
    STATUSES = [
        (OPEN, _("open")),
        (CONFIRMED, _("confirmed")),
        (DISMISSED, _("dismissed")),
        (RESOLVED, _("resolved")),
    ]

    kind = models.SlugField(max_length=60, db_index=True)
    metric = models.SlugField(max_length=60, db_index=True)
    claims = models.ManyToManyField(Claim, related_name="findings", through="FindingClaim")
    explanation = models.TextField()
    key = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(blank=True)
    # How much an editor should trust it, 0-1 (claims/consistency/severity.py): the gap between its
    # sides, the independent sources on each, the confidence of their readings. The queue's order;
    # under severity.THRESHOLD the queue hides it unless asked.
    score = models.FloatField(default=1.0, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FindingQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "-updated_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "confirmed", "dismissed", "resolved"]),
                name="finding_status_known",
            ),
            models.CheckConstraint(condition=~Q(key=""), name="finding_key_not_empty"),
        ]

    def __str__(self):
        return f"{self.kind} ({self.metric})"

    def get_kind_display(self):
        return dict(FINDING_KINDS).get(self.kind, self.kind.replace("_", " "))

    def accused_claims(self):
        """The claims this finding says are wrong (its other claims are its evidence)."""
        return Claim.objects.filter(finding_links__finding=self, finding_links__role=FindingClaim.ACCUSED)


class FindingEvent(models.Model):
    """One line of a finding's history: found, confirmed, dismissed, or resolved by the correction
    (or rejection) of one of its claims."""

    FOUND, CONFIRMED, DISMISSED, RESOLVED = "found", "confirmed", "dismissed", "resolved"
    ACTIONS = [
        (FOUND, _("found by the engine")),
        (CONFIRMED, _("confirmed")),
        (DISMISSED, _("dismissed")),
        (RESOLVED, _("resolved")),
    ]

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20, choices=ACTIONS)
    # Who: null for what the engine did by itself.
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The claim whose correction or rejection resolved the finding.
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=["found", "confirmed", "dismissed", "resolved"]),
                name="finding_event_action_known",
            )
        ]

    def __str__(self):
        return self.sentence()

    def sentence(self) -> str:
        """'resolved by the correction of claim 12', in the interface language."""
        from django.utils.translation import gettext

        if self.action == self.RESOLVED and self.claim_id:
            if self.note == "rejected":
                return gettext("resolved by the rejection of claim %(claim)s") % {"claim": self.claim_id}
            return gettext("resolved by the correction of claim %(claim)s") % {"claim": self.claim_id}
        return str(dict(self.ACTIONS).get(self.action, self.action))


class FindingClaim(models.Model):
    """A claim in a finding, and its part in it: the figure the finding says is wrong (accused), or a
    figure that shows it (evidence). Confirming a finding flags its accused claims only.

    The table is the one Django made for `Finding.claims` before it had a role (migration 0008).
    """

    ACCUSED, EVIDENCE = "accused", "evidence"
    ROLES = [(ACCUSED, _("accused")), (EVIDENCE, _("evidence"))]

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="links")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="finding_links")
    role = models.CharField(max_length=10, choices=ROLES, default=ACCUSED)

    class Meta:
        db_table = "claims_finding_claims"
        unique_together = [("finding", "claim")]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["accused", "evidence"]), name="finding_claim_role_known"
            )
        ]

    def __str__(self):
        return f"{self.role} claim {self.claim_id} in finding {self.finding_id}"


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Flag.OPEN)

    def for_queue(self):
        return self.select_related("created_by", "finding").prefetch_related(
            models.Prefetch("claims", queryset=Claim.objects.for_listing())
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


EVENT_ACTIONS = [
    ("flagged", _("flagged")),
    ("flag_resolved", _("flag resolved")),
    ("flag_dismissed", _("flag dismissed")),
    ("verified", _("verified")),
    ("corrected", _("corrected")),
    ("rejected", _("rejected as not a claim")),
    ("restored", _("machine reading restored")),
    ("added", _("added by an editor")),
    ("reread", _("read again by the engine")),
    ("finding_confirmed", _("finding confirmed")),
    ("finding_dismissed", _("finding dismissed")),
    ("vanished", _("no longer extracted")),
]
# What readers see of a claim's history (the public part and /corrections/): editors' decisions on
# its reading and the flags' reasons, never an internal note or comment.
PUBLIC_ACTIONS = frozenset(
    {"flagged", "flag_resolved", "flag_dismissed", "verified", "corrected", "rejected", "restored", "added"}
)
# The steps a newsroom announces in its corrections log.
CORRECTION_ACTIONS = frozenset({"corrected", "rejected", "restored"})


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(action__in=sorted(PUBLIC_ACTIONS))

    def corrections(self):
        return self.filter(action__in=sorted(CORRECTION_ACTIONS))


class ClaimEvent(models.Model):
    """One line of a claim's history: who did what, when, and the state before and after."""

    FLAGGED = "flagged"
    FLAG_RESOLVED = "flag_resolved"
    FLAG_DISMISSED = "flag_dismissed"
    VERIFIED = "verified"
    CORRECTED = "corrected"
    REJECTED = "rejected"
    RESTORED = "restored"
    ADDED = "added"
    REREAD = "reread"
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
    # The editor's internal note: editors only, never on a public page.
    summary = models.TextField(blank=True)
    # What readers are told (the corrections log, the public history); may be empty.
    public_note = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=[a for a, _ in EVENT_ACTIONS]), name="claim_event_action_known"
            )
        ]
        indexes = [models.Index(fields=["action", "at"], name="claim_event_action_at")]

    def __str__(self):
        return f"{self.get_action_display()} on claim {self.claim_id}"

    @property
    def is_public(self) -> bool:
        return self.action in PUBLIC_ACTIONS

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for each field the step changed, for the history table."""
        keys = [*self.before, *(k for k in self.after if k not in self.before)]
        return [
            (key, self.before.get(key), self.after.get(key))
            for key in keys
            if self.before.get(key) != self.after.get(key)
        ]


class ArticleEvent(models.Model):
    """One correction of an article's details (title, outlet, date, dateline, address): who, when,
    before and after, the editor's internal note and what readers are told."""

    CORRECTED = "corrected"
    ACTIONS = [(CORRECTED, _("corrected"))]

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20, choices=ACTIONS, default=CORRECTED)
    summary = models.TextField(blank=True)
    public_note = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(action__in=["corrected"]), name="article_event_action_known")
        ]

    def __str__(self):
        return f"{self.get_action_display()} on article {self.article_id}"

    @property
    def is_public(self) -> bool:
        return True

    def changes(self) -> list[tuple[str, object, object]]:
        keys = [*self.before, *(k for k in self.after if k not in self.before)]
        return [
            (key, self.before.get(key), self.after.get(key))
            for key in keys
            if self.before.get(key) != self.after.get(key)
        ]
