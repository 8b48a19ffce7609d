"""The claims CSV written by PostgreSQL itself (COPY ... TO STDOUT (FORMAT csv)).

Reading 110,000 rows into Python and writing them with the csv module cost three times the query
(bench/README.md); COPY formats the same rows inside the database and streams them in blocks. The
cells are the ones `claims.views.exports` writes on any database: the same columns, values,
formula neutralization and link, so a spreadsheet reads the same file (tests/views/test_csv_copy.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext

from django.contrib.postgres.aggregates import StringAgg
from django.db import connection
from django.db.models import (
    Case,
    DecimalField,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.fields.json import KT
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


def editorial_cells(formula_starts: tuple[str, ...], reading_fields: tuple[str, ...]) -> list:
    """editorial_state, original_value, original_reading and partner_countries, as
    `claims.views.exports.editorial_cells` words them."""
    from claims.models import ArticleCountry, Claim, Flag

    open_flag = Flag.claims.through.objects.filter(claim_id=OuterRef("pk"), flag__status=Flag.OPEN)
    corrected = Q(review_state=Claim.CORRECTED)
    machine_value = Cast(KT("machine_reading__value"), DecimalField(max_digits=14, decimal_places=2))
    reading_parts = [
        Case(
            When(
                corrected
                & ~Q(
                    **{
                        f"{field}": Func(
                            KT(f"machine_reading__{field}"), template="COALESCE(%(expressions)s, '')"
                        )
                    }
                ),
                then=Concat(Value(f"{field}: "), KT(f"machine_reading__{field}"), output_field=TextField()),
            ),
            default=None,
            output_field=TextField(),
        )
        for field in reading_fields
    ]
    partners = (
        ArticleCountry.objects.filter(article_id=OuterRef("article_id"), role=ArticleCountry.PARTNER)
        .order_by()
        .values("article_id")
        .annotate(codes=StringAgg("country__code", " ", distinct=True, ordering="country__code"))
        .values("codes")
    )
    return [
        Case(
            When(Exists(open_flag), then=Value("flagged")),
            default=F("review_state"),
            output_field=TextField(),
        ),
        # The engine's value is kept as its plain text ("2009", "1.5"): the cell as it is.
        Case(
            When(corrected & ~Q(value=machine_value), then=KT("machine_reading__value")),
            default=None,
            output_field=TextField(),
        ),
        Func(
            *reading_parts, template="NULLIF(concat_ws('; ', %(expressions)s), '')", output_field=TextField()
        ),
        Subquery(partners, output_field=TextField()),
    ]


def cells(
    fields: list[str], formula_starts: tuple[str, ...], link_before_id: str, link_after_id: str
) -> list:
    """One expression per CSV column: `fields` (exports.FIELDS) with article_id turned into the link."""
    from claims.views.exports import ORIGINAL_READING_FIELDS

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
    expressions.extend(editorial_cells(formula_starts, ORIGINAL_READING_FIELDS))
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
