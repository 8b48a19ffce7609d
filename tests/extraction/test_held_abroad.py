"""People held abroad: where they are ("dans des camps"), who they are (an apposition between the number and
its verb), nationals held with their families (still `fighters_detained_abroad`, the contract's one metric for people held abroad), the parts listed after them."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.subset, c.value) for c in claims_of(body)]


def test_in_the_camps_is_where_they_are_held_not_where_they_came_from():
    [claim] = claims_of(
        "D'après une ONG, quelque 400 Marocaines vivent encore dans des camps kurdes en Syrie."
    )
    assert claim.metric == "fighters_detained_abroad"


def test_still_in_camps_abroad_is_held_not_still_fighting():
    [claim] = claims_of(
        "Selon la mission, 620 Marocains se trouvent encore dans des camps du nord-est syrien."
    )
    assert claim.metric == "fighters_detained_abroad"


def test_an_apposition_of_people_between_the_number_and_its_verb_does_not_cut_the_clause():
    [claim] = claims_of(
        "Le ministre a affirmé que 240 Marocains, femmes et mineurs pour la plupart, sont toujours détenus en Irak."
    )
    assert claim.metric == "fighters_detained_abroad"


def test_fighters_held_with_their_families_are_still_the_contracts_held_abroad_in_french():
    [claim] = claims_of(
        "Près de 900 Marocains, combattants et membres de leurs familles, restent détenus dans des camps en Syrie."
    )
    assert (claim.metric, claim.value) == ("fighters_detained_abroad", 900)


def test_fighters_held_with_their_families_are_still_the_contracts_held_abroad_in_english():
    [claim] = claims_of(
        "Around 1,000 Moroccans, fighters and their relatives, are still held in Syrian camps."
    )
    assert claim.metric == "fighters_detained_abroad"


def test_fighters_held_with_their_families_are_still_the_contracts_held_abroad_in_arabic():
    claims = _read(
        "وأوضح المصدر أن نحو 950 مغربيا يوجدون في مخيمات سوريا بين مقاتلين وأفراد أسرهم، منهم 300 طفل."
    )
    assert claims == [("fighters_detained_abroad", "syria", 950), ("fighters_detained_abroad", "minors", 300)]


def test_women_and_children_held_in_camps_stay_fighters_held_abroad():
    claims = _read(
        "About 150 Moroccan women and 400 children remain in camps run by Kurdish forces in Syria."
    )
    assert {metric for metric, _, _ in claims} == {"fighters_detained_abroad"}


def test_the_next_item_of_a_list_of_parts_counts_what_the_first_item_counts():
    body = (
        "Quelque 700 Marocains sont toujours retenus dans des prisons syriennes. "
        "Parmi eux, on compte 210 femmes et 290 mineurs."
    )
    assert _read(body)[1:] == [
        ("fighters_detained_abroad", "women", 210),
        ("fighters_detained_abroad", "minors", 290),
    ]


def test_people_the_authorities_deported_home_are_repatriated_returnees():
    claims = _read("وكانت السلطات المغربية قد رحلت الشهر الماضي 12 مغربيا من سوريا.")
    assert claims == [("returnees", "repatriated", 12)]


def test_a_departure_told_with_the_same_verb_is_no_repatriation():
    assert _read("وقد رحل الباحث إلى سوريا سنة 2014 رفقة 3 من أصدقائه.") == []


def test_an_apposition_of_people_does_not_hide_the_country_of_the_camps():
    [claim] = claims_of(
        "Selon le parquet, 480 Marocains, combattants et proches, demeurent dans les camps du nord de la Syrie."
    )
    assert (claim.metric, claim.subset) == ("fighters_detained_abroad", "syria")
