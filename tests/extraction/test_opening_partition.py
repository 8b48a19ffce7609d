"""A sentence that opens on the figure before by a pronoun alone ("Parmi elles,", "Of these,", "ومنها،")
and splits it: its bare numbers, each with its verb, count what that figure counts, over its period."""

from .helpers import claims_of


def readings(text):
    return [(c.metric, c.subset, c.value, c.period.type, c.period.start) for c in claims_of(text)]


def test_a_french_split_opened_by_parmi_elles_counts_the_cells_before():
    assert readings(
        "La DGST a annoncé le démantèlement de 14 cellules terroristes en 2023. "
        "Parmi elles, 9 étaient liées à Daech et 6 agissaient de manière autonome."
    ) == [
        ("cells_dismantled", None, 14, "year", "2023"),
        ("cells_dismantled", "isis_linked", 9, "year", "2023"),
        ("cells_dismantled", "autonomous", 6, "year", "2023"),
    ]


def test_an_english_split_opened_by_of_these_counts_the_cells_before():
    assert readings(
        "The interior ministry said 11 terrorist cells were broken up in 2022. "
        "Of these, seven were tied to the Islamic State and four operated on their own."
    ) == [
        ("cells_dismantled", None, 11, "year", "2022"),
        ("cells_dismantled", "isis_linked", 7, "year", "2022"),
        ("cells_dismantled", "autonomous", 4, "year", "2022"),
    ]


def test_an_arabic_split_opened_by_minha_counts_the_cells_before():
    assert readings(
        "وأعلنت المديرية العامة لمراقبة التراب الوطني أنها فككت 10 خلايا إرهابية خلال سنة 2021. "
        "ومنها، 6 كانت مرتبطة بتنظيم داعش و5 كانت تعمل بشكل مستقل."
    ) == [
        ("cells_dismantled", None, 10, "year", "2021"),
        ("cells_dismantled", "isis_linked", 6, "year", "2021"),
        ("cells_dismantled", "autonomous", 5, "year", "2021"),
    ]


def test_a_number_with_no_verb_after_the_pronoun_is_not_a_part():
    assert readings(
        "La DGST a annoncé le démantèlement de 14 cellules terroristes en 2023. Parmi elles, 2019 reste une référence."
    ) == [("cells_dismantled", None, 14, "year", "2023")]


def subsets(text):
    return [(c.value, c.subset) for c in claims_of(text)]


def test_cells_of_the_istihlal_current_beside_isis_cells_are_their_own_part():
    assert subsets(
        "Depuis 2015, le bureau a démantelé 62 cellules, dont 55 liées à Daech et sept autres à la mouvance Al-Istihlal."
    ) == [(62, None), (55, "isis_linked"), (7, "istihlal_linked")]


def test_an_english_split_between_isis_and_the_istihlal_current():
    assert subsets(
        "The bureau has broken up 48 cells since 2015, including 44 linked to ISIS and four to the istihlal current."
    ) == [(48, None), (44, "isis_linked"), (4, "istihlal_linked")]


def test_an_arabic_split_between_daesh_and_istihlal():
    assert subsets(
        "وفكك المكتب 75 خلية منذ 2015، من بينها 70 خلية موالية لداعش و5 خلايا تتبنى فكر الاستحلال."
    ) == [
        (75, None),
        (70, "isis_linked"),
        (5, "istihlal_linked"),
    ]


def test_an_arabic_sentence_opening_on_these_cells_gives_its_figure_the_affiliation_of_a_part():
    assert readings(
        "وفكك المكتب المركزي للأبحاث القضائية 88 خلية منذ تأسيسه سنة 2015. "
        "ومن بين هذه الخلايا 81 خلية مرتبطة بتنظيم داعش."
    ) == [
        ("cells_dismantled", None, 88, "since", "2015"),
        ("cells_dismantled", "isis_linked", 81, "since", "2015"),
    ]


def test_an_english_sentence_opening_on_these_cells_gives_its_figure_the_affiliation_of_a_part():
    assert readings(
        "The bureau has dismantled 88 cells since it was set up in 2015. "
        "Among these cells, 81 cells were tied to the Islamic State."
    ) == [
        ("cells_dismantled", None, 88, "since", "2015"),
        ("cells_dismantled", "isis_linked", 81, "since", "2015"),
    ]


def test_a_part_after_of_which_is_read_with_its_affiliation():
    assert subsets("The bureau has broken up 48 cells since 2015, of which 44 were linked to ISIS.") == [
        (48, None),
        (44, "isis_linked"),
    ]
