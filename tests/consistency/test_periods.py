from datetime import date

from claims.consistency.periods import as_of, is_closed, parse_iso, span
from tests.consistency.builders import claim


def test_a_bare_year_starts_on_the_first_of_january():
    assert parse_iso("2002") == date(2002, 1, 1)


def test_a_bare_year_ends_on_the_last_of_december():
    assert parse_iso("2002", last_day=True) == date(2002, 12, 31)


def test_a_month_ends_on_its_last_day():
    assert parse_iso("2024-02", last_day=True) == date(2024, 2, 29)


def test_a_full_date_is_read_as_is():
    assert parse_iso("2025-07-03") == date(2025, 7, 3)


def test_text_that_is_not_a_date_gives_none():
    assert parse_iso("منذ سنوات") is None


def test_a_running_total_speaks_for_its_publication_day():
    since_2002 = claim(207, published="2020-11-17", period=("since", "2002"))
    assert as_of(since_2002) == date(2020, 11, 17)


def test_an_undated_running_total_falls_back_on_its_printed_end():
    undated = claim(200, published=None, qualifier="more_than", period=("since", "2002", "2019-05"))
    assert as_of(undated) == date(2019, 5, 31)


def test_an_undated_running_total_without_end_has_no_date():
    assert as_of(claim(200, published=None, period=("since", "2002"))) is None


def test_since_2002_spans_from_2002_to_publication():
    assert span(claim(207, published="2020-11-17")) == (date(2002, 1, 1), date(2020, 11, 17))


def test_a_year_printed_after_it_ended_is_closed():
    assert is_closed(claim(14, published="2024-01-10", period=("year", "2023")))


def test_a_year_printed_while_running_only_counts_so_far():
    midyear = claim(9, published="2024-06-15", period=("year", "2024"))
    assert not is_closed(midyear)
    assert span(midyear) == (date(2024, 1, 1), date(2024, 6, 15))


def test_last_three_years_as_a_whole_starts_three_years_before_publication():
    last_three = claim(32, published="2020-11-17", period=("last_n_years", "2017"))
    assert span(last_three, as_whole=True) == (date(2017, 11, 17), date(2020, 11, 17))
    assert span(last_three) == (date(2017, 1, 1), date(2020, 11, 17))


def test_an_event_has_no_span():
    assert span(claim(5, period=("event", None))) is None
