"""corpus_abroad round: fighters' dead counted by the noun "قتيل", and dead counted in a sentence that points back
at the fighters of the sentence before; the victims of an attack stay out. Sentences written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_the_dead_counted_by_their_noun_among_fighters_are_fighters_killed():
    assert values("ولقي المقاتلون المغاربة مصيرا قاسيا، إذ سقط منهم 430 قتيلا في المعارك بسوريا.") == [
        ("fighters_killed", 430)
    ]


def test_dead_pointed_back_at_the_fighters_of_the_sentence_before_are_fighters_killed():
    body = (
        "D'après une source officielle, plus de 1 500 Marocains ont rejoint des groupes jihadistes. "
        "Les mêmes chiffres évoquent 610 Marocains morts là-bas."
    )
    assert values(body) == [("fighters_joined", 1500), ("fighters_killed", 610)]


def test_dead_in_a_sentence_with_no_pointer_to_the_fighters_before_are_not_fighters():
    body = (
        "D'après une source officielle, plus de 1 500 Marocains ont rejoint des groupes jihadistes. "
        "Par ailleurs, 14 Marocains sont morts dans un accident de la route près d'Agadir."
    )
    assert values(body) == [("fighters_joined", 1500)]


def test_the_dead_of_a_bombing_are_victims_not_fighters():
    assert values("وخلف هجوم انتحاري استهدف سوقا شعبية في العراق 35 قتيلا.") == []
