"""Chron round: chronologies, key-figure boxes and year-by-year lists (lines that open on their year)."""

from datetime import date

from .helpers import claims_of


def _read(body, published=date(2024, 12, 30)):
    return [(c.metric, c.value, c.period.type, c.period.start) for c in claims_of(body, published)]


def test_a_line_opening_on_a_year_and_a_colon_dates_its_figure():
    assert _read("2019 : quatorze cellules terroristes démantelées par le BCIJ.") == [
        ("cells_dismantled", 14, "year", "2019")
    ]


def test_later_lines_of_a_year_list_without_a_noun_count_what_the_first_line_counts():
    body = "Dismantled cells, by year:\n\n• 2019: 14 cells\n\n• 2020: 8\n\n• 2021: 12"
    assert _read(body) == [
        ("cells_dismantled", 14, "year", "2019"),
        ("cells_dismantled", 8, "year", "2020"),
        ("cells_dismantled", 12, "year", "2021"),
    ]


def test_a_bare_year_colon_number_line_after_prose_is_no_figure():
    body = "Le BCIJ a démantelé 14 cellules en 2019.\n\nChiffres de la saison 2020: 8"
    assert [c.value for c in claims_of(body)] == [14]


def test_a_year_and_a_colon_before_a_figure_is_no_score():
    assert _read("عدد الموقوفين في قضايا الإرهاب منذ إحداث المكتب سنة 2015: 1110 أشخاص") == [
        ("persons_arrested", 1110, "since", "2015")
    ]


def test_a_timeline_line_dates_the_running_total_it_gives():
    claims = claims_of("2020: the number of cells taken apart since 2002 reached 202.", date(2024, 3, 1))
    assert [(c.value, c.period.type, c.period.start, c.as_of) for c in claims] == [
        (202, "since", "2002", "2020")
    ]


def test_a_spread_of_yearly_values_is_no_single_figure():
    assert claims_of("Since 2020, the services have dismantled between 4 and 9 cells a year.") == []


def test_a_range_of_years_before_a_figure_is_still_a_period():
    assert _read("Between 2016 and 2020 the bureau dismantled 57 cells.") == [
        ("cells_dismantled", 57, "range", "2016")
    ]


def test_the_total_of_a_noun_names_what_the_figure_counts():
    assert _read("Le total des cellules démantelées depuis 2002 atteint désormais 214.") == [
        ("cells_dismantled", 214, "since", "2002")
    ]


def test_the_number_of_with_a_plural_article_names_what_the_figure_counts():
    assert _read("Le nombre des personnes arrêtées pour terrorisme depuis 2015 a atteint 1350.") == [
        ("persons_arrested", 1350, "since", "2015")
    ]


def test_then_opens_the_next_item_of_an_arabic_chronology():
    assert _read("فككت المصالح الأمنية 14 خلية سنة 2019، ثم 8 في 2020.") == [
        ("cells_dismantled", 14, "year", "2019"),
        ("cells_dismantled", 8, "year", "2020"),
    ]


def test_puis_opens_the_next_item_of_a_french_chronology():
    assert _read("Le BCIJ a démantelé 14 cellules en 2019, puis 8 en 2020.") == [
        ("cells_dismantled", 14, "year", "2019"),
        ("cells_dismantled", 8, "year", "2020"),
    ]


def test_arrests_counted_as_such_are_people_arrested():
    assert _read("Les services ont procédé à 57 arrestations pour terrorisme en 2022.") == [
        ("persons_arrested", 57, "year", "2022")
    ]


def test_english_arrests_in_terrorism_cases_are_people_arrested():
    assert _read("The bureau made 88 arrests in terrorism cases in 2021.") == [
        ("persons_arrested", 88, "year", "2021")
    ]


def test_parts_named_in_a_reported_clause_that_opens_on_them_count_in_the_figure_before():
    claims = claims_of(
        "وقال المسؤول إن عدد المغاربة الذين التحقوا بالتنظيمات الإرهابية بلغ 1500 مقاتل. "
        "وأضاف أن من بين هؤلاء 200 امرأة."
    )
    assert [(c.metric, c.subset, c.value) for c in claims] == [
        ("fighters_joined", None, 1500),
        ("fighters_joined", "women", 200),
    ]


def test_the_second_part_of_a_sentence_opening_on_them_counts_in_the_figure_before():
    claims = claims_of(
        "Some 1,500 Moroccans went to fight in Syria and Iraq. Among them are 200 women and 310 minors."
    )
    assert [(c.metric, c.subset, c.value) for c in claims][1:] == [
        ("fighters_joined", "women", 200),
        ("fighters_joined", "minors", 310),
    ]


def test_a_passive_estimate_names_the_report_authors_as_its_source():
    claims = claims_of("Le nombre de départs est estimé à 1 400 combattants par les auteurs du rapport.")
    assert [c.attribution.org for c in claims] == ["analyst"]


def test_the_same_authors_named_again_are_analysts():
    claims = claims_of("About 230 nationals are still held in camps in Syria, according to the same authors.")
    assert [c.attribution.org for c in claims] == ["analyst"]


def test_a_year_after_a_compared_figure_is_that_figures_own():
    claims = claims_of(
        "L'an dernier, les enquêteurs ont démantelé sept cellules, contre neuf l'année précédente, selon la DGSN.",
        date(2023, 2, 1),
    )
    assert [(c.value, c.period.start) for c in claims] == [(7, "2022"), (9, "2021")]


def test_a_figure_in_words_compared_with_the_year_before_keeps_its_own_year():
    claims = claims_of(
        "Last year, the services dismantled fourteen cells, up from ten the year before.", date(2023, 2, 1)
    )
    assert [(c.value, c.period.start) for c in claims] == [(14, "2022"), (10, "2021")]


def test_a_qualifier_glued_to_its_preposition_still_qualifies():
    claims = claims_of("وقدر التقرير عدد المقاتلين المغاربة الذين التحقوا بسوريا والعراق بنحو 1500 مقاتل.")
    assert [(c.value, c.qualifier) for c in claims] == [(1500, "about")]


def test_the_tally_of_the_end_of_a_month_dates_the_running_total_it_gives():
    claims = claims_of(
        "وأشار التقرير إلى أن حصيلة نهاية يونيو 2019 كانت تفيد بتفكيك 190 خلية منذ سنة 2002.",
        date(2021, 3, 1),
    )
    assert [(c.value, c.period.type, c.as_of) for c in claims] == [(190, "since", "2019-06")]


def test_an_arabic_papers_own_compilation_of_official_statements_is_its_own_figure():
    claims = claims_of(
        "وحسب جرد أعدته الصحيفة اعتمادا على بلاغات المديرية العامة لمراقبة التراب الوطني، فككت المصالح الأمنية "
        "12 خلية إرهابية سنة 2022."
    )
    assert [(c.attribution.org, c.attribution.raw) for c in claims] == [("unspecified", None)]


def test_a_french_newsroom_tally_is_the_outlets_own_figure_with_no_source_named():
    claims = claims_of(
        "D'après un décompte réalisé par la rédaction sur la base des bilans de la DGST, 12 cellules "
        "terroristes ont été démantelées en 2022."
    )
    assert [(c.attribution.org, c.attribution.raw) for c in claims] == [("unspecified", None)]


def test_a_tally_compiled_by_the_newspaper_is_its_own_figure_with_no_source_named():
    claims = claims_of(
        "According to a tally compiled by this newspaper from DGST figures, 12 terror cells were dismantled in 2022."
    )
    assert [(c.attribution.org, c.attribution.raw) for c in claims] == [("unspecified", None)]


def test_a_year_after_a_superlative_dates_the_comparison_not_the_figure():
    claims = claims_of(
        "So far this year, the bureau has dismantled three cells, the lowest figure since 2015.",
        date(2023, 10, 1),
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [(3, "year_to_date", "2023")]


def test_an_arabic_superlative_before_since_leaves_the_figure_its_own_period():
    claims = claims_of(
        "ومنذ مطلع السنة الجارية، فككت المصالح الأمنية ثلاث خلايا، وهو أقل عدد منذ سنة 2015.",
        date(2023, 10, 1),
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [(3, "year_to_date", "2023")]


def test_arrests_in_every_field_of_policing_are_no_terrorism_figure():
    claims = claims_of(
        "وأوقفت مصالح الأمن خلال سنة 2023 ما مجموعه 450 ألف شخص في مختلف الجرائم، كما فككت 8 خلايا إرهابية."
    )
    assert [(c.metric, c.value) for c in claims] == [("cells_dismantled", 8)]


def test_arrests_for_all_offences_are_no_terrorism_figure():
    claims = claims_of(
        "Last year police arrested 450,000 people for all offences, and the BCIJ dismantled 8 terror cells."
    )
    assert [(c.metric, c.value) for c in claims] == [("cells_dismantled", 8)]
