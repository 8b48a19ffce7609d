"""Ten years of coverage from several outlets: each planted inconsistency is found once, and the
many figures that merely round, bound or grow are left alone."""

from claims.consistency.rules import find_inconsistencies
from tests.consistency.builders import claim, in_sentence

CELLS = "cells_dismantled"
ARRESTS = "persons_arrested"


def coverage():
    c = {}
    # Cells dismantled since 2002: a series that grows, printed with bounds and roundings.
    c["more_than_160"] = claim(160, qualifier="more_than", published="2016-03-02", outlet="هسبريس")
    c["183"] = claim(183, published="2018-01-15", outlet="أكورا بريس")
    c["more_than_200_2019"] = claim(
        200, qualifier="more_than", published="2019-05-16", outlet="برلمان", org="MOI"
    )
    c["207"] = claim(207, published="2020-11-17", outlet="أكورا بريس", article=1)
    c["32_last_three_years"] = claim(
        32, published="2020-11-17", outlet="أكورا بريس", period=("last_n_years", "2017"), article=1, start=900
    )
    c["2009_misprint"] = claim(2009, published="2021-06-08", outlet="الأحداث المغربية")
    c["210"] = claim(210, published="2022-03-10", outlet="هسبريس")
    c["215"] = claim(215, published="2023-11-01", outlet="برلمان")
    c["about_215"] = claim(215, qualifier="about", published="2024-02-20", outlet="Le360", org="BCIJ")
    c["207_reused"] = claim(207, published="2025-03-12", outlet="هسبريس", org="unspecified")
    c["more_than_200_undated"] = claim(200, qualifier="more_than", published=None, outlet=None, org="MOI")
    # Cells dismantled since 2015, by the BCIJ: another series.
    c["bcij_94"] = claim(94, published="2024-05-10", outlet="برلمان", org="BCIJ", period=("since", "2015"))
    # Persons arrested since 2002: one drop.
    c["3500"] = claim(3500, published="2023-05-04", outlet="برلمان", metric=ARRESTS, org="DGSN")
    c["3200"] = claim(3200, published="2023-09-18", outlet="أكورا بريس", metric=ARRESTS, org="DGSN")
    # Cells dismantled in 2023: two outlets disagree, a third is vague enough to agree with both.
    c["14_in_2023"] = claim(14, published="2024-01-08", outlet="هسبريس", period=("year", "2023"))
    c["17_in_2023"] = claim(17, published="2024-02-20", outlet="برلمان", period=("year", "2023"))
    c["about_15_in_2023"] = claim(
        15, qualifier="about", published="2024-03-01", outlet="Le360", period=("year", "2023")
    )
    # 2024: an outlet's count for the year so far above its own count for the whole year.
    c["at_least_12_so_far"] = claim(
        12, qualifier="at_least", published="2024-09-20", outlet="هسبريس", period=("year_to_date", "2024")
    )
    c["10_in_2024"] = claim(10, published="2025-01-15", outlet="هسبريس", period=("year", "2024"))
    # An article on foreign fighters whose destinations, listed under the total, add up to more.
    frame = ("cumulative_unspecified", None)
    joined = {"published": "2024-06-01", "metric": "fighters_joined", "period": frame}
    c["1659_joined"], c["1120_syria"], c["610_iraq"] = in_sentence(
        "التحق 1659 مغربيا بالتنظيمات الإرهابية، منهم 1120 في سوريا و610 في العراق.",
        ("1659", dict(joined)),
        ("1120", dict(joined, subset="syria")),
        ("610", dict(joined, subset="iraq")),
        article=2,
    )
    c["270_returnees"] = claim(
        270, published="2024-06-01", metric="returnees", period=frame, article=2, start=200
    )
    # An article whose breakdown fits.
    c["75_in_2023"] = claim(
        75, published="2024-01-20", metric=ARRESTS, period=("year", "2023"), article=3, start=10
    )
    c["3_women"] = claim(
        3,
        published="2024-01-20",
        metric=ARRESTS,
        subset="women",
        period=("year", "2023"),
        article=3,
        start=60,
    )
    c["5_minors"] = claim(
        5,
        published="2024-01-20",
        metric=ARRESTS,
        subset="minors",
        period=("year", "2023"),
        article=3,
        start=90,
    )
    c["650_online"] = claim(
        650,
        qualifier="about",
        published="2025-07-03",
        metric=ARRESTS,
        subset="online_activity",
        period=("since", "2016"),
    )
    return c


def found(findings, c):
    names = {claim.id: name for name, claim in c.items()}
    return {(f.kind, tuple(sorted(names[i] for i in f.claim_ids))) for f in findings}


def test_each_planted_inconsistency_is_found_and_nothing_else():
    c = coverage()
    findings = find_inconsistencies(c.values())
    assert found(findings, c) == {
        ("implausible_value", ("2009_misprint", "207", "210", "215", "about_215", "more_than_200_2019")),
        ("stale_figure", ("207_reused", "210", "215")),
        ("cumulative_decrease", ("3200", "3500")),
        ("same_period_disagreement", ("14_in_2023", "17_in_2023")),
        ("partial_exceeds_whole", ("10_in_2024", "at_least_12_so_far")),
        ("internal_arithmetic", ("1120_syria", "1659_joined", "610_iraq")),
    }


def test_every_explanation_names_a_month_and_a_figure_as_printed():
    c = coverage()
    for finding in find_inconsistencies(c.values()):
        assert any(month in finding.explanation for month in ("Jan", "Feb", "Mar", "Jun", "Sep", "Nov"))
        first = next(v for v in c.values() if v.id == finding.claim_ids[0])
        assert str(int(first.value)) in finding.explanation
