"""JSON for scripts and newsroom tools: the claims page's rows, with the same filters and pages."""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from claims import vocabulary as vocab
from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import Claim
from claims.models.articles import open_flags
from claims.views.exports import partner_codes
from claims.views.journalists import BadPage, page_of, query_with


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
        "value": claim.display_value if isinstance(claim.display_value, int) else float(claim.value),
        "value_text": claim.value_text,
        "qualifier": claim.qualifier,
        "qualifier_text": claim.qualifier_text or None,
        "unit": claim.unit,
        "period": {
            "type": claim.period_type,
            "start": claim.period_start or None,
            "end": claim.period_end or None,
            "text": claim.period_text or None,
        },
        "attribution": {
            "org": claim.org,
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
            "url": article.url or None,
            "file": article.file_name,
            "partner_countries": partners.split() if partners else [],
        },
        "editorial": editorial_record(claim),
        "link": request.build_absolute_uri(link),
    }


@require_safe
def claims(request):
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.public().for_listing().defer(*ARTICLE_TEXT))
    if not filterset.is_valid():
        return JsonResponse({"errors": filterset.form.errors.get_json_data()}, status=400)
    try:
        page = page_of(filterset.qs, request.GET.get("page"))
    except BadPage as exc:
        return JsonResponse({"errors": {"page": [{"message": str(exc), "code": "invalid"}]}}, status=400)
    prefetch_related_objects(page.items, open_flags())
    partners = partner_codes({claim.article_id for claim in page.items})
    base = request.build_absolute_uri(request.path)
    stops_early = {}
    if page.stops_early:
        csv_url = request.build_absolute_uri(reverse("claims_csv")) + query_with(request)
        stops_early = {
            "next_note": f"Pages stop at {page.number}: narrow the filters, or read every row from {csv_url}"
        }
    return JsonResponse(
        {
            **stops_early,
            "count": page.count,
            "next": base + query_with(request, drop=(), page=page.number + 1) if page.has_next else None,
            "previous": base + query_with(request, drop=(), page=page.number - 1)
            if page.has_previous and page.number - 1 <= max(page.num_pages, 1)
            else None,
            "results": [
                claim_record(claim, request, partners.get(claim.article_id, "")) for claim in page.items
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
