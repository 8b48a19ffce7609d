"""/claims/: every claim, filtered, faceted, sorted and paginated in a bounded number of queries."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, cites, claim, many_claims, outlet

pytestmark = pytest.mark.django_db

CELLS = (
    "أعلنت المديرية العامة لمراقبة التراب الوطني عن تفكيك 207 خلية إرهابية منذ سنة 2002، بتنسيق مع إسبانيا."
)
BOUND = "وتمكنت الأجهزة الأمنية من تفكيك أكثر من 200 خلية إرهابية منذ عام 2002."
ARRESTS = "وبلغ عدد الموقوفين منذ سنة 2016 نحو 650 شخصا."


@pytest.fixture
def two_outlets():
    agora = article(CELLS, source=outlet("أكورا بريس"), published=date(2020, 11, 17))
    cites(agora, "إسبانيا", "ES")
    anonymous = article(BOUND, published=None)
    barlamane = article(ARRESTS, source=outlet("برلمان"), published=date(2025, 7, 3))
    return {
        "exact": claim(agora, "207"),
        "bound": claim(anonymous, "200", qualifier="more_than", qualifier_text="أكثر من", org="unspecified"),
        "arrests": claim(
            barlamane,
            "650",
            metric="persons_arrested",
            qualifier="about",
            period_start="2016",
            org="official_unspecified",
        ),
    }


def listed_ids(response) -> list[int]:
    return [claim.pk for claim in response.context["page"].items]


def test_it_lists_every_claim_newest_first_with_undated_last(client, two_outlets):
    response = client.get(reverse("claim_list"))
    assert response.status_code == 200
    assert listed_ids(response) == [two_outlets[k].pk for k in ("arrests", "exact", "bound")]


def test_it_filters_by_metric(client, two_outlets):
    response = client.get(reverse("claim_list"), {"metric": "cells_dismantled"})
    assert set(listed_ids(response)) == {two_outlets["exact"].pk, two_outlets["bound"].pk}


def test_it_filters_by_outlet_slug(client, two_outlets):
    slug = two_outlets["exact"].article.source.slug
    response = client.get(reverse("claim_list"), {"outlet": slug})
    assert listed_ids(response) == [two_outlets["exact"].pk]


def test_it_filters_by_partner_country_code_in_any_case(client, two_outlets):
    response = client.get(reverse("claim_list"), {"country": "es"})
    assert listed_ids(response) == [two_outlets["exact"].pk]


def test_a_country_only_mentioned_is_not_a_partner(client, two_outlets):
    cites(two_outlets["bound"].article, "الأجهزة", "FR", role="mentioned")
    response = client.get(reverse("claim_list"), {"country": "FR"})
    assert listed_ids(response) == []


def test_it_filters_by_qualifier_and_org(client, two_outlets):
    assert listed_ids(client.get(reverse("claim_list"), {"qualifier": "more_than"})) == [
        two_outlets["bound"].pk
    ]
    assert listed_ids(client.get(reverse("claim_list"), {"org": "DGST"})) == [two_outlets["exact"].pk]


def test_it_filters_by_publication_dates_inclusive(client, two_outlets):
    response = client.get(
        reverse("claim_list"), {"published_after": "2020-11-17", "published_before": "2020-11-17"}
    )
    assert listed_ids(response) == [two_outlets["exact"].pk]


def test_it_filters_by_period_year(client, two_outlets):
    response = client.get(reverse("claim_list"), {"period_year": "2016"})
    assert listed_ids(response) == [two_outlets["arrests"].pk]


def test_it_sorts_by_value_both_ways(client, two_outlets):
    ascending = listed_ids(client.get(reverse("claim_list"), {"sort": "value"}))
    descending = listed_ids(client.get(reverse("claim_list"), {"sort": "-value"}))
    assert ascending == [two_outlets[k].pk for k in ("bound", "exact", "arrests")]
    assert descending == list(reversed(ascending))


def test_each_row_shows_the_value_as_printed_qualifier_period_source_and_a_link_to_the_sentence(
    client, two_outlets
):
    exact = two_outlets["exact"]
    html = client.get(reverse("claim_list"), {"metric": "cells_dismantled"}).content.decode()
    assert f'href="/articles/{exact.article_id}/#claim-{exact.pk}"' in html
    assert "أكورا بريس" in html
    assert "أكثر من" in html  # the qualifier as printed
    assert "2002" in html


def test_the_value_as_printed_sits_beside_its_normalized_figure(client):
    story = article("وقد تم تفكيك ٢٠٧ خلية منذ 2002.", source=outlet("هسبريس"), published=date(2021, 1, 1))
    claim(story, "٢٠٧", value=207)
    html = client.get(reverse("claim_list")).content.decode()
    assert "٢٠٧" in html and "= 207" in html


def test_facets_count_by_metric_outlet_country_year_and_month(client, two_outlets):
    facets = client.get(reverse("claim_list")).context["facets"]
    assert {f.params["metric"]: f.count for f in facets.metrics} == {
        "cells_dismantled": 2,
        "persons_arrested": 1,
    }
    assert {f.label: f.count for f in facets.outlets} == {"أكورا بريس": 1, "برلمان": 1}
    assert {f.params["country"]: f.count for f in facets.countries} == {"ES": 1}
    assert {f.label: f.count for f in facets.years} == {"2025": 1, "2020": 1}
    assert {f.label: f.count for f in facets.months} == {"2025-07": 1, "2020-11": 1}


def test_a_facet_link_keeps_the_current_filters_and_narrows_the_list(client, two_outlets):
    response = client.get(reverse("claim_list"), {"metric": "cells_dismantled", "page": "1"})
    year = next(f for f in response.context["facets"].years if f.label == "2020")
    assert "metric=cells_dismantled" in year.href and "published=2020" in year.href
    assert "page=" not in year.href
    narrowed = client.get(reverse("claim_list") + year.href)
    assert listed_ids(narrowed) == [two_outlets["exact"].pk]


def test_facets_follow_the_filters(client, two_outlets):
    facets = client.get(reverse("claim_list"), {"metric": "persons_arrested"}).context["facets"]
    assert [f.label for f in facets.outlets] == ["برلمان"]


def test_it_paginates_fifty_a_page(client):
    many_claims(60)
    first = client.get(reverse("claim_list"))
    second = client.get(reverse("claim_list"), {"page": "2"})
    assert len(listed_ids(first)) == 50 and len(listed_ids(second)) == 10
    assert not set(listed_ids(first)) & set(listed_ids(second))
    assert 'rel="next"' in first.content.decode()


def test_a_page_past_the_end_is_an_empty_page_that_says_so(client, two_outlets):
    response = client.get(reverse("claim_list"), {"page": "99"})
    assert response.status_code == 200 and listed_ids(response) == []
    html = response.content.decode()
    assert "There is no page 99: this list has 1 page." in html and "Page 99 of" not in html


def test_pages_stop_at_the_deepest_page_and_say_how_to_read_the_rest(client, monkeypatch):
    monkeypatch.setattr("claims.views.journalists.MAX_PAGE", 2)
    many_claims(120)  # three pages of 50
    last = client.get(reverse("claim_list"), {"page": "2"})
    assert len(listed_ids(last)) == 50 and 'rel="next"' not in last.content.decode()
    assert "download the CSV" in last.content.decode()
    deeper = client.get(reverse("claim_list"), {"page": "3"})
    assert deeper.status_code == 400 and "Lists stop at page 2" in deeper.content.decode()


def test_past_the_end_beyond_the_deepest_page_is_still_an_empty_page(client, two_outlets, monkeypatch):
    monkeypatch.setattr("claims.views.journalists.MAX_PAGE", 2)
    response = client.get(reverse("claim_list"), {"page": "9"})
    assert response.status_code == 200 and listed_ids(response) == []


def test_the_list_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    # A first reading, nothing cached: data version, count, page, editorial prefetch (flags), two
    # facet queries, and the shared cache's reads and writes (claims/facet_cache.py; Django's
    # DatabaseCache spends 4 queries on a write). None of it grows with the 36 claims.
    with django_assert_max_num_queries(20):
        response = client.get(reverse("claim_list"))
    assert len(listed_ids(response)) == 36


def test_the_filtered_and_searched_list_stays_bounded_too(client, django_assert_max_num_queries):
    many_claims(36)
    # as above, and the chosen country's facet counted without its own filter (and cached)
    with django_assert_max_num_queries(26):
        response = client.get(
            reverse("claim_list"),
            {"country": "ES", "q": "اسبانيا", "sort": "-published", "metric": "plots_foiled"},
        )
    assert len(listed_ids(response)) == 6


def test_with_the_seeds_cells_dismantled_lists_207_and_more_than_200_side_by_side(client, seeded):
    response = client.get(reverse("claim_list"), {"metric": "cells_dismantled"})
    rows = {(c.display_value, c.qualifier): c for c in response.context["page"].items}
    assert (207, "exact") in rows and (200, "more_than") in rows
    exact, bound = rows[(207, "exact")], rows[(200, "more_than")]
    assert exact.article.source.name == "أكورا بريس" and exact.article.published.year == 2020
    assert bound.article.source is None


def test_a_machine_reading_the_engine_doubts_is_marked_uncertain_with_an_explanation(client):
    story = article("وتفيد تقارير بتفكيك 12 خلية.", source=outlet("هسبريس"), published=date(2024, 1, 2))
    doubtful = claim(story, "12", confidence=0.38)
    sure = claim(article("تفكيك 207 خلية منذ 2002.", published=date(2020, 1, 1)), "207", confidence=0.94)
    html = client.get(reverse("claim_list")).content.decode()
    row = lambda made: html[html.index(f'<tr id="row-{made.pk}"') :].split("</tr>", 1)[0]  # noqa: E731
    assert "uncertain reading" in row(doubtful) and "check the sentence before quoting it" in row(doubtful)
    assert "uncertain reading" not in row(sure)
