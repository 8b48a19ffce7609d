"""A figure that counts "of these" cells is a part of the one before, so its affiliation is a subset
(corpus_desk round)."""

from .helpers import claims_of


def subsets(body):
    return [(c.value, c.subset) for c in claims_of(body)]


def test_seven_of_these_cells_linked_to_the_islamic_state_are_a_subset():
    body = "Police broke up 12 cells in 2024. Eight of these cells had ties to the Islamic State, the bureau said.\n"
    assert subsets(body)[1] == (8, "isis_linked")


def test_five_of_these_french_cells_affiliated_to_daesh_are_a_subset():
    body = "La DGST a démantelé 9 cellules en 2024. Cinq de ces cellules étaient affiliées à Daech.\n"
    assert subsets(body)[1] == (5, "isis_linked")


def test_six_of_these_arabic_cells_loyal_to_daesh_are_a_subset():
    body = "وفككت المصالح الأمنية 11 خلية إرهابية سنة 2024. وكانت 6 من هذه الخلايا موالية لتنظيم داعش.\n"
    assert subsets(body)[1] == (6, "isis_linked")
