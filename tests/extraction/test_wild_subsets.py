"""Subsets read wrongly on fresh press copy (engine-wild round): a record in terrorism cases said in French
and English is a former detainee's, as it is in Arabic ("ذوي السوابق في قضايا الإرهاب")."""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2021, 5, 20)


def test_a_prior_record_in_terrorism_cases_marks_former_detainees():
    for text in (
        "A total of 1,659 Moroccans have joined militant groups in Syria and Iraq, including 225 with a prior "
        "terrorism record, the BCIJ said.",
        "Selon le BCIJ, 1659 combattants marocains ont rejoint la zone syro-irakienne, dont 225 ayant des "
        "antécédents dans des affaires de terrorisme.",
        "Selon le BCIJ, 1659 combattants marocains ont rejoint la zone syro-irakienne, dont 225 ayant des "
        "antécédents terroristes.",
    ):
        claims = claims_of(text, PUBLISHED)
        assert [(c.value, c.subset) for c in claims][-1] == (225, "former_detainees"), text


def test_a_record_not_in_terrorism_cases_stays_a_criminal_record():
    claims = claims_of(
        "Selon le BCIJ, 1659 combattants marocains ont rejoint la zone syro-irakienne, dont 225 ayant des "
        "antécédents judiciaires.",
        PUBLISHED,
    )
    assert [(c.value, c.subset) for c in claims][-1] == (225, "with_criminal_record")


def test_the_dead_of_an_attack_killed_by_it_are_not_a_count_of_the_record():
    for text in (
        "Over 2,000 people have been detained under the anti-terrorism law since the 2003 Casablanca bombings, "
        "which killed 45 people including 12 bombers.",
        "Plus de 2000 personnes ont été interpellées pour terrorisme depuis les attentats de Casablanca de 2003, "
        "qui ont tué "
        "45 personnes dont 12 kamikazes.",
        "اعتقلت السلطات أزيد من 2000 شخص في قضايا الإرهاب منذ تفجيرات الدار البيضاء سنة 2003 التي أودت بحياة 45 "
        "شخصا بينهم 12 "
        "انتحاريا.",
    ):
        claims = claims_of(text, date(2009, 11, 2))
        assert [(c.value, c.metric) for c in claims] == [(2000, "persons_arrested")], text
