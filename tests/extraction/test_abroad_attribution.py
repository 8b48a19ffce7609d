"""corpus_abroad round: a ministry placed in a foreign capital is that country's (not Morocco's), and relatives
named as the source give their sentence's figures (the body named before does not go on speaking). Sentences
written for the test."""

from .helpers import claims_of


def sources(body):
    return [(c.value, c.attribution.org) for c in claims_of(body)]


def test_an_interior_ministry_official_in_a_foreign_capital_is_no_moroccan_ministry():
    body = "Moroccan and French officers ran 5 joint operations in 2023, an interior ministry spokesman in Paris said."
    assert sources(body) == [(5, "unspecified")]


def test_an_arabic_ministry_placed_in_a_foreign_capital_is_no_moroccan_ministry():
    assert sources("وقال مصدر من وزارة الداخلية في مدريد إن البلدين نفذا 11 عملية مشتركة سنة 2022.") == [
        (11, "unspecified")
    ]


def test_the_moroccan_interior_ministry_stays_the_ministry():
    assert sources("Selon le ministère de l'Intérieur, 9 cellules ont été démantelées en 2023.") == [
        (9, "MOI")
    ]


def test_relatives_named_as_source_give_their_sentence_s_figure():
    body = (
        "Selon la DGST, 300 Marocaines ont rejoint des groupes jihadistes en Syrie. "
        "D'après leurs proches, 80 d'entre elles restent détenues dans des camps en Syrie."
    )
    assert sources(body) == [(300, "DGST"), (80, "unspecified")]


def test_arabic_families_named_as_source_give_their_sentence_s_figure():
    body = (
        "وحسب المديرية العامة للأمن الوطني، يوجد 40 مغربيا في السجون العراقية. "
        "وحسب أسر المعتقلين، يقبع 60 مغربيا آخرين في سجون شمال سوريا."
    )
    assert sources(body) == [(40, "DGSN"), (60, "unspecified")]
