"""The "chron" development corpus gold (tests/corpus_chron/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_chron_gold.py -q -p no:django

The structural checks and the cross-file group checks are shared, in tests/corpus_gold_checks.py; below are this
corpus's constants and its own checks: chronologies whose items drop the noun, figures the text dates, every
finding kind once, Arabic-Indic digits and PDF line breaks inside claim sentences.
"""

import re

from tests.corpus_gold_checks import (  # noqa: F401  the shared checks, run here for this corpus
    Corpus,
    corpus,
    pytest_generate_tests,
    test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency,
    test_an_article_gives_two_speakers_with_different_figures_for_one_metric,
    test_build_py_regenerates_exactly_the_committed_files,
    test_claim_ids_are_unique_within_each_file,
    test_claims_use_the_contract_vocabulary,
    test_every_claim_sentence_occurs_exactly_once_in_its_file,
    test_every_file_exists_with_its_byte_size_a_known_layout_and_a_publication_date,
    test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it,
    test_every_group_names_existing_required_claims_at_least_two_and_distinct,
    test_every_layout_occurs_in_every_language,
    test_groups_share_a_metric_unless_the_reason_says_the_metrics_differ,
    test_inconsistencies_are_of_contract_kinds_with_ids_and_explanations_naming_the_values,
    test_keys_are_contiguous_and_languages_run_arabic_then_french_then_english,
    test_many_series_are_told_by_several_outlets,
    test_must_not_flag_groups_are_compatible_under_the_readme_conventions,
    test_must_not_flag_groups_are_many_and_each_has_a_reason,
    test_new_subsets_are_only_the_declared_ones,
    test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim,
    test_no_trap_text_lies_inside_a_claim_sentence,
    test_partner_countries_and_mere_mentions_both_occur,
    test_partners_are_cited_somewhere,
    test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date,
    test_relative_periods_occur_in_arabic_and_english_and_make_a_disagreement,
    test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both,
    test_the_attribution_and_the_person_occur_in_the_article,
    test_the_cumulative_decrease_of_a_running_total_falls_at_its_latest_date,
    test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs,
    test_the_gold_has_the_seed_schema_top_level_keys,
    test_the_implausible_value_is_an_order_of_magnitude_off_its_series,
    test_the_internal_arithmetic_breakdown_of_one_period_does_not_add_up_to_its_total,
    test_the_partial_exceeds_the_whole_of_the_same_year_and_source,
    test_the_printed_value_equals_the_gold_value,
    test_the_publication_date_is_printed_in_the_layouts_own_place,
    test_the_readme_describes_every_file_and_the_measuring_command,
    test_the_same_period_disagreement_has_two_values_for_one_period_from_two_files,
    test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one_of_its_series,
    test_value_qualifier_and_period_text_occur_in_the_sentence,
)

CORPUS = Corpus(
    "chron",
    key_prefix="k",
    # The numbers this corpus prints in words, by language.
    words={
        "ar": {"خمس": 5, "ثماني": 8},
        "fr": {"deux cent soixante-seize": 276, "neuf": 9, "dix": 10, "onze": 11, "six": 6},
        "en": {"six": 6, "eight": 8},
    },
    # Relative periods: the phrase (lower case), and the year it names counted from the publication year.
    relative_years={"السنة الماضية": -1, "l'an dernier": -1, "last year": -1},
    relative_to_date=("منذ بداية السنة", "Depuis le début de l'année"),
    new_subsets={"sahel"},
    year_to_date_text_inherited=True,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    must_not_flag_at_least=15,
    series_outlets=2,
    series_told_at_least=12,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
    voices={"DGST", "BCIJ", "DGSN", "official_unspecified", "analyst", "unspecified"},
)
FILES = CORPUS.files
CLAIMS = [(f, c) for f in FILES for c in f["claims"]]


def test_publication_dates_spread_over_2019_to_2026():
    years = {f["metadata"]["date"][:4] for f in FILES}
    assert years <= {str(y) for y in range(2019, 2027)} and len(years) >= 7


def test_year_lists_give_a_claim_per_item_even_when_later_items_drop_the_noun():
    # a bullet or caption item such as "2016: 19" is a claim of its own, with the printed year as its period
    bare = [c for _, c in CLAIMS if re.fullmatch(r"\d{4}: \d+", c["sentence"])]
    assert len(bare) >= 10
    for c in bare:
        year, value = c["sentence"].split(": ")
        assert c["period"] == {"type": "year", "start": year, "end": year, "text": year}
        assert c["value_text"] == value


def test_figures_the_text_dates_carry_as_of_and_end_their_period_there():
    dated = [(f, c) for f, c in CLAIMS if c["as_of"]]
    assert {f["language"] for f, _ in dated} >= {"ar", "fr"}
    for f, c in dated:
        assert c["as_of"] < f["metadata"]["date"] and c["period"]["end"] == c["as_of"]
        assert c["as_of"][:4] in c["sentence"]


def test_arabic_indic_digits_and_pdf_line_breaks_occur_in_claim_sentences():
    assert any(re.search("[٠-٩]", c["value_text"]) for _, c in CLAIMS)
    pdf = [c for f, c in CLAIMS if "\n" in c["sentence"]]
    assert pdf and any("-\n" in c["sentence"] for c in pdf)


def test_the_title_figure_the_body_repeats_is_a_trap_not_a_claim():
    repeated = [
        (f, t) for f in FILES for t in f["must_not_extract"] if t["reason"].startswith("the title's figure")
    ]
    assert len(repeated) >= 3
    for f, t in repeated:
        assert t["text"] in f["metadata"]["title"]
        assert any(c["value_text"] in t["text"] for c in f["claims"])
