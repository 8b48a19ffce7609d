"""On the five seed articles: 207 cells (DGST, Nov 2020) and "more than 200" (Ministry of the
Interior, undated) agree, so no finding may hold both."""

from decimal import Decimal

import pytest

from claims.findings import refresh_findings
from claims.models import Claim, Finding

pytestmark = pytest.mark.django_db


def test_207_and_more_than_200_on_the_seeds_are_not_a_finding(seeded):
    refresh_findings()
    cells = Claim.objects.filter(metric="cells_dismantled")
    figure_207 = cells.filter(value=Decimal(207), article__file_name__startswith="001_")
    more_than_200 = cells.filter(
        value=Decimal(200), qualifier="more_than", article__file_name__startswith="003_"
    )
    involving_both = Finding.objects.filter(claims__in=figure_207).filter(claims__in=more_than_200)
    assert not involving_both.exists()


def test_the_seeds_import_with_the_207_and_the_more_than_200(seeded):
    """The acceptance above only means something once the engine reads both figures."""
    cells = Claim.objects.filter(metric="cells_dismantled")
    assert cells.filter(value=Decimal(207), article__file_name__startswith="001_").exists()
    assert cells.filter(
        value=Decimal(200), qualifier="more_than", article__file_name__startswith="003_"
    ).exists()


def test_no_finding_on_the_seeds_is_open_for_either_figure(seeded):
    refresh_findings()
    for claim in Claim.objects.filter(metric="cells_dismantled", value__in=[Decimal(207), Decimal(200)]):
        assert not claim.findings.filter(
            kind__in=["same_period_disagreement", "cumulative_decrease"]
        ).exists()
