"""CSV of the whole filtered set of claims, streamed so a large export never sits in memory."""

from __future__ import annotations

import csv

from django.http import HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import Claim

BOM = "\ufeff"  # so spreadsheet programs read the file as UTF-8 and show Arabic
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = [
    "id",
    "metric",
    "subset",
    "value",
    "value_text",
    "qualifier",
    "qualifier_text",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "period_text",
    "org",
    "person",
    "attribution",
    "outlet",
    "published",
    "article_title",
    "article_url",
    "file",
    "sentence",
    "link",
]


def neutralize(cell) -> str:
    """A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def claim_row(claim: Claim, base_url: str) -> list[str]:
    article = claim.article
    link = base_url + reverse("article_detail", args=[article.pk]) + f"#claim-{claim.pk}"
    cells = [
        claim.pk,
        claim.metric,
        claim.subset,
        claim.display_value,
        claim.value_text,
        claim.qualifier,
        claim.qualifier_text,
        claim.unit,
        claim.period_type,
        claim.period_start,
        claim.period_end,
        claim.period_text,
        claim.org,
        claim.person,
        claim.attribution_raw,
        article.source.name if article.source else "",
        article.published.isoformat() if article.published else "",
        article.title,
        article.url,
        article.file_name,
        claim.sentence,
        link,
    ]
    return [neutralize(cell) for cell in cells]


class _Echo:
    """csv.writer writes into this and hands each line back, for streaming."""

    def write(self, value):
        return value


def _lines(claims, base_url: str):
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(COLUMNS)
    for claim in claims.iterator(chunk_size=500):
        yield writer.writerow(claim_row(claim, base_url))


@require_GET
def claims_csv(request):
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.for_listing().defer(*ARTICLE_TEXT))
    if not filterset.is_valid():
        lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
        return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = StreamingHttpResponse(_lines(filterset.qs, base_url), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ctfacts-claims-{stamp}.csv"'
    return response
