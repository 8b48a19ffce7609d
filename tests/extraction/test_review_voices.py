"""Who speaks in reviews, op-eds and notes (corpus_review round): an author who writes, a source named in
the accusative, a researcher who "relève", Morocco's services cited as a source but not as an actor."""

from .helpers import claims_of


def orgs(body):
    return [(c.value, c.attribution.org) for c in claims_of(body)]


def test_a_researcher_who_writes_in_an_arabic_op_ed_is_an_analyst():
    body = "ولا ينبغي أن ننسى أن 48 خلية إرهابية فككت منذ 2015، كما تكتب الباحثة سعاد المريني.\n"
    assert orgs(body) == [(48, "analyst")]


def test_a_researcher_who_writes_in_an_english_op_ed_is_an_analyst():
    body = "Some 1,300 terrorism suspects have been arrested since 2015, writes political scientist Omar Bennani.\n"
    assert orgs(body) == [(1300, "analyst")]


def test_a_researcher_who_writes_in_a_french_op_ed_is_an_analyst():
    body = "Plus de 90 cellules ont été démantelées depuis 2015, écrit le chercheur Youssef Amrani.\n"
    assert orgs(body) == [(90, "analyst")]


def test_a_researcher_who_notes_after_the_figure_is_an_analyst():
    body = "Depuis 2019, 35 cellules ont été démantelées, relève l'universitaire Leila Benjelloun.\n"
    assert orgs(body) == [(35, "analyst")]


def test_a_source_named_in_the_accusative_speaks_for_its_body():
    body = (
        "ويقدر الباحث إدريس السايح عدد الخلايا المفككة منذ 2015 بأكثر من 80 خلية.\n"
        "لكن مصدرا من المكتب المركزي للأبحاث القضائية حصر العدد في 91 خلية منذ 2015.\n"
    )
    assert orgs(body) == [(80, "analyst"), (91, "BCIJ")]


def test_morocco_s_services_cited_by_a_reporting_word_are_an_official_source():
    body = (
        "L'indice ne recense que 12 attentats sur le sol marocain depuis 2000.\n"
        "D'après les services marocains, 57 personnes ont été interpellées en 2024 pour terrorisme.\n"
    )
    assert orgs(body)[-1] == (57, "official_unspecified")


def test_morocco_s_services_acting_give_way_to_the_official_who_speaks_after():
    body = "Depuis 2002, les services marocains ont arrêté plus de 4 000 suspects, a rappelé le patron du BCIJ.\n"
    assert orgs(body) == [(4000, "BCIJ")]


def test_an_official_no_one_names_speaks_for_the_body_the_sentence_opens_on():
    body = "The BCIJ has broken up 97 terrorist cells since 2015, a security official told reporters.\n"
    assert orgs(body) == [(97, "BCIJ")]


def test_an_official_no_one_names_speaks_for_the_body_in_arabic():
    body = "فككت المديرية العامة لمراقبة التراب الوطني 221 خلية إرهابية منذ 2002، حسب ما صرح به مسؤول أمني للجريدة.\n"
    assert orgs(body) == [(221, "DGST")]


def test_a_think_tank_s_policy_brief_is_an_analyst():
    body = "Some 95 cells have been dismantled since 2015, according to a policy brief by a Rabat research centre.\n"
    assert orgs(body) == [(95, "analyst")]


def test_an_arabic_research_paper_is_an_analyst():
    body = "وأوضحت ورقة بحثية صادرة حديثا أن 95 خلية إرهابية فككت منذ 2015.\n"
    assert orgs(body) == [(95, "analyst")]


def test_the_author_of_an_opinion_piece_is_an_analyst():
    body = "ويرى كاتب المقال أن عدد الموقوفين في قضايا الإرهاب تجاوز 1300 شخص منذ 2015.\n"
    assert orgs(body) == [(1300, "analyst")]


def test_an_author_who_notes_after_the_figure_is_an_analyst():
    body = "Plus de 95 cellules ont été démantelées depuis 2015, souligne l'auteur de la tribune.\n"
    assert orgs(body) == [(95, "analyst")]
