"""/metrics/<slug>/: one metric across outlets on a timeline, bounds drawn as bounds, not points."""

import re
from datetime import date

import pytest
from django.urls import reverse

from claims.charts import nice_ceiling
from tests.views.builders import article, claim, outlet

pytestmark = pytest.mark.django_db


def chart_marks(html: str) -> list[dict]:
    return [
        dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
        for tag in re.findall(r'<a href="#row-\d+" class="mark [^>]*>', html)
    ]


@pytest.fixture
def cells():
    agora, hespress = outlet("أكورا بريس"), outlet("هسبريس")
    first = article("تفكيك 207 خلية منذ 2002.", source=agora, published=date(2020, 11, 17))
    repeat = article("فقد تم تفكيك 207 خلية منذ 2002.", source=hespress, published=date(2021, 3, 1))
    bound = article("تفكيك أكثر من 200 خلية منذ 2002.")
    about = article("تفكيك نحو 210 خلايا منذ 2002.", source=hespress, published=date(2022, 6, 1))
    yearly = article("تفكيك 8 خلايا خلال سنة 2021.", source=agora, published=date(2022, 1, 5))
    return {
        "first": claim(first, "207"),
        "repeat": claim(repeat, "207"),
        "bound": claim(bound, "200", qualifier="more_than", qualifier_text="أكثر من"),
        "about": claim(about, "210", qualifier="about", qualifier_text="نحو"),
        "yearly": claim(yearly, "8", period_type="year", period_start="2021"),
    }


def page(client, slug="cells_dismantled"):
    response = client.get(reverse("metric_detail", args=[slug]))
    assert response.status_code == 200
    return response


def test_claims_are_grouped_by_comparable_period(client, cells):
    groups = page(client).context["groups"]
    assert [(g.label, len(g.claims)) for g in groups] == [("since 2002", 4)]


def test_a_period_with_one_or_two_figures_is_a_line_of_a_compact_table_not_a_chart(client, cells):
    response = page(client)
    assert [(c.pk, c.period_label) for c in response.context["compact_rows"]] == [
        (cells["yearly"].pk, "2021")
    ]
    assert response.content.decode().count('<svg class="timeline"') == 1


def test_an_exact_figure_is_a_point_and_more_than_is_a_bound_and_about_is_a_band(client, cells):
    marks = {m["data-claim-id"]: m for m in chart_marks(page(client).content.decode())}
    assert marks[str(cells["first"].pk)]["class"] == "mark point exact"
    assert marks[str(cells["bound"].pk)]["class"] == "mark bound more_than"
    assert marks[str(cells["about"].pk)]["class"] == "mark band about"


def test_each_outlet_has_its_own_marker_and_a_legend_entry(client, cells):
    response = page(client)
    legend = {style.name: (style.shape, style.colour) for style in response.context["legend"]}
    assert set(legend) == {"أكورا بريس", "هسبريس", "no outlet"}
    assert len(set(legend.values())) == 3


def test_a_claim_without_a_publication_date_is_drawn_in_the_undated_lane(client, cells):
    html = page(client).content.decode()
    assert 'class="undated-lane"' in html
    bound_mark = re.search(rf'data-claim-id="{cells["bound"].pk}"[^>]*>.*?</a>', html, re.S).group(0)
    assert "no date" in bound_mark


def test_it_tells_where_each_figure_first_appeared_and_who_repeated_it(client, cells):
    group = page(client).context["groups"][0]
    figures = {(f["first"].display_value, f["first"].qualifier): f for f in group.first_appearances}
    seen_first = figures[(207, "exact")]
    assert seen_first["first"].pk == cells["first"].pk
    assert [c.pk for c in seen_first["repeated_by"]] == [cells["repeat"].pk]


def test_the_table_under_the_chart_lists_the_same_claims(client, cells):
    html = page(client).content.decode()
    for made in cells.values():
        assert f'id="row-{made.pk}"' in html


def test_outlet_names_in_the_svg_are_escaped(client):
    odd = outlet('<script>"x"</script>')
    claim(article("تفكيك 5 خلايا منذ 2002.", source=odd, published=date(2023, 1, 1)), "5")
    html = page(client).content.decode()
    assert "<script>" not in html


def test_a_metric_in_the_vocabulary_without_claims_yet_is_an_empty_page(client):
    assert "No claim with this metric yet." in page(client, "returnees").content.decode()


def test_an_unknown_metric_without_claims_is_404(client):
    assert client.get(reverse("metric_detail", args=["no_such_metric"])).status_code == 404


def test_the_page_runs_a_bounded_number_of_queries(client, cells, django_assert_max_num_queries):
    for i in range(30):
        claim(article(f"تفكيك {300 + i} خلية منذ 2002.", published=date(2023, 1, 1 + i % 28)), str(300 + i))
    # data version, claims, flags of the listed rows, and the shared cache's read and write (a
    # DatabaseCache write is 4 queries): none of it grows with the 33 claims
    with django_assert_max_num_queries(9):
        page(client)


def test_the_y_axis_ends_on_a_round_number():
    assert nice_ceiling(227.7) == 250 and nice_ceiling(8.8) == 10 and nice_ceiling(1500) == 2000


def test_with_the_seeds_207_and_more_than_200_sit_side_by_side(client, seeded):
    rows = page(client).context["compact_rows"]
    figures = {(c.display_value, c.qualifier) for c in rows if c.period_label == "since 2002"}
    assert {(207, "exact"), (200, "more_than")} <= figures


def test_with_one_more_figure_207_is_a_point_and_more_than_200_a_bound(client, seeded):
    claim(article("تفكيك 215 خلية منذ 2002.", source=outlet("هسبريس"), published=date(2023, 11, 1)), "215")
    marks = chart_marks(page(client).content.decode())
    kinds = {(m["data-value"], m["data-qualifier"]): m["class"] for m in marks}
    assert kinds[("207", "exact")] == "mark point exact"
    assert kinds[("200", "more_than")] == "mark bound more_than"


def test_a_metric_with_more_claims_than_drawn_shows_the_newest_and_says_so(client, cells, monkeypatch):
    from claims.views import journalists

    monkeypatch.setattr(journalists, "MAX_DRAWN", 5)
    for i in range(8):
        claim(article(f"تفكيك {300 + i} خلية منذ 2002.", published=date(2023, 2, 1 + i)), str(300 + i))
    response = page(client)
    drawn = [c for group in response.context["groups"] for c in group.claims]
    assert len(drawn) == 5 and response.context["count"] > 5
    dated = [c.article.published for c in drawn if c.article.published]
    assert max(dated) == date(2023, 2, 8) and date(2020, 11, 17) not in dated
    assert response.context["capped"] and "5" in response.content.decode()


def test_above_the_cap_dated_claims_are_drawn_before_undated_ones(client, cells, monkeypatch):
    from claims.views import journalists

    monkeypatch.setattr(journalists, "MAX_DRAWN", 5)
    for i in range(6):
        claim(article(f"تفكيك {400 + i} خلية منذ 2002."), str(400 + i))  # saved pages without a date
    for i in range(5):
        claim(article(f"تفكيك {300 + i} خلية منذ 2002.", published=date(2024, 5, 1 + i)), str(300 + i))
    response = page(client)
    drawn = [c for group in response.context["groups"] for c in group.claims]
    assert [c.article.published for c in drawn] == [date(2024, 5, d) for d in range(1, 6)]


def test_periods_beyond_the_largest_are_summed_up_in_a_line_each(client, cells, monkeypatch):
    from claims.views import journalists

    monkeypatch.setattr(journalists, "MAX_GROUPS_IN_FULL", 1)
    for figure in ("9", "10", "11"):
        story = article(
            f"وتم تفكيك {figure} خلايا سنة 2019.", source=outlet("هسبريس"), published=date(2020, 1, 2)
        )
        claim(story, figure, period_type="year", period_start="2019")
    response = page(client)
    assert [g.label for g in response.context["groups"]] == ["since 2002"]
    html = response.content.decode()
    assert "Other periods" in html and "2019</bdi>: 3 claims, 1 outlet, <bdi>9</bdi>–<bdi>11</bdi>" in html
    assert html.count('<svg class="timeline"') == 1


def test_a_figure_many_outlets_repeated_names_the_first_ones_and_counts_the_rest(client, cells, monkeypatch):
    from claims.views import journalists

    monkeypatch.setattr(journalists, "MAX_REPEATS_NAMED", 1)
    for day in range(3, 6):
        claim(article("تفكيك 207 خلية منذ 2002.", published=date(2022, 1, day)), "207")
    figures = page(client).context["groups"][0].first_appearances
    repeated = next(f for f in figures if f["first"].value == 207)
    assert repeated["first"].article.published == date(2020, 11, 17)
    assert len(repeated["repeated_by"]) == 1 and repeated["more_repeats"] == 3


def test_a_marks_tooltip_reads_in_the_pages_language_with_its_comma_and_date(client, arabic_client, cells):
    english = page(client).content.decode()
    arabic = page(arabic_client).content.decode()
    assert "207 — أكورا بريس, 17 November 2020</title>" in english
    assert "207 — أكورا بريس، 17 نوفمبر 2020</title>" in arabic
