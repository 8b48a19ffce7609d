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
from django.core.exceptions import EmptyResultSet
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
from django.db.models.functions import Cast, Concat, Replace

# Columns whose every value is a word of the vocabulary (database check constraints on Claim): no
# spreadsheet would run one, so they skip the neutralizing CASE (five CASEs a row add up, bench/README).
VOCABULARY_FIELDS = frozenset({"qualifier", "unit", "period_type", "org"})


class RepeatedFunc(Func):
    """A Func whose template names its expression several times: the expression's parameters (a
    label's CASE has some) are passed once for each time it is named."""

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, tuple(params) * self.extra.get("template", self.template).count("%(expressions)s")


def spreadsheet_safe(field: str, formula_starts: tuple[str, ...], expression=None) -> Func:
    """The field (or `expression`) as text, prefixed with ' when it starts with one of `formula_starts`
    (a spreadsheet would run it); '' as NULL so that COPY leaves the cell bare, as the csv module does."""
    # ascii() reads the first character's code without building a string (left() built one per cell:
    # a third of the COPY's time, bench/README.md)
    starts = ", ".join(str(ord(character)) for character in formula_starts)
    return RepeatedFunc(
        Cast(expression if expression is not None else F(field), TextField()),
        template=(
            f"CASE WHEN ascii(%(expressions)s) IN ({starts}) "
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


class SimpleCase(Func):
    """CASE <field> WHEN <code> THEN <label> … ELSE <default> END: the field is read once per row (a
    searched CASE, "WHEN field = code", reads it once per code)."""

    output_field = TextField()

    def __init__(self, field: str, labels: dict[str, str], default):
        self.labels = labels
        super().__init__(F(field), default)

    def as_sql(self, compiler, connection, **extra_context):
        field_sql, field_params = compiler.compile(self.source_expressions[0])
        default_sql, default_params = compiler.compile(self.source_expressions[1])
        whens = " ".join("WHEN %s THEN %s" for _ in self.labels)
        params = [value for pair in self.labels.items() for value in pair]
        return f"CASE {field_sql} {whens} ELSE {default_sql} END", (*field_params, *params, *default_params)


def labelled(field: str, labels: dict[str, str], formula_starts: tuple[str, ...]):
    """The label of the code in `field` (exports.label_maps); a code without one in words. The labels
    are neutralized here (they are ours), the words of an unknown code in SQL."""
    safe = {
        code: "'" + label if label.startswith(formula_starts) else label for code, label in labels.items()
    }
    default = spreadsheet_safe(field, formula_starts, Replace(F(field), Value("_"), Value(" ")))
    return SimpleCase(field, {code: label for code, label in safe.items() if label}, default)


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
    columns: list[tuple[str, dict | None]],
    formula_starts: tuple[str, ...],
    link_before_id: str,
    link_after_id: str,
) -> list:
    """One expression per CSV column (exports.COLUMN_FIELDS: a field, and labels for a label column),
    then the editorial columns, then the link built from the claim's and its article's ids."""
    from claims.views.exports import ORIGINAL_READING_FIELDS

    expressions = []
    for field, labels in columns:
        if labels is not None:
            expressions.append(labelled(field, labels, formula_starts))
        elif field == "id":
            expressions.append(F("id"))
        elif field == "value":
            expressions.append(PlainNumber(F("value")))
        elif field == "article__published":
            expressions.append(IsoDate(F("article__published")))
        elif field in VOCABULARY_FIELDS:
            expressions.append(F(field))  # a word of the vocabulary: nothing to neutralize, never empty
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
    claims,
    columns: list[tuple[str, dict | None]],
    formula_starts: tuple[str, ...],
    link_before_id: str,
    link_after_id: str,
) -> Iterator[bytes]:
    """The rows of `claims` (its filters and order kept) as CSV bytes, block by block, lines ending in LF."""
    rows = claims.values_list(*cells(columns, formula_starts, link_before_id, link_after_id))
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:
        # A filter that can match nothing (an outlet name that names no outlet) compiles to no SQL.
        return
    statement = f"COPY ({connection.ops.compose_sql(sql, params)}) TO STDOUT (FORMAT csv)"
    with connection.cursor() as cursor:
        # Under DEBUG and in tests the cursor is Django's debug wrapper: record the COPY like any query.
        recorded = cursor.debug_sql(statement) if hasattr(cursor, "debug_sql") else nullcontext()
        # psycopg's own errors become Django's, as for any query (a dropped connection is retried).
        with recorded, connection.wrap_database_errors, cursor.cursor.copy(statement) as copy:
            for block in copy:
                yield bytes(block)
