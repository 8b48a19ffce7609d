"""An estimate of "their number" counts what the figure before counts; a qualifier glued to the preposition
"ب" ("بنحو", "بحوالي": estimated at about) qualifies the number."""

from .helpers import claims_of


def _read(body: str):
    return [(c.metric, c.value, c.qualifier) for c in claims_of(body)]


def test_an_estimate_of_their_number_in_the_next_sentence_counts_the_same_people():
    body = "وتتحدث السلطات عن 250 عائدا من سوريا. غير أن مركز الأبحاث يقدر عددهم بنحو 320 شخصا."
    assert _read(body)[1][:2] == ("returnees", 320)


def test_their_number_estimated_in_english_counts_the_people_of_its_sentence():
    body = "Women and minors held in camps in Syria are the priority: the study estimates their number at about 600."
    assert _read(body) == [("fighters_detained_abroad", 600, "about")]


def test_a_qualifier_glued_to_the_preposition_qualifies_the_number():
    body = "وقدر التقرير عدد المغاربة المحتجزين في مخيمات سوريا بحوالي 700 شخص."
    assert _read(body) == [("fighters_detained_abroad", 700, "about")]
