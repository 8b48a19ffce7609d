"""A public page per claim, /claims/<id>/: citable, stable, with ClaimReview for editors' verdicts."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from claims import vocabulary as vocab
from claims.models import Claim
from publishing import claim_page, claimreview, words


@require_safe
def claim_detail(request, pk: int):
    """Every claim keeps its page, a rejected one too (people cited it): it then says so, and lists
    leave it out."""
    claim = get_object_or_404(Claim.objects.select_related("article", "article__source"), pk=pk)
    article = claim.article
    repeats, repeat_count = claim_page.repeats_of(claim)
    verdicts = claim_page.verdicts_of(claim)
    url = request.build_absolute_uri(reverse("claim_page", args=[claim.pk]))
    reviews = claimreview.claim_reviews(claim, verdicts, repeats, request)
    first = next((c for c in repeats if c.article.published), repeats[0] if repeats else None)
    return render(
        request,
        "publishing/claim_page.html",
        {
            "claim": claim,
            "article": article,
            "metric_label": vocab.metric_label(claim.metric),
            "figure": words.figure_words(claim),
            "period": words.period_words(claim),
            "said_by": words.said_by_words(claim),
            "excerpt": claim_page.excerpt(claim, article.body),
            "repeats": repeats,
            "repeat_count": repeat_count,
            "more_repeats": max(0, repeat_count - len(repeats)),
            "first": first,
            "verdicts": verdicts,
            "history": claim_page.public_history(claim),
            "citation": claim_page.citation(claim, url),
            "url": url,
            "json_ld": claimreview.json_ld_script(reviews) if reviews else "",
            "rejected": getattr(claim, "review_state", "") == "rejected",
            "review_state": claim.get_review_state_display()
            if hasattr(claim, "get_review_state_display")
            else "",
            "as_of": getattr(claim, "as_of", None),
        },
    )
