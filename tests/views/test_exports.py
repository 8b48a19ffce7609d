"""/claims/export.csv: the whole filtered set, streamed, UTF-8 with BOM, safe to open in a spreadsheet."""

from datetime import date

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from claims.views.exports import neutralize
from tests.views.builders import article, claim, many_claims, outlet
from tests.views.same_rows import csv_ids, csv_rows, page_ids

pytestmark = pytest.mark.django_db


def test_it_streams_utf8_with_a_byte_order_mark_so_spreadsheets_show_arabic(client):
    claim(
        article("تفكيك 207 خلية منذ 2002.", source=outlet("أكورا بريس"), published=date(2020, 11, 17)), "207"
    )
    response = client.get(reverse("claims_csv"))
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())
    assert "أكورا بريس".encode() in raw


def test_a_row_has_the_claim_its_source_and_a_link_to_its_sentence(client):
    made = claim(
        article("تفكيك أكثر من 200 خلية منذ 2002.", published=date(2019, 4, 2)),
        "200",
        qualifier="more_than",
        qualifier_text="أكثر من",
    )
    (row,) = csv_rows(client, {})
    assert row["value"] == "200" and row["qualifier"] == "more_than" and row["qualifier_text"] == "أكثر من"
    assert row["period_start"] == "2002" and row["published"] == "2019-04-02" and row["outlet"] == ""
    assert row["link"].endswith(f"/articles/{made.article_id}/#claim-{made.pk}")


def test_it_exports_the_whole_filtered_set_not_one_page(client):
    many_claims(60)
    assert len(csv_ids(client, {})) == 60
    assert len(csv_ids(client, {"metric": "plots_foiled"})) == 20


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"metric": "cells_dismantled"},
        {"country": "ES", "sort": "-value"},
        {"q": "اسبانيا", "outlet": "hespress"},
    ],
)
def test_it_gives_the_same_rows_in_the_same_order_as_the_page(client, params):
    many_claims(60)
    assert csv_ids(client, params) == page_ids(client, params)


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1"])
def test_a_cell_a_spreadsheet_would_run_is_neutralized(cell):
    assert neutralize(cell) == "'" + cell


def test_plain_arabic_and_numbers_are_left_alone():
    assert neutralize("أكثر من 200") == "أكثر من 200" and neutralize(207) == "207" and neutralize(None) == ""


def test_a_formula_printed_in_an_article_reaches_the_file_neutralized(client):
    claim(article("=cmd|' /C calc'!A0 تفكيك 7 خلايا."), "7", attribution_raw="=cmd|' /C calc'!A0")
    (row,) = csv_rows(client, {})
    assert row["attribution"].startswith("'=") and row["sentence"].startswith("'=")


def test_bad_filters_answer_400_with_a_message_not_a_file(client):
    response = client.get(reverse("claims_csv"), {"published_after": "17/11/2020"})
    assert response.status_code == 400
    assert "published_after" in response.content.decode()


def test_the_export_runs_a_few_queries_per_2000_rows_whatever_its_size(client, django_assert_max_num_queries):
    many_claims(40)
    # the rows; on SQLite, per 2,000 rows, their open flags and their articles' partner countries
    with django_assert_max_num_queries(3):
        response = client.get(reverse("claims_csv"))
        b"".join(response.streaming_content)
