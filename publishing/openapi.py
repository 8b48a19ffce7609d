"""The OpenAPI 3.1 description of the JSON API (/api/schema/), built from the code it describes.

The API is plain Django function views (claims/views/api.py), not Django REST framework, so the
generators that read DRF serializers (drf-spectacular, drf-yasg) have nothing to read, and
django-ninja would mean rewriting the views. The query parameters are therefore read here from
the claims FilterSet itself (names, choices, patterns, lengths, bounds): a filter added to
`ClaimFilter` appears in the schema without anyone writing it down. The response bodies are
written out below as JSON Schema, with `additionalProperties: false`, and
tests/publishing/test_openapi.py checks real responses against them, so a field added to the API
and not here fails a test. `.ci/run` runs schemathesis against a live server with this schema.
"""

from __future__ import annotations

import django_filters
from django.core.validators import RegexValidator
from django.urls import reverse

from claims import vocabulary as vocab
from claims.filters import (
    NAME,
    ClaimFilter,
    CountryField,
    DateSpanFilter,
    NamedFilter,
    OutletField,
    ReaderNumberFilter,
    SearchFilter,
)
from claims.search import MAX_QUERY_LENGTH

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1"

# What each filter means, for people reading the docs page (the FilterSet labels are form labels).
PARAMETER_DESCRIPTIONS = {
    "metric": "What is counted, as a vocabulary slug (cells_dismantled, persons_arrested, ...). "
    "An unknown slug gives an empty list.",
    "outlet": "The outlet, by its slug (as in /sources/<slug>/) or any of its names in Arabic or Latin "
    "letters (هسبريس, Hespress), folded as the search is.",
    "country": "A partner country cited by the article: an ISO 3166-1 alpha-2 code (FR, ES) or its name "
    "in Arabic, French or English (إسبانيا, Espagne, Spain). A name no country has is refused.",
    "published": "Articles published in a year (2024), a month (2024-03) or on a day (2024-03-15, or "
    "15/03/2024: always day first).",
    "value": "The figure, as a number (207, 1.5; 1,357 and Arabic-Indic digits are read too).",
    "value_min": "Figures at least this value.",
    "value_max": "Figures at most this value.",
    "period_type": "The kind of period the figure covers.",
    "state": "Editorial state: machine (not reviewed), verified, corrected, or flagged (an open flag).",
    "language": "The language the article is written in.",
    "qualifier": "How the figure is bounded: exactly, more than, about, at least, less than, at most.",
    "org": "Who the article attributes the figure to.",
    "published_after": "Articles published from this date: a day (YYYY-MM-DD), or the start of a month "
    "or a year.",
    "published_before": "Articles published until this date: a day (YYYY-MM-DD), or the end of a month "
    "or a year.",
    "period_year": "The year the figure's period starts in.",
    "q": "Words searched in the article's title and text (Arabic folded: hamza, alef maqsura, "
    "taa marbuta and diacritics never decide a match).",
    "sort": "Order of the results; a leading minus reverses it. Default: newest article first.",
}


# The reader's filters read natural input (claims/filters.py: "2024", "15/03/2024", "March 2024",
# "1,357", "إسبانيا"); the schema gives the plain forms a client sends, each of which the API accepts,
# so that a request the schema allows is never refused (schemathesis checks both ways).
YEAR = "[1-9][0-9]{3}"
MONTH = f"{YEAR}-(0[1-9]|1[0-2])"
DATE_SPAN = {
    "type": "string",
    "anyOf": [
        {"pattern": f"^{YEAR}$"},
        {"pattern": f"^{MONTH}$"},
        {"format": "date", "pattern": f"^{YEAR}-"},  # a day, with the year in full
    ],
}
# Up to twelve digits (the API refuses figures of 10^12 and more), an optional decimal part.
NUMBER = {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,6})?$"}
COUNTRY_CODE = {"type": "string", "pattern": "^[A-Za-z]{2}$"}


def _named(field_class) -> dict:
    """An outlet by any name (one no outlet has selects nothing): the characters a name may have and its
    length. A country by its code: a name no country has is refused, so only codes are certain."""
    if field_class is CountryField:
        return COUNTRY_CODE
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": field_class().max_length,
        "pattern": NAME.regex.pattern,
    }


def _pattern(filter_) -> str | None:
    for validator in filter_.extra.get("validators", ()):
        if isinstance(validator, RegexValidator):
            return validator.regex.pattern
    return None


def filter_parameter(name: str, filter_) -> dict:
    """One FilterSet filter as an OpenAPI query parameter."""
    schema: dict
    if isinstance(filter_, django_filters.OrderingFilter):
        names = list(filter_.param_map)  # the parameter values, e.g. "published", "value"
        schema = {"type": "string", "enum": [p for n in names for p in (n, f"-{n}")]}
    elif isinstance(filter_, django_filters.ChoiceFilter):
        schema = {"type": "string", "enum": [value for value, _label in filter_.extra["choices"]]}
    elif isinstance(filter_, django_filters.DateFilter):
        schema = {"type": "string", "format": "date"}
    elif isinstance(filter_, django_filters.NumberFilter):
        schema = {"type": "integer"}
        if "min_value" in filter_.extra:
            schema["minimum"] = filter_.extra["min_value"]
        if "max_value" in filter_.extra:
            schema["maximum"] = filter_.extra["max_value"]
    elif isinstance(filter_, DateSpanFilter):
        schema = DATE_SPAN
    elif isinstance(filter_, ReaderNumberFilter):
        schema = NUMBER
    elif isinstance(filter_, NamedFilter) and filter_.field_class in (OutletField, CountryField):
        schema = _named(filter_.field_class)
    elif isinstance(filter_, SearchFilter):
        schema = {"type": "string", "maxLength": MAX_QUERY_LENGTH}
    elif isinstance(filter_, django_filters.CharFilter):
        schema = {"type": "string"}
        if filter_.extra.get("max_length"):
            schema["maxLength"] = filter_.extra["max_length"]
        pattern = _pattern(filter_)
        if pattern:
            schema["pattern"] = pattern
    else:  # a new kind of filter: described loosely rather than wrongly
        schema = {"type": "string"}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": PARAMETER_DESCRIPTIONS.get(name, str(filter_.label or name)),
        "schema": or_empty(schema),
    }


EMPTY = {"type": "string", "maxLength": 0}


def or_empty(schema: dict) -> dict:
    """An empty value is no filter (the page's form sends every field, filled or not)."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], ""]}
    return {"anyOf": [schema, EMPTY]}


def claim_filter_parameters() -> list[dict]:
    return [filter_parameter(name, filter_) for name, filter_ in ClaimFilter.base_filters.items()]


def _nullable(schema: dict) -> dict:
    return {**schema, "type": [schema["type"], "null"]}


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}


def _object(properties: dict, *, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }


CLAIM = _object(
    {
        "id": {"type": "integer", "description": "Stable: the claim page is /claims/{id}/."},
        "metric": {"type": "string", "description": "Vocabulary slug of what is counted."},
        "metric_label": {"type": "string"},
        "subset": NULLABLE_STRING,
        "subset_label": NULLABLE_STRING,
        "value": {"type": "number", "minimum": 0},
        "value_text": {"type": "string", "description": "The figure as printed."},
        "qualifier": {"type": "string", "enum": [q for q, _ in vocab.QUALIFIERS]},
        "qualifier_label": {"type": "string", "description": "The qualifier in the reader's language."},
        "qualifier_text": NULLABLE_STRING,
        "unit": {"type": "string", "enum": [u for u, _ in vocab.UNITS]},
        "period": _object(
            {
                "type": {"type": "string", "enum": [p for p, _ in vocab.PERIOD_TYPES]},
                "type_label": STRING,
                "start": NULLABLE_STRING,
                "end": NULLABLE_STRING,
                "text": NULLABLE_STRING,
            }
        ),
        "attribution": _object(
            {
                "org": {"type": "string", "enum": [o for o, _ in vocab.ORGS]},
                "org_label": STRING,
                "person": NULLABLE_STRING,
                "raw": NULLABLE_STRING,
            }
        ),
        "sentence": {"type": "string"},
        "article": _object(
            {
                "id": {"type": "integer"},
                "title": STRING,
                "outlet": NULLABLE_STRING,
                "outlet_slug": NULLABLE_STRING,
                "published": _nullable({"type": "string", "format": "date"}),
                "language": {"type": "string", "description": "ar, fr or en."},
                "url": NULLABLE_STRING,
                "file": STRING,
                "partner_countries": {
                    "type": "array",
                    "items": {"type": "string", "pattern": "^[A-Z]{2}$"},
                    "description": "ISO codes of the partner countries the article cites.",
                },
            },
            required=["id", "title", "outlet", "outlet_slug", "published", "url", "file"],
        ),
        "editorial": _object(
            {
                "state": {
                    "type": "string",
                    "enum": ["machine", "verified", "corrected", "rejected", "flagged"],
                },
                "review_state": {"type": "string", "enum": ["machine", "verified", "corrected", "rejected"]},
                "flags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Open flags' reasons.",
                },
                "reviewed_at": _nullable({"type": "string", "format": "date-time"}),
                "added_by_editor": {"type": "boolean"},
                "corrected_fields": {"type": "array", "items": {"type": "string"}},
                "original": {
                    "anyOf": [{"$ref": "#/components/schemas/Reading"}, {"type": "null"}],
                    "description": "The engine's reading of a corrected claim.",
                },
            },
        ),
        "link": {"type": "string", "format": "uri"},
    },
    required=[
        "id",
        "metric",
        "metric_label",
        "subset",
        "value",
        "value_text",
        "qualifier",
        "qualifier_text",
        "unit",
        "period",
        "attribution",
        "sentence",
        "article",
        "link",
    ],
)

# The engine's reading of a figure, as the API gives the original of a corrected claim.
READING = _object(
    {
        "metric": STRING,
        "subset": NULLABLE_STRING,
        "value": {"type": "number", "minimum": 0},
        "qualifier": {"type": "string", "enum": [q for q, _ in vocab.QUALIFIERS]},
        "unit": {"type": "string", "enum": [u for u, _ in vocab.UNITS]},
        "period": CLAIM["properties"]["period"],
        "attribution": CLAIM["properties"]["attribution"],
    }
)

CLAIM_LIST = _object(
    {
        "count": {"type": "integer", "minimum": 0},
        "next": _nullable({"type": "string", "format": "uri"}),
        "previous": _nullable({"type": "string", "format": "uri"}),
        "next_note": {"type": "string", "description": "Set on the deepest page a list can open."},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}},
    },
    required=["count", "next", "previous", "results"],
)

ERRORS = _object(
    {
        "errors": {
            "type": "object",
            "description": "Each refused parameter with its messages.",
            "additionalProperties": {
                "type": "array",
                "items": _object({"message": STRING, "code": STRING}),
            },
        }
    }
)


def schema(request=None) -> dict:
    """The whole OpenAPI document; `request` gives the server's address."""
    server = request.build_absolute_uri("/") if request is not None else "/"
    page = {
        "name": "page",
        "in": "query",
        "required": False,
        "description": "Page number, from 1 (50 results a page). Lists stop at page 200: narrow the "
        "filters or read the CSV export for more.",
        # Past the last page is an empty page; a number of more than 12 digits is refused.
        "schema": or_empty({"type": "integer", "minimum": 1, "maximum": 10**12 - 1}),
    }
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "ctfacts API",
            "version": API_VERSION,
            "description": "Dated figures that news outlets published about Morocco's counter-terrorism "
            "record, with the same filters as the claims page (/claims/). Read-only; no key needed.",
        },
        "servers": [{"url": server.rstrip("/") or "/"}],
        "paths": {
            reverse("api_claims"): {
                "get": {
                    "operationId": "listClaims",
                    "summary": "Claims, newest article first, with the claims page's filters",
                    "parameters": [*claim_filter_parameters(), page],
                    "responses": {
                        "200": {
                            "description": "A page of claims.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/ClaimList"}}
                            },
                        },
                        "400": {
                            "description": "A parameter that cannot mean anything (a malformed date, an "
                            "unknown qualifier, a page past the last one that can be opened).",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}
                            },
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {"Claim": CLAIM, "Reading": READING, "ClaimList": CLAIM_LIST, "Errors": ERRORS}
        },
    }
