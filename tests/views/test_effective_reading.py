"""Every reader uses the claim's effective reading: an editor's correction, or the machine's reading,
with the original beside a correction; a rejected claim leaves readers' pages and exports."""

import re
from datetime import date

import pytest
from django.urls import reverse

from claims.findings import claim_records
from claims.services import correct_claim, flag_claims, reject_claim, verify_claims
from tests.views.builders import article, cites, claim, outlet
from tests.views.same_rows import csv_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def misprint(editor):
    """ "2009 cells since 2002" (a misprint for 209, said by the DGST, for 2020), corrected by nadia."""
    story = article(
        "وأعلن المكتب المركزي للأبحاث القضائية تفكيك 2009 خلية منذ 2002، بتنسيق مع إسبانيا.",
        source=outlet("هسبريس"),
        published=date(2021, 6, 1),
    )
    cites(story, "إسبانيا", "ES")
    made = claim(story, "2009", org="BCIJ")
    correct_claim(
        claim=made,
        editor=editor,
        value=209,
        period_type="year",
        period_start="2020",
        period_end="2020",
        org="DGST",
        note="ملاحظة داخلية",
        public_note="صُحّح الرقم",
    )
    return made


@pytest.fixture
def not_a_claim(editor):
    made = claim(
        article("صدر قانون 2003 لمكافحة الإرهاب.", source=outlet("برلمان"), published=date(2022, 1, 1)),
        "2003",
    )
    reject_claim(claim=made, editor=editor, note="سنة وليست رقما")
    return made


def test_the_claims_list_shows_the_corrected_value_and_the_original(client, misprint):
    html = client.get(reverse("claim_list")).content.decode()
    row = html[html.index(f'<tr id="row-{misprint.pk}"') :]
    row = row[: row.index("</tr>")]
    assert '<bdi class="value corrected">209</bdi>' in row and '<bdi class="original-value">2009</bdi>' in row
    assert "DGST" in row and "2020" in row


def test_filters_and_facets_read_the_effective_reading(client, misprint):
    assert [r["id"] for r in csv_rows(client, {"org": "DGST"})] == [str(misprint.pk)]
    assert csv_rows(client, {"org": "BCIJ"}) == []
    assert csv_rows(client, {"period_year": "2020"})[0]["id"] == str(misprint.pk)


def test_the_api_gives_the_corrected_reading_its_state_and_the_original(client, misprint):
    (result,) = client.get(reverse("api_claims")).json()["results"]
    assert (result["value"], result["attribution"]["org"], result["period"]["type"]) == (209, "DGST", "year")
    editorial = result["editorial"]
    assert editorial["state"] == "corrected"
    assert editorial["original"]["value"] == 2009 and editorial["original"]["attribution"]["org"] == "BCIJ"
    assert set(editorial["corrected_fields"]) >= {"value", "period_type", "org"}
    assert result["article"]["partner_countries"] == ["ES"]
    assert "ملاحظة داخلية" not in client.get(reverse("api_claims")).content.decode()


def test_the_csv_gives_the_corrected_reading_its_state_and_the_original(client, misprint):
    (row,) = csv_rows(client, {})
    assert (row["value"], row["value_text"], row["org"], row["period_type"]) == (
        "209",
        "2009",
        "DGST",
        "year",
    )
    assert (row["editorial_state"], row["original_value"]) == ("corrected", "2009")
    assert "org: BCIJ" in row["original_reading"] and "period_type: since" in row["original_reading"]
    assert row["partner_countries"] == "ES"


def test_an_open_flag_makes_the_csv_state_flagged(client, editor, misprint):
    flag_claims(claims=[misprint], editor=editor, reason="misprint")
    assert csv_rows(client, {})[0]["editorial_state"] == "flagged"


def test_a_verified_claim_says_so_and_has_no_original(client, editor):
    made = claim(article("تفكيك 207 خلية منذ 2002.", published=date(2020, 11, 17)), "207")
    verify_claims(claims=[made], editor=editor)
    (row,) = csv_rows(client, {})
    assert (row["editorial_state"], row["original_value"], row["original_reading"]) == ("verified", "", "")


def test_the_chart_draws_the_corrected_value_and_names_the_original(client, misprint):
    # two more figures for 2020, so that the period gets a chart (one or two go in a compact table)
    for figure, name in (("207", "برلمان"), ("211", "أكورا بريس")):
        story = article(f"تفكيك {figure} خلية سنة 2020.", source=outlet(name), published=date(2021, 2, 1))
        claim(story, figure, period_type="year", period_start="2020", period_end="2020")
    html = client.get(reverse("metric_detail", args=["cells_dismantled"])).content.decode()
    assert f'data-claim-id="{misprint.pk}" data-value="209"' in html
    assert 'data-original-value="2009"' in html
    # the axis follows 209, not 2009: no tick labelled 2,500 (a bare "2500" could be inside a claim's id)
    assert not re.search(r">\s*2[,.\u202f\u00a0 ]?500\s*<", html)


def test_the_home_page_shows_the_corrected_value_and_the_original(client, misprint):
    html = client.get(reverse("home")).content.decode()
    latest = html[html.index(f'<li data-claim-id="{misprint.pk}"') :]
    assert '<bdi class="value corrected">209</bdi>' in latest[:400]
    assert '<bdi class="original-value">2009</bdi>' in latest[:400]


def test_a_rejected_claim_leaves_every_readers_page_and_export(client, misprint, not_a_claim):
    assert [r["id"] for r in csv_rows(client, {})] == [str(misprint.pk)]
    assert [r["id"] for r in client.get(reverse("api_claims")).json()["results"]] == [misprint.pk]
    facets = client.get(reverse("claim_list")).context["facets"]
    assert [f.label for f in facets.outlets] == ["هسبريس"]
    assert (
        f'id="claim-{not_a_claim.pk}"'
        not in client.get(reverse("article_detail", args=[not_a_claim.article_id])).content.decode()
    )
    latest_figures = client.get(reverse("home")).content.decode().split("Latest articles")[0]
    # Neither the claim nor its figure; a bare "2003" could be part of another claim's id ("20039").
    assert f'claim-id="{not_a_claim.pk}"' not in latest_figures
    assert not re.search(r">\s*2003\s*<", latest_figures)


def test_a_rejected_claim_leaves_the_consistency_engine(misprint, not_a_claim):
    assert [record.id for record in claim_records()] == [misprint.pk]
