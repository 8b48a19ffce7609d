"""corpus_abroad round: partner cues. An association of families named "coordination" is no cooperation; joint
operations with words between "joint" and "operations", thanks for intelligence, help that let a partner act.
Sentences written for the test."""

from claims.extraction.countries import find_countries

from .helpers import body_document


def roles(body):
    return sorted({(m.code, m.role) for m in find_countries(body_document(body))})


def test_a_french_families_coordination_is_a_body_not_a_cooperation():
    assert roles(
        "La Coordination nationale des proches des détenus en Irak a écrit au chef du gouvernement."
    ) == [("IQ", "mentioned")]


def test_an_english_families_coordination_is_a_body_not_a_cooperation():
    assert roles("The relatives' coordination met MPs to discuss the women stuck in Syria.") == [
        ("SY", "mentioned")
    ]


def test_an_arabic_coordination_committee_of_families_is_a_body_not_a_cooperation():
    assert roles("وراسلت التنسيقية الوطنية لعائلات المحتجزين في العراق وزارة الخارجية.") == [
        ("IQ", "mentioned")
    ]


def test_coordination_with_a_country_still_makes_it_a_partner():
    assert roles("Les services marocains ont agi en étroite coordination avec l'Italie.") == [
        ("IT", "partner")
    ]


def test_joint_operations_with_words_between_make_the_country_a_partner():
    assert roles("Italian and Moroccan investigators ran 4 joint anti-terror operations in 2023.") == [
        ("IT", "partner")
    ]


def test_thanks_for_intelligence_make_the_thanking_country_a_partner():
    assert roles("Germany thanked Rabat for timely intelligence on the cell in Hamburg.") == [
        ("DE", "partner")
    ]


def test_information_that_helped_a_country_disrupt_a_plot_makes_it_a_partner():
    assert roles("Rabat sent information that helped Denmark disrupt a planned attack last spring.") == [
        ("DK", "partner")
    ]
