"""The "comms" development corpus gold (tests/corpus_comms/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_comms_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: the communiqué chain (the issuing body is the source, relays are transparent), the
operation and the running record in one text, and the footer traps of a communiqué.
"""

import re

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
    "comms",
    key_prefix="q",
    # The numbers this corpus prints in words.
    words={
        "ar": {"أربعة": 4, "خمسة": 5, "شخصين": 2},
        "fr": {"quatre": 4, "six": 6},
        "en": {"three": 3, "seven": 7},
    },
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("Depuis le début de l'année",),
    # 18 files: eight Arabic, six French, four English
    language_counts_ok=lambda counts, n_files: counts == [8, 6, 4] and n_files == 18,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={
        "BCIJ",
        "DGST",
        "DGSN",
        "MOI",
        "GOV",
        "PARLIAMENT",
        "official_unspecified",
        "analyst",
        "unspecified",
    },
    must_not_flag_at_least=8,
    series_outlets=2,
    series_told_at_least=6,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
COMMUNIQUE = re.compile(r"بلاغ|communiqué|statement", re.IGNORECASE)
AGENCIES = ("وكالة المغرب العربي للأنباء", "الوكالة", "The agency")


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_a_communique_is_cited_in_every_language_and_its_issuer_is_a_security_body():
    cited = [(f, c) for f in FILES for c in f["claims"] if COMMUNIQUE.search(c["attribution"]["raw"] or "")]
    assert {f["language"] for f, _ in cited} == {"ar", "fr", "en"}
    assert {c["attribution"]["org"] for _, c in cited} == {"DGST", "DGSN", "BCIJ"}


def test_an_agency_relaying_a_communique_is_never_the_source():
    relayed = [c for f in FILES for c in f["claims"] if any(a in c["sentence"] for a in AGENCIES)]
    assert len(relayed) >= 3
    for c in relayed:
        assert not any(a in (c["attribution"]["raw"] or "") for a in AGENCIES)
        assert c["attribution"]["org"] in {"DGST", "DGSN", "BCIJ"}


def test_an_operation_and_a_running_record_share_a_text():
    both = [
        f["key"]
        for f in FILES
        if {"event", "since"} <= {c["period"]["type"] for c in f["claims"]}
        or {"event", "year_to_date"} <= {c["period"]["type"] for c in f["claims"]}
    ]
    assert len(both) >= 4, both


def test_one_operation_is_told_by_three_files_in_two_languages_on_the_same_day():
    tellings = [
        (f["key"], f["language"])
        for f in FILES
        for c in f["claims"]
        if c["metric"] == "persons_arrested" and c["period"]["type"] == "event" and c["value"] == 4
    ]
    days = {
        c["period"]["start"]
        for f in FILES
        for c in f["claims"]
        if c["metric"] == "persons_arrested" and c["period"]["type"] == "event" and c["value"] == 4
    }
    assert len(tellings) == 3 and {lang for _, lang in tellings} == {"ar", "fr"} and days == {"2025-01-19"}


def test_footer_numbers_of_a_communique_are_traps():
    reasons = " ".join(t["reason"] for f in FILES for t in f["must_not_extract"])
    assert reasons.count("phone number") >= 3 and reasons.count("reference number") >= 2
