"""Models, one module per idea: articles and what they state; editors' work on them."""

from claims.models.articles import Article, ArticleCountry, Claim, Country, ImportRun, Source

__all__ = ["Article", "ArticleCountry", "Claim", "Country", "ImportRun", "Source"]
