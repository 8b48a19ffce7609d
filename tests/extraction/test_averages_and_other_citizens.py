"""Issue 15 (traps): an average rate is no count of the record, and another country's "own citizens" in a
clause that names no Morocco are that country's figure, even when the sentence speaks of Moroccans elsewhere.
Every sentence here is written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_an_average_rate_is_not_a_count():
    assert (
        values(
            "Dans ses premières années, le Bureau démantelait en moyenne 18 cellules par an, note le chercheur Youssef Amrani."
        )
        == []
    )
    assert (
        values(
            "In its first years the bureau broke up an average of 17 cells a year, according to analyst Leila Bennani."
        )
        == []
    )
    assert values("وكانت الأجهزة الأمنية تفكك بمعدل 15 خلية سنويا بحسب الباحث.") == []


def test_a_count_beside_its_average_stays():
    assert values("The BCIJ dismantled 12 cells in 2023, averaging one a month.") == [
        ("cells_dismantled", 12)
    ]


def test_another_country_s_own_citizens_in_a_clause_of_their_own_are_not_morocco_s():
    assert (
        values(
            "Les auteurs appellent le Maroc à rapatrier ses ressortissants, comme l'a fait le Kosovo, qui a récupéré 110 de ses ressortissants."
        )
        == []
    )
    assert (
        values(
            "وطالبت الباحثة نادية الشرقاوي بإعادة المغاربة المحتجزين في سوريا، كما فعلت أوزبكستان التي أعادت 500 من مواطنيها."
        )
        == []
    )


def test_morocco_s_own_nationals_stay_a_claim():
    assert values("Morocco repatriated 8 of its nationals from Syria in 2019, the report recalls.") == [
        ("returnees", 8)
    ]
