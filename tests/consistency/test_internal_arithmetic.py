"""internal_arithmetic: a total against its own explicit breakdown, and nothing else."""

from claims.consistency.rules import find_inconsistencies, find_internal_arithmetic
from tests.consistency.builders import claim, in_sentence, kinds

ARTICLE = 42
IN_2024 = ("year", "2024")
UNDATED = ("cumulative_unspecified", None)


def cells(**fields):
    return {"metric": "cells_dismantled", "period": IN_2024, "published": "2025-01-08", **fields}


def returnees(**fields):
    return {"metric": "returnees", "period": UNDATED, "published": "2023-02-15", **fields}


LISTING = (
    "وأفادت حصيلة المديرية العامة للأمن الوطني بأن المصالح الأمنية فككت 14 خلية إرهابية خلال السنة الماضية، "
    "منها 9 خلايا موالية لتنظيم داعش و4 خلايا مرتبطة بجماعات متطرفة تنشط في منطقة الساحل."
)


def test_a_listing_that_nearly_but_not_quite_adds_up_is_internal_arithmetic():
    total, isis, sahel = in_sentence(
        LISTING,
        ("14", cells()),
        ("9", cells(subset="isis_linked")),
        ("4", cells(subset="sahel_linked")),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic([total, isis, sahel])
    assert finding.claim_ids == (total.id, isis.id, sahel.id)
    assert finding.explanation.startswith("9 (isis linked) and 4 (sahel linked) add up to 13, not the 14")


def test_parts_the_extraction_left_without_a_subset_are_still_the_breakdown():
    sentence = (
        "وحسب معطيات رسمية حصلت عليها هسبريس، فقد عاد إلى المغرب 280 مقاتلا من بؤر التوتر، "
        "241 منهم من الساحة السورية العراقية و36 من ليبيا."
    )
    claims = in_sentence(
        sentence, ("280", returnees()), ("241", returnees()), ("36", returnees()), article=ARTICLE
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 277, not the 280 returnees" in finding.explanation


def test_a_split_announced_by_the_next_sentence_must_add_up():
    first = (
        "وأفادت المديرية العامة للأمن الوطني بأن الفرقة الوطنية للشرطة القضائية أحالت هذه السنة على "
        "النيابة العامة 41 شخصا يشتبه في تورطهم في قضايا الإرهاب."
    )
    second = "وتوزع هؤلاء على الشكل التالي: 7 أشخاص من أجل الارتباط بخلية إرهابية، و27 من أجل التحريض، و3 من أجل التخطيط و2 من أجل التهديد."
    arrests = {"metric": "persons_arrested", "period": ("year", "2023"), "published": "2023-12-27"}
    [total] = in_sentence(first, ("41", dict(arrests)), article=ARTICLE)
    parts = in_sentence(
        second, *((n, dict(arrests)) for n in ("7", "27", "3", "2")), article=ARTICLE, base=len(first) + 1
    )
    [finding] = find_internal_arithmetic([total, *parts])
    assert finding.claim_ids == (total.id, *(p.id for p in parts))
    assert "add up to 39, not the 41" in finding.explanation


def test_a_split_that_adds_up_is_fine():
    sentence = "وبخصوص العائدين، بلغ عددهم 270 شخصا، توزعوا بين 223 عادوا من الساحة السورية العراقية و47 قدموا من ليبيا."
    claims = in_sentence(
        sentence, ("270", returnees()), ("223", returnees()), ("47", returnees()), article=ARTICLE
    )
    assert find_inconsistencies(claims) == []


def test_a_split_adding_up_to_more_than_its_total_is_internal_arithmetic():
    sentence = "وبخصوص العائدين، بلغ عددهم 270 شخصا، توزعوا بين 223 عادوا من الساحة السورية العراقية و52 قدموا من ليبيا."
    claims = in_sentence(
        sentence, ("270", returnees()), ("223", returnees()), ("52", returnees()), article=ARTICLE
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 275, more than the 270 returnees" in finding.explanation


def test_a_listing_that_covers_only_part_of_the_total_is_fine():
    claims = in_sentence(
        LISTING,
        ("14", cells()),
        ("9", cells(subset="isis_linked", value=5)),
        ("4", cells(subset="sahel_linked", value=2)),
        article=ARTICLE,
    )
    assert find_inconsistencies(claims) == []


def test_women_and_minors_among_the_arrested_may_overlap():
    sentence = "تم توقيف 20 شخصا للاشتباه في ارتباطهم بتنظيم داعش، من بينهم 14 امرأة و9 قاصرين."
    arrests = {"metric": "persons_arrested", "period": IN_2024, "published": "2024-06-01"}
    claims = in_sentence(
        sentence,
        ("20", dict(arrests)),
        ("14", dict(arrests, subset="women")),
        ("9", dict(arrests, subset="minors")),
        article=ARTICLE,
    )
    assert find_inconsistencies(claims) == []


def test_a_part_listed_under_a_total_and_above_it_is_internal_arithmetic():
    sentence = "Au cours de la même période, 83 personnes ont été interpellées, dont 93 femmes."
    arrests = {"metric": "persons_arrested", "period": ("year", "2021"), "published": "2022-01-10"}
    total, women = in_sentence(
        sentence, ("83", dict(arrests)), ("93", dict(arrests, subset="women")), article=ARTICLE
    )
    [finding] = find_internal_arithmetic([total, women])
    assert finding.claim_ids == (total.id, women.id)
    assert "93 (women) is more than the 83 people arrested in 2021" in finding.explanation


def test_figures_that_only_share_an_article_are_never_part_and_total():
    # ISIS-linked cells in one sentence, the cells of another group in the next: no breakdown word
    isis = "وارتبطت 18 خلية من خلايا السنة الماضية بتنظيم داعش."
    fay = "فيما كانت خلية واحدة تابعة لتيار الفيء والاستحلال، من أصل 19 خلية فككت خلال 2016."
    in_2016 = {"metric": "cells_dismantled", "period": ("year", "2016"), "published": "2017-01-05"}
    claims = [
        *in_sentence(isis, ("18", dict(in_2016, subset="isis_linked")), article=ARTICLE),
        *in_sentence(fay, ("19", dict(in_2016, value=1)), article=ARTICLE, base=len(isis) + 1),
    ]
    assert find_internal_arithmetic(claims) == []


def test_a_figure_of_another_period_in_the_sentence_is_not_a_part():
    sentence = "فككت المصالح الأمنية 12 خلية سنة 2022، منها 3 خلايا سنة 2021 بحسب الحصيلة."
    claims = in_sentence(
        sentence,
        ("12", cells(period=("year", "2022"))),
        ("3", cells(period=("year", "2021"), value=30)),
        article=ARTICLE,
    )
    assert find_internal_arithmetic(claims) == []


def test_parts_without_any_breakdown_word_are_not_held_to_add_up():
    plain = "فككت المصالح الأمنية 14 خلية إرهابية، وكانت 9 خلايا موالية لداعش بينما ارتبطت 4 خلايا بالساحل."
    claims = in_sentence(
        plain,
        ("14", cells()),
        ("9", cells(subset="isis_linked")),
        ("4", cells(subset="sahel_linked")),
        article=ARTICLE,
    )
    assert find_inconsistencies(claims) == []


def test_killed_and_returned_listed_among_the_fighters_adding_above_them_is_internal_arithmetic():
    sentence = "التحق 980 مغربيا بالتنظيمات الإرهابية، منهم 745 لقوا حتفهم و270 عادوا إلى المغرب."
    joined, killed, returned = in_sentence(
        sentence,
        ("980", {"metric": "fighters_joined", "period": UNDATED}),
        ("745", {"metric": "fighters_killed", "period": UNDATED}),
        ("270", {"metric": "returnees", "period": UNDATED}),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic([joined, killed, returned])
    assert finding.claim_ids == (joined.id, killed.id, returned.id)


def test_a_tables_total_row_must_add_up_to_its_rows():
    rows = [
        claim(21, article=ARTICLE, period=("year", "2015"), start=366, sentence="2015 — 21 — 275"),
        claim(19, article=ARTICLE, period=("year", "2016"), start=383, sentence="2016 — 19 — 273"),
        claim(9, article=ARTICLE, period=("year", "2017"), start=400, sentence="2017 — 9 — 186"),
    ]
    total = claim(
        51, article=ARTICLE, period=("range", "2015", "2017"), start=427, sentence="Total 2015-2017 — 51"
    )
    [finding] = find_internal_arithmetic([*rows, total])
    assert finding.claim_ids == (total.id, *(r.id for r in rows))
    assert "add up to 49, not the 51" in finding.explanation


def test_a_tables_total_row_that_adds_up_is_fine():
    rows = [
        claim(21, article=ARTICLE, period=("year", "2015"), start=366),
        claim(19, article=ARTICLE, period=("year", "2016"), start=383),
    ]
    total = claim(40, article=ARTICLE, period=("range", "2015", "2016"), start=427)
    assert find_inconsistencies([*rows, total]) == []


def test_a_part_and_a_total_from_different_articles_are_not_internal_arithmetic():
    total = claim(650, article=1, metric="persons_arrested", period=("since", "2016"))
    women = claim(700, article=2, metric="persons_arrested", subset="women", period=("since", "2016"))
    assert find_internal_arithmetic([total, women]) == []


def test_shares_of_one_split_above_a_hundred_percent_are_internal_arithmetic():
    sentence = "وتوزع المقاتلون المغاربة بين سوريا بنسبة 60 في المائة والعراق بنسبة 55 في المائة."
    share = {"unit": "percent", "metric": "fighters_joined", "period": ("unspecified", None)}
    claims = in_sentence(
        sentence, ("60", dict(share, subset="syria")), ("55", dict(share, subset="iraq")), article=ARTICLE
    )
    [finding] = find_internal_arithmetic(claims)
    assert "115%" in finding.explanation
    assert kinds(find_inconsistencies(claims)) == ["internal_arithmetic"]


def test_a_part_many_times_its_total_is_a_misreading_not_a_miscount():
    sentence = "Le Maroc a connu 3 attentats depuis 2003, dont celui de 2011 à Marrakech."
    attacks = {"metric": "terrorist_attacks", "period": ("since", "2003"), "published": "2020-11-17"}
    claims = in_sentence(sentence, ("3", dict(attacks)), ("2011", dict(attacks)), article=ARTICLE)
    assert find_internal_arithmetic(claims) == []


def test_a_listing_that_falls_more_than_a_tenth_short_is_a_partial_listing():
    sentence = "Au total, 137 ont été déférés devant la justice, dont 115 venus de Syrie et 8 de Libye."
    referred = {"metric": "returnees_arrested", "period": UNDATED, "published": "2021-07-19"}
    claims = in_sentence(
        sentence, ("137", dict(referred)), ("115", dict(referred)), ("8", dict(referred)), article=ARTICLE
    )
    assert find_internal_arithmetic(claims) == []


def test_cells_acting_on_their_own_and_cells_of_a_group_add_up_to_at_most_their_total():
    sentence = (
        "Sur les 10 cellules neutralisées en 2024, 6 relevaient de la branche sahélienne de l'État islamique "
        "et 5 opéraient de façon autonome."
    )
    claims = in_sentence(
        sentence,
        ("10", cells()),
        ("6", cells(subset="sahel_linked")),
        ("5", cells(subset="autonomous")),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 11" in finding.explanation


def test_a_breakdown_of_the_judicial_polices_referrals_must_add_up():
    total_sentence = (
        "وأحالت الفرقة الوطنية للشرطة القضائية هذه السنة على النيابة العامة 50 شخصا في قضايا الإرهاب."
    )
    parts_sentence = "وتوزع هؤلاء بين 20 شخصا من أجل الإشادة بالإرهاب، و25 من أجل التحريض، و3 من أجل التهديد."
    referred = {"metric": "persons_arrested", "period": IN_2024, "published": "2025-01-08"}
    [total] = in_sentence(total_sentence, ("50", {**referred, "subset": "judicial_police"}), article=ARTICLE)
    parts = in_sentence(
        parts_sentence,
        ("20", {**referred, "subset": "judicial_police"}),
        ("25", {**referred, "subset": "judicial_police"}),
        ("3", {**referred, "subset": "judicial_police"}),
        article=ARTICLE,
        base=len(total_sentence) + 1,
    )
    [finding] = find_internal_arithmetic([total, *parts])
    assert "add up to 48, not the 50" in finding.explanation


# The parts may come first, and the total after them with a word that makes it their sum.


def test_parts_named_before_the_total_they_make_must_not_exceed_it():
    sentence = (
        "Selon le ministère de l'Intérieur, 8 cellules affiliées à Daech et 6 cellules opérant pour le compte "
        "de groupes du Sahel ont été neutralisées l'an dernier, soit un total de 12 cellules."
    )
    isis, sahel, total = in_sentence(
        sentence,
        ("8", cells(subset="isis_linked")),
        ("6", cells(subset="sahel_linked")),
        ("12", cells()),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic([isis, sahel, total])
    assert set(finding.claim_ids) == {total.id, isis.id, sahel.id}
    assert "add up to 14, more than the 12" in finding.explanation


def test_parts_named_before_a_total_in_english_without_subsets_are_its_breakdown():
    sentence = (
        "Security services took down 7 cells in Casablanca, 4 in Tangier and 3 in Fez last year, "
        "12 cells in total, Nadia Bennani of the interior ministry told reporters."
    )
    claims = in_sentence(
        sentence, ("7", cells()), ("4", cells()), ("3", cells()), ("12", cells()), article=ARTICLE
    )
    assert kinds(find_inconsistencies(claims)) == ["internal_arithmetic"]


def test_parts_named_before_the_total_that_add_up_to_it_are_fine():
    sentence = (
        "وفككت الأجهزة الأمنية 7 خلايا بالدار البيضاء و3 بطنجة وخليتين بفاس، أي ما مجموعه 12 خلية إرهابية "
        "خلال السنة الماضية."
    )
    claims = in_sentence(
        sentence, ("7", cells()), ("3", cells()), ("خليتين", cells(value=2)), ("12", cells()), article=ARTICLE
    )
    assert find_inconsistencies(claims) == []


def test_figures_before_a_total_without_a_word_making_it_their_sum_are_not_its_parts():
    sentence = (
        "Les services ont démantelé 8 cellules liées à Daech et 6 liées au Sahel l'an dernier, "
        "et le BCIJ en a recensé 12 de son côté."
    )
    claims = in_sentence(
        sentence,
        ("8", cells(subset="isis_linked")),
        ("6", cells(subset="sahel_linked")),
        ("12", cells()),
        article=ARTICLE,
    )
    assert find_internal_arithmetic(claims) == []


def test_returnees_from_syria_and_iraq_and_from_libya_cannot_add_up_to_more_than_all_returnees():
    sentence = (
        "Youssef Alaoui, who follows the file at the ministry, said some 270 fighters had come home, "
        "of whom 236 from the Syrian-Iraqi theatre and 40 from Libya."
    )
    claims = in_sentence(
        sentence,
        ("270", returnees()),
        ("236", returnees(subset="syria_iraq_linked")),
        ("40", returnees(subset="libya")),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 276, more than the 270 returnees" in finding.explanation


def test_moroccans_and_foreigners_among_the_arrested_cannot_add_up_to_more_than_all_arrested():
    arrested = {"metric": "persons_arrested", "period": IN_2024, "published": "2025-01-08"}
    sentence = (
        "وبلغ عدد الموقوفين في قضايا الإرهاب خلال السنة الماضية 64 شخصا، من بينهم 58 مغربيا و9 أجانب، "
        "حسب ما أكده المسؤول الأمني كريم الوزاني."
    )
    claims = in_sentence(
        sentence,
        ("64", dict(arrested)),
        ("58", dict(arrested, subset="moroccan_nationals")),
        ("9", dict(arrested, subset="foreigners")),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 67, more than the 64" in finding.explanation


def test_parts_announced_by_namely_must_not_exceed_their_total():
    sentence = (
        "L'an dernier, 12 cellules ont été neutralisées, à savoir 8 cellules se réclamant de Daech et "
        "6 cellules liées à des groupes sahéliens, selon le criminologue Mehdi Lahlou."
    )
    claims = in_sentence(
        sentence,
        ("12", cells()),
        ("8", cells(subset="isis_linked")),
        ("6", cells(subset="sahel_linked")),
        article=ARTICLE,
    )
    assert kinds(find_inconsistencies(claims)) == ["internal_arithmetic"]


def test_groups_that_cannot_overlap_in_the_next_sentence_cannot_add_up_to_more_than_the_total():
    first = "D'après le commissaire Anouar Saidi, 12 cellules terroristes ont été démantelées l'an dernier."
    second = "Huit se réclamaient de Daech et six agissaient pour le compte de groupes du Sahel."
    [total] = in_sentence(first, ("12", cells()), article=ARTICLE)
    isis, sahel = in_sentence(
        second,
        ("Huit", cells(value=8, subset="isis_linked")),
        ("six", cells(value=6, subset="sahel_linked")),
        article=ARTICLE,
        base=len(first) + 1,
    )
    assert kinds(find_inconsistencies([total, isis, sahel])) == ["internal_arithmetic"]


def test_groups_that_may_overlap_in_the_next_sentence_are_not_held_to_the_total():
    first = "In 2024, police arrested 40 people in terrorism cases, spokesman Adil Berrada said."
    second = "Thirty were women and 15 were minors."
    arrested = {"metric": "persons_arrested", "period": IN_2024, "published": "2025-01-08"}
    [total] = in_sentence(first, ("40", dict(arrested)), article=ARTICLE)
    women, minors = in_sentence(
        second,
        ("Thirty", dict(arrested, value=30, subset="women")),
        ("15", dict(arrested, subset="minors")),
        article=ARTICLE,
        base=len(first) + 1,
    )
    assert find_internal_arithmetic([total, women, minors]) == []


def test_a_difference_after_the_parts_is_not_their_total():
    sentence = (
        "En 2024, 8 cellules liées à Daech et 6 liées au Sahel ont été démantelées, soit 10 de plus "
        "qu'en 2023, note le chercheur Rachid Alami."
    )
    claims = in_sentence(
        sentence,
        ("8", cells(subset="isis_linked")),
        ("6", cells(subset="sahel_linked")),
        ("10", cells()),
        article=ARTICLE,
    )
    assert find_internal_arithmetic(claims) == []


def test_shares_of_cells_by_affiliation_above_a_hundred_percent_are_internal_arithmetic():
    sentence = (
        "Selon l'analyste Leila Mernissi, 80 % des cellules démantelées l'an dernier étaient liées à Daech "
        "et 30 % à des groupes du Sahel."
    )
    shares = in_sentence(
        sentence,
        ("80", cells(unit="percent", subset="isis_linked")),
        ("30", cells(unit="percent", subset="sahel_linked")),
        article=ARTICLE,
    )
    assert kinds(find_inconsistencies(shares)) == ["internal_arithmetic"]


def test_a_next_sentence_opening_on_what_the_figure_is_made_of_is_its_breakdown():
    first = (
        "Selon une source judiciaire, 88 revenants des zones de conflit ont été traduits devant la justice."
    )
    second = "Il s'agit de 70 revenants de Syrie, de 12 d'Irak et de 4 de Libye."
    back = {"metric": "returnees_arrested", "period": UNDATED, "published": "2023-02-15"}
    [total] = in_sentence(first, ("88", dict(back)), article=ARTICLE)
    parts = in_sentence(
        second,
        ("70", dict(back, subset="syria")),
        ("12", dict(back, subset="iraq")),
        ("4", dict(back, subset="libya")),
        article=ARTICLE,
        base=len(first) + 1,
    )
    [finding] = find_internal_arithmetic([total, *parts])
    assert "add up to 86, not the 88" in finding.explanation


def test_parts_of_which_leaving_a_remainder_are_no_finding():
    # "of which 4 … and 2 …" names some of the 7 cells; the seventh may belong to neither group
    sentence = (
        "Seven cells were broken up in 2024, of which 4 pledged to the Islamic State and 2 to al-Shabaab."
    )
    claims = in_sentence(
        sentence,
        ("Seven", cells(value=7)),
        ("4", cells(subset="isis_linked")),
        ("2", cells(subset="shabaab_linked")),
        article=ARTICLE,
    )
    assert find_inconsistencies(claims) == []


def test_parts_the_text_calls_the_whole_split_must_account_for_every_unit():
    # "répartie entre" says the 4 and the 2 are all 7 cells: one is missing
    sentence = "Les sept cellules démantelées en 2024 se répartissent entre 4 liées à l'État islamique et 2 aux Shebab."
    claims = in_sentence(
        sentence,
        ("sept", cells(value=7)),
        ("4", cells(subset="isis_linked")),
        ("2", cells(subset="shabaab_linked")),
        article=ARTICLE,
    )
    [finding] = find_internal_arithmetic(claims)
    assert "add up to 6, not the 7" in finding.explanation


def test_members_split_by_city_in_the_next_sentence_must_add_up():
    first = "وأعلن المكتب المركزي للأبحاث القضائية توقيف 8 متطرفين أمس الاثنين في عملية متزامنة."
    second = "وتوزع المشتبه فيهم على النحو الآتي: 4 بمراكش و2 بأكادير و1 بآسفي."
    arrests = {"metric": "persons_arrested", "period": ("event", "2024-05-06"), "published": "2024-05-07"}
    [total] = in_sentence(first, ("8", dict(arrests)), article=ARTICLE)
    parts = in_sentence(
        second,
        ("4", dict(arrests, subset="marrakech")),
        ("2", dict(arrests, subset="agadir")),
        ("1", dict(arrests, subset="safi")),
        article=ARTICLE,
        base=len(first) + 1,
    )
    [finding] = find_internal_arithmetic([total, *parts])
    assert "add up to 7, not the 8" in finding.explanation


def test_members_split_by_city_that_add_up_are_no_finding():
    first = "Le BCIJ a interpellé six extrémistes lundi dans deux villes."
    second = "Les suspects se répartissent ainsi : quatre à Meknès et deux à Salé."
    arrests = {"metric": "persons_arrested", "period": ("event", "2024-05-06"), "published": "2024-05-07"}
    [total] = in_sentence(first, ("six", dict(arrests, value=6)), article=ARTICLE)
    parts = in_sentence(
        second,
        ("quatre", dict(arrests, subset="meknes", value=4)),
        ("deux", dict(arrests, subset="sale", value=2)),
        article=ARTICLE,
        base=len(first) + 1,
    )
    assert find_internal_arithmetic([total, *parts]) == []
