"""ClaimReview JSON-LD (schema.org) for each editor verdict on a claim, for fact-check aggregators.

One ClaimReview per verdict: `claimReviewed` is the sentence as printed; `itemReviewed` is the
`Claim` the outlet published (its `author`, `datePublished`, the article where the same figure
first appeared as `firstAppearance`, every article that printed it as `appearance`), the figure
itself is an `Observation` in the claim's `about` (value, unit, date, and the qualifier as an
additional property: "more than 200" is not the number 200), the period is the claim's
`temporalCoverage` (ISO 8601), and `reviewRating.alternateName` is the verdict in the page's
language.

It is printed as a data block, `<script type="application/ld+json">`, which browsers never run (a
Content-Security-Policy without inline script allows it), with `<`, `>` and `&` written as JSON
escapes so that no article text can close the element.
"""

from __future__ import annotations

import json

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from publishing import words

# UN/CEFACT common codes, as schema.org's unitCode asks: C62 "one" (a count), P1 "percent".
UNIT_CODES = {"count": "C62", "percent": "P1"}
ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def temporal_coverage(claim) -> str | None:
    """The claim's period as an ISO 8601 date or interval ("2002/..", "2017/2020", "2019-03"); None
    when the text gives none."""
    start, end, kind = claim.period_start, claim.period_end, claim.period_type
    if not start and not end:
        return None
    if kind in ("year", "month") and start:
        return start
    if kind == "since":
        return f"{start}/{end or '..'}" if start else None
    if kind in ("range", "last_n_years", "year_to_date"):
        return f"{start or '..'}/{end or '..'}"
    if kind == "event" and start:
        return start if not end or end == start else f"{start}/{end}"
    return None


def _publisher(article) -> dict | None:
    if not article.source_id:
        return None
    return {"@type": "Organization", "name": article.source.name}


def appearance(article, request) -> dict:
    """An article that printed the figure, as a schema.org NewsArticle."""
    work = {
        "@type": "NewsArticle",
        "url": article.url or request.build_absolute_uri(reverse("article_detail", args=[article.pk])),
        "headline": article.title or article.file_name,
        "inLanguage": article.language,
    }
    if article.published:
        work["datePublished"] = article.published.isoformat()
    publisher = _publisher(article)
    if publisher:
        work["publisher"] = publisher
    return work


def observation(claim) -> dict:
    """The figure as a schema.org Observation: what is counted, the value, its unit and date."""
    as_of = getattr(claim, "as_of", None)  # the engine's dating of the figure (CONTRACT.md), when given
    observed = as_of or (claim.article.published.isoformat() if claim.article.published else None)
    figure = {
        "@type": "Observation",
        "name": vocab.metric_label(claim.metric),
        "variableMeasured": claim.metric,
        "value": claim.display_value if isinstance(claim.display_value, int) else float(claim.value),
        "unitCode": UNIT_CODES.get(claim.unit, claim.unit),
        "unitText": str(dict(vocab.UNITS).get(claim.unit, claim.unit)),
        "additionalProperty": [
            {
                "@type": "PropertyValue",
                "propertyID": "qualifier",
                "name": _("Qualifier"),
                "value": claim.qualifier,
                "description": str(claim.get_qualifier_display()),
            }
        ],
    }
    if observed:
        figure["observationDate"] = str(observed)
    if claim.subset:
        figure["additionalProperty"].append(
            {"@type": "PropertyValue", "propertyID": "subset", "name": _("Subset"), "value": claim.subset}
        )
    return figure


def claim_reviews(claim, verdicts, repeats, request) -> list[dict]:
    """One ClaimReview per verdict, all about the same published claim."""
    if not verdicts:
        return []
    page = request.build_absolute_uri(reverse("claim_page", args=[claim.pk]))
    article = claim.article
    dated = [c for c in repeats if c.article.published] or repeats or [claim]
    item = {
        "@type": "Claim",
        "name": words.headline(claim),
        "text": claim.sentence,
        "inLanguage": article.language,
        "appearance": [appearance(c.article, request) for c in repeats] or [appearance(article, request)],
        "firstAppearance": appearance(dated[0].article, request),
        "about": observation(claim),
    }
    author = _publisher(article)
    if author:
        item["author"] = author
    if article.published:
        item["datePublished"] = article.published.isoformat()
    coverage = temporal_coverage(claim)
    if coverage:
        item["temporalCoverage"] = coverage
    site = request.build_absolute_uri(reverse("home"))
    reviews = []
    for number, verdict in enumerate(verdicts, start=1):
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{page}#review-{number}",
            "datePublished": verdict.given_at.date().isoformat(),
            "inLanguage": get_language(),
            "author": {"@type": "Organization", "name": "ctfacts", "url": site},
            "claimReviewed": claim.sentence,
            "itemReviewed": item,
            "reviewRating": {"@type": "Rating", "alternateName": verdict.words},
        }
        if verdict.finding_words:
            review["reviewBody"] = verdict.finding_words
        reviews.append(review)
    return reviews


def json_ld_script(data) -> SafeString:
    """A JSON-LD data block; nothing inside can end the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
