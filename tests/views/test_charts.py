"""claims/charts.py: the SVG marks say what the qualifier says."""

import re
from datetime import date
from types import SimpleNamespace

from claims.charts import ChartPoint, comparable_period, series_colours, timeline_svg


def svg(*points):
    colours = series_colours([p.series for p in points], no_outlet="—")
    return str(timeline_svg(list(points), colours=colours, title="cells", undated_label="no date"))


def point(claim_id, value, qualifier="exact", published=date(2020, 1, 1), series="هسبريس"):
    return ChartPoint(claim_id, published, value, qualifier, series, f"{value}")


def test_an_upper_bound_points_down_to_the_axis():
    drawn = svg(point(1, 50, "less_than"))
    assert 'class="mark bound less_than"' in drawn


def test_at_least_is_a_filled_triangle_and_more_than_an_open_one():
    drawn = svg(point(1, 200, "more_than"), point(2, 210, "at_least", series="برلمان"))
    more_than = re.search(r'data-claim-id="1".*?</a>', drawn).group(0)
    at_least = re.search(r'data-claim-id="2".*?</a>', drawn).group(0)
    assert 'fill="#fff"' in more_than and 'fill="#fff"' not in at_least


def test_a_single_date_still_gets_a_year_of_axis():
    drawn = svg(point(1, 207))
    assert ">2020<" in drawn or ">2019<" in drawn


def test_the_axis_covers_the_top_of_an_about_band():
    drawn = svg(point(1, 100, "about"))
    top_tick = max(float(t) for t in re.findall(r'text-anchor="end">([\d.]+)<', drawn))
    assert top_tick >= 110


def test_the_undated_lane_appears_only_when_needed():
    assert "undated-lane" not in svg(point(1, 207))
    assert "undated-lane" in svg(point(1, 207), point(2, 200, "more_than", published=None, series="—"))


def test_no_points_draw_nothing():
    assert str(timeline_svg([], colours={}, title="x", undated_label="no date")) == ""


def test_the_no_outlet_series_is_grey_and_outlets_get_distinct_colours():
    colours = series_colours(["هسبريس", "برلمان", "—"], no_outlet="—")
    assert colours["—"] == "#7a7a7a" and colours["هسبريس"] != colours["برلمان"]


def test_periods_compare_by_start_year_unit_and_subset():
    def claim(**fields):
        base = {
            "period_type": "since",
            "period_start": "2002",
            "period_end": "",
            "subset": "",
            "unit": "count",
        }
        return SimpleNamespace(**{**base, **fields})

    assert comparable_period(claim()).key == comparable_period(claim(period_end="2020-11-17")).key
    assert comparable_period(claim()).key != comparable_period(claim(period_start="2016")).key
    assert comparable_period(claim()).key != comparable_period(claim(subset="isis_linked")).key
    assert comparable_period(claim()).key != comparable_period(claim(unit="percent")).key
