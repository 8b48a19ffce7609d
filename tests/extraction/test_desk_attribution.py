"""Who gives the figure, as newsrooms write it (corpus_desk round): the prosecution at a hearing, a committee
of parliament named after a ministry's portfolio, "the same official", another country's body by its
possessive, and a source named in the sentence after the figures ("هذا ما خلص إليه …")."""

from .helpers import claims_of


def orgs(body):
    return [(c.value, c.attribution.org) for c in claims_of(body)]


def test_the_prosecution_s_representative_at_a_hearing_is_an_official_source():
    body = "وبحسب ما صرح به ممثل النيابة العامة أمام المحكمة، فقد أحيل 58 مشتبها فيه على القضاء بتهم إرهابية منذ مطلع السنة.\n"
    assert orgs(body) == [(58, "official_unspecified")]


def test_the_french_prosecution_office_is_an_official_source():
    body = (
        "Selon le parquet, 31 personnes ont été interpellées pour des faits de terrorisme depuis janvier.\n"
    )
    assert orgs(body) == [(31, "official_unspecified")]


def test_a_chamber_s_interior_committee_is_parliament_not_the_ministry():
    body = (
        "D'après le rapport de la commission de l'Intérieur de la Chambre des conseillers, "
        "1 300 Marocains ont rejoint les foyers de tension en Syrie et en Irak.\n"
    )
    assert orgs(body) == [(1300, "PARLIAMENT")]


def test_the_arabic_interior_committee_is_parliament_not_the_ministry():
    body = "وحسب تقرير لجنة الداخلية بمجلس النواب، فككت المصالح الأمنية 12 خلية إرهابية خلال السنة الماضية.\n"
    assert orgs(body) == [(12, "PARLIAMENT")]


def test_the_same_official_is_the_official_named_before():
    body = (
        "Abdellatif Hammouchi received a delegation of European police chiefs in Rabat on Tuesday.\n"
        "The same official said his services had broken up 14 terrorist cells in 2024.\n"
    )
    assert orgs(body) == [(14, "DGST")]


def test_another_country_s_police_by_its_possessive_is_not_morocco_s_police():
    body = "France's National Police said on Friday that 26 joint operations had been carried out with Morocco since 2016.\n"
    assert [org for _, org in orgs(body)] != ["DGSN"]


def test_a_source_named_in_the_sentence_after_the_figures_is_theirs():
    body = (
        "وقد التحق نحو 1500 مغربي بالتنظيمات المتطرفة في سوريا والعراق. وعاد منهم قرابة 280 إلى أرض الوطن.\n"
        "هذا ما خلص إليه تقرير أعده الباحث في الشؤون الأمنية كريم الصافي.\n"
    )
    assert [org for _, org in orgs(body)] == ["analyst", "analyst"]


def test_a_french_source_named_after_the_figures_with_c_est_ce_que_is_theirs():
    body = (
        "Quelque 1 400 Marocains auraient rejoint les rangs de groupes armés en Syrie.\n"
        "C'est ce qu'estime le chercheur Hamid Benali dans une étude publiée lundi.\n"
    )
    assert orgs(body) == [(1400, "analyst")]
