"""Figures "released" with no one named for them, then a body named in the next sentence (engine-wild round):
the body that speaks next gave them."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2021, 5, 20)


def test_figures_released_by_no_one_named_are_the_body_named_next():
    for text in (
        "A total of 1,659 Moroccans have joined militant groups in Syria and Iraq since 2011, according to "
        "figures released on Tuesday. Some 270 of them have come back to Morocco, a senior official at the "
        "Central Bureau of Judicial Investigation told a conference in Rabat.",
        "Quelque 1659 Marocains ont rejoint la zone syro-irakienne depuis 2011, selon des chiffres dévoilés "
        "mardi. Quelque 270 d'entre eux sont revenus au Maroc, a indiqué un responsable du BCIJ lors d'une "
        "conférence à Rabat.",
        "التحق 1659 مغربيا بالتنظيمات الإرهابية في سوريا والعراق منذ 2011، وفق أرقام كشف عنها يوم الثلاثاء. "
        "وعاد 270 منهم إلى المغرب، حسب ما أفاد به مسؤول بالمكتب المركزي للأبحاث القضائية خلال ندوة بالرباط.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.attribution.org) for c in claims] == [(1659, "BCIJ"), (270, "BCIJ")], text


def test_figures_with_no_source_at_all_stay_the_outlets_when_a_body_speaks_next():
    claims = claims_of(
        "A total of 1,659 Moroccans have joined militant groups in Syria and Iraq since 2011. Some 270 of them "
        "have come back to Morocco, a senior official at the Central Bureau of Judicial Investigation said.",
        PUBLISHED,
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(1659, "unspecified"), (270, "BCIJ")]
