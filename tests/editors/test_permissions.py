"""Editors write; journalists read (403 on every editor page); anonymous visitors are sent to log in."""

from datetime import date

import pytest
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Finding
from claims.services import flag_claims

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def targets(editor):
    earlier = cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    flag = flag_claims(claims=[earlier], editor=editor, reason="stale", note="رقم قديم")
    return {"claim": earlier.pk, "flag": flag.pk, "finding": Finding.objects.get().pk}


def editor_pages(targets):
    return [
        ("get", reverse("editors:queue")),
        ("get", reverse("editors:flag_new") + f"?claims={targets['claim']}"),
        ("post", reverse("editors:flag_new")),
        ("get", reverse("editors:flag", args=[targets["flag"]])),
        ("post", reverse("editors:flag_resolve", args=[targets["flag"]])),
        ("post", reverse("editors:flag_dismiss", args=[targets["flag"]])),
        ("get", reverse("editors:finding", args=[targets["finding"]])),
        ("post", reverse("editors:finding_confirm", args=[targets["finding"]])),
        ("post", reverse("editors:finding_dismiss", args=[targets["finding"]])),
        ("get", reverse("editors:claim_correct", args=[targets["claim"]])),
        ("post", reverse("editors:claim_correct", args=[targets["claim"]])),
        ("get", reverse("editors:article_add")),
        ("post", reverse("editors:article_add")),
    ]


def test_a_journalist_gets_403_on_every_editor_page(client, journalist, targets):
    client.force_login(journalist)
    for method, url in editor_pages(targets):
        response = getattr(client, method)(url, {"comment": "محاولة", "reason": "misprint"})
        assert response.status_code == 403, (method, url)


def test_a_journalists_attempts_change_nothing(client, journalist, targets):
    client.force_login(journalist)
    for method, url in editor_pages(targets):
        getattr(client, method)(url, {"comment": "محاولة", "value": "1", "note": "x", "reason": "misprint"})
    assert Finding.objects.get().status == "open"
    assert not Finding.objects.get().claims.first().events.exclude(action="flagged").exists()


def test_an_anonymous_visitor_is_sent_to_log_in(client, targets):
    for method, url in editor_pages(targets):
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(reverse("login")), (method, url)


def test_an_editor_can_open_every_editor_page(client, editor, targets):
    client.force_login(editor)
    for method, url in editor_pages(targets):
        if method == "get":
            assert client.get(url).status_code == 200, url


def test_the_flags_link_is_in_the_nav_for_editors_only(client, editor, journalist):
    client.force_login(journalist)
    assert reverse("editors:queue") not in client.get(reverse("home")).content.decode()
    client.force_login(editor)
    assert reverse("editors:queue") in client.get(reverse("home")).content.decode()
