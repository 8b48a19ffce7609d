"""Figures in enumerations, breakdowns and number words (the lists corpus's round), in other words."""

from .helpers import claims_of


def readings(text):
    return [(c.metric, c.subset, c.value, c.period.type, c.period.start) for c in claims_of(text)]


def test_a_bare_number_followed_by_a_verb_of_repatriation_counts_returnees():
    text = "Security services broke up 30 cells since 2015. Last year, 9 were repatriated from Iraq, officials said."
    assert ("returnees", "repatriated", 9, "year", "2023") in readings(text)
    text = "Les services ont démantelé 30 cellules depuis 2015. L'an passé, 9 ont été rapatriés d'Irak."
    assert ("returnees", "repatriated", 9, "year", "2023") in readings(text)
    text = "وفككت المصالح 30 خلية إرهابية منذ 2015. وخلال 2022، 8 أعيدوا من مخيمات سوريا."
    assert ("returnees", "repatriated", 8, "year", "2022") in readings(text)


def test_a_verb_before_a_number_with_a_noun_of_its_own_does_not_point_back_at_the_people_before():
    text = "Last year, 14 came back from Syria. The 2011 Marrakech blast killed 17 tourists."
    assert [(c.metric, c.value) for c in claims_of(text)] == [("returnees", 14)]
