"""implausible_value: a figure that breaks its series and that nothing supports."""

from claims.consistency.rules import find_implausible_values, find_inconsistencies
from tests.consistency.builders import claim, kinds

MISPRINT = "وأوضح المصدر ذاته أن المصالح الأمنية فككت 2009 خلية إرهابية منذ سنة 2002"


def test_2009_cells_between_207_and_210_is_implausible():
    before = claim(207, published="2020-11-17", outlet="أكورا بريس")
    spike = claim(2009, published="2021-06-01", outlet="برلمان", sentence=MISPRINT)
    after = claim(210, published="2022-03-01", outlet="هسبريس")

    [finding] = find_implausible_values([before, spike, after])

    assert finding.claim_ids == (spike.id, before.id, after.id)
    assert "2009 (برلمان, Jun 2021)" in finding.explanation
    assert "misprint" in finding.explanation


def test_an_implausible_spike_is_not_also_reported_as_a_decrease():
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(2009, published="2021-06-01", outlet="برلمان"),
        claim(210, published="2022-03-01", outlet="هسبريس"),
    ]
    assert kinds(find_inconsistencies(series)) == ["implausible_value"]


def test_a_value_far_below_its_series_is_neither_a_misprint_nor_a_drop():
    # 21 among 207s and 210s is a part or another count misread as the total, not a misprint
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(210, published="2021-03-01", outlet="الأيام 24"),
        claim(21, published="2021-06-01", outlet="برلمان"),
        claim(210, published="2022-03-01", outlet="هسبريس"),
    ]
    assert find_inconsistencies(series) == []


def test_a_high_value_another_source_supports_is_not_implausible():
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(2009, published="2021-06-01", outlet="برلمان"),
        claim(2000, published="2021-07-01", outlet="الأحداث المغربية"),
        claim(210, published="2022-03-01", outlet="هسبريس"),
    ]
    assert find_implausible_values(series) == []


def test_a_figure_ten_times_its_series_and_above_a_later_one_is_implausible():
    earlier = claim(190, published="2019-06-01", outlet="هسبريس")
    before = claim(207, published="2020-11-17", outlet="أكورا بريس")
    spike = claim(2009, published="2022-01-10", outlet="برلمان", sentence=MISPRINT)
    later = claim(213, published="2022-11-02", outlet="الأيام 24")

    [finding] = find_implausible_values([earlier, before, spike, later])

    assert finding.claim_ids == (spike.id, earlier.id, before.id, later.id)


def test_a_series_that_only_grows_fast_is_not_implausible():
    # a young series may triple: no figure is above one printed after it
    series = [
        claim(20, published="2016-01-10", outlet="هسبريس", period=("since", "2015")),
        claim(25, published="2016-06-10", outlet="برلمان", period=("since", "2015")),
        claim(90, published="2018-01-10", outlet="أكورا بريس", period=("since", "2015")),
    ]
    assert find_implausible_values(series) == []


def test_a_bound_ten_times_every_other_source_is_implausible():
    # "أزيد من ألفي خلية" since 2002 when every other source gives 200-odd: the bound is too far already
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(210, qualifier="more_than", published="2021-11-01", outlet="هسبريس"),
        claim(213, published="2022-11-02", outlet="برلمان"),
    ]
    bound = claim(2000, qualifier="more_than", published="2022-03-30", outlet="الأيام 24")
    [finding] = find_implausible_values([*series, bound])
    assert finding.claim_ids[0] == bound.id


def test_one_odd_neighbour_does_not_make_a_figure_implausible():
    # judged against the median of its series, not against the one figure printed just before it
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(20, published="2021-01-10", outlet="موقع", confidence=0.4),
        claim(210, published="2021-03-01", outlet="هسبريس"),
        claim(213, published="2022-11-02", outlet="برلمان"),
    ]
    flagged = [f.claim_ids[0] for f in find_implausible_values(series)]
    assert flagged == []
    assert find_inconsistencies(series) == []  # nor does the odd one make the series go down


def test_fast_growth_of_a_young_series_is_not_implausible():
    series = [
        claim(30, published="2016-02-01", metric="returnees", period=("since", "2015")),
        claim(40, published="2017-02-01", metric="returnees", period=("since", "2015")),
        claim(200, published="2019-02-01", metric="returnees", period=("since", "2015")),
    ]
    assert find_inconsistencies(series) == []


def test_early_small_values_of_a_long_series_are_not_implausible():
    series = [
        claim(20, published="2004-01-10"),
        claim(90, published="2010-01-10"),
        claim(207, published="2020-11-17"),
    ]
    assert find_inconsistencies(series) == []


def test_an_open_lower_bound_far_below_does_not_vouch_for_a_spike():
    series = [
        claim(200, qualifier="more_than", published="2019-05-16", outlet="هسبريس"),
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(2009, published="2021-06-01", outlet="برلمان"),
        claim(210, published="2022-03-01", outlet="هسبريس"),
    ]
    assert kinds(find_inconsistencies(series)) == ["implausible_value"]


def test_a_lower_bound_close_to_the_spike_supports_it():
    series = [
        claim(207, published="2020-11-17", outlet="أكورا بريس"),
        claim(2009, published="2021-06-01", outlet="برلمان"),
        claim(1500, qualifier="more_than", published="2021-06-20", outlet="الأحداث المغربية"),
        claim(210, published="2022-03-01", outlet="هسبريس"),
    ]
    assert find_implausible_values(series) == []


def test_the_newest_figure_of_a_series_can_outrun_its_own_pace():
    # Samira Tazi's 2023 interview gives 95 cells since 2015; a weekly prints 930 a year later: no later figure
    # sits below it, but eight years at about 11 a year cannot become 930 in one
    first = claim(84, published="2021-02-03", outlet="الصباح", period=("since", "2015"), org="BCIJ")
    before = claim(95, published="2023-08-22", outlet="Le Matin", period=("since", "2015"), org="BCIJ")
    spike = claim(930, published="2024-09-04", outlet="Telquel", period=("since", "2015"), org="BCIJ")

    [finding] = find_implausible_values([first, before, spike])

    assert finding.kind == "implausible_value" and finding.claim_ids[0] == spike.id
    # the same, with the earlier figures a window apart: the series' past still shows its pace
    early = claim(70, published="2020-01-15", outlet="الأحداث المغربية", period=("since", "2015"), org="BCIJ")
    [finding] = find_implausible_values([early, before, spike])
    assert finding.claim_ids[0] == spike.id


def test_a_young_series_that_keeps_its_pace_may_grow_threefold():
    series = [
        claim(12, published="2017-01-10", period=("since", "2015"), outlet="هسبريس"),
        claim(15, published="2017-06-10", period=("since", "2015"), outlet="Le360"),
        claim(50, published="2021-06-10", period=("since", "2015"), outlet="Médias24"),
    ]
    assert find_implausible_values(series) == []


def test_a_yearly_figure_ten_times_what_every_other_source_prints_for_that_year_is_implausible():
    year = ("year", "2019", "2019")
    first = claim(12, published="2020-01-15", outlet="Le Matin", period=year)
    second = claim(12, published="2021-05-02", outlet="هسبريس", period=year)
    spike = claim(120, published="2022-02-10", outlet="Data Desk", period=year)

    [finding] = find_implausible_values([first, second, spike])

    assert finding.kind == "implausible_value"
    assert finding.claim_ids[0] == spike.id


def test_a_yearly_figure_a_little_above_the_others_is_no_misprint():
    year = ("year", "2019", "2019")
    series = [
        claim(12, published="2020-01-15", outlet="Le Matin", period=year),
        claim(12, published="2021-05-02", outlet="هسبريس", period=year),
        claim(14, published="2022-02-10", outlet="Data Desk", period=year),
    ]
    assert find_implausible_values(series) == []


def test_a_yearly_figure_against_a_single_other_source_is_not_judged():
    year = ("year", "2019", "2019")
    series = [
        claim(12, published="2020-01-15", outlet="Le Matin", period=year),
        claim(120, published="2022-02-10", outlet="Data Desk", period=year),
    ]
    assert find_implausible_values(series) == []


# One other source is enough to judge a figure by.


def test_a_total_ten_times_the_only_other_sources_earlier_one_is_implausible():
    earlier = claim(
        207,
        published="2020-11-17",
        outlet="Le Matin",
        sentence="Depuis 2002, 207 cellules terroristes ont été démantelées, a rappelé Abdelhak Khiame.",
    )
    spike = claim(
        2009,
        published="2021-04-06",
        outlet="Maroc Diplomatique",
        sentence="The kingdom has broken up 2009 terrorist cells since 2002, the outlet wrote.",
    )

    [finding] = find_inconsistencies([earlier, spike])

    assert finding.kind == "implausible_value"
    assert finding.claim_ids == (spike.id, earlier.id)
    assert "the other figure of its series printed around the same time (207 (Le Matin, Nov 2020))" in (
        finding.explanation
    )


def test_a_total_ten_times_the_only_other_sources_later_one_is_implausible():
    spike = claim(2009, published="2021-04-06", outlet="Maroc Diplomatique")
    later = claim(
        215,
        published="2021-10-12",
        outlet="الصباح",
        sentence="وأكد المسؤول الأمني حسن العلوي أن عدد الخلايا المفككة منذ 2002 بلغ 215 خلية.",
    )
    assert kinds(find_inconsistencies([spike, later])) == ["implausible_value"]


def test_a_young_series_growing_at_its_own_pace_beside_one_other_source_is_not_implausible():
    # 30 returnees since 2015 in early 2016, 100 in 2018: more than three times, at the same yearly pace
    first = claim(30, published="2016-02-01", metric="returnees", period=("since", "2015"), outlet="Le360")
    later = claim(100, published="2018-06-01", metric="returnees", period=("since", "2015"), outlet="TelQuel")
    assert find_inconsistencies([first, later]) == []


# A count for a closed period too: the same year from several sources.


def test_a_years_count_ten_times_what_two_other_sources_give_is_implausible():
    first = claim(14, published="2024-01-09", outlet="Le360", period=("year", "2023"))
    second = claim(
        14,
        published="2024-01-22",
        outlet="هسبريس",
        period=("year", "2023"),
        sentence="وفككت المصالح الأمنية 14 خلية إرهابية خلال سنة 2023، وفق ما أكده مصطفى الإدريسي.",
    )
    spike = claim(
        140,
        published="2024-02-14",
        outlet="Morocco World News",
        period=("year", "2023"),
        sentence="Morocco dismantled 140 terror cells in 2023, according to the weekly.",
    )

    [finding] = find_inconsistencies([first, second, spike])

    assert finding.kind == "implausible_value"
    assert finding.claim_ids == (spike.id, first.id, second.id)


def test_a_years_count_far_above_a_single_other_source_is_not_called_a_misprint():
    # the lower one may be a part read without its subset ("58 people referred for incitement")
    total = claim(
        185, metric="persons_arrested", published="2023-01-23", outlet="Le360", period=("year", "2022")
    )
    part = claim(
        58, metric="persons_arrested", published="2023-05-16", outlet="TelQuel", period=("year", "2022")
    )
    assert find_inconsistencies([total, part]) == []


def test_a_lower_bound_printed_after_a_figure_does_not_make_it_a_misprint():
    # "more than 60" allows 200: the later bound is no figure far below the earlier total
    total = claim(
        200, published="2019-03-01", outlet="Le360", period=("since", "2015"), metric="persons_arrested"
    )
    bound = claim(
        60,
        qualifier="more_than",
        published="2019-09-01",
        outlet="Hespress FR",
        period=("since", "2015"),
        metric="persons_arrested",
        sentence="Plus de 60 personnes ont été interpellées depuis 2015, a indiqué Samir Bouzid.",
    )
    assert find_inconsistencies([total, bound]) == []


# Totals naming no period: "Quelque 512 Marocains ont perdu la vie dans les rangs de groupes armés", undated.
UNDATED = ("cumulative_unspecified", None)
DEAD = {"metric": "fighters_killed", "period": UNDATED}


def test_an_undated_total_ten_times_what_every_other_source_gives_is_implausible():
    others = [
        claim(512, published="2023-02-01", outlet="Le360", org="BCIJ", **DEAD),
        claim(510, qualifier="about", published="2023-09-12", outlet="Yabiladi", org="analyst", **DEAD),
        claim(512, published="2024-04-03", outlet="SNRTnews", org="official_unspecified", **DEAD),
    ]
    spike = claim(5120, published="2024-10-20", outlet="Alyaoum24", org="unspecified", **DEAD)
    [finding] = find_inconsistencies([*others, spike])
    assert finding.kind == "implausible_value"
    assert finding.claim_ids[0] == spike.id


def test_an_undated_total_judged_by_sources_that_disagree_among_themselves_is_not_called_a_misprint():
    # 40 and 512 dead: one of them counts one battle or one group; no consensus to call 5120 a misprint by
    others = [
        claim(40, published="2023-02-01", outlet="Le360", org="BCIJ", **DEAD),
        claim(512, published="2024-04-03", outlet="SNRTnews", org="official_unspecified", **DEAD),
    ]
    spike = claim(5120, published="2024-10-20", outlet="Alyaoum24", org="unspecified", **DEAD)
    assert find_implausible_values([*others, spike]) == []


def test_an_undated_total_far_below_the_others_is_a_part_not_a_misprint():
    others = [
        claim(512, published="2023-02-01", outlet="Le360", org="BCIJ", **DEAD),
        claim(512, published="2024-04-03", outlet="SNRTnews", org="official_unspecified", **DEAD),
    ]
    few = claim(51, published="2024-10-20", outlet="Alyaoum24", org="analyst", **DEAD)
    assert find_implausible_values([*others, few]) == []


def test_a_wave_count_without_period_ten_times_the_figures_just_before_is_implausible():
    # the fighters who left, printed with no period, run from the wave's start: 14,830 a few months after 1,483
    # and "plus de 1 450" is no pace of the wave's, though no later figure is there to be above
    wave = {
        "metric": "fighters_joined",
        "subset": "syria_iraq_linked",
        "period": ("cumulative_unspecified", None),
    }
    before = claim(1483, published="2023-02-10", outlet="هسبريس", org="MOI", **wave)
    bound = claim(
        1450, published="2023-05-02", outlet="Le Desk", qualifier="more_than", org="analyst", **wave
    )
    spike = claim(14830, published="2023-06-20", outlet="Maroc Hebdo", org="official_unspecified", **wave)

    [finding] = find_implausible_values([before, bound, spike])

    assert finding.claim_ids[0] == spike.id


def test_a_wave_count_growing_at_the_wave_pace_is_not_implausible():
    wave = {
        "metric": "fighters_joined",
        "subset": "syria_iraq_linked",
        "period": ("cumulative_unspecified", None),
    }
    series = [
        claim(1200, published="2014-06-01", outlet="هسبريس", org="MOI", **wave),
        claim(1350, published="2014-12-01", outlet="Le Desk", org="analyst", **wave),
        claim(1623, published="2016-03-01", outlet="Maroc Hebdo", org="MOI", **wave),
    ]
    assert find_implausible_values(series) == []


def test_a_wave_count_judged_by_one_earlier_source_only_is_not_implausible():
    # one earlier figure may count a part ("82 of the 391 minors came back"): two sources are needed to judge
    wave = {"metric": "returnees", "period": ("cumulative_unspecified", None)}
    series = [
        claim(82, published="2020-07-05", outlet="هسبريس", org="MOI", **wave),
        claim(391, published="2021-05-18", outlet="هبة بريس", org="official_unspecified", **wave),
    ]
    assert find_implausible_values(series) == []
