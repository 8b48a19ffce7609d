"""Jobs the editors watch, the items they are made of, feeds, hosts we fetch from, and copy sketches.

An `ImportJob` is a list of `ImportItem` rows written once, in one transaction, when the job is
created. Workers claim items one at a time (`SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL) and
import each in the same transaction that marks it done: a worker killed mid-item leaves the item
pending and no article, and another worker takes it; an item is never done twice.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A running job whose workers have not reported for this long is stalled: `resume_stalled_jobs`
# (cron, or the Resume button) hands it to another worker.
STALL_AFTER = timedelta(seconds=getattr(settings, "INGEST_STALL_AFTER_SECONDS", 120))


class ImportJobQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(state__in=[ImportJob.QUEUED, ImportJob.RUNNING])

    def stalled(self, now=None):
        """Unfinished jobs with pending items that no worker has reported on for STALL_AFTER."""
        limit = (now or timezone.now()) - STALL_AFTER
        quiet = Q(heartbeat_at__lt=limit) | Q(heartbeat_at__isnull=True, created_at__lt=limit)
        return self.unfinished().filter(quiet, items__state=ImportItem.PENDING).distinct()


class ImportJob(models.Model):
    UPLOAD, URLS, FEED, REEXTRACT = "upload", "urls", "feed", "reextract"
    KINDS = [
        (UPLOAD, _("files and archives")),
        (URLS, _("web addresses")),
        (FEED, _("feed")),
        (REEXTRACT, _("re-extraction")),
    ]
    QUEUED, RUNNING, FINISHED = "queued", "running", "finished"
    STATES = [(QUEUED, _("queued")), (RUNNING, _("running")), (FINISHED, _("finished"))]
    # Outcome counters, one per ImportItem status (claims.importer's statuses, plus "failed").
    OUTCOMES = ("new", "updated", "unchanged", "rejected", "failed")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=KINDS)
    label = models.CharField(max_length=500, help_text="What was asked for: file names, addresses, a feed.")
    # The editor's choice on the upload form: a file whose name one article has updates that article.
    replace = models.BooleanField(default=False)
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Written by a worker after each item: a job whose heartbeat is old and that still has pending
    # items lost its worker (killed, host gone).
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["queued", "running", "finished"]), name="job_state_known"
            ),
            models.CheckConstraint(condition=Q(done__lte=F("total")), name="job_done_within_total"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label}"

    def get_absolute_url(self):
        return reverse("ingest:job", args=[self.pk])

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)

    @property
    def is_finished(self) -> bool:
        return self.state == self.FINISHED

    def is_stalled(self, now=None) -> bool:
        return ImportJob.objects.stalled(now).filter(pk=self.pk).exists()

    def live_counts(self) -> dict[str, int]:
        """done and each outcome, counted from the items now (one query)."""
        rows = self.items.filter(state=ImportItem.DONE).values_list("status").annotate(n=models.Count("id"))
        counts = {outcome: 0 for outcome in self.OUTCOMES}
        counts.update(dict(rows))
        return {"done": sum(counts.values()), **counts}

    def recount(self) -> None:
        """Copy the items' counts onto the job row. Workers do it now and then, not per item: one row
        written by every worker of a job after each article would make them wait for each other."""
        counts = self.live_counts()
        ImportJob.objects.filter(pk=self.pk).update(heartbeat_at=timezone.now(), **counts)
        for field, value in counts.items():
            setattr(self, field, value)

    def progress(self) -> dict:
        """What the job page polls (ingest/views.py job_progress): small, no article text, counted live."""
        counts = self.live_counts()
        return {
            "state": self.state,
            "state_label": str(self.get_state_display()),
            "total": self.total,
            "percent": 100 if not self.total else int(100 * counts["done"] / self.total),
            **counts,
            "finished": self.is_finished,
        }


class ImportItem(models.Model):
    """One article to import: bytes (a file, an archive member), an address, or an article to re-extract."""

    PENDING, DONE = "pending", "done"
    STATES = [(PENDING, _("pending")), (DONE, _("done"))]
    STATUSES = [
        ("new", _("new")),
        ("updated", _("updated")),
        ("unchanged", _("unchanged")),
        ("rejected", _("rejected")),
        ("failed", _("failed")),
    ]

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    # The file name, `archive.zip!path/inside.txt` for an archive member, or the address.
    name = models.CharField(max_length=600)
    # The bytes to import; emptied once the item is done (the article keeps what matters).
    content = models.BinaryField(null=True, blank=True, editable=False)
    url = models.URLField(max_length=2000, blank=True)
    # For a feed's items: the outlet the editor named for the feed.
    outlet = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=STATES, default=PENDING)
    status = models.CharField(max_length=10, choices=STATUSES, blank=True)
    reason = models.TextField(blank=True)
    claims = models.PositiveIntegerField(default=0)
    # The article imported (or, for a re-extraction, the article to re-read).
    article = models.ForeignKey(
        "claims.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    # host:pid of the worker that imported it (which host did what, when several share a job).
    worker = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["job_id", "position"]
        indexes = [models.Index(fields=["job", "state", "position"], name="item_job_state_position")]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="one_item_per_position"),
            models.CheckConstraint(condition=Q(state__in=["pending", "done"]), name="item_state_known"),
            # A done item says how it ended; a pending one has not ended.
            models.CheckConstraint(
                condition=Q(state="pending", status="") | (Q(state="done") & ~Q(status="")),
                name="item_status_when_done",
            ),
        ]

    def __str__(self):
        return self.name


class Feed(models.Model):
    """An outlet's RSS/Atom feed or sitemap, polled by `poll_feeds` (cron or its --loop)."""

    url = models.URLField(max_length=2000, unique=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="The outlet its articles are from.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)
    interval_minutes = models.PositiveIntegerField(default=60)
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    # Conditional GET: what the server said last time, sent back as If-None-Match / If-Modified-Since.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_result = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.CheckConstraint(condition=Q(interval_minutes__gte=5), name="feed_interval_polite")
        ]

    def __str__(self):
        return self.url

    def due(self):
        return self.active and self.next_poll_at <= timezone.now()


class FeedEntry(models.Model):
    """An address a feed listed once: listed again, it is known and skipped."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    url = models.URLField(max_length=2000)
    first_seen_at = models.DateTimeField(auto_now_add=True)
    job = models.ForeignKey(ImportJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-first_seen_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "url"], name="one_entry_per_feed_url")]

    def __str__(self):
        return self.url


class FetchHost(models.Model):
    """Per host: when we may ask it next (a polite delay shared by every worker) and its robots.txt."""

    host = models.CharField(max_length=300, unique=True)
    next_fetch_at = models.DateTimeField(default=timezone.now)
    robots_txt = models.TextField(blank=True)
    robots_fetched_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.host


class ArticleSketch(models.Model):
    """A MinHash sketch of an article's folded body (ingest/copies.py) and its LSH band keys."""

    article = models.OneToOneField("claims.Article", on_delete=models.CASCADE, related_name="sketch")
    signature = models.JSONField()

    def __str__(self):
        return f"sketch of article {self.article_id}"


class SketchBand(models.Model):
    """One band of a sketch, hashed: articles sharing a band are candidate copies (compared in full)."""

    sketch = models.ForeignKey(ArticleSketch, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sketch", "key"], name="one_band_key_per_sketch")]

    def __str__(self):
        return f"band {self.key} of sketch {self.sketch_id}"
