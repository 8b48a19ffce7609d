"""partial_exceeds_whole: a source's figure for part of a year above its own full-year figure."""

from claims.consistency.rules import find_inconsistencies, find_partial_exceeds_whole
from tests.consistency.builders import claim, in_sentence, kinds


def test_a_year_to_date_figure_above_the_same_outlets_full_year_is_flagged():
    so_far = claim(14, published="2024-09-20", outlet="هسبريس", period=("year_to_date", "2024"))
    full_year = claim(12, published="2025-01-15", outlet="هسبريس", period=("year", "2024"))

    [finding] = find_partial_exceeds_whole([so_far, full_year])

    assert finding.claim_ids == (so_far.id, full_year.id)
    assert "14 so far in 2024 (هسبريس, Sep 2024)" in finding.explanation
    assert "12 in 2024 (هسبريس, Jan 2025)" in finding.explanation


def test_a_month_range_above_the_same_outlets_full_year_is_flagged():
    january_to_june = claim(
        9, published="2024-07-02", outlet="هسبريس", org="BCIJ", period=("range", "2024-01", "2024-06")
    )
    full_year = claim(7, published="2025-01-15", outlet="هسبريس", org="BCIJ", period=("year", "2024"))
    assert kinds(find_inconsistencies([january_to_june, full_year])) == ["partial_exceeds_whole"]


def test_two_outlets_relaying_the_same_bodys_figures_hold_it_to_its_own_full_year():
    # no "annual review" in either text: the BCIJ's own first half cannot exceed the BCIJ's own year
    january_to_june = claim(
        9,
        published="2024-07-02",
        outlet="برلمان",
        org="BCIJ",
        period=("range", "2024-01", "2024-06"),
        sentence="وأوضح المكتب المركزي للأبحاث القضائية أنه فكك 9 خلايا إرهابية خلال النصف الأول من السنة.",
    )
    full_year = claim(
        7,
        published="2025-01-15",
        outlet="Hespress FR",
        org="BCIJ",
        period=("year", "2024"),
        sentence="Le BCIJ a neutralisé sept cellules l'an dernier, a déclaré son directeur, Driss Benjelloun.",
    )
    [finding] = find_partial_exceeds_whole([january_to_june, full_year])
    assert finding.claim_ids == (january_to_june.id, full_year.id)
    assert "from the same source, the BCIJ" in finding.explanation


def test_a_year_printed_before_the_part_year_figure_is_not_held_to_it():
    full_year = claim(7, published="2025-01-15", outlet="هسبريس", period=("year", "2024"))
    later_part = claim(9, published="2025-03-02", outlet="هسبريس", period=("range", "2024-01", "2024-06"))
    assert find_partial_exceeds_whole([full_year, later_part]) == []


def test_different_sources_are_not_held_to_each_others_full_year():
    so_far = claim(
        14, published="2024-09-20", outlet="هسبريس", org="unspecified", period=("year_to_date", "2024")
    )
    full_year = claim(12, published="2025-01-15", outlet="برلمان", org="analyst", period=("year", "2024"))
    assert find_partial_exceeds_whole([so_far, full_year]) == []


def test_a_year_to_date_figure_below_the_full_year_is_fine():
    so_far = claim(9, published="2024-09-20", outlet="هسبريس", period=("year_to_date", "2024"))
    full_year = claim(12, published="2025-01-15", outlet="هسبريس", period=("year", "2024"))
    assert find_inconsistencies([so_far, full_year]) == []


def test_a_part_of_another_year_is_not_compared():
    so_far_2023 = claim(14, published="2023-09-20", outlet="هسبريس", period=("year_to_date", "2023"))
    full_2024 = claim(12, published="2025-01-15", outlet="هسبريس", period=("year", "2024"))
    assert find_inconsistencies([so_far_2023, full_2024]) == []


# A body's review of the year is its own count for the whole year, whichever outlet relays it.


def test_a_bodys_year_review_relayed_by_another_outlet_is_held_to_its_earlier_part_year_figure():
    spokesman = claim(
        11,
        published="2022-08-04",
        outlet="Le360",
        org="DGST",
        period=("year_to_date", "2022"),
        sentence="Le porte-parole de la DGST a indiqué que 11 cellules ont été neutralisées depuis janvier.",
    )
    review = claim(
        9,
        published="2023-01-06",
        outlet="اليوم 24",
        org="DGST",
        period=("year", "2022"),
        sentence="وأفادت الحصيلة السنوية للمديرية العامة لمراقبة التراب الوطني بأن 9 خلايا فككت خلال سنة 2022.",
    )

    [finding] = find_inconsistencies([spokesman, review])

    assert finding.kind == "partial_exceeds_whole"
    assert finding.claim_ids == (spokesman.id, review.id)
    assert "from the same source, the DGST" in finding.explanation


def test_a_year_review_named_only_by_the_articles_title_counts_too():
    spokesman = claim(
        7,
        published="2021-06-30",
        outlet="Hespress English",
        org="DGSN",
        period=("year_to_date", "2021"),
        sentence="Seven cells have been taken down since January, the DGSN spokesman told reporters.",
    )
    review = claim(
        6,
        published="2022-01-04",
        outlet="H24info",
        org="DGSN",
        period=("year", "2021"),
        sentence="Au total, six cellules ont été neutralisées durant l'année.",
        title="Le bilan 2021 de la DGSN",
    )
    assert kinds(find_inconsistencies([spokesman, review])) == ["partial_exceeds_whole"]


def test_another_bodys_review_is_not_the_same_source():
    spokesman = claim(11, published="2022-08-04", outlet="Le360", org="DGST", period=("year_to_date", "2022"))
    review = claim(
        9,
        published="2023-01-06",
        outlet="اليوم 24",
        org="DGSN",
        period=("year", "2022"),
        sentence="وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن 9 خلايا فككت خلال سنة 2022.",
    )
    assert find_partial_exceeds_whole([spokesman, review]) == []


def test_an_unnamed_source_is_not_held_to_a_bodys_review():
    tally = claim(
        11, published="2022-08-04", outlet="Le360", org="unspecified", period=("year_to_date", "2022")
    )
    review = claim(
        9,
        published="2023-01-06",
        outlet="اليوم 24",
        org="unspecified",
        period=("year", "2022"),
        sentence="وأفادت الحصيلة السنوية بأن 9 خلايا فككت خلال سنة 2022.",
    )
    assert find_partial_exceeds_whole([tally, review]) == []


def test_a_part_of_another_metric_under_its_whole_is_still_held_to_the_full_year():
    # "Since January 30 fighters came home, 16 of whom were detained" (a part of the returns, but a whole count of
    # returnees arrested), then the same outlet's 12 returnees arrested for the whole year
    sentence = "Since January 30 fighters came home, 16 of whom were detained on arrival, the BCIJ said."
    so_far = {
        "period": ("year_to_date", "2024"),
        "published": "2024-08-01",
        "org": "BCIJ",
        "outlet": "Le Matin",
    }
    returned, arrested = in_sentence(
        sentence,
        ("30", {"metric": "returnees", **so_far}),
        ("16", {"metric": "returnees_arrested", **so_far}),
        article=501,
    )
    full_year = claim(
        12,
        published="2025-01-20",
        outlet="Le Matin",
        org="BCIJ",
        metric="returnees_arrested",
        period=("year", "2024"),
    )
    found = find_partial_exceeds_whole([returned, arrested, full_year])
    assert [f.claim_ids for f in found] == [(arrested.id, full_year.id)]
