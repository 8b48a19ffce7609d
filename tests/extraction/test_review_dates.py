"""Figures the text dates (corpus_review round): a month named as such ("لشهر نونبر"), "the 2019 figures",
and dated figures with no body named as the official source."""

from datetime import date

from .helpers import claims_of


def test_figures_of_a_month_named_as_such_are_dated_to_that_month():
    body = "وكانت الإحصائيات الرسمية لشهر مارس 2021 تشير إلى 212 خلية مفككة منذ 2002.\n"
    (claim,) = claims_of(body, date(2025, 5, 16))
    assert claim.as_of == "2021-03"


def test_the_figures_of_a_year_written_before_the_noun_date_the_figure():
    body = "The 2019 figures showed 183 terrorist cells dismantled since 2002.\n"
    (claim,) = claims_of(body, date(2025, 5, 16))
    assert claim.as_of == "2019"


def test_dated_figures_with_no_body_named_are_the_official_source():
    body = (
        "La DGST a démantelé 222 cellules depuis 2002.\n"
        "Selon les chiffres de 2018, 1 100 personnes avaient été arrêtées depuis 2015 pour terrorisme.\n"
    )
    claims = claims_of(body, date(2025, 5, 16))
    assert [(c.value, c.attribution.org) for c in claims] == [(222, "DGST"), (1100, "official_unspecified")]


def test_dated_figures_give_way_to_the_body_that_published_them():
    body = "Selon les chiffres de 2018 publiés par la DGSN, 1 100 personnes avaient été arrêtées pour terrorisme.\n"
    (claim,) = claims_of(body, date(2025, 5, 16))
    assert claim.attribution.org == "DGSN"
