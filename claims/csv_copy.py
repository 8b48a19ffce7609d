"""The claims CSV written by PostgreSQL itself (COPY ... TO STDOUT (FORMAT csv)).

Reading 110,000 rows into Python and writing them with the csv module cost three times the query
(bench/README.md); COPY formats the same rows inside the database and streams them in blocks. The
cells are the ones `claims.views.exports` writes on any database: the same columns, values,
formula neutralization and link, so a spreadsheet reads the same file (tests/views/test_csv_copy.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext

from django.db import connection
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Cast, Concat


def spreadsheet_safe(field: str, formula_starts: tuple[str, ...]) -> Func:
    """The field as text, prefixed with ' when it starts with one of `formula_starts` (a spreadsheet
    would run it); '' as NULL so that COPY leaves the cell bare, as the csv module does."""
    starts = ", ".join(f"chr({ord(character)})" for character in formula_starts)
    return Func(
        Cast(F(field), TextField()),
        template=(
            f"CASE WHEN left(%(expressions)s, 1) IN ({starts}) "
            "THEN '''' || %(expressions)s ELSE NULLIF(%(expressions)s, '') END"
        ),
        output_field=TextField(),
    )


class PlainNumber(Func):
    """207, not 207.00; 1.50 stays 1.50 (as exports.plain_value)."""

    template = (
        "CASE WHEN %(expressions)s = trunc(%(expressions)s) "
        "THEN trunc(%(expressions)s)::bigint::text ELSE %(expressions)s::text END"
    )
    output_field = TextField()


class IsoDate(Func):
    template = "to_char(%(expressions)s, 'YYYY-MM-DD')"
    output_field = TextField()


def cells(
    fields: list[str], formula_starts: tuple[str, ...], link_before_id: str, link_after_id: str
) -> list:
    """One expression per CSV column: `fields` (exports.FIELDS) with article_id turned into the link."""
    expressions = []
    for field in fields[:-1]:  # the last field, article_id, only goes into the link
        if field == "id":
            expressions.append(F("id"))
        elif field == "value":
            expressions.append(PlainNumber(F("value")))
        elif field == "article__published":
            expressions.append(IsoDate(F("article__published")))
        else:
            expressions.append(spreadsheet_safe(field, formula_starts))
    expressions.append(
        Concat(
            Value(link_before_id),
            Cast(F("article_id"), TextField()),
            Value(f"{link_after_id}#claim-"),
            Cast(F("id"), TextField()),
            output_field=TextField(),
        )
    )
    return expressions


def copy_csv_rows(
    claims, fields: list[str], formula_starts: tuple[str, ...], link_before_id: str, link_after_id: str
) -> Iterator[bytes]:
    """The rows of `claims` (its filters and order kept) as CSV bytes, block by block, lines ending in LF."""
    rows = claims.values_list(*cells(fields, formula_starts, link_before_id, link_after_id))
    sql, params = rows.query.sql_with_params()
    statement = f"COPY ({connection.ops.compose_sql(sql, params)}) TO STDOUT (FORMAT csv)"
    with connection.cursor() as cursor:
        # Under DEBUG and in tests the cursor is Django's debug wrapper: record the COPY like any query.
        recorded = cursor.debug_sql(statement) if hasattr(cursor, "debug_sql") else nullcontext()
        # psycopg's own errors become Django's, as for any query (a dropped connection is retried).
        with recorded, connection.wrap_database_errors, cursor.cursor.copy(statement) as copy:
            for block in copy:
                yield bytes(block)
