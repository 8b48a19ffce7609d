"""CSV of the whole filtered set of claims, streamed so a large export never sits in memory."""

from __future__ import annotations

import csv
import io
import tempfile
from decimal import Decimal

from django.db import connection
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from claims.csv_copy import copy_csv_rows
from claims.filters import ARTICLE_TEXT, ClaimFilter
from claims.models import ArticleCountry, Claim, Flag

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
# What editors made of each claim, computed per row from the claim's review state, its open flags,
# the engine's reading kept beside a corrected one, and its article's partner countries.
EDITORIAL_COLUMNS = ["editorial_state", "original_value", "original_reading", "partner_countries"]
# The fields of a corrected reading named in `original_reading` (the value has its own column).
ORIGINAL_READING_FIELDS = (
    "metric",
    "subset",
    "qualifier",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "org",
    "person",
)
COLUMNS = [column for column, _field in COLUMN_FIELDS] + EDITORIAL_COLUMNS + ["link"]
FIELDS = [field for _column, field in COLUMN_FIELDS] + ["article_id"]
ROWS_PER_CHUNK = 500
SPOOL_IN_MEMORY = 8 * 1024 * 1024
READ_CHUNK = 2000


def neutralize(cell) -> str:
    """A cell a spreadsheet would run as a formula is prefixed with ' (CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plain_value(value):
    """207, not 207.00; 1.5 stays 1.5 (as Claim.display_value)."""
    return int(value) if value == int(value) else value


def claim_row(values: tuple, editorial: list, link_before_id: str, link_after_id: str) -> list[str]:
    *cells, article_id = values
    cells[3] = plain_value(cells[3])
    published = cells[16]
    cells[16] = published.isoformat() if published else ""
    cells.extend(editorial)
    cells.append(f"{link_before_id}{article_id}{link_after_id}#claim-{values[0]}")
    return [neutralize(cell) for cell in cells]


def editorial_cells(review_state: str, machine: dict | None, reading: dict, flagged: bool, partners: str):
    """editorial_state, original_value, original_reading, partner_countries of one row."""
    original_value = original_reading = ""
    if review_state == Claim.CORRECTED and machine:
        value = Decimal(str(machine["value"]))
        if value != reading["value"]:
            original_value = plain_value(value)
        original_reading = "; ".join(
            f"{field}: {machine.get(field) or ''}"
            for field in ORIGINAL_READING_FIELDS
            if field in machine and (machine.get(field) or "") != (reading[field] or "")
        )
    state = "flagged" if flagged else review_state
    return [state, original_value, original_reading, partners]


def csv_lines(claims, base_url: str):
    """The file, chunk by chunk: written by PostgreSQL itself where it can, else row by row here."""
    # reverse() once: the path of article 0 around its id, filled in per row
    before, after = reverse("article_detail", args=[0]).rsplit("0", 1)
    if connection.vendor == "postgresql":
        return _copied_lines(claims, base_url + before, after)
    return _written_lines(claims, base_url + before, after)


def spooled(lines) -> tempfile.SpooledTemporaryFile:
    """The whole file, written now, read back from the start."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # FileResponse closes it
    for chunk in lines:
        spool.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
    spool.seek(0)
    return spool


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
    extra = ["review_state", "machine_reading", *ORIGINAL_READING_FIELDS]
    rows = claims.values_list(*FIELDS, *extra).iterator(chunk_size=READ_CHUNK)
    for chunk in _chunks(rows, READ_CHUNK):
        ids = [row[0] for row in chunk]
        flagged = set(
            Flag.claims.through.objects.filter(claim_id__in=ids, flag__status=Flag.OPEN).values_list(
                "claim_id", flat=True
            )
        )
        partners = partner_codes({row[len(FIELDS) - 1] for row in chunk})
        for number, row in enumerate(chunk, 1):
            values, (review_state, machine, *reading) = row[: len(FIELDS)], row[len(FIELDS) :]
            reading = {"value": values[3], **dict(zip(ORIGINAL_READING_FIELDS, reading, strict=True))}
            editorial = editorial_cells(
                review_state, machine, reading, values[0] in flagged, partners.get(values[-1], "")
            )
            writer.writerow(claim_row(values, editorial, link_before_id, link_after_id))
            if number % ROWS_PER_CHUNK == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
    yield buffer.getvalue()


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def partner_codes(article_ids) -> dict[int, str]:
    """Each article's partner countries as "ES FR" (codes in order, once each)."""
    codes: dict[int, set[str]] = {}
    mentions = ArticleCountry.objects.filter(article_id__in=list(article_ids), role=ArticleCountry.PARTNER)
    for article_id, code in mentions.values_list("article_id", "country__code"):
        codes.setdefault(article_id, set()).add(code)
    return {article_id: " ".join(sorted(found)) for article_id, found in codes.items()}


@require_safe
def claims_csv(request):
    filterset = ClaimFilter(request.GET, queryset=Claim.objects.public().for_listing().defer(*ARTICLE_TEXT))
    if not filterset.is_valid():
        lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
        return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")
    base_url = request.build_absolute_uri("/").rstrip("/")
    if connection.vendor == "postgresql":
        # The COPY runs here, in the view, before the first byte is sent: a connection the database
        # drops meanwhile is retried like any read (claims/middleware.py) instead of cutting the file
        # a reader is downloading. Spooled to disk past SPOOL_IN_MEMORY, so memory stays bounded.
        response = FileResponse(
            spooled(csv_lines(filterset.qs, base_url)), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            csv_lines(filterset.qs, base_url), content_type="text/csv; charset=utf-8"
        )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ctfacts-claims-{stamp}.csv"'
    return response
