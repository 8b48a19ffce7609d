"""Malformed, huge, SQL-like and script-like values in every filter, path argument and form field give
a 4xx or a (possibly empty) page, never a 500, and are never echoed as live markup.

Routes come from the URLconf at test time (tests/reliability/routes.py), parameter names from the
FilterSets and forms, so new views, filters and fields are covered without editing this file.
"""

import inspect
import os
import re
from urllib.parse import quote

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.reliability.counts import count
from tests.reliability.permissions import PERMISSIONS, Access
from tests.reliability.routes import all_routes
from tests.reliability.world import SCRIPT, route_kwargs

HOSTILE = {
    "sql_quote": "' OR '1'='1",
    "sql_drop": "1; DROP TABLE claims_claim; --",
    "sql_union": "0 UNION SELECT username, password FROM auth_user",
    "sql_comment": "cells_dismantled'--",
    "script": SCRIPT,
    "attribute_break": '"><img src=x onerror=alert(1)>',
    "huge_arabic": "خلية" * 5000,
    "nul_byte": "\x00",
    "control_characters": "\x1b[31m\r\n\x07",
    "negative": "-1",
    "huge_integer": "9" * 40,
    "float_overflow": "1e308",
    "not_a_number": "NaN",
    "impossible_date": "2024-13-45",
    "zero_date": "0000-00-00",
    "far_future_date": "99999-01-01",
    "like_wildcards": "%_%_",
    "direction_overrides": "\u202e\u200f\u2067",
    "arabic_indic_digits": "٢٠٠٢",
    "path_traversal": "../../../etc/passwd",
    "json_operator": '{"$gt": ""}',
    "empty": "",
    "spaces": "   ",
}
# Each parameter alone gets these (all of HOSTILE with HOSTILE_ALL=1); every value is also sent in
# every parameter at once, so the full list still reaches each view.
SHARP = ["sql_quote", "script", "huge_arabic", "huge_integer", "impossible_date"]
if os.environ.get("HOSTILE_ALL"):
    SHARP = list(HOSTILE)
# Bytes no browser should send but anyone can: invalid UTF-8 and a raw NUL, percent-encoded.
RAW_QUERY_VALUES = ["%ff%fe%fd", "%ed%a0%80", "%00", "%c0%af", "%"]


def filter_and_form_field_names() -> list[str]:
    """Every query parameter a page might read: the FilterSets' filters, pagination and sorting."""
    names = {"page", "sort", "q", "next", "lang", "year", "month", "format", "o", "per_page"}
    try:
        from django_filters import FilterSet

        import claims.filters as filters_module

        for _name, cls in inspect.getmembers(filters_module, inspect.isclass):
            if issubclass(cls, FilterSet) and cls is not FilterSet:
                names.update(cls.base_filters)
    except ImportError:
        pass
    return sorted(names)


def form_field_names() -> list[str]:
    names = set()
    try:
        import claims.forms as forms_module
    except ImportError:
        return []
    for _name, cls in inspect.getmembers(forms_module, inspect.isclass):
        if issubclass(cls, forms.BaseForm) and cls.__module__ == forms_module.__name__:
            names.update(cls.base_fields)
    return sorted(names | {"action", "next"})


def reader_for(access: Access) -> str | None:
    """The least-privileged persona who gets the page itself (200), or None."""
    for persona in ("anonymous", "journalist", "editor"):
        if getattr(access, persona) == 200:
            return persona
    return None


GET_ROUTES = sorted(name for name, rule in PERMISSIONS.items() if rule.method == "GET")
FORM_ROUTES = ["editors:flag_new", "editors:claim_correct", "editors:article_add"]
POST_ROUTES = sorted(name for name, rule in PERMISSIONS.items() if rule.method == "POST") + FORM_ROUTES


@pytest.fixture
def persona_client(client, journalist, editor):
    def as_persona(persona):
        client.logout()
        if persona in ("journalist", "editor"):
            client.force_login({"journalist": journalist, "editor": editor}[persona])
        return client

    return as_persona


def assert_answered_safely(response, what: str):
    count("requests tried")
    assert response.status_code < 500, f"{what}: {response.status_code}"
    if response.streaming:
        body = b"".join(response.streaming_content).decode("utf-8", "replace")
    else:
        body = response.content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("text/html"):
        assert SCRIPT not in body, f"{what}: script markup echoed as live HTML"
        assert "<img src=x onerror" not in body, f"{what}: event-handler markup echoed as live HTML"
    return body


def url_of(name: str, world) -> str | None:
    kwargs = route_kwargs(name, world)
    if kwargs is None:
        return None
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("name", GET_ROUTES)
def test_hostile_query_parameters_never_give_a_500(name, world, persona_client):
    persona = reader_for(PERMISSIONS[name].access)
    url = url_of(name, world)
    if persona is None or url is None:
        pytest.skip(f"{name}: nobody reads it, or the world lacks its object")
    client = persona_client(persona)
    # Form pages prefill from the query string (e.g. /flags/new/?claims=12), so form fields count too.
    params = sorted(set(filter_and_form_field_names()) | set(form_field_names()))
    for label, value in HOSTILE.items():
        # All parameters at once, then each alone (a first invalid one could hide the others).
        assert_answered_safely(client.get(url, {p: value for p in params}), f"{url} all={label}")
        if label in SHARP:
            for param in params:
                assert_answered_safely(client.get(url, {param: value}), f"{url} {param}={label}")
    for raw in RAW_QUERY_VALUES:
        assert_answered_safely(client.get(f"{url}?" + "&".join(f"{p}={raw}" for p in params)), f"{url} {raw}")
        for param in ("q", "page"):
            assert_answered_safely(client.get(f"{url}?{param}={raw}"), f"{url}?{param}={raw}")
    repeated = "&".join(f"{p}=1&{p}=x" for p in params)
    assert_answered_safely(client.get(f"{url}?{repeated}"), f"{url} repeated parameters")


@pytest.mark.django_db
def test_sql_like_filter_values_match_nothing_in_the_api(world, client):
    for label in ("sql_quote", "sql_drop", "sql_union", "sql_comment"):
        for param in ("q", "metric", "outlet"):
            response = client.get(reverse("api_claims"), {param: HOSTILE[label]})
            assert_answered_safely(response, f"api {param}={label}")
            if response.status_code == 200:
                assert response.json()["count"] == 0, f"{param}={label} widened the result"


# Each is sent percent-encoded, so the view receives it as written: "\x00" arrives as a NUL byte.
PATH_VALUES = {
    "IntConverter": ["0", "9" * 30, "00000001", "\x00"],
    "SlugConverter": ["a" * 5000, "-", "_", "drop-table-claims-claim", "select--1", "\x00"],
    "StringConverter": [
        "zz",
        "' OR '1'='1",
        SCRIPT.replace("/", ""),
        "ES" * 3000,
        "%00",
        "\x00",
        "إسبانيا",
        "e s",
    ],
    "Iso2Converter": ["zz", "E\x00", "\x00", "ES" * 3000, "إس"],
}
# Values no path argument can mean: a NUL byte (PostgreSQL refuses it in text), other control characters.
IMPOSSIBLE_PATH_VALUES = ["\x00", "E\x00", "\x00S", "\x1b[0m", "\x7f\x7f"]


def path_with(route, values: dict[str, str]) -> str:
    """The route's path with each argument replaced by its value, percent-encoded ("1" by default)."""
    path = "/" + route.pattern
    for arg, _converter in route.converters:
        path = re.sub(rf"<(?:[a-z0-9_]+:)?{arg}>", quote(values.get(arg, "1"), safe=""), path)
    return path


@pytest.mark.parametrize(
    "route",
    [r for r in all_routes() if r.converters and not r.name.startswith("admin:")],
    ids=lambda r: r.name,
)
def test_hostile_path_arguments_never_give_a_500(route, world, persona_client):
    rule = PERMISSIONS.get(route.name)
    persona = reader_for(rule.access) if rule else "editor"
    client = persona_client(persona or "editor")
    for arg, converter in route.converters:
        assert converter in PATH_VALUES, f"{route.name}: give PATH_VALUES hostile values for {converter}"
        for value in PATH_VALUES[converter]:
            method = client.post if rule and rule.method == "POST" else client.get
            assert_answered_safely(
                method(path_with(route, {arg: value})), f"{route.name} {arg}={value[:30]!r}"
            )


@pytest.mark.parametrize(
    "route",
    [r for r in all_routes() if r.converters and not r.name.startswith("admin:")],
    ids=lambda r: r.name,
)
def test_a_nul_byte_or_control_character_in_a_path_argument_is_a_404(route, world, persona_client):
    rule = PERMISSIONS.get(route.name)
    client = persona_client((reader_for(rule.access) if rule else None) or "editor")
    method = client.post if rule and rule.method == "POST" else client.get
    for arg, _converter in route.converters:
        for value in IMPOSSIBLE_PATH_VALUES:
            count("requests tried")
            path = path_with(route, {arg: value})
            assert method(path).status_code == 404, f"{route.name} {arg}={value!r}"


@pytest.mark.parametrize("name", POST_ROUTES)
def test_hostile_form_values_never_give_a_500(name, world, persona_client):
    url = url_of(name, world)
    if url is None:
        pytest.skip(f"{name}: the world lacks its object")
    client = persona_client("editor")
    fields = form_field_names()
    for label, value in HOSTILE.items():
        for action in ("", "paste"):
            data = {field: value for field in fields}
            data["action"] = action
            assert_answered_safely(client.post(url, data), f"POST {url} {label} action={action!r}")
    assert_answered_safely(client.post(url, {f"f{n}": "x" for n in range(3000)}), f"POST {url} 3000 fields")


@pytest.mark.django_db
def test_hostile_uploads_are_rejected_or_imported_never_a_500(world, persona_client):
    client = persona_client("editor")
    url = reverse("editors:article_add")
    uploads = {
        f"{SCRIPT}.txt": f"{SCRIPT} تفكيك خلية إرهابية".encode(),
        "../../etc/passwd": b"root:x:0:0:root:/root:/bin/bash\n",
        "nul.txt": b"\x00" * 100,
        "empty.txt": b"",
        "pdf.txt": b"%PDF-1.7\n" + bytes(range(256)),
        "لا-اسم.txt": "نص عربي قصير".encode("cp1256"),
    }
    for name, raw in uploads.items():
        response = client.post(url, {"files": [SimpleUploadedFile(name, raw)]})
        assert_answered_safely(response, f"upload {name!r}")


@pytest.mark.django_db
def test_a_pasted_javascript_address_never_becomes_a_live_link(world, persona_client):
    client = persona_client("editor")
    data = {
        "action": "paste",
        "text": "الرباط - فككت المصالح الأمنية خلية إرهابية من 4 عناصر.",
        "title": "تفكيك خلية",
        "outlet": "هسبريس",
        "published": "2024-05-01",
        "url": "javascript:alert(1)",
    }
    assert_answered_safely(client.post(reverse("editors:article_add"), data), "paste javascript url")
    from claims.models import Article

    for article in Article.objects.all():
        body = assert_answered_safely(client.get(reverse("article_detail", args=[article.pk])), "detail")
        assert 'href="javascript:' not in body.lower()


@pytest.mark.django_db
def test_other_methods_on_reading_pages_are_refused(world, client):
    for name in ("home", "claim_list", "api_claims", "claims_csv", "article_list"):
        for method in (client.put, client.delete, client.patch):
            response = method(reverse(name))
            assert_answered_safely(response, f"{method.__name__} {name}")
            assert response.status_code == 405


@pytest.mark.django_db
def test_editors_forms_refuse_a_post_without_the_csrf_token(world, editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for name in POST_ROUTES:
        url = url_of(name, world)
        if url is None or name == "set_language":
            continue
        response = client.post(url, {"note": "x", "comment": "x"})
        assert_answered_safely(response, f"csrf {name}")
        assert response.status_code == 403, name
