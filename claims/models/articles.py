"""Articles, their outlets, the figures they state and the countries they cite."""

from __future__ import annotations

import hashlib
import os
import socket
from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims.slugs import latin_slug


class SourceQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            article_count=models.Count("articles", distinct=True),
            claim_count=models.Count("articles__claims", distinct=True),
        )


class Source(models.Model):
    """A news outlet, named as it prints itself (برلمان، هسبريس, Le360)."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=False)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def for_name(cls, name: str | None) -> Source | None:
        if not name:
            return None
        source = cls.objects.filter(name=name).first()
        if source:
            return source
        base = latin_slug(name) or "outlet"
        slug, n = base, 2
        while cls.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        source, _created = cls.objects.get_or_create(name=name, defaults={"slug": slug})
        return source


class ArticleQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by(models.F("published").desc(nulls_last=True), "-imported_at")


class Article(models.Model):
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    title = models.CharField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    dateline = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, default="ar")
    # Where the article was read (a pasted address, a fetched page, a feed's item); feeds skip known ones.
    url = models.URLField(max_length=2000, blank=True)
    # Offsets of claims and countries are relative to `body`: the article text only.
    body = models.TextField()
    # Where `body` starts in the decoded file, so file offsets (CONTRACT.md) can be rebuilt.
    body_offset = models.PositiveIntegerField(default=0)
    layout = models.CharField(max_length=20, blank=True)
    # Title and body folded by claims.extraction.normalize.fold (hamza, alef maqsura, taa marbuta,
    # tashkeel): search folds the query the same way, so "إسبانيا" finds "اسبانيا". On PostgreSQL a
    # GIN index over to_tsvector('arabic', search_text) serves it (migration 0002, claims/search.py).
    search_text = models.TextField(blank=True, default="", editable=False)
    file_name = models.CharField(max_length=500, db_index=True)
    content_hash = models.CharField(max_length=64, unique=True)
    encoding = models.CharField(max_length=40)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # A syndicated copy (the same agency dispatch printed by another outlet) points to the earliest
    # copy; the earliest points nowhere. "Independent source" = Coalesce(copy_of_id, id): a figure
    # repeated by copies counts once, while every outlet that printed it keeps its own article.
    # Kept by ingest/copies.py (MinHash over the folded body).
    copy_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies", editable=False
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        # Also "published DESC NULLS LAST, id" (migration 0004, raw SQL: SQLite refuses NULLS LAST in an
        # index): newest first is how every list is read (bench/README.md).
        indexes = [
            models.Index(fields=["source", "published"], name="article_source_published"),
            # Feeds skip addresses already imported (ingest/feeds.py). An index of its own, not
            # db_index on the field: altering the field makes SQLite rebuild the table, dropping triggers.
            models.Index(fields=["url"], name="article_url"),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(content_hash=""), name="article_hash_not_empty"),
        ]

    def __str__(self):
        return self.title or self.file_name

    @property
    def independent_source_id(self) -> int:
        """The article that stands for this one as an independent source (itself, or the copy's original)."""
        return self.copy_of_id or self.pk

    @staticmethod
    def folded_search_text(title: str, body: str) -> str:
        from claims.search import search_document

        return search_document(title, body)

    def refresh_search_text(self) -> None:
        self.search_text = self.folded_search_text(self.title, self.body)

    @staticmethod
    def hash_bytes(raw: bytes) -> str:
        return hashlib.sha256(raw).hexdigest()


class ClaimQuerySet(models.QuerySet):
    def for_listing(self):
        """With each claim's article and outlet, but not the article's text: a list of 900 claims of
        one 20 MB article fetched 900 copies of its body (an editors' queue died of it)."""
        return self.select_related("article", "article__source").defer(
            "article__body", "article__search_text"
        )

    def of_metric(self, metric: str):
        return self.filter(metric=metric)

    def newest_first(self):
        return self.order_by(models.F("article__published").desc(nulls_last=True), "article_id", "start")

    def with_editorial(self):
        """Open flags (as `open_flags`) and the correction, for `claims/editors/_badge.html`: 2 queries."""
        return self.select_related("correction").prefetch_related(open_flags())


def open_flags() -> models.Prefetch:
    """A claim's open flags as `claim.open_flags`; for prefetch_related_objects on claims already
    fetched when only some of them show a badge."""
    from claims.models.editorial import Flag

    return models.Prefetch("flags", queryset=Flag.objects.open(), to_attr="open_flags")


class Claim(models.Model):
    """One figure stated in one article, with the sentence and span it came from."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    # Stable identity across re-imports and re-extraction: editors' flags hang on it.
    identity = models.CharField(max_length=120, unique=True)
    metric = models.SlugField(max_length=60, db_index=True)
    subset = models.SlugField(max_length=60, blank=True)
    value = models.DecimalField(max_digits=14, decimal_places=2)
    value_text = models.CharField(max_length=200)
    qualifier = models.CharField(max_length=20, choices=vocab.QUALIFIERS, default="exact")
    qualifier_text = models.CharField(max_length=100, blank=True)
    unit = models.CharField(max_length=10, choices=vocab.UNITS, default="count")
    period_type = models.CharField(max_length=30, choices=vocab.PERIOD_TYPES, default="unspecified")
    period_start = models.CharField(max_length=10, blank=True)
    period_end = models.CharField(max_length=10, blank=True)
    period_text = models.CharField(max_length=300, blank=True)
    period_year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    org = models.CharField(max_length=30, choices=vocab.ORGS, default="unspecified", db_index=True)
    person = models.CharField(max_length=200, blank=True)
    attribution_raw = models.CharField(max_length=500, blank=True)
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # The engine's confidence in value, metric, period and attribution together, 0-1 (calibrated:
    # `make eval` prints the share of claims right per band); pages say when a figure is uncertain.
    confidence = models.FloatField(default=0.5)
    # The date the text gives the figure itself, ISO at its precision ("2020-11"); blank: current on
    # the publication date.
    as_of = models.CharField(max_length=10, blank=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start"]
        indexes = [models.Index(fields=["metric", "article"])]
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="claim_value_not_negative"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(qualifier__in=[q for q, _ in vocab.QUALIFIERS]), name="claim_qualifier_known"
            ),
            models.CheckConstraint(
                condition=Q(unit__in=[u for u, _ in vocab.UNITS]), name="claim_unit_known"
            ),
            models.CheckConstraint(
                condition=Q(period_type__in=[p for p, _ in vocab.PERIOD_TYPES]),
                name="claim_period_type_known",
            ),
            models.CheckConstraint(condition=Q(org__in=[o for o, _ in vocab.ORGS]), name="claim_org_known"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="claim_confidence_0_1"
            ),
        ]

    def __str__(self):
        return f"{self.metric} {self.value_text}"

    @staticmethod
    def make_identity(content_hash: str, start: int, end: int, metric: str) -> str:
        return f"{content_hash[:32]}:{start}:{end}:{metric}"

    @property
    def display_value(self):
        value = self.value
        return int(value) if value == int(value) else value


class Country(models.Model):
    code = models.CharField(max_length=2, unique=True)
    name_ar = models.CharField(max_length=100)
    name_en = models.CharField(max_length=100)
    name_fr = models.CharField(max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_iso2")
        ]

    def __str__(self):
        return f"{self.name_en} ({self.code})"

    @classmethod
    def for_code(cls, code: str) -> Country:
        from babel import Locale

        country = cls.objects.filter(code=code).first()
        if country:
            return country
        names = {lang: Locale(lang).territories.get(code, code) for lang in ("ar", "en", "fr")}
        country, _created = cls.objects.get_or_create(
            code=code, defaults={"name_ar": names["ar"], "name_en": names["en"], "name_fr": names["fr"]}
        )
        return country


class ArticleCountry(models.Model):
    PARTNER, MENTIONED = "partner", "mentioned"
    ROLES = [(PARTNER, _("partner")), (MENTIONED, _("mentioned"))]

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="country_mentions")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="mentions")
    role = models.CharField(max_length=10, choices=ROLES)
    text = models.CharField(max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article_id", "start"]
        # The partner-country filter and country pages start from a country, not from an article.
        indexes = [models.Index(fields=["country", "role", "article"], name="mention_country_role")]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "country"], name="one_mention_per_span"),
            models.CheckConstraint(condition=Q(role__in=["partner", "mentioned"]), name="country_role_known"),
        ]

    def __str__(self):
        return f"{self.country.code} ({self.role})"


def process_is_gone(pid: int) -> bool:
    """True when no process `pid` runs on this machine (a zombie, killed but not yet reaped, is gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's process: alive
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


# An import's loop saves a heartbeat every RUN_HEARTBEAT (claims/importer.py). A run on another machine
# whose heartbeat is older than RUN_STALE_AFTER was killed or timed out (a file's read takes far less).
RUN_HEARTBEAT = timedelta(seconds=30)
RUN_STALE_AFTER = timedelta(minutes=15)


class ImportRunQuerySet(models.QuerySet):
    def start(self, requested: str) -> ImportRun:
        """A new running run, after marking failed the runs nobody will ever finish."""
        self.sweep_abandoned()
        return self.create(
            requested=requested, host=socket.gethostname()[:255], pid=os.getpid(), heartbeat_at=timezone.now()
        )

    def abandoned(self, now=None) -> list[tuple[ImportRun, str]]:
        """Running runs whose process is gone (this machine) or silent past RUN_STALE_AFTER, with why."""
        now = now or timezone.now()
        here = socket.gethostname()[:255]
        found = []
        for run in self.filter(status=ImportRun.RUNNING):
            last_sign = run.heartbeat_at or run.started_at
            if run.host == here and run.pid and process_is_gone(run.pid):
                found.append((run, f"its process {run.pid} on {run.host} ended without finishing the run"))
            elif last_sign < now - RUN_STALE_AFTER:
                found.append((run, f"no sign of life since {last_sign:%Y-%m-%d %H:%M} (killed or timed out)"))
        return found

    def sweep_abandoned(self, now=None) -> list[ImportRun]:
        """Mark abandoned runs failed, saying why; the runs marked."""
        marked = []
        for run, why in self.abandoned(now):
            updated = ImportRun.objects.filter(pk=run.pk, status=ImportRun.RUNNING).update(
                status=ImportRun.FAILED, finished_at=timezone.now(), error=f"abandoned: {why}"[:2000]
            )
            if updated:
                marked.append(run)
        return marked


class ImportRun(models.Model):
    RUNNING, FINISHED, FAILED = "running", "finished", "failed"
    STATUSES = [(RUNNING, _("running")), (FINISHED, _("finished")), (FAILED, _("failed"))]

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=RUNNING)
    requested = models.TextField(help_text="The paths (or upload names) that were asked for.")
    new = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    rejections = models.JSONField(default=list, blank=True, help_text="[{file, reason}]")
    warnings = models.JSONField(
        default=list, blank=True, help_text="[{file, warning}]: imported, with a doubt"
    )
    error = models.TextField(blank=True)
    # Who runs it, and its last sign of life: a run whose process was killed (or whose web request
    # timed out) is marked failed by the next run or `sweep_import_runs` instead of staying "running".
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["running", "finished", "failed"]), name="run_status_known"
            )
        ]

    def __str__(self):
        return f"import {self.started_at:%Y-%m-%d %H:%M} ({self.status})"

    def summary(self) -> str:
        return f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected"
