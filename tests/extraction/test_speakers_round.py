"""corpus_speakers round: who gives the figure. An international index is an outside report (analyst, the
index in raw: docs/conventions.md, "Outside voices"); a foreign government's report named as the possessor of
the report speaks, not the Moroccan authorities its clause reports; a view verb after its holder ("Analyst X believes",
"الباحث … يرى أن") names the speaker, who goes on speaking for the figures carried after."""

from claims.extraction.attribution import find_attribution
from claims.extraction.normalize import FoldedText

from .helpers import claims_of


def attribution_of(sentence, previous=None):
    return find_attribution(FoldedText(sentence), previous)


def test_an_international_index_is_an_analyst_naming_it():
    # an outside report, study or index is coded as a study (docs/conventions.md, "Outside voices")
    found = attribution_of(
        "Morocco suffered three terror attacks between 2015 and 2020, according to the Global Terrorism Index."
    )
    assert found.org == "analyst" and "Global Terrorism Index" in found.raw
    found = attribution_of(
        "وحسب مؤشر الإرهاب العالمي، لم تسجل المملكة سوى هجوم واحد خلال الفترة بين 2018 و2022."
    )
    assert found.org == "analyst" and "مؤشر" in found.raw


def test_a_foreign_government_s_report_is_an_analyst_not_the_authorities_it_reports():
    found = attribution_of(
        "The State Department's annual terrorism report notes Moroccan police detained about 200 suspects in 2022."
    )
    assert found.org == "analyst" and "State Department" in found.raw


def test_a_view_verb_after_its_holder_names_the_analyst():
    assert (
        attribution_of("Researcher Karim Bennani thinks some 400 Moroccans are still held in Syria.").org
        == "analyst"
    )
    assert (
        attribution_of(
            "لكن الخبير في الشؤون الأمنية، أحمد الإدريسي، يعتقد أن أزيد من 400 مغربي ما زالوا محتجزين في سوريا."
        ).org
        == "analyst"
    )


def test_the_analyst_goes_on_speaking_for_the_figure_carried_after():
    claims = claims_of(
        "وحسب الأرقام الرسمية، فككت المصالح الأمنية أزيد من 200 خلية منذ سنة 2002. "
        "في المقابل، يرى الأستاذ الجامعي خالد المنصوري أن أكثر من 500 مغربي لقوا حتفهم في سوريا والعراق. "
        "وأضاف أن نحو 60 منهم قتلوا في ليبيا."
    )
    assert [c.attribution.org for c in claims] == ["official_unspecified", "analyst", "analyst"]


def test_a_body_named_after_the_figure_takes_it_from_the_minister_before():
    claims = claims_of(
        "Le ministre de la Justice a déclaré devant les députés que 130 personnes avaient été poursuivies pour "
        "terrorisme en 2021. Un an plus tôt, elles étaient 150, selon le rapport de la Présidence du ministère public."
    )
    assert [c.attribution.org for c in claims] == ["GOV", "official_unspecified"]


def test_a_presenter_before_the_account_gives_the_figures_of_the_paragraph_after():
    claims = claims_of(
        "عرض وزير الداخلية، صباح اليوم، أمام أعضاء لجنة برلمانية تقريرا شاملا عن حالة الأمن بالبلاد.\n\n"
        "ومكنت اليقظة الأمنية من تفكيك أكثر من 40 خلية منذ سنة 2016."
    )
    assert [c.attribution.org for c in claims] == ["MOI"]


def test_presenting_something_else_is_no_attribution():
    claims = claims_of(
        "وقدم وزير الداخلية التعازي لأسر الضحايا.\n\nوفككت المصالح الأمنية 12 خلية منذ بداية السنة الجارية."
    )
    assert claims[0].attribution.org != "MOI"


def test_the_outlet_s_own_tracking_of_official_statements_is_its_own_count():
    claims = claims_of(
        "وحسب رصد الجريدة لبلاغات وزارة الداخلية، فككت المصالح الأمنية 9 خلايا منذ مطلع السنة الجارية."
    )
    assert claims[0].attribution.org == "unspecified" and claims[0].attribution.raw is None


def test_an_interview_with_unmarked_questions_gives_the_answers_to_the_interviewee():
    from datetime import date

    from claims.extraction.claims import find_claims
    from claims.extraction.records import Document

    body = (
        "Interview with Youssef Amrani, a researcher at the Atlas Centre for Security Studies.\n"
        "How many Moroccans went to fight in Syria?\n"
        "By our cross-checks, roughly 1,500 left for Syria and Iraq after 2013.\n"
        "What about the cells?\n"
        "Our database lists some 90 cells broken up since 2015.\n"
    )
    document = Document(
        body, "The returnees remain a blind spot", None, date(2024, 5, 2), None, "en", 0, len(body), "clean"
    )
    assert [(c.value, c.attribution.org) for c in find_claims(document)] == [
        (1500, "analyst"),
        (90, "analyst"),
    ]


def test_rhetorical_questions_outside_an_interview_are_no_turns():
    from datetime import date

    from claims.extraction.claims import find_claims
    from claims.extraction.records import Document

    body = (
        "Selon la DGSN, 120 personnes ont été interpellées en 2023.\n"
        "Faut-il s'en inquiéter ?\n"
        "Les autorités ont démantelé 14 cellules la même année.\n"
        "Et après ?\n"
        "Rien n'est joué.\n"
    )
    document = Document(
        body, "Terrorisme : le bilan", None, date(2024, 2, 2), None, "fr", 0, len(body), "clean"
    )
    assert [c.attribution.org for c in find_claims(document)][0] == "DGSN"


def test_a_second_speaker_giving_the_same_figure_is_a_second_claim():
    claims = claims_of(
        "Dans une question écrite, un député de l'opposition a affirmé que 96 revenants avaient été placés en garde "
        "à vue dès leur retour. Dans sa réponse, le ministre de la Justice a confirmé que 96 revenants avaient été "
        "arrêtés et déférés devant la justice."
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(96, "PARLIAMENT"), (96, "GOV")]


def test_the_same_speaker_repeating_the_figure_is_one_claim():
    claims = claims_of(
        "Le ministre de la Justice a indiqué que 96 revenants avaient été arrêtés. "
        "Ces 96 revenants ont tous été déférés devant la justice, a-t-il ajouté."
    )
    assert [(c.value, c.attribution.org) for c in claims] == [(96, "GOV")]


def test_a_count_whose_verb_exceeds_the_number_is_linked_to_it():
    claims = claims_of(
        "ويعتقد الخبير الأمني أن عدد المغاربة الذين قتلوا في سوريا والعراق يفوق 650، حسب تقديره."
    )
    assert [(c.metric, c.value, c.qualifier, c.attribution.org) for c in claims] == [
        ("fighters_killed", 650, "more_than", "analyst")
    ]


def test_au_mois_d_before_a_month_dates_the_figure_to_that_month():
    claims = claims_of("De source officielle, 12 Marocains ont été rapatriés d'Irak au mois d'avril.")
    assert [(c.period.type, c.period.start) for c in claims] == [("month", "2024-04")]
    claims = claims_of("Selon la DGSN, 4 cellules ont été démantelées depuis le mois d'octobre.")
    assert [(c.period.type, c.period.start) for c in claims] == [("since", "2024-10")]


def test_the_authorities_who_speak_of_a_figure_give_it_and_acting_they_do_not():
    claims = claims_of("Les autorités parlent de 1600 Marocains partis combattre en Syrie et en Irak.")
    assert [(c.value, c.attribution.org) for c in claims] == [(1600, "official_unspecified")]
    claims = claims_of("Les autorités ont démantelé 14 cellules terroristes en 2022.")
    assert [(c.value, c.attribution.org) for c in claims] == [(14, "unspecified")]


def test_nationals_named_raaya_are_people():
    claims = claims_of("وحسب وزارة الخارجية، استعاد المغرب 35 من رعاياه الذين كانوا محتجزين في العراق.")
    assert [(c.metric, c.value, c.attribution.org) for c in claims] == [("returnees", 35, "MFA")]


def test_the_beneficiaries_of_a_programme_are_no_count_of_the_contract():
    claims = claims_of(
        "Selon l'administration pénitentiaire, 180 détenus condamnés pour terrorisme ont bénéficié du programme "
        "de réconciliation depuis 2017. La DGSN a interpellé 40 personnes pour terrorisme en 2023."
    )
    assert [c.value for c in claims] == [40]


def test_the_people_before_as_subject_of_a_verb_of_including_open_on_a_part_of_them():
    claims = claims_of(
        "Selon le procureur général, 64 personnes ont été poursuivies pour terrorisme en 2022. "
        "Elles comprenaient 7 mineurs, a-t-il précisé."
    )
    assert [(c.value, c.subset, c.metric == claims[0].metric) for c in claims] == [
        (64, None, True),
        (7, "minors", True),
    ]


def test_the_number_before_a_participle_counts_people_and_a_syrian_place_is_syria():
    claims = claims_of("Security sources put the number detained in Syrian prisons at about 180.")
    assert [(c.metric, c.value, c.subset, c.attribution.org) for c in claims] == [
        ("fighters_detained_abroad", 180, "syria", "official_unspecified")
    ]
