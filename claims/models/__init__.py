"""Models, one module per idea: articles and what they state; editors' work on them."""

from claims.models.accounts import LoginFailures
from claims.models.articles import (
    Article,
    ArticleCountry,
    Claim,
    Country,
    ImportRun,
    RetiredSourceSlug,
    Source,
)
from claims.models.editorial import ArticleEvent, ClaimEvent, Finding, FindingClaim, FindingEvent, Flag

__all__ = [
    "Article",
    "ArticleCountry",
    "ArticleEvent",
    "Claim",
    "ClaimEvent",
    "Country",
    "Finding",
    "FindingClaim",
    "FindingEvent",
    "Flag",
    "ImportRun",
    "RetiredSourceSlug",
    "LoginFailures",
    "Source",
]
