"""Breakdowns by affiliation in reviews (corpus_review round): al-Qaeda's Maghreb branch as a part's own
group, and a part counted as "a single cell" after the joiner."""

from datetime import date

from .helpers import claims_of


def parts(body):
    return [(c.value, c.subset) for c in claims_of(body, date(2024, 1, 10))]


def test_cells_of_al_qaeda_s_maghreb_branch_are_aqim_linked_in_french():
    body = "En 2023, le BCIJ a démantelé six cellules, dont 4 proches de Daech et 2 liées à AQMI.\n"
    assert parts(body) == [(6, None), (4, "isis_linked"), (2, "aqim_linked")]


def test_cells_of_al_qaeda_s_maghreb_branch_are_aqim_linked_in_english():
    body = (
        "The bureau broke up seven cells in 2023, including 5 loyal to the Islamic State and 2 tied to "
        "al-Qaeda in the Islamic Maghreb.\n"
    )
    assert parts(body) == [(7, None), (5, "isis_linked"), (2, "aqim_linked")]


def test_a_single_cell_after_the_joiner_is_a_part_with_its_own_group():
    body = (
        "وتمكنت المديرية العامة لمراقبة التراب الوطني سنة 2023 من تفكيك خمس خلايا، بينها أربع تابعة لداعش "
        "وخلية واحدة مرتبطة بتنظيم القاعدة في بلاد المغرب الإسلامي.\n"
    )
    assert parts(body) == [(5, None), (4, "isis_linked"), (1, "aqim_linked")]
