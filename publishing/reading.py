"""What publishing reads of the record: the claims readers may see, in their effective reading.

Every published surface (claim pages, feeds, alerts, webhooks, embeds) starts from `public_claims()`,
so a claim editors rejected as not a claim leaves all of them at once.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import QueryDict

from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import Claim

# Parameters of /claims/ that do not choose claims: a feed or a saved search ignores them.
NOT_FILTERS = ("page", "sort")


def public_claims() -> QuerySet:
    """Every claim readers may see, with its article and outlet, without the article's text."""
    return Claim.objects.public().select_related("article", "article__source").defer(*ARTICLE_TEXT)


def filter_query(query: QueryDict) -> QueryDict:
    """The filters of a /claims/ query, without page and sort, empty values dropped, sorted by name."""
    kept = QueryDict(mutable=True)
    for name in sorted(query):
        if name in NOT_FILTERS or name not in ClaimFilter.base_filters:
            continue
        values = [value for value in query.getlist(name) if value]
        if values:
            kept.setlist(name, values)
    kept._mutable = False
    return kept


def filtered_claims(query: QueryDict) -> ClaimFilter:
    """The claims FilterSet over the public claims; check `.is_valid()` before reading `.qs`."""
    return ClaimFilter(filter_query(query), queryset=public_claims())
