"""Sources named by a bare title after someone else spoke, unnamed official sources, and kin as people."""

from datetime import date

from .helpers import claims_of


def test_a_bare_minister_title_means_the_minister_named_before_an_intervening_mp():
    claims = claims_of(
        "Le ministre de l'Intérieur a déclaré devant les députés que 9 cellules terroristes ont été démantelées en 2021. "
        "Une députée de l'opposition a rappelé que 40 suspects avaient été arrêtés en 2020. "
        "Le ministre a ajouté que 70 projets terroristes ont été déjoués depuis 2002.",
        date(2022, 2, 1),
    )
    by_value = {c.value: c.attribution.org for c in claims}
    assert by_value[40] == "PARLIAMENT"
    assert by_value[70] == "MOI"


def test_an_official_source_in_english_is_an_unnamed_official():
    (claim,) = claims_of(
        "Twelve terrorist cells were dismantled in 2019, an official source told reporters.", date(2020, 1, 5)
    )
    assert claim.attribution.org == "official_unspecified"


def test_une_source_officielle_is_an_unnamed_official():
    (claim,) = claims_of(
        "Selon une source officielle, 17 cellules terroristes ont été démantelées en 2018.", date(2019, 1, 5)
    )
    assert claim.attribution.org == "official_unspecified"


def test_brothers_arrested_are_people_arrested():
    (claim,) = claims_of(
        "The DGST arrested three brothers suspected of plotting attacks in Tangier.", date(2023, 5, 2)
    )
    assert (claim.metric, claim.value) == ("persons_arrested", 3)


def test_freres_arrested_are_people_arrested():
    (claim,) = claims_of(
        "Le BCIJ a interpellé deux frères soupçonnés de terrorisme à Tétouan.", date(2023, 5, 2)
    )
    assert (claim.metric, claim.value) == ("persons_arrested", 2)


def test_a_qualifier_elided_onto_que_still_qualifies():
    (claim,) = claims_of(
        "Le chercheur affirme qu'environ 450 jihadistes marocains ont été tués en Syrie.", date(2021, 3, 3)
    )
    assert claim.qualifier == "about"


def test_a_qualifier_elided_onto_de_still_qualifies():
    (claim,) = claims_of(
        "La DGSN fait état d'au moins 25 cellules terroristes démantelées en 2017.", date(2018, 1, 3)
    )
    assert claim.qualifier == "at_least"
