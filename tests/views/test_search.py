"""Search is Arabic-aware: hamza, alef maqsura, taa marbuta and tashkeel never decide a match."""

from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from claims.models import Article
from claims.search import search_articles, search_document
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


def found(query: str) -> set[int]:
    return set(search_articles(Article.objects.all(), query).values_list("pk", flat=True))


def test_a_hamza_on_alef_in_the_query_finds_the_bare_alef_in_the_text():
    spain = article("وتعاونت المملكة مع اسبانيا في تفكيك الخلية.")
    assert found("إسبانيا") == {spain.pk}


def test_a_bare_alef_in_the_query_finds_the_hamza_in_the_text():
    spain = article("وتعاونت المملكة مع إسبانيا في تفكيك الخلية.")
    assert found("اسبانيا") == {spain.pk}


def test_alef_maqsura_and_yaa_are_the_same_letter():
    story = article("وأكد المسؤول على أهمية التعاون.")
    assert found("علي") == {story.pk}


def test_taa_marbuta_and_haa_are_the_same_letter():
    story = article("أعلنت المديرية العامة لمراقبة التراب الوطني.")
    assert found("المديريه") == {story.pk}


def test_tashkeel_in_the_query_or_the_text_is_ignored():
    story = article("تَمَّ تَفْكِيكُ خَلِيَّةٍ إِرْهَابِيَّةٍ")
    assert found("تفكيك") == {story.pk}
    assert found("خَلِيَّة") == {story.pk}


def test_a_word_glued_to_the_conjunction_waw_is_found():
    story = article("بتنسيق مع فرنسا وإسبانيا وبلجيكا.")
    assert found("إسبانيا") == {story.pk}


def test_every_word_of_the_query_must_appear():
    both = article("تفكيك خلية إرهابية بتنسيق مع إسبانيا.")
    article("تفكيك خلية إرهابية بتنسيق مع فرنسا.")
    assert found("خلية إسبانيا") == {both.pk}


def test_the_title_is_searched_too():
    story = article("نص بلا كلمات مفتاحية.", title="التعاون الأمني المغربي الإسباني")
    assert found("الأمني") == {story.pk}


def test_a_query_of_punctuation_only_filters_nothing():
    article("نص أول.")
    article("نص ثان.")
    assert len(found("؟!")) == 2


def test_the_stored_document_is_folded_and_lists_words_freed_of_their_conjunction():
    document = search_document("إسبانيا", "وإسبانيا والمملكة")
    assert "إ" not in document
    assert "اسبانيا" in document.split() and "المملكه" in document.split()


def test_the_articles_page_searches_with_the_same_rules(client):
    story = article("وتعاونت المملكة مع اسبانيا.", source=outlet("هسبريس"), published=date(2024, 5, 2))
    article("خبر عن الرياضة.")
    response = client.get(reverse("article_list"), {"q": "إسبانيا"})
    assert [a.pk for a in response.context["page"].items] == [story.pk]


def test_the_claims_page_searches_the_articles_they_come_from(client):
    spain = article("بتنسيق مع اسبانيا تم تفكيك 12 خلية.", published=date(2024, 1, 1))
    other = article("تم تفكيك 9 خلايا.", published=date(2024, 1, 2))
    wanted = claim(spain, "12")
    claim(other, "9")
    response = client.get(reverse("claim_list"), {"q": "إسبانيا"})
    assert [c.pk for c in response.context["page"].items] == [wanted.pk]


def test_with_the_seeds_searching_spain_with_hamza_finds_the_article_that_writes_it_without(client, seeded):
    written_bare = Article.objects.get(file_name__startswith="002_")
    assert "اسبانيا" in written_bare.body and "إسبانيا" not in written_bare.body
    response = client.get(reverse("article_list"), {"q": "إسبانيا"})
    assert written_bare.pk in {a.pk for a in response.context["page"].items}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index exists on PostgreSQL only")
def test_on_postgresql_the_search_uses_the_arabic_full_text_gin_index():
    for i in range(5):
        article(f"خبر رقم {i} عن التعاون مع اسبانيا.")
    queryset = search_articles(Article.objects.all(), "إسبانيا")
    with connection.cursor() as cursor:
        # With five rows the planner may prefer any plan; rule out the others to see that the
        # GIN index can serve the query (a bitmap scan is how PostgreSQL reads a GIN index).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = queryset.explain()
    assert "claims_article_search_gin" in plan
