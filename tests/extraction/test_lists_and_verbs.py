"""Enumerations share their first item's noun and metric; a verb after a bare number says what it counts."""

from datetime import date

from .helpers import claims_of


def readings(text):
    return [(c.metric, c.value, c.period.type, c.period.start) for c in claims_of(text)]


def test_each_item_of_an_arabic_list_takes_the_noun_and_its_own_year():
    assert readings("وفكك المكتب 23 خلية سنة 2016 و17 سنة 2017 و8 سنة 2018.") == [
        ("cells_dismantled", 23, "year", "2016"),
        ("cells_dismantled", 17, "year", "2017"),
        ("cells_dismantled", 8, "year", "2018"),
    ]


def test_a_french_breakdown_after_dont_keeps_the_metric_and_binds_each_year():
    assert readings(
        "Au total, 140 cellules ont été démantelées depuis 2002, dont 18 en 2016 et 12 en 2017."
    ) == [
        ("cells_dismantled", 140, "since", "2002"),
        ("cells_dismantled", 18, "year", "2016"),
        ("cells_dismantled", 12, "year", "2017"),
    ]


def test_an_english_list_of_years_is_distributed():
    got = readings("The bureau broke up 20 terrorist cells in 2016, 11 in 2017 and seven in 2018.")
    assert got == [
        ("cells_dismantled", 20, "year", "2016"),
        ("cells_dismantled", 11, "year", "2017"),
        ("cells_dismantled", 7, "year", "2018"),
    ]


def test_a_range_of_ages_is_not_a_list():
    assert readings("أوقفت المصالح أربعة أشخاص موالين لداعش، تتراوح أعمارهم بين 19 و34 سنة.") == [
        ("persons_arrested", 4, "event", None)  # one operation's arrests, undated (test_undated_operation.py)
    ]


def test_a_number_followed_by_a_verb_of_dying_counts_fighters_killed():
    got = readings("ومن بين المقاتلين المغاربة في سوريا، 310 لقوا حتفهم في المعارك.")
    assert got[0][:2] == ("fighters_killed", 310)


def test_a_number_followed_by_a_verb_of_leaving_counts_fighters_joined():
    got = readings("وأكد المسؤول أن 1500 مغادرا... ")  # no verb frame: a noun the engine does not track
    assert got == []
    got = readings("وبحسب الأرقام، فإن 1210 غادروا المغرب للالتحاق بالتنظيمات المتطرفة في سوريا.")
    assert got[0][:2] == ("fighters_joined", 1210)


def test_french_and_english_verbs_of_return():
    assert readings("Parmi les combattants partis en Syrie, 130 sont rentrés au Maroc.")[0][:2] == (
        "returnees",
        130,
    )
    assert readings("Of the fighters who went to Syria, 140 have returned to Morocco.")[0][:2] == (
        "returnees",
        140,
    )


def test_people_killed_in_an_attack_are_victims_not_fighters():
    assert readings("L'attentat de 2011 à Marrakech, qui avait fait 17 morts, a marqué le pays.") == []
    assert readings("The 2003 Casablanca bombings killed 33 people.") == []


def test_a_cell_that_cares_for_women_victims_of_violence_is_not_a_terrorist_cell():
    assert readings("وأحدثت المديرية 440 خلية للتكفل بالنساء ضحايا العنف.") == []


def test_a_breakdown_after_dont_keeps_its_subset_and_the_next_verb_its_own_metric():
    got = claims_of(
        "Quelque 1 350 Marocains combattent dans les rangs de groupes jihadistes, dont 210 anciens détenus, "
        "240 ont été tués en Syrie et 45 en Irak."
    )
    assert [(c.metric, c.value, c.subset) for c in got] == [
        ("fighters_joined", 1350, None),
        ("fighters_joined", 210, "former_detainees"),
        # parts placed in one zone carry it, as corpus_fren's gold has it ("246 ont été tués en Syrie et 40 en Irak")
        ("fighters_killed", 240, "syria"),
        ("fighters_killed", 45, "iraq"),
    ]


def test_another_countrys_figures_are_not_claims():
    assert readings("وأعلنت وزارة الداخلية أن الوحدات الأمنية فككت 58 خلية إرهابية سنة 2024، في تونس.") == []
    assert readings("La police espagnole a arrêté 41 jihadistes présumés en 2023.") == []
    assert readings("Worldwide, the index counted 3,350 terrorist attacks last year.") == []


def test_a_joint_operation_abroad_is_still_moroccos_figure():
    got = readings("وفككت المصالح الأمنية 3 خلايا إرهابية في إسبانيا بتنسيق مع الشرطة الإسبانية سنة 2023.")
    assert [(m, v) for m, v, *_ in got] == [("cells_dismantled", 3)]


def test_a_stock_held_in_camps_abroad_and_its_breakdown_by_men_women_children():
    got = claims_of(
        "وأوضح التقرير أن عدد المحتجزين في المخيمات بلغ 265 شخصا، يتوزعون على 58 رجلا و27 امرأة و180 طفلا."
    )
    assert [(c.metric, c.value, c.subset) for c in got] == [
        ("fighters_detained_abroad", 265, None),
        # (men by their noun, as corpus_ar and corpus_abroad code them)
        ("fighters_detained_abroad", 58, "men"),
        ("fighters_detained_abroad", 27, "women"),
        ("fighters_detained_abroad", 180, "minors"),
    ]


def test_people_brought_to_justice_in_another_clause_are_not_returnees():
    got = readings(
        "وعاد خلال سنة 2021 ما مجموعه 112 شخصا من المنطقة السورية العراقية، وتم تقديم 21 شخصا أمام العدالة."
    )
    assert [(m, v) for m, v, *_ in got] == [("returnees", 112), ("persons_arrested", 21)]


def test_a_part_with_its_own_verb_before_among_them_takes_that_verbs_metric():
    got = claims_of("وسجل التقرير أن 280 من النساء التحقن ببؤر التوتر، عادت من بينهن 48 امرأة.")
    assert [(c.metric, c.value, c.subset) for c in got] == [
        ("fighters_joined", 280, "women"),
        ("returnees", 48, "women"),
    ]


def test_a_verb_of_dying_in_arabic_counts_fighters_killed():
    got = readings(
        "وأضاف أن 190 مقاتلا مغربيا عادوا من المنطقة السورية العراقية، فيما قضى 52 مقاتلا بذات المنطقة."
    )
    assert [(m, v) for m, v, *_ in got] == [("returnees", 190), ("fighters_killed", 52)]


def test_a_table_printed_as_text_gives_one_claim_per_cell_with_its_row_year():
    body = (
        "حصيلة المكتب المركزي للأبحاث القضائية حسب السنوات:\n"
        "السنة | الخلايا المفككة | الموقوفون\n"
        "2015 | 20 | 270\n"
        "2016 | 18 | 265\n"
        "المجموع | 38 | 535\n"
    )
    got = [(c.metric, c.value, c.period.type, c.period.start, c.period.end) for c in claims_of(body)]
    assert got == [
        ("cells_dismantled", 20, "year", "2015", "2015"),
        ("persons_arrested", 270, "year", "2015", "2015"),
        ("cells_dismantled", 18, "year", "2016", "2016"),
        ("persons_arrested", 265, "year", "2016", "2016"),
        ("cells_dismantled", 38, "range", "2015", "2016"),
        ("persons_arrested", 535, "range", "2015", "2016"),
    ]


def test_people_counted_by_their_number_take_the_verb_of_their_clause():
    got = readings("أما المقاتلون الذين عادوا من سوريا إلى المغرب فعددهم 265، وقد أحيل 130 منهم على العدالة.")
    assert [(m, v) for m, v, *_ in got] == [("returnees", 265), ("returnees_arrested", 130)]


def test_the_fates_after_a_semicolon_are_read_by_their_verbs():
    fr = claims_of(
        "D'après le bureau, 1 500 Marocains sont partis en Syrie ; 600 y ont péri et 250 sont revenus."
    )
    en = claims_of(
        "By the ministry's count, 1,500 Moroccans joined militant groups in Syria; 600 died there and 250 came home."
    )
    for claims in (fr, en):
        assert [(c.metric, c.value) for c in claims] == [
            ("fighters_joined", 1500),
            ("fighters_killed", 600),
            ("returnees", 250),
        ]


def test_a_contrast_with_last_year_is_an_item_with_its_own_year():
    claims = claims_of(
        "Le BCIJ a démantelé 9 cellules terroristes cette année, contre 12 l'an dernier.", date(2024, 12, 30)
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (9, "year", "2024"),
        (12, "year", "2023"),
    ]


def test_people_referred_to_prosecutors_are_persons_arrested():
    claims = claims_of(
        "In March, fourteen were referred to the prosecutor in terrorism cases.", date(2024, 12, 30)
    )
    assert [(c.metric, c.value) for c in claims] == [("persons_arrested", 14)]


def test_a_running_total_followed_by_its_figure_per_year_hands_its_period_on():
    claims = claims_of(
        "Le BCIJ a démantelé 60 cellules depuis 2015, a indiqué son directeur. Sur cette même période, 700 "
        "personnes ont été interpellées, dont 300 en 2023 et 400 en 2024, a-t-il précisé. Parmi les cellules "
        "démantelées, 50 étaient liées à Daech.",
        date(2024, 12, 30),
    )
    assert (claims[-1].value, claims[-1].period.type, claims[-1].period.start) == (50, "since", "2015")


def test_a_list_item_with_its_own_qualifier_and_period_is_read_with_them():
    claims = claims_of(
        "The bureau said it had broken up 4 cells in 2024 and more than 90 since it was created in 2015.",
        date(2024, 12, 30),
    )
    assert [(c.value, c.qualifier, c.period.type, c.period.start) for c in claims] == [
        (4, "exact", "year", "2024"),
        (90, "more_than", "since", "2015"),
    ]


def test_the_period_after_a_qualified_list_item_is_its_own():
    claims = claims_of(
        "The bureau has dismantled more than 200 cells since 2002 and more than 30 tied to the Sahel in recent years.",
        date(2024, 12, 30),
    )
    assert [(c.value, c.period.type) for c in claims] == [(200, "since"), (30, "unspecified")]
