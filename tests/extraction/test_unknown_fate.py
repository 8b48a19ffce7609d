"""Fighters whose fate is unknown (`fighters_unknown_fate`): the predicate of the clause, with or without a
noun; a part of a group the noun names keeps the group's subset."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.subset, c.value) for c in claims_of(body)]


def test_people_who_left_and_remain_unaccounted_for_are_of_unknown_fate():
    body = "A researcher estimates that at least 300 Moroccans who went to Syria and Iraq remain unaccounted for."
    assert [metric for metric, _, _ in _read(body)] == ["fighters_unknown_fate"]


def test_others_whose_fate_remains_unknown_in_french():
    body = "Sur les 1 600 Marocains partis en Syrie, 700 ont été tués et le sort de 350 autres reste inconnu."
    assert _read(body)[-1] == ("fighters_unknown_fate", None, 350)


def test_a_number_of_unknown_fate_in_arabic():
    body = "وأضاف أن 1500 مغربي التحقوا بسوريا، قتل منهم 600، فيما لا يزال 300 مجهولي المصير."
    assert _read(body)[-1] == ("fighters_unknown_fate", None, 300)


def test_still_in_the_zone_or_of_unknown_fate_stays_in_the_zone():
    body = "وتشير المعطيات إلى أن 1500 مغربي غادروا نحو سوريا، لا يزال 900 منهم في المنطقة أو مجهولي المصير."
    assert _read(body)[-1] == ("fighters_in_zone", None, 900)


def test_a_part_of_a_group_of_women_are_women():
    body = "وأوضح المصدر أن 150 امرأة التحقن بسوريا عادت منهن 40."
    assert _read(body)[-1] == ("returnees", "women", 40)
