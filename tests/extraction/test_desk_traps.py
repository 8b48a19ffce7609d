"""Figures of other people's record inside a Moroccan story (corpus_desk round): foreign fighters of every
country, people qualified by another country's adjective, events placed in a region right after their noun."""

from .helpers import claims_of


def values(body):
    return sorted((c.metric, c.value) for c in claims_of(body))


def test_foreign_fighters_of_every_country_are_not_morocco_s():
    body = (
        "Selon l'organisation, près de 2 000 combattants étrangers croupissent encore dans les camps du nord-est.\n"
        "Les services marocains ont démantelé 8 cellules terroristes en 2024.\n"
    )
    assert values(body) == [("cells_dismantled", 8)]


def test_foreign_fighters_in_arabic_are_not_morocco_s():
    body = (
        "وتقدر الهيئة الأممية عدد المقاتلين الأجانب المحتجزين في المخيمات بنحو 9000 شخص.\n"
        "وفككت المصالح الأمنية المغربية 6 خلايا إرهابية خلال السنة الماضية.\n"
    )
    assert values(body) == [("cells_dismantled", 6)]


def test_people_qualified_by_another_country_s_adjective_before_the_noun_are_that_country_s():
    body = (
        "About 1,600 Moroccans joined armed groups in Syria and Iraq, the institute found.\n"
        "The same study puts the number of Libyan fighters at 4,000 and adds that few of them came back.\n"
    )
    assert values(body) == [("fighters_joined", 1600)]


def test_people_qualified_by_another_country_s_adjective_after_the_noun_are_that_country_s():
    body = (
        "L'étude chiffre le nombre de combattants algériens à 1 200 sur la décennie.\n"
        "Le BCIJ a interpellé 40 suspects en 2024.\n"
    )
    assert values(body) == [("persons_arrested", 40)]


def test_events_placed_in_a_region_right_after_their_noun_are_the_region_s():
    body = (
        "The index records 1,800 attacks in the Sahel for that year.\n"
        "Morocco foiled 3 terrorist plots in 2024, officials said.\n"
    )
    assert values(body) == [("plots_foiled", 3)]


def test_moroccan_cells_linked_to_a_region_stay_claims():
    body = (
        "Moroccan services dismantled 9 terrorist cells in 2024, 5 of them linked to groups in the Sahel.\n"
    )
    assert ("cells_dismantled", 9) in values(body)


def partners(body):
    from claims.extraction.countries import find_countries

    from .helpers import body_document

    return sorted({m.code for m in find_countries(body_document(body)) if m.role == "partner"})


def test_intelligence_sharing_with_a_country_makes_it_a_partner():
    body = "The minister welcomed the intelligence sharing with Belgium and Italy over the past decade.\n"
    assert partners(body) == ["BE", "IT"]


def test_french_intelligence_sharing_with_a_country_makes_it_a_partner():
    body = "Le directeur a salué le partage de renseignements avec l'Italie, qui a permis plusieurs arrestations.\n"
    assert partners(body) == ["IT"]
