"""Single-operation arrests as regional outlets report them: the frame of the case, the words for the people
taken, and the place of the arrest (written in other words than tests/corpus_regions)."""

from datetime import date

from tests.extraction.helpers import claims_of

PUBLISHED = date(2025, 4, 17)  # a Thursday


def _arrests(body: str, title: str | None = None):
    return [c for c in claims_of(body, PUBLISHED, title) if c.metric == "persons_arrested"]


def test_hardliners_in_the_title_frame_the_arrest():
    found = _arrests(
        "وأكد مصدر محلي أن خمسة أشخاص اعتقلوا أمس الأربعاء بمدينة بركان.",
        title="بركان: اعتقال خمسة متشددين",
    )
    assert [c.value for c in found] == [5]


def test_the_bureau_after_lil_frames_the_arrest():
    found = _arrests("وأشار بيان للمكتب المركزي للأبحاث القضائية إلى توقيف ستة مشتبه فيهم أمس الأربعاء.")
    assert [c.value for c in found] == [6]


def test_the_next_sentence_names_the_case_of_an_arrest():
    found = _arrests(
        "Officers detained three people in Agadir on Wednesday, the police said. "
        "The three are suspected of planning a terrorist attack on a hotel."
    )
    assert [c.value for c in found] == [3]


def test_the_territorial_surveillance_frames_the_arrest():
    found = _arrests(
        "Selon la DGST, trois individus ont été interpellés hier mercredi à Safi. Ils étaient suivis depuis mars."
    )
    assert [c.value for c in found] == [3]


def test_young_people_arrested_are_counted():
    found = _arrests("Cinq jeunes soupçonnés de terrorisme ont été interpellés hier mercredi à Oujda.")
    assert [c.value for c in found] == [5]


def test_men_arrested_are_counted():
    found = _arrests(
        "Police arrested four men suspected of links to a terrorist cell in Kenitra on Wednesday."
    )
    assert [c.value for c in found] == [4]


def test_men_brought_home_are_no_count_of_returnees():
    found = claims_of(
        "Years after it flew home six men from the Syrian camps, the ministry has gone quiet.", PUBLISHED
    )
    assert [c.value for c in found] == []


def test_an_arrest_in_a_foreign_capital_is_that_countrys():
    found = _arrests(
        "وساعدت المعلومات المغربية على اعتقال ثلاثة أشخاص في مدريد يشتبه في انتمائهم لخلية إرهابية."
    )
    assert found == []


def test_members_by_city_are_parts_of_the_whole_with_a_city_subset():
    found = _arrests("أوقفت عناصر الأمن خمسة متطرفين أمس الأربعاء، 3 بمراكش و2 بأكادير.")
    assert [(c.value, c.subset) for c in found] == [(5, None), (3, "marrakech"), (2, "agadir")]


def test_a_distribution_sentence_by_city_breaks_down_the_figure_before():
    found = _arrests(
        "وأعلن المكتب المركزي للأبحاث القضائية توقيف ٩ أشخاص موالين لداعش أمس الأربعاء. "
        "وتوزع المشتبه فيهم كالتالي: ٥ بوجدة و٤ بالرباط."
    )
    assert [(c.value, c.subset) for c in found] == [(9, None), (5, "oujda"), (4, "rabat")]


def test_french_members_by_city_get_their_city():
    found = _arrests("La DGST a fait arrêter sept extrémistes, quatre à Meknès et trois à Salé.")
    assert [(c.value, c.subset) for c in found] == [(7, None), (4, "meknes"), (3, "sale")]


def test_a_single_city_operation_has_no_city_subset():
    found = _arrests("Le BCIJ a interpellé six extrémistes à Kénitra hier mercredi.")
    assert [(c.value, c.subset) for c in found] == [(6, None)]


def test_a_regions_wali_speaks_for_the_interior():
    found = _arrests("وأعلن والي جهة سوس ماسة أن ثلاثة متطرفين أوقفوا أمس الأربعاء بأكادير.")
    assert [(c.value, c.attribution.org) for c in found] == [(3, "MOI")]


def test_a_city_police_headquarters_speaks_for_the_national_police():
    found = _arrests("وأفاد مصدر من ولاية أمن مراكش بأن أربعة متطرفين أوقفوا أمس الأربعاء.")
    assert [(c.value, c.attribution.org) for c in found] == [(4, "DGSN")]


def test_the_regional_police_chief_speaks_for_the_national_police():
    found = _arrests(
        "Le chef de la sûreté régionale d'Oujda a annoncé l'arrestation de trois extrémistes hier mercredi."
    )
    assert [(c.value, c.attribution.org) for c in found] == [(3, "DGSN")]


def test_a_communique_in_the_accusative_names_its_body():
    found = _arrests(
        "وقال والي الجهة إن ثلاثة متطرفين أوقفوا أمس الأربعاء. "
        "لكن بلاغا للمكتب المركزي للأبحاث القضائية أشار إلى توقيف أربعة متطرفين في العملية نفسها."
    )
    assert [(c.value, c.attribution.org) for c in found] == [(3, "MOI"), (4, "BCIJ")]


def test_bringing_to_n_the_number_of_people_counts_them():
    found = _arrests(
        "Un troisième homme a été interpellé vendredi, portant à trois le nombre des extrémistes arrêtés à Taza."
    )
    assert [c.value for c in found] == [3]


def test_a_part_that_were_men_keeps_the_men_subset():
    found = _arrests(
        "The DGSN said 40 terror suspects were arrested in 2023; of them, 36 were men and 4 were women."
    )
    assert [(c.value, c.subset) for c in found] == [(40, None), (36, "men"), (4, "women")]
