"""/articles/<id>/: the article in its direction, every claim and cited country marked in place."""

import re
from datetime import date

import pytest
from django.urls import reverse

from claims.models import Article
from tests.views.builders import article, cites, claim, outlet

pytestmark = pytest.mark.django_db

BODY = (
    "أفادت المديرية العامة لمراقبة التراب الوطني بتفكيك 207 خلية إرهابية منذ سنة 2002.\n"
    "وجرى ذلك بتنسيق مع فرنسا، فيما اعتُقل 14 شخصا في السنوات الثلاث الماضية."
)


@pytest.fixture
def story():
    return article(BODY, source=outlet("أكورا بريس"), published=date(2020, 11, 17))


def page(client, story):
    response = client.get(reverse("article_detail", args=[story.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_each_claim_is_a_focusable_mark_with_the_claim_id_as_anchor(client, story):
    cells = claim(story, "207")
    html = page(client, story)
    assert re.search(rf'<mark id="claim-{cells.pk}" class="claim exact" tabindex="0"[^>]*>207<span', html)


def test_the_mark_carries_the_structured_claim_for_its_popover(client, story):
    cells = claim(story, "207")
    html = page(client, story)
    assert 'data-metric="cells_dismantled"' in html and 'data-value="207"' in html
    popover = re.search(
        rf'<span class="popover" role="tooltip" id="claim-{cells.pk}-info">(.*?)</span></mark>', html
    )
    assert popover, "every claim mark has a popover the mark is described by"
    assert "2002" in popover.group(1)
    assert f'aria-describedby="claim-{cells.pk}-info"' in html


def test_cited_countries_are_marked_with_their_role(client, story):
    cites(story, "فرنسا", "FR")
    html = page(client, story)
    assert re.search(r'<mark id="country-\d+" class="country partner" tabindex="0" data-country="FR"', html)


def test_the_text_around_the_marks_is_kept_whole(client, story):
    claim(story, "207")
    claim(story, "14", metric="persons_arrested", period_type="last_n_years", period_start="2017")
    cites(story, "فرنسا", "FR")
    html = page(client, story)
    body = re.search(r'<div class="body">(.*?)</div>\s*</article>', html, re.S).group(1)
    text = re.sub(r'<span class="popover".*?</span></mark>', "", body)
    text = re.sub(r"<[^>]+>", "", text)
    assert text == BODY


def test_article_text_is_escaped_even_between_marks(client):
    hostile = article('تفكيك 3 خلايا <script>alert("x")</script> و<b>5</b> أخرى.')
    claim(hostile, "3")
    html = page(client, hostile)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;" in html


def test_overlapping_spans_leave_the_markup_well_formed(client, story):
    claim(story, "207")
    claim(story, "20", metric="plots_foiled")  # inside 207: stale or overlapping offsets
    html = page(client, story)
    assert html.count("<mark") == html.count("</mark>")


def test_an_arabic_article_is_right_to_left_and_a_french_one_follows_its_text(client, story):
    french = article("Le démantèlement de 12 cellules.", language="fr")
    assert 'lang="ar" dir="rtl"' in page(client, story)
    assert 'lang="fr" dir="auto"' in page(client, french)


def test_the_claims_are_listed_under_the_article(client, story):
    cells = claim(story, "207")
    html = page(client, story)
    assert f'id="row-{cells.pk}"' in html


def test_an_unknown_article_is_404(client):
    assert client.get(reverse("article_detail", args=[999999])).status_code == 404


def test_the_page_runs_a_bounded_number_of_queries(client, story, django_assert_max_num_queries):
    for value in ("207", "14"):
        claim(story, value, metric="persons_arrested" if value == "14" else "cells_dismantled")
    cites(story, "فرنسا", "FR")
    with django_assert_max_num_queries(7):
        page(client, story)


def test_with_the_seeds_the_article_of_207_marks_it(client, seeded):
    agora = Article.objects.get(file_name__startswith="001_")
    cells = agora.claims.get(metric="cells_dismantled", value=207)
    html = page(client, agora)
    assert f'<mark id="claim-{cells.pk}"' in html


def test_the_article_shows_its_original_address_not_its_file_name(client):
    story = article("تفكيك 207 خلية منذ 2002.", source=outlet("هسبريس"), published=date(2020, 11, 17))
    Article.objects.filter(pk=story.pk).update(url="https://www.hespress.com/securite/article-207.html")
    html = page(client, story)
    assert 'href="https://www.hespress.com/securite/article-207.html"' in html
    assert "hespress.com/securite/article-207.html</bdi>" in html
    assert story.file_name not in html


def test_an_article_without_a_title_is_named_by_its_address(client):
    story = article("تفكيك 207 خلية.", title="")
    Article.objects.filter(pk=story.pk).update(url="https://le360.ma/societe/cellules")
    assert "<h1>le360.ma/societe/cellules</h1>" in page(client, story)
