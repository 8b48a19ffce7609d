"""Round 5 (voices): partner cues. A foreign security delegation received, an officer decorated by a foreign
government, a foreign agency named by its own name; a cue word inside a name is no cue. Sentences written
for the test."""

from claims.extraction.countries import find_countries

from .helpers import body_document


def partners(body):
    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_a_delegation_of_a_foreign_agency_received_makes_its_country_a_partner():
    assert partners("Le directeur de la DGST a reçu lundi à Rabat une délégation de la CIA.") == ["US"]


def test_officers_decorated_by_a_foreign_government_make_it_a_partner():
    assert partners("Trois officiers marocains ont été décorés mardi par le gouvernement italien.") == ["IT"]


def test_the_bureau_s_nickname_is_not_the_united_states():
    assert partners("Le BCIJ, surnommé le FBI marocain, coopère avec plusieurs services européens.") == []


def test_a_cue_word_inside_an_agency_s_name_is_no_cue():
    # "التحق" (joined) begins "التحقيقات" (investigations): the name, not a fighters' cue
    assert partners("وأشاد مكتب التحقيقات الفيدرالي الأمريكي بالمعلومات التي قدمتها المصالح المغربية.") == [
        "US"
    ]
