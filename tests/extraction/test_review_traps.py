"""Figures of other people's record and shares that are no count (corpus_review round): a record's noun
placed in a foreign country or region right after it, and a share that "rose to" a level."""

from .helpers import claims_of


def values(body):
    return sorted((c.metric, c.value) for c in claims_of(body))


def test_arrests_placed_in_a_foreign_country_after_their_noun_are_that_country_s_in_arabic():
    body = (
        "وأوقف المكتب المركزي للأبحاث القضائية 45 شخصا خلال سنة 2024.\n"
        "ويذكر أن عدد الموقوفين في تونس تخطى 870 شخصا خلال المدة نفسها.\n"
    )
    assert values(body) == [("persons_arrested", 45)]


def test_arrests_placed_in_a_foreign_country_after_their_noun_are_that_country_s_in_french():
    body = (
        "Le BCIJ a interpellé 52 suspects en 2023. On a compté quelque 1 200 interpellations en France la même "
        "année.\n"
    )
    assert values(body) == [("persons_arrested", 52)]


def test_arrests_across_a_union_of_other_countries_are_the_union_s():
    body = (
        "In 2023, 38 terrorism suspects were arrested in Morocco, the DGSN said.\n"
        "Eurojust reported 400 terrorism arrests across the EU that year.\n"
    )
    assert values(body) == [("persons_arrested", 38)]


def test_cells_tied_to_a_region_stay_morocco_s_count():
    body = "Au total, la DGST a démantelé plus de 30 cellules liées au Sahel depuis 2015.\n"
    assert values(body) == [("cells_dismantled", 30)]


def test_a_share_that_rose_to_a_level_is_no_count_of_the_figure_before():
    body = (
        "Officials said 80 people were arrested on terrorism charges in 2024.\n"
        "The ministry adds that the share of online radicalisation cases rose to 35% of the total.\n"
    )
    assert values(body) == [("persons_arrested", 80)]


def test_cells_active_in_a_foreign_country_dismantled_by_a_moroccan_body_stay_claims():
    body = "Le BCIJ a démantelé en 2024 trois cellules actives en Espagne, selon le bureau.\n"
    assert values(body) == [("cells_dismantled", 3)]


def test_cells_dismantled_in_a_foreign_country_after_their_noun_are_that_country_s():
    body = (
        "La DGST a démantelé 6 cellules en 2024.\n"
        "Par ailleurs, on dénombrait 14 cellules terroristes démantelées en Belgique la même année.\n"
    )
    assert values(body) == [("cells_dismantled", 6)]


def test_a_foreign_force_named_as_the_passive_agent_makes_the_figure_its_country_s():
    body = (
        "La DGST a démantelé 5 cellules en 2024.\n"
        "Outre-Pyrénées, 81 jihadistes ont été interpellés par la Guardia Civil.\n"
    )
    assert values(body) == [("cells_dismantled", 5)]


def test_a_foreign_force_named_as_the_subject_makes_the_figure_its_country_s():
    body = "تمكن المكتب المركزي للأبحاث القضائية من تفكيك 5 خلايا سنة 2024.\nوأوقف الحرس المدني 70 شخصا خلال السنة نفسها.\n"
    assert values(body) == [("cells_dismantled", 5)]


def test_a_foreign_force_acting_with_a_moroccan_body_keeps_the_figure():
    body = "La DGST et la Guardia Civil ont interpellé 9 suspects pour terrorisme en 2024, selon un communiqué.\n"
    assert values(body) == [("persons_arrested", 9)]
