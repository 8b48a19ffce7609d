"""The JSON API's OpenAPI schema and a page that reads it to people (no script, no CDN)."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from publishing import openapi


@require_safe
def api_schema(request):
    return JsonResponse(openapi.schema(request), json_dumps_params={"ensure_ascii": False, "indent": 1})


def _type_words(schema: dict) -> str:
    """A property's type as the docs page prints it: "string | null", "integer ≥ 1", "one of …"."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type_words(option) for option in schema["anyOf"] if option != openapi.EMPTY)
    kind = schema.get("type", "")
    words = " | ".join(kind) if isinstance(kind, list) else kind
    if kind == "array" and "items" in schema:
        words = f"array of {_type_words(schema['items'])}"
    if "format" in schema:
        words += f" ({schema['format']})"
    if "minimum" in schema:
        words += f" ≥ {schema['minimum']}"
    if "maximum" in schema:
        words += f" ≤ {schema['maximum']}"
    if "maxLength" in schema:
        words += f", ≤ {schema['maxLength']} chars"
    return words


def _plain(schema: dict) -> dict:
    """The schema of a parameter's value, without the "or empty" that every filter allows."""
    options = [option for option in schema.get("anyOf", [schema]) if option != openapi.EMPTY]
    return options[0] if options else schema


def _fields(schema: dict, prefix: str = "") -> list[dict]:
    """Every property of an object schema, nested objects flattened as "period.start"."""
    rows = []
    for name, prop in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        rows.append(
            {
                "name": path,
                "type": _type_words(prop),
                "enum": prop.get("enum", []),
                "description": prop.get("description", ""),
            }
        )
        if prop.get("type") == "object" and "properties" in prop:
            rows += _fields(prop, prefix=f"{path}.")
    return rows


@require_safe
def api_docs(request):
    spec = openapi.schema(request)
    operations = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation["summary"],
                    "parameters": [
                        {
                            "name": p["name"],
                            "type": _type_words(p["schema"]),
                            "enum": [value for value in _plain(p["schema"]).get("enum", []) if value],
                            "pattern": _plain(p["schema"]).get("pattern", ""),
                            "description": p.get("description", ""),
                        }
                        for p in operation["parameters"]
                    ],
                    "responses": [
                        {"status": status, "description": response["description"]}
                        for status, response in operation["responses"].items()
                    ],
                }
            )
    components = [
        {"name": name, "fields": _fields(schema)} for name, schema in spec["components"]["schemas"].items()
    ]
    return render(
        request,
        "publishing/api_docs.html",
        {"spec": spec, "operations": operations, "components": components},
    )
