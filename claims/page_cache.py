"""The rendered content of the heaviest read pages, cached per data version.

A claims page at full scale is a few database queries and 50 rows to render: 40–90 ms of server
time, against 1–2 ms for a trivial view (bench/README.md). Journalists read the same lists over
and over between imports, so the content of a page (everything inside <main>, without the header
that carries the reader's CSRF token and name) is kept under a key made of:

- the page and its query, normalized: only the parameters the page reads (its filters and `page`),
  sorted, empty ones dropped. `?junk=N` or a reordered query is the same entry, so a flood of
  made-up parameters neither bypasses the cache nor fills it. The view renders from that same
  normalized query (`normalize_query`), so cached links never carry a parameter another reader sent;
- the reader's language, and what kind of reader asks: anonymous, signed in (may follow a search) or
  editor (editors see selection boxes);
- the data version that database triggers replace on every write to claims, articles, outlets,
  country mentions, flags, corrections and findings (migrations 0005 and 0007).

So an import, a re-extraction, a flag or a correction changes every key, and nobody reads content
from before it. Only content is stored: a request that fails validation (a 400) is never cached,
which is also why a hit can be served before the filters are validated again.

Per process (a locmem cache, "pages" in settings): reading costs no query; a miss costs one
rendering per gunicorn worker and per page, except for pages kept in the shared cache too, whose
entries have a database cache alias of their own ("shared_pages"), so they never cull another's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, QueryDict
from django.utils.translation import get_language

TIMEOUT_S = 24 * 3600  # the version decides freshness; the timeout only frees memory
EDITOR_PERMISSION = "claims.change_claim"
SHARED = "shared_pages"


def normalize_query(request, params: Iterable[str]) -> None:
    """Keep in request.GET only the parameters in `params`, sorted by name, empty values dropped."""
    wanted = set(params)
    query = QueryDict(mutable=True)
    for name in sorted(request.GET):
        if name in wanted:
            values = [value for value in request.GET.getlist(name) if value]
            if values:
                query.setlist(name, values)
    query._mutable = False
    request.GET = query


def content_key(request, what: str, version: str) -> str:
    reader = 2 if request.user.has_perm(EDITOR_PERMISSION) else int(request.user.is_authenticated)
    raw = f"{what}|{connection.alias}|{get_language()}|{reader}|{version}|{request.GET.urlencode()}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_content(
    request,
    what: str,
    version: str,
    render: Callable[[], str | bytes | HttpResponse],
    *,
    shared: bool = False,
):
    """The content from the cache, or render() stored when it is content (a str, or bytes), not a response.

    `shared`: also kept in the shared database cache, for pages too slow to build once per worker
    (the metric comparison: 0.4 s at full scale), which `warm_caches` renders after each import.
    The key reads request.GET: call normalize_query first.
    """
    local = caches["pages"]
    key = content_key(request, what, version)
    content = local.get(key)
    if content is not None:
        # A hit is served as it is: storing it again pickled the whole content on every reading
        # (1 MB for a metric comparison, ~1.3 ms of its ~7 ms served), and the get has already made
        # it the most recently used entry. Its timeout now runs from when it was stored: at most one
        # rendering more per worker and page a day (the data version decides freshness, not it).
        return content
    if shared:
        content = caches[SHARED].get(key)
    if content is None:
        content = render()
        if isinstance(content, HttpResponse):
            return content
        if shared:
            caches[SHARED].set(key, content, TIMEOUT_S)
    local.set(key, content, TIMEOUT_S)
    return content
