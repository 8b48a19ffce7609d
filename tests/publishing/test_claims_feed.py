"""/claims/feed/?<filters>: the newest claims of any claims-page filter, as Atom."""

from datetime import date

import pytest
from django.urls import reverse
from lxml import etree

from tests.publishing.atom import ATOM, entry_links, entry_titles, parse_atom, validate_atom
from tests.publishing.figures import cells_report
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


def feed(client, **filters):
    response = client.get(reverse("claims_feed"), filters)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/atom+xml")
    return parse_atom(response.content)


def page_url(made) -> str:
    return f"http://testserver/claims/{made.pk}/"


def test_a_new_claim_appears_first_in_a_valid_atom_feed(client):
    older = cells_report("برلمان", date(2023, 1, 15))
    assert entry_links(feed(client, metric="cells_dismantled")) == [page_url(older)]
    newer = cells_report("هسبريس", date(2024, 5, 2), value="210")
    parsed = feed(client, metric="cells_dismantled")
    assert entry_links(parsed) == [page_url(newer), page_url(older)]
    assert (
        entry_titles(parsed)[0]
        == "Terrorist cells dismantled: more than 210 (since 2002) — هسبريس, 2 May 2024"
    )


def test_an_old_article_imported_today_is_new_to_the_feed(client):
    recent = cells_report("هسبريس", date(2024, 5, 2))
    late_import = cells_report("برلمان", date(2019, 3, 1), value="150")
    assert entry_links(feed(client))[0] == page_url(late_import)
    assert page_url(recent) in entry_links(feed(client))


def test_the_feed_holds_what_the_page_filter_selects(client):
    hespress = cells_report("هسبريس", date(2024, 5, 2))
    cells_report("برلمان", date(2023, 1, 15))
    story = article("وتم توقيف 34 شخصا.", source=outlet("هسبريس"), published=date(2024, 6, 1))
    arrests = claim(story, "34", metric="persons_arrested")
    slug = hespress.article.source.slug
    assert entry_links(feed(client, outlet=slug)) == [page_url(arrests), page_url(hespress)]
    assert entry_links(feed(client, outlet=slug, metric="persons_arrested")) == [page_url(arrests)]
    assert entry_links(feed(client, q="توقيف")) == [page_url(arrests)]


def test_the_feed_links_to_the_filtered_page_and_names_its_filters(client):
    cells_report("هسبريس", date(2024, 5, 2))
    parsed = feed(client, metric="cells_dismantled", sort="value", page="3")
    assert parsed.find(f"{ATOM}link[@rel='alternate']").get("href") == (
        "http://testserver/claims/?metric=cells_dismantled"
    )
    assert parsed.findtext(f"{ATOM}title") == "ctfacts: claims — Metric: Terrorist cells dismantled"


def test_the_feed_names_itself_with_its_filters(client):
    cells_report("هسبريس", date(2024, 5, 2))
    parsed = feed(client, metric="cells_dismantled", sort="value")
    assert parsed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/claims/feed/?metric=cells_dismantled"
    )


def test_an_entry_without_its_id_or_with_a_date_in_words_fails_the_atom_schema(client):
    """The schema the feeds are checked against refuses what a feed reader would refuse."""
    cells_report("هسبريس", date(2024, 5, 2))
    valid = client.get(reverse("claims_feed")).content
    validate_atom(etree.fromstring(valid))
    without_id = etree.fromstring(valid)
    without_id.find(f"{ATOM}entry").remove(without_id.find(f"{ATOM}entry/{ATOM}id"))
    in_words = etree.fromstring(valid)
    in_words.find(f"{ATOM}entry/{ATOM}published").text = "2 May 2024"
    for broken in (without_id, in_words):
        with pytest.raises(AssertionError):
            validate_atom(broken)


def test_an_entry_dates_the_article_and_carries_the_sentence(client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    (entry,) = feed(client).findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}published").startswith("2024-05-02T00:00:00")
    assert made.sentence in entry.findtext(f"{ATOM}summary")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "هسبريس"


def test_markup_in_article_text_stays_text_in_the_feed(client):
    story = article(
        "قال المصدر <b>إن</b> 12 خلية & أكثر فككت.", source=outlet("هسبريس"), published=date(2024, 1, 1)
    )
    claim(story, "12")
    (entry,) = feed(client).findall(f"{ATOM}entry")
    assert "<b>إن</b> 12 خلية & أكثر" in entry.findtext(f"{ATOM}summary")


def test_a_bad_filter_answers_400_as_the_page_does(client):
    response = client.get(reverse("claims_feed"), {"published_after": "2024-13-45"})
    assert response.status_code == 400


def test_the_feed_speaks_the_readers_language(arabic_client):
    cells_report("هسبريس", date(2024, 5, 2))
    response = arabic_client.get(reverse("claims_feed"))
    parsed = parse_atom(response.content)
    assert parsed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    assert entry_titles(parsed)[0].startswith("الخلايا")
