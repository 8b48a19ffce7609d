"""Reading a page's JSON-LD back as a JSON-LD processor does: every term expanded to its schema.org IRI.

The schema.org context cannot be downloaded here (no network in tests), so the loader answers
"https://schema.org" with the part of schema.org's published context these terms need, its
vocabulary, and refuses any other address: a document that relied on another context would fail.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html
from pyld import jsonld

SCHEMA = "http://schema.org/"
SCHEMA_CONTEXT = {"@context": {"@vocab": SCHEMA}}


def _loader(url, options=None):
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def json_ld_blocks(page_html: str) -> list:
    """The JSON of each <script type="application/ld+json"> of the page."""
    tree = lxml_html.fromstring(page_html)
    return [json.loads(script.text) for script in tree.xpath('//script[@type="application/ld+json"]')]


def expanded(document) -> list[dict]:
    return jsonld.expand(document, {"documentLoader": _loader})


def term(name: str) -> str:
    return SCHEMA + name


def values(node: dict, name: str) -> list:
    """The plain values of a property of an expanded node ({"@value": v} unwrapped)."""
    return [item.get("@value", item) for item in node.get(term(name), [])]


def one(node: dict, name: str):
    (value,) = values(node, name)
    return value


def types(node: dict) -> list[str]:
    return [t.removeprefix(SCHEMA) for t in node.get("@type", [])]
