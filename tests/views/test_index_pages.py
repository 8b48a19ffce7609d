"""/sources/, /countries/ and /metrics/: every outlet, partner country and metric, with its counts and
its first and latest figure."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, cites, claim, many_claims, outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def record():
    hespress, barlamane = outlet("هسبريس"), outlet("برلمان")
    first = article("تفكيك 200 خلية منذ 2002 بتنسيق مع إسبانيا.", source=hespress, published=date(2019, 1, 4))
    cites(first, "إسبانيا", "ES")
    latest = article("تفكيك 215 خلية منذ 2002.", source=hespress, published=date(2023, 11, 1))
    arrests = article(
        "توقيف نحو 650 شخصا منذ 2016 بتنسيق مع إسبانيا.", source=barlamane, published=date(2021, 5, 2)
    )
    cites(arrests, "إسبانيا", "ES")
    return {
        "first": claim(first, "200"),
        "latest": claim(latest, "215"),
        "arrests": claim(arrests, "650", metric="persons_arrested", qualifier="about", period_start="2016"),
    }


def rows(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    return response.content.decode()


def test_the_outlets_page_counts_each_outlets_articles_and_claims(client, record):
    html = rows(client, "source_index")
    hespress = html[html.index('data-slug="hespress"') :]
    hespress = hespress[: hespress.index("</tr>")]
    assert '<td data-label="Articles">2</td>' in hespress
    assert ">2</a></td>" in hespress  # claims, linking to the claims list filtered by the outlet
    assert "Hespress" in hespress  # its other name


def test_the_outlets_page_names_each_outlets_first_and_latest_figure(client, record):
    html = rows(client, "source_index")
    hespress = html[html.index('data-slug="hespress"') :]
    first, latest = (
        hespress.split('data-label="First figure"')[1],
        hespress.split('data-label="Latest figure"')[1],
    )
    assert f"#claim-{record['first'].pk}" in first and "4 January 2019" in first
    assert f"#claim-{record['latest'].pk}" in latest and "1 November 2023" in latest


def test_the_metrics_page_lists_each_metric_with_its_claims_outlets_and_figures(client, record):
    html = rows(client, "metric_index")
    cells = html[html.index('data-metric="cells_dismantled"') :]
    cells = cells[: cells.index("</tr>")]
    assert "Terrorist cells dismantled" in cells and '<td data-label="Outlets">1</td>' in cells
    assert f"#claim-{record['first'].pk}" in cells and f"#claim-{record['latest'].pk}" in cells
    arrests = html[html.index('data-metric="persons_arrested"') :]
    assert "about <strong><bdi>650</bdi></strong>" in arrests[: arrests.index("</tr>")]


def test_the_countries_page_lists_partners_with_their_articles_claims_and_figures(
    client, arabic_client, record
):
    html = rows(client, "country_index")
    spain = html[html.index('data-country="ES"') :]
    spain = spain[: spain.index("</tr>")]
    assert "Spain" in spain and '<td data-label="Articles">2</td>' in spain
    assert f"#claim-{record['first'].pk}" in spain and f"#claim-{record['arrests'].pk}" in spain
    assert "إسبانيا" in rows(arabic_client, "country_index")


def test_index_pages_run_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    for name in ("source_index", "metric_index", "country_index"):
        # the data version, a few aggregates and the two figure queries, the shared cache's read and
        # write: none of it grows with the claims
        with django_assert_max_num_queries(14):
            assert client.get(reverse(name)).status_code == 200


def test_the_menu_links_to_the_index_pages(client, record):
    html = client.get(reverse("home")).content.decode()
    for name in ("source_index", "metric_index", "country_index"):
        assert f'href="{reverse(name)}"' in html
