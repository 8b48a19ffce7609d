"""A count with no noun of its own that an estimate, a tally or a count "is" ("Our count … is about 1,800"):
what the figure before counts, in this sentence or the one before."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_an_estimate_in_the_next_sentence_counts_what_the_figure_before_counts():
    body = (
        "Official data put the number of Moroccans who joined jihadist groups in Syria at 1,500. "
        "Our count, drawn from court files, is about 1,800."
    )
    assert _read(body) == [("fighters_joined", 1500), ("fighters_joined", 1800)]


def test_a_french_tally_in_the_next_sentence_counts_it_too():
    body = (
        "Selon les chiffres officiels, 1 500 Marocains ont rejoint des groupes jihadistes. "
        "Notre propre décompte, fondé sur les dossiers judiciaires, est de 1 800."
    )
    assert _read(body)[1] == ("fighters_joined", 1800)


def test_an_estimate_that_is_not_right_before_the_number_says_nothing_of_it():
    body = (
        "Selon les chiffres officiels, 1 500 Marocains ont rejoint des groupes jihadistes. "
        "Notre estimation a été publiée en 2021 dans un rapport de 40 pages."
    )
    assert _read(body) == [("fighters_joined", 1500)]
