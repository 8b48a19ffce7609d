"""Round 3: who is quoted. The body a cue names beats "the data" the cue points at; a body named after
"أنه" is in what is reported, not the speaker; the judicial police speak for the DGSN; "By the
institute's count"; a tally of official statements is an official source."""

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def org_of(sentence, previous=None):
    found = find_attribution(FoldedText(sentence), previous)
    return found.org if found else None


def test_the_body_named_after_the_data_noun_is_the_source_not_the_previous_one():
    claims = claims_of(
        "ويرى باحثون أن التراجع يعود إلى الضربات الاستباقية. "
        "ووفق الأرقام التي نشرتها المديرية العامة لمراقبة التراب الوطني، جرى تفكيك سبع خلايا إرهابية خلال سنة 2023."
    )
    assert claims[0].attribution.org == "DGST"


def test_a_body_named_after_anhu_is_reported_the_speaker_is_the_one_before():
    claims = claims_of(
        "وأفادت وزارة الداخلية بأن المصالح الأمنية فككت 190 خلية منذ سنة 2002. "
        "وأوضحت الوزارة أنه منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015، فكك المكتب 70 خلية إرهابية."
    )
    assert [c.attribution.org for c in claims] == ["MOI", "MOI"]


def test_the_judicial_police_speak_for_the_dgsn():
    assert (
        org_of(
            "Entre 2010 et 2020, 150 cellules ont été démantelées, selon la direction de la police judiciaire."
        )
        == "DGSN"
    )
    claims = claims_of(
        "Le chef de la police judiciaire, Mohamed Dkhissi, a présenté mardi un bilan à Rabat. "
        "Entre 2003 et 2019, les services ont démantelé 190 cellules terroristes, a-t-il indiqué."
    )
    assert claims[0].attribution.org == "DGSN"


def test_a_count_by_an_institute_is_the_analyst_s():
    assert (
        org_of(
            "By the think tank's count, drawn from official statements, Morocco has broken up 80 terrorist cells since 2015."
        )
        == "analyst"
    )


def test_a_tally_of_official_statements_is_an_official_source():
    assert org_of(
        "Since January, four terrorist cells were dismantled, according to a tally of official statements."
    ) == ("official_unspecified")


def test_the_report_the_article_is_about_speaks_when_it_says_the_report_notes():
    claims = claims_of(
        "The North Africa Security Institute on Monday released its yearly report on the region. "
        "Morocco broke up 200 terrorist cells between 2002 and 2021, according to official data cited in it. "
        "By 2019, 1,600 Moroccans had left to fight in Syria and Iraq, the report notes."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "analyst"]


def test_a_parliamentary_report_counting_is_parliament_s():
    assert (
        org_of("A 2020 parliamentary report counted 240 Moroccan fighters held in camps in Syria.")
        == "PARLIAMENT"
    )


def test_an_author_s_own_count_is_the_analyst_s():
    assert (
        org_of("By my count, fewer than 25 of the roughly 260 returnees were convicted again.") == "analyst"
    )


def test_a_senior_official_of_a_body_speaks_for_that_body():
    assert (
        org_of("Un haut responsable du BCIJ a indiqué que 61 cellules ont été démantelées depuis 2015.")
        == "BCIJ"
    )


def test_a_ministry_that_made_public_the_figures_of_another_body_is_their_source():
    assert (
        org_of(
            "Le ministère de l'Intérieur a rendu publics, jeudi, les chiffres de l'activité du BCIJ depuis 2015."
        )
        == "MOI"
    )


def test_reporting_verbs_of_the_press_name_their_speaker():
    assert org_of("A en croire Abdelhak Khiame, 61 cellules ont été démantelées depuis 2015.") == "BCIJ"
    assert org_of("Habboub pointed out that 1,400 suspects had been arrested since 2015.") == "BCIJ"
    assert org_of("وبلغ عدد الخلايا المفككة 215 خلية منذ سنة 2002، يضيف حموشي.") == "DGST"


def test_the_directorate_named_before_speaks_when_the_sentence_says_the_directorate():
    claims = claims_of(
        "عقدت المديرية العامة لمراقبة التراب الوطني لقاء صحفيا بالرباط. "
        "وأوضحت المديرية أن المصالح الأمنية فككت 215 خلية إرهابية منذ سنة 2002."
    )
    assert claims[0].attribution.org == "DGST"


def test_the_directorate_is_not_the_bureau_named_before():
    claims = claims_of(
        "واصل المكتب المركزي للأبحاث القضائية عمله في تطوان. "
        "وأوضحت المديرية أن المصالح الأمنية فككت 215 خلية إرهابية منذ سنة 2002."
    )
    assert claims[0].attribution.org != "BCIJ"


def test_officials_of_the_table_speak_for_their_body():
    assert (
        org_of("Selon Boubker Sabik, 120 personnes ont été interpellées en 2022 pour terrorisme.") == "DGSN"
    )
    assert org_of("Mohamed Nifaoui a indiqué que 210 cellules ont été démantelées depuis 2002.") == "BCIJ"


def test_a_long_title_between_the_verb_and_the_ministry_still_names_it():
    assert (
        org_of(
            "Le Maroc a démantelé 168 cellules terroristes depuis 2001, a indiqué jeudi à Rabat Ahmed Bennani, wali, "
            "directeur de la coopération au ministère de l'Intérieur."
        )
        == "MOI"
    )


def test_authorities_acting_without_an_attributing_word_are_no_source():
    assert org_of("وفككت السلطات المغربية خلال سنة 2023 ست خلايا إرهابية في عدة مدن.") is None


def test_authorities_that_announce_are_the_source():
    assert (
        org_of(
            "Les autorités marocaines ont annoncé jeudi l'arrestation de six membres d'une cellule terroriste."
        )
        == "official_unspecified"
    )


def test_the_report_an_institute_issued_counts_when_it_is_said_to_count():
    claims = claims_of(
        "أصدر «المرصد المغاربي للدراسات الأمنية» تقريرا حول عقدين من مكافحة الإرهاب. "
        "وأحصى التقرير توقيف أزيد من 3 900 شخص في قضايا مرتبطة بالإرهاب خلال العقدين الماضيين."
    )
    assert claims[0].attribution.org == "analyst"


def test_the_head_of_two_directorates_speaks_for_the_one_of_the_officials_table():
    assert (
        org_of(
            "Since 2014, about 20 joint operations were carried out, DGSN and DGST chief Abdellatif Hammouchi said."
        )
        == "DGST"
    )


def test_the_bureau_said_at_the_end_of_a_long_sentence_is_the_bureau_it_named():
    claims = claims_of(
        "Working under the public prosecutor since 2015, the Central Bureau of Judicial Investigations (BCIJ) on "
        "Monday dismantled a terrorist cell in Fes and arrested its five members, the bureau said."
    )
    assert claims[0].attribution.org == "BCIJ"


def test_people_the_counter_terrorism_bureau_arrested_are_counted_without_another_terror_word():
    claims = claims_of("Le BCIJ a révélé que 1 500 personnes ont été arrêtées depuis 2015.")
    assert [(c.metric, c.value) for c in claims] == [("persons_arrested", 1500)]


def test_the_director_general_of_national_security_speaks_for_the_dgsn():
    assert (
        org_of("خلال سنة 2022، تم تفكيك 12 خلية إرهابية، حسب ما كشف عنه المدير العام للأمن الوطني.") == "DGSN"
    )
