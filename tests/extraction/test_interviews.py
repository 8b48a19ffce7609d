"""Interviews: the answers are the interviewee's figures, named or not; the questions are not claims."""

from datetime import date

from claims.extraction.claims import find_claims
from claims.extraction.records import Document


def interview(body: str, title: str, outlet: str | None = None, language: str = "ar") -> Document:
    return Document(
        text=body,
        title=title,
        outlet=outlet,
        published=date(2022, 6, 1),
        dateline=None,
        language=language,
        body_start=0,
        body_end=len(body),
        layout="clean",
    )


ARABIC = (
    "التقت الجريدة عبد الحق الخيام في مكتبه بسلا وسألته عن حصيلة العمل.\n"
    "س: ما هي حصيلة المكتب منذ إنشائه؟\n"
    "ج: فككنا منذ سنة 2015 ما مجموعه 70 خلية إرهابية، وقدمنا أمام العدالة 1100 شخص.\n"
    "س: تتحدث بعض التقارير عن 2500 مغربي التحقوا بالقتال في سوريا، ما تعليقكم؟\n"
    "ج: الرقم مبالغ فيه. المعطيات المتوفرة لدينا تتحدث عن 1600 مقاتل.\n"
)


def test_the_answers_of_an_arabic_interview_are_the_interviewees_figures():
    claims = find_claims(interview(ARABIC, "الخيام: الخطر ما يزال قائما"))
    assert [(c.value, c.attribution.org) for c in claims if c.value in (70, 1100)] == [
        (70, "BCIJ"),
        (1100, "BCIJ"),
    ]


def test_a_figure_put_in_a_question_is_not_a_claim_of_the_article():
    claims = find_claims(interview(ARABIC, "الخيام: الخطر ما يزال قائما"))
    assert 2500 not in [c.value for c in claims]


FRENCH = (
    "Le directeur du Bureau central d'investigations judiciaires a reçu Le Journal. Entretien.\n"
    "Le Journal : Quel est le bilan de l'année ?\n"
    "Ahmed Alaoui : Nous avons démantelé 12 cellules l'an dernier.\n"
    "Le Journal : En 2019, le parquet a compté 300 personnes poursuivies. Pourquoi cet écart ?\n"
    "Ces 300 dossiers englobent l'apologie. Nous avons interpellé 95 personnes dans nos propres enquêtes antiterroristes.\n"
)


def test_answers_marked_by_the_interviewees_name_and_unmarked_answers_take_the_body_of_the_introduction():
    claims = find_claims(interview(FRENCH, "Ahmed Alaoui : « la menace change »", "Le Journal", "fr"))
    assert [(c.value, c.attribution.org, c.attribution.person) for c in claims] == [
        (12, "BCIJ", "Ahmed Alaoui"),
        (95, "BCIJ", "Ahmed Alaoui"),
    ]


def test_a_figure_pointed_at_again_by_a_demonstrative_is_not_a_new_claim():
    claims = find_claims(interview(FRENCH, "Ahmed Alaoui : « la menace change »", "Le Journal", "fr"))
    assert 300 not in [c.value for c in claims]


ENGLISH = (
    "Karim Idrissi heads the Casablanca Institute for Strategic Studies. The Weekly spoke to him.\n"
    "The Weekly: How many cells have been broken up?\n"
    "Karim Idrissi: Official statistics put the number of cells dismantled since 2002 at 220.\n"
    "The Weekly: And the fighters?\n"
    "About 1,600 Moroccans went to Syria and Iraq, by my own count.\n"
)


def test_an_answer_that_cites_an_official_source_keeps_it_and_the_next_answer_is_the_analysts():
    claims = find_claims(interview(ENGLISH, "Karim Idrissi: 'A smaller threat'", "The Weekly", "en"))
    assert [(c.value, c.attribution.org) for c in claims] == [
        (220, "official_unspecified"),
        (1600, "analyst"),
    ]


def test_an_article_quoting_one_speaker_with_a_colon_is_not_an_interview():
    body = (
        "Le ministre a présenté le bilan devant les députés.\n"
        "Bilan : 14 cellules démantelées en 2021, selon le ministère de l'Intérieur.\n"
        "Le ministre a ensuite répondu aux questions.\n"
    )
    [claim] = find_claims(interview(body, "Bilan sécuritaire", "Le Journal", "fr"))
    assert claim.attribution.org == "MOI"
