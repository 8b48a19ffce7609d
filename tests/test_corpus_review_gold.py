"""The "review" development corpus gold (tests/corpus_review/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_review_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: figures the text dates, lists of years, international traps, breakdowns.
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
    "review",
    key_prefix="r",
    # The numbers this corpus prints in words.
    words={
        "ar": {"خليتين": 2, "أربع": 4, "ثلاث": 3, "واحدة": 1},
        "fr": {"cinq": 5, "deux cents": 200},
        "en": {"four": 4},
    },
    # Relative periods: the phrase, and the year it names counted from the publication year.
    relative_years={"السنة الماضية": -1, "l'an dernier": -1, "last year": -1},
    relative_to_date=(
        "منذ بداية السنة",
        "Depuis le début de l'année",
        "depuis le début de l'année",
        "Since the start of the year",
        "since the start of the year",
    ),
    new_subsets={"aqim_linked"},
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={"BCIJ", "DGST", "DGSN", "MOI", "official_unspecified", "analyst", "unspecified"},
    must_not_flag_at_least=15,
    series_outlets=2,
    series_told_at_least=8,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
SUBSET_ADDS_UP = "a breakdown that adds up"
ALL_CLAIMS = [c for f in FILES for c in f["claims"]]


def test_publication_dates_spread_over_2021_to_2026():
    years = {f["metadata"]["date"][:4] for f in FILES}
    assert years == {str(y) for y in range(2021, 2027)}


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_figures_the_text_dates_have_an_as_of_in_every_language_and_their_period_ends_there():
    dated = [(f["language"], c) for f in FILES for c in f["claims"] if c["as_of"]]
    assert {lang for lang, _ in dated} == {"ar", "fr", "en"}
    for _, c in dated:
        assert c["period"]["end"] == c["as_of"]


def test_a_dated_figure_joins_a_compatible_group_of_its_running_total():
    dated = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"] if c["as_of"]}
    grouped = {cid for g in CORPUS.gold["must_not_flag"] for cid in g["claims"]}
    assert dated <= grouped


def test_a_list_of_years_gives_one_claim_a_year_sharing_one_sentence():
    for f in FILES:
        by_sentence = {}
        for c in f["claims"]:
            if c["period"]["type"] == "year":
                by_sentence.setdefault(c["sentence"], []).append(c["period"]["start"])
        if any(len(set(years)) >= 5 for years in by_sentence.values()):
            return
    raise AssertionError("no list of years")


def test_breakdowns_said_to_add_up_do_add_up_to_their_total():
    groups = [g for g in CORPUS.gold["must_not_flag"] if g["reason"].startswith(SUBSET_ADDS_UP)]
    assert groups
    for group in groups:
        claims = [CORPUS.claim(cid) for cid in group["claims"]]
        total = [c["value"] for c in claims if c["subset"] is None]
        assert len(total) == 1 and sum(c["value"] for c in claims if c["subset"]) == total[0], group


def test_every_period_type_of_a_review_occurs():
    types = {c["period"]["type"] for c in ALL_CLAIMS}
    assert {"since", "year", "range", "year_to_date", "last_n_years"} <= types


def test_numbers_occur_in_words_arabic_indic_digits_and_with_thousands_separators():
    printed = [c["value_text"] for c in ALL_CLAIMS]
    assert any(any("\u0660" <= ch <= "\u0669" for ch in p) for p in printed)
    assert any(not any(ch.isdigit() for ch in p) for p in printed)
    assert any("\u202f" in p for p in printed) and any("\u00a0" in p for p in printed)
    assert any("," in p for p in printed)


def test_international_and_percentage_figures_are_traps_in_every_language():
    for language in ("ar", "fr", "en"):
        reasons = " ".join(
            t["reason"] for f in FILES if f["language"] == language for t in f["must_not_extract"]
        )
        assert "percentage" in reasons or "share" in reasons, language
        assert "rank" in reasons or "own" in reasons or "world" in reasons or "EU" in reasons, language


def test_a_foreign_report_on_moroccos_figures_is_an_analyst_with_its_words():
    # an outside report is coded as a study (docs/conventions.md, "Outside voices")
    foreign = [c for c in ALL_CLAIMS if "State Department" in (c["attribution"]["raw"] or "")
               or "Département d'État" in (c["attribution"]["raw"] or "")]  # fmt: skip
    assert len(foreign) >= 2 and all(c["attribution"]["org"] == "analyst" for c in foreign)
