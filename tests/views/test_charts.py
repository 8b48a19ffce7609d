"""claims/charts.py: the SVG marks say what the qualifier says."""

import math
import re
from datetime import date
from types import SimpleNamespace

import pytest
from django.utils import translation

from claims.charts import (
    ChartPoint,
    axis_ticks,
    comparable_period,
    series_colours,
    series_styles,
    timeline_svg,
)


def svg(*points):
    styles = series_styles([p.series for p in points], no_outlet="—")
    with translation.override("en"):
        return str(timeline_svg(list(points), styles=styles, title="cells", undated_label="no date"))


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
    top_tick = max(float(t) for t in re.findall(r'class="tick"[^>]*data-value="([\d.]+)"', drawn))
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


def tick_values(drawn: str) -> list[float]:
    return [float(t) for t in re.findall(r'class="tick"[^>]*data-value="([\d.]+)"', drawn)]


@pytest.mark.parametrize("top", [1, 3, 7, 13, 207, 625, 1875, 2500, 4304])
def test_ticks_of_counts_are_whole_round_numbers(top):
    ticks = axis_ticks(top, whole=True)
    assert ticks[0] == 0 and ticks[-1] >= top and 2 <= len(ticks) <= 7
    assert all(t == int(t) for t in ticks)
    step = ticks[1] - ticks[0]
    assert step / 10 ** int(math.log10(step)) in (1, 2, 5)


def test_a_single_small_count_gets_no_fractional_tick():
    assert all(t == int(t) for t in tick_values(svg(point(1, 1))))


def test_a_misprint_far_above_the_others_is_drawn_at_the_edge_with_its_value():
    drawn = svg(
        point(1, 207),
        point(2, 210, published=date(2021, 1, 1)),
        point(3, 2009, published=date(2022, 1, 1)),
        point(4, 215, published=date(2023, 1, 1)),
    )
    assert max(tick_values(drawn)) < 500  # the scale is drawn for the 200s
    outlier = re.search(r'data-claim-id="3".*?</a>', drawn).group(0)
    assert "outlier" in outlier and "2,009 ↑" in outlier


def test_figures_spread_out_evenly_are_not_outliers():
    drawn = svg(
        *[point(i, v, published=date(2010 + i, 1, 1)) for i, v in enumerate([5, 40, 90, 150, 260, 400])]
    )
    assert "outlier" not in drawn and max(tick_values(drawn)) >= 400


def test_fifteen_outlets_get_fifteen_distinct_markers():
    names = [f"outlet {i}" for i in range(15)]
    styles = series_styles(names, no_outlet="—")
    assert len({(s.shape, s.colour) for name, s in styles.items() if name != "—"}) == 15
    assert len({s.key for s in styles.values()}) == 16


def test_each_mark_carries_its_outlets_style_and_key_for_the_legend():
    drawn = svg(point(1, 207, series="هسبريس"), point(2, 210, series="برلمان"))
    keys = set(re.findall(r'data-series-key="(s\d+)"', drawn))
    assert len(keys) == 2


def test_a_percentage_axis_may_have_fractional_ticks():
    assert axis_ticks(1.5, whole=False)[1] < 1
