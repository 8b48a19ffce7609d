"""The "regions" development corpus gold (tests/corpus_regions/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_regions_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: city breakdowns that add up, single operations dated from the byline, revised
counts, partners against mere mentions.
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

CITIES = {"tangier", "tetouan", "fez", "nador", "casablanca", "laayoune"}

CORPUS = Corpus(
    "regions",
    key_prefix="g",
    # The numbers this corpus prints in words (cardinals, a dual noun, ordinals of optional claims).
    words={
        "ar": {"أربعة": 4, "ستة": 6, "اثنان": 2, "ثلاثة": 3, "خمسة": 5, "شخصين": 2, "الخامسة": 5},
        "fr": {"cinq": 5, "trois": 3, "deux": 2, "quatre": 4, "six": 6, "cinquième": 5},
        "en": {"three": 3, "two": 2, "four": 4},
    },
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("منذ بداية السنة", "depuis le début de l'année"),
    new_subsets=CITIES,
    # 24 files: ten Arabic, eight French, six English
    language_counts_ok=lambda counts, n_files: counts == [10, 8, 6] and n_files == 24,
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={"BCIJ", "DGST", "DGSN", "MOI", "official_unspecified", "analyst", "unspecified"},
    must_not_flag_at_least=10,
    series_outlets=2,
    series_told_at_least=6,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
SUBSET_ADDS_UP = "a breakdown that adds up"


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_city_breakdowns_said_to_add_up_do_add_up_to_their_total():
    groups = [g for g in CORPUS.gold["must_not_flag"] if g["reason"].startswith(SUBSET_ADDS_UP)]
    assert len(groups) >= 3
    for group in groups:
        claims = [CORPUS.claim(cid) for cid in group["claims"]]
        total = [c for c in claims if c["subset"] is None]
        parts = [c for c in claims if c["subset"] in CITIES]
        assert len(total) == 1 and len(parts) == len(claims) - 1
        assert sum(c["value"] for c in parts) == total[0]["value"], group


def test_a_city_subset_only_appears_beside_its_total_in_the_same_sentence():
    for f in FILES:
        for c in f["claims"]:
            if c["subset"] in CITIES:
                assert any(
                    t["subset"] is None and t["sentence"] == c["sentence"] for t in f["claims"]
                ) or any(
                    t["subset"] is None and t["metric"] == c["metric"] and t["period"] == c["period"]
                    for t in f["claims"]
                ), (f["key"], c["id"])


def test_single_operations_are_events_on_a_named_weekday_in_every_language():
    events = {f["language"] for f in FILES for c in f["claims"] if c["period"]["type"] == "event"}
    assert events == {"ar", "fr", "en"}


def test_arabic_indic_digits_and_number_words_occur_in_every_language():
    by_language = {}
    for f in FILES:
        by_language.setdefault(f["language"], []).extend(c["value_text"] for c in f["claims"])
    assert any(any("\u0660" <= ch <= "\u0669" for ch in v) for v in by_language["ar"])
    for language, values in by_language.items():
        assert any(v.lower() in CORPUS.words[language] for v in values), language


def test_ordinals_are_only_optional_claims():
    ordinals = {"الخامسة", "cinquième"}
    for f in FILES:
        assert not [c for c in f["claims"] if c["value_text"] in ordinals], f["key"]
    assert sum(1 for f in FILES for c in f["optional_claims"] if c["value_text"] in ordinals) == 2


def test_a_partners_own_arrests_are_traps_and_partners_come_from_three_countries():
    partners = {code for f in FILES for code in f["countries_cited"]}
    assert {"ES", "FR", "US"} <= partners
    g05 = CORPUS.by_key["g05"]
    assert "ES" in g05["countries_cited"] and any("Spain" in t["reason"] for t in g05["must_not_extract"])
    mentions = {np_["country"] for f in FILES for np_ in f["countries_not_partners"]}
    assert "ES" in mentions and {"SY", "IQ"} <= mentions


def test_two_voices_on_one_operation_and_a_follow_up_revision_are_never_grouped():
    grouped = {cid for g in CORPUS.groups for cid in g["claims"]}
    for key in ("g10", "g16"):
        ids = {f"{key}.{c['id']}" for c in CORPUS.by_key[key]["claims"]}
        assert len(ids) == 2 and not ids & grouped
