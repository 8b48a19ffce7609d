"""/claims/<id>/: a claim's public page, which a reporter can link to and cite."""

from datetime import date

import pytest
from django.urls import reverse

from claims.services import flag_claims
from tests.publishing.figures import cells_report
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


def page(client, made):
    response = client.get(reverse("claim_page", args=[made.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_url_is_the_claims_id_under_claims(client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    assert reverse("claim_page", args=[made.pk]) == f"/claims/{made.pk}/"


def test_the_sentence_is_marked_in_its_paragraph_and_the_figure_inside_it(client):
    html = page(client, cells_report("هسبريس", date(2024, 5, 2)))
    assert (
        '<mark class="sentence">وأوضح المصدر أن المصالح الأمنية فككت أكثر من <mark class="claim figure">200</mark>'
        in html
    )
    # the paragraph, not the whole article
    assert "التنسيق مع الشركاء الدوليين" not in html


def test_the_reading_gives_its_provenance(client):
    html = page(client, cells_report("هسبريس", date(2024, 5, 2)))
    for words in ("Terrorist cells dismantled", "more than", "since 2002", "BCIJ", "هسبريس", "2 May 2024"):
        assert words in html


def test_the_first_appearance_and_every_repeat_are_listed_oldest_first(client):
    later = cells_report("هسبريس", date(2024, 5, 2))
    first = cells_report("برلمان", date(2023, 1, 15))
    undated = cells_report("أكورا بريس", None)
    other_figure = cells_report("le360", date(2022, 1, 1), value="210")
    html = page(client, later)
    assert "This figure appears in 3 articles." in html
    assert 'First printed by <bdi>برلمان</bdi>, <time datetime="2023-01-15">' in html
    positions = [html.index(f'href="/claims/{c.pk}/"') for c in (first, later, undated)]
    assert positions == sorted(positions)
    assert f'href="/claims/{other_figure.pk}/"' not in html


def test_the_public_history_gives_the_flags_reason_but_not_the_editors_note_or_name(client, editor):
    made = cells_report("هسبريس", date(2024, 5, 2))
    flag_claims(claims=[made], editor=editor, reason="stale", note="مصدر داخلي: لا تنشر")
    html = page(client, made)
    history = html[html.index("<h2>History</h2>") : html.index('<section class="cite">')]
    assert "flagged" in history and "stale" in history
    assert "مصدر داخلي" not in html and "nadia" not in html


def test_the_cite_this_line_names_the_figure_its_outlet_and_the_permanent_address(client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    html = page(client, made)
    assert (
        f"ctfacts, claim {made.pk}: “Terrorist cells dismantled: more than 200 (since 2002) — هسبريس, "
        f"2 May 2024”. http://testserver/claims/{made.pk}/"
    ) in html


def test_the_cite_this_line_is_in_the_pages_language(arabic_client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    html = page(arabic_client, made)
    assert f"ctfacts، الرقم المعلن {made.pk}" in html and "أكثر من 200" in html


def test_article_text_is_escaped(client):
    story = article(
        "قال <script>alert(1)</script> المصدر إن 12 خلية فككت.",
        source=outlet("هسبريس"),
        published=date(2024, 1, 1),
    )
    html = page(client, claim(story, "12"))
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_a_claim_that_does_not_exist_is_404(client):
    assert client.get(reverse("claim_page", args=[999999])).status_code == 404


def test_the_page_answers_head_and_refuses_post(client):
    made = cells_report("هسبريس", date(2024, 5, 2))
    url = reverse("claim_page", args=[made.pk])
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405
