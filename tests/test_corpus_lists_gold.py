"""The "lists" development corpus gold (tests/corpus_lists/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_lists_gold.py -q -p no:django

The structural and cross-file group checks are shared (tests/corpus_gold_checks.py); below are this corpus's
constants and its own checks: enumerations whose later items carry no noun, number words in the Arabic
accusative, genitive and dual, every thousands separator, Arabic-Indic digits, a number followed by a verb,
percent shares.
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
    "lists",
    key_prefix="l",
    # The numbers this corpus prints in words (cardinals in every case, duals, approximations).
    words={
        "ar": {
            "سبعة وأربعين": 47,
            "مخططين": 2,
            "مائتي": 200,
            "ألفا وثلاثمائة": 1300,
            "سبعا وخمسين": 57,
            "ست عشرة": 16,
            "خليتين": 2,
            "ثماني": 8,
        },
        "fr": {"deux cent dix": 210, "mille cent": 1100, "une quarantaine": 40},
        "en": {"sixteen": 16, "a dozen": 12, "two hundred and seven": 207, "four": 4},
    },
    relative_years={"السنة الماضية": -1, "last year": -1},
    relative_to_date=("منذ مطلع السنة الجارية", "Depuis janvier"),
    value_marks="%",
    # returnees the state brought back, as corpus_ar, corpus_mix and corpus_fren write them (the zone of a breakdown
    # of returnees, "39 منهم من سوريا والعراق و8 من ليبيا", is the contract's syria_iraq_linked: docs/conventions.md)
    new_subsets={"repatriated"},
    # 24 files: ten Arabic, eight French, six English
    language_counts_ok=lambda counts, n_files: counts == [10, 8, 6] and n_files == 24,
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
    series_told_at_least=5,
    readme_lists_inconsistencies=True,
    readme_conventions=True,
)
FILES = CORPUS.files
ALL_CLAIMS = [(f, c) for f in FILES for c in f["claims"]]

# The enumerations whose counted noun is printed once, on the first item (or on the total heading the list).
NOUN_ONCE = {
    "l01": "خلية",
    "l02": "شخصا",
    "l10": "خلايا",
    "l11": "cellules",
    "l12": "cellules",
    "l14": "personnes",
    "l19": "cells",
    "l20": "people",
    "l22": "cells",
    "l23": "suspects",
}


def enumerations(entry):
    """The sentences of a file that carry two or more claims of one metric and their claims."""
    by_sentence = {}
    for c in entry["claims"]:
        by_sentence.setdefault((c["sentence"], c["metric"]), []).append(c)
    return {s: cs for (s, _), cs in by_sentence.items() if len(cs) >= 2}


def test_at_least_eight_enumerations_print_the_noun_once_in_every_language():
    languages = set()
    for key, noun in NOUN_ONCE.items():
        entry = CORPUS.by_key[key]
        lists = [s for s in enumerations(entry) if noun in s]
        assert lists, key
        sentence = lists[0]
        assert len(re.findall(rf"(?<!\w){noun}(?!\w)", sentence)) == 1, key
        items = enumerations(entry)[sentence]
        assert len({(c["period"]["start"], c["subset"], c["value"]) for c in items}) == len(items), key
        languages.add(entry["language"])
    assert len(NOUN_ONCE) >= 8 and languages == {"ar", "fr", "en"}


def test_each_item_of_a_year_list_has_its_own_year():
    for f in FILES:
        for sentence, claims in enumerations(f).items():
            years = [
                c["period"]["start"] for c in claims if c["period"]["type"] == "year" and not c["subset"]
            ]
            assert len(years) == len(set(years)), (f["key"], sentence)


def test_arabic_number_words_in_the_accusative_genitive_and_dual():
    printed = {c["value_text"] for f, c in ALL_CLAIMS if f["language"] == "ar"}
    assert {"سبعا وخمسين", "ألفا وثلاثمائة"} <= printed  # accusative
    assert {"مائتي", "ست عشرة", "ثماني", "سبعة وأربعين"} <= printed  # genitive and oblique
    assert {"خليتين", "مخططين"} <= printed  # duals


def test_french_and_english_number_words_and_approximations():
    printed = {c["value_text"].lower(): c for _, c in ALL_CLAIMS}
    assert {"deux cent dix", "mille cent", "two hundred and seven", "four", "sixteen"} <= set(printed)
    for approx in ("une quarantaine", "a dozen"):
        assert printed[approx]["qualifier"] == "about"


def test_every_thousands_separator_and_arabic_indic_digits_occur():
    printed = [c["value_text"] for _, c in ALL_CLAIMS]
    assert any("\u202f" in p for p in printed)  # narrow no-break space
    assert any("\u00a0" in p for p in printed)  # no-break space
    assert any(re.fullmatch(r"\d,\d{3}", p) for p in printed)
    assert any(re.fullmatch(r"\d\.\d{3}", p) for p in printed)
    assert sum(1 for p in printed if re.fullmatch(r"[\u0660-\u0669]+", p)) >= 2


def test_a_number_followed_by_a_verb_with_no_noun_in_every_language():
    verbs = ("لقوا حتفهم", "غادروا المغرب", "عادوا", "ont été tués", "sont revenus", "were repatriated")
    for verb in verbs:
        carried = [
            c for _, c in ALL_CLAIMS if re.search(rf"{re.escape(c['value_text'])} {verb}", c["sentence"])
        ]
        assert carried, verb


def test_percent_shares_name_the_whole_and_the_share_in_every_language():
    shares = [(f, c) for f, c in ALL_CLAIMS if c["unit"] == "percent"]
    assert {f["language"] for f, _ in shares} == {"ar", "fr", "en"}
    for _, c in shares:
        assert c["subset"] and 0 < c["value"] < 100


def test_a_remainder_with_no_figure_is_not_a_claim():
    remainders = ("والباقي", "les autres", "the rest")
    for word in remainders:
        holders = [f for f in FILES if word in CORPUS.text_of(f)]
        assert holders, word


def test_every_outlet_is_invented():
    assert all(f["metadata"]["outlet_fictional"] for f in FILES)
