"""/ (what is new), /sources/<slug>/ and /countries/<code>/."""

from datetime import date

import pytest
from django.urls import reverse

from tests.views.builders import article, cites, claim, many_claims, outlet

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_figure_of_each_metric_from_each_outlet(client):
    hespress = outlet("هسبريس")
    claim(article("تفكيك 200 خلية منذ 2002.", source=hespress, published=date(2019, 1, 1)), "200")
    newest = claim(article("تفكيك 215 خلية منذ 2002.", source=hespress, published=date(2023, 11, 1)), "215")
    other = claim(
        article("تفكيك 207 خلية منذ 2002.", source=outlet("أكورا بريس"), published=date(2020, 11, 17)), "207"
    )
    metrics = client.get(reverse("home")).context["metrics"]
    (cells,) = metrics
    assert {c.pk for c in cells["latest"]} == {newest.pk, other.pk}


def test_home_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    # articles, their claim counts, claims, latest figures, data version, and the shared cache's
    # read and write of the latest figures (4 queries for a DatabaseCache write): none grows with claims
    with django_assert_max_num_queries(12):
        response = client.get(reverse("home"))
    assert len(response.context["claims"]) == 15


def test_an_outlet_page_lists_its_figures_and_articles(client):
    hespress = outlet("هسبريس")
    mine = claim(article("تفكيك 215 خلية منذ 2002.", source=hespress, published=date(2023, 11, 1)), "215")
    claim(article("تفكيك 207 خلية منذ 2002.", source=outlet("برلمان"), published=date(2020, 1, 1)), "207")
    response = client.get(reverse("source_detail", args=[hespress.slug]))
    assert [c.pk for c in response.context["page"].items] == [mine.pk]
    assert [m["slug"] for m in response.context["metrics"]] == ["cells_dismantled"]


def test_an_outlet_page_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    from claims.models import Source

    slug = Source.objects.get(name="هسبريس").slug
    with django_assert_max_num_queries(7):
        client.get(reverse("source_detail", args=[slug]))


def test_a_country_page_lists_the_articles_citing_it_as_partner_by_year(client):
    spain_2020 = article("بتنسيق مع إسبانيا.", published=date(2020, 3, 1))
    spain_2024 = article("تعاون مع إسبانيا وفرنسا.", published=date(2024, 3, 1))
    only_named = article("مواطن من إسبانيا.", published=date(2024, 5, 1))
    cites(spain_2020, "إسبانيا", "ES")
    cites(spain_2024, "إسبانيا", "ES")
    cites(only_named, "إسبانيا", "ES", role="mentioned")
    response = client.get(reverse("country_detail", args=["es"]))
    assert response.status_code == 200
    assert response.context["partner_articles"] == 2
    assert [(row["year"], row["n"]) for row in response.context["years"]] == [(2020, 1), (2024, 1)]
    assert {a.pk for a in response.context["articles"]} == {spain_2020.pk, spain_2024.pk, only_named.pk}


def test_a_country_page_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_claims(36)
    with django_assert_max_num_queries(5):
        client.get(reverse("country_detail", args=["FR"]))


def test_home_shows_one_figure_per_outlet_the_newest_first(client):
    agora, hespress = outlet("أكورا بريس"), outlet("هسبريس")
    claim(article("تفكيك 207 خلية منذ 2002.", source=agora, published=date(2020, 11, 17)), "207")
    recent = claim(
        article("تفكيك 32 خلية في السنوات الثلاث الماضية.", source=agora, published=date(2023, 5, 2)),
        "32",
        period_type="last_n_years",
        period_start="2020",
        period_end="2023",
    )
    newest = claim(article("تفكيك 215 خلية منذ 2002.", source=hespress, published=date(2024, 1, 9)), "215")
    (cells,) = client.get(reverse("home")).context["metrics"]
    assert [c.pk for c in cells["latest"]] == [newest.pk, recent.pk]


def test_home_shows_the_normalised_number_not_the_printed_words(client):
    story = article("وتم تفكيك خليتين إرهابيتين.", source=outlet("برلمان"), published=date(2024, 2, 1))
    claim(story, "خليتين", value=2, period_type="event", period_start="")
    html = client.get(reverse("home")).content.decode()
    card = html[html.index('data-metric="cells_dismantled"') :]
    assert '<strong class="number"><bdi>2</bdi></strong>' in card[: card.index("</ol>")]


def test_home_leaves_out_a_reading_an_editor_flagged(client, editor):
    from claims.services import flag_claims

    agora = outlet("أكورا بريس")
    sound = claim(article("تفكيك 207 خلية منذ 2002.", source=agora, published=date(2020, 11, 17)), "207")
    misprint = claim(article("تفكيك 2009 خلية منذ 2002.", source=agora, published=date(2021, 1, 5)), "2009")
    flag_claims(claims=[misprint], editor=editor, reason="misprint", note="خطأ مطبعي")
    (cells,) = client.get(reverse("home")).context["metrics"]
    assert [c.pk for c in cells["latest"]] == [sound.pk]


def test_home_marks_a_figure_the_consistency_check_questions(client):
    from claims.models import Finding

    agora = outlet("أكورا بريس")
    misprint = claim(article("تفكيك 2009 خلية منذ 2002.", source=agora, published=date(2021, 1, 5)), "2009")
    finding = Finding.objects.create(
        kind="implausible_value", metric="cells_dismantled", explanation="2009 among 200s", key="k-2009"
    )
    finding.claims.add(misprint)
    (cells,) = client.get(reverse("home")).context["metrics"]
    (shown,) = cells["latest"]
    assert shown.pk == misprint.pk and shown.questioned
    assert 'class="uncertain questioned"' in client.get(reverse("home")).content.decode()
