"""Facet counts and totals of the claims page, cached per filter and per data version.

Counting a million claims by year, month, metric, outlet and partner country takes seconds
(bench/README.md); the counts only change when the data does. The key holds the normalized filter
(page and sort dropped: they change neither), the reader's language (labels are translated) and
the data version that database triggers change on every write to claims, articles, outlets or
country mentions (migration 0005): after an import or a correction the key changes, so a
journalist never sees counts from before it.

The cache is a per-process memory cache ("facets" in settings): a miss costs one computation per
gunicorn worker, and reading it costs no query, so the page's query count stays bounded.
"""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.db import connection
from django.utils.translation import get_language

IGNORED_PARAMS = ("page", "sort")
TIMEOUT_S = 24 * 3600  # the version decides freshness; the timeout only frees memory


def data_version() -> str:
    """The token the triggers replace on every write ("" before the first write)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM claims_dataversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else ""


def filter_key(query_dict) -> str:
    """The same filters in any order, with empty values dropped, give the same key."""
    items = sorted(
        (name, value)
        for name, values in query_dict.lists()
        if name not in IGNORED_PARAMS
        for value in values
        if value
    )
    return repr(items)


def cached(what: str, query_dict, version: str, compute):
    """compute() once per (what, filters, language, data version)."""
    raw = f"{what}|{connection.alias}|{get_language()}|{version}|{filter_key(query_dict)}"
    key = "facets:" + hashlib.sha256(raw.encode()).hexdigest()
    cache = caches["facets"]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT_S)
    return value
