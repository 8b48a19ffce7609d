"""corpus_courts round: referrals to the prosecution, the prosecution's own counts, lists that share one noun,
"respectively", a breakdown introduced by "it concerns", a pronoun for the people counted before, the figures
"of the bureau" and judicial cooperation between states. Sentences written for the test."""

from datetime import date

from claims.extraction.countries import find_countries

from .helpers import body_document, claims_of


def _read(body, published=date(2024, 12, 30)):
    return [(c.metric, c.value) for c in claims_of(body, published)]


def _periods(body, published=date(2024, 12, 30)):
    return [(c.value, c.period.type, c.period.start) for c in claims_of(body, published)]


def test_suspects_presented_before_the_public_prosecutions_in_the_plural_are_arrests():
    body = (
        "ويتناول التقرير قضايا الإرهاب بالتفصيل. "
        "وقد قدمت المصالح الأمنية أمام النيابات العامة هذا العام 58 مشتبها فيه بعد انتهاء الحراسة النظرية."
    )
    assert _read(body) == [("persons_arrested", 58)]


def test_suspects_presented_to_the_french_prosecutor_are_arrests():
    body = "L'an dernier, quarante-deux suspects de terrorisme ont été présentés au procureur après leur garde à vue."
    assert _read(body) == [("persons_arrested", 42)]


def test_arabic_figures_of_a_list_share_the_noun_written_after_the_last():
    body = "وأوقفت المصالح الأمنية 74 و66 و59 شخصا في قضايا الإرهاب خلال السنوات الثلاث الأخيرة."
    assert [value for _, value in _read(body)] == [74, 66, 59]


def test_english_figures_of_a_list_share_the_noun_written_after_the_last():
    body = "Police detained 40, 35 and 29 terrorism suspects in the three operations."
    assert _read(body) == [("persons_arrested", 40), ("persons_arrested", 35), ("persons_arrested", 29)]


def test_the_low_end_of_a_spread_is_no_list_item():
    assert _read("Depuis 2018, entre 6 et 12 cellules terroristes démantelées par an.") == []


def test_a_number_before_a_comma_and_a_figure_is_no_list_item():
    body = "D'après le rapport cité à la page 12, 1 650 Marocains ont rejoint des groupes armés en Syrie."
    assert [value for _, value in _read(body)] == [1650]


def test_arabic_respectively_gives_each_figure_its_year_in_order():
    body = "وفككت الأجهزة الأمنية 14 و11 و9 خلايا إرهابية سنوات 2019 و2020 و2021 على التوالي."
    assert _periods(body) == [(14, "year", "2019"), (11, "year", "2020"), (9, "year", "2021")]


def test_english_respectively_gives_each_figure_its_year_in_order():
    body = "The bureau broke up 8 and 6 terror cells in 2022 and 2023 respectively."
    assert _periods(body) == [(8, "year", "2022"), (6, "year", "2023")]


def test_a_breakdown_introduced_by_it_concerns_counts_what_the_figure_before_counts():
    body = (
        "وأفاد المصدر بأنه جرت إحالة 90 عائدا من بؤر التوتر على العدالة. "
        "ويتعلق الأمر بـ70 عائدا من سوريا و20 من العراق."
    )
    claims = claims_of(body)
    assert [(c.metric, c.value, c.subset) for c in claims] == [
        ("returnees_arrested", 90, None),
        ("returnees_arrested", 70, "syria"),
        ("returnees_arrested", 20, "iraq"),
    ]


def test_french_il_s_agit_de_opens_a_breakdown_of_the_figure_before():
    body = (
        "Au total, 60 revenants ont été interpellés puis déférés devant la justice. "
        "Il s'agit de 45 revenants de Syrie et 15 d'Irak."
    )
    assert [c.metric for c in claims_of(body)] == ["returnees_arrested"] * 3


def test_they_were_n_in_a_year_counts_the_people_counted_before():
    body = (
        "En 2024, 54 suspects de terrorisme ont été déférés au parquet, selon le rapport. "
        "Ils étaient 47 en 2023, d'après la même source."
    )
    assert _periods(body) == [(54, "year", "2024"), (47, "year", "2023")]
    assert _read(body)[1] == ("persons_arrested", 47)


def test_people_prosecuted_in_a_yearly_report_are_their_own_figure():
    body = "Le rapport annuel du ministère public recense 140 personnes poursuivies pour terrorisme en 2023."
    assert _read(body) == [("persons_prosecuted", 140)]


def test_arabic_people_prosecuted_in_a_yearly_report_are_their_own_figure():
    body = "وسجل التقرير السنوي للنيابة العامة 80 قضية إرهاب خلال سنة 2023، توبع فيها 150 شخصا."
    assert ("persons_prosecuted", 150) in _read(body)


def test_returnees_prosecuted_stay_returnees_arrested():
    body = "Of the 260 who came home from Syria, 130 were prosecuted, the ministry said."
    assert ("returnees_arrested", 130) in _read(body)


def test_the_defendants_of_one_case_before_a_court_are_no_claim():
    body = "وأرجأت غرفة الجنايات بسلا البت في ملف إرهابي توبع فيه 7 أشخاص إلى الأسبوع المقبل."
    assert _read(body) == []


def test_followers_of_an_account_are_no_prosecution():
    body = "وكان المتطرف ينشر دعاية داعش على حساب يتابعه أزيد من 5000 شخص."
    assert _read(body) == []


def test_the_judicial_police_in_a_prosecution_report_is_no_subset():
    body = (
        "وحسب التقرير السنوي لرئاسة النيابة العامة حول قضايا الإرهاب، "
        "قدمت الشرطة القضائية أمام النيابة العامة 120 مشتبها فيه سنة 2023."
    )
    [claim] = claims_of(body)
    assert (claim.metric, claim.subset) == ("persons_arrested", None)


def test_the_dgsn_judicial_police_referrals_keep_their_subset():
    body = (
        "وأفادت المديرية العامة للأمن الوطني في حصيلتها السنوية بأن الشرطة القضائية أحالت على النيابة العامة "
        "40 شخصا في قضايا الإرهاب سنة 2023."
    )
    [claim] = claims_of(body)
    assert claim.subset == "judicial_police"


def test_the_figures_of_the_bureau_in_arabic_are_the_bcij_named_before():
    body = (
        "يحتفي المكتب المركزي للأبحاث القضائية بذكرى تأسيسه. "
        "وأوقفت المصالح الأمنية 900 شخص في قضايا الإرهاب منذ 2015، وفق أرقام رسمية للمكتب."
    )
    [claim] = claims_of(body)
    assert claim.attribution.org == "BCIJ"


def _roles(body):
    return {(c.code, c.role) for c in find_countries(body_document(body))}


def test_a_protocol_on_letters_rogatory_and_extradition_makes_a_partner():
    body = (
        "Les ministères de la Justice marocain et belge ont signé un protocole sur les demandes d'extradition "
        "et l'entraide judiciaire en matière de terrorisme."
    )
    assert ("BE", "partner") in _roles(body)


def test_a_french_item_of_a_list_may_elide_its_preposition():
    body = "Au total, 30 revenants ont été interpellés : 24 revenus de Syrie et 6 d'Irak."
    assert [(c.value, c.subset) for c in claims_of(body)][1:] == [(24, "syria"), (6, "iraq")]


def test_a_country_beside_a_protocol_word_of_health_stays_mentioned():
    body = "Le protocole sanitaire en vigueur en Espagne a été prolongé d'un mois."
    assert ("ES", "partner") not in _roles(body)


def test_a_ministers_count_of_people_prosecuted_stays_people_brought_to_justice():
    body = "The justice minister told MPs that 250 people had been prosecuted in terrorism cases since 2015."
    assert _read(body) == [("persons_arrested", 250)]
