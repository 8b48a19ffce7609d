"""corpus_anniv round: anniversaries, year-end reviews and budget debates. A span of months closed by "the end of"
its last month is still a range of months, the nominative Arabic dual counts two, and the other behaviours the
corpus found (one behaviour per test, in other words than the corpus)."""

from datetime import date

from .helpers import claims_of


def facts(body, published):
    return [
        (c.metric, c.subset, c.value, c.period.type, c.period.start, c.period.end, c.attribution.org)
        for c in claims_of(body, published)
    ]


def test_a_span_of_months_ending_at_the_end_of_a_month_is_a_range():
    assert [
        (c.value, c.period.type, c.period.start, c.period.end, c.as_of)
        for c in claims_of(
            "وأوضح المسؤول أن المصالح الأمنية أوقفت 35 شخصا في قضايا الإرهاب من فبراير إلى نهاية يوليوز 2023.",
            date(2023, 10, 2),
        )
    ] == [(35, "range", "2023-02", "2023-07", None)]
    assert [
        (c.value, c.period.type, c.period.start, c.period.end)
        for c in claims_of(
            "Les services ont démantelé 7 cellules de février à fin juillet 2023.", date(2023, 10, 2)
        )
    ] == [(7, "range", "2023-02", "2023-07")]
    assert [
        (c.value, c.period.type, c.period.start, c.period.end)
        for c in claims_of(
            "Police dismantled 7 cells from February to the end of July 2023.", date(2023, 10, 2)
        )
    ] == [(7, "range", "2023-02", "2023-07")]


def test_a_total_up_to_the_end_of_a_month_stays_a_running_total():
    [claim] = claims_of("Police dismantled 70 cells from 2012 to the end of July 2023.", date(2023, 10, 2))
    assert (claim.period.type, claim.period.start, claim.as_of) == ("range", "2012", "2023-07")


def test_the_nominative_dual_of_woman_counts_two():
    assert [
        (c.subset, c.value)
        for c in claims_of(
            "أوقفت المصالح الأمنية 35 شخصا في قضايا الإرهاب خلال الصيف. ومن بين الموقوفين ثلاثة قاصرين وامرأتان.",
            date(2023, 10, 2),
        )
    ] == [(None, 35), ("minors", 3), ("women", 2)]


def test_the_part_of_a_breakdown_by_destination_takes_the_zone_it_went_to():
    assert [
        (c.subset, c.value)
        for c in claims_of(
            "Of the 1,600 Moroccans who left to fight, 1,500 travelled to Iraq and Syria and 90 to Libya, "
            "the report says.",
            date(2024, 3, 5),
        )
    ] == [(None, 1600), ("syria_iraq_linked", 1500), ("libya", 90)]
    assert [
        (c.subset, c.value)
        for c in claims_of(
            "Des 1 600 Marocains partis combattre, 1 500 sont allés en Syrie et en Irak et 90 en Libye.",
            date(2024, 3, 5),
        )
    ] == [(None, 1600), ("syria_iraq_linked", 1500), ("libya", 90)]


def test_a_record_whose_passive_verb_places_it_in_another_country_is_that_countrys():
    assert (
        claims_of(
            "Par ailleurs, quatre projets d'attentat ont été déjoués en Espagne l'an dernier.",
            date(2024, 5, 2),
        )
        == []
    )
    assert claims_of("By comparison, nine plots were foiled in Spain in 2023.", date(2024, 5, 2)) == []
    assert [
        c.value for c in claims_of("Quatre projets d'attentat ont été déjoués en 2023.", date(2024, 5, 2))
    ] == [4]


def test_an_mp_named_by_the_side_of_the_house_speaks_for_parliament():
    assert [
        (c.value, c.attribution.org)
        for c in claims_of(
            "وأكد وزير الداخلية أن المصالح الأمنية فككت 8 خلايا إرهابية سنة 2023. من جهتها، ذكّرت نائبة من المعارضة "
            "بأن عدد الموقوفين في قضايا الإرهاب بلغ 50 شخصا خلال سنة 2022.",
            date(2024, 11, 14),
        )
    ] == [(8, "MOI"), (50, "PARLIAMENT")]


def test_a_participle_after_an_aside_still_reports_its_subjects_figure():
    assert [
        (c.value, c.attribution.org)
        for c in claims_of(
            "Le ministre de l'Intérieur a indiqué que 8 cellules ont été démantelées en 2023. Une députée de "
            "l'opposition a quant à elle avancé le chiffre de 50 personnes arrêtées en 2022.",
            date(2024, 11, 14),
        )
    ] == [(8, "MOI"), (50, "PARLIAMENT")]


def test_a_body_whose_figures_are_cited_is_the_source_not_the_officials_who_relay_them():
    assert [
        (c.value, c.attribution.org)
        for c in claims_of(
            "Citing BCIJ figures, officials said 90 terrorist cells had been dismantled since 2015. More than 300 "
            "plots were foiled over the same period, they added.",
            date(2025, 5, 17),
        )
    ] == [(90, "BCIJ"), (300, "BCIJ")]


def test_the_first_half_of_the_year_with_no_year_named_is_the_year_so_far():
    [claim] = claims_of(
        "وحسب حصيلة أعدتها الجريدة، فككت الأجهزة الأمنية 5 خلايا إرهابية في النصف الأول من العام الجاري.",
        date(2023, 8, 1),
    )
    assert (claim.value, claim.period.type, claim.period.start) == (5, "year_to_date", "2023")
    [claim] = claims_of(
        "وفككت الأجهزة الأمنية 5 خلايا إرهابية خلال النصف الأول من سنة 2022.", date(2023, 8, 1)
    )
    assert (claim.period.type, claim.period.start, claim.period.end) == ("range", "2022-01", "2022-06")
