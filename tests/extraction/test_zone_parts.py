"""A breakdown of returnees by conflict zone: each part carries its own zone (Syria and Iraq as one, Libya)."""

import dataclasses

from claims.extraction.claims import find_claims

from .helpers import body_document


def _subsets(body: str, language: str):
    document = dataclasses.replace(body_document(body), language=language)
    return {c.value: c.subset for c in find_claims(document)}


def test_english_parts_from_the_syrian_iraqi_area_and_from_libya():
    body = (
        "Since 2016, 96 fighters have come back to Morocco from conflict zones, "
        "81 of them from the Iraqi-Syrian area and 15 from Libya, the interior ministry said."
    )
    subsets = _subsets(body, "en")
    assert subsets[81] == "syria_iraq_linked"
    assert subsets[15] == "libya"


def test_french_parts_from_the_syro_iraqi_zone_and_libya():
    body = (
        "Depuis 2016, 96 combattants sont revenus au Maroc des zones de conflit, dont 81 de la région "
        "syro-irakienne et 15 de Libye, selon le ministère de l'Intérieur."
    )
    subsets = _subsets(body, "fr")
    assert subsets[81] == "syria_iraq_linked"
    assert subsets[15] == "libya"


def test_arabic_parts_from_the_syrian_iraqi_arena_and_libya():
    body = (
        "ومنذ 2016 عاد 96 مقاتلا إلى المغرب من بؤر التوتر، 81 منهم من الساحة السورية العراقية و15 من ليبيا."
    )
    subsets = _subsets(body, "ar")
    assert subsets[81] == "syria_iraq_linked"
    assert subsets[15] == "libya"


def test_syria_and_iraq_alone_only_say_who_the_returnees_are():
    # no other zone set against them: "revenus de la zone syro-irakienne" defines the returnees, no subset
    body = (
        "Les 40 personnes arrêtées ont été présentées au parquet ; 4 d'entre elles étaient revenues de la "
        "zone syro-irakienne."
    )
    assert _subsets(body, "fr").get(4) is None


def test_one_zone_of_several_named_in_the_clause_is_no_part_zone():
    body = (
        "Quelque 1 600 Marocains ont rejoint Daech depuis 2012. En 2021, au moins 230 d'entre eux étaient "
        "retenus dans des camps en Syrie, en Irak et en Turquie."
    )
    assert _subsets(body, "fr").get(230) is None


def test_an_item_with_a_noun_of_its_own_in_the_enumeration_carries_its_zone():
    body = (
        "In all, 96 returnees from the conflict zones were prosecuted: 81 from the Iraqi-Syrian area, "
        "11 former Islamic State members in Libya and 4 others deported to Morocco by Turkey."
    )
    assert _subsets(body, "en")[11] == "libya"
