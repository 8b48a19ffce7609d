"""Long-form reporting (annual reviews, ministers' answers, wire copy): breakdowns, cases, the figure
followed over the years, members of a dismantled cell, relative years inside a list."""

from datetime import date

from .helpers import claims_of


def readings(text, published=date(2024, 12, 30)):
    return [(c.metric, c.value, c.period.type, c.period.start) for c in claims_of(text, published)]


def test_every_item_of_a_breakdown_counts_what_the_whole_counts_whatever_its_own_words():
    got = readings(
        "وقدمت الشرطة القضائية هذه السنة 40 شخصا أمام النيابة العامة في قضايا الإرهاب، وتوزع هؤلاء بين "
        "عشرة أشخاص خططوا للالتحاق بتنظيمات مسلحة في الساحل، و25 شخصا من أجل الإشادة بالإرهاب، "
        "وخمسة متورطين في التحضير لاعتداءات."
    )
    assert [metric for metric, *_ in got] == ["persons_arrested"] * 4
    assert [value for _, value, *_ in got] == [40, 10, 25, 5]


def test_an_item_of_a_breakdown_followed_by_its_own_verb_keeps_the_wholes_metric():
    got = readings("وبلغ عدد العائدين 300 شخص، توزعوا بين 240 رجعوا من سوريا و60 جاؤوا من ليبيا.")
    assert [(m, v) for m, v, *_ in got] == [("returnees", 300), ("returnees", 240), ("returnees", 60)]


def test_cases_counted_year_by_year_are_the_people_the_sentence_counts():
    got = readings(
        "وارتفع عدد الأشخاص المقدمين أمام القضاء في ملفات الإرهاب بين 2018 و2022 إلى 150 شخصا، "
        "وسجلت سنة 2018 لوحدها 41 حالة، مقابل 30 في 2019."
    )
    assert got == [
        ("persons_arrested", 150, "range", "2018"),
        ("persons_arrested", 41, "year", "2018"),
        ("persons_arrested", 30, "year", "2019"),
    ]


def test_the_figure_followed_as_it_falls_and_rises_keeps_its_metric_and_takes_each_year():
    got = readings(
        "En 2020, 31 personnes ont été interpellées pour terrorisme. L'année suivante, ce chiffre est passé à 27."
    )
    assert got == [("persons_arrested", 31, "year", "2020"), ("persons_arrested", 27, "year", "2021")]


def test_a_contrast_with_another_year_is_an_item_of_the_same_figure():
    got = readings("Le bureau a démantelé 16 cellules en 2019, contre 12 en 2018.")
    assert got == [("cells_dismantled", 16, "year", "2019"), ("cells_dismantled", 12, "year", "2018")]


def test_the_year_that_followed_counts_from_the_year_stated_before_it_in_the_list():
    got = readings(
        "فككت المصالح الأمنية 17 خلية سنة 2016، و13 خلية في السنة التي تلتها، ثم 8 خلايا سنة 2019."
    )
    assert got == [
        ("cells_dismantled", 17, "year", "2016"),
        ("cells_dismantled", 13, "year", "2017"),
        ("cells_dismantled", 8, "year", "2019"),
    ]


def test_the_members_of_a_dismantled_cell_are_arrested_even_far_from_the_word_cell():
    got = readings(
        "فككت المصالح الأمنية يوم الاثنين خلية إرهابية تنشط بمدينة فاس وموالية لداعش تتكون من خمسة متشددين."
    )
    assert ("persons_arrested", 5) in [(m, v) for m, v, *_ in got]


def test_supporters_of_an_organisation_are_not_people_who_left_to_fight():
    got = readings("La police a démantelé mardi une cellule de six membres, partisans de Daech, à Fès.")
    assert [(m, v) for m, v, *_ in got] == [("persons_arrested", 6)]


def test_an_english_count_of_suspects_reaches_its_noun_past_an_organisations_name():
    got = readings("Police arrested three suspected Islamic State supporters in Oujda on Monday.")
    assert [(m, v) for m, v, *_ in got] == [("persons_arrested", 3)]


def test_members_named_with_a_possessive_are_people():
    got = readings("أعلنت السلطات تفكيك خلية إرهابية وتوقيف خمسة من عناصرها بمدينة وجدة.")
    assert ("persons_arrested", 5) in [(m, v) for m, v, *_ in got]


def test_fighters_still_held_abroad_are_detained_not_still_fighting_and_their_parts_follow():
    got = readings("ولا يزال 180 مقاتلا مغربيا قيد الاحتجاز، 150 منهم في سوريا و30 في العراق.")
    assert [(m, v) for m, v, *_ in got] == [
        ("fighters_detained_abroad", 180),
        ("fighters_detained_abroad", 150),
        ("fighters_detained_abroad", 30),
    ]


def test_celui_des_names_the_noun_of_the_second_figure():
    claims = claims_of(
        "Les services estiment à 150 le nombre de femmes et à 310 celui des mineurs partis rejoindre Daech en Syrie."
    )
    assert [(c.value, c.subset) for c in claims] == [(150, "women"), (310, "minors")]


def test_the_figure_said_to_exceed_a_number_now_is_a_new_figure_of_the_same_count():
    claims = claims_of(
        "Il y a trois ans, les autorités évoquaient 190 cellules démantelées depuis 2002 ; ce chiffre excède "
        "désormais 215."
    )
    assert [(c.metric, c.value, c.qualifier) for c in claims] == [
        ("cells_dismantled", 190, "exact"),
        ("cells_dismantled", 215, "more_than"),
    ]


def test_a_clause_after_a_semicolon_that_names_its_source_speaks_for_its_figure():
    claims = claims_of(
        "La DGSN a indiqué avoir démantelé 190 cellules depuis 2002 ; le chiffre dépasse aujourd'hui 215, "
        "d'après une source sécuritaire."
    )
    assert [c.attribution.org for c in claims] == ["DGSN", "official_unspecified"]


def test_every_part_of_a_partition_joined_by_et_is_read_whatever_its_verb():
    claims = claims_of(
        "Parmi les 15 cellules neutralisées en 2022, 9 obéissaient à la branche sahélienne de l'État islamique "
        "et 6 opéraient de façon autonome."
    )
    assert [(c.value, c.subset) for c in claims] == [(15, None), (9, "sahel_linked"), (6, "autonomous")]


def test_the_sahel_branch_of_a_group_is_sahel_linked():
    claims = claims_of(
        "وفككت المصالح الأمنية 10 خلايا إرهابية خلال سنة 2022، كانت سبع منها تابعة لفرع داعش في منطقة الساحل."
    )
    assert [(c.value, c.subset) for c in claims] == [(10, None), (7, "sahel_linked")]


def test_the_people_the_judicial_police_referred_and_their_breakdown_are_its_own_series():
    claims = claims_of(
        "وأحالت الفرقة الوطنية للشرطة القضائية خلال سنة 2024 على النيابة العامة 50 شخصا في قضايا الإرهاب. "
        "وتوزع هؤلاء بين 20 شخصا من أجل الإشادة بالإرهاب، و30 من أجل التحريض على الالتحاق بتنظيمات إرهابية."
    )
    assert [(c.value, c.subset) for c in claims] == [
        (50, "judicial_police"),
        (20, "judicial_police"),
        (30, "judicial_police"),
    ]


def test_the_items_of_a_year_by_year_list_count_what_the_figure_before_counts():
    got = readings(
        "Le bureau a démantelé 40 cellules terroristes depuis 2019. Le détail année par année, selon son "
        "directeur : 12 en 2019, 10 en 2020, 9 en 2021 et 9 en 2022."
    )
    assert got[1:] == [
        ("cells_dismantled", 12, "year", "2019"),
        ("cells_dismantled", 10, "year", "2020"),
        ("cells_dismantled", 9, "year", "2021"),
        ("cells_dismantled", 9, "year", "2022"),
    ]


def test_a_sentence_opening_on_the_people_of_the_figure_before_counts_a_part_of_it():
    claims = claims_of(
        "وأدانت المحاكم 35 عائدا من بؤر التوتر خلال السنة الماضية. ومن بين هؤلاء 6 نساء رجعن من مخيمات الشمال السوري."
    )
    assert [(c.metric, c.value, c.subset) for c in claims] == [
        ("returnees_arrested", 35, None),
        ("returnees_arrested", 6, "women"),
    ]
