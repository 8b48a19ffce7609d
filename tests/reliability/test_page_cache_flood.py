"""Made-up query parameters neither bypass the page cache nor fill it: the key is made of the filters a
page reads, normalized, and the shared entries have a cache alias of their own."""

from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from tests.reliability.counts import count
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db

SENTENCE = "وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك 12 خلية إرهابية خلال سنة 2024."
CLAIMS = reverse("claim_list")
METRIC = reverse("metric_detail", args=["cells_dismantled"])


@pytest.fixture
def figures():
    story = article(SENTENCE, source=outlet("هسبريس"), published=date(2024, 3, 5))
    return [claim(story, "12", period_type="year", period_start="2024")]


def rows_in(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
        return cursor.fetchone()[0]


def cache_rows() -> int:
    return sum(rows_in(table) for table in ("ctfacts_cache", "ctfacts_page_cache") if table in tables())


def tables() -> set[str]:
    return set(connection.introspection.table_names())


def main_part(html: bytes) -> str:
    return html.decode().split('<main id="content">', 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("url", [CLAIMS, METRIC, reverse("article_list"), reverse("home")])
def test_unknown_parameters_are_served_from_the_one_cached_entry(
    url, client, figures, django_assert_max_num_queries
):
    assert client.get(url, {"metric": "cells_dismantled"} if url == CLAIMS else {}).status_code == 200
    for n in range(30):
        count("requests tried")
        params = {"junk": n, "utm_source": f"x{n}"}
        if url == CLAIMS:
            params["metric"] = "cells_dismantled"
        with django_assert_max_num_queries(1):  # the data version; the content from the cache
            assert client.get(url, params).status_code == 200


def test_a_flood_of_unknown_parameters_writes_nothing_to_the_shared_caches(client, figures):
    for url in (CLAIMS, METRIC, reverse("article_list")):
        client.get(url)
    before = cache_rows()
    for n in range(200):
        count("requests tried")
        for url in (CLAIMS, METRIC, reverse("article_list")):
            assert client.get(url, {"v": n}).status_code == 200
    assert cache_rows() == before


def test_the_same_filters_in_another_order_share_one_entry(client, figures, django_assert_max_num_queries):
    client.get(CLAIMS + "?metric=cells_dismantled&qualifier=exact")
    with django_assert_max_num_queries(1):
        client.get(CLAIMS + "?qualifier=exact&metric=cells_dismantled&org=")


def test_cached_content_never_carries_a_parameter_another_reader_sent(client, figures):
    first = client.get(CLAIMS, {"metric": "cells_dismantled", "junk": "leaked-junk"})
    assert "leaked-junk" not in main_part(first.content)  # the header's language form keeps the full path
    second = client.get(CLAIMS, {"metric": "cells_dismantled"})
    assert "leaked-junk" not in second.content.decode()
    assert main_part(first.content) == main_part(second.content)


def test_counts_with_an_unknown_parameter_are_the_filters_counts(client, figures):
    story = article(SENTENCE.replace("12", "15"), source=outlet("برلمان"), published=date(2024, 4, 1))
    claim(story, "15", period_type="year", period_start="2024")
    plain = client.get(CLAIMS, {"outlet": figures[0].article.source.slug}).content
    junk = client.get(CLAIMS, {"outlet": figures[0].article.source.slug, "junk": "1"}).content
    assert main_part(junk) == main_part(plain)
    assert "(المجموع 1)" in main_part(plain)  # "(1 in all)": the other outlet's claim is not counted


def test_the_shared_page_entries_have_a_cache_alias_of_their_own(settings):
    shared = settings.CACHES["shared_pages"]
    others = [c.get("LOCATION") for alias, c in settings.CACHES.items() if alias != "shared_pages"]
    assert shared["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert shared["LOCATION"] not in others
