"""Round 3: numbers that are not Morocco's counter-terrorism figures.

Units for victims of violence named "cells", arrests for organised crime "outside terrorism", links to
other articles, the parts of a figure that was set aside (another country's, an attack's victims), the
reporter's own arithmetic, a year used as an adjective, arrests made on another country's soil, and the
country a sentence is about when it opens with a contrast.
"""

from datetime import date

from .helpers import claims_of

PUBLISHED = date(2023, 5, 10)


def values(body):
    return [(c.metric, c.value) for c in claims_of(body, PUBLISHED)]


def test_reception_units_for_women_victims_are_not_terrorist_cells():
    assert (
        values(
            "وفي مجال التكفل بالنساء ضحايا العنف، أفادت المديرية بأن خلايا الاستقبال المحدثة بلغت 430 خلية في مختلف المدن."
        )
        == []
    )
    assert (
        values(
            "Le réseau des cellules d'accueil des femmes victimes de violence compte désormais 412 cellules."
        )
        == []
    )


def test_arrests_for_organised_crime_outside_terrorism_are_not_claims():
    assert (
        values(
            "Le BCIJ a aussi interpellé 150 personnes depuis 2015 dans des dossiers de crime organisé, hors terrorisme."
        )
        == []
    )


def test_a_link_to_another_article_is_not_a_claim():
    assert values("Lire aussi : Tanger, une cellule terroriste de 5 membres démantelée") == []
    assert values("اقرأ أيضا: تفكيك خلية إرهابية من 4 عناصر بطنجة") == []


def test_the_parts_of_an_attack_s_victims_are_not_fighters_killed():
    assert (
        values(
            "L'attentat de Marrakech avait fait 17 morts, dont 8 touristes étrangers, selon le bilan officiel."
        )
        == []
    )


def test_the_part_of_another_country_s_figure_goes_with_it():
    assert (
        values(
            "وأوضح المسؤول البلجيكي أن بلاده أحصت 420 مقاتلا بلجيكيا في سوريا والعراق، عاد منهم 125 إلى بلجيكا."
        )
        == []
    )


def test_the_reporter_s_own_arithmetic_is_not_a_stated_figure():
    found = values(
        "وكان المكتب قد أعلن سنة 2021 عن تفكيك 84 خلية منذ إحداثه، ما يعني أن أكثر من ست خلايا فككت منذ ذلك الحين."
    )
    assert found == [("cells_dismantled", 84)]


def test_a_year_used_as_an_adjective_is_not_a_count():
    found = values(
        "Morocco has suffered three deadly attacks since 2003, including the 2011 bombing of a cafe in Marrakech."
    )
    assert all(value != 2011 for _, value in found)


def test_arrests_on_another_country_s_soil_are_not_morocco_s():
    assert (
        values(
            "وأضاف المصدر أن المصالح المغربية ساهمت هذه السنة في توقيف 7 أشخاص فوق التراب الإسباني يشتبه في صلتهم بداعش."
        )
        == []
    )


def test_a_sentence_opening_on_another_country_by_contrast_is_that_country_s():
    assert (
        values(
            "في المقابل، عرفت فرنسا وحدها سلسلة هجمات دامية، وغادر أراضيها نحو 1800 مواطن نحو سوريا والعراق."
        )
        == []
    )
    assert values("Spain, for comparison, counted some 250 returnees; Morocco's numbers are larger.") == []
