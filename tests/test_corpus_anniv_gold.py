"""The "anniv" development corpus gold (tests/corpus_anniv/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_anniv_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: the period vocabulary of anniversaries and reviews (ranges of months, a month, the
last decade, inherited periods, year-by-year lists) and its sources.
"""

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
    test_no_figure_is_dated_by_the_text,
    test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim,
    test_no_trap_text_lies_inside_a_claim_sentence,
    test_partner_countries_and_mere_mentions_both_occur,
    test_partners_are_cited_somewhere,
    test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date,
    test_relative_periods_occur_in_arabic_and_english_and_make_a_disagreement,
    test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both,
    test_the_attribution_and_the_person_occur_in_the_article,
    test_the_attributions_cover_every_kind_of_voice_the_corpus_is_for,
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
    "anniv",
    key_prefix="v",
    # The numbers this corpus prints in words.
    words={
        "ar": {"إحدى عشرة": 11, "خليتين": 2, "خمسة": 5, "امرأتان": 2},
        "fr": {"douze": 12, "onze": 11, "trentaine": 30},
        "en": {"eleven": 11, "three": 3},
    },
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("Depuis le début de l'année", "خلال النصف الأول من السنة"),
    # 20 files: eight Arabic, seven French, five English
    language_counts_ok=lambda counts, n_files: counts == [8, 7, 5] and n_files == 20,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={
        "BCIJ",
        "DGST",
        "DGSN",
        "MOI",
        "PARLIAMENT",
        "official_unspecified",
        "analyst",
        "unspecified",
    },
    must_not_flag_at_least=8,
    series_outlets=2,
    series_told_at_least=8,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
CLAIMS = [(f, c) for f in FILES for c in f["claims"]]


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_period_types_of_reviews_all_occur():
    types = {c["period"]["type"] for _, c in CLAIMS}
    assert types >= {
        "since",
        "year",
        "range",
        "year_to_date",
        "month",
        "last_n_years",
        "cumulative_unspecified",
    }


def test_a_range_of_months_stays_within_one_year_and_ends_before_the_byline():
    month_ranges = [
        (f, c) for f, c in CLAIMS if c["period"]["type"] == "range" and len(c["period"]["start"]) == 7
    ]
    assert len(month_ranges) >= 6
    for f, c in month_ranges:
        start, end = c["period"]["start"], c["period"]["end"]
        assert start[:4] == end[:4] and start <= end and end <= f["metadata"]["date"][:7], c["sentence"]


def test_a_month_is_one_month_at_or_before_the_byline():
    months = [(f, c) for f, c in CLAIMS if c["period"]["type"] == "month"]
    assert {f["language"] for f, _ in months} >= {"ar", "en"}
    for f, c in months:
        assert (
            c["period"]["start"] == c["period"]["end"] and c["period"]["start"] <= f["metadata"]["date"][:7]
        )


def test_the_last_decade_counts_ten_years_back_in_two_languages():
    decade = [(f, c) for f, c in CLAIMS if c["period"]["type"] == "last_n_years"]
    assert {f["language"] for f, _ in decade} == {"ar", "en"}
    assert all(c["period"]["n"] == 10 for _, c in decade)


def test_year_by_year_lists_give_one_year_claim_per_year_sharing_the_sentence():
    for key in ("v02", "v14"):
        listed = [c for c in CORPUS.by_key[key]["claims"] if c["period"]["type"] == "year"]
        assert [c["period"]["start"] for c in listed] == ["2015", "2016", "2017"]
        assert len({c["sentence"] for c in listed}) == 1


def test_the_same_period_inherits_the_previous_claims_period_in_every_language():
    inherited = ("الفترة ذاتها", "la même période", "same period", "المدة نفسها")
    found = {}
    for f in FILES:
        previous = None
        for c in f["claims"]:
            text = c["period"]["text"] or ""
            if previous and any(p in text.lower() for p in inherited):
                assert (c["period"]["type"], c["period"]["start"], c["period"]["end"]) == (
                    previous["period"]["type"],
                    previous["period"]["start"],
                    previous["period"]["end"],
                ), c["sentence"]
                found[f["language"]] = found.get(f["language"], 0) + 1
            previous = c
    assert set(found) == {"ar", "fr", "en"}


def test_the_bcij_creation_is_the_start_of_its_running_total():
    bcij = [c for _, c in CLAIMS if c["period"]["type"] == "since" and c["period"]["start"] == "2015-03"]
    assert len(bcij) >= 6
