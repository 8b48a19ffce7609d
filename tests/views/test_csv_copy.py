"""On PostgreSQL the claims CSV is written by COPY: a spreadsheet must read the same file as the one
written row by row in Python (the SQLite path), whatever the cells hold."""

import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from claims.filters import ClaimFilter
from claims.models import Claim
from claims.views.exports import _copied_lines, _written_lines
from tests.views.builders import article, cites, claim, many_claims, outlet

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY exists on PostgreSQL only"),
]

LINK = ("http://testserver/articles/", "/")


def claims_with_awkward_cells() -> None:
    hespress = outlet("هسبريس")
    claim(
        article(
            'قال "المسؤول"، أمس: تفكيك 207 خلية منذ 2002.', source=hespress, published=date(2020, 11, 17)
        ),
        "207",
        qualifier_text="",
        attribution_raw='=HYPERLINK("http://x")',
        person="-عبد الحق الخيام",
    )
    claim(
        article("أوقف نحو 1.5 ألف شخص.", title="حصيلة\rثانية"),
        "1.5",
        metric="persons_arrested",
        qualifier="about",
    )
    claim(
        article("+212 تفكيك 9 خلايا، بتنسيق مع إسبانيا"), "9", subset="isis_linked", period_text="\tمنذ 2002"
    )
    claim(
        article("@ctfacts أكثر من 200 خلية", source=outlet("Le360"), published=date(999, 1, 2)),
        "200",
        qualifier="more_than",
        qualifier_text="أكثر من",
    )


def parsed(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def both_texts(params: dict) -> tuple[str, str]:
    claims = ClaimFilter(params, queryset=Claim.objects.for_listing()).qs
    copied = "".join(
        chunk if isinstance(chunk, str) else chunk.decode("utf-8") for chunk in _copied_lines(claims, *LINK)
    )
    return copied, "".join(_written_lines(claims, *LINK))


def both_files(params: dict) -> tuple[list[list[str]], list[list[str]]]:
    copied, written = both_texts(params)
    return parsed(copied), parsed(written)


def test_copy_writes_the_same_cells_as_the_python_writer():
    claims_with_awkward_cells()
    copied, written = both_files({})
    assert len(copied) == 5
    assert copied == written


def test_copy_writes_the_same_bytes_but_for_the_line_ends():
    claims_with_awkward_cells()
    copied, written = both_texts({})
    assert copied == written.replace("\r\n", "\n")


def test_copy_neutralizes_formulas_and_keeps_numbers_plain():
    claims_with_awkward_cells()
    copied, _ = both_files({"sort": "value"})
    header, *rows = copied
    by_value = {row[header.index("value")]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_value) == {"1.50", "9", "200", "207"}
    assert by_value["207"]["attribution"].startswith("'=") and by_value["207"]["person"].startswith("'-")
    assert by_value["9"]["period_text"] == "'\tمنذ 2002" and by_value["200"]["sentence"].startswith("'@")
    assert by_value["200"]["published"] == "0999-01-02" and by_value["1.50"]["outlet"] == ""


@pytest.mark.parametrize("params", [{}, {"metric": "cells_dismantled", "sort": "-value"}, {"q": "اسبانيا"}])
def test_copy_keeps_the_filters_and_the_order_of_the_page(params):
    many_claims(30)
    copied, written = both_files(params)
    assert len(copied) > 1
    assert [row[0] for row in copied] == [row[0] for row in written]


def test_the_export_view_streams_the_copied_file(client):
    claims_with_awkward_cells()
    raw = b"".join(client.get(reverse("claims_csv")).streaming_content)
    assert b"\r\n" not in raw  # COPY's LF line ends, not the csv module's CRLF
    assert len(parsed(raw.decode("utf-8"))) == 5


def test_the_copy_is_one_query_seen_by_djangos_query_log(client, django_assert_num_queries):
    many_claims(40)
    with django_assert_num_queries(1) as captured:
        b"".join(client.get(reverse("claims_csv")).streaming_content)
    assert captured.captured_queries[0]["sql"].startswith("COPY (SELECT")


def test_copy_writes_the_editors_columns_as_the_python_writer(editor):
    from claims.services import correct_claim, flag_claims, reject_claim, verify_claims

    claims_with_awkward_cells()
    story = article("تفكيك 2009 خلية منذ 2002 بتنسيق مع إسبانيا وفرنسا.", published=date(2021, 6, 1))
    for code, name in (("ES", "إسبانيا"), ("FR", "فرنسا")):
        cites(story, name, code)
    misprint = claim(story, "2009")
    correct_claim(claim=misprint, editor=editor, value="209.5", org="BCIJ", person="-الخيام")
    flag_claims(claims=[misprint], editor=editor, reason="misprint")
    verify_claims(claims=list(Claim.objects.filter(value=207)), editor=editor)
    reject_claim(claim=Claim.objects.get(value=9), editor=editor)
    copied, written = both_files({})
    assert copied == written
    header, *rows = copied
    row = dict(zip(header, next(r for r in rows if r[0] == str(misprint.pk)), strict=True))
    assert (row["editorial_state"], row["original_value"], row["partner_countries"]) == (
        "flagged",
        "2009",
        "ES FR",
    )
    assert row["original_reading"] == "org: DGST; person: "
