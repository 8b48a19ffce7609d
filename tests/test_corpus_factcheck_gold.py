"""The "factcheck" development corpus gold (tests/corpus_factcheck/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_factcheck_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: figures dated by the text, officials named with their title, outside voices
(studies, NGOs, foreign reports), the outlet's own count, and the variety of periods.
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
    "factcheck",
    key_prefix="f",
    # The numbers this corpus prints in words.
    words={"ar": {"ثماني": 8}, "fr": {"huit": 8}, "en": {"four": 4, "two": 2}},
    relative_years={"العام الماضي": -1, "last year": -1},
    relative_to_date=("منذ بداية السنة الجارية", "So far this year"),
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
        "GOV",
        "MFA",
        "PARLIAMENT",
        "official_unspecified",
        "analyst",
        "unspecified",
    },
    must_not_flag_at_least=10,
    series_outlets=2,
    series_told_at_least=9,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
CLAIMS = [(f, c) for f in FILES for c in f["claims"]]


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_figures_dated_by_the_text_occur_in_every_language_and_end_their_period():
    dated = [(f, c) for f, c in CLAIMS if c["as_of"]]
    assert {f["language"] for f, _ in dated} == {"ar", "fr", "en"}
    for f, c in dated:
        assert c["period"]["end"] == c["as_of"] < f["metadata"]["date"]


def test_officials_are_named_with_their_title_in_every_language():
    named = [(f, c) for f, c in CLAIMS if c["attribution"]["person"] and c["attribution"]["org"] != "analyst"]
    assert {f["language"] for f, _ in named} == {"ar", "fr", "en"}
    assert {c["attribution"]["org"] for _, c in named} >= {"BCIJ", "DGST", "MOI", "GOV", "MFA", "PARLIAMENT"}
    for _, c in named:
        assert c["attribution"]["raw"] and c["attribution"]["person"] not in c["attribution"]["raw"]


def test_the_outlets_own_count_has_no_source_text():
    # (a foreign government speaking is `unspecified` too, its raw naming it: docs/conventions.md, "Outside voices")
    own = [
        c
        for _, c in CLAIMS
        if c["attribution"]["org"] == "unspecified" and "Spain" not in (c["attribution"]["raw"] or "")
    ]
    assert len(own) >= 2 and all(c["attribution"]["raw"] is None for c in own)


def test_studies_ngos_and_foreign_reports_are_analysts():
    outside = ("الدراسات", "التنسيقية", "الأمريكية", "Coordination", "Centre", "Forum")
    for _, c in CLAIMS:
        if any(w in (c["attribution"]["raw"] or "") for w in outside):
            assert c["attribution"]["org"] == "analyst", c["sentence"]


def test_a_foreign_government_speaking_without_a_report_is_unspecified():
    spain = [c for _, c in CLAIMS if "Spain" in (c["attribution"]["raw"] or "")]
    assert spain and all(c["attribution"]["org"] == "unspecified" for c in spain)


def test_periods_are_varied_and_some_are_inherited():
    types = {c["period"]["type"] for _, c in CLAIMS}
    assert types >= {
        "since",
        "year",
        "range",
        "year_to_date",
        "last_n_years",
        "cumulative_unspecified",
        "month",
    }
    assert any(c["period"]["start"] == "2015-03" for _, c in CLAIMS)
    inherited = ("الفترة ذاتها", "الفترة نفسها", "la même période", "the same period")
    assert len([c for _, c in CLAIMS if any(p in (c["period"]["text"] or "") for p in inherited)]) >= 4


def test_an_article_sets_two_voices_side_by_side_in_each_language():
    def voices(f):
        return len({c["attribution"]["org"] for c in f["claims"]})

    assert {f["language"] for f in FILES if voices(f) >= 2} == {"ar", "fr", "en"}
