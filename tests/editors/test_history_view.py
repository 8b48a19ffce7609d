"""/claims/<id>/history/: every editorial step on a claim, who, when, before and after."""

from datetime import date

import pytest
from django.urls import reverse

from claims.services import correct_claim, flag_claims, resolve_flag

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked_claim(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note="2009 خلية رقم غير معقول")
    correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    resolve_flag(flag=flag, editor=editor, comment="صُحّح")
    return claim


def test_the_history_lists_each_step_in_order(client, journalist, worked_claim):
    client.force_login(journalist)
    response = client.get(reverse("editors:claim_history", args=[worked_claim.pk]))
    assert [e.action for e in response.context["events"]] == ["flagged", "corrected", "flag_resolved"]
    page = response.content.decode()
    assert "nadia" in page
    assert '<li data-field="value">value: <bdi>2009</bdi> → <bdi>209</bdi></li>' in page
    assert '<li data-field="status">status: <bdi>open</bdi> → <bdi>resolved</bdi></li>' in page


def test_a_journalist_sees_the_history_without_edit_links(client, journalist, worked_claim):
    client.force_login(journalist)
    page = client.get(reverse("editors:claim_history", args=[worked_claim.pk])).content.decode()
    assert reverse("editors:claim_correct", args=[worked_claim.pk]) not in page


def test_an_editor_sees_links_to_flag_and_correct(client, editor, worked_claim):
    client.force_login(editor)
    page = client.get(reverse("editors:claim_history", args=[worked_claim.pk])).content.decode()
    assert reverse("editors:claim_correct", args=[worked_claim.pk]) in page


def test_the_history_asks_anonymous_visitors_to_log_in(client, worked_claim):
    response = client.get(reverse("editors:claim_history", args=[worked_claim.pk]))
    assert response.status_code == 302
