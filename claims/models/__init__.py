"""Models, one module per idea: articles and what they state; editors' work on them."""

from claims.models.accounts import LoginFailures
from claims.models.articles import Article, ArticleCountry, Claim, Country, ImportRun, Source
from claims.models.editorial import ClaimEvent, Correction, Finding, Flag

__all__ = [
    "Article",
    "ArticleCountry",
    "Claim",
    "ClaimEvent",
    "Correction",
    "Country",
    "Finding",
    "Flag",
    "ImportRun",
    "LoginFailures",
    "Source",
]
