"""Forum round: who gives a figure in interviews, forums, transcripts, press reviews, letters and minutes."""

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def org_of(sentence, previous=None):
    found = find_attribution(FoldedText(sentence), previous)
    return found.org if found else None


def test_a_minister_answering_a_question_is_the_source_of_his_answer():
    claims = claims_of(
        "وتساءل النائب عن حصيلة الخلايا المفككة منذ 2002. "
        "وأجابت وزارة الداخلية بأن المصالح الأمنية فككت 215 خلية منذ سنة 2002."
    )
    assert [c.attribution.org for c in claims] == ["MOI"]


def test_an_english_minister_who_replied_is_the_source():
    assert org_of("The interior minister replied that 87 suspects had been arrested in 2023.") == "MOI"


def test_a_foreign_official_whose_verb_is_glued_to_its_conjunction_gives_his_own_count():
    claims = claims_of(
        "وقال وزير الداخلية إن المصالح الأمنية فككت 215 خلية منذ سنة 2002. "
        "أما مسؤول الحرس المدني فأكد أن البلدين نفذا 18 عملية مشتركة منذ 2014."
    )
    assert [c.attribution.org for c in claims] == ["MOI", "unspecified"]


def test_moroccan_authorities_acting_with_no_reporting_word_are_no_source():
    claims = claims_of("Moroccan authorities have arrested 4,100 people in terrorism cases since 2002.")
    assert [c.attribution.org for c in claims] == ["unspecified"]


def test_the_interior_committee_of_a_chamber_is_parliament_not_the_ministry():
    claims = claims_of(
        "Compte rendu des travaux de la commission de l'Intérieur, réunie mardi à huis clos. "
        "Les membres ont étudié le rapport sur le budget de l'année. "
        "Le rapport de la commission relève que 38 cellules ont été démantelées entre 2019 et 2023."
    )
    assert [c.attribution.org for c in claims] == ["PARLIAMENT"]


def test_a_paper_relayed_after_a_paper_that_cited_officials_does_not_inherit_its_source():
    claims = claims_of(
        "ونقلت جريدة «الصباح» عن مصادر أمنية أن 14 خلية فككت منذ بداية السنة. "
        "وكتبت «الأحداث» أن 60 شخصا اعتقلوا خلال السنة الجارية في قضايا الإرهاب."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "unspecified"]


def test_the_same_paper_reporting_again_cites_no_one():
    claims = claims_of(
        "Al Massae, quoting security sources, said 12 cells were dismantled in 2023. "
        "The same newspaper reported that 140 people were arrested in terrorism cases in 2023."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "unspecified"]


def test_a_figure_given_without_citing_a_source_is_unspecified():
    claims = claims_of(
        "Selon des sources sécuritaires citées par Assabah, 9 cellules ont été démantelées en 2023. "
        "Un autre titre évoque, sans citer de source, 115 personnes interpellées en 2023 dans des affaires de terrorisme."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "unspecified"]


def test_a_definite_noun_for_the_body_named_before_is_the_actor_of_its_own_operation():
    claims = claims_of(
        "En 2023, la DGST a démantelé 12 cellules terroristes. "
        "La direction a également interpellé 130 personnes en 2023 dans des affaires de terrorisme."
    )
    assert [c.attribution.org for c in claims] == ["DGST", "DGST"]


def test_the_bureau_as_the_object_of_a_preposition_is_not_the_actor():
    claims = claims_of(
        "وفكك المكتب المركزي للأبحاث القضائية 12 خلية سنة 2023. وأحيل على المكتب 130 شخصا سنة 2023 في قضايا الإرهاب."
    )
    assert [c.attribution.org for c in claims] == ["BCIJ", "unspecified"]


def test_a_guests_own_count_from_official_statements_is_his_not_the_statements():
    claims = claims_of(
        "Entretien avec le chercheur Omar Benali, spécialiste des mouvements jihadistes.\n"
        "Animatrice : Combien de cellules ont été démantelées ?\n"
        "Omar Benali : Entre 2016 et 2021, 61 cellules, un chiffre que j'ai moi-même compté dans les communiqués officiels.\n"
        "Animatrice : Et depuis ?\n"
        "Omar Benali : Je n'ai pas refait le calcul.\n"
    )
    assert [c.attribution.org for c in claims] == ["analyst"]


def test_a_bureau_only_named_before_gives_no_source_to_a_later_background_sentence():
    claims = claims_of(
        "عاد المكتب المركزي للأبحاث القضائية إلى الواجهة بعد عمليات نوعية. "
        "وكان المكتب قد فكك خلال شهر يناير الماضي ثلاث خلايا إرهابية."
    )
    assert [c.attribution.org for c in claims] == ["unspecified"]


def test_a_figure_answering_a_short_question_reads_the_answer_before_it():
    claims = claims_of(
        "Some 1,500 Moroccans went to fight in Syria and Iraq.\n"
        "What happened to them?\n"
        "About 600 of them were killed."
    )
    assert [(c.metric, c.value) for c in claims] == [("fighters_joined", 1500), ("fighters_killed", 600)]


def test_a_correction_drops_the_figure_it_withdraws_and_keeps_the_corrected_one():
    claims = claims_of(
        "An earlier version of this article said 1,900 people had been arrested in terrorism cases in 2023. "
        "The correct figure, given by the DGSN, is 190 people arrested in terrorism cases in 2023.",
        title="Correction: arrests in 2023",
    )
    assert [c.value for c in claims] == [190]


def test_intelligence_exchanged_with_a_country_makes_it_a_partner():
    from claims.extraction.countries import find_countries

    from .helpers import body_document

    found = find_countries(
        body_document("The minister thanked the police of Belgium for the intelligence exchanged this year.")
    )
    assert {m.code for m in found if m.role == "partner"} == {"BE"}


def test_a_figure_in_a_relative_clause_after_another_country_is_that_countrys():
    claims = claims_of(
        "L'étude compare le Maroc à la Belgique, qui aurait vu partir environ 500 combattants vers la Syrie."
    )
    assert claims == []


def test_warada_appeared_is_not_the_answering_verb_radda():
    from claims.extraction.records import Attribution

    named = Attribution("BCIJ", None, "المكتب المركزي للأبحاث القضائية")
    found = find_attribution(
        FoldedText("وهذه الحصيلة كما وردت في المعطيات المنشورة مطلع السنة"), None, None, named
    )
    assert found is None


def test_parts_of_returnees_come_back_from_one_zone_carry_it():
    claims = claims_of(
        "Au total, 190 combattants sont rentrés au Maroc, dont 150 de Syrie, selon le ministère."
    )
    assert [(c.value, c.subset) for c in claims] == [(190, None), (150, "syria")]


def test_nationals_introduced_by_our_are_counted():
    claims = claims_of("Quelque 120 de nos ressortissants restent détenus en Irak, selon le ministère.")
    assert [(c.metric, c.value) for c in claims] == [("fighters_detained_abroad", 120)]


def test_people_arrested_since_2002_are_the_counter_terrorism_record():
    claims = claims_of("Un lecteur rappelle que 4 100 personnes ont été interpellées depuis 2002 au Maroc.")
    assert [(c.metric, c.value) for c in claims] == [("persons_arrested", 4100)]


def test_people_arrested_since_2002_for_another_crime_are_not():
    assert claims_of("Since 2002, 380 people have been arrested for drug trafficking in the region.") == []


def test_his_country_after_a_foreign_speaker_is_that_country():
    assert claims_of("Le ministre belge a indiqué que son pays avait démantelé 14 cellules en 2023.") == []


def test_his_country_after_a_moroccan_speaker_stays_morocco():
    claims = claims_of("وأكد الوزير أن بلاده فككت 14 خلية إرهابية سنة 2023.")
    assert [c.value for c in claims] == [14]


def test_the_body_whose_count_an_operation_raises_carried_it_out():
    claims = claims_of(
        "Cette opération, menée à l'aube à Fès, a permis l'arrestation de quatre suspects liés à Daech. "
        "Avec cette opération, le nombre de cellules démantelées par la DGST depuis janvier s'élève à 7."
    )
    assert (claims[0].value, claims[0].attribution.org) == (4, "DGST")
