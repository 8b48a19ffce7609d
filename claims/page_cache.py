"""The rendered content of the heaviest read pages, cached per data version.

A claims page at full scale is a few database queries and 50 rows to render: 40–90 ms of server
time, against 1–2 ms for a trivial view (bench/README.md). Journalists read the same lists over
and over between imports, so the content of a page (everything inside <main>, without the header
that carries the reader's CSRF token and name) is kept under a key made of:

- the page and its exact query string (the content's links are built from it, in its order);
- the reader's language, and whether the reader is an editor (editors see selection boxes);
- the data version that database triggers replace on every write to claims, articles, outlets,
  country mentions, flags, corrections and findings (migrations 0005 and 0007).

So an import, a re-extraction, a flag or a correction changes every key, and nobody reads content
from before it. Only content is stored: a request that fails validation (a 400) is never cached,
which is also why a hit can be served before the filters are validated again.

Per process (a locmem cache, "pages" in settings): reading costs no query; a miss costs one
rendering per gunicorn worker and per page, except for pages kept in the shared cache too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.utils.translation import get_language

TIMEOUT_S = 24 * 3600  # the version decides freshness; the timeout only frees memory
EDITOR_PERMISSION = "claims.change_claim"


def content_key(request, what: str, version: str) -> str:
    editor = request.user.has_perm(EDITOR_PERMISSION)
    query = request.META.get("QUERY_STRING", "")
    raw = f"{what}|{connection.alias}|{get_language()}|{int(editor)}|{version}|{query}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_content(
    request, what: str, version: str, render: Callable[[], str | HttpResponse], *, shared: bool = False
):
    """The content from the cache, or render() stored when it is content (a str), not a response.

    `shared`: also kept in the shared database cache, for pages too slow to build once per worker
    (the metric comparison: 0.4 s at full scale), which `warm_caches` renders after each import.
    """
    local = caches["pages"]
    key = content_key(request, what, version)
    content = local.get(key)
    if content is None and shared:
        content = caches["default"].get(key)
    if content is None:
        content = render()
        if isinstance(content, HttpResponse):
            return content
        if shared:
            caches["default"].set(key, content, TIMEOUT_S)
    local.set(key, content, TIMEOUT_S)
    return content
