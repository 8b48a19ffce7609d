"""/claims/<id>/correct/: an editor corrects any field of a claim's reading; the machine's stays beside it."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Claim

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return cells_total("a.txt", 2009, date(2021, 6, 1))


def reading(claim, **changes):
    """The form as the page fills it (the claim's reading), with the editor's changes."""
    data = {
        name: getattr(claim, name)
        for name in (
            "value",
            "metric",
            "subset",
            "qualifier",
            "unit",
            "period_type",
            "period_start",
            "period_end",
            "org",
            "person",
        )
    }
    data["value"] = str(claim.display_value)
    return {**data, "note": "خطأ مطبعي في المصدر", **changes}


def post(client, claim, data):
    return client.post(reverse("editors:claim_correct", args=[claim.pk]), data)


def test_the_form_starts_from_the_claims_reading(client, editor, claim):
    client.force_login(editor)
    form = client.get(reverse("editors:claim_correct", args=[claim.pk])).context["form"]
    assert (form.initial["value"], form.initial["period_start"], form.initial["org"]) == (
        Decimal(2009),
        "2002",
        "BCIJ",
    )


def test_correcting_the_value_keeps_the_machines_beside_it(client, editor, claim):
    client.force_login(editor)
    response = post(client, claim, reading(claim, value="209"))
    assert response["Location"] == reverse("editors:claim_history", args=[claim.pk])
    claim.refresh_from_db()
    assert (claim.value, claim.review_state, claim.original_value) == (Decimal(209), "corrected", 2009)


def test_correcting_value_period_and_attribution_at_once(client, editor, claim):
    client.force_login(editor)
    post(
        client,
        claim,
        reading(claim, value="209", period_type="year", period_start="2020", period_end="2020", org="DGST"),
    )
    claim.refresh_from_db()
    assert (claim.period_type, claim.period_start, claim.period_year, claim.org) == (
        "year",
        "2020",
        2020,
        "DGST",
    )
    assert claim.corrected_fields() == [
        "value",
        "period_type",
        "period_start",
        "period_end",
        "period_year",
        "org",
    ]
    assert claim.machine["org"] == "BCIJ" and claim.machine["period_type"] == "since"


def test_correcting_the_metric_only(client, editor, claim):
    client.force_login(editor)
    post(client, claim, reading(claim, metric="plots_foiled", note="المقصود المخططات الإرهابية"))
    claim.refresh_from_db()
    assert (claim.metric, claim.machine["metric"], claim.value) == (
        "plots_foiled",
        "cells_dismantled",
        Decimal(2009),
    )


def test_a_negative_value_is_refused(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, reading(claim, value="-5")).status_code == 400
    assert Claim.objects.get().review_state == "machine"


def test_a_correction_needs_a_reason(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, reading(claim, value="209", note="")).status_code == 400


def test_an_unknown_metric_is_refused(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, reading(claim, metric="Robert'); DROP TABLE")).status_code == 400


@pytest.mark.parametrize(
    "field, value",
    [("period_start", "2020/05"), ("period_start", "02-2020"), ("period_end", "1999"), ("subset", "نساء")],
)
def test_a_malformed_period_or_subset_is_refused_with_its_error(client, editor, claim, field, value):
    client.force_login(editor)
    response = post(client, claim, reading(claim, **{field: value}))
    assert response.status_code == 400
    assert field in response.context["form"].errors


def test_a_range_without_its_end_is_refused(client, editor, claim):
    client.force_login(editor)
    response = post(client, claim, reading(claim, period_type="range", period_start="2017", period_end=""))
    assert "period_end" in response.context["form"].errors


def test_a_correction_to_the_same_reading_is_shown_as_an_error(client, editor, claim):
    client.force_login(editor)
    response = post(client, claim, reading(claim, note="لا تغيير"))
    assert response.status_code == 400
    assert "التصحيح لا يغيّر شيئا." in response.content.decode()
