"""cumulative_decrease and stale_figure: a running total since X cannot go down."""

from claims.consistency.rules import find_cumulative_decreases, find_inconsistencies, find_stale_figures
from tests.consistency.builders import claim, kinds

SINCE_2002 = (
    "وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك {} خلايا إرهابية منذ سنة 2002"
)


def test_a_running_total_that_goes_down_is_a_cumulative_decrease():
    earlier = claim(215, published="2023-11-01", outlet="برلمان", sentence=SINCE_2002.format(215))
    later = claim(207, published="2025-03-12", outlet="هسبريس", sentence=SINCE_2002.format(207))

    [finding] = find_cumulative_decreases([earlier, later])

    assert finding.claim_ids == (earlier.id, later.id)
    assert finding.metric == "cells_dismantled"


def test_the_decrease_explanation_gives_figures_outlets_and_months():
    earlier = claim(215, published="2023-11-01", outlet="برلمان")
    later = claim(207, published="2025-03-12", outlet="هسبريس")

    [finding] = find_cumulative_decreases([earlier, later])

    assert finding.explanation == (
        "215 (برلمان, Nov 2023) then 207 (هسبريس, Mar 2025): "
        "a running total of cells dismantled since 2002 cannot go down"
    )


def test_215_then_more_than_200_is_not_a_decrease():
    findings = find_inconsistencies(
        [
            claim(215, published="2023-11-01", outlet="برلمان"),
            claim(200, qualifier="more_than", published="2024-05-16", outlet="أكورا بريس"),
        ]
    )
    assert findings == []


def test_207_and_more_than_200_agree_in_either_order():
    findings = find_inconsistencies(
        [
            claim(200, qualifier="more_than", published="2019-05-16", outlet="أكورا بريس"),
            claim(207, published="2020-11-17", outlet="أكورا بريس"),
            claim(200, qualifier="more_than", published="2023-02-01", outlet="هسبريس"),
        ]
    )
    assert findings == []


def test_a_growing_series_is_not_flagged():
    growing = [
        claim(49, published="2016-03-01", metric="persons_arrested", period=("since", "2015")),
        claim(57, published="2017-04-01", metric="persons_arrested", period=("since", "2015")),
        claim(83, published="2019-09-01", metric="persons_arrested", period=("since", "2015")),
        claim(84, published="2020-01-20", metric="persons_arrested", period=("since", "2015")),
    ]
    assert find_inconsistencies(growing) == []


def test_series_with_different_starts_are_not_compared():
    since_2002 = claim(215, published="2023-11-01", outlet="برلمان")
    since_2015 = claim(94, published="2024-06-01", outlet="هسبريس", org="BCIJ", period=("since", "2015"))
    assert find_inconsistencies([since_2002, since_2015]) == []


def test_series_of_different_subsets_are_not_compared():
    all_cells = claim(215, published="2023-11-01")
    isis_cells = claim(92, published="2024-06-01", subset="isis_linked")
    assert find_inconsistencies([all_cells, isis_cells]) == []


def test_a_figure_with_no_date_is_not_placed_in_the_series():
    dated = claim(207, published="2020-11-17", outlet="أكورا بريس")
    undated = claim(200, qualifier="more_than", published=None, outlet=None, org="MOI")
    assert find_inconsistencies([dated, undated]) == []


def test_a_figure_that_may_go_down_is_not_a_running_total():
    held_2019 = claim(
        250, published="2019-01-10", metric="fighters_detained_abroad", period=("since", "2013")
    )
    held_2022 = claim(
        120, published="2022-01-10", metric="fighters_detained_abroad", period=("since", "2013")
    )
    assert find_inconsistencies([held_2019, held_2022]) == []


def test_two_figures_in_the_same_article_are_not_a_decrease():
    first = claim(215, published="2023-11-01", article=7)
    second = claim(207, published="2023-11-01", article=7, start=400)
    assert find_inconsistencies([first, second]) == []


def test_a_figure_below_several_earlier_ones_is_one_finding():
    earlier = [
        claim(215, published="2022-11-02", outlet="برلمان"),
        claim(215, published="2023-05-20", outlet="أكورا بريس"),
    ]
    later = claim(210, published="2023-07-01", outlet="هسبريس")

    findings = find_inconsistencies([*earlier, later])

    assert len(findings) == 1
    assert set(findings[0].claim_ids) == {c.id for c in [*earlier, later]}


def test_a_total_repeated_after_newer_sources_overtook_it_is_a_stale_figure():
    first_printed = claim(207, published="2020-11-17", outlet="أكورا بريس")
    overtaking = [
        claim(215, published="2022-11-02", outlet="برلمان"),
        claim(215, published="2023-11-01", outlet="أكورا بريس"),
    ]
    repeated = claim(207, published="2024-05-16", outlet="هسبريس")

    [finding] = find_stale_figures([first_printed, *overtaking, repeated])

    assert finding.claim_ids[0] == repeated.id
    assert set(finding.claim_ids) == {repeated.id, *(c.id for c in overtaking)}
    assert finding.explanation.startswith("207 (هسبريس, May 2024) repeats an outdated figure")


def test_a_stale_figure_is_not_also_reported_as_a_decrease():
    first_printed = claim(207, published="2020-11-17", outlet="أكورا بريس")
    overtaking = [
        claim(215, published="2022-11-02", outlet="برلمان"),
        claim(215, published="2023-11-01", outlet="أكورا بريس"),
    ]
    repeated = claim(207, published="2024-05-16", outlet="هسبريس")
    assert kinds(find_inconsistencies([first_printed, *overtaking, repeated])) == ["stale_figure"]


def test_a_running_total_that_falls_to_a_figure_nobody_printed_before_is_a_decrease_not_stale():
    # 215 in 2023, then 150 in 2025: no article ever printed 150, so it is no old figure reused
    earlier = [
        claim(210, published="2021-03-01", outlet="برلمان"),
        claim(215, published="2023-11-01", outlet="أكورا بريس"),
    ]
    fallen = claim(190, published="2025-02-01", outlet="هسبريس")
    assert kinds(find_inconsistencies([*earlier, fallen])) == ["cumulative_decrease"]


def test_a_figure_the_text_dates_earlier_is_compared_at_its_own_date():
    # "وكان المكتب قد أعلن في نونبر 2022 عن تفكيك 87 خلية": printed in May 2024, true in Nov 2022
    dated = claim(87, published="2024-05-17", outlet="صوت الأطلس", period=("since", "2015"), as_of="2022-11")
    current = claim(
        94, published="2024-05-16", outlet="وكالة المغرب العربي للأنباء", period=("since", "2015")
    )
    assert find_inconsistencies([dated, current]) == []


def test_the_same_figure_undated_by_the_text_would_be_a_disagreement():
    undated = claim(87, published="2024-05-17", outlet="صوت الأطلس", period=("since", "2015"))
    current = claim(
        94, published="2024-05-16", outlet="وكالة المغرب العربي للأنباء", period=("since", "2015")
    )
    assert kinds(find_inconsistencies([undated, current])) == ["same_period_disagreement"]


def test_a_drop_right_after_the_overtaking_sources_is_a_decrease_not_a_stale_figure():
    overtaking = [
        claim(215, published="2024-03-01", outlet="برلمان"),
        claim(215, published="2024-04-01", outlet="أكورا بريس"),
    ]
    lower = claim(207, published="2024-05-16", outlet="هسبريس")
    assert kinds(find_inconsistencies([*overtaking, lower])) == ["cumulative_decrease"]


def test_figures_printed_within_a_week_are_not_a_decrease():
    monday = claim(215, published="2023-11-06", outlet="برلمان")
    friday = claim(207, published="2023-11-10", outlet="هسبريس")
    assert find_cumulative_decreases([monday, friday]) == []


def test_a_total_printed_at_a_third_of_its_series_is_not_a_decrease():
    # "4 people arrested since 2015" after 902: the reading counts something else, not a fall
    earlier = claim(
        902,
        published="2018-10-01",
        outlet="L'Economiste",
        metric="persons_arrested",
        period=("since", "2015"),
    )
    later = claim(
        4, published="2022-01-10", outlet="H24info", metric="persons_arrested", period=("since", "2015")
    )
    assert find_inconsistencies([earlier, later]) == []


def test_a_figure_its_own_article_overtakes_is_quoted_as_history():
    # "En novembre 2020, la DGST faisait état de 207 cellules ; le chiffre dépasse aujourd'hui 220"
    newer = claim(215, published="2023-11-01", outlet="Médias24")
    history = claim(207, published="2024-05-21", outlet="Le Monde", article=77, start=40)
    today = claim(
        220, qualifier="more_than", published="2024-05-21", outlet="Le Monde", article=77, start=120
    )
    assert find_inconsistencies([newer, history, today]) == []


# A round figure may be rounded, but not below a total the series had already reached.
PLOTS_SINCE_2016 = "Since 2016 the security services have foiled {} plots, the police directorate said."
PLOTS_DEPUIS_2016 = "Depuis 2016, {} projets d'attentat ont été déjoués, selon un responsable sécuritaire."
PLOTS_AR = "وأفاد مصدر أمني بأن المصالح المختصة أحبطت {} مخططا إرهابيا منذ 2016."


def test_a_round_total_pinned_by_an_earlier_one_joins_the_later_drop():
    pinned = claim(
        197,
        metric="plots_foiled",
        period=("since", "2016"),
        published="2023-04-10",
        outlet="Le Matin",
        sentence=PLOTS_DEPUIS_2016.format(197),
    )
    rounded = claim(
        200,
        metric="plots_foiled",
        period=("since", "2016"),
        published="2024-09-02",
        outlet="Morocco Now",
        sentence=PLOTS_SINCE_2016.format(200),
    )
    fallen = claim(
        196,
        metric="plots_foiled",
        period=("since", "2016"),
        published="2025-05-20",
        outlet="اليوم 24",
        org="analyst",
        sentence=PLOTS_AR.format(196),
    )

    [finding] = find_inconsistencies([pinned, rounded, fallen])

    assert finding.kind == "cumulative_decrease"
    assert finding.claim_ids == (pinned.id, rounded.id, fallen.id)


def test_a_round_total_alone_still_allows_the_lower_figure_after_it():
    rounded = claim(200, metric="plots_foiled", period=("since", "2016"), published="2024-09-02")
    later = claim(
        196, metric="plots_foiled", period=("since", "2016"), published="2025-05-20", outlet="اليوم 24"
    )

    assert find_inconsistencies([rounded, later]) == []


def test_a_bound_below_the_fallen_total_does_not_join_the_drop():
    pinned = claim(
        197, metric="plots_foiled", period=("since", "2016"), published="2023-04-10", outlet="Le Matin"
    )
    bound = claim(
        190,
        qualifier="more_than",
        metric="plots_foiled",
        period=("since", "2016"),
        published="2024-09-02",
        outlet="Morocco Now",
    )
    fallen = claim(
        196, metric="plots_foiled", period=("since", "2016"), published="2025-05-20", outlet="اليوم 24"
    )

    [finding] = find_inconsistencies([pinned, bound, fallen])

    assert finding.claim_ids == (pinned.id, fallen.id)


def test_a_pinned_figure_joins_the_one_finding_of_a_total_that_fell_twice():
    first = claim(
        220,
        published="2021-03-04",
        outlet="Le Matin",
        sentence="Depuis 2002, 220 cellules ont été démantelées.",
    )
    rounded = claim(
        225,
        qualifier="about",
        published="2022-01-18",
        outlet="TelQuel",
        org="BCIJ",
        sentence="Près de 225 cellules terroristes ont été démantelées depuis 2002.",
    )
    fallen = claim(212, published="2023-06-09", outlet="Hespress English", org="unspecified")
    copied = claim(212, published="2023-06-10", outlet="الأيام 24", org="unspecified")

    [finding] = find_inconsistencies([first, rounded, fallen, copied])

    assert finding.kind == "cumulative_decrease"
    assert set(finding.claim_ids) == {first.id, rounded.id, fallen.id, copied.id}


# The returnees of the Syria-Iraq wave: an undated total counts everyone back since the wave began.
UNDATED = ("cumulative_unspecified", None)


def test_undated_totals_of_returnees_from_two_sources_cannot_go_down():
    # an Arabic ministry statement, then an English researcher's lower undated count
    ministry = claim(
        272,
        published="2023-03-08",
        outlet="الأحداث المغربية",
        org="MOI",
        metric="returnees",
        period=UNDATED,
        sentence="وأكدت وزارة الداخلية أن عدد المقاتلين العائدين إلى المملكة بلغ 272 شخصا.",
    )
    researcher = claim(
        262,
        published="2024-10-02",
        outlet="Morocco World News",
        org="analyst",
        metric="returnees",
        period=UNDATED,
        sentence="Researcher Karima Benali counts 262 Moroccan jihadists who made it back home.",
    )

    [finding] = find_inconsistencies([ministry, researcher])

    assert finding.kind == "cumulative_decrease"
    assert finding.claim_ids == (ministry.id, researcher.id)
    assert "a running total of returnees" in finding.explanation


def test_returnees_since_the_waves_first_years_join_the_undated_total():
    undated = claim(270, published="2022-05-10", metric="returnees", period=UNDATED, outlet="Le360")
    since_2013 = claim(
        255, published="2024-01-15", metric="returnees", period=("since", "2013"), outlet="اليوم 24"
    )
    assert kinds(find_inconsistencies([undated, since_2013])) == ["cumulative_decrease"]


def test_a_figure_listed_under_a_number_the_reading_did_not_claim_is_no_total_of_its_own():
    # "141 of the people tried are returnees: 119 from the Syria-Iraq zone, 15 from Libya": the 119,
    # read as returnees, is one of the 141 (whatever they count), not the wave's total
    listed = "Les revenants représentent 141 des personnes jugées : 119 sont rentrés de la zone syro-irakienne et 15 de Libye."
    total_before = claim(270, published="2020-02-10", metric="returnees", period=UNDATED, outlet="العمق")
    part = claim(
        119,
        published="2021-07-19",
        metric="returnees",
        period=UNDATED,
        outlet="MAP Express",
        sentence=listed,
        value_text="119",
    )
    total_after = claim(270, published="2023-09-12", metric="returnees", period=UNDATED, outlet="Yabiladi")
    assert find_inconsistencies([total_before, part, total_after]) == []


def test_a_year_before_a_colon_heads_no_listing():
    # "Bilan 2021 : 6 cellules" — the year is not a total the 6 is listed under
    earlier = claim(212, published="2021-03-01", outlet="Le Desk")
    later = claim(
        206,
        published="2022-01-05",
        outlet="Médias24",
        sentence="Bilan 2021 : 206 cellules démantelées depuis 2002, selon la DGST.",
        value_text="206",
    )
    assert kinds(find_inconsistencies([earlier, later])) == ["cumulative_decrease"]


def test_the_dead_of_the_wave_stay_out_of_running_totals():
    # undated figures of those killed are as often one battle's as the wave's
    killed_all = claim(745, published="2021-03-18", metric="fighters_killed", period=UNDATED)
    killed_in_raqqa = claim(130, published="2022-06-01", metric="fighters_killed", period=UNDATED)
    assert find_inconsistencies([killed_all, killed_in_raqqa]) == []


def test_a_number_that_is_itself_a_part_heads_no_listing():
    # "745 منهم" is 745 *of them*: the 270 that follows is the returnees' own total, not one of the 745
    fates = "وأوضح المسؤول أن 745 منهم لقوا حتفهم في المعارك، بينما عاد 270 إلى أرض الوطن."
    back_home = claim(
        270,
        published="2021-05-18",
        metric="returnees",
        period=UNDATED,
        outlet="هسبريس",
        org="BCIJ",
        sentence=fates,
        value_text="270",
    )
    later = claim(258, published="2024-02-01", metric="returnees", period=UNDATED, outlet="TelQuel")
    assert kinds(find_inconsistencies([back_home, later])) == ["cumulative_decrease"]


def test_fighters_in_syria_and_iraq_and_fighters_with_no_zone_are_one_running_total():
    # the extraction keeps the zone on the claim (syria_iraq_linked); the fighters' wave is that zone
    named_zone = claim(
        1354, metric="fighters_joined", subset="syria_iraq_linked", period=("cumulative_unspecified", None),
        published="2023-03-01", outlet="Le Courrier",
    )  # fmt: skip
    no_zone = claim(
        1659, metric="fighters_joined", period=("cumulative_unspecified", None), published="2019-10-01",
        outlet="Al Akhbar",
    )  # fmt: skip
    assert "stale_figure" in kinds(
        find_inconsistencies([no_zone, named_zone])
    ) or "cumulative_decrease" in kinds(find_inconsistencies([no_zone, named_zone]))
    held = claim(250, metric="fighters_detained_abroad", subset="syria", period=("unspecified", None))
    assert held.subset == "syria"  # people held abroad keep their country


# A year's count so far ("since the start of the year", or "in 2024" printed while 2024 runs) grows too.

SO_FAR_2024 = ("year_to_date", "2024")
IN_2024 = ("year", "2024")


def test_a_years_count_so_far_that_falls_later_in_the_year_is_a_cumulative_decrease():
    september = claim(
        14,
        published="2024-09-12",
        outlet="Le360",
        period=SO_FAR_2024,
        sentence="Depuis le début de l'année, 14 cellules ont été démantelées, selon le commissaire Rachid Amrani.",
    )
    november = claim(
        12,
        published="2024-11-21",
        outlet="اليوم 24",
        period=SO_FAR_2024,
        sentence="وأكدت المصادر ذاتها أن 12 خلية إرهابية فككت منذ مطلع السنة الجارية.",
    )
    [finding] = find_cumulative_decreases([september, november])
    assert finding.claim_ids == (september.id, november.id)


def test_a_figure_for_the_running_year_and_a_later_count_so_far_below_it_are_a_decrease():
    in_the_year = claim(
        14,
        published="2024-09-12",
        outlet="Hespress English",
        period=IN_2024,
        sentence="Morocco has dismantled 14 terror cells in 2024, Salma Idrissi of the DGSN said on Thursday.",
    )
    so_far = claim(12, published="2024-11-21", outlet="Médias24", period=SO_FAR_2024)
    assert kinds(find_inconsistencies([in_the_year, so_far])) == ["cumulative_decrease"]


def test_a_years_count_so_far_that_grows_is_fine():
    june = claim(9, published="2024-06-03", outlet="Le360", period=SO_FAR_2024)
    november = claim(14, published="2024-11-21", outlet="Médias24", period=IN_2024)
    assert find_inconsistencies([june, november]) == []


def test_a_count_so_far_above_another_sources_full_year_is_no_decrease():
    # the closed year is no running total: a part above another source's whole is not held against it
    so_far = claim(14, published="2024-09-12", outlet="Le360", org="analyst", period=SO_FAR_2024)
    full_year = claim(12, published="2025-01-10", outlet="Médias24", org="unspecified", period=IN_2024)
    assert find_inconsistencies([so_far, full_year]) == []


def test_the_years_departures_so_far_are_not_the_waves_running_total():
    wave = claim(
        1659,
        metric="fighters_joined",
        published="2023-05-16",
        outlet="Le360",
        period=("cumulative_unspecified", None),
    )
    this_year = claim(
        4, metric="fighters_joined", published="2024-06-03", outlet="Médias24", period=SO_FAR_2024
    )
    assert find_inconsistencies([wave, this_year]) == []


# A total that names no start ("Morocco has dismantled 207 cells") is the record it matches.

UNSTATED = ("cumulative_unspecified", None)


def test_a_total_naming_no_start_that_repeats_an_overtaken_record_is_a_stale_figure():
    first = claim(207, published="2020-11-17", outlet="Le Matin")
    newer = claim(215, published="2022-11-02", outlet="برلمان")
    repeated = claim(
        207,
        published="2024-05-06",
        outlet="The North Africa Post",
        period=UNSTATED,
        sentence="Morocco has so far dismantled 207 terrorist cells, analyst Karim Zerouali noted.",
    )

    [finding] = find_inconsistencies([first, newer, repeated])

    assert finding.kind == "stale_figure"
    assert finding.claim_ids[0] == repeated.id


def test_a_total_naming_no_start_below_the_record_a_year_earlier_is_a_decrease():
    record = claim(215, published="2023-11-01", outlet="هسبريس")
    later = claim(
        207,
        published="2024-10-15",
        outlet="Le Desk",
        period=UNSTATED,
        sentence="Au total, 207 cellules ont été démantelées par les services marocains, selon Omar Benali.",
    )
    assert kinds(find_inconsistencies([record, later])) == ["cumulative_decrease"]


def test_a_total_naming_no_start_far_from_every_series_joins_none():
    # the BCIJ's own count since 2015, printed without its start, beside the record since 2002
    record = claim(215, published="2023-11-01", outlet="هسبريس")
    bureau = claim(
        96,
        published="2024-10-15",
        outlet="Le Desk",
        org="BCIJ",
        period=UNSTATED,
        sentence="Le BCIJ a démantelé 96 cellules, a indiqué son directeur.",
    )
    assert find_inconsistencies([record, bureau]) == []


def test_a_count_since_a_later_month_of_the_year_is_no_fall_of_the_year_so_far():
    so_far = claim(12, published="2024-06-15", outlet="Le360", period=SO_FAR_2024)
    since_march = claim(10, published="2024-09-17", outlet="Barlamane", period=("since", "2024-03"))
    assert find_inconsistencies([so_far, since_march]) == []


def test_a_figure_for_the_new_year_printed_in_its_january_is_not_its_count_so_far():
    # a January article's "in 2024" is more often the review of 2023 with its year misread
    january = claim(12, published="2024-01-09", outlet="Le360", period=IN_2024)
    april = claim(3, published="2024-04-02", outlet="Médias24", period=SO_FAR_2024)
    assert find_inconsistencies([january, april]) == []


# "Depuis sa création en 2016, l'office a interpellé 640 personnes": read as a count for 2016.
ARRESTS_SINCE_2016 = {"metric": "persons_arrested", "org": "BCIJ"}


def test_a_years_figure_above_a_later_total_since_that_year_is_that_total_misread():
    # 640 "in 2016" cannot be 2016's count: the total since 2016 stood at 560 by the end of 2020. It is
    # the running total, compared with the 615 printed more than a year later: the total went down.
    by_2020 = claim(
        560, published="2020-12-28", outlet="Le360", period=("since", "2016"), **ARRESTS_SINCE_2016
    )
    misread = claim(
        640, published="2023-06-10", outlet="العمق", period=("year", "2016"), **ARRESTS_SINCE_2016
    )
    later = claim(
        615, published="2024-07-02", outlet="Hespress FR", period=("since", "2016"), **ARRESTS_SINCE_2016
    )
    [finding] = find_inconsistencies([by_2020, misread, later])
    assert finding.kind == "cumulative_decrease"
    assert set(finding.claim_ids) == {misread.id, later.id}


def test_a_years_figure_no_total_rules_out_is_not_matched_to_totals_printed_years_apart():
    # 600 "in 2016" is below every total since 2016: it may be that year's count, and the totals near it
    # were printed more than a year away from it, so nothing says it is one of them
    by_2020 = claim(
        605, published="2020-12-28", outlet="Le360", period=("since", "2016"), **ARRESTS_SINCE_2016
    )
    year = claim(600, published="2023-06-10", outlet="العمق", period=("year", "2016"), **ARRESTS_SINCE_2016)
    later = claim(
        640, published="2024-07-02", outlet="Hespress FR", period=("since", "2016"), **ARRESTS_SINCE_2016
    )
    assert find_inconsistencies([by_2020, year, later]) == []


def test_a_repeated_total_the_text_dates_to_the_year_it_was_first_printed_is_not_stale():
    # "According to the figures of 2022, 412 people had been arrested since 2016", printed in 2025
    first = claim(
        412, published="2022-12-20", outlet="Le Matin", period=("since", "2016"), **ARRESTS_SINCE_2016
    )
    newer = [
        claim(450, published="2024-03-04", outlet="Médias24", period=("since", "2016"), **ARRESTS_SINCE_2016),
        claim(
            470, published="2025-03-01", outlet="Barlamane", period=("since", "2016"), **ARRESTS_SINCE_2016
        ),
    ]
    dated = claim(
        412,
        published="2025-03-25",
        outlet="Morocco World",
        period=("since", "2016"),
        as_of="2022",
        **ARRESTS_SINCE_2016,
    )
    assert find_inconsistencies([first, *newer, dated]) == []


def test_a_stale_total_at_odds_with_a_current_one_the_same_week_is_one_stale_finding():
    # 224 repeated in 2025 after 230 and 232 overtook it; "plus de 235" the same week disagrees with it for
    # that reason only: one finding, the stale figure, not a same-period disagreement besides
    first = claim(224, published="2022-10-03", outlet="Le Desk")
    overtaking = [
        claim(230, published="2024-01-15", outlet="TelQuel"),
        claim(232, published="2024-05-16", outlet="SNRTnews"),
    ]
    stale = claim(224, published="2025-02-10", outlet="Maroc Diplomatique")
    current = claim(235, qualifier="more_than", published="2025-02-12", outlet="L'Opinion")
    assert kinds(find_inconsistencies([first, *overtaking, stale, current])) == ["stale_figure"]


def test_a_total_below_the_overtaking_ones_the_same_week_as_a_stale_figure_still_disagrees_with_it():
    # 228 is itself below what the series reached (230, 232): its quarrel with 224 is not the staleness alone
    first = claim(224, published="2022-10-03", outlet="Le Desk")
    overtaking = [
        claim(230, published="2024-01-15", outlet="TelQuel"),
        claim(232, published="2024-05-16", outlet="SNRTnews"),
    ]
    stale = claim(224, published="2025-02-10", outlet="Maroc Diplomatique")
    other = claim(228, published="2025-02-12", outlet="L'Opinion")
    assert "same_period_disagreement" in kinds(find_inconsistencies([first, *overtaking, stale, other]))
