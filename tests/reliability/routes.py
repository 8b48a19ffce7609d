"""Every route of the URLconf, found at test time so a new view is covered (and must be classified)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    pattern: str  # as written in the URLconf, e.g. "articles/<int:pk>/"
    converters: tuple[tuple[str, str], ...]  # (argument, converter class name)


def all_routes() -> list[Route]:
    routes: list[Route] = []

    def walk(patterns, prefix: str, namespace: str, converters: dict):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                inner = f"{namespace}:{entry.namespace}" if entry.namespace else namespace
                walk(
                    entry.url_patterns,
                    prefix + str(entry.pattern),
                    inner.strip(":"),
                    {**converters, **entry.pattern.converters},
                )
            elif isinstance(entry, URLPattern) and entry.name:
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                found = {**converters, **entry.pattern.converters}
                routes.append(
                    Route(
                        name,
                        prefix + str(entry.pattern),
                        tuple((arg, type(conv).__name__) for arg, conv in found.items()),
                    )
                )

    walk(get_resolver().url_patterns, "", "", {})
    unique = {route.name: route for route in routes}
    return sorted(unique.values(), key=lambda r: r.name)
