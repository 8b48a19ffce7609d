"""corpus_foreign round: a round total one rounding step below an earlier one, and a split of people by sex with
the minors beside them. Every sentence here is written for the test."""

from claims.consistency.intervals import interval_for
from claims.consistency.rules import find_cumulative_decreases, find_internal_arithmetic
from tests.consistency.builders import claim, in_sentence

ARRESTS = {"metric": "persons_arrested", "period": ("since", "2002")}


def test_a_round_total_one_rounding_step_below_an_earlier_one_is_a_decrease():
    earlier = claim(3600, published="2021-06-02", outlet="La Vigie", **ARRESTS)
    later = claim(3500, published="2023-09-14", outlet="Le Phare", **ARRESTS)
    [finding] = find_cumulative_decreases([earlier, later])
    assert finding.claim_ids == (earlier.id, later.id)


def test_a_round_total_stands_for_the_values_that_round_to_it():
    rounded = interval_for(3600, "exact")
    assert rounded.contains(3550) and rounded.contains(3649) and not rounded.contains(3650)


def test_a_capped_rounding_keeps_both_ends():
    assert interval_for(200, "exact").contains(210)


def test_men_women_and_minors_after_those_arrested_must_add_up():
    first = "The DGSN said 64 people were arrested in terrorism cases in 2023."
    second = "Of those arrested, 51 were men, 9 were women and 3 were minors."
    fields = {"metric": "persons_arrested", "period": ("year", "2023"), "published": "2024-02-01"}
    [total] = in_sentence(first, ("64", dict(fields)), article=7)
    parts = in_sentence(
        second,
        ("51", dict(fields, subset="men")),
        ("9", dict(fields, subset="women")),
        ("3", dict(fields, subset="minors")),
        article=7,
        base=len(first) + 1,
    )
    [finding] = find_internal_arithmetic([total, *parts])
    assert "add up to 63, not the 64" in finding.explanation


def test_women_and_minors_among_those_arrested_may_overlap():
    first = "The DGSN said 64 people were arrested in terrorism cases in 2023."
    second = "Of those arrested, 9 were women and 3 were minors."
    fields = {"metric": "persons_arrested", "period": ("year", "2023"), "published": "2024-02-01"}
    [total] = in_sentence(first, ("64", dict(fields)), article=8)
    parts = in_sentence(
        second,
        ("9", dict(fields, subset="women")),
        ("3", dict(fields, subset="minors")),
        article=8,
        base=len(first) + 1,
    )
    assert find_internal_arithmetic([total, *parts]) == []
