"""/articles/add/ with action=url: each address fetched (bounded, checked), read as a saved page, kept."""

import time

import pytest
from django.urls import reverse

from claims.models import Article
from ingest import fetch
from ingest.models import ImportItem, ImportJob

from .pages import article_page

pytestmark = pytest.mark.django_db


def post_urls(client, *urls):
    return client.post("/articles/add/", {"action": "url", "urls": "\n".join(urls)})


def only_item() -> ImportItem:
    return ImportJob.objects.get().items.get()


def test_each_address_is_fetched_read_as_a_saved_page_and_kept_on_its_article(client, editor, site):
    first = site.route("/2024/03/tanger-cellule", article_page(4))
    second = site.route("/2024/03/tanger-suite", article_page(6))
    client.force_login(editor)
    response = post_urls(client, first, "", second)
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    assert (job.kind, job.total, job.new) == ("urls", 2, 2)
    article = Article.objects.get(url=first)
    assert article.title == "تفكيك خلية إرهابية بطنجة" and article.layout == "html"
    assert article.claims.filter(value=210).exists()  # the body was read, not the menu or the footer
    assert "الرئيسية" not in article.body


def test_the_address_is_shown_to_readers_on_the_article_page(client, editor, site):
    url = site.route("/a", article_page(4))
    client.force_login(editor)
    post_urls(client, url)
    article = Article.objects.get()
    client.logout()
    assert f'href="{url}"' in client.get(reverse("article_detail", args=[article.pk])).content.decode()


def test_a_page_without_an_outlet_of_its_own_takes_its_host_as_outlet(client, editor, site):
    url = site.route("/plain", article_page(3).replace('<meta property="og:site_name" content="هسبريس">', ""))
    client.force_login(editor)
    post_urls(client, url)
    assert Article.objects.get().source.name == "127.0.0.1"


def test_a_redirect_is_followed_and_the_final_address_kept(client, editor, site):
    final = site.route("/final", article_page(5))
    site.route("/old", "", status=301, headers={"Location": "/final"})
    client.force_login(editor)
    post_urls(client, site.base + "/old")
    assert Article.objects.get().url == final


def test_more_than_five_redirects_fail_with_a_reason(client, editor, site):
    for n in range(7):
        site.route(f"/r{n}", "", status=302, headers={"Location": f"/r{n + 1}"})
    client.force_login(editor)
    post_urls(client, site.base + "/r0")
    item = only_item()
    assert item.status == "failed" and "redirects" in item.reason
    assert len(site.requests) == 6


def test_a_loopback_address_is_refused_unless_allowed(client, editor, site, settings):
    settings.CTFACTS_ALLOW_PRIVATE_URLS = False
    url = site.route("/a", article_page(4))
    client.force_login(editor)
    post_urls(client, url)
    item = only_item()
    assert item.status == "failed" and "loopback" in item.reason
    assert site.requests == []  # refused before connecting: the server never heard of it


def test_a_name_that_resolves_to_loopback_is_refused_on_its_address(client, editor, site, settings):
    settings.CTFACTS_ALLOW_PRIVATE_URLS = False
    port = site.base.rsplit(":", 1)[1]
    client.force_login(editor)
    post_urls(client, f"http://localhost:{port}/a")
    assert "loopback" in only_item().reason and site.requests == []


def test_a_redirect_to_a_refused_address_is_checked_again_and_refused(client, editor, site, monkeypatch):
    # 127.0.0.1 stands for a public host here; 127.0.0.2 for the internal one a redirect points to.
    real = fetch.address_refusal
    monkeypatch.setattr(fetch, "allow_private", lambda: False)
    monkeypatch.setattr(
        fetch, "address_refusal", lambda address: "" if address == "127.0.0.1" else real(address)
    )
    port = site.base.rsplit(":", 1)[1]
    site.route("/jump", "", status=302, headers={"Location": f"http://127.0.0.2:{port}/admin"})
    client.force_login(editor)
    post_urls(client, site.base + "/jump")
    item = only_item()
    assert item.status == "failed" and "loopback" in item.reason
    assert [r.path for r in site.requests] == ["/jump"]


def test_only_http_and_https_addresses_are_accepted(client, editor):
    client.force_login(editor)
    for bad in ("file:///etc/passwd", "ftp://example.org/a.txt", "gopher://x", "javascript:alert(1)"):
        response = post_urls(client, bad)
        assert response.status_code == 400 and "urls" in response.context["url_form"].errors
    assert not ImportJob.objects.exists()


def test_a_page_over_the_size_cap_fails_with_a_reason(client, editor, site, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_PAGE_BYTES", 4000)
    url = site.route("/huge", article_page(4) + "<p>" + "ب" * 10_000 + "</p>")
    client.force_login(editor)
    post_urls(client, url)
    assert "too large" in only_item().reason


def test_a_server_that_does_not_answer_in_time_fails_the_item_not_the_job(client, editor, site, monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT", fetch.httpx.Timeout(connect=2.0, read=0.3, write=2.0, pool=2.0))

    def slow(handler):
        time.sleep(1.5)
        return 200, {}, article_page(4)

    slow_url = site.route("/slow", slow)
    fast_url = site.route("/fast", article_page(5))
    client.force_login(editor)
    post_urls(client, slow_url, fast_url)
    job = ImportJob.objects.get()
    assert (job.state, job.failed, job.new) == ("finished", 1, 1)
    assert "in time" in job.items.get(url=slow_url).reason


def test_a_failed_address_can_be_retried_and_is_imported_once(client, editor, site):
    answers = iter([(503, {}, "busy"), (200, {"Content-Type": "text/html"}, article_page(4))])
    url = site.route("/busy", lambda handler: next(answers))
    client.force_login(editor)
    post_urls(client, url)
    job = ImportJob.objects.get()
    assert job.failed == 1 and "503" in job.items.get().reason
    client.post(reverse("ingest:job_retry", args=[job.pk]))
    job.refresh_from_db()
    assert (job.state, job.done, job.failed, job.new) == ("finished", 1, 0, 1)
    assert Article.objects.get().url == url
