"""same_period_disagreement: two sources, one period, figures that cannot both hold."""

from claims.consistency.rules import find_inconsistencies, find_same_period_disagreements
from tests.consistency.builders import claim, in_sentence, kinds

IN_2023 = ("year", "2023")


def test_two_outlets_giving_different_figures_for_a_closed_year_disagree():
    hespress = claim(14, published="2024-01-08", outlet="هسبريس", period=IN_2023)
    barlamane = claim(17, published="2024-02-20", outlet="برلمان", period=IN_2023)

    [finding] = find_same_period_disagreements([hespress, barlamane])

    assert set(finding.claim_ids) == {hespress.id, barlamane.id}
    assert "in 2023" in finding.explanation
    assert "14 (هسبريس, Jan 2024)" in finding.explanation
    assert "17 (برلمان, Feb 2024)" in finding.explanation


def test_the_same_figure_for_the_same_year_is_no_finding():
    figures = [
        claim(14, published="2024-01-08", period=IN_2023),
        claim(14, published="2024-03-01", period=IN_2023),
    ]
    assert find_inconsistencies(figures) == []


def test_an_exact_figure_and_an_about_figure_that_overlap_agree():
    exact = claim(185, published="2024-01-08", metric="persons_arrested", period=IN_2023)
    about = claim(185, qualifier="about", published="2024-02-01", metric="persons_arrested", period=IN_2023)
    assert find_inconsistencies([exact, about]) == []


def test_a_year_printed_while_it_was_running_is_not_compared_with_the_full_year():
    so_far = claim(9, published="2023-06-15", outlet="برلمان", period=IN_2023)
    full = claim(17, published="2024-02-20", outlet="برلمان", period=IN_2023)
    assert find_same_period_disagreements([so_far, full]) == []


def test_different_months_are_different_periods():
    september = claim(3, published="2024-10-02", period=("month", "2024-09"))
    october = claim(5, published="2024-11-02", period=("month", "2024-10"))
    assert find_inconsistencies([september, october]) == []


def test_two_running_totals_printed_the_same_week_disagree():
    hespress = claim(215, published="2023-11-06", outlet="هسبريس")
    agora = claim(207, published="2023-11-08", outlet="أكورا بريس")
    assert kinds(find_inconsistencies([hespress, agora])) == ["same_period_disagreement"]


def test_a_third_source_at_odds_with_two_others_is_one_finding():
    agreeing = [
        claim(14, published="2024-01-08", outlet="هسبريس", period=IN_2023),
        claim(14, published="2024-01-20", outlet="أكورا بريس", period=IN_2023),
    ]
    odd = claim(19, published="2024-02-20", outlet="برلمان", period=IN_2023)

    [finding] = find_same_period_disagreements([*agreeing, odd])

    assert set(finding.claim_ids) == {odd.id, *(c.id for c in agreeing)}
    assert "14 (هسبريس, Jan 2024; أكورا بريس, Jan 2024) and 19 (برلمان, Feb 2024)" in finding.explanation


def test_every_side_of_a_conflict_is_named_once_in_one_finding():
    # cells dismantled in 2015: 21 in two outlets, 24 in one, 26 in another; one conflict
    figures = [
        claim(21, published="2016-12-30", outlet="Le360", period=("year", "2015")),
        claim(21, published="2018-10-01", outlet="Médias24", period=("year", "2015")),
        claim(24, published="2024-05-01", outlet="Le Monde", period=("year", "2015")),
        claim(26, published="2024-01-10", outlet="Reuters", period=("year", "2015")),
    ]
    [finding] = find_same_period_disagreements(figures)
    assert finding.explanation.count("21 (") == 1
    assert finding.explanation.count("Le360") == 1


def test_figures_with_no_concrete_period_are_never_compared():
    vague = [
        claim(0, metric="terrorist_attacks", period=("unspecified", None)),
        claim(3, metric="terrorist_attacks", period=("unspecified", None)),
    ]
    assert find_inconsistencies(vague) == []


def test_figures_three_times_apart_are_not_two_counts_of_one_period():
    # "96 cells in 2015" beside 21: one of the readings counts something else (a total since 2015)
    figures = [
        claim(21, published="2016-12-30", outlet="Le360", period=("year", "2015")),
        claim(96, published="2024-01-10", outlet="Reuters", period=("year", "2015")),
    ]
    assert find_same_period_disagreements(figures) == []


COPIED = "وأكد حموشي أن المصالح التي يشرف عليها فككت 94 خلية إرهابية منذ إحداث المكتب المركزي للأبحاث القضائية سنة 2015"


def test_an_article_and_its_copy_are_one_source_not_two_disagreeing():
    # the copy shares the dispatch's sentence word for word; its other figure (87) is not a second source
    since_2015 = ("since", "2015")
    original = claim(
        94,
        published="2024-05-16",
        outlet="وكالة المغرب العربي للأنباء",
        period=since_2015,
        sentence=COPIED,
        article=15,
    )
    copy = claim(
        94, published="2024-05-17", outlet="صوت الأطلس", period=since_2015, sentence=COPIED, article=16
    )
    earlier_figure = claim(87, published="2024-05-17", outlet="صوت الأطلس", period=since_2015, article=16)
    assert find_inconsistencies([original, copy, earlier_figure]) == []


def test_a_part_listed_under_a_total_is_no_total_another_source_contradicts():
    # the English dispatch lists 115 of its 137 returnees brought to justice; the French one gives 137
    listed = "In addition, 137 returnees from combat zones have been brought to justice: 115 from the Syrian-Iraqi zone and 8 from Libya."
    since = {
        "metric": "returnees_arrested",
        "period": ("since", "2015"),
        "published": "2021-07-19",
        "outlet": "MAP English",
    }
    english = in_sentence(listed, ("137", dict(since)), ("115", dict(since)), ("8", dict(since)), article=9)
    french = claim(
        137,
        metric="returnees_arrested",
        period=("since", "2015"),
        published="2021-07-19",
        outlet="MAP Express",
    )
    assert find_inconsistencies([*english, french]) == []


def test_a_years_review_printed_in_its_last_days_counts_the_whole_year():
    review = claim(
        31,
        published="2023-12-27",
        outlet="Le Matin",
        metric="persons_arrested",
        period=IN_2023,
        sentence="Selon le bilan annuel de la DGSN, 31 personnes ont été présentées au parquet en 2023.",
    )
    later = claim(34, published="2025-01-10", outlet="هسبريس", metric="persons_arrested", period=IN_2023)
    [finding] = find_same_period_disagreements([review, later])
    assert set(finding.claim_ids) == {review.id, later.id}


def test_a_figure_printed_in_december_without_a_review_is_still_the_year_so_far():
    december = claim(
        31,
        published="2023-12-27",
        outlet="Le Matin",
        metric="persons_arrested",
        period=IN_2023,
        sentence="Depuis janvier, 31 personnes ont été présentées au parquet, selon la DGSN.",
    )
    later = claim(34, published="2025-01-10", outlet="هسبريس", metric="persons_arrested", period=IN_2023)
    assert find_same_period_disagreements([december, later]) == []


def test_a_year_review_named_by_the_articles_title_counts_the_whole_year():
    # "حصيلة سنة 2021" in the title: the figure below it, printed on 30 December, is the year's
    review = claim(
        51,
        published="2021-12-30",
        outlet="الرباط 24",
        org="DGSN",
        metric="persons_arrested",
        period=("year", "2021"),
        sentence="وبلغ عدد الموقوفين في قضايا الإرهاب 51 شخصا خلال السنة ذاتها.",
        title="المديرية العامة للأمن الوطني: حصيلة سنة 2021",
    )
    study = claim(
        66,
        published="2022-04-11",
        outlet="Morocco World News",
        org="analyst",
        metric="persons_arrested",
        period=("year", "2021"),
        sentence="In 2021, Moroccan services arrested 66 terrorism suspects, a study by the Atlas Centre finds.",
    )
    [finding] = find_same_period_disagreements([review, study])
    assert set(finding.claim_ids) == {review.id, study.id}


def test_a_title_reviewing_another_year_leaves_the_figure_the_year_so_far():
    december = claim(
        51,
        published="2021-12-30",
        outlet="الرباط 24",
        metric="persons_arrested",
        period=("year", "2021"),
        sentence="وبلغ عدد الموقوفين في قضايا الإرهاب 51 شخصا خلال السنة الجارية.",
        title="مقارنة مع حصيلة سنة 2020: الأمن الوطني يواصل جهوده",
    )
    study = claim(
        66, published="2022-04-11", outlet="Le Desk", metric="persons_arrested", period=("year", "2021")
    )
    assert find_same_period_disagreements([december, study]) == []


def test_a_half_year_review_in_the_title_is_no_year_review():
    december = claim(
        51,
        published="2021-12-30",
        outlet="H24info",
        metric="persons_arrested",
        period=("year", "2021"),
        sentence="Depuis janvier, 51 personnes ont été interpellées.",
        title="La DGSN dresse un bilan semestriel",
    )
    study = claim(
        66, published="2022-04-11", outlet="Le Desk", metric="persons_arrested", period=("year", "2021")
    )
    assert find_same_period_disagreements([december, study]) == []


def test_a_running_total_dated_only_to_a_year_shares_no_moment_with_one_dated_to_its_december():
    # "en 2019, le total atteignait 190" (some day of 2019) and "fin décembre 2019, 195": it may have grown
    during = claim(190, published="2023-05-02", outlet="Le Matin", as_of="2019")
    december = claim(195, published="2021-01-10", outlet="هسبريس", as_of="2019-12")
    assert find_same_period_disagreements([during, december]) == []


def test_two_running_totals_dated_to_the_same_month_still_disagree():
    first = claim(190, published="2023-05-02", outlet="Le Matin", as_of="2019-12")
    second = claim(195, published="2021-01-10", outlet="هسبريس", as_of="2019-12")
    [finding] = find_same_period_disagreements([first, second])
    assert set(finding.claim_ids) == {first.id, second.id}


def test_a_figure_for_the_running_year_and_a_count_since_january_the_same_week_disagree():
    in_the_year = claim(
        9,
        published="2024-06-14",
        outlet="Le Desk",
        period=("year", "2024"),
        sentence="En 2024, neuf cellules terroristes ont été démantelées, a précisé Hicham Tazi, porte-parole de la DGSN.",
    )
    since_january = claim(
        12,
        published="2024-06-17",
        outlet="الأحداث المغربية",
        period=("year_to_date", "2024"),
        sentence="وأفاد المصدر ذاته بأن 12 خلية إرهابية فككت منذ بداية السنة الجارية.",
    )
    assert kinds(find_inconsistencies([in_the_year, since_january])) == ["same_period_disagreement"]


def test_a_count_since_january_and_a_full_year_printed_the_same_week_are_not_one_period():
    # the year so far in late December and the closed year a week later: the last days may add a cell
    since_january = claim(9, published="2024-12-28", outlet="Le Desk", period=("year_to_date", "2024"))
    full_year = claim(10, published="2025-01-03", outlet="الأحداث المغربية", period=("year", "2024"))
    assert find_inconsistencies([since_january, full_year]) == []


def test_a_total_naming_no_start_and_the_record_since_2002_the_same_week_disagree():
    record = claim(215, published="2023-11-06", outlet="هسبريس")
    unstated = claim(
        207,
        published="2023-11-08",
        outlet="Médias24",
        period=("cumulative_unspecified", None),
        sentence="Le Maroc a démantelé 207 cellules terroristes, rappelle le chercheur Anas Filali.",
    )
    assert kinds(find_inconsistencies([record, unstated])) == ["same_period_disagreement"]


def test_a_year_and_the_range_from_its_january_to_its_december_are_one_period():
    in_the_year = claim(9, published="2024-01-15", outlet="Le360", period=("year", "2023"))
    january_to_december = claim(
        12,
        published="2024-02-17",
        outlet="العمق المغربي",
        period=("range", "2023-01", "2023-12"),
        sentence="وأوضح الخبير الأمني إدريس الكنبوري أن 12 خلية فككت ما بين يناير ودجنبر 2023.",
    )
    assert kinds(find_inconsistencies([in_the_year, january_to_december])) == ["same_period_disagreement"]


def test_a_count_since_a_later_month_is_not_the_year_so_far():
    # "since March" counts fewer months than "since the start of the year": 9 beside 12 is no conflict
    so_far = claim(12, published="2024-06-15", outlet="Le360", period=("year_to_date", "2024"))
    since_march = claim(
        9,
        published="2024-06-17",
        outlet="Barlamane",
        period=("since", "2024-03"),
        sentence="Depuis mars, neuf cellules ont été démantelées, selon le politologue Youssef Amrani.",
    )
    assert find_inconsistencies([so_far, since_march]) == []


def test_one_article_quoting_two_bodies_with_different_figures_for_one_year_is_a_disagreement():
    dgsn = claim(
        14,
        published="2024-02-02",
        outlet="TelQuel",
        org="DGSN",
        article=7300,
        start=120,
        period=("year", "2023"),
        sentence="La DGSN fait état de 14 cellules démantelées en 2023.",
    )
    ministry = claim(
        17,
        published="2024-02-02",
        outlet="TelQuel",
        org="MOI",
        article=7300,
        start=480,
        period=("year", "2023"),
        sentence="Devant les députés, le ministre Abdelouafi Laftit a pourtant parlé de 17 cellules pour la même année.",
    )
    assert kinds(find_inconsistencies([dgsn, ministry])) == ["same_period_disagreement"]


def test_one_body_repeating_itself_in_one_article_is_no_disagreement_between_sources():
    # the same body twice, or a figure with no named body: one source (an extraction slip, not a conflict)
    year = {"published": "2024-02-02", "article": 7301, "period": ("year", "2023")}
    first = claim(
        14,
        org="DGSN",
        start=10,
        sentence="أعلنت المديرية العامة للأمن الوطني تفكيك 14 خلية سنة 2023.",
        **year,
    )
    second = claim(
        17, org="DGSN", start=90, sentence="وأضافت المديرية أن 17 خلية فككت خلال السنة ذاتها.", **year
    )
    vague = claim(19, org="unspecified", start=200, sentence="وتحدثت مصادر أخرى عن 19 خلية.", **year)
    assert find_same_period_disagreements([first, second, vague]) == []


def test_a_running_total_its_own_article_overtakes_is_no_current_figure_against_another_source():
    # "ارتفع عدد المخططات المحبطة منذ 2002 إلى 530، بعدما كانت الحصيلة السابقة تتحدث عن 480": the 480 is history,
    # not a figure for today that another outlet's 530 of the same day contradicts
    plots = {"metric": "plots_foiled", "published": "2025-05-16"}
    today = claim(530, outlet="الأيام 24", article=61, start=50, **plots)
    history = claim(480, outlet="الأيام 24", article=61, start=140, **plots)
    elsewhere = claim(530, outlet="Le360", **plots)
    assert find_same_period_disagreements([today, history, elsewhere]) == []
