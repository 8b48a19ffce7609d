"""Issue 15 (traps): every item of an enumeration of a figure's parts ("among them A …, B … and C others") is a
part of that figure and counts what it counts, however each item is worded; fighters "returning" from the zones
are returnees. Every sentence here is written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_every_item_after_among_them_counts_what_the_whole_counts():
    assert values(
        "وأوضح المسؤول أن 88 شخصا عادوا من بؤر التوتر أحيلوا على العدالة، من بينهم 60 قادمين من سوريا، "
        "و18 عنصرا سابقا في داعش بليبيا، و10 آخرين رحلتهم تركيا."
    ) == [
        ("returnees_arrested", 88),
        ("returnees_arrested", 60),
        ("returnees_arrested", 18),
        ("returnees_arrested", 10),
    ]
    assert values(
        "Selon la procureure Amina Berrada, 52 personnes de retour de Syrie ont été déférées devant la justice, "
        "parmi lesquelles 30 rentrées d'Irak, 15 anciens membres d'Al-Qaïda et 7 autres livrées par la Turquie."
    ) == [
        ("returnees_arrested", 52),
        ("returnees_arrested", 30),
        ("returnees_arrested", 15),
        ("returnees_arrested", 7),
    ]


def test_fighters_returning_and_arrested_are_returnees_arrested():
    assert values(
        "The prosecutor said 75 Moroccan jihadists returning from Syria had been detained since 2016, including 12 last year."
    ) == [("returnees_arrested", 75), ("returnees_arrested", 12)]


def test_people_arrested_on_their_return_are_returnees_arrested():
    body = (
        "D'après le magistrat Karim Sefrioui, 1 500 Marocains sont partis combattre en Syrie. "
        "Parmi eux, 190 ont été arrêtés dès leur retour, a-t-il souligné."
    )
    assert values(body) == [("fighters_joined", 1500), ("returnees_arrested", 190)]


def test_a_part_without_a_noun_takes_the_metric_of_its_own_verb():
    body = (
        "Around 1,400 Moroccans travelled to the conflict zones, researcher Hind Alaoui writes. "
        "Of those, 210 have come back, she adds."
    )
    assert values(body) == [("fighters_joined", 1400), ("returnees", 210)]


def test_among_them_with_a_verb_of_presence_opens_a_part_of_the_figure_before():
    for body in (
        "D'après l'étude de Rachid Benali, 1 300 Marocains ont rejoint les rangs de Daech. Parmi eux figurent 240 femmes.",
        "Researcher Meryem Tahiri says 1,300 Moroccans joined ISIS. Among them are 240 women, she adds.",
    ):
        assert [(c.metric, c.value, c.subset) for c in claims_of(body)] == [
            ("fighters_joined", 1300, None),
            ("fighters_joined", 240, "women"),
        ]
