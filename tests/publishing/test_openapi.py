"""/api/schema/: the JSON API's OpenAPI 3.1 description, checked against real responses, and /api/docs/."""

import json
import re
from datetime import date

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.urls import reverse
from schemathesis.core.failures import FailureGroup
from schemathesis.core.transport import Response

from claims.filters import ClaimFilter
from ctfacts.wsgi import application
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(db):
    """The schema as served, read by schemathesis, its requests going through the whole Django stack.

    As Django's test client does, the connection is not closed at the end of each request: it holds
    the test's transaction (on PostgreSQL closing it would lose the test's rows)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi(reverse("api_schema"), application)["/api/claims/"]["GET"]
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def figures():
    """Claims with every optional part set and unset: Arabic text, no outlet, no date, a subset."""
    dated = article(
        "أعلن المكتب المركزي للأبحاث القضائية تفكيك أكثر من 200 خلية إرهابية منذ سنة 2002.",
        source=outlet("هسبريس"),
        published=date(2024, 5, 2),
    )
    claim(dated, "200", qualifier="more_than", qualifier_text="أكثر من", period_end="2024-05-02")
    undated = article("وتم توقيف 34 امرأة في قضايا مرتبطة بالإرهاب.", source=None, published=None)
    claim(
        undated, "34", metric="persons_arrested", subset="women", period_type="unspecified", period_start=""
    )


def test_every_filter_of_the_claims_page_is_a_parameter_of_the_api(client):
    spec = client.get(reverse("api_schema")).json()
    names = {p["name"] for p in spec["paths"]["/api/claims/"]["get"]["parameters"]}
    assert set(ClaimFilter.base_filters) | {"page"} == names


def test_a_page_of_real_claims_conforms_to_the_schema(api, figures):
    case = api.Case(query={})
    response = case.call()
    assert response.status_code == 200 and len(response.json()["results"]) == 2
    case.validate_response(response)


def test_a_refused_filter_answers_the_error_body_the_schema_describes(api, figures):
    case = api.Case(query={"qualifier": "roughly", "published_after": "2024-13-45"})
    response = case.call()
    assert response.status_code == 400 and {"qualifier", "published_after"} <= set(response.json()["errors"])
    case.validate_response(response)


def test_a_field_the_api_would_add_without_the_schema_breaks_it(api, figures):
    case = api.Case(query={})
    response = case.call()
    body = response.json()
    body["results"][0]["confidence"] = 0.9  # what the API would send if the schema were left behind
    response = Response(
        status_code=response.status_code,
        headers=response.headers,
        content=json.dumps(body).encode(),
        request=response.request,
        elapsed=response.elapsed,
        verify=response.verify,
    )
    with pytest.raises(FailureGroup, match="confidence"):
        case.validate_response(response)


def test_the_schema_names_this_server_and_the_vocabulary(client):
    spec = client.get(reverse("api_schema")).json()
    assert spec["openapi"].startswith("3.1") and spec["servers"] == [{"url": "http://testserver"}]
    qualifier = spec["components"]["schemas"]["Claim"]["properties"]["qualifier"]
    assert qualifier["enum"] == ["exact", "more_than", "about", "at_least", "less_than", "at_most"]


def test_the_docs_page_lists_each_parameter_and_field_without_script(client):
    html = client.get(reverse("api_docs")).content.decode()
    for name in [*ClaimFilter.base_filters, "page", "period.start", "article.published"]:
        assert f"<code>{name}</code>" in html
    # no script of its own: only the site's static file every page loads (static/claims/site.js)
    assert (
        re.findall(r"<script(?! src=\"/static/claims/site\.js\")", html) == [] and "cdn" not in html.lower()
    )


def test_the_docs_page_speaks_arabic(arabic_client):
    html = arabic_client.get(reverse("api_docs")).content.decode()
    assert "معاملات الاستعلام" in html and 'dir="rtl"' in html


READER_FILTERS = [
    "outlet",
    "country",
    "published",
    "published_after",
    "published_before",
    "value",
    "value_min",
]


@pytest.mark.parametrize("name", READER_FILTERS)
def test_every_value_the_schema_allows_for_a_readers_filter_is_accepted(api, figures, name):
    """The schema of a filter that reads natural input ("2024", "15/03/2024", "1,357", "إسبانيا") must not
    allow what the API refuses: schemathesis would report each such request as a valid one rejected."""
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode

    parameter = next(p for p in api.query if p.name == name)
    strategy = api.as_strategy(generation_mode=GenerationMode.POSITIVE).filter(
        lambda case: case.query and case.query.get(name)
    )

    @settings(
        max_examples=40,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def accepted(case):
        query = {name: case.query[name]}  # alone: the ranges' order is another rule (a 400 of its own)
        response = api.Case(query=query).call()
        assert response.status_code == 200, (parameter.name, query, response.text[:300])

    accepted()
