from datetime import date

import pytest

from .helpers import claims_of, only_claim


def test_dismantling_cells_is_cells_dismantled():
    claim = only_claim("تم تفكيك 207 خلايا إرهابية بالمغرب منذ سنة 2002.")
    assert (claim.metric, claim.value, claim.value_text) == ("cells_dismantled", 207, "207")


def test_neutralising_cells_is_cells_dismantled():
    assert only_claim("تم تحييد 32 خلية إرهابية.").metric == "cells_dismantled"


def test_a_dual_noun_counts_two():
    claim = only_claim("أعلن المكتب المركزي للأبحاث القضائية عن تفكيك خليتين إرهابيتين مواليتين لداعش.")
    assert (claim.value, claim.value_text) == (2, "خليتين")


@pytest.mark.parametrize(
    "body, value",
    [
        ("قال مصدر أمني إن المصالح المختصة فككت أزيد من ألفي خلية إرهابية منذ سنة 2002.", 2000),
        ("وأكد المسؤول أن الأجهزة الأمنية فككت ألف خلية إرهابية في عقدين.", 1000),
        ("وحسب المصدر نفسه، فقد جرى تفكيك ألفا وثلاثمائة خلية إرهابية منذ 2002.", 1300),
    ],
)
def test_a_thousand_word_is_a_count_not_a_word_with_the_article(body, value):
    # folded, "ألفي" / "ألف" / "ألفا" begin with the letters of the article "ال"
    assert [(c.metric, c.value) for c in claims_of(body)] == [("cells_dismantled", value)]


def test_an_affiliation_of_a_figure_counted_among_more_of_the_same_is_a_subset():
    claims = claims_of(
        "وكانت 12 خلية من خلايا سنة 2022 مرتبطة بتنظيم داعش، حسب معطيات المكتب المركزي للأبحاث القضائية."
    )
    assert [(c.value, c.subset) for c in claims] == [(12, "isis_linked")]


def test_an_affiliation_shared_by_the_whole_figure_is_not_a_subset():
    claim = only_claim("أعلن المكتب المركزي للأبحاث القضائية عن تفكيك خليتين إرهابيتين مواليتين لداعش.")
    assert claim.subset is None


def test_an_affiliation_of_a_part_of_the_figure_is_a_subset():
    claims = claims_of("فكك المكتب 49 خلية إرهابية منذ إحداثه في مارس 2015، كانت 44 منها مرتبطة بتنظيم داعش.")
    assert [(c.value, c.subset) for c in claims] == [(49, None), (44, "isis_linked")]


def test_arresting_people_is_persons_arrested():
    claim = only_claim("وتم توقيف 15 شخصا للاشتباه في تورطهم في أنشطة إرهابية.")
    assert (claim.metric, claim.value) == ("persons_arrested", 15)


def test_people_arrested_outside_a_terrorism_frame_are_not_claims():
    assert claims_of("وتمكنت مصالح الأمن من توقيف 40 شخصا للاشتباه في تورطهم في تهريب المخدرات.") == []


def test_foiling_plots_is_plots_foiled():
    assert only_claim("وأحبطت الأجهزة الأمنية 3 مخططات إرهابية.").metric == "plots_foiled"


def test_attacks_without_foiling_are_terrorist_attacks():
    claim = only_claim(
        "ويتجلى ذلك في انخفاض عدد العمليات الارهابية على الاراضي المغربية الى الصفر خلال السنوات الاخيرة."
    )
    assert (claim.metric, claim.value, claim.value_text) == ("terrorist_attacks", 0, "الصفر")
    assert (claim.period.type, claim.period.text) == ("unspecified", "خلال السنوات الاخيرة")


def test_fighters_who_joined_and_those_detained_abroad_are_told_apart():
    claims = claims_of("التحق أزيد من 1600 مقاتل مغربي بسوريا والعراق، فيما يقبع 250 معتقلا في سجون سوريا.")
    assert [(c.metric, c.value, c.qualifier) for c in claims] == [
        ("fighters_joined", 1600, "more_than"),
        ("fighters_detained_abroad", 250, "exact"),
    ]


def test_returnees_arrested():
    assert only_claim("وتمكنت السلطات من توقيف 270 من العائدين من بؤر التوتر.").metric == "returnees_arrested"


def test_joint_operations():
    claim = only_claim("ونفذ المغرب وإسبانيا 15 عملية مشتركة بين 2014 و2019.")
    assert (claim.metric, claim.period.type, claim.period.start, claim.period.end) == (
        "joint_operations",
        "range",
        "2014",
        "2019",
    )


def test_online_activity_subset():
    claim = only_claim(
        'تشير الإحصائيات الرسمية إلى أن تزايد الموالين ل"داعش" من رواد المنصات الذين تم توقيفهم بسبب نشاطهم '
        "الإرهابي على الأنترنت، حيث بلغ عدد الموقوفين من قبل المصالح الأمنية المغربية منذ سنة 2016 نحو 650 شخصا."
    )
    assert (claim.subset, claim.qualifier, claim.qualifier_text) == ("online_activity", "about", "نحو")


def test_a_large_part_of_them_is_not_a_subset():
    claim = only_claim(
        'تم تحييد 32 خلية، كان جزء كبير منها يتكون من جماعات تابعة لتنظيم "الدولة الإسلامية" (داعش).'
    )
    assert claim.subset is None


def test_women_and_minors_are_subsets():
    claims = claims_of("وقد اعتقل ما لا يقل عن 20 شخصا في قضايا الإرهاب، بينهم 3 نساء و2 من القاصرين.")
    assert [(c.value, c.qualifier, c.subset) for c in claims] == [
        (20, "at_least", None),
        (3, "exact", "women"),
        (2, "exact", "minors"),
    ]


def test_the_number_of_noun_reaching_a_value_is_a_claim():
    claim = only_claim("وارتفع عدد الموقوفين في قضايا الإرهاب إلى 350.")
    assert (claim.metric, claim.value) == ("persons_arrested", 350)


def test_a_running_total_until_today_is_cumulative():
    claim = only_claim("بلغ عدد الخلايا المفككة إلى حدود اليوم 215 خلية.")
    assert claim.period.type == "cumulative_unspecified"


def test_the_same_period_is_inherited_from_the_previous_sentence():
    claims = claims_of(
        "خلال شتنبر 2024، أحبطت الأجهزة الأمنية 3 مخططات إرهابية. وخلال الفترة ذاتها، تم توقيف 12 شخصا مشتبها فيهم."
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (3, "month", "2024-09"),
        (12, "month", "2024-09"),
    ]


def test_years_dates_durations_money_and_codes_are_not_claims():
    text = (
        "وتتعلق الهجمات بالتفجيرات التي شهدتها الدار البيضاء في 16 ماي 2003، وهجوم أرغانة سنة 2011. "
        "وتتبع خلية يمكن أن يمتد على مدى شهر أو أكثر، والتدخل في غضون 24 ساعة أو أقل. "
        "وبلغت المداخيل 100 مليار درهم، وشوهد الفيديو 6 مليارات مشاهدة. والقانون 03.03 المتعلق بمكافحة الإرهاب. "
        "وتم تفكيك عشرات الخلايا الارهابية خلال العقدين الاخيرين. وموسم حج 1446ه. وفاز الفريق 2-2 على خلية."
    )
    assert claims_of(text) == []


def test_a_misprinted_figure_is_extracted_as_printed():
    assert only_claim("وتم تفكيك 2009 خلية إرهابية حسب الديستي.").value == 2009


def test_a_restated_figure_is_one_claim_the_first():
    claims = claims_of(
        "نجحت الأجهزة الأمنية في تفكيك أكثر من 200 خلية إرهابية منذ عام 2002، وفق آخر حصيلة نشرتها وزارة الداخلية.\n"
        "ويؤكد الرقم المعلن، (أكثر من مئتي خلية)، على القدرة العالية للأجهزة الأمنية."
    )
    assert [(c.value, c.value_text) for c in claims] == [(200, "200")]


def test_offsets_point_at_the_value_and_the_sentence_is_copied():
    text = "مقدمة.\nوتم تفكيك ٢٠٧ خلايا إرهابية."
    (claim,) = claims_of(text)
    assert text[claim.start : claim.end] == "٢٠٧"
    assert claim.sentence == "وتم تفكيك ٢٠٧ خلايا إرهابية."


def test_french_figures_are_claims():
    claims = claims_of(
        "Selon la DGST, plus de deux cents cellules terroristes ont été démantelées depuis 2002. "
        "Une trentaine de suspects ont été interpellés dans des affaires de terrorisme.",
        published=date(2024, 5, 2),
    )
    assert [(c.metric, c.value, c.qualifier, c.attribution.org) for c in claims] == [
        ("cells_dismantled", 200, "more_than", "DGST"),
        ("persons_arrested", 30, "about", "DGST"),
    ]


def test_among_them_is_a_part_of_the_previous_figure_with_its_own_subset():
    claims = claims_of(
        "وبلغ عدد المقاتلين المغاربة الذين التحقوا ببؤر التوتر 1659 مقاتلا، من بينهم 290 امرأة و391 قاصرا، "
        "لقي 745 منهم حتفهم."
    )
    assert [(c.metric, c.value, c.subset) for c in claims] == [
        ("fighters_joined", 1659, None),
        ("fighters_joined", 290, "women"),
        ("fighters_joined", 391, "minors"),
        ("fighters_killed", 745, None),
    ]


def test_of_them_refers_to_the_people_counted_before():
    claims = claims_of("التحق أزيد من 1600 مقاتل مغربي بسوريا والعراق، قتل منهم نحو 700.")
    assert [(c.metric, c.value, c.qualifier) for c in claims] == [
        ("fighters_joined", 1600, "more_than"),
        ("fighters_killed", 700, "about"),
    ]


def test_victims_of_an_attack_are_not_fighters_killed():
    assert claims_of("أسفر الهجوم الإرهابي عن مقتل 45 شخصا.") == []


def test_a_crisis_or_vigilance_cell_is_not_a_terrorist_cell():
    assert claims_of("وتم إحداث 12 خلية لليقظة و3 خلايا أزمة في الجهات.") == []


def test_since_may_name_the_event_before_its_year():
    claim = only_claim("فكك المكتب المركزي للأبحاث القضائية منذ إحداثه سنة 2015 ما مجموعه 97 خلية إرهابية.")
    assert (claim.value, claim.period.type, claim.period.start) == (97, "since", "2015")


def test_the_minister_is_the_source_with_his_name():
    claims = claims_of(
        "وأكد وزير الداخلية عبد الوافي لفتيت، في عرض أمام لجنة الداخلية بمجلس النواب، أن المصالح الأمنية فككت "
        "8 خلايا إرهابية خلال سنة 2023، وأوقفت 64 شخصا."
    )
    assert [(c.metric, c.value, c.period.start, c.attribution.org, c.attribution.person) for c in claims] == [
        ("cells_dismantled", 8, "2023", "MOI", "عبد الوافي لفتيت"),
        ("persons_arrested", 64, "2023", "MOI", "عبد الوافي لفتيت"),
    ]


def test_a_breakdown_keeps_each_part_with_its_own_subset_and_the_whole_without_one():
    claims = claims_of(
        "وحسب معطيات رسمية، فقد تمكن المكتب المركزي للأبحاث القضائية منذ إحداثه في مارس 2015 من تفكيك 94 خلية "
        "إرهابية، منها 88 خلية مرتبطة بتنظيم داعش، وتوقيف 1397 شخصا، من بينهم 54 من ذوي السوابق في قضايا الإرهاب "
        "و14 امرأة و34 قاصرا."
    )
    assert [(c.metric, c.value, c.subset) for c in claims] == [
        ("cells_dismantled", 94, None),
        ("cells_dismantled", 88, "isis_linked"),
        ("persons_arrested", 1397, None),
        # a record in terrorism cases is former_detainees (corpus_ar a18), a record in general with_criminal_record
        ("persons_arrested", 54, "former_detainees"),
        ("persons_arrested", 14, "women"),
        ("persons_arrested", 34, "minors"),
    ]
    assert {(c.period.type, c.period.start, c.attribution.org) for c in claims} == {
        ("since", "2015-03", "official_unspecified")
    }


def test_figures_of_general_crime_are_not_claims_even_in_a_terrorism_article():
    claims = claims_of(
        "وفي مجال مكافحة الإرهاب، فككت المصالح الأمنية 12 خلية إرهابية. "
        "وعلى مستوى الجريمة العامة، عالجت مصالح الأمن أزيد من 700 ألف قضية، أسفرت عن توقيف ما يناهز 580 ألف شخص."
    )
    assert [(c.metric, c.value) for c in claims] == [("cells_dismantled", 12)]


def test_people_still_held_in_syria_are_fighters_detained_abroad():
    claim = only_claim("وكشف التقرير أن نحو ثلاثمائة مغربي ما زالوا محتجزين في سجون ومخيمات بشمال شرق سوريا.")
    assert (claim.metric, claim.value, claim.qualifier) == ("fighters_detained_abroad", 300, "about")


def test_a_share_of_them_keeps_the_metric_of_the_figure_it_divides():
    claims = claims_of(
        "وكشف التقرير أن نحو ثلاثمائة مغربي ما زالوا محتجزين في سجون سوريا. "
        "ويشكل القاصرون حوالي 60 في المائة من هؤلاء، حسب التقرير ذاته."
    )
    assert [(c.metric, c.value, c.unit, c.subset) for c in claims] == [
        ("fighters_detained_abroad", 300, "count", "syria"),  # held in Syria alone (sixth round's convention)
        ("fighters_detained_abroad", 60, "percent", "minors"),
    ]


def test_returnees_and_returnees_arrested_are_told_apart_by_the_nearest_verb():
    claims = claims_of(
        "فقد التحق 1659 مغربيا بالتنظيمات الإرهابية في سوريا والعراق. "
        "وعاد 260 من هؤلاء المقاتلين إلى المغرب، تم إيقاف 137 منهم وتقديمهم إلى العدالة."
    )
    assert [(c.metric, c.value, c.period.type) for c in claims] == [
        ("fighters_joined", 1659, "cumulative_unspecified"),
        ("returnees", 260, "cumulative_unspecified"),
        ("returnees_arrested", 137, "cumulative_unspecified"),
    ]


def test_a_repatriation_by_the_state_is_a_returnee_subset():
    claim = only_claim("كما استعادت المملكة 8 من مواطنيها الذين كانوا عالقين في سوريا خلال السنوات الاخيرة.")
    assert (claim.metric, claim.subset) == ("returnees", "repatriated")


def test_a_sentence_continuing_the_previous_figure_takes_its_period():
    claims = claims_of(
        "وحسب معطيات رسمية، فككت المصالح الأمنية 15 خلية إرهابية خلال سنة 2022.\n"
        "وشملت هذه العمليات توقيف نحو 185 مشتبها فيهم."
    )
    assert [(c.value, c.period.type, c.period.start, c.attribution.org) for c in claims] == [
        (15, "year", "2022", "official_unspecified"),
        (185, "year", "2022", "official_unspecified"),
    ]


def test_the_year_before_the_stated_year():
    claims = claims_of(
        "فككت المصالح الأمنية 9 خلايا إرهابية خلال سنة 2023، مقابل 12 خلية في السنة التي قبلها."
    )
    assert [(c.value, c.period.start) for c in claims] == [(9, "2023"), (12, "2022")]


def test_an_ordinal_is_not_a_count():
    assert (
        claims_of("تحل اليوم الذكرى الثانية والعشرون للتفجيرات الانتحارية التي استهدفت الدار البيضاء.") == []
    )
