"""Issue 15 (traps): the members of a cell are arrests only when the sentence says the cell was dismantled; a
cell a report merely mentions ("a cell of 5 members operating near Fes") counts no one arrested. Every
sentence here is written for the test."""

from .helpers import claims_of


def values(body):
    return [(c.metric, c.value) for c in claims_of(body)]


def test_the_members_of_a_cell_only_mentioned_are_not_arrests():
    assert (
        values("The report by analyst Omar Tazi also mentions a cell of 5 members operating near Fes.") == []
    )
    assert values("وتحدث تقرير الباحثة سعاد الإدريسي عن خلية تضم 7 عناصر تنشط بين سلا وتيفلت.") == []


def test_the_members_of_a_dismantled_cell_are_arrests():
    assert values("Le BCIJ a démantelé une cellule de 4 membres active à Nador.") == [("persons_arrested", 4)]
    assert values("Police dismantled a cell of 6 members in Oujda.") == [("persons_arrested", 6)]
    assert values("وتم تفكيك خلية إرهابية تضم 12 عنصرا بطنجة.") == [("persons_arrested", 12)]
