"""Editors' flags and corrections (issue 6) show on the journalists' pages, at no extra query per claim."""

from datetime import date

import pytest
from django.urls import reverse

from claims.services import correct_claim, flag_claims
from tests.views.builders import article, claim, many_claims, outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def misprint(editor):
    made = claim(
        article("وقد تم تفكيك 2009 خلية منذ 2002.", source=outlet("هسبريس"), published=date(2024, 2, 1)),
        "2009",
    )
    flag_claims(claims=[made], editor=editor, reason="misprint", note="209 لا 2009")
    correct_claim(claim=made, editor=editor, value=209, note="خطأ مطبعي")
    return made


def test_a_flagged_and_corrected_claim_carries_both_badges_in_the_claims_list(client, misprint):
    html = client.get(reverse("claim_list")).content.decode()
    assert 'class="editorial-badge flag" data-reason="misprint"' in html
    assert 'class="editorial-badge correction"' in html and "209" in html


def test_the_badge_shows_in_the_articles_highlight_too(client, misprint):
    html = client.get(reverse("article_detail", args=[misprint.article_id])).content.decode()
    mark = html[html.index(f'<mark id="claim-{misprint.pk}"') :]
    mark = mark[: mark.index("</mark>")]
    assert "editorial-badge correction" in mark


def test_badges_cost_a_fixed_number_of_queries(client, editor, django_assert_max_num_queries):
    claims = many_claims(36)
    for made in claims[::3]:
        flag_claims(claims=[made], editor=editor, reason="stale")
    # constant in the number of flags: the page's queries and the shared cache's (test_claims_list.py)
    with django_assert_max_num_queries(24):
        html = client.get(reverse("claim_list")).content.decode()
    assert html.count("editorial-badge flag") == 12
