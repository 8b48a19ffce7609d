"""Filters with bad values give an empty list or a 400 with a message, never a 500."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.views.builders import many_claims

pytestmark = pytest.mark.django_db

REFUSED = [
    {"published_after": "2020-13-45"},
    {"published_before": "yesterday"},
    {"qualifier": "roughly"},
    {"org": "CIA"},
    {"country": "FRA"},
    {"country": "F1"},
    {"metric": "cells dismantled; DROP TABLE"},
    {"outlet": "../../etc"},
    {"period_year": "-5"},
    {"period_year": "99999999999999999999999"},
    {"period_year": "twenty"},
    {"sort": "password"},
    {"q": "خلية " * 100},
    {"published": "12/25/2024"},
    {"value": "مئتان"},
    {"value_min": "1e999"},
    {"state": "rejected"},
    {"period_type": "decade"},
    {"language": "xx"},
    {"country": "Atlantide"},
]
BAD_PAGES = [{"page": "-1"}, {"page": "0"}, {"page": "abc"}, {"page": "9" * 40}]
EMPTY = [
    {"metric": "no_such_metric"},
    {"outlet": "no-such-outlet"},
    {"country": "ZZ"},
    {"page": "999999"},
    {"q": "كلمة-لا-توجد"},
    {"published_after": "2999-01-01"},
]


@pytest.fixture(autouse=True)
def claims_in_db(db):
    many_claims(31)


@pytest.mark.parametrize("params", REFUSED, ids=lambda p: "&".join(f"{k}={v[:20]}" for k, v in p.items()))
@pytest.mark.parametrize("view", ["claim_list", "claims_csv", "api_claims"])
def test_a_value_that_cannot_mean_anything_is_a_400_with_a_message(client, view, params):
    response = client.get(reverse(view), params)
    assert response.status_code == 400
    body = response.content.decode()
    assert next(iter(params)) in body


@pytest.mark.parametrize("params", BAD_PAGES, ids=lambda p: p["page"][:20])
@pytest.mark.parametrize("view", ["claim_list", "api_claims"])
def test_a_page_number_that_is_not_a_whole_number_from_1_is_a_400(client, view, params):
    response = client.get(reverse(view), params)
    assert response.status_code == 400
    assert "page" in response.content.decode().lower()


def test_the_csv_ignores_the_page_and_exports_everything(client):
    response = client.get(reverse("claims_csv"), {"page": "-1"})
    assert response.status_code == 200


@pytest.mark.parametrize("params", EMPTY, ids=lambda p: "&".join(f"{k}={v}" for k, v in p.items()))
def test_a_well_formed_value_that_matches_nothing_is_an_empty_list(client, params):
    response = client.get(reverse("claim_list"), params)
    assert response.status_code == 200
    assert response.context["page"].items == []
    assert client.get(reverse("api_claims"), params).json()["results"] == []


@pytest.mark.parametrize(
    "params",
    [{"q": "إسبانيا " * 100}, {"page": "-3"}, {"outlet": "x" * 500}, {"published_after": "0000-00-00"}],
)
def test_the_articles_list_refuses_bad_values_with_a_400(client, params):
    assert client.get(reverse("article_list"), params).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/metrics/" + "x" * 300 + "/",
        "/sources/no-such-outlet/",
        "/countries/ZZZ/",
        "/countries/zz/",
        "/articles/0/",
    ],
)
def test_unknown_pages_are_404(client, url):
    assert client.get(url).status_code == 404


def test_a_bad_page_number_on_an_outlet_page_is_a_400(client):
    from claims.models import Source

    slug = Source.objects.first().slug
    assert client.get(reverse("source_detail", args=[slug]), {"page": "x"}).status_code == 400


@pytest.mark.parametrize("pk", ["9" * 30, str(2**63)])
def test_an_article_id_beyond_any_database_integer_is_404(client, pk):
    assert client.get(f"/articles/{pk}/").status_code == 404


@pytest.mark.parametrize("view", ["claim_list", "api_claims", "article_list"])
def test_a_nul_character_in_the_search_is_a_400(client, view):
    assert client.get(reverse(view), {"q": "خلية\x00"}).status_code == 400


PARAMS = [
    "metric",
    "outlet",
    "country",
    "qualifier",
    "org",
    "published_after",
    "published_before",
    "period_year",
    "published",
    "value",
    "value_min",
    "value_max",
    "period_type",
    "state",
    "language",
    "q",
    "sort",
    "page",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.dictionaries(st.sampled_from(PARAMS), st.text(max_size=300), max_size=4))
def test_no_combination_of_values_ever_makes_a_server_error(client, query):
    for view in ("claim_list", "api_claims", "claims_csv"):
        response = client.get(reverse(view), query)
        assert response.status_code in (200, 400), (view, query)
