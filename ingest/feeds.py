"""Outlets' feeds (RSS, Atom) and sitemaps: polled politely, their new articles imported once.

A poll is a conditional GET (If-None-Match / If-Modified-Since from the last answer), through
ingest.fetch.polite_fetch (robots.txt, a delay per host). The addresses it lists that no FeedEntry and
no Article has yet become one import job; listed again later, they are known and skipped.
"""

from __future__ import annotations

from datetime import timedelta

import feedparser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from claims.models import Article
from ingest.fetch import FetchError, polite_fetch
from ingest.models import Feed, FeedEntry, ImportJob

# A first poll of a large sitemap imports its newest articles, not the outlet's whole history.
MAX_ENTRIES_PER_POLL = 200
MAX_CHILD_SITEMAPS = 5
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def due_feed_ids(limit: int = 100) -> list[int]:
    """Claim the feeds due for a poll (each by one poller only, however many run) and move them on."""
    now = timezone.now()
    with transaction.atomic():
        feeds = list(
            Feed.objects.select_for_update(skip_locked=True)
            .filter(active=True, next_poll_at__lte=now)
            .order_by("next_poll_at")[:limit]
        )
        for feed in feeds:
            feed.next_poll_at = now + timedelta(minutes=feed.interval_minutes)
            feed.save(update_fields=["next_poll_at"])
    return [feed.pk for feed in feeds]


def poll(feed_id: int) -> str:
    """Poll one feed; returns (and keeps as `last_result`) what happened."""
    feed = Feed.objects.get(pk=feed_id)
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        page = polite_fetch(feed.url, headers=headers)
        if page.not_modified:
            return _record(feed, _("not modified since the last poll"))
        urls = entry_urls(page.content, base=page.url)
    except FetchError as exc:
        return _record(feed, _("error: %(reason)s") % {"reason": exc.reason})
    job = import_new_entries(feed, urls)
    feed.etag = page.headers.get("etag", "")[:500]
    feed.last_modified = page.headers.get("last-modified", "")[:100]
    count = job.total if job else 0
    return _record(feed, _("%(listed)d listed, %(new)d new") % {"listed": len(urls), "new": count})


def _record(feed: Feed, result: str) -> str:
    feed.last_polled_at = timezone.now()
    feed.last_result = result[:500]
    feed.save(update_fields=["last_polled_at", "last_result", "etag", "last_modified"])
    return result


def import_new_entries(feed: Feed, urls: list[str]) -> ImportJob | None:
    from ingest.jobs import NewItem, create_job

    with transaction.atomic():
        known = set(FeedEntry.objects.filter(feed=feed, url__in=urls).values_list("url", flat=True))
        known |= set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
        new = [url for url in dict.fromkeys(urls) if url not in known][:MAX_ENTRIES_PER_POLL]
        if not new:
            return None
        items = [NewItem(url, url=url, outlet=feed.outlet) for url in new]
        job = create_job(kind=ImportJob.FEED, label=feed.url, user=feed.created_by, items=items)
        FeedEntry.objects.bulk_create([FeedEntry(feed=feed, url=url, job=job) for url in new])
    return job


def entry_urls(content: bytes, *, base: str) -> list[str]:
    """The article addresses a feed or sitemap lists, newest first where it says."""
    root = _xml_root(content)
    if root is not None and root.tag in (f"{SITEMAP_NS}urlset", "urlset"):
        return _sitemap_urls(root)
    if root is not None and root.tag in (f"{SITEMAP_NS}sitemapindex", "sitemapindex"):
        return _sitemap_index_urls(root)
    parsed = feedparser.parse(content, response_headers={"content-location": base})
    if not parsed.entries and parsed.bozo:
        raise FetchError(_("not a feed or a sitemap"))
    urls = [entry.get("link") for entry in parsed.entries]
    return [url for url in urls if url and url.startswith(("http://", "https://"))]


def _xml_root(content: bytes):
    # No entities resolved, no network, no huge trees: a hostile sitemap costs its own size.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        return etree.fromstring(content.lstrip(b"\xef\xbb\xbf \t\r\n"), parser=parser)
    except etree.XMLSyntaxError:
        return None


def _locs(root, element: str) -> list[tuple[str, str]]:
    found = []
    for node in root.iter(f"{SITEMAP_NS}{element}", element):
        loc = node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc") or ""
        lastmod = node.findtext(f"{SITEMAP_NS}lastmod") or node.findtext("lastmod") or ""
        if loc.strip().startswith(("http://", "https://")):
            found.append((lastmod.strip(), loc.strip()))
    return sorted(found, reverse=True)  # newest first where lastmod is given


def _sitemap_urls(root) -> list[str]:
    return [loc for _lastmod, loc in _locs(root, "url")]


def _sitemap_index_urls(root) -> list[str]:
    urls = []
    for _lastmod, loc in _locs(root, "sitemap")[:MAX_CHILD_SITEMAPS]:
        child = _xml_root(polite_fetch(loc).content)
        if child is not None:
            urls.extend(_sitemap_urls(child))
    return urls
