"""Journalists read cached page content, but never content from before a change, nor anyone else's."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from claims.services import correct_claim, flag_claims, resolve_flag

from .builders import article, claim, outlet

pytestmark = pytest.mark.django_db

SENTENCE = "وأعلن المكتب المركزي للأبحاث القضائية عن تفكيك 12 خلية إرهابية خلال سنة 2024."


def a_claim(figure="12", source_name="هسبريس"):
    story = article(SENTENCE.replace("12", figure), source=outlet(source_name), published=date(2024, 3, 5))
    return claim(story, figure, period_type="year", period_start="2024")


def main_part(html: str) -> str:
    """What the page cache holds: the header around it carries a fresh CSRF token each time."""
    return html.split('<main id="content">', 1)[1].split("</main>", 1)[0]


def page_text(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_reading_of_the_same_claims_page_costs_one_query(client, django_assert_num_queries):
    a_claim()
    first = page_text(client, reverse("claim_list"), metric="cells_dismantled")
    with django_assert_num_queries(1):  # the data version; the content comes from the cache
        second = page_text(client, reverse("claim_list"), metric="cells_dismantled")
    assert main_part(second) == main_part(first)


def test_a_new_article_shows_on_the_next_reading(client):
    a_claim()
    assert "1 claim " in page_text(client, reverse("claim_list"))
    a_claim("15")
    after = page_text(client, reverse("claim_list"))
    assert "2 claims" in after
    assert "<bdi>15</bdi>" in after


def test_a_flag_raised_by_an_editor_shows_its_badge_on_the_next_reading(client, editor):
    figure = a_claim()
    assert "editorial-badge" not in page_text(client, reverse("claim_list"))
    flag_claims(claims=[figure], editor=editor, reason="stale", note="رقم قديم")
    assert "editorial-badge flag" in page_text(client, reverse("claim_list"))


def test_a_resolved_flag_leaves_the_page_on_the_next_reading(client, editor):
    figure = a_claim()
    flag = flag_claims(claims=[figure], editor=editor, reason="stale")
    assert "editorial-badge flag" in page_text(client, reverse("claim_list"))
    resolve_flag(flag=flag, editor=editor, comment="تم التحقق")
    assert "editorial-badge flag" not in page_text(client, reverse("claim_list"))


def test_a_correction_shows_on_the_metric_page_at_once(client, editor):
    figure = a_claim()
    url = reverse("metric_detail", args=["cells_dismantled"])
    assert "corrected-value" not in page_text(client, url)
    correct_claim(claim=figure, editor=editor, value=13, note="خطأ مطبعي")
    assert "corrected-value" in page_text(client, url)


def test_an_editor_does_not_get_the_selection_free_content_a_journalist_cached(client, journalist, editor):
    a_claim()
    client.force_login(journalist)
    assert 'type="checkbox"' not in page_text(client, reverse("claim_list"))
    client.force_login(editor)
    assert 'type="checkbox"' in page_text(client, reverse("claim_list"))


def test_the_header_on_a_cached_page_is_the_readers_own(client, journalist, django_user_model):
    a_claim()
    client.force_login(journalist)
    assert "karim" in page_text(client, reverse("claim_list"))
    colleague = django_user_model.objects.create_user("salma", password="journalist-pass-Δ-2026")
    client.force_login(colleague)
    text = page_text(client, reverse("claim_list"))
    assert "salma" in text
    assert "karim" not in text


def test_the_language_is_part_of_the_key(client):
    a_claim()
    english = page_text(client, reverse("claim_list"))
    client.cookies["django_language"] = "ar"
    arabic = page_text(client, reverse("claim_list"))
    assert "Claims" in english
    assert "Claims</h1>" not in arabic


def test_a_bad_filter_is_answered_400_every_time_never_from_the_cache(client):
    a_claim()
    for _ in range(2):
        assert client.get(reverse("claim_list"), {"published_after": "not-a-date"}).status_code == 400


def test_another_page_number_is_other_content(client):
    story = article(" ".join(f"تفكيك {n} خلية." for n in range(1, 61)), source=outlet("هسبريس"))
    for n in range(1, 61):
        claim(story, f"{n} خلية", value=n)
    first = page_text(client, reverse("claim_list"))
    second = page_text(client, reverse("claim_list"), page="2")
    assert first != second
    assert "?page=1" in second or "page=1" in second


def test_a_second_search_of_the_articles_costs_one_query(client, django_assert_num_queries):
    a_claim()
    first = page_text(client, reverse("article_list"), q="خلية")
    with django_assert_num_queries(1):
        second = page_text(client, reverse("article_list"), q="خلية")
    assert main_part(second) == main_part(first)


def test_a_new_article_is_found_by_the_next_search(client):
    a_claim()
    assert "1 article" in page_text(client, reverse("article_list"), q="خلية")
    a_claim("15", source_name="برلمان")
    assert "2 articles" in page_text(client, reverse("article_list"), q="خلية")


def test_a_page_read_from_the_cache_is_not_stored_again(client, monkeypatch):
    from django.core.cache import caches

    a_claim()
    page_text(client, reverse("metric_detail", args=["cells_dismantled"]))
    stored = []
    local = caches["pages"]
    monkeypatch.setattr(local, "set", lambda *args, **kwargs: stored.append(args[0]))
    page_text(client, reverse("metric_detail", args=["cells_dismantled"]))
    page_text(client, reverse("claim_list"), metric="cells_dismantled")  # a miss: stored once
    assert len(stored) == 1
