"""internal_arithmetic: within one article, parts that cannot fit in their total."""

from claims.consistency.rules import find_inconsistencies, find_internal_arithmetic
from tests.consistency.builders import claim, kinds

ARTICLE = 42
SINCE_2016 = ("since", "2016")


def in_article(value, **fields):
    fields.setdefault("published", "2025-07-03")
    fields.setdefault("outlet", "برلمان")
    fields.setdefault("metric", "persons_arrested")
    fields.setdefault("period", SINCE_2016)
    return claim(value, article=ARTICLE, **fields)


def test_a_subset_above_its_total_is_internal_arithmetic():
    total = in_article(650, start=100)
    women = in_article(700, subset="women", start=300)

    [finding] = find_internal_arithmetic([total, women])

    assert finding.claim_ids == (total.id, women.id)
    assert "700 people arrested (women)" in finding.explanation
    assert "same article" in finding.explanation


def test_a_subset_within_its_total_is_fine():
    assert find_inconsistencies([in_article(650, start=100), in_article(62, subset="women", start=300)]) == []


def test_overlapping_subsets_adding_above_the_total_are_fine():
    # women and ISIS-linked arrests overlap: their sum may exceed the total
    total = in_article(100, start=10)
    isis = in_article(90, subset="isis_linked", start=50)
    women = in_article(20, subset="women", start=90)
    assert find_inconsistencies([total, isis, women]) == []


def test_destinations_adding_above_the_fighters_who_left_are_internal_arithmetic():
    joined = in_article(1659, metric="fighters_joined", period=("cumulative_unspecified", None), start=10)
    syria = in_article(
        1120, metric="fighters_joined", subset="syria", period=("cumulative_unspecified", None), start=60
    )
    iraq = in_article(
        610, metric="fighters_joined", subset="iraq", period=("cumulative_unspecified", None), start=90
    )

    [finding] = find_internal_arithmetic([joined, syria, iraq])

    assert finding.claim_ids == (joined.id, syria.id, iraq.id)
    assert "add up to 1730" in finding.explanation


def test_returnees_above_the_fighters_who_left_are_internal_arithmetic():
    joined = in_article(1659, metric="fighters_joined", period=("cumulative_unspecified", None), start=10)
    returned = in_article(2600, metric="returnees", period=("unspecified", None), start=80)
    assert kinds(find_inconsistencies([joined, returned])) == ["internal_arithmetic"]


def test_killed_and_returned_adding_above_the_fighters_who_left_are_internal_arithmetic():
    joined = in_article(980, metric="fighters_joined", period=("cumulative_unspecified", None), start=10)
    killed = in_article(745, metric="fighters_killed", period=("cumulative_unspecified", None), start=40)
    returned = in_article(270, metric="returnees", period=("cumulative_unspecified", None), start=80)
    [finding] = find_internal_arithmetic([joined, killed, returned])
    assert finding.claim_ids == (joined.id, killed.id, returned.id)


def test_parts_adding_below_the_total_are_not_flagged():
    joined = in_article(1659, metric="fighters_joined", period=("cumulative_unspecified", None), start=10)
    killed = in_article(745, metric="fighters_killed", period=("cumulative_unspecified", None), start=40)
    returned = in_article(270, metric="returnees", period=("cumulative_unspecified", None), start=80)
    assert find_inconsistencies([joined, killed, returned]) == []


def test_a_part_and_a_total_from_different_articles_are_not_internal_arithmetic():
    total = claim(650, article=1, metric="persons_arrested", period=SINCE_2016)
    women = claim(700, article=2, metric="persons_arrested", subset="women", period=SINCE_2016)
    assert find_internal_arithmetic([total, women]) == []


def test_a_part_over_a_longer_period_is_not_compared_with_the_total():
    total = in_article(650, start=100)
    women_since_2002 = in_article(700, subset="women", period=("since", "2002"), start=300)
    assert find_internal_arithmetic([total, women_since_2002]) == []


def test_a_part_over_a_shorter_period_above_the_total_is_internal_arithmetic():
    total = in_article(650, start=100)
    women_2024 = in_article(700, subset="women", period=("year", "2024"), start=300)
    assert kinds(find_internal_arithmetic([total, women_2024])) == ["internal_arithmetic"]


def test_shares_of_one_split_above_a_hundred_percent_are_internal_arithmetic():
    syria = in_article(
        60, unit="percent", metric="fighters_joined", subset="syria", period=("unspecified", None)
    )
    iraq = in_article(
        55, unit="percent", metric="fighters_joined", subset="iraq", period=("unspecified", None)
    )
    [finding] = find_internal_arithmetic([syria, iraq])
    assert "115%" in finding.explanation


def test_a_shorter_period_above_the_longer_one_containing_it_is_internal_arithmetic():
    since_2002 = in_article(207, metric="cells_dismantled", period=("since", "2002"), published="2020-11-17")
    last_three = in_article(
        232, metric="cells_dismantled", period=("last_n_years", "2017"), published="2020-11-17", start=500
    )
    [finding] = find_internal_arithmetic([since_2002, last_three])
    assert finding.claim_ids == (since_2002.id, last_three.id)


def test_thirty_two_in_the_last_three_years_within_207_since_2002_is_fine():
    since_2002 = in_article(207, metric="cells_dismantled", period=("since", "2002"), published="2020-11-17")
    last_three = in_article(
        32, metric="cells_dismantled", period=("last_n_years", "2017"), published="2020-11-17"
    )
    assert find_inconsistencies([since_2002, last_three]) == []


SPLIT = "وتمكنت المصالح الأمنية خلال سنة 2024 من تفكيك 14 خلية إرهابية، موزعة بين 10 خلايا موالية لتنظيم داعش و5 خلايا مرتبطة بالساحل"


def split_claims(total, parts):
    in_2024 = ("year", "2024")
    common = dict(metric="cells_dismantled", period=in_2024, published="2025-01-15", sentence=SPLIT)
    made = [in_article(total, start=SPLIT.index("14"), **common)]
    for (value, subset), text in zip(parts, ("10", "5"), strict=True):
        made.append(in_article(value, subset=subset, start=SPLIT.index(text, 40), **common))
    return made


def test_a_split_the_sentence_announces_must_add_up():
    total, isis, sahel = split_claims(14, [(10, "isis_linked"), (5, "sahel")])
    [finding] = find_internal_arithmetic([total, isis, sahel])
    assert finding.claim_ids == (total.id, isis.id, sahel.id)
    assert "add up to 15, not the 14" in finding.explanation


def test_a_split_that_adds_up_is_fine():
    assert find_inconsistencies(split_claims(15, [(10, "isis_linked"), (5, "sahel")])) == []


LISTING = (
    "وأفادت حصيلة المديرية العامة للأمن الوطني بأن المصالح الأمنية فككت 14 خلية إرهابية خلال السنة الماضية، "
    "منها 9 خلايا موالية لتنظيم داعش و4 خلايا مرتبطة بجماعات متطرفة تنشط في منطقة الساحل."
)


def listing_claims(sentence, total, parts, metric="cells_dismantled"):
    common = dict(
        metric=metric, period=("year", "2024"), published="2025-01-08", outlet="هسبريس", sentence=sentence
    )
    made = [in_article(total, start=10, **common)]
    for offset, (value, subset) in enumerate(parts, start=1):
        made.append(in_article(value, subset=subset, start=10 + 40 * offset, **common))
    return made


def test_a_listing_of_affiliations_that_nearly_but_not_quite_adds_up_is_internal_arithmetic():
    total, isis, sahel = listing_claims(LISTING, 14, [(9, "isis_linked"), (4, "sahel_linked")])
    [finding] = find_internal_arithmetic([total, isis, sahel])
    assert finding.claim_ids == (total.id, isis.id, sahel.id)
    assert finding.explanation.startswith("9 (isis linked) and 4 (sahel linked) add up to 13, not the 14")


def test_a_listing_that_covers_only_part_of_the_total_is_fine():
    assert find_inconsistencies(listing_claims(LISTING, 14, [(5, "isis_linked"), (2, "sahel_linked")])) == []


def test_a_listing_of_attributes_such_as_women_and_minors_is_fine():
    arrests = "تم توقيف 20 شخصا للاشتباه في ارتباطهم بتنظيم داعش، من بينهم 8 نساء و7 قاصرين."
    claims = listing_claims(arrests, 20, [(8, "women"), (7, "minors")], metric="persons_arrested")
    assert find_inconsistencies(claims) == []


def test_parts_without_any_breakdown_word_are_not_held_to_add_up():
    plain = "فككت المصالح الأمنية 14 خلية إرهابية، وكانت 9 خلايا موالية لداعش بينما ارتبطت 4 خلايا بالساحل."
    claims = listing_claims(plain, 14, [(9, "isis_linked"), (4, "sahel_linked")])
    assert find_inconsistencies(claims) == []


def test_figures_of_two_undated_events_in_one_article_are_not_part_and_total():
    casablanca = in_article(45, metric="persons_killed", period=("event", None), start=100)
    marrakech = in_article(
        17, metric="persons_killed", subset="foreigners", period=("event", None), start=400
    )
    both_high = in_article(
        60, metric="persons_killed", subset="foreigners", period=("event", None), start=700
    )
    assert find_internal_arithmetic([casablanca, marrakech, both_high]) == []
