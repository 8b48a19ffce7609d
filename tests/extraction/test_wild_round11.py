"""Fresh press copy read wrongly (wild round 11): number grammar, period scoping and speakers."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2022, 3, 1)


def _read(text: str) -> list[tuple]:
    return [(c.value, c.metric, c.subset, c.period.type, c.period.start) for c in claims_of(text, PUBLISHED)]


def test_a_part_spelt_out_in_words_takes_the_year_after_it_not_its_whole():
    for text in (
        "Depuis 2016, la police a démantelé quarante cellules, dont sept au cours de l'année 2020.",
        "Since 2016 the police have broken up forty cells, including seven in 2020.",
        "منذ 2016 فككت الأجهزة الأمنية أربعين خلية، منها سبع خلايا خلال سنة 2020.",
    ):
        assert _read(text) == [
            (40, "cells_dismantled", None, "since", "2016"),
            (7, "cells_dismantled", None, "year", "2020"),
        ], text


def test_being_so_many_in_number_names_a_subject_described_at_length():
    claims = claims_of(
        "Les jihadistes marocains partis combattre en Irak sont au nombre de 1500, selon le ministère de "
        "l'Intérieur.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.attribution.org) for c in claims] == [(1500, "fighters_joined", "MOI")]


def test_a_bare_copula_after_a_participle_counts_the_subject_it_describes():
    claims = claims_of("Les femmes parties rejoindre Daech sont 300, selon la DGST.", PUBLISHED)
    assert [(c.value, c.metric, c.subset, c.attribution.org) for c in claims] == [
        (300, "fighters_joined", "women", "DGST")
    ]


def test_the_qualifier_is_not_counted_among_the_words_between_the_number_of_and_its_figure():
    claims = claims_of(
        "The number of Moroccans fighting alongside jihadist groups in Iraq and Syria was put at more than 1,600.",
        PUBLISHED,
    )
    assert [(c.value, c.metric, c.qualifier) for c in claims] == [(1600, "fighters_joined", "more_than")]


def test_the_number_of_nationals_who_are_fighters_counts_fighters():
    claims = claims_of("The number of Moroccan fighters in Iraq and Syria was estimated at 1,500.", PUBLISHED)
    assert [(c.value, c.metric) for c in claims] == [(1500, "fighters_joined")]
