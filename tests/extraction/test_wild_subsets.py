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


def test_among_them_after_a_returnee_part_counts_returnees_arrested():
    for text in (
        "Le bilan de la lutte antiterroriste a été présenté jeudi. Plus de 1600 Marocains sont partis combattre "
        "dans les foyers de tension, dont 147 sont revenus au pays, a indiqué le ministère de l'Intérieur. "
        "Parmi eux, 132 ont été arrêtés et déférés à la justice.",
        "The counter-terrorism review was presented on Thursday. More than 1,600 Moroccans left to fight "
        "abroad, of whom 147 have come back, the Interior Ministry said. Of those, 132 were arrested and brought "
        "to trial.",
    ):
        claims = claims_of(text, date(2017, 3, 10))
        assert [(c.value, c.metric) for c in claims] == [
            (1600, "fighters_joined"),
            (147, "returnees"),
            (132, "returnees_arrested"),
        ], text


def test_among_them_after_fighters_counts_the_fighters_killed():
    claims = claims_of(
        "Le bilan de la lutte antiterroriste a été présenté jeudi. Plus de 1600 Marocains sont partis combattre "
        "dans les foyers de tension, a indiqué le ministère de l'Intérieur. Parmi eux, 250 ont été tués.",
        date(2017, 3, 10),
    )
    assert [(c.value, c.metric) for c in claims] == [(1600, "fighters_joined"), (250, "fighters_killed")]


def test_a_part_named_before_its_whole_is_counted_too():
    for text in (
        "The ministry also said that 758 of the 1,579 Moroccans who had left to fight in Syria, Iraq or Libya "
        "had joined the Islamic State group.",
        "Selon le ministère, 758 des 1579 combattants marocains partis en Syrie, en Irak ou en Libye ont "
        "rejoint Daech.",
        "وأوضحت الوزارة أن 758 من أصل 1579 مقاتلا مغربيا في سوريا والعراق وليبيا التحقوا بتنظيم داعش.",
    ):
        claims = claims_of(text, date(2015, 11, 20))
        assert [(c.value, c.metric) for c in claims] == [
            (758, "fighters_joined"),
            (1579, "fighters_joined"),
        ], text


def test_a_whole_named_first_keeps_its_part():
    claims = claims_of(
        "Sur 1 500 combattants marocains, 300 sont revenus au Maroc, selon la DGST.", date(2015, 11, 20)
    )
    assert [c.value for c in claims] == [1500, 300]


def test_an_item_added_with_as_well_as_is_the_next_part_of_the_list():
    frames = (
        (
            "أفادت وزارة الداخلية بأنها تتابع ملفات 277 مغربيا من عائلات عناصر داعش في مخيمات سوريا والعراق. "
            "وأوضح التقرير أن من بين هؤلاء 182 طفلا، إلى جانب 65 رجلا و30 امرأة."
        ),
        (
            "Le ministère de l'Intérieur suit les dossiers de 277 Marocains de familles de membres de Daech dans "
            "les camps en Syrie et en Irak. Parmi eux figurent 182 enfants, ainsi que 65 hommes et 30 femmes."
        ),
        (
            "The Interior Ministry is following the files of 277 Moroccans from families of ISIS members held in "
            "camps in Syria and Iraq. Among them are 182 children, as well as 65 men and 30 women."
        ),
    )
    for text in frames:
        claims = claims_of(text, date(2022, 11, 2))
        assert [(c.value, c.metric) for c in claims] == [
            (277, "fighters_detained_abroad"),
            (182, "fighters_detained_abroad"),
            (65, "fighters_detained_abroad"),
            (30, "fighters_detained_abroad"),
        ], text


def test_the_number_of_those_who_returned_counts_returnees_in_english():
    claims = claims_of(
        "According to the BCIJ, some 1,659 Moroccan fighters are in the Syrian-Iraqi zone. The number of those "
        "who have returned to Morocco stands at about 270, the bureau said.",
        date(2021, 5, 18),
    )
    assert [(c.value, c.metric, c.qualifier) for c in claims][-1] == (270, "returnees", "about")
    assert len(claims) == 2


def test_men_set_against_women_in_an_english_breakdown_are_men():
    claims = claims_of(
        "The Interior Ministry is following the files of 277 Moroccans from families of ISIS members held in "
        "camps in Syria and Iraq. Among them are 182 children, as well as 65 men and 30 women.",
        date(2022, 11, 2),
    )
    assert [(c.value, c.subset) for c in claims] == [(277, None), (182, "minors"), (65, "men"), (30, "women")]
    [alone] = claims_of(
        "Police arrested two men suspected of links to ISIS, the DGSN said.", date(2022, 11, 2)
    )
    assert alone.subset is None
