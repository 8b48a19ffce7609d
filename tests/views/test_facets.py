"""Facets as in Datasette: a chosen value stays in its facet with a link removing it, and the other
values keep the counts they would have if chosen instead."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, cites, claim, outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    hespress, barlamane = outlet("هسبريس"), outlet("برلمان")
    made = []
    for i, (source, metric, year) in enumerate(
        [
            (hespress, "cells_dismantled", 2023),
            (hespress, "cells_dismantled", 2024),
            (hespress, "persons_arrested", 2024),
            (barlamane, "cells_dismantled", 2024),
            (barlamane, "plots_foiled", 2022),
        ]
    ):
        story = article(
            f"تفكيك {10 + i} خلايا بتنسيق مع إسبانيا.", source=source, published=date(year, 3, 1 + i)
        )
        cites(story, "إسبانيا", "ES")
        made.append(claim(story, str(10 + i), metric=metric))
    return made


def facets(client, **params):
    return client.get(reverse("claim_list"), params).context["facets"]


def test_a_chosen_metric_stays_in_its_facet_and_the_others_keep_their_counts(client, claims):
    metrics = {f.params["metric"]: f for f in facets(client, metric="cells_dismantled").metrics}
    assert {slug: f.count for slug, f in metrics.items()} == {
        "cells_dismantled": 3,
        "persons_arrested": 1,
        "plots_foiled": 1,
    }
    assert metrics["cells_dismantled"].selected and not metrics["plots_foiled"].selected


def test_the_chosen_value_links_to_the_list_without_it(client, claims):
    chosen = next(f for f in facets(client, metric="plots_foiled", outlet="barlamane").metrics if f.selected)
    assert "metric=" not in chosen.href and "outlet=barlamane" in chosen.href


def test_another_value_of_the_same_facet_replaces_the_choice(client, claims):
    other = next(
        f for f in facets(client, metric="plots_foiled").metrics if f.params["metric"] == "persons_arrested"
    )
    assert "metric=persons_arrested" in other.href and "plots_foiled" not in other.href


def test_the_other_facets_count_within_the_choice(client, claims):
    chosen = facets(client, metric="cells_dismantled")
    assert {f.label: f.count for f in chosen.outlets} == {"هسبريس": 2, "برلمان": 1}
    assert {f.label: f.count for f in chosen.years} == {"2024": 2, "2023": 1}


def test_an_outlet_typed_by_name_is_the_chosen_value_of_the_outlet_facet(client, claims):
    outlets = facets(client, outlet="Hespress").outlets
    assert [(f.label, f.count, f.selected) for f in outlets] == [("هسبريس", 3, True), ("برلمان", 2, False)]


def test_a_chosen_year_keeps_the_other_years_and_shows_its_months(client, claims):
    chosen = facets(client, published="2024")
    assert {(f.label, f.count, f.selected) for f in chosen.years} == {
        ("2024", 3, True),
        ("2023", 1, False),
        ("2022", 1, False),
    }
    assert {f.label for f in chosen.months} == {"2024-03"}


def test_a_chosen_country_keeps_its_count_and_a_remove_link(client, claims):
    (spain,) = facets(client, country="إسبانيا").countries
    assert spain.selected and spain.count == 5 and "country=" not in spain.href


def test_the_page_marks_the_chosen_value_with_a_remove_link(client, claims):
    html = client.get(reverse("claim_list"), {"metric": "cells_dismantled"}).content.decode()
    chosen = html[html.index('<li class="chosen">') :]
    chosen = chosen[: chosen.index("</li>")]
    assert "Terrorist cells dismantled" in chosen and 'class="remove"' in chosen


def test_facets_are_labelled_in_the_readers_language(arabic_client, claims):
    metrics = arabic_client.get(reverse("claim_list")).context["facets"].metrics
    assert "الخلايا الإرهابية المفككة" in [f.label for f in metrics]
