"""The "wire2" development corpus gold (tests/corpus_wire2/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_wire2_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: wire relays (Reuters, AFP, AP, EFE, MAP) are never the source, datelines give the
city, and photo captions, 'Read also' boxes and other countries' own tallies are traps.
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
    "wire2",
    key_prefix="w",
    # The numbers this corpus prints in words.
    words={
        "ar": {"ثلاثة": 3, "أربع": 4},
        "fr": {"quatre": 4, "cinq": 5, "deux": 2},
        "en": {"four": 4, "five": 5, "two": 2, "a dozen": 12},
    },
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("depuis le début de l'année", "since January"),
    # 20 files: five Arabic, five French, ten English (Arabic first, then French, then English)
    language_counts_ok=lambda counts, n_files: counts == [5, 5, 10] and n_files == 20,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={"BCIJ", "DGST", "DGSN", "MOI", "official_unspecified", "analyst", "unspecified"},
    must_not_flag_at_least=5,
    series_outlets=2,
    series_told_at_least=5,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
WIRES = ("Reuters", "AFP", "(AP)", "EFE", "(MAP)", "فرانس برس", "(ومع)")


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_english_is_half_the_corpus():
    assert sum(f["language"] == "en" for f in FILES) * 2 == len(FILES)


def test_a_wire_agency_is_never_the_source():
    relayed = [c for f in FILES for c in f["claims"] if any(w in CORPUS.text_of(f) for w in WIRES)]
    assert len(relayed) >= 8
    for c in relayed:
        assert not any(w.strip("()") in (c["attribution"]["raw"] or "") for w in WIRES)


def test_datelines_name_their_city_as_printed():
    cities = [f for f in FILES if f["metadata"]["dateline_city"]]
    assert len(cities) >= 5 and {f["language"] for f in cities} == {"ar", "fr", "en"}
    for f in cities:
        assert f["metadata"]["dateline_city"] in CORPUS.text_of(f)


def test_photo_captions_and_read_also_boxes_are_traps():
    reasons = " ".join(t["reason"] for f in FILES for t in f["must_not_extract"])
    assert reasons.count("photo caption") >= 2 and reasons.count("Read also") >= 2


def test_other_countries_own_figures_are_traps():
    reasons = [t["reason"] for f in FILES for t in f["must_not_extract"]]
    assert sum("own figure" in r or "own arrests" in r for r in reasons) >= 4
