"""Round voice2: who speaks in a transcript, a press conference or a page's narration. A host labelled by their
role asks; each guest labelled by name gives the figures of their own turns, by surname too; a quoted turn
outside an interview is its speaker's; an incise between auxiliary and participle still reports; "our count"
is the outlet's in the narration and the speaker's in an answer. Every sentence is written for the test."""

from datetime import date

from claims.extraction.attribution import find_attribution
from claims.extraction.claims import find_claims
from claims.extraction.normalize import FoldedText
from claims.extraction.records import Document

from .helpers import claims_of


def page(body: str, title: str = "", language: str = "ar") -> Document:
    return Document(
        text=body,
        title=title,
        outlet="Le Veilleur",
        published=date(2023, 4, 2),
        dateline=None,
        language=language,
        body_start=0,
        body_end=len(body),
        layout="clean",
    )


def voices(body: str, title: str = "", language: str = "ar"):
    return [
        (c.metric, c.value, c.attribution.org, c.attribution.person)
        for c in find_claims(page(body, title, language))
    ]


def test_a_host_labelled_by_role_asks_and_the_guest_labelled_by_name_answers_for_the_office_beside_his_name():
    body = (
        "المقدم: أهلا بكم، نستضيف اليوم الخبير في الجماعات المتشددة يوسف الزياني.\n"
        "الدكتور يوسف الزياني: غادر نحو 1500 مغربي للقتال في بؤر التوتر خلال العقد الماضي.\n"
        "المقدم: وهل هذا الرقم نهائي؟\n"
        "الزياني: هو تقدير شخصي، ويبقى قابلا للمراجعة.\n"
    )
    assert voices(body, "ندوة تلفزيونية حول التطرف") == [("fighters_joined", 1500, "analyst", "يوسف الزياني")]


def test_each_guest_of_a_transcript_gives_the_figures_of_their_own_turns():
    body = (
        "L'animatrice : Bonsoir, nous recevons le député Omar Bennani et la chercheuse Samira Tazi.\n"
        "Omar Bennani : Selon moi, 40 cellules terroristes ont été démantelées depuis 2019.\n"
        "L'animatrice : Partagez-vous ce chiffre ?\n"
        "Samira Tazi : J'arrive plutôt à 35 cellules démantelées depuis 2019.\n"
        "L'animatrice : Merci à vous deux.\n"
    )
    assert voices(body, "Débat : le bilan antiterroriste", "fr") == [
        ("cells_dismantled", 40, "PARLIAMENT", "Omar Bennani"),
        ("cells_dismantled", 35, "analyst", "Samira Tazi"),
    ]


def test_a_guest_labelled_later_by_surname_alone_is_the_same_speaker():
    body = (
        "Host: Tonight we talk to Hassan Idrissi, a professor at Mohammed V University, and to a former police chief.\n"
        "Hassan Idrissi: The threat has changed shape.\n"
        "Host: How many people went to fight abroad?\n"
        "Idrissi: I would say about 1,400 Moroccans joined jihadist groups in Syria.\n"
        "Host: Thank you.\n"
    )
    assert [(m, v, org) for m, v, org, _ in voices(body, "Tonight's debate", "en")] == [
        ("fighters_joined", 1400, "analyst")
    ]


def test_a_quoted_turn_outside_an_interview_is_its_speakers_and_the_office_after_it_names_him():
    body = (
        "Selon la DGSN, 160 personnes ont été interpellées en 2022 dans des affaires de terrorisme.\n"
        "Mehdi Lahlou : « Au moins 90 d'entre elles étaient actives sur les réseaux sociaux, d'après mon propre "
        "décompte. »\n"
        "L'universitaire ajoute que la tendance se confirme.\n"
    )
    found = voices(body, "Plateau : la radicalisation en ligne", "fr")
    assert found[0][2] == "DGSN"
    assert found[1][1:] == (90, "analyst", "Mehdi Lahlou")


def test_the_narration_after_a_quoted_turn_is_not_the_speakers():
    body = (
        "Nadia Chraibi: “I think some 300 returnees are still under watch,” she told the programme.\n"
        "Last year 12 terrorist cells were dismantled across the kingdom.\n"
    )
    found = voices(body, "On air", "en")
    assert [(metric, value) for metric, value, _, _ in found] == [
        ("returnees", 300),
        ("cells_dismantled", 12),
    ]
    assert found[1][3] is None


def test_a_dateline_with_a_quotation_is_no_speaker():
    body = "الدار البيضاء: «الخبر»\nأعلنت المديرية العامة للأمن الوطني توقيف 5 أشخاص في قضية إرهابية.\n"
    assert [(m, v, org) for m, v, org, _ in voices(body, "توقيف خمسة متطرفين")] == [
        ("persons_arrested", 5, "DGSN")
    ]


def test_an_incise_between_the_auxiliary_and_the_participle_still_reports():
    sentence = (
        "Le ministre des Affaires étrangères a, de son côté, rappelé que 12 opérations conjointes avaient été "
        "menées l'an passé."
    )
    assert find_attribution(FoldedText(sentence)).org == "MFA"


def test_our_count_in_the_narration_is_the_outlets_own():
    claims = claims_of("By our count, 14 terrorist cells have been broken up since January.")
    assert [(c.value, c.attribution.org) for c in claims] == [(14, "unspecified")]


def test_our_count_in_an_answer_is_the_speakers():
    body = (
        "Entretien avec le directeur du Bureau central d'investigations judiciaires.\n"
        "Q : Combien de cellules cette année ?\n"
        "R : Selon nos calculs, 11 cellules terroristes ont été démantelées depuis janvier.\n"
        "Q : Et les complices ?\n"
        "R : Ils sont activement recherchés.\n"
    )
    assert [(m, v, org) for m, v, org, _ in voices(body, "Le BCIJ fait le point", "fr")] == [
        ("cells_dismantled", 11, "BCIJ")
    ]


def test_a_reporting_verb_before_a_colon_and_a_quotation_is_no_speakers_label():
    body = (
        "عقدت المديرية العامة لمراقبة التراب الوطني لقاء صحافيا بالرباط.\n"
        "وقال المسؤول عن التواصل: «فككنا 8 خلايا إرهابية منذ مطلع السنة».\n"
    )
    found = voices(body, "لقاء صحافي")
    assert [(m, v) for m, v, _, _ in found] == [("cells_dismantled", 8)]
    assert found[0][3] != "وقال المسؤول عن التواصل"
