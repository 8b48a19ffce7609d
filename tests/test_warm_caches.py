"""`manage.py warm_caches`: the first reader after an import does not wait for the counts."""

from __future__ import annotations

from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def a_claim():
    story = article(
        "وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك 12 خلية إرهابية خلال سنة 2024.",
        source=outlet("هسبريس"),
        published=date(2024, 3, 5),
    )
    return claim(story, "12", period_type="year", period_start="2024")


def warm() -> str:
    out = StringIO()
    call_command("warm_caches", stdout=out)
    return out.getvalue()


def test_it_says_what_it_computed_and_how_long_it_took():
    a_claim()
    output = warm()
    assert output.startswith("Caches warmed: claims total ")
    assert "claims facets" in output
    assert "latest figures" in output and "sources index" in output


def test_after_it_the_first_reader_of_the_claims_page_runs_no_count(client):
    a_claim()
    warm()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("claim_list"))
    assert response.status_code == 200
    assert "<bdi>12</bdi>" in response.content.decode()
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]


def test_after_it_the_first_reader_of_the_home_page_does_not_rank_the_figures(client):
    a_claim()
    warm()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("home")).status_code == 200
    assert not [q["sql"] for q in queries if "ROW_NUMBER" in q["sql"].upper()]


def test_import_articles_warms_the_caches_when_something_changed():
    out = StringIO()
    call_command("import_articles", str(SEEDS), stdout=out)
    assert "Caches warmed" in out.getvalue()


def test_import_articles_leaves_the_caches_alone_when_nothing_changed():
    call_command("import_articles", str(SEEDS), stdout=StringIO())
    out = StringIO()
    call_command("import_articles", str(SEEDS), stdout=out)
    assert "5 unchanged" in out.getvalue()
    assert "Caches warmed" not in out.getvalue()


def test_after_it_the_first_reader_of_a_metric_page_gets_it_from_the_shared_cache(
    client, django_assert_max_num_queries
):
    from django.core.cache import caches

    a_claim()
    assert "3 metric pages" in warm()  # one metric, in Arabic, French and English
    caches["pages"].clear()  # another worker: nothing of its own yet
    with django_assert_max_num_queries(2):  # the data version and one read of the shared cache
        response = client.get(reverse("metric_detail", args=["cells_dismantled"]))
    assert response.status_code == 200
    assert "<bdi>12</bdi>" in response.content.decode()
