"""Periods bounded at one end by a date: a range opened by a year and closed by "the end of" a month, a count
since a body's creation given "up to" a date, "after YEAR" as the start of a running count, and "by YEAR" as
the date a total stood at."""

from datetime import date

from claims.extraction.normalize import fold
from claims.extraction.periods import find_periods

from .helpers import claims_of

PUBLISHED = date(2021, 3, 2)


def _period(text):
    [period] = find_periods(fold(text), PUBLISHED)
    return period


def test_range_opened_by_a_year_and_closed_by_the_end_of_a_month_in_english():
    period = _period("From 2013 to the end of June 2018, the agency recorded 900 departures.")
    assert (period.type, period.start, period.end, period.as_of) == ("range", "2013", "2018-06", "2018-06")


def test_range_opened_by_a_year_and_closed_by_the_end_of_a_month_in_french():
    period = _period("Entre 2014 et fin mars 2019, les services ont recensé 1 100 départs.")
    assert (period.type, period.start, period.end, period.as_of) == ("range", "2014", "2019-03", "2019-03")


def test_range_opened_by_a_year_and_closed_by_the_end_of_a_month_in_arabic():
    period = _period("ما بين سنة 2013 ونهاية شهر يونيو 2017 غادر المئات نحو بؤر التوتر")
    assert (period.type, period.start, period.end, period.as_of) == ("range", "2013", "2017-06", "2017-06")


def test_count_since_the_bureau_creation_up_to_a_date_keeps_the_creation_year():
    [claim] = claims_of(
        "وأكد مدير المكتب المركزي للأبحاث القضائية أن المكتب أوقف منذ تأسيسه إلى حدود نهاية شتنبر 2019 "
        "ما مجموعه 1100 شخص في قضايا الإرهاب.",
        PUBLISHED,
    )
    assert (claim.period.type, claim.period.start, claim.as_of) == ("since", "2015", "2019-09")


def test_same_period_after_a_creation_bound_period_inherits_the_creation_year():
    claims = claims_of(
        "وأفاد المكتب المركزي للأبحاث القضائية أنه فكك منذ إحداثه إلى غاية متم يونيو 2019 ما مجموعه 60 خلية، "
        "واعتقل خلال الفترة نفسها 1000 شخص.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (60, "since", "2015"),
        (1000, "since", "2015"),
    ]


def test_after_a_year_starts_a_running_count_in_english():
    period = _period("Some 1,500 nationals went to fight abroad after 2012.")
    assert (period.type, period.start) == ("since", "2012")


def test_after_a_year_starts_a_running_count_in_french():
    period = _period("Plus de 1 500 ressortissants sont partis combattre après 2013.")
    assert (period.type, period.start) == ("since", "2013")


def test_by_a_year_dates_the_total_as_it_stood_then():
    period = _period("Of the 1,500 who had gone by 2018, 600 died.")
    assert (period.type, period.as_of) == ("cumulative_unspecified", "2018")


def test_part_set_off_by_commas_does_not_cut_the_whole_from_its_period():
    claims = claims_of(
        "The agency said it had broken up 60 cells, 51 of them tied to Islamic State, since it was set up in 2015.",
        PUBLISHED,
    )
    assert [(c.value, c.period.type, c.period.start) for c in claims] == [
        (60, "since", "2015"),
        (51, "since", "2015"),
    ]
