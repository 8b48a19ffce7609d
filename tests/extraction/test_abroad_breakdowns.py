"""corpus_abroad round: a figure distributed over its parts, each printed in brackets after its head (a zone, a
sex, an age group). Every sentence here is written for the test."""

from .helpers import claims_of


def parts(body):
    return [(c.metric, c.value, c.subset) for c in claims_of(body)]


def test_bracketed_parts_after_arabic_zones_are_the_zones_shares():
    assert parts(
        "وأوضح المصدر أن 900 مغربي التحقوا بالجماعات المسلحة، موزعين بين سوريا (700) والعراق (200)."
    ) == [
        ("fighters_joined", 900, None),
        ("fighters_joined", 700, "syria"),
        ("fighters_joined", 200, "iraq"),
    ]


def test_bracketed_parts_after_sexes_and_ages_are_those_groups():
    found = parts(
        "The report counts 520 Moroccans still held in camps in north-east Syria, divided between women (180) "
        "and children (340)."
    )
    assert found[1:] == [
        ("fighters_detained_abroad", 180, "women"),
        ("fighters_detained_abroad", 340, "minors"),
    ]


def test_bracketed_shares_of_another_country_s_figure_are_no_claims():
    assert (
        parts("Selon Paris, 1 900 Français sont partis, répartis entre la Syrie (1 500) et l'Irak (400).")
        == []
    )


def test_a_bracketed_number_with_no_distribution_is_no_part():
    found = parts("Le BCIJ a interpellé 6 suspects à Tétouan, dont un mineur (16 ans), selon un communiqué.")
    assert [value for _m, value, _s in found] == [6]
