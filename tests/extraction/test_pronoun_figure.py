"""A figure given by a pronoun at another time ("whereas it had exceeded 300 in 2018") counts what the figure
before counts; one figure said of two years ("in both 2015 and 2016") is a figure for each year."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.value, c.qualifier, c.period.type, c.period.start) for c in claims_of(body)]


def test_a_pronoun_standing_for_the_figure_counts_what_the_figure_before_counts():
    body = "The number of people arrested in terrorism cases fell to 150 in 2020, whereas it had exceeded 300 in 2018."
    assert _read(body)[1][:2] == ("persons_arrested", 300)


def test_a_french_pronoun_standing_for_the_figure_counts_it_too():
    body = "Le nombre de personnes interpellées pour terrorisme est tombé à 90 cette année, alors qu'il atteignait 160 en 2019."
    assert _read(body)[1][:2] == ("persons_arrested", 160)


def test_the_verb_after_the_pronoun_qualifies_the_number():
    body = "The number of people arrested in terrorism cases fell to 150 in 2020, whereas it had exceeded 300 in 2018."
    assert _read(body)[1][2] == "more_than"


def test_one_figure_said_of_two_years_is_a_claim_for_each_year():
    body = "Moroccan police arrested more than 250 terrorism suspects in both 2021 and 2022, the DGSN said."
    assert [(value, start) for _, value, _, _, start in _read(body)] == [(250, "2021"), (250, "2022")]


def test_a_range_of_two_years_stays_one_claim():
    [claim] = claims_of("Le BCIJ a démantelé 18 cellules terroristes entre 2021 et 2022.")
    assert claim.period.type == "range"


def test_n_of_those_in_the_next_sentence_counts_part_of_the_figure_before():
    body = (
        "Official data put the number of cells dismantled since 2002 at 230. "
        "Only 12 of those were broken up in the last three years, a researcher said."
    )
    assert [(metric, value) for metric, value, _, _, _ in _read(body)] == [
        ("cells_dismantled", 230),
        ("cells_dismantled", 12),
    ]
