"""Schemathesis hooks for .ci/api_fuzz.py (loaded through SCHEMATHESIS_HOOKS).

OpenAPI describes each query parameter alone; the API also refuses a range whose two ends are
reversed (value_min above value_max, published_after later than published_before) with a 400 and the
form's message, as the claims page does. Schemathesis cannot know that rule from the schema, so a
request whose parameters are each valid but whose range is reversed gets its two ends swapped before it
is sent: every generated request stays one the schema allows, and the check that such a request is
accepted (positive_data_acceptance) keeps its full strength for everything else.
"""

from __future__ import annotations

import re
from decimal import Decimal

import schemathesis

NUMBER = re.compile(r"^[0-9]{1,12}(\.[0-9]{1,6})?$")
DATE = re.compile(r"^[1-9][0-9]{3}(-[0-9]{2}(-[0-9]{2})?)?$")


def first_day(span: str) -> str:
    return span + "-01-01"[len(span) - 4 :] if len(span) < 10 else span


def last_day(span: str) -> str:
    # "-31" is at or after every day of any month, as text: only the order matters here.
    return span + "-12-31"[len(span) - 4 :] if len(span) < 10 else span


def reversed_range(query: dict, low: str, high: str, pattern: re.Pattern, reversed_) -> bool:
    a, b = query.get(low), query.get(high)
    return (
        isinstance(a, str) and isinstance(b, str) and bool(pattern.match(a)) and bool(pattern.match(b))
        and reversed_(a, b)
    )  # fmt: skip


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    query = case.query
    if not isinstance(query, dict):
        return
    if reversed_range(query, "value_min", "value_max", NUMBER, lambda a, b: Decimal(a) > Decimal(b)):
        query["value_min"], query["value_max"] = query["value_max"], query["value_min"]
    if reversed_range(
        query, "published_after", "published_before", DATE, lambda a, b: first_day(a) > last_day(b)
    ):
        query["published_after"], query["published_before"] = (
            query["published_before"],
            query["published_after"],
        )
