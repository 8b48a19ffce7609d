"""The "voices" development corpus gold (tests/corpus_voices/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_voices_gold.py -q -p no:django

The structural checks are shared with the other fresh corpora (tests/corpus_gold_checks.py); this corpus
only declares its constants.
"""

from tests.corpus_gold_checks import (  # noqa: F401  the shared checks, run here for this corpus
    Corpus,
    corpus,
    pytest_generate_tests,
    test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency,
    test_an_article_gives_two_speakers_with_different_figures_for_one_metric,
    test_an_event_on_a_named_weekday_is_the_last_such_day_on_or_before_the_byline,
    test_build_py_regenerates_exactly_the_committed_files,
    test_claim_ids_are_unique_within_each_file,
    test_claims_use_the_contract_vocabulary,
    test_every_claim_sentence_occurs_exactly_once_in_its_file,
    test_every_file_exists_with_its_byte_size_a_known_layout_and_a_publication_date,
    test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it,
    test_every_layout_occurs_in_every_language,
    test_groups_name_existing_claims_that_share_a_metric,
    test_keys_are_contiguous_and_languages_run_arabic_then_french_then_english,
    test_new_subsets_are_only_the_declared_ones,
    test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim,
    test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date,
    test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both,
    test_the_attribution_and_the_person_occur_in_the_article,
    test_the_attributions_cover_every_kind_of_voice_the_corpus_is_for,
    test_the_cumulative_decrease_falls_at_its_latest_date,
    test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs,
    test_the_gold_has_the_seed_schema_top_level_keys,
    test_the_internal_arithmetic_breakdown_does_not_add_up_to_its_total,
    test_the_printed_value_equals_the_gold_value,
    test_the_publication_date_is_printed_in_the_layouts_own_place,
    test_the_readme_describes_every_file_and_the_measuring_command,
    test_the_same_period_disagreement_has_two_values_for_one_year,
    test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one,
    test_value_qualifier_and_period_text_occur_in_the_sentence,
)

CORPUS = Corpus(
    "voices",
    key_prefix="v",
    # The few numbers this corpus prints in words.
    words={"fr": {"quatre": 4, "quarantaine": 40}, "en": {"two": 2, "four": 4, "seven": 7}, "ar": {}},
    # Relative periods: the phrase, and the year it names counted from the publication year.
    relative_years={"السنة الماضية": -1, "l'année dernière": -1, "last year": -1},
    relative_to_date=("السنة الجارية", "début de l'année", "this year", "start of the year"),
    # New slugs this corpus uses for required claims (CONTRACT.md allows them); optional claims may use any slug.
    new_subsets={"istihlal_linked"},
    voices={
        "DGST",
        "BCIJ",
        "DGSN",
        "MOI",
        "PARLIAMENT",
        "GOV",
        "official_unspecified",
        "analyst",
        "unspecified",
    },
)
