"""The "parl" development corpus gold (tests/corpus_parl/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_parl_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: who speaks in parliament and government (the minister answering an MP is the
ministry, a report is parliament, an MP's named source is the figure's source).
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
    "parl",
    key_prefix="p",
    # The numbers this corpus prints in words.
    words={"ar": {"إحدى عشرة": 11}, "fr": {"onze": 11}, "en": {"three": 3, "nine": 9}},
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("منذ بداية السنة الجارية", "depuis le début de l'année"),
    # 20 files: eight Arabic, seven French, five English
    language_counts_ok=lambda counts, n_files: counts == [8, 7, 5] and n_files == 20,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={"DGST", "DGSN", "MOI", "GOV", "PARLIAMENT", "MFA", "official_unspecified", "unspecified"},
    must_not_flag_at_least=6,
    series_outlets=2,
    series_told_at_least=6,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
CLAIMS = [c for f in FILES for c in f["claims"]]


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_an_answer_to_a_question_is_the_ministry_not_parliament():
    answers = [
        c for c in CLAIMS if any(w in c["sentence"] for w in ("جواب", "réponse", "answer", "Responding"))
    ]
    assert len(answers) >= 6
    for c in answers:
        assert c["attribution"]["org"] in {"MOI", "unspecified"}, c["sentence"]


def test_a_member_own_figure_is_parliament_and_names_the_member():
    own = [c for c in CLAIMS if c["attribution"]["org"] == "PARLIAMENT" and c["attribution"]["person"]]
    assert len(own) >= 3


def test_every_parliament_and_government_voice_occurs_in_two_languages():
    for org in ("MOI", "PARLIAMENT"):
        langs = {f["language"] for f in FILES for c in f["claims"] if c["attribution"]["org"] == org}
        assert len(langs) >= 2, org
