"""Articles, their outlets, the figures they state and the countries they cite."""

from __future__ import annotations

import hashlib
import os
import socket
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
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
    # The details (DETAIL_FIELDS) as the import read them, once an editor corrected any of them: a
    # re-import of the file updates this and leaves the editor's corrections in place. NULL while
    # no editor has corrected the article.
    machine_details = models.JSONField(null=True, blank=True, editable=False)
    # A syndicated copy (the same agency dispatch printed by another outlet) points to the earliest
    # copy; the earliest points nowhere. "Independent source" = Coalesce(copy_of_id, id): a figure
    # repeated by copies counts once, while every outlet that printed it keeps its own article.
    # Kept by ingest/copies.py (MinHash over the folded body).
    copy_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies", editable=False
    )

    objects = ArticleQuerySet.as_manager()

    # What an editor may correct of an article, by name in its history.
    DETAIL_FIELDS = ("title", "outlet", "published", "dateline", "url")

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

    def details(self) -> dict:
        """Title, outlet, publication date, dateline and address, as JSON values."""
        return {
            "title": self.title,
            "outlet": self.source.name if self.source_id else "",
            "published": self.published.isoformat() if self.published else "",
            "dateline": self.dateline,
            "url": self.url,
        }

    def corrected_details(self) -> list[str]:
        if self.machine_details is None:
            return []
        details = self.details()
        return [field for field in self.DETAIL_FIELDS if self.machine_details.get(field) != details[field]]

    @staticmethod
    def hash_bytes(raw: bytes) -> str:
        return hashlib.sha256(raw).hexdigest()


class ClaimQuerySet(models.QuerySet):
    def public(self):
        """What readers see: every claim but those editors rejected as not a claim (kept for history)."""
        return self.exclude(review_state=Claim.REJECTED)

    def reviewed(self):
        """Claims an editor verified, corrected, rejected or added: the newsroom's own gold."""
        return self.exclude(review_state=Claim.MACHINE)

    def for_listing(self):
        """With each claim's article and outlet, but not the article's text: a list of 900 claims of
        one 20 MB article fetched 900 copies of its body (an editors' queue died of it)."""
        return self.select_related("article", "article__source").defer(
            "article__body", "article__search_text"
        )

    def by_review_impact(self):
        """Most consequential first, for the review queue: claims inside an open finding, then the
        engine's least sure readings, then the figures repeated most (same metric, value and period),
        then the newest. Annotates `in_open_finding` and `repeats`."""
        from claims.models.editorial import Finding, FindingClaim

        in_open_finding = models.Exists(
            FindingClaim.objects.filter(claim_id=models.OuterRef("pk"), finding__status=Finding.OPEN)
        )
        repeats = models.Window(
            models.Count("id"), partition_by=[F("metric"), F("value"), F("period_type"), F("period_start")]
        )
        order = [
            F("in_open_finding").desc(),
            F("confidence").asc(),
            F("repeats").desc(),
            F("article__published").desc(nulls_last=True),
            "id",
        ]
        return self.annotate(in_open_finding=in_open_finding, repeats=repeats).order_by(*order)

    def of_metric(self, metric: str):
        return self.filter(metric=metric)

    def newest_first(self):
        return self.order_by(models.F("article__published").desc(nulls_last=True), "article_id", "start")

    def with_editorial(self):
        """Open flags (as `open_flags`) for `claims/editors/_badge.html`: one more query per page.

        The review state and the machine's reading are columns of the claim itself: no join.
        """
        return self.prefetch_related(open_flags())


def open_flags() -> models.Prefetch:
    """A claim's open flags as `claim.open_flags`; for prefetch_related_objects on claims already
    fetched when only some of them show a badge."""
    from claims.models.editorial import Flag

    return models.Prefetch("flags", queryset=Flag.objects.open(), to_attr="open_flags")


# The fields that make up a reading of a figure: what the engine reads, and what an editor may correct.
# The claim's columns hold the effective reading (the editor's where there is one, else the engine's),
# so every reader (pages, filters, chart, CSV, API, consistency) uses it with no join; the engine's
# own reading of a reviewed claim is kept beside it in `machine_reading`.
READING_FIELDS = (
    "metric",
    "subset",
    "value",
    "qualifier",
    "qualifier_text",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "period_text",
    "period_year",
    "org",
    "person",
    "attribution_raw",
    "as_of",
    # The engine's confidence in its reading; an editor's reading is sure (1.0), the engine's is kept.
    "confidence",
)
# The fields an editor corrects by hand; the *_text fields and period_year follow from them.
CORRECTABLE_FIELDS = (
    "value",
    "metric",
    "subset",
    "qualifier",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "org",
    "person",
    "as_of",
)
# A corrected field makes the engine's wording of it meaningless: "منذ سنة 2002" is not the period 2020.
WORDING_OF = {"qualifier": "qualifier_text", "period_type": "period_text", "org": "attribution_raw"}


def reading_value(field: str, value):
    """A reading's value as JSON holds it: the figure as its plain text ("2009", "1.5")."""
    if field == "value" and value is not None and not isinstance(value, Decimal):
        value = Decimal(str(value))
    if isinstance(value, Decimal):
        return str(int(value)) if value == int(value) else str(value.normalize())
    return value


class Claim(models.Model):
    """One figure stated in one article, with the sentence and span it came from.

    Its reading columns (READING_FIELDS) are the effective reading: the engine's, until an editor
    verifies, corrects or rejects it (`review_state`); from then on the editor's, and the engine's
    reading is kept in `machine_reading`, which imports and `reextract` update without touching
    the editor's columns.
    """

    MACHINE, VERIFIED, CORRECTED, REJECTED = "machine", "verified", "corrected", "rejected"
    REVIEW_STATES = [
        (MACHINE, _("machine-read")),
        (VERIFIED, _("verified")),
        (CORRECTED, _("corrected")),
        (REJECTED, _("rejected")),
    ]

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
    review_state = models.CharField(max_length=10, choices=REVIEW_STATES, default=MACHINE, db_index=True)
    # The engine's reading (READING_FIELDS, as JSON values) of a claim an editor reviewed; NULL while
    # the columns are the engine's reading themselves, and for a claim an editor added that the
    # engine has never found.
    machine_reading = models.JSONField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Set for a figure the engine missed and an editor added by selecting it in the article.
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

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
            models.CheckConstraint(
                condition=Q(review_state__in=["machine", "verified", "corrected", "rejected"]),
                name="claim_review_state_known",
            ),
            # A reviewed claim says who reviewed it; a machine reading has no reviewer.
            models.CheckConstraint(
                condition=(Q(review_state="machine") & Q(reviewed_by__isnull=True))
                | (~Q(review_state="machine") & Q(reviewed_by__isnull=False)),
                name="claim_reviewer_iff_reviewed",
            ),
            # The engine's reading is kept once an editor has a say, unless the engine never read it.
            models.CheckConstraint(
                condition=Q(review_state="machine")
                | Q(machine_reading__isnull=False)
                | Q(added_by__isnull=False),
                name="claim_reviewed_keeps_machine_reading",
            ),
            # An editor's added claim is the editor's reading from the start.
            models.CheckConstraint(
                condition=Q(added_by__isnull=True) | ~Q(review_state="machine"),
                name="claim_added_is_reviewed",
            ),
        ]

    def __str__(self):
        return f"{self.metric} {self.value_text}"

    def reading(self) -> dict:
        """The effective reading, as JSON values."""
        return {field: reading_value(field, getattr(self, field)) for field in READING_FIELDS}

    @property
    def machine(self) -> dict | None:
        """The engine's reading; None for an added figure the engine has never found."""
        if self.machine_reading is not None:
            return {**self.reading(), **self.machine_reading}
        return None if self.added_by_id else self.reading()

    def corrected_fields(self) -> list[str]:
        """The fields where the effective reading differs from the engine's."""
        machine = self.machine
        if machine is None or self.review_state == self.MACHINE:
            return []
        reading = self.reading()
        return [
            field
            for field in READING_FIELDS
            if field != "confidence" and machine.get(field, reading[field]) != reading[field]
        ]

    @property
    def is_corrected(self) -> bool:
        return self.review_state == self.CORRECTED

    @property
    def original_value(self):
        """The value the engine read, when an editor corrected it to another; else None."""
        machine = self.machine
        if not self.is_corrected or machine is None:
            return None
        original = Decimal(str(machine["value"]))
        if original == self.value:
            return None
        return int(original) if original == int(original) else original

    @property
    def is_public(self) -> bool:
        return self.review_state != self.REJECTED

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
