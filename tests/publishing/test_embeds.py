"""Embeddable charts: a metric's comparison as a standalone SVG and a frame page, each with its
citation line, framable by other sites while every other page stays unframable."""

import base64
import hashlib
from datetime import date

import pytest
from django.urls import reverse
from lxml import etree

from tests.publishing.figures import cells_report
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def cells(db):
    made = [
        cells_report("برلمان", date(2023, 1, 15)),
        cells_report("هسبريس", date(2024, 5, 2), value="210"),
    ]
    story = article(
        "وفككت المصالح 12 خلية خلال سنة 2019.", source=outlet("le360"), published=date(2020, 1, 5)
    )
    made.append(claim(story, "12", period_type="year", period_start="2019"))
    return made


def directives(response) -> dict:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_the_svg_is_one_document_with_its_title_marks_and_citation(client, cells):
    response = client.get(reverse("chart_svg", args=["cells_dismantled"]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    svg = etree.fromstring(response.content)
    assert svg.tag == f"{SVG}svg"
    texts = "".join(svg.itertext())
    assert "Terrorist cells dismantled · since 2002" in texts
    assert "Source: ctfacts, “Terrorist cells dismantled, since 2002”: 2 claims from 2 outlets" in texts
    assert "published up to 2 May 2024" in texts and "http://testserver/metrics/cells_dismantled/" in texts
    marks = svg.findall(f".//{SVG}a[@class]")
    assert {a.get("href") for a in marks} == {f"http://testserver/claims/{c.pk}/" for c in cells[:2]}


def test_the_svg_may_be_framed_and_its_only_style_is_allowed_by_hash(client, cells):
    response = client.get(reverse("chart_svg", args=["cells_dismantled"]))
    assert "X-Frame-Options" not in response
    policy = directives(response)
    assert policy["frame-ancestors"] == ["*"] and policy["default-src"] == ["'none'"]
    style = etree.fromstring(response.content).find(f"{SVG}style").text
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert policy["style-src"] == [f"'sha256-{digest}'"]
    assert "script" not in response.content.decode()


def test_a_period_is_chosen_by_its_token(client, cells):
    svg = client.get(
        reverse("chart_svg", args=["cells_dismantled"]), {"period": "year.2019"}
    ).content.decode()
    assert "Terrorist cells dismantled · 2019" in svg and "1 claims from 1 outlets" in svg
    assert (
        client.get(reverse("chart_svg", args=["cells_dismantled"]), {"period": "year.1990"}).status_code
        == 404
    )
    assert client.get(reverse("chart_svg", args=["no_such_metric"])).status_code == 404


def test_the_frame_page_may_be_framed_and_cites_its_source(client, cells):
    response = client.get(reverse("chart_embed", args=["cells_dismantled"]))
    assert response.status_code == 200 and "X-Frame-Options" not in response
    assert directives(response)["frame-ancestors"] == ["*"]
    html = response.content.decode()
    assert "Source: ctfacts" in html and "<form" not in html and "<script" not in html


def test_every_other_page_stays_unframable(client, cells):
    for url in (
        reverse("claim_page", args=[cells[0].pk]),
        reverse("metric_detail", args=["cells_dismantled"]),
    ):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY"
        assert directives(response)["frame-ancestors"] == ["'none'"]


def test_the_share_page_gives_the_code_to_paste_for_each_period(client, cells):
    html = client.get(reverse("chart_share", args=["cells_dismantled"])).content.decode()
    assert '&lt;iframe src="http://testserver/metrics/cells_dismantled/embed/?period=since.2002"' in html
    assert "http://testserver/metrics/cells_dismantled/chart.svg?period=year.2019" in html
    metric_page = client.get(reverse("metric_detail", args=["cells_dismantled"])).content.decode()
    assert reverse("chart_share", args=["cells_dismantled"]) in metric_page


def test_the_chart_speaks_arabic(arabic_client, cells):
    svg = arabic_client.get(reverse("chart_svg", args=["cells_dismantled"])).content.decode()
    assert 'text-anchor="end"' in svg and "المصدر: ctfacts" in svg
