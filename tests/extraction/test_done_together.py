"""Operations two services carried out together are joint operations, and the partner named before them does
not make them another country's figure."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_operations_led_together_with_a_partner_named_first_are_joint_operations():
    body = "Avec Paris, le partenariat est solide : les deux services ont mené ensemble une quinzaine d'opérations depuis 2016."
    assert _read(body) == [("joint_operations", 15)]


def test_operations_carried_out_jointly_are_joint_operations():
    body = "The two services have jointly carried out 15 operations against jihadist networks since 2016."
    assert _read(body) == [("joint_operations", 15)]


def test_a_figure_of_another_country_opened_by_its_name_is_still_dropped():
    assert _read("En Espagne, la police a arrêté 9 personnes liées à Daech l'an dernier.") == []
