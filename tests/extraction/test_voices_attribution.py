"""Round 5 (voices): who gives the figure. Officials named by their title speak for their body; a minister
answering MPs is the ministry; inverted French verbs and sentence-opening "Pour X," report; foreign and
international bodies are named but not Moroccan. Every sentence here is written for the test."""

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def org_of(sentence, previous=None):
    found = find_attribution(FoldedText(sentence), previous)
    return found.org if found else None


def test_an_official_with_the_body_glued_to_its_preposition_speaks_for_the_body():
    # "بالمكتب": the preposition is written onto the body's name
    assert (
        org_of("وصرح مسؤول أمني بالمكتب المركزي للأبحاث القضائية أن المصالح فككت 14 خلية منذ بداية السنة.")
        == "BCIJ"
    )


def test_a_prosecutor_who_reveals_a_figure_is_an_official_source():
    assert (
        org_of(
            "وأفاد وكيل الملك لدى المحكمة الابتدائية بسلا أن النيابة أحالت 12 متهما في قضايا الإرهاب هذه السنة."
        )
        == "official_unspecified"
    )


def test_a_body_after_a_preposition_is_not_the_subject_of_the_verb_that_follows():
    # the prosecutor receives the suspects; the DGSN is who says so
    assert (
        org_of("Les six suspects ont été présentés devant le procureur général du Roi, a indiqué la DGSN.")
        == "DGSN"
    )


def test_the_minister_for_relations_with_parliament_speaks_for_the_government():
    assert (
        org_of(
            "Et d'ajouter, selon le ministre délégué chargé des relations avec le Parlement, que 9 cellules "
            "ont été démantelées depuis janvier."
        )
        == "GOV"
    )


def test_a_minister_answering_mps_is_the_speaker_of_the_sentences_after_not_the_chamber():
    claims = claims_of(
        "ردت وزارة الداخلية كتابيا على سؤال وجهه نائب عن فريق معارض بمجلس النواب حول التطرف. "
        "وأبرزت الوزارة أن المصالح الأمنية فككت سبع خلايا إرهابية خلال السنة الماضية."
    )
    assert [c.attribution.org for c in claims] == ["MOI"]


def test_an_official_of_the_table_named_beside_a_chamber_is_the_one_a_later_he_said_means():
    claims = claims_of(
        "Interior Minister Abdelouafi Laftit faced questions from the House of Representatives on Monday. "
        "Nine terrorist cells were broken up last year, he told lawmakers."
    )
    assert [c.attribution.org for c in claims] == ["MOI"]


def test_the_head_of_a_body_who_told_reporters_speaks_for_it():
    assert (
        org_of("The head of the BCIJ told reporters that 11 cells had been dismantled this year.") == "BCIJ"
    )


def test_an_inverted_verb_without_t_reports_the_speaker_named_before():
    claims = claims_of(
        "Notre journal a interrogé mardi le porte-parole de la Sûreté nationale. "
        "« Sept cellules terroristes ont été démantelées depuis janvier », poursuit-il."
    )
    assert [c.attribution.org for c in claims] == ["DGSN"]


def test_a_foreign_ministry_named_with_its_adjective_between_is_not_the_moroccan_ministry():
    found = find_attribution(
        FoldedText(
            "Le ministère belge de l'Intérieur estime que 15 opérations conjointes ont été menées avec le Maroc."
        )
    )
    assert found.org == "unspecified"  # a foreign government's (attribution.FOREIGN_GOVERNMENT)
    assert "belge" in found.raw


def test_a_foreign_report_quoted_after_the_figure_beats_the_moroccan_actor():
    claims = claims_of(
        "Moroccan authorities broke up five terrorist cells in 2022, the State Department said in its yearly review."
    )
    assert [(c.attribution.org, c.attribution.raw) for c in claims] == [("unspecified", "State Department")]


def test_an_international_panel_named_after_a_figure_takes_over_from_the_source_before():
    claims = claims_of(
        "وحسب وزارة الداخلية، غادر 1500 مغربي نحو سوريا والعراق منذ سنة 2012. "
        "ولا يزال نحو 250 منهم محتجزين في المخيمات، بحسب فريق الرصد التابع للأمم المتحدة."
    )
    assert [c.attribution.org for c in claims] == ["MOI", "unspecified"]


def test_a_foreign_agency_named_in_passing_is_no_source_by_itself():
    assert org_of("Le BCIJ, que l'on compare volontiers au FBI, a démantelé 90 cellules depuis 2015.") != (
        "official_unspecified"
    )


def test_a_study_that_puts_a_figure_at_is_the_analyst_s():
    claims = claims_of(
        "Le rapport officiel évoque 1 500 départs. "
        "Une étude de l'Institut marocain des relations internationales évalue à près de 300 le nombre de "
        "combattants revenus au pays."
    )
    assert [(c.metric, c.value, c.attribution.org) for c in claims] == [("returnees", 300, "analyst")]


def test_a_sentence_opening_on_pour_a_researcher_gives_the_researcher_s_view():
    claims = claims_of(
        "Selon la DGSN, 8 cellules ont été démantelées cette année. "
        "Pour la chercheuse Salma Idrissi, au moins 30 personnes ont été arrêtées depuis janvier pour des faits de terrorisme."
    )
    assert [c.attribution.org for c in claims] == ["DGSN", "analyst"]


def test_a_senior_security_official_is_an_official_source():
    assert (
        org_of("Morocco has broken up 215 cells since 2002, a senior security official told the agency.")
        == "official_unspecified"
    )


def test_a_minister_presenting_before_a_committee_of_parliament_is_the_speaker_after():
    claims = claims_of(
        "وقدم وزير الداخلية عرضا مفصلا أمام لجنة برلمانية بمجلس المستشارين. "
        "وأوضح أن المصالح الأمنية أوقفت 61 شخصا في قضايا الإرهاب خلال سنة 2023."
    )
    assert [c.attribution.org for c in claims] == ["MOI"]


def test_the_spokesman_refers_to_the_spokesman_named_before():
    claims = claims_of(
        "Mustapha Baitas s'exprimait jeudi après le Conseil de gouvernement. "
        "Selon le porte-parole, 7 cellules terroristes ont été démantelées depuis janvier."
    )
    assert [c.attribution.org for c in claims] == ["GOV"]


def test_a_parliamentary_mission_that_found_a_figure_is_its_source():
    assert (
        org_of("A parliamentary fact-finding mission found that 1,500 Moroccans had travelled to Syria.")
        == "PARLIAMENT"
    )


def test_the_joint_dgsn_dgst_pole_speaks_as_the_dgst():
    # the pole is headed by the DGST's director general, whom the engine already reads as the DGST
    assert (
        org_of("Selon un communiqué du pôle DGSN-DGST, 5 cellules ont été démantelées depuis janvier.")
        == "DGST"
    )


def test_this_source_is_the_source_named_before_not_the_body_it_spoke_of():
    claims = claims_of(
        "En 2019, la DGSN faisait état de 180 cellules démantelées ; le total dépasse désormais 200, selon un "
        "responsable sécuritaire. Le BCIJ, créé en 2015 à Salé, revendique pour sa part 85 cellules démantelées "
        "depuis, a ajouté cette source."
    )
    assert [c.attribution.org for c in claims if c.value == 85] == ["official_unspecified"]


def test_the_minister_of_foreign_affairs_by_his_french_title_speaks_for_the_ministry():
    assert (
        org_of(
            "Le ministre des Affaires étrangères a rappelé que 215 cellules ont été démantelées depuis 2002."
        )
        == "MFA"
    )
