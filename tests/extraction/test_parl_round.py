"""corpus_parl / corpus_oped round: parliament and government voices, op-eds and columns. A return and a
prosecution of the same people joined by "and" count every returnee, an amount of money is no count, a number a
hypothesis needs is no count, and the other behaviours the corpora found (one behaviour per test, in other words
than the corpora)."""

from datetime import date

from .helpers import claims_of


def metrics(body, published=date(2025, 3, 5)):
    return [(c.metric, c.value) for c in claims_of(body, published)]


def test_returned_and_all_prosecuted_counts_every_returnee():
    assert metrics(
        "Le ministre a indiqué que 256 combattants sont revenus au pays et ont tous été déférés au parquet."
    ) == [("returnees", 256)]
    assert metrics("وأفاد المسؤول أن 256 مقاتلا رجعوا إلى المملكة وتمت إحالتهم على العدالة.") == [
        ("returnees", 256)
    ]


def test_returnees_who_were_arrested_stay_arrests():
    assert metrics("Officials said 97 fighters who came back from Syria had been arrested since 2015.")[
        0
    ] == (
        "returnees_arrested",
        97,
    )
    assert metrics("وأعلنت المصالح الأمنية توقيف 40 شخصا عادوا من بؤر التوتر.") == [("returnees_arrested", 40)]


def test_an_amount_of_money_is_no_count():
    assert metrics(
        "Près de 700 combattants marocains ont été tués en Syrie. Le budget de l'administration pénitentiaire "
        "a atteint 3,1 milliards de dirhams."
    ) == [("fighters_killed", 700)]
    assert metrics("لقي 700 مقاتل مغربي حتفهم في سوريا. وبلغت ميزانية السجون 3 مليارات درهم.") == [
        ("fighters_killed", 700)
    ]


def test_a_number_a_hypothesis_needs_is_no_count():
    assert metrics("Il suffit de rappeler qu'une cellule bien organisée suffit à semer la terreur.") == []
    assert metrics("ويكفي أن نذكر بأن خلية واحدة منظمة كافية لزرع الرعب.") == []
