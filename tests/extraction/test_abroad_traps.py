"""corpus_abroad round: the people of a camp counted with the number of their nationalities are every country's
people, not Morocco's. Sentences written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_an_arabic_camp_population_of_many_nationalities_is_no_claim():
    body = (
        "وقالت المصادر إن عشرات المغربيات ما زلن محتجزات في سوريا. "
        "ويضم مخيم روج حوالي 2600 امرأة وطفل من 40 جنسية محتجزين في ظروف صعبة."
    )
    assert values(body) == []


def test_a_french_camp_population_of_many_nationalities_is_no_claim():
    assert (
        values("Le camp abrite près de 9 500 détenus de plus de 50 nationalités, dont des Marocains.") == []
    )


def test_an_english_camp_population_of_many_nationalities_is_no_claim():
    assert (
        values("The camp holds about 10,000 detained foreigners from 60 nationalities in north-east Syria.")
        == []
    )


def test_moroccans_held_in_a_camp_are_still_counted():
    assert values("Some 120 Moroccan women remain held in the Roj camp in north-east Syria.") == [
        ("fighters_detained_abroad", 120)
    ]


def test_the_fighters_a_group_holds_are_its_strength_not_moroccans_who_joined():
    body = (
        "Selon un chercheur, 90 Marocains ont rejoint des groupes jihadistes au Sahel. "
        "Ces groupes jihadistes comptent aujourd'hui près de 6 000 combattants, selon l'ONU."
    )
    assert values(body) == [("fighters_joined", 90)]


def test_moroccan_fighters_a_group_holds_are_still_counted():
    assert values("وتضم صفوف التنظيم في سوريا حوالي 1500 مقاتل مغربي حسب تقديرات أمنية.") == [
        ("fighters_joined", 1500)
    ]
