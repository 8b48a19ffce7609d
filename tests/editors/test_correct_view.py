"""Correcting a misread value or metric; the original stays on the claim."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from claims.models import Correction

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return cells_total("a.txt", 2009, date(2021, 6, 1))


def post(client, claim, **data):
    return client.post(reverse("editors:claim_correct", args=[claim.pk]), data)


def test_correcting_the_value_keeps_the_original(client, editor, claim):
    client.force_login(editor)
    response = post(client, claim, value="209", note="خطأ مطبعي في المصدر")
    assert response["Location"] == reverse("editors:claim_history", args=[claim.pk])
    correction = Correction.objects.get()
    assert (correction.value, correction.original_value) == (Decimal(209), Decimal(2009))


def test_correcting_the_metric_only(client, editor, claim):
    client.force_login(editor)
    post(client, claim, metric="plots_foiled", note="المقصود المخططات الإرهابية")
    correction = Correction.objects.get()
    assert (correction.value, correction.metric, correction.original_metric) == (
        None,
        "plots_foiled",
        "cells_dismantled",
    )


def test_a_correction_needs_a_value_or_a_metric(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, note="لا شيء").status_code == 400
    assert not Correction.objects.exists()


def test_a_negative_value_is_refused(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, value="-5", note="سالب").status_code == 400


def test_a_correction_needs_a_reason(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, value="209", note="").status_code == 400


def test_an_unknown_metric_is_refused(client, editor, claim):
    client.force_login(editor)
    assert post(client, claim, metric="Robert'); DROP TABLE", note="x").status_code == 400


def test_a_correction_to_the_same_value_is_shown_as_an_error(client, editor, claim):
    client.force_login(editor)
    response = post(client, claim, value="2009", note="لا تغيير")
    assert response.status_code == 400
    assert "changes nothing" in response.content.decode()
