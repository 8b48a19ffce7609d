"""Periods: English and relative forms, paired years, decades, running totals up to a date, Mashriq months
with an alias, the antecedent of "the same period", and the date a text gives a figure (`as_of`)."""

from datetime import date

import pytest

from claims.extraction.normalize import fold
from claims.extraction.periods import find_periods

from .helpers import claims_of

PUBLISHED = date(2024, 12, 30)


def period_of(text):
    [period] = find_periods(fold(text), PUBLISHED)
    return period.type, period.start, period.end


@pytest.mark.parametrize(
    "text, expected",
    [
        ("over the past four years", ("last_n_years", "2020", "2024-12-30")),
        ("خلال العقدين الماضيين", ("last_n_years", "2004", "2024-12-30")),
        ("au cours de la dernière décennie", ("last_n_years", "2014", "2024-12-30")),
        ("خلال سنتي 2017 و2018", ("range", "2017", "2018")),
        ("en 2019 et 2020", ("range", "2019", "2020")),
        ("from 2003 to 2014", ("range", "2003", "2014")),
        ("السنة المنصرمة", ("year", "2023", None)),
        ("l'an passé", ("year", "2023", None)),
        ("since the start of this year", ("year_to_date", "2024", "2024-12-30")),
        ("since its creation in March 2015", ("since", "2015-03", "2024-12-30")),
        ("في تشرين الأول (أكتوبر) 2019", ("month", "2019-10", None)),
    ],
)
def test_period_forms(text, expected):
    assert period_of(text) == expected


@pytest.mark.parametrize(
    "text", ["حتى نهاية دجنبر 2016", "jusqu'à fin décembre 2016", "to the end of December 2016"]
)
def test_a_total_up_to_the_end_of_a_month_is_cumulative_and_dated(text):
    [period] = find_periods(fold(text), PUBLISHED)
    assert (period.type, period.end, period.as_of) == ("cumulative_unspecified", "2016-12", "2016-12")


def test_the_same_period_takes_its_antecedent_in_the_same_sentence_first():
    claims = claims_of(
        "وفي سنة 2015 فككت المصالح 10 خلايا. وفي سنة 2022 أوقفت 40 شخصا بتهم إرهابية، وخلال الفترة ذاتها أحبطت 5 مخططات."
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims][-1] == (5, "year", "2022")


def test_a_period_after_the_next_conjunction_belongs_to_the_next_figure():
    claims = claims_of("فككت المصالح 12 خلية، وفي سنة 2016 أوقفت 90 شخصا بتهم إرهابية.")
    assert (claims[0].value, claims[0].period.type) == (12, "unspecified")
    assert (claims[1].value, claims[1].period.start) == (90, "2016")


def test_a_figure_dated_by_the_text_carries_as_of_and_keeps_its_own_period():
    [claim] = claims_of("The November 2020 figures spoke of 207 terrorist cells dismantled since 2002.")
    assert (claim.period.type, claim.period.start, claim.as_of) == ("since", "2002", "2020-11")


def test_an_undated_stock_held_abroad_runs_to_the_byline_with_no_as_of():
    # CONTRACT.md: `as_of` only when the text itself dates the figure; a stock with no date of its own is what
    # the article knows up to its publication date (cumulative_unspecified), like an undated running total.
    [claim] = claims_of("وأفاد المصدر أن 280 مغربيا ما زالوا محتجزين في مخيمات شمال شرق سوريا.")
    assert (claim.metric, claim.period.type, claim.as_of) == (
        "fighters_detained_abroad",
        "cumulative_unspecified",
        None,
    )


def test_fighters_still_in_the_zone_with_no_date_run_to_the_byline():
    [claim] = claims_of(
        "D'après un chercheur, environ 500 Marocains se trouvent encore dans les rangs de Daech en Irak."
    )
    assert (claim.metric, claim.period.type, claim.as_of) == (
        "fighters_in_zone",
        "cumulative_unspecified",
        None,
    )


def test_a_stock_the_text_dates_keeps_that_date_as_of():
    [claim] = claims_of(
        "Les chiffres de décembre 2022 faisaient état de 230 Marocains toujours détenus dans des prisons syriennes."
    )
    assert (claim.metric, claim.as_of) == ("fighters_detained_abroad", "2022-12")


def test_this_year_in_a_december_review_is_the_whole_year():
    [period] = find_periods(fold("this year"), date(2023, 12, 28))
    assert (period.type, period.start) == ("year", "2023")
    [period] = find_periods(fold("this year"), date(2023, 9, 10))
    assert (period.type, period.start) == ("year_to_date", "2023")


def test_the_last_months_are_a_range_from_that_many_months_before_publication():
    [period] = find_periods(fold("au cours des six derniers mois"), date(2023, 9, 18))
    assert (period.type, period.start, period.end) == ("range", "2023-03", "2023-09-18")


def test_a_weekday_dates_the_operation_on_its_last_occurrence():
    [period] = find_periods(fold("الأربعاء"), date(2025, 6, 13))  # a Friday
    assert (period.type, period.start) == ("event", "2025-06-11")


def test_since_the_creation_of_the_bureau_is_since_2015():
    [claim] = claims_of(
        "ومنذ إحداثه، فكك المكتب المركزي للأبحاث القضائية ما مجموعه 58 خلية، وفق المصدر ذاته."
    )
    assert (claim.period.type, claim.period.start) == ("since", "2015")


def test_since_a_year_up_to_the_end_of_a_month_is_one_running_total():
    [claim] = claims_of(
        "وبذلك يرتفع عدد الخلايا المفككة منذ سنة 2002 إلى غاية نهاية دجنبر 2016 إلى 168 خلية."
    )
    assert (claim.period.type, claim.period.start, claim.as_of) == ("since", "2002", "2016-12")


def test_figures_of_a_dated_report_carry_its_year_as_of():
    [claim] = claims_of(
        "According to a 2020 parliamentary report, 230 Moroccan fighters were then held in Syria."
    )
    assert (claim.metric, claim.as_of) == ("fighters_detained_abroad", "2020")
    [claim] = claims_of(
        "Official figures released in October 2019 put the number of Moroccans who joined ISIS at 1,650."
    )
    assert (claim.metric, claim.value, claim.as_of) == ("fighters_joined", 1650, "2019-10")


@pytest.mark.parametrize(
    "body",
    [
        "ومنذ توليه إدارة المكتب في شتنبر 2021، يحرص المسؤول على التذكير بأن 1500 مغربي التحقوا بصفوف داعش في سوريا.",
        "Depuis sa nomination en mars 2021, le patron du bureau répète que 1 500 Marocains ont rejoint Daech en Syrie.",
    ],
)
def test_the_date_an_official_took_office_is_not_the_period_of_the_figure_he_repeats(body):
    [claim] = claims_of(body)
    assert (claim.metric, claim.value, claim.period.type) == (
        "fighters_joined",
        1500,
        "cumulative_unspecified",
    )


def test_a_figure_counted_since_an_official_took_office_keeps_that_period():
    [claim] = claims_of(
        "Depuis sa nomination en mars 2021, le directeur du bureau a démantelé 17 cellules terroristes."
    )
    assert (claim.period.type, claim.period.start) == ("since", "2021-03")


def test_a_running_total_in_a_clause_opening_on_an_earlier_date_is_given_as_of_that_date():
    claims = claims_of(
        "En mars 2019, le ministère recensait 190 cellules démantelées depuis 2002 ; le total dépasse désormais 215."
    )
    assert [(c.value, c.as_of) for c in claims] == [(190, "2019-03"), (215, None)]


def test_a_running_total_of_the_day_keeps_no_earlier_date():
    [claim] = claims_of("وفي سنة 2024، أعلنت المديرية عن تفكيك 215 خلية منذ سنة 2002.")
    assert claim.as_of is None


def test_the_period_of_a_compared_tally_is_not_the_figures_own():
    claims = claims_of(
        "ومنذ مطلع السنة الحالية فكك المكتب المركزي للأبحاث القضائية خمس خلايا إرهابية في مدن الشمال والوسط، "
        "وأوقف خلالها 45 شخصا، وهي حصيلة تقارب حصيلة السنة الماضية."
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims][-1] == (45, "year_to_date", "2024")


def test_a_running_total_an_official_told_in_an_earlier_month_is_as_of_that_month():
    claims = claims_of(
        "The bureau's director said in October that it had dismantled 95 cells since 2015.",
        date(2024, 12, 30),
    )
    assert [(c.value, c.as_of) for c in claims] == [(95, "2024-10")]
