"""The "wire" development corpus gold (tests/corpus_wire/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_wire_gold.py -q -p no:django

The structural checks are shared with the other fresh corpora (tests/corpus_gold_checks.py); below are
this corpus's constants and its own checks: agency relays, speakers carried over, the partial figure.
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
    "wire",
    key_prefix="w",
    # The few numbers this corpus prints in words.
    words={
        "fr": {"deux": 2, "quatre": 4, "huit": 8, "six": 6, "vingtaine": 20},
        "en": {"nine": 9, "two": 2},
        "ar": {"أربع": 4, "خمس": 5},
    },
    # Relative periods: the phrase, and the year it names counted from the publication year.
    relative_years={"السنة الماضية": -1, "l'année dernière": -1, "last year": -1},
    relative_to_date=("السنة الجارية", "début de l'année", "this year", "start of the year"),
    # w26: returnees broken down into women and children (a contract slug of corpus_fren)
    new_subsets={"women_and_minors"},
    voices={
        "DGST",
        "BCIJ",
        "DGSN",
        "MOI",
        "PARLIAMENT",
        "GOV",
        "MFA",
        "official_unspecified",
        "analyst",
        "unspecified",
    },  # fmt: skip
    value_marks="%",  # a share prints its "%"
    year_to_date_text_inherited=True,  # a period inherited from the previous sentence has no text of its own
    readme_conventions=True,
)
FILES = CORPUS.files


def test_the_partial_figure_exceeds_the_same_sources_whole_year():
    for inc in CORPUS.by_kind("partial_exceeds_whole"):
        claims = [CORPUS.claim(cid) for cid in inc["claims"]]
        assert len({c["attribution"]["org"] for c in claims}) == 1
        part = [c for c in claims if c["period"]["type"] == "year_to_date"]
        whole = [c for c in claims if c["period"]["type"] == "year"]
        assert (
            part and whole and {c["period"]["start"] for c in part + whole} == {whole[0]["period"]["start"]}
        )
        assert max(c["value"] for c in part) > whole[0]["value"]


AGENCIES = ("MAP", "AFP", "EFE", "Reuters", "Europa Press", "وكالة المغرب العربي للأنباء", "وكالة إيفي")


def test_wire_relays_are_attributed_to_the_body_or_to_the_agency_own_count_never_an_agency_org():
    relayed = [c for f in FILES for c in f["claims"] if any(a in c["sentence"] for a in AGENCIES)]
    orgs = {c["attribution"]["org"] for c in relayed}
    # an official body relayed by an agency keeps the body's org; the agency's own count is unspecified
    assert {"BCIJ", "DGST", "official_unspecified", "unspecified"} <= orgs
    for c in relayed:
        if c["attribution"]["org"] == "unspecified":
            raw = c["attribution"]["raw"] or ""
            assert (
                any(a in raw for a in AGENCIES) or "ministerio" in raw or "الإسبانية" in raw or "ONU" in raw
            )


def test_a_speaker_named_earlier_is_carried_into_the_person_field():
    followers = ("وأضاف المتحدث", "a-t-il poursuivi", "He added", "المسؤول الحكومي")
    found = [c for f in FILES for c in f["claims"] if c["attribution"]["raw"] in followers]
    assert len(found) >= 4
    for c in found:
        assert c["attribution"]["person"]
