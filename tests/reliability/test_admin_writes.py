"""The admin never writes a claim: every change to a claim goes through claims/services.py, which records
it in the claim's history (an admin edit left none, and a re-import then overwrote it as untouched)."""

from decimal import Decimal

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from tests.reliability.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def salma(django_user_model):
    return django_user_model.objects.create_superuser("salma", password="admin-pass-Δ-2026")


@pytest.fixture
def figure(editor):
    return build_world(editor).claim


def change_form_data(claim: Claim, **changes) -> dict:
    editable = [
        "metric", "subset", "value", "value_text", "qualifier", "qualifier_text", "unit", "period_type",
        "period_start", "period_end", "period_text", "period_year", "org", "person", "attribution_raw",
    ]  # fmt: skip
    data = {key: value for key, value in model_to_dict(claim, fields=editable).items() if value is not None}
    data.update(changes)
    data["_save"] = "Save"
    return data


def test_posting_a_changed_value_in_the_admin_does_not_change_the_claim(client, salma, figure):
    client.force_login(salma)
    before = Claim.objects.get(pk=figure.pk)
    response = client.post(
        reverse("admin:claims_claim_change", args=[figure.pk]), change_form_data(before, value="999")
    )
    assert response.status_code == 403
    after = Claim.objects.get(pk=figure.pk)
    assert after.value == before.value != Decimal("999")
    assert not ClaimEvent.objects.filter(claim=figure).exists()


def test_a_claim_cannot_be_deleted_or_added_in_the_admin(client, salma, figure):
    client.force_login(salma)
    assert (
        client.post(reverse("admin:claims_claim_delete", args=[figure.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert Claim.objects.filter(pk=figure.pk).exists()
    assert client.get(reverse("admin:claims_claim_add")).status_code == 403


def test_the_admin_still_shows_a_claim_read_only(client, salma, figure):
    client.force_login(salma)
    page = client.get(reverse("admin:claims_claim_change", args=[figure.pk]))
    assert page.status_code == 200
    assert 'name="value"' not in page.content.decode()
