"""Properties that hold for any coverage, checked on generated series (hypothesis)."""

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.consistency.records import finding_key
from claims.consistency.rules import find_inconsistencies
from tests.consistency.builders import claim

OUTLETS = ["هسبريس", "برلمان", "أكورا بريس", "Le360", "الأحداث المغربية"]


@st.composite
def growing_running_total(draw):
    """Cells dismantled since 2002, printed by several outlets, never decreasing, at least a month
    apart, growing at most a few cells a month: real coverage, printed exactly or with bounds."""
    day = date(2005, 1, 1) + timedelta(days=draw(st.integers(0, 3000)))
    # The first total already counts the years since 2002 at a real pace (4 a year or more): the
    # growth drawn below, up to 36 a year, is then never the 10x leap over the series' own pace that
    # find_implausible_values calls a misprint (20 cells after five years, then 64 fifteen months
    # later, is such a leap, and hypothesis found it). And it is 60 or more: from a smaller first total the
    # fastest growth drawn (3 a month) more than triples the series within the three years a figure is
    # judged against ("20" in January 2005, "77" in September 2006: a pace five times the series' own,
    # which an editor should look at, and hypothesis found that too).
    years_so_far = (day - date(2002, 1, 1)).days / 365
    value = draw(st.integers(min_value=max(60, round(4 * years_so_far)), max_value=300))
    figures = []
    for _ in range(draw(st.integers(min_value=2, max_value=8))):
        gap = draw(st.integers(min_value=30, max_value=700))
        day += timedelta(days=gap)
        value += draw(st.integers(min_value=0, max_value=gap // 30 * 3))
        qualifier = draw(st.sampled_from(["exact", "exact", "more_than", "about", "at_least"]))
        printed = value if qualifier != "more_than" else value - draw(st.integers(1, 15))
        outlet = draw(st.sampled_from(OUTLETS))
        figures.append(claim(printed, qualifier=qualifier, published=day.isoformat(), outlet=outlet))
    return figures


@settings(max_examples=150, deadline=None)
@given(growing_running_total())
def test_a_running_total_that_only_grows_is_never_flagged(figures):
    assert find_inconsistencies(figures) == []


@settings(max_examples=80, deadline=None)
@given(growing_running_total(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_the_order_claims_come_in(figures, rng: random.Random):
    later = claim(figures[0].value / 2, published="2030-01-01", outlet="برلمان")
    claims = [*figures, later]
    shuffled = claims[:]
    rng.shuffle(shuffled)
    assert find_inconsistencies(claims) == find_inconsistencies(shuffled)


@settings(max_examples=80, deadline=None)
@given(growing_running_total())
def test_every_finding_names_known_claims_under_its_own_key(figures):
    halved = claim(max(figures[-1].value // 2, 1), published="2030-01-01", outlet="برلمان")
    claims = [*figures, halved]
    known = {c.id for c in claims}
    findings = find_inconsistencies(claims)
    assert findings
    for finding in findings:
        assert set(finding.claim_ids) <= known
        assert finding.key == finding_key(finding.kind, finding.metric, [str(i) for i in finding.claim_ids])
