"""Each finding's score: the gap between its sides, how many independent sources stand on each side,
and how sure their readings are. The queue is ordered by it; findings under the threshold are hidden."""

from claims.consistency import severity
from claims.consistency.rules import find_inconsistencies
from tests.consistency.builders import claim

IN_2023 = ("year", "2023")


def disagreement(*claims):
    [finding] = find_inconsistencies(claims)
    return finding


def test_a_wider_gap_scores_higher():
    close = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس"), claim(14, period=IN_2023, outlet="برلمان")
    )
    wide = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس"), claim(30, period=IN_2023, outlet="برلمان")
    )
    assert wide.score > close.score


def test_a_side_backed_by_more_independent_sources_scores_higher():
    one = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس", confidence=0.7),
        claim(14, period=IN_2023, outlet="برلمان", confidence=0.7),
    )
    two = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس", confidence=0.7),
        claim(12, period=IN_2023, outlet="أكورا بريس", confidence=0.7),
        claim(14, period=IN_2023, outlet="برلمان", confidence=0.7),
        claim(14, period=IN_2023, outlet="الأيام 24", confidence=0.7),
    )
    assert two.score > one.score


def test_wire_copies_are_not_independent_sources():
    original = claim(12, period=IN_2023, outlet="وكالة المغرب العربي للأنباء", confidence=0.7, article=501)
    copy = claim(12, period=IN_2023, outlet="صوت الأطلس", confidence=0.7, copy_of=501)
    other = claim(14, period=IN_2023, outlet="برلمان", confidence=0.7)
    alone = disagreement(claim(12, period=IN_2023, outlet="هسبريس", confidence=0.7, article=502), other)
    with_copy = disagreement(original, copy, other)
    assert with_copy.score == alone.score


def test_a_finding_built_on_a_shaky_reading_scores_under_the_threshold():
    shaky = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس", confidence=0.9),
        claim(30, period=IN_2023, outlet="برلمان", confidence=0.15),
    )
    sure = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس", confidence=0.9),
        claim(30, period=IN_2023, outlet="برلمان", confidence=0.9),
    )
    assert not severity.visible(shaky.score)
    assert severity.visible(sure.score)


def test_editors_readings_of_both_sides_give_the_full_score_for_a_wide_gap():
    finding = disagreement(
        claim(12, period=IN_2023, outlet="هسبريس"), claim(30, period=IN_2023, outlet="برلمان")
    )
    assert finding.score == 1.0
