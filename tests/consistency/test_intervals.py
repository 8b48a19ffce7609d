from math import inf

from claims.consistency.intervals import Interval, interval_for


def test_an_exact_figure_allows_only_itself():
    assert interval_for(207, "exact") == Interval(207, 207)


def test_more_than_excludes_the_printed_number():
    more_than_200 = interval_for(200, "more_than")
    assert not more_than_200.contains(200)
    assert more_than_200.contains(201)
    assert more_than_200.high == inf


def test_at_least_includes_the_printed_number():
    assert interval_for(1000, "at_least").contains(1000)


def test_less_than_runs_from_zero_and_excludes_the_number():
    fewer_than_30 = interval_for(30, "less_than")
    assert fewer_than_30.contains(0)
    assert not fewer_than_30.contains(30)


def test_at_most_includes_the_number():
    assert interval_for(30, "at_most") == Interval(0, 30)


def test_about_allows_ten_percent_either_side():
    assert interval_for(650, "about") == Interval(585, 715)


def test_about_a_small_number_allows_at_least_five_either_side():
    assert interval_for(30, "about") == Interval(25, 35)


def test_about_a_percentage_allows_at_least_two_points():
    assert interval_for(10, "about", "percent") == Interval(8, 12)


def test_a_round_hundred_may_be_rounded_by_five_percent():
    assert interval_for(200, "exact") == Interval(190, 210)


def test_a_round_thousand_may_be_rounded_by_half_a_hundred():
    assert interval_for(1500, "exact") == Interval(1450, 1550, high_open=True)


def test_a_figure_ending_in_one_zero_is_taken_as_printed():
    assert interval_for(210, "exact") == Interval(210, 210)


def test_a_whole_percentage_is_read_as_rounded_to_the_unit():
    assert interval_for(40, "exact", "percent") == Interval(39.5, 40.5)


def test_an_unknown_qualifier_is_read_as_about():
    assert interval_for(100, "roughly") == interval_for(100, "about")


def test_215_lies_within_more_than_200():
    assert interval_for(215, "exact").overlaps(interval_for(200, "more_than"))


def test_185_and_about_185_overlap():
    assert interval_for(185, "exact").overlaps(interval_for(185, "about"))


def test_207_is_below_215():
    assert interval_for(207, "exact").is_below(interval_for(215, "exact"))


def test_200_touching_an_open_bound_is_still_below_more_than_200():
    assert Interval(190, 200).is_below(interval_for(200, "more_than"))


def test_intervals_sharing_a_closed_end_overlap():
    assert Interval(0, 30).overlaps(Interval(30, inf))
