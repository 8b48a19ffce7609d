"""One zone convention (docs/conventions.md): a figure whose own words place it in Syria and Iraq together carries
`syria_iraq_linked` when the people joined, left for or died there; people held abroad carry one country only (held
in Syria and Iraq together is the whole stock); a part "of them" and returnees carry no zone of their own."""

from .helpers import claims_of


def _pairs(text):
    return [(c.metric, c.value, c.subset) for c in claims_of(text)]


def test_people_held_in_syria_and_iraq_together_are_the_whole_stock_held_abroad():
    ar = _pairs("وقدرت جمعية حقوقية عدد المغاربة المحتجزين في سوريا والعراق بحوالي 320 شخصا.")
    fr = _pairs("Quelque 310 Marocains seraient encore détenus en Irak et en Syrie, selon une ONG.")
    en = _pairs(
        "Around 290 Moroccans are still held in prisons and camps in Syria and Iraq, a rights group said."
    )
    assert ar == [("fighters_detained_abroad", 320, None)]
    assert fr == [("fighters_detained_abroad", 310, None)]
    assert en == [("fighters_detained_abroad", 290, None)]


def test_held_in_syria_iraq_and_turkey_is_no_zone():
    en = _pairs("Some 240 Moroccans were then detained in Syria, Iraq and Turkey, the mission found.")
    assert [s for _m, _v, s in en] == [None]


def test_departures_to_la_syrie_et_l_irak_carry_the_zone():
    fr = _pairs("Les services comptent environ 1 550 départs vers la Syrie et l'Irak depuis 2013.")
    assert fr == [("fighters_joined", 1550, "syria_iraq_linked")]


def test_killed_in_syria_and_iraq_carry_the_zone_but_a_part_of_them_does_not():
    own = _pairs("وحسب باحثين، لقي 720 مقاتلا مغربيا مصرعهم في سوريا والعراق.")
    part = _pairs("Some 1,600 Moroccans joined armed groups in Syria and Iraq, and 700 of them were killed.")
    assert own == [("fighters_killed", 720, "syria_iraq_linked")]
    assert ("fighters_killed", 700, None) in part


def test_the_zone_after_the_number_is_the_figures_own_not_the_one_in_the_sources_name():
    fr = _pairs(
        "L'Association des familles des prisonniers en Syrie et en Irak dénombre 450 Marocains retenus dans le "
        "nord-est syrien."
    )
    assert fr == [("fighters_detained_abroad", 450, "syria")]


def test_what_became_of_them_takes_no_group_of_its_own():
    en = _pairs(
        "Some 1,580 Moroccans joined jihadist groups in Syria and Iraq, mostly ISIS, and 690 of them died in combat."
    )
    fr = _pairs(
        "Quelque 1 580 Marocains ont rejoint la zone syro-irakienne. Près de 850 d'entre eux combattraient toujours "
        "dans les rangs du groupe État islamique."
    )
    assert ("fighters_killed", 690, None) in en
    assert fr == [("fighters_joined", 1580, "syria_iraq_linked"), ("fighters_in_zone", 850, None)]
