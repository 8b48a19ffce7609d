"""The claims page caches its counts, but never shows counts from before a change to the data."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from claims.models import Article, ArticleCountry, Claim

from .builders import article, cites, claim, outlet

pytestmark = pytest.mark.django_db


def facet_counts(client, **params) -> dict[str, int]:
    facets = client.get(reverse("claim_list"), params).context["facets"]
    return {value.label: value.count for value in facets.metrics + facets.outlets + facets.countries}


def a_claim(source_name="هسبريس", text="وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك 12 خلية إرهابية."):
    story = article(text, source=outlet(source_name), published=date(2024, 3, 5))
    return claim(story, "12", period_type="year", period_start="2024")


def test_a_second_request_with_the_same_filters_reads_the_counts_from_the_cache(
    client, django_assert_max_num_queries
):
    a_claim()
    client.get(reverse("claim_list"), {"metric": "cells_dismantled"})
    # the data version, the page and the editorial prefetch: no COUNT, no facet GROUP BY
    with django_assert_max_num_queries(3):
        response = client.get(reverse("claim_list"), {"metric": "cells_dismantled", "page": "1"})
    assert response.context["page"].count == 1


def test_a_new_claim_shows_in_the_counts_at_once(client):
    a_claim()
    assert facet_counts(client)["هسبريس"] == 1
    a_claim(text="وأكد المكتب المركزي للأبحاث القضائية تفكيك 12 خلية إرهابية هذا العام.")
    assert facet_counts(client)["هسبريس"] == 2
    # the same page again is served from the page cache (claims/page_cache.py): read its text
    assert "2 claims" in client.get(reverse("claim_list")).content.decode()


def test_a_deleted_claim_leaves_the_counts_at_once(client):
    first = a_claim()
    a_claim(source_name="برلمان")
    assert "برلمان" in facet_counts(client)
    Claim.objects.exclude(pk=first.pk).delete()
    assert "برلمان" not in facet_counts(client)


def test_a_corrected_article_date_moves_its_claims_to_another_year(client):
    story = a_claim().article
    years = lambda: [v.label for v in client.get(reverse("claim_list")).context["facets"].years]  # noqa: E731
    assert years() == ["2024"]
    Article.objects.filter(pk=story.pk).update(published=date(2019, 6, 1))
    assert years() == ["2019"]


def test_a_new_partner_country_shows_in_the_country_facet_at_once(client):
    story = a_claim(text="وأعلن المكتب المركزي عن تفكيك 12 خلية إرهابية بتنسيق مع إسبانيا.").article
    assert not client.get(reverse("claim_list")).context["facets"].countries
    cites(story, "إسبانيا", "ES", role=ArticleCountry.PARTNER)
    assert [v.params for v in client.get(reverse("claim_list")).context["facets"].countries] == [
        {"country": "ES"}
    ]
