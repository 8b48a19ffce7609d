"""corpus_anniv round: a year of a year-by-year list ten times the one other source's figure is a misprint when the
two lists agree on the other years; a round total broken down into parts counted to the unit must add up."""

from claims.consistency.rules import find_implausible_values, find_internal_arithmetic
from tests.consistency.builders import claim, in_sentence

LIST_A = "Selon le bureau, 14 cellules ont été démantelées en 2018, 12 en 2019 et 11 en 2020."
LIST_B = "D'après l'étude, 14 cellules ont été démantelées en 2018, 120 en 2019 et 11 en 2020."


def year_list(sentence, values, article, published, outlet, org):
    fields = [
        (text, {"period": ("year", year, year), "published": published, "outlet": outlet, "org": org})
        for text, year in zip(values, ("2018", "2019", "2020"), strict=True)
    ]
    return in_sentence(sentence, *fields, article=article)


def test_one_year_of_a_list_far_above_the_only_other_list_that_agrees_on_the_rest_is_implausible():
    bureau = year_list(LIST_A, ("14", "12", "11"), 1, "2021-03-01", "Le Matin", "BCIJ")
    study = year_list(LIST_B, ("14", "120", "11"), 2, "2022-10-01", "Policy Review", "analyst")
    [finding] = find_implausible_values(bureau + study)
    assert finding.claim_ids == (study[1].id, bureau[1].id)


def test_a_year_far_above_the_only_other_source_with_nothing_else_in_common_is_not_judged():
    bureau = claim(12, published="2021-03-01", outlet="Le Matin", period=("year", "2019", "2019"), article=1)
    study = year_list(LIST_B, ("14", "120", "11"), 2, "2022-10-01", "Policy Review", "analyst")
    assert find_implausible_values([bureau, *study]) == []


def test_lists_that_disagree_on_the_other_years_too_do_not_vouch_for_each_other():
    sentence = "Selon le bureau, 30 cellules ont été démantelées en 2018, 12 en 2019 et 25 en 2020."
    other = year_list(sentence, ("30", "12", "25"), 1, "2021-03-01", "Le Matin", "BCIJ")
    study = year_list(LIST_B, ("14", "120", "11"), 2, "2022-10-01", "Policy Review", "analyst")
    assert find_implausible_values(other + study) == []


BREAKDOWN = (
    "Sur les 1 500 Marocains partis, 1 372 ont rejoint la Syrie et l'Irak et 114 la Libye, selon l'étude."
)
FIGHTERS = {
    "metric": "fighters_joined",
    "period": ("cumulative_unspecified", None),
    "published": "2024-04-02",
}


def test_a_round_total_whose_parts_are_counted_to_the_unit_must_add_up():
    total, syria_iraq, libya = in_sentence(
        BREAKDOWN,
        ("1 500", {**FIGHTERS, "value": 1500}),
        ("1 372", {**FIGHTERS, "value": 1372, "subset": "syria"}),
        ("114", {**FIGHTERS, "subset": "libya"}),
        article=3,
    )
    [finding] = find_internal_arithmetic([total, syria_iraq, libya])
    assert finding.claim_ids == (total.id, syria_iraq.id, libya.id)
    assert "add up to 1486, not the 1500" in finding.explanation


def test_a_round_total_whose_parts_are_round_too_keeps_its_rounding():
    sentence = (
        "Sur les 1 500 Marocains partis, 1 400 ont rejoint la Syrie et l'Irak et 90 la Libye, selon l'étude."
    )
    parts = in_sentence(
        sentence,
        ("1 500", {**FIGHTERS, "value": 1500}),
        ("1 400", {**FIGHTERS, "value": 1400, "subset": "syria"}),
        ("90", {**FIGHTERS, "subset": "libya"}),
        article=4,
    )
    assert find_internal_arithmetic(parts) == []
