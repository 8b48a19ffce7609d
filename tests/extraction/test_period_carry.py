"""Round 3: the period a report's figures go on counting in, and where a period is stated around them.

A sentence that states no period, by the source that gave the figure before, continues that figure's
period ("The bureau's work also led to 1,100 arrests" after "120 cells since 2015"); a list of years, a
running total of fighters, or another source does not hand its period on.
"""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2022, 6, 14)


def periods(body):
    return [(c.metric, c.value, c.period.type, c.period.start) for c in claims_of(body, PUBLISHED)]


def test_a_later_sentence_by_the_same_source_counts_in_the_running_total_s_period():
    found = periods(
        "The BCIJ has taken apart 71 terrorist cells since 2015, its director told a news agency. "
        "Its investigations also led to the arrest of 1,120 terrorism suspects, its director added."
    )
    assert found[1] == ("persons_arrested", 1120, "since", "2015")


def test_a_french_continuation_takes_the_period_of_the_figure_before():
    found = periods(
        "Selon la DGST, 38 cellules ont été démantelées depuis 2016. "
        "Les enquêtes ont par ailleurs abouti à l'interpellation de 640 suspects, selon la DGST."
    )
    assert found[1] == ("persons_arrested", 640, "since", "2016")


def test_an_arabic_continuation_takes_the_year_of_the_figure_before():
    found = periods(
        "قال الناطق الرسمي باسم الحكومة إن المصالح الأمنية فككت ست خلايا إرهابية خلال سنة 2021. "
        "وأضاف المسؤول الحكومي أن أربعا من الخلايا الست كانت موالية لتنظيم داعش."
    )
    assert found[1][2:] == ("year", "2021")


def test_fighters_after_a_cells_total_keep_their_own_running_total():
    found = periods(
        "The BCIJ has taken apart 71 terrorist cells since 2015, its director said. "
        "He added that 1,500 Moroccans had left to fight in Syria and Iraq."
    )
    assert found[1] == ("fighters_joined", 1500, "cumulative_unspecified", None)


def test_a_list_of_years_does_not_hand_one_of_its_years_on():
    found = periods(
        "Selon la DGST, 14 cellules ont été démantelées en 2017 et 11 en 2018. "
        "Ces opérations ont conduit à l'arrestation de 230 suspects, selon la DGST."
    )
    assert found[-1][2] != "year" or found[-1][3] is None


def test_another_source_does_not_inherit_the_period():
    found = periods(
        "The BCIJ has taken apart 71 terrorist cells since 2015, its director said. "
        "A researcher at a Rabat think tank estimates that 900 people were detained, according to his study."
    )
    assert found[1][2] != "since"


def test_the_same_year_takes_the_last_year_stated_not_a_longer_period():
    found = periods(
        "قالت المديرية إن المكتب فكك 30 خلية خلال السنوات الثلاث الأخيرة، منها 8 خلايا سنة 2021. "
        "كما أحيل 52 شخصا على النيابة العامة في قضايا الإرهاب خلال السنة ذاتها، حسب المديرية."
    )
    assert found[-1][2:] == ("year", "2021")


def test_the_same_period_is_the_head_figure_s_not_the_day_it_was_announced():
    found = periods(
        "Morocco's security services have broken up 180 terrorist cells since 2002, the head of the BCIJ "
        "said on Tuesday. Over the same period, they foiled 350 terrorist plots."
    )
    assert found[1] == ("plots_foiled", 350, "since", "2002")


def test_ordinal_years_count_from_the_first_year_of_the_total_before():
    found = periods(
        "وحسب المديرية، فكك المكتب 45 خلية منذ سنة 2015. وأضاف المسؤول أن هذه العمليات أسفرت عن توقيف "
        "260 شخصا في السنة الأولى و231 في الثانية و190 في الثالثة."
    )
    assert [f[2:] for f in found[1:]] == [("year", "2015"), ("year", "2016"), ("year", "2017")]


def test_a_day_of_the_month_is_not_an_ordinal_year():
    found = periods("أعلنت وزارة الداخلية في الثاني من يونيو عن تفكيك خلية إرهابية تضم 5 أشخاص.")
    assert found[0][3] != "2"


def test_the_years_paired_after_annees_are_a_range():
    found = periods(
        "Pour les seules années 2019 et 2020, la DGST a démantelé 17 cellules terroristes, selon la DGST."
    )
    assert found[0][2:] == ("range", "2019")


def test_since_the_event_then_its_date_is_a_running_total():
    assert periods(
        "Since the bureau was set up in 2015, it has dismantled 88 terrorist cells, the BCIJ said."
    )[0][2:] == ("since", "2015")
    assert periods(
        "Depuis l'attaque de Marrakech, en avril 2011, le pays n'a connu aucun attentat terroriste, selon la DGST."
    )[0][2:] == ("since", "2011-04")


def test_a_body_created_in_a_year_counts_its_total_from_it():
    found = periods(
        "Le BCIJ, créé en 2015, revendique à lui seul 88 cellules terroristes, selon une source sécuritaire."
    )
    assert found[0][2:] == ("since", "2015")


def test_relative_periods_keep_their_kind_in_an_undated_page():
    undated = [
        (c.period.type, c.period.start)
        for c in claims_of(
            "وحسب مصادر أمنية، فقد جرى خلال العقدين الماضيين تفكيك 40 خلية إرهابية بجهة الشرق. "
            "وأدانت المحاكم خلال العام الماضي 30 عائدا من بؤر التوتر، حسب المصادر ذاتها.",
            None,
        )
    ]
    assert undated == [("last_n_years", None), ("year", None)]


def test_since_a_month_of_this_year_is_the_year_so_far():
    found = periods(
        "وارتفع عدد الخلايا المفككة منذ كانون الثاني (يناير) الماضي إلى سبع خلايا، حسب وزارة الداخلية."
    )
    assert found[0][2:] == ("year_to_date", "2022")
    found = periods("Depuis mars, 5 cellules terroristes ont été démantelées, selon la DGST.")
    assert found[0][2:] == ("since", "2022-03")


def test_a_range_of_mashriq_months_with_their_aliases():
    found = periods(
        "وفككت الأجهزة الأمنية بين شباط (فبراير) وآب (أغسطس) 2021 خمس خلايا إرهابية، حسب وزارة الداخلية."
    )
    assert found[0][2:] == ("range", "2021-02")


def test_since_the_start_of_the_year_without_current_is_the_year_so_far():
    found = periods(
        "قال مصدر أمني إن المصالح الأمنية أوقفت 25 شخصا منذ بداية السنة في قضايا مرتبطة بالإرهاب."
    )
    assert found[0][2:] == ("year_to_date", "2022")


def test_since_it_was_set_up_counts_from_the_bureau_s_creation():
    found = periods(
        "The BCIJ has broken up more than 90 terrorist cells since it was set up, its director said."
    )
    assert found[0][2:] == ("since", "2015")


def test_up_from_gives_the_earlier_figure_its_own_year():
    found = periods("The BCIJ dismantled 27 terrorist cells in 2021, up from 19 in 2020, it said.")
    assert [f[1:] for f in found] == [(27, "year", "2021"), (19, "year", "2020")]


def test_a_day_and_month_without_a_year_is_that_day_of_the_article_s_year():
    found = periods("- 12 مارس: تفكيك خلية من خمسة متطرفين بطنجة.")
    assert found[0][2:] == ("event", "2022-03-12")
    found = periods("On September 3, a cell of six supporters of the Islamic State was broken up in Fes.")
    assert found[0][2:] == ("event", "2021-09-03")  # after the article's date: the year before


def test_the_items_after_a_colon_count_what_the_whole_counts():
    found = periods(
        "Last year, Moroccan security services dismantled 9 terrorist cells: six were linked to ISIS."
    )
    assert [f[:2] for f in found] == [("cells_dismantled", 9), ("cells_dismantled", 6)]


def test_a_range_of_months_in_french_and_a_half_year():
    assert periods("Entre janvier et juin 2021, 7 cellules terroristes ont été démantelées, selon la DGSN.")[
        0
    ][2:] == (
        "range",
        "2021-01",
    )
    assert periods("In the first half of 2021, the BCIJ dismantled 6 terrorist cells, its director said.")[0][
        2:
    ] == (
        "range",
        "2021-01",
    )
    assert periods("وفككت المصالح الأمنية خلال النصف الأول من سنة 2021 أربع خلايا إرهابية.")[0][2:] == (
        "range",
        "2021-01",
    )
