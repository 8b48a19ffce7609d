"""JSON for scripts and newsroom tools: the claims page's rows, with the same filters and pages.

As fast as the page: the total comes from the same cached count as `/claims/`, and the body of a
page is kept in the same page cache (claims/page_cache.py), so a second reading is one query.

A page's rows are read as plain values (`RecordWriter`), not as model instances: building 50 Claim,
Article and Source objects and prefetching their flags cost ~60% of a first reading at full scale
(bench/README.md). `claim_record` (one claim instance, for alerts) is the reference both must agree
with, key for key (tests/views/test_api_rows.py).
"""

from __future__ import annotations

import functools
import json

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from claims import facet_cache, page_cache
from claims import vocabulary as vocab
from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import ArticleCountry, Claim, Country, Flag
from claims.models.articles import READING_FIELDS
from claims.rows import _address
from claims.views.journalists import (
    CLAIM_LIST_PARAMS,
    BadPage,
    claims_total,
    page_of,
    public_claims,
    query_with,
)


def reading_record(reading: dict) -> dict:
    """A reading (Claim.reading() or the engine's kept beside it) in the shape of a result."""
    value = reading["value"]
    number = float(value) if "." in str(value) else int(value)
    return {
        "metric": reading["metric"],
        "subset": reading.get("subset") or None,
        "value": number,
        "qualifier": reading["qualifier"],
        "unit": reading["unit"],
        "period": {
            "type": reading["period_type"],
            "start": reading.get("period_start") or None,
            "end": reading.get("period_end") or None,
            "text": reading.get("period_text") or None,
        },
        "attribution": {
            "org": reading["org"],
            "person": reading.get("person") or None,
            "raw": reading.get("attribution_raw") or None,
        },
        "as_of": reading.get("as_of") or None,
        "confidence": reading.get("confidence"),
    }


def editorial_record(claim: Claim) -> dict:
    """What editors made of the claim: its state, open flags' reasons, and the engine's reading of a
    corrected claim (the original), with the fields an editor changed."""
    flags = sorted({flag.reason for flag in getattr(claim, "open_flags", [])})
    corrected = claim.corrected_fields() if claim.is_corrected else []
    return {
        "state": "flagged" if flags else claim.review_state,
        "review_state": claim.review_state,
        "flags": flags,
        "reviewed_at": claim.reviewed_at.isoformat() if claim.reviewed_at else None,
        "added_by_editor": bool(claim.added_by_id),
        "corrected_fields": corrected,
        "original": reading_record(claim.machine) if corrected else None,
    }


def claim_record(claim: Claim, request, partners: str = "") -> dict:
    article = claim.article
    link = reverse("article_detail", args=[article.pk]) + f"#claim-{claim.pk}"
    return {
        "id": claim.pk,
        "metric": claim.metric,
        "metric_label": vocab.metric_label(claim.metric),
        "subset": claim.subset or None,
        "subset_label": vocab.subset_label(claim.subset) or None,
        "value": claim.display_value if isinstance(claim.display_value, int) else float(claim.value),
        "value_text": claim.value_text,
        "qualifier": claim.qualifier,
        "qualifier_label": vocab.qualifier_label(claim.qualifier),
        "qualifier_text": claim.qualifier_text or None,
        "unit": claim.unit,
        "period": {
            "type": claim.period_type,
            "type_label": vocab.period_type_label(claim.period_type),
            "start": claim.period_start or None,
            "end": claim.period_end or None,
            "text": claim.period_text or None,
        },
        "attribution": {
            "org": claim.org,
            "org_label": vocab.org_label(claim.org),
            "person": claim.person or None,
            "raw": claim.attribution_raw or None,
        },
        "sentence": claim.sentence,
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.source.name if article.source else None,
            "outlet_slug": article.source.slug if article.source else None,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "url": article.url or None,
            "file": article.file_name,
            "partner_countries": partners.split() if partners else [],
        },
        "editorial": editorial_record(claim),
        "link": request.build_absolute_uri(link),
    }


@require_safe
def claims(request):
    page_cache.normalize_query(request, CLAIM_LIST_PARAMS)  # as /claims/: the same filters, the same key
    version = facet_cache.data_version()
    # Links in the body are absolute: the host is part of what the cached body depends on.
    what = f"api_claims|{request.scheme}://{request.get_host()}"
    body = page_cache.cached_content(request, what, version, lambda: claims_body(request, version))
    if isinstance(body, HttpResponse):
        return body
    return HttpResponse(body, content_type="application/json")


def claims_body(request, version: str) -> str | JsonResponse:
    """One page of claims as JSON text, or a 400 naming each bad field with its message."""
    if ClaimFilter.filters_in(request.GET):
        filterset = ClaimFilter(request.GET, queryset=public_claims().for_listing().defer(*ARTICLE_TEXT))
        if not filterset.is_valid():
            return JsonResponse({"errors": filterset.form.errors.get_json_data()}, status=400)
        counted = filterset.qs
        rows = counted.values(*ROW_FIELDS)
    else:  # the unfiltered list, what scripts read most: no form to build and validate
        counted, rows = public_claims(), unfiltered_rows().all()
    try:
        # Counted without the values' joins to the article and outlet (a miss counts 990k claims).
        page = page_of(
            rows, request.GET.get("page"), count=lambda: claims_total(counted, request.GET, version)
        )
    except BadPage as exc:
        return JsonResponse({"errors": {"page": [{"message": str(exc), "code": "invalid"}]}}, status=400)
    base = request.build_absolute_uri(request.path)
    stops_early = {}
    if page.stops_early:
        csv_url = request.build_absolute_uri(reverse("claims_csv")) + query_with(request)
        stops_early = {
            "next_note": f"Pages stop at {page.number}: narrow the filters, or read every row from {csv_url}"
        }
    return json.dumps(
        {
            **stops_early,
            "count": page.count,
            "next": base + query_with(request, drop=(), page=page.number + 1) if page.has_next else None,
            "previous": base + query_with(request, drop=(), page=page.number - 1)
            if page.has_previous and page.number - 1 <= max(page.num_pages, 1)
            else None,
            "results": RecordWriter(request).records(page.items),
        },
        ensure_ascii=False,
    )


# What a result needs of a claim, its article and outlet: read as values, one dict per row.
ROW_FIELDS = (
    "id",
    *READING_FIELDS,
    "value_text",
    "sentence",
    "review_state",
    "reviewed_at",
    "added_by_id",
    "machine_reading",
    "article_id",
    "article__title",
    "article__published",
    "article__language",
    "article__url",
    "article__file_name",
    "article__source__name",
    "article__source__slug",
)


@functools.cache
def unfiltered_rows():
    """The unfiltered list's rows as values, its query built once per process (each request reads a
    clone, `.all()`): building it cost about as much as running it (0.3 of ~0.7 ms)."""
    return ClaimFilter.unfiltered(public_claims()).values(*ROW_FIELDS)


# The claim's own columns among them, for the few rows that need the model's reading (corrected ones).
CLAIM_COLUMNS = tuple(name for name in ROW_FIELDS if not name.startswith("article__"))


class RecordWriter:
    """The results of one page from rows of values: what claim_record gives for each claim, with the
    labels translated once per page and the article's address reversed once."""

    def __init__(self, request):
        before, after = _address("article_detail", 4242424242)
        self.link_before, self.link_after = request.build_absolute_uri(before), after
        self.labels: dict = {}

    def label(self, kind, slug: str) -> str:
        key = (kind, slug)
        if key not in self.labels:
            self.labels[key] = kind(slug)
        return self.labels[key]

    def records(self, rows: list[dict]) -> list[dict]:
        flags, partners = flags_and_partners(rows)
        return [
            self.record(row, partners.get(row["article_id"], ""), flags.get(row["id"], ())) for row in rows
        ]

    def record(self, row: dict, partners: str, flags) -> dict:
        label = self.label
        value = row["value"]
        whole = int(value)
        published = row["article__published"]
        return {
            "id": row["id"],
            "metric": row["metric"],
            "metric_label": label(vocab.metric_label, row["metric"]),
            "subset": row["subset"] or None,
            "subset_label": label(vocab.subset_label, row["subset"]) or None,
            "value": whole if value == whole else float(value),
            "value_text": row["value_text"],
            "qualifier": row["qualifier"],
            "qualifier_label": label(vocab.qualifier_label, row["qualifier"]),
            "qualifier_text": row["qualifier_text"] or None,
            "unit": row["unit"],
            "period": {
                "type": row["period_type"],
                "type_label": label(vocab.period_type_label, row["period_type"]),
                "start": row["period_start"] or None,
                "end": row["period_end"] or None,
                "text": row["period_text"] or None,
            },
            "attribution": {
                "org": row["org"],
                "org_label": label(vocab.org_label, row["org"]),
                "person": row["person"] or None,
                "raw": row["attribution_raw"] or None,
            },
            "sentence": row["sentence"],
            "article": {
                "id": row["article_id"],
                "title": row["article__title"],
                "outlet": row["article__source__name"],
                "outlet_slug": row["article__source__slug"],
                "published": published.isoformat() if published else None,
                "language": row["article__language"],
                "url": row["article__url"] or None,
                "file": row["article__file_name"],
                "partner_countries": partners.split() if partners else [],
            },
            "editorial": self.editorial(row, flags),
            "link": f"{self.link_before}{row['article_id']}{self.link_after}#claim-{row['id']}",
        }

    @staticmethod
    def editorial(row: dict, flags) -> dict:
        """editorial_record's answer; a corrected claim (rare) through the model's own reading."""
        state = row["review_state"]
        corrected, original = [], None
        if state == Claim.CORRECTED:
            claim = Claim(**{name: row[name] for name in CLAIM_COLUMNS})
            corrected = claim.corrected_fields()
            original = reading_record(claim.machine) if corrected else None
        reviewed_at = row["reviewed_at"]
        return {
            "state": "flagged" if flags else state,
            "review_state": state,
            "flags": sorted(flags),
            "reviewed_at": reviewed_at.isoformat() if reviewed_at else None,
            "added_by_editor": bool(row["added_by_id"]),
            "corrected_fields": corrected,
            "original": original,
        }


# The query of flags_and_partners: only the models' own table and column names and "%s" marks are formatted in; every value
# is a parameter.
EXTRAS_SQL = (
    "SELECT 0, fc.{claim_id}, f.{reason} FROM {flag_claims} fc INNER JOIN {flag} f ON f.{id} = fc.{flag_id} "
    "WHERE f.{status} = %s AND fc.{claim_id} IN ({claim_ids}) "
    "UNION ALL SELECT 1, m.{article_id}, c.{code} FROM {mention} m INNER JOIN {country} c ON c.{id} = m.{country_id} "
    "WHERE m.{role} = %s AND m.{article_id} IN ({article_ids})"
)


def _table_names() -> dict[str, str]:
    name = connection.ops.quote_name
    tables = {
        "flag_claims": Flag.claims.through._meta.db_table,
        "flag": Flag._meta.db_table,
        "mention": ArticleCountry._meta.db_table,
        "country": Country._meta.db_table,
    }
    columns = ("id", "claim_id", "flag_id", "reason", "status", "article_id", "country_id", "code", "role")
    return {key: name(value) for key, value in tables.items()} | {column: name(column) for column in columns}


def flags_and_partners(rows: list[dict]) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Each claim's open flags' reasons, and each article's partner countries as "ES FR" (what
    partner_codes gives), for a page of rows: one query (~0.75 ms at full scale) instead of two ORM
    queries (~1 ms each)."""
    flags: dict[int, set[str]] = {}
    codes: dict[int, set[str]] = {}
    if not rows:
        return flags, {}
    claim_ids = [row["id"] for row in rows]
    article_ids = sorted({row["article_id"] for row in rows})
    marks = ", ".join(["%s"] * len(claim_ids)), ", ".join(["%s"] * len(article_ids))
    sql = EXTRAS_SQL.format(claim_ids=marks[0], article_ids=marks[1], **_table_names())
    with connection.cursor() as cursor:
        cursor.execute(sql, [Flag.OPEN, *claim_ids, ArticleCountry.PARTNER, *article_ids])
        for kind, key, text in cursor.fetchall():
            (codes if kind else flags).setdefault(key, set()).add(text)
    return flags, {article_id: " ".join(sorted(found)) for article_id, found in codes.items()}
