"""CSV of the whole filtered set of claims, streamed so a large export never sits in memory."""

from __future__ import annotations

import csv
import io

from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from claims.csv_copy import copy_csv_rows
from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import Claim

BOM = "\ufeff"  # so spreadsheet programs read the file as UTF-8 and show Arabic
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Each column of the file and the value it is read from, as plain values: building a model instance
# and reversing a URL per row took two thirds of the time of a 110,000-row export (bench/README.md).
# The last column, link, is built from the claim's id and its article's id, read last.
COLUMN_FIELDS = [
    ("id", "id"),
    ("metric", "metric"),
    ("subset", "subset"),
    ("value", "value"),
    ("value_text", "value_text"),
    ("qualifier", "qualifier"),
    ("qualifier_text", "qualifier_text"),
    ("unit", "unit"),
    ("period_type", "period_type"),
    ("period_start", "period_start"),
    ("period_end", "period_end"),
    ("period_text", "period_text"),
    ("org", "org"),
    ("person", "person"),
    ("attribution", "attribution_raw"),
    ("outlet", "article__source__name"),
    ("published", "article__published"),
    ("article_title", "article__title"),
    ("article_url", "article__url"),
    ("file", "article__file_name"),
    ("sentence", "sentence"),
]
COLUMNS = [column for column, _field in COLUMN_FIELDS] + ["link"]
FIELDS = [field for _column, field in COLUMN_FIELDS] + ["article_id"]
ROWS_PER_CHUNK = 500


def neutralize(cell) -> str:
    """A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plain_value(value):
    """207, not 207.00; 1.5 stays 1.5 (as Claim.display_value)."""
    return int(value) if value == int(value) else value


def claim_row(values: tuple, link_before_id: str, link_after_id: str) -> list[str]:
    *cells, article_id = values
    cells[3] = plain_value(cells[3])
    published = cells[16]
    cells[16] = published.isoformat() if published else ""
    cells.append(f"{link_before_id}{article_id}{link_after_id}#claim-{values[0]}")
    return [neutralize(cell) for cell in cells]


def csv_lines(claims, base_url: str):
    """The file, chunk by chunk: written by PostgreSQL itself where it can, else row by row here."""
    # reverse() once: the path of article 0 around its id, filled in per row
    before, after = reverse("article_detail", args=[0]).rsplit("0", 1)
    if connection.vendor == "postgresql":
        return _copied_lines(claims, base_url + before, after)
    return _written_lines(claims, base_url + before, after)


def _copied_lines(claims, link_before_id: str, link_after_id: str):
    buffer = io.StringIO()
    # COPY ends its lines with LF: the header follows suit
    csv.writer(buffer, lineterminator="\n").writerow(COLUMNS)
    yield BOM + buffer.getvalue()
    yield from copy_csv_rows(claims, FIELDS, FORMULA_STARTS, link_before_id, link_after_id)


def _written_lines(claims, link_before_id: str, link_after_id: str):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BOM)
    writer.writerow(COLUMNS)
    for number, values in enumerate(claims.values_list(*FIELDS).iterator(chunk_size=2000), 1):
        writer.writerow(claim_row(values, link_before_id, link_after_id))
        if number % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@require_safe
def claims_csv(request):
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.for_listing().defer(*ARTICLE_TEXT))
    if not filterset.is_valid():
        lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
        return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = StreamingHttpResponse(
        csv_lines(filterset.qs, base_url), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ctfacts-claims-{stamp}.csv"'
    return response
