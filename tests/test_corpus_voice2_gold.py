"""The "voice2" development corpus gold (tests/corpus_voice2/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_voice2_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: who speaks in interviews, question time, press conferences and anonymous sources.
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
    "voice2",
    key_prefix="v",
    # The numbers this corpus prints in words.
    words={
        "ar": {"ست": 6, "سبعة": 7, "ثماني": 8, "أربعة": 4},
        "fr": {"six": 6, "sept": 7, "une centaine": 100},
        "en": {"seven": 7},
    },
    # Relative periods: the phrase, and the year it names counted from the publication year.
    relative_years={"السنة الماضية": -1, "l'an dernier": -1, "last year": -1},
    relative_to_date=("منذ بداية السنة", "since the start of the year"),
    new_subsets={"men"},
    inconsistency_count=(6, 6),
    every_finding_kind=True,
    distinct_finding_kinds=True,
    voices={
        "BCIJ",
        "DGST",
        "DGSN",
        "MOI",
        "PARLIAMENT",
        "GOV",
        "MFA",
        "official_unspecified",
        "analyst",
        "unspecified",
    },  # fmt: skip
    must_not_flag_at_least=14,
    series_outlets=2,
    series_told_at_least=10,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
CLAIMS = [(f, c) for f in FILES for c in f["claims"]]
QA_LINES = re.compile(r"^(س|ج|Q|R|A) ?:", re.M)


def test_publication_dates_spread_over_2020_to_2026():
    years = {f["metadata"]["date"][:4] for f in FILES}
    assert years == {str(y) for y in range(2020, 2027)}


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)


def test_question_time_gives_the_mps_figure_to_parliament_and_the_answer_to_the_ministry():
    sittings = [f for f in FILES if any(c["attribution"]["org"] == "PARLIAMENT" for c in f["claims"])]
    assert len(sittings) >= 2
    for f in sittings:
        assert any(c["attribution"]["org"] == "MOI" for c in f["claims"]), f["key"]
        for c in f["claims"]:
            if c["attribution"]["org"] == "PARLIAMENT":
                assert c["attribution"]["person"], f["key"]


def test_interviews_in_question_answer_form_name_the_interviewee_once_and_give_him_every_answer():
    interviews = [f for f in FILES if len(QA_LINES.findall(CORPUS.text_of(f))) >= 4]
    assert {f["language"] for f in interviews} == {"ar", "fr", "en"}
    for f in interviews:
        text = CORPUS.text_of(f)
        answers = [c for c in f["claims"] if any(line.endswith(c["sentence"]) for line in text.splitlines())]
        assert answers, f["key"]
        for c in answers:
            person = c["attribution"]["person"]
            if person:
                assert text.count(person) == 1, (f["key"], person)


def test_a_surname_alone_keeps_the_full_name_of_its_first_mention():
    surnames = [(f, c) for f, c in CLAIMS if c["attribution"]["person"] and c["attribution"]["raw"] in
                c["attribution"]["person"].split()]  # fmt: skip
    assert len(surnames) >= 3 and {f["language"] for f, _ in surnames} >= {"ar", "fr"}
    for f, c in surnames:
        text = CORPUS.text_of(f)
        assert text.index(c["attribution"]["person"]) < text.index(c["sentence"]), f["key"]


def test_unnamed_security_sources_are_official_and_the_outlets_own_count_unspecified():
    raws = [(c["attribution"]["org"], c["attribution"]["raw"] or "") for _, c in CLAIMS]
    security = [
        org for org, raw in raws if any(w in raw for w in ("مصدر أمني", "sécuritaire", "security official"))
    ]
    own = [
        org
        for org, raw in raws
        if any(w in raw for w in ("إحصاء أعدته الجريدة", "By our count", "proche du"))
    ]
    assert len(security) >= 3 and set(security) == {"official_unspecified"}
    assert len(own) >= 2 and set(own) == {"unspecified"}


def test_one_press_conference_gives_two_bodies_in_each_language_pair():
    two_bodies = [f for f in FILES if len({c["attribution"]["org"] for c in f["claims"]}) >= 2]
    assert {f["language"] for f in two_bodies} == {"ar", "fr", "en"}


def test_number_forms_include_words_arabic_indic_digits_and_thin_spaces():
    printed = [c["value_text"] for _, c in CLAIMS]
    assert any(re.search("[٠-٩]", v) for v in printed)
    assert any("\u2009" in v for v in printed) and any("\u202f" in v for v in printed)
    words = {w for lang in CORPUS.words.values() for w in lang}
    assert len([v for v in printed if v.lower() in words]) >= 6


def test_every_joint_operations_claim_comes_with_a_partner():
    for f in FILES:
        if any(c["metric"] == "joint_operations" for c in f["claims"]):
            assert f["countries_cited"], f["key"]
