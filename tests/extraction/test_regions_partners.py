"""Partners named through an intelligence tip or a coordination clause (other words than tests/corpus_regions)."""

from claims.extraction.countries import find_countries
from tests.extraction.helpers import body_document


def _roles(body: str) -> list[tuple[str, str]]:
    return [(m.code, m.role) for m in find_countries(body_document(body))]


def test_acting_on_a_tip_from_a_foreign_service_makes_a_partner():
    assert _roles("Acting on a tip from Germany, officers raided a flat in Meknes on Monday.") == [
        ("DE", "partner")
    ]


def test_intelligence_handed_over_by_a_foreign_service_makes_a_partner():
    roles = _roles(
        "L'information ayant conduit aux interpellations avait été transmise par les services belges."
    )
    assert roles == [("BE", "partner")]


def test_a_conflict_cue_across_a_comma_does_not_take_the_partner_of_its_own_clause():
    roles = _roles("ونفذت العملية بتنسيق مع الشرطة الفرنسية، وكان أحد الموقوفين مقاتلا سابقا في العراق.")
    assert roles == [("FR", "partner"), ("IQ", "mentioned")]
