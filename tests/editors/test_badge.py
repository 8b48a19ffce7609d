"""The badge journalists see beside a claim: open flags with their reason, and a corrected value."""

from datetime import date

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from claims.services import correct_claim, flag_claims, resolve_flag

from .factories import cells_total

pytestmark = pytest.mark.django_db


def badge(claim):
    return render_to_string("claims/editors/_badge.html", {"claim": claim})


def test_an_untouched_claim_has_no_badge():
    claim = cells_total("a.txt", 207, date(2020, 11, 17))
    assert badge(Claim.objects.with_editorial().get(pk=claim.pk)).strip() == ""


def test_an_open_flag_shows_its_reason(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag_claims(claims=[claim], editor=editor, reason="misprint", note="")
    html = badge(Claim.objects.with_editorial().get(pk=claim.pk))
    assert 'data-reason="misprint"' in html


def test_a_resolved_flag_shows_no_badge(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note="")
    resolve_flag(flag=flag, editor=editor, comment="تم")
    assert "data-reason" not in badge(Claim.objects.with_editorial().get(pk=claim.pk))


def test_a_correction_shows_the_corrected_value_beside_the_printed_one(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    html = badge(Claim.objects.with_editorial().get(pk=claim.pk))
    assert (
        '<bdi class="corrected-value">209</bdi>' in html and '<bdi class="original-value">2009</bdi>' in html
    )


def test_no_editors_note_reaches_the_badge_not_even_as_a_tooltip(editor):
    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag_claims(claims=[claim], editor=editor, reason="misprint", note="ملاحظة داخلية: اتصلنا بالمصدر")
    correct_claim(claim=claim, editor=editor, value=209, note="ملاحظة داخلية أخرى")
    html = badge(Claim.objects.with_editorial().get(pk=claim.pk))
    assert "ملاحظة داخلية" not in html and "title=" not in html and "style=" not in html


def test_badges_for_a_page_of_claims_cost_a_fixed_number_of_queries(editor):
    claims = [cells_total(f"{n}.txt", 200 + n, date(2021, 1, 1 + n)) for n in range(6)]
    for claim in claims:
        flag_claims(claims=[claim], editor=editor, reason="stale", note="")
        correct_claim(claim=claim, editor=editor, value=300, note="")
    with CaptureQueriesContext(connection) as queries:
        for claim in Claim.objects.with_editorial():
            badge(claim)
    assert len(queries) == 2  # the claims, their open flags


def test_inside_an_article_the_highlight_shows_the_badge_as_a_badge_not_as_markup(client, editor):
    from django.urls import reverse

    claim = cells_total("a.txt", 2009, date(2021, 6, 1))
    flag_claims(claims=[claim], editor=editor, reason="misprint", note="")
    page = client.get(reverse("article_detail", args=[claim.article_id])).content.decode()
    assert 'class="editorial-badge flag"' in page
    assert "&lt;span class=&quot;editorial-badge" not in page
