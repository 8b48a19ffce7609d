"""Facet counts and totals of the claims page, cached per filter and per data version.

Counting a million claims by year, month, metric, outlet and partner country takes seconds
(bench/README.md); the counts only change when the data does. The key holds the normalized filter
(page and sort dropped: they change neither), the reader's language (labels are translated) and
the data version that database triggers change on every write to claims, articles, outlets or
country mentions (migration 0005): after an import or a correction the key changes, so a
journalist never sees counts from before it.

Two levels: a per-process memory cache ("facets" in settings), read at no query cost, over the
shared database cache ("default"), so that several gunicorn workers compute a count once, not once
each, and `manage.py warm_caches` (run after every import) can compute the first page's counts
before the first reader asks for them.
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


def cached(what: str, query_dict, version: str, compute, *, translated: bool = True, shared: bool = True):
    """compute() once per (what, filters, data version, and the language when the value has words).

    `shared`: also kept in the shared database cache; off for values cheaper to compute than a
    round trip to it and the four queries of a DatabaseCache write."""
    language = get_language() if translated else "-"
    raw = f"{what}|{connection.alias}|{language}|{version}|{filter_key(query_dict)}"
    key = "facets:" + hashlib.sha256(raw.encode()).hexdigest()
    local = caches["facets"]
    value = local.get(key)
    if value is None:
        common = caches["default"] if shared else None
        value = common.get(key) if common else None
        if value is None:
            value = compute()
            if common:
                common.set(key, value, TIMEOUT_S)
        local.set(key, value, TIMEOUT_S)
    return value
