"""corpus_parl / corpus_oped round (partners): a country named with its article, "US" in capitals, a joint
appearance, a refused cooperation, a country's account of its own record and a cue across a contrast (in other
words than the corpora)."""

from claims.extraction.countries import find_countries

from .helpers import body_document


def roles(body):
    return [(m.code, m.role) for m in find_countries(body_document(body))]


def test_a_country_named_with_its_article_is_found():
    assert roles("Police worked with the Netherlands to track the network.") == [("NL", "partner")]


def test_us_in_capitals_is_the_united_states():
    assert roles("US agencies cooperated closely with Moroccan services.") == [("US", "partner")]
    assert roles("Let us see what happens next.") == []


def test_a_minister_speaking_alongside_a_foreign_official_names_a_partner():
    assert roles(
        "Standing alongside the German interior minister, Laftit said 12 cells were dismantled."
    ) == [("DE", "partner")]


def test_a_refused_cooperation_names_no_partner():
    assert roles("وفي المقابل، ترفض موريتانيا أي تنسيق أمني مع الرباط.") == [("MR", "mentioned")]


def test_a_country_telling_its_own_record_is_no_partner():
    assert roles("وتقول السلطات الإسبانية إنها أحبطت 20 هجوما منذ 2015.") == [("ES", "mentioned")]


def test_a_cue_does_not_cross_a_contrast():
    assert roles(
        "Ministers hailed the cooperation with Spain on migration, whereas Mali remains a source of concern."
    ) == [("ES", "partner"), ("ML", "mentioned")]
