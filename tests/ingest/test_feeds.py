"""Feeds and sitemaps registered by editors, polled politely: conditional GET, robots.txt, a delay per
host; new items imported once, known ones skipped. Served by a real local HTTP server."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims.models import Article
from ingest.models import Feed, FeedEntry, ImportJob

from .pages import article_page

pytestmark = pytest.mark.django_db
ETAG = '"v1-2024-03-12"'
LAST_MODIFIED = "Tue, 12 Mar 2024 09:30:00 GMT"


def rss(base: str, *slugs: str) -> str:
    items = "".join(
        f"<item><title>خبر {slug}</title><link>{base}/news/{slug}</link><pubDate>{LAST_MODIFIED}</pubDate></item>"
        for slug in slugs
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>هسبريس</title>{items}</channel></rss>'


def conditional(body_for, etag: str, last_modified: str):
    """A feed answering 304 to a conditional GET that names its current version, as real servers do."""

    def answer(handler):
        if (
            handler.headers.get("If-None-Match") == etag
            or handler.headers.get("If-Modified-Since") == last_modified
        ):
            return 304, {"ETag": etag}, b""
        return (
            200,
            {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": last_modified},
            body_for(),
        )

    return answer


def serve_articles(site, *slugs):
    for n, slug in enumerate(slugs):
        site.route(f"/news/{slug}", article_page(n + 3))


def poll(feed=None) -> str:
    if feed is not None:
        Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    out = StringIO()
    call_command("poll_feeds", stdout=out)
    return out.getvalue()


def test_a_feed_imports_its_new_items_once_across_two_polls_and_asks_conditionally_the_second_time(
    site, editor
):
    serve_articles(site, "a", "b")
    site.route("/feed.xml", conditional(lambda: rss(site.base, "a", "b"), ETAG, LAST_MODIFIED))
    feed = Feed.objects.create(url=site.base + "/feed.xml", outlet="هسبريس", created_by=editor)

    poll(feed)
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("url", flat=True)) == {
        site.base + "/news/a",
        site.base + "/news/b",
    }
    assert set(Article.objects.values_list("source__name", flat=True)) == {"هسبريس"}

    poll(feed)
    first, second = site.asked("/feed.xml")
    assert "if-none-match" not in first.headers
    assert second.headers["if-none-match"] == ETAG and second.headers["if-modified-since"] == LAST_MODIFIED
    assert Article.objects.count() == 2 and ImportJob.objects.count() == 1
    assert len(site.asked("/news/a")) == 1  # each article page fetched once
    feed.refresh_from_db()
    assert "not modified" in feed.last_result


def test_a_changed_feed_imports_only_the_items_it_had_not_listed_before(site, editor):
    serve_articles(site, "a", "b", "c")
    version = {"etag": '"v1"', "slugs": ["a", "b"]}
    site.route(
        "/feed.xml", lambda h: conditional(lambda: rss(site.base, *version["slugs"]), version["etag"], "")(h)
    )
    feed = Feed.objects.create(url=site.base + "/feed.xml", created_by=editor)
    poll(feed)
    version.update(etag='"v2"', slugs=["c", "b", "a"])
    poll(feed)
    assert Article.objects.count() == 3
    assert [job.total for job in ImportJob.objects.order_by("pk")] == [2, 1]
    assert FeedEntry.objects.filter(feed=feed).count() == 3


def test_an_item_already_imported_by_address_is_known_and_skipped(site, editor, client):
    serve_articles(site, "a")
    site.route("/feed.xml", rss(site.base, "a"), headers={"Content-Type": "application/rss+xml"})
    client.force_login(editor)
    client.post("/articles/add/", {"action": "url", "urls": site.base + "/news/a"})
    feed = Feed.objects.create(url=site.base + "/feed.xml", created_by=editor)
    poll(feed)
    assert Article.objects.count() == 1 and ImportJob.objects.filter(kind="feed").count() == 0


def test_robots_txt_is_read_once_and_obeyed(site, editor):
    serve_articles(site, "a", "b")
    site.route("/robots.txt", "User-agent: *\nDisallow: /news/b\n", headers={"Content-Type": "text/plain"})
    site.route("/feed.xml", rss(site.base, "a", "b"), headers={"Content-Type": "application/rss+xml"})
    feed = Feed.objects.create(url=site.base + "/feed.xml", created_by=editor)
    poll(feed)
    job = ImportJob.objects.get()
    assert (job.new, job.failed) == (1, 1)
    assert "robots.txt" in job.items.get(url=site.base + "/news/b").reason
    assert site.asked("/news/b") == [] and len(site.asked("/robots.txt")) == 1


def test_a_site_whose_robots_txt_forbids_everything_is_not_polled(site, editor):
    site.route("/robots.txt", "User-agent: *\nDisallow: /\n", headers={"Content-Type": "text/plain"})
    site.route("/feed.xml", rss(site.base, "a"))
    feed = Feed.objects.create(url=site.base + "/feed.xml", created_by=editor)
    poll(feed)
    feed.refresh_from_db()
    assert "robots.txt" in feed.last_result and site.asked("/feed.xml") == []


def test_requests_to_one_host_are_spaced_by_the_polite_delay(site, editor, settings):
    settings.INGEST_HOST_DELAY_SECONDS = 0.5
    serve_articles(site, "a", "b")
    site.route("/feed.xml", rss(site.base, "a", "b"), headers={"Content-Type": "application/rss+xml"})
    poll(Feed.objects.create(url=site.base + "/feed.xml", created_by=editor))
    arrivals = [request.at for request in site.requests]  # robots.txt, the feed, two articles
    assert len(arrivals) == 4
    assert (
        min(b - a for a, b in zip(arrivals, arrivals[1:])) >= 0.5
    )  # counted from the end of the previous one


def test_a_sitemap_lists_articles_newest_first_and_they_are_imported(site, editor):
    serve_articles(site, "old", "new")
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.base}/news/old</loc><lastmod>2024-01-01</lastmod></url>"
        f"<url><loc>{site.base}/news/new</loc><lastmod>2024-03-12</lastmod></url></urlset>"
    )
    site.route("/sitemap.xml", sitemap, headers={"Content-Type": "application/xml"})
    poll(Feed.objects.create(url=site.base + "/sitemap.xml", created_by=editor))
    job = ImportJob.objects.get()
    assert [item.url for item in job.items.order_by("position")] == [
        site.base + "/news/new",
        site.base + "/news/old",
    ]
    assert job.new == 2


def test_an_atom_feed_is_read_too(site, editor):
    serve_articles(site, "a")
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Le360</title>'
        f'<entry><title>Cellule</title><link href="{site.base}/news/a"/><id>urn:a</id>'
        "<updated>2024-03-12T09:30:00Z</updated></entry></feed>"
    )
    site.route("/atom.xml", atom, headers={"Content-Type": "application/atom+xml"})
    poll(Feed.objects.create(url=site.base + "/atom.xml", created_by=editor))
    assert Article.objects.get().url == site.base + "/news/a"


def test_a_feed_that_is_not_due_is_not_polled(site, editor):
    site.route("/feed.xml", rss(site.base))
    Feed.objects.create(
        url=site.base + "/feed.xml",
        created_by=editor,
        next_poll_at=timezone.now() + timezone.timedelta(hours=1),
    )
    assert poll().startswith("0 feeds due")
    assert site.requests == []


def test_an_editor_registers_a_feed_and_polls_it_now(client, editor, site):
    serve_articles(site, "a")
    site.route("/feed.xml", rss(site.base, "a"), headers={"Content-Type": "application/rss+xml"})
    client.force_login(editor)
    response = client.post(
        reverse("ingest:feeds"), {"url": site.base + "/feed.xml", "outlet": "Le360", "interval_minutes": 30}
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert (feed.outlet, feed.interval_minutes, feed.created_by) == ("Le360", 30, editor)
    client.post(reverse("ingest:feed_poll", args=[feed.pk]))
    assert Article.objects.get().source.name == "Le360"


def test_a_feed_polled_more_often_than_every_five_minutes_is_refused(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("ingest:feeds"), {"url": "https://example.org/feed", "interval_minutes": 1}
    )
    assert response.status_code == 400 and not Feed.objects.exists()
