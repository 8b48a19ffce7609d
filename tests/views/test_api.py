"""/api/claims/: the claims page as JSON, with count, next, previous and results."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, claim, many_claims, outlet
from tests.views.same_rows import api_ids, page_ids

pytestmark = pytest.mark.django_db


def test_a_result_carries_the_claim_in_the_contract_vocabulary(client):
    made = claim(
        article("تفكيك أكثر من 200 خلية منذ 2002.", source=outlet("هسبريس"), published=date(2021, 2, 3)),
        "200",
        qualifier="more_than",
        qualifier_text="أكثر من",
    )
    data = client.get(reverse("api_claims")).json()
    assert data["count"] == 1 and data["next"] is None and data["previous"] is None
    (row,) = data["results"]
    assert row["id"] == made.pk and row["metric"] == "cells_dismantled" and row["value"] == 200
    assert row["qualifier"] == "more_than" and row["qualifier_text"] == "أكثر من"
    assert row["period"] == {"type": "since", "start": "2002", "end": None, "text": None}
    assert row["attribution"]["org"] == "DGST"
    assert row["article"]["outlet"] == "هسبريس" and row["article"]["published"] == "2021-02-03"
    assert row["link"].endswith(f"/articles/{made.article_id}/#claim-{made.pk}")


def test_arabic_is_written_as_is_not_escaped(client):
    claim(article("تفكيك 7 خلايا منذ 2002.", source=outlet("برلمان")), "7")
    assert "برلمان" in client.get(reverse("api_claims")).content.decode()


def test_it_pages_with_next_and_previous_links(client):
    many_claims(60)
    first = client.get(reverse("api_claims"), {"metric": "cells_dismantled"}).json()
    assert first["count"] == 20 and first["next"] is None
    everything = client.get(reverse("api_claims")).json()
    assert everything["count"] == 60 and len(everything["results"]) == 50
    assert "page=2" in everything["next"] and everything["previous"] is None
    second = client.get(everything["next"]).json()
    assert len(second["results"]) == 10 and "page=1" in second["previous"]


def test_at_the_deepest_page_next_is_null_with_a_note_pointing_to_the_csv(client, monkeypatch):
    monkeypatch.setattr("claims.views.journalists.MAX_PAGE", 2)
    many_claims(120)
    last = client.get(reverse("api_claims"), {"page": "2"}).json()
    assert last["count"] == 120 and last["next"] is None and "/claims/export.csv" in last["next_note"]
    assert client.get(reverse("api_claims"), {"page": "3"}).status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"metric": "persons_arrested"},
        {"country": "FR", "sort": "outlet"},
        {"published_after": "2020-01-01"},
    ],
)
def test_it_gives_the_same_rows_in_the_same_order_as_the_page(client, params):
    many_claims(60)
    assert api_ids(client, params) == page_ids(client, params)


def test_bad_filters_answer_400_with_the_field_and_its_message(client):
    response = client.get(reverse("api_claims"), {"qualifier": "roughly"})
    assert response.status_code == 400
    assert "qualifier" in response.json()["errors"]


def test_the_api_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    # the count, the page, the page's open flags and its articles' partner countries
    with django_assert_max_num_queries(4):
        client.get(reverse("api_claims"))
