"""Editors write; journalists read (403 on every editor page); anonymous visitors are sent to log in."""

from datetime import date

import pytest
from django.urls import reverse

from claims.findings import refresh_findings
from claims.models import Article, Claim, ClaimEvent, Finding, Flag
from claims.services import flag_claims

from .factories import cells_total

pytestmark = pytest.mark.django_db

# (method, url name, which object the url takes)
EDITOR_PAGES = [
    ("get", "editors:queue", None),
    ("get", "editors:flag_new", None),
    ("post", "editors:flag_new", None),
    ("get", "editors:flag", "flag"),
    ("post", "editors:flag_resolve", "flag"),
    ("post", "editors:flag_dismiss", "flag"),
    ("get", "editors:finding", "finding"),
    ("post", "editors:finding_confirm", "finding"),
    ("post", "editors:finding_dismiss", "finding"),
    ("get", "editors:claim_correct", "claim"),
    ("post", "editors:claim_correct", "claim"),
    ("get", "editors:review", None),
    ("post", "editors:claims_verify", None),
    ("post", "editors:claim_verify", "claim"),
    ("get", "editors:claim_reject", "claim"),
    ("post", "editors:claim_reject", "claim"),
    ("post", "editors:claim_restore", "claim"),
    ("get", "editors:article_review", "article"),
    ("post", "editors:claim_add", "article"),
    ("get", "editors:article_correct", "article"),
    ("post", "editors:article_correct", "article"),
    ("get", "editors:article_add", None),
    ("post", "editors:article_add", None),
]
PAGE_IDS = [f"{method} {name}" for method, name, _ in EDITOR_PAGES]
# What a form would need to succeed: a refusal must come from the permission, not from the form.
VALID_DATA = {
    "comment": "محاولة",
    "reason": "misprint",
    "value": "209",
    "metric": "cells_dismantled",
    "qualifier": "exact",
    "unit": "count",
    "period_type": "since",
    "period_start": "2002",
    "org": "BCIJ",
    "value_text": "215",
    "title": "عنوان آخر",
    "note": "محاولة",
    "action": "paste",
    "text": "نص مقال",
    "outlet": "هسبريس",
    "published": "2025-01-10",
}


@pytest.fixture
def targets(editor):
    earlier = cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    flag = flag_claims(claims=[earlier], editor=editor, reason="stale", note="رقم قديم")
    return {
        "claim": earlier.pk,
        "flag": flag.pk,
        "finding": Finding.objects.get().pk,
        "article": earlier.article_id,
    }


def request(client, method, name, target, targets, data=None):
    url = reverse(name, args=[targets[target]] if target else [])
    if method == "post":
        data = {**(data or {}), "claims": [targets["claim"]]}
    return getattr(client, method)(url, data or {})


@pytest.mark.parametrize("method, name, target", EDITOR_PAGES, ids=PAGE_IDS)
def test_a_journalist_gets_403(client, journalist, targets, method, name, target):
    client.force_login(journalist)
    assert request(client, method, name, target, targets, VALID_DATA).status_code == 403


def test_a_journalists_attempts_change_nothing(client, journalist, targets):
    client.force_login(journalist)
    for method, name, target in EDITOR_PAGES:
        request(client, method, name, target, targets, VALID_DATA)
    assert Finding.objects.get().status == "open"
    assert list(Flag.objects.values_list("status", flat=True)) == ["open"]
    assert set(Claim.objects.values_list("review_state", flat=True)) == {"machine"}
    assert Claim.objects.count() == 2
    assert not Article.objects.exclude(machine_details=None).exists()
    assert list(ClaimEvent.objects.values_list("action", flat=True)) == ["flagged"]


@pytest.mark.parametrize("method, name, target", EDITOR_PAGES, ids=PAGE_IDS)
def test_an_anonymous_visitor_is_sent_to_log_in(client, targets, method, name, target):
    response = request(client, method, name, target, targets)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name, target", [(n, t) for m, n, t in EDITOR_PAGES if m == "get"])
def test_an_editor_can_open_every_editor_page(client, editor, targets, name, target):
    client.force_login(editor)
    assert request(client, "get", name, target, targets).status_code == 200


def test_the_editors_queue_is_in_the_menu_for_editors_only(client, editor, journalist):
    client.force_login(journalist)
    assert reverse("editors:queue") not in client.get(reverse("home")).content.decode()
    client.force_login(editor)
    assert reverse("editors:queue") in client.get(reverse("home")).content.decode()
