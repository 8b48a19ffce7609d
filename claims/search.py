"""Arabic-aware search over articles (and the claims they state).

Both sides are folded by claims.extraction.normalize.fold, so hamza, alef maqsura, taa marbuta
and tashkeel never decide a match: "إسبانيا" finds "اسبانيا". On PostgreSQL the folded column is
searched with full-text search under the `arabic` configuration (stemming, so "الخلايا" finds
"خلايا"), through the GIN index of migration 0002; on SQLite every folded word must appear.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import Func, QuerySet

from claims.extraction.normalize import fold

# A query longer than this is not a search a person typed; forms refuse it with a message.
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12


# PostgreSQL's Arabic stemmer drops "ال" and "بال" but keeps the conjunctions و and ف glued to the
# word ("واسبانيا" stays whole), so the document also lists each such word without them.
CONJUNCTIONS = ("و", "ف")
_WORD = re.compile(r"\w+")


def search_document(title: str, body: str) -> str:
    """What Article.search_text stores: title and body folded, then the words freed of و/ف."""
    folded = fold(f"{title}\n{body}")
    unglued = {word[1:] for word in _WORD.findall(folded) if word[0] in CONJUNCTIONS and len(word) > 4}
    return f"{folded}\n{' '.join(sorted(unglued))}" if unglued else folded


class ArabicTsVector(Func):
    """The article's stored `search_vector` column, reached through the same joins as `search_text`.

    Migration 0006 stores to_tsvector('arabic', search_text) in a generated column with the GIN
    index on it; the model does not declare it (SQLite has no such column), so the column is
    named by compiling the path to `search_text` (with its join alias) and renaming the column.
    """

    template = "%(expressions)s"
    output_field = SearchVectorField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        quoted = connection.ops.quote_name("search_text")
        assert sql.endswith(quoted), sql  # a column reference, alias-qualified
        return sql[: -len(quoted)] + connection.ops.quote_name("search_vector"), params


def folded_words(query: str) -> list[str]:
    return [word for word in fold(query).split() if any(ch.isalnum() for ch in word)][:MAX_WORDS]


def search_articles(queryset: QuerySet, query: str, *, prefix: str = "") -> QuerySet:
    """Articles (or rows reaching an article through `prefix`, e.g. "article__") matching `query`."""
    words = folded_words(query)
    if not words:
        return queryset
    column = f"{prefix}search_text"
    if connection.vendor == "postgresql":
        document = ArabicTsVector(column)
        wanted = SearchQuery(" ".join(words), config="arabic", search_type="plain")
        return queryset.alias(search_document=document).filter(search_document=wanted)
    for word in words:
        queryset = queryset.filter(**{f"{column}__icontains": word})
    return queryset
