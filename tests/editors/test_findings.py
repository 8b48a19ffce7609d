"""Findings stored from the consistency engine, through the database: each kind, and what is not one."""

from datetime import date

import pytest

from claims.findings import refresh_findings
from claims.models import Finding
from claims.services import dismiss_finding, dismiss_flag, flag_claims

from .factories import arrests_with_women, cells_total, make_article, make_claim

pytestmark = pytest.mark.django_db


def kinds():
    return sorted(Finding.objects.values_list("kind", flat=True))


def test_two_outlets_disagreeing_in_the_same_week_is_a_same_period_disagreement():
    cells_total("a.txt", 207, date(2020, 11, 17), outlet="أكورا بريس")
    cells_total("b.txt", 150, date(2020, 11, 19), outlet="هسبريس")
    refresh_findings()
    assert kinds() == ["same_period_disagreement"]


def test_a_running_total_that_goes_down_is_a_cumulative_decrease():
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    assert kinds() == ["cumulative_decrease"]


def test_a_total_newer_sources_had_overtaken_is_a_stale_figure():
    cells_total("first.txt", 190, date(2020, 11, 17), outlet="أكورا بريس")
    cells_total("a.txt", 210, date(2022, 1, 10))
    cells_total("b.txt", 215, date(2023, 1, 10))
    cells_total("c.txt", 190, date(2024, 6, 1))
    refresh_findings()
    assert kinds() == ["stale_figure"]


def test_2009_cells_between_207_and_210_is_an_implausible_value():
    cells_total("a.txt", 207, date(2020, 11, 17))
    spike = cells_total("b.txt", 2009, date(2021, 6, 1))
    cells_total("c.txt", 210, date(2022, 1, 10))
    refresh_findings()
    finding = Finding.objects.get()
    assert finding.kind == "implausible_value"
    assert spike in finding.claims.all()


def test_women_arrested_above_all_arrested_in_one_article_is_internal_arithmetic():
    article = make_article("a.txt", published=date(2023, 5, 2))
    arrests_with_women(article, 100, 150)
    refresh_findings()
    assert kinds() == ["internal_arithmetic"]


def test_a_full_year_below_the_same_outlets_year_to_date_is_partial_exceeds_whole():
    september = make_article("a.txt", outlet="Le360", published=date(2024, 9, 15))
    make_claim(september, 14, period_type="year_to_date", period_start="2024")
    january = make_article("b.txt", outlet="Le360", published=date(2025, 1, 10))
    make_claim(january, 12, period_type="year", period_start="2024", period_end="2024")
    refresh_findings()
    assert kinds() == ["partial_exceeds_whole"]


@pytest.mark.parametrize(
    "figures",
    [
        pytest.param([(215, "exact"), (200, "more_than")], id="215 then more than 200"),
        pytest.param([(49, "exact"), (57, "exact"), (83, "exact"), (84, "exact")], id="49, 57, 83, 84"),
    ],
)
def test_totals_that_grow_or_bound_each_other_are_not_findings(figures):
    for year, (value, qualifier) in enumerate(figures):
        cells_total(f"{year}.txt", value, date(2019 + year, 3, 1), qualifier=qualifier)
    refresh_findings()
    assert kinds() == []


def test_185_and_about_185_the_same_week_are_not_a_finding():
    cells_total("a.txt", 185, date(2024, 3, 1), outlet="هسبريس")
    cells_total("b.txt", 185, date(2024, 3, 3), outlet="Le360", qualifier="about")
    refresh_findings()
    assert kinds() == []


def test_207_from_the_dgst_and_more_than_200_from_the_ministry_are_not_a_finding():
    cells_total("001.txt", 207, date(2020, 11, 17), outlet="أكورا بريس", org="DGST")
    undated = make_article("003.txt", outlet=None, published=None)
    make_claim(undated, 200, qualifier="more_than", org="MOI")
    refresh_findings()
    assert kinds() == []


def test_a_finding_keeps_its_key_and_id_when_refreshed_again():
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    first = Finding.objects.get()
    outcome = refresh_findings()
    assert (outcome.added, outcome.kept, outcome.removed) == (0, 1, 0)
    assert Finding.objects.get().pk == first.pk


def test_an_open_finding_the_engine_no_longer_finds_is_removed():
    cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    later.article.delete()
    assert refresh_findings().removed == 1
    assert not Finding.objects.exists()


def test_a_dismissed_finding_stays_dismissed_on_the_next_refresh(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    dismiss_finding(finding=Finding.objects.get(), editor=editor, comment="الرقمان من مصدرين مختلفين")
    refresh_findings()
    assert list(Finding.objects.values_list("status", flat=True)) == ["dismissed"]


def test_a_dismissed_finding_is_kept_when_the_engine_stops_finding_it(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    dismiss_finding(finding=Finding.objects.get(), editor=editor, comment="خطأ مطبعي معروف")
    later.article.delete()
    refresh_findings()
    assert Finding.objects.get().status == "dismissed"


def test_a_figure_flagged_as_not_a_claim_no_longer_makes_findings(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    flag_claims(claims=[later], editor=editor, reason="not_a_claim", note="الرقم لعدد المعتقلين وليس للخلايا")
    refresh_findings()
    assert kinds() == []


def test_dismissing_a_not_a_claim_flag_brings_the_figure_back(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    flag = flag_claims(claims=[later], editor=editor, reason="not_a_claim", note="")
    dismiss_flag(flag=flag, editor=editor, comment="بل هو رقم الخلايا فعلا")
    refresh_findings()
    assert kinds() == ["cumulative_decrease"]
