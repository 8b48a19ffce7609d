"""The French and English development corpus gold (tests/corpus_fren/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong, and every score measured on
it is wrong too. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_fren_gold.py -q -p no:django
"""

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.contract_vocabulary import (
    FINDING_KINDS,
    ISO_DATE,
    METRICS,
    ORGS,
    PERIOD_TYPES,
    QUALIFIERS,
    SLUG,
    UNITS,
)

CORPUS = Path(__file__).resolve().parent / "corpus_fren"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
OK_FILES = [f for f in FILES if f["expected_status"] == "ok"]

# New slugs CONTRACT.md allows, used by required claims of this corpus (issue 15: fighters still in the zone or
# of unknown fate). Optional claims may use any slug.
EXTRA_METRICS = {"fighters_in_zone", "fighters_unknown_fate"}
FILE_NAME = re.compile(r"^(?P<key>[fe]\d{2})_[a-z0-9]+(_[a-z0-9]+)+\.(txt|html)$")
WORD_NUMBERS = re.compile(r"[A-Za-zÀ-ÿ]")

# The failure classes of issue 15 ("What fails" 1-12) and the flags that mark a file as covering them. Each
# class must be covered by at least two files in each language.
FAILURE_CLASSES = {
    "lists": {"list", "list_and_others", "list_year_after_number"},
    "number words": {"number_words"},
    "thousands separators": {"thousands_separator"},
    "number followed by a verb": {"verb_without_noun"},
    "metric frames": {"metric_frame"},
    "cellule/cell that is not a terror cell": {"cell_not_terror"},
    "relative periods": {"relative_period", "period_last_n_years", "six_months", "year_to_date"},
    "paired years": {"paired_years", "paired_years_each"},
    "since its creation": {"since_creation", "since_creation_month"},
    "until the end of a month": {"until_end_of_month"},
    "same-period antecedent": {"inherited_period"},
    "period of another clause": {"other_clause_period"},
    "figure dated by the text (as_of)": {"as_of"},
    "speaker in another sentence": {"speaker_previous_sentence", "speaker_next_sentence"},
    "attribution before/after, pronouns": {"attribution_after", "attribution_pronoun", "attribution_before"},
    "named officials": {"named_person"},
    "analysts, think tanks, studies": {"org_analyst"},
    "minister answering MPs": {"minister_answering_mps"},
    "other countries' or world figures": {"other_country_figure", "world_figure"},
    "partner cues": {"partner_cue", "partner_adjective", "partner_capital_metonym"},
    "non-partner mentions": {"nationality_mention", "place_of_attack_mention", "country_in_org_name"},
    "country inside an organisation's name": {"country_in_org_name"},
    "place of an attack": {"place_of_attack_mention"},
    "substring of another word": {"substring_trap"},
}


def decoded(entry):
    errors = "replace" if entry.get("truncated") else "strict"
    return (CORPUS / entry["file"]).read_bytes().decode(entry["encoding"], errors)


def all_claims(entry):
    return entry["claims"] + entry.get("optional_claims", [])


def claim_cases():
    return [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in OK_FILES for c in all_claims(f)]


def by_language(lang):
    return [f for f in OK_FILES if f["language"] == lang]


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip
    assert GOLD["files_dir"] == "."


def test_thirty_french_and_thirty_english_files_keyed_f01_to_f30_and_e01_to_e30():
    keys = [f["key"] for f in FILES]
    assert keys == [f"f{i:02d}" for i in range(1, 31)] + [f"e{i:02d}" for i in range(1, 31)]
    for f in FILES:
        match = FILE_NAME.match(f["file"])
        assert match and match["key"] == f["key"], f["file"]
        if f["expected_status"] == "ok":
            assert f["language"] == {"f": "fr", "e": "en"}[f["key"][0]]


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_listed_file_exists_with_its_exact_byte_size(entry):
    path = CORPUS / entry["file"]
    assert path.is_file()
    assert path.stat().st_size == entry["bytes"]


def test_claim_ids_are_unique_within_each_file():
    for f in FILES:
        ids = [c["id"] for c in all_claims(f)]
        assert len(ids) == len(set(ids)), f["key"]


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_every_ok_file_decodes_with_its_declared_encoding_and_line_endings(entry):
    text = decoded(entry)
    if entry["line_endings"] == "CRLF":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text


def test_the_truncated_file_is_cut_inside_its_last_character_and_still_expected_ok():
    truncated = [f for f in FILES if f.get("truncated")]
    assert len(truncated) == 1
    entry = truncated[0]
    raw = (CORPUS / entry["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw[:-1].decode("utf-8")  # everything but the dangling lead byte is whole UTF-8
    assert entry["expected_status"] == "ok" and entry["expected_warnings"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_every_claim_sentence_occurs_exactly_once_in_the_decoded_file(entry, claim):
    assert decoded(entry).count(claim["sentence"]) == 1


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_every_value_text_qualifier_text_and_period_text_occurs_in_its_sentence(entry, claim):
    sentence = claim["sentence"]
    assert claim["value_text"] in sentence
    if claim["qualifier_text"]:
        assert claim["qualifier_text"] in sentence
    if claim["period"]["text"]:
        assert claim["period"]["text"] in sentence


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_a_value_printed_in_digits_equals_the_gold_value(entry, claim):
    digits_only = re.sub(r"[\s,.\u00a0\u202f]", "", claim["value_text"])
    if digits_only.isdigit():
        assert int(digits_only) == claim["value"]
    else:
        assert WORD_NUMBERS.search(claim["value_text"]), "a value is printed either in digits or in words"


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_quoted_occurs_in_the_article(entry, claim):
    raw = claim["attribution"]["raw"]
    if raw:
        assert raw in decoded(entry)
    if claim["attribution"]["person"]:
        surname = claim["attribution"]["person"].split()[-1]
        assert surname in decoded(entry)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_claims_use_the_contract_vocabulary(entry, claim):
    is_optional = claim in entry.get("optional_claims", [])
    assert claim["metric"] in METRICS | EXTRA_METRICS or (is_optional and SLUG.match(claim["metric"]))
    assert claim["subset"] is None or SLUG.match(claim["subset"])
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert claim["scope"] == "national"
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_period_dates_are_iso_and_resolved_from_the_byline_or_the_date_the_text_gives(entry, claim):
    period, published = claim["period"], entry["metadata"]["date"]
    for field in ("start", "end"):
        assert period[field] is None or ISO_DATE.match(period[field])
    if claim["as_of"]:
        assert ISO_DATE.match(claim["as_of"]) and claim["as_of"] <= published
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(published[:4]) - period["n"]
    if period["type"] in ("since", "year_to_date", "last_n_years"):
        assert period["end"] == (claim["as_of"] or published)
    if period["type"] in ("year", "range") and period["start"] and period["end"]:
        assert period["start"] <= period["end"] <= published


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_metadata_title_outlet_and_dateline_occur_in_the_file_and_every_article_has_a_date(entry):
    text, md = decoded(entry), entry["metadata"]
    for field in ("title", "outlet", "dateline_city"):
        if md[field]:
            assert md[field] in text, field
    assert md["date"] and ISO_DATE.match(md["date"])


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it(entry):
    text = decoded(entry)
    assert entry["must_not_extract"]
    for trap in entry["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, trap["text"]
    for mention in entry["countries_not_partners"]:
        assert mention["text"] in text, mention["text"]


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_country_codes_are_alpha2_and_never_both_partner_and_not(entry):
    partners = set(entry["countries_cited"])
    others = {m["country"] for m in entry["countries_not_partners"] if m["country"]}
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in partners | others)
    assert not partners & others


def test_two_files_must_be_rejected_and_are_listed_in_rejections_without_claims():
    rejected = {f["key"] for f in FILES if f["expected_status"] == "rejected"}
    assert len(rejected) == 2
    assert rejected == {r["key"] for r in GOLD["rejections"]}
    for f in FILES:
        if f["key"] in rejected:
            assert f["claims"] == [] and f["expected_error"]


def test_inconsistencies_and_must_not_flag_name_existing_claims():
    known = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"]}
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        assert set(group["claims"]) <= known, group


def test_at_least_eight_inconsistencies_of_every_kind_and_ten_compatible_groups():
    assert len(GOLD["inconsistencies"]) >= 8
    assert {i["kind"] for i in GOLD["inconsistencies"]} >= FINDING_KINDS
    assert all(i["explanation"] for i in GOLD["inconsistencies"])
    assert len(GOLD["must_not_flag"]) >= 10


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for keep in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(keep["claims"]) & set(inc["claims"])) < 2, (keep, inc["id"])


def test_claims_of_an_inconsistency_share_their_metric():
    claims = {f"{f['key']}.{c['id']}": c for f in FILES for c in f["claims"]}
    for inc in GOLD["inconsistencies"]:
        assert len({claims[cid]["metric"] for cid in inc["claims"]}) == 1, inc["id"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_has_every_layout_with_saved_html_about_a_quarter(lang):
    formats = [f["format"] for f in by_language(lang)]
    assert set(formats) == {"aggregator", "wordpress", "clean", "html"}
    assert 6 <= formats.count("html") <= 9


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_has_every_encoding_and_line_ending(lang):
    files = by_language(lang)
    assert {f["encoding"] for f in files} == {"utf-8", "utf-8-sig", "utf-16"}
    assert {f["line_endings"] for f in files} == {"LF", "CRLF"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_html_pages_carry_their_date_in_every_place_a_page_can(lang):
    flags = {flag for f in by_language(lang) for flag in f["flags"]}
    assert flags >= {
        "date_only_in_time_datetime", "date_only_in_json_ld", "date_only_in_meta_published_time",
        "date_only_in_byline", "wordpress_date_line", "date_line_in_clean",
    }  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("failure_class", sorted(FAILURE_CLASSES))
def test_each_failure_class_of_issue_15_is_covered_by_two_files_in_each_language(lang, failure_class):
    covering = [f["key"] for f in by_language(lang) if set(f["flags"]) & FAILURE_CLASSES[failure_class]]
    assert len(covering) >= 2, covering


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_uses_the_whole_vocabulary_of_qualifiers_and_period_types(lang):
    claims = [c for f in by_language(lang) for c in f["claims"]]
    assert {c["qualifier"] for c in claims} == QUALIFIERS
    assert {c["period"]["type"] for c in claims} >= PERIOD_TYPES - {"month"}
    assert {c["unit"] for c in claims} == UNITS
    assert {c["attribution"]["org"] for c in claims} == ORGS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_has_subsets_and_real_and_fictional_outlets(lang):
    files = by_language(lang)
    subsets = {c["subset"] for f in files for c in f["claims"] if c["subset"]}
    assert subsets >= {"women", "minors", "isis_linked"}
    fictional = {f["metadata"]["outlet_fictional"] for f in files}
    assert fictional == {True, False}


def test_the_separators_of_issue_15_occur_in_value_texts():
    value_texts = [c["value_text"] for f in OK_FILES for c in f["claims"]]
    assert any("\u202f" in v for v in value_texts)  # 1 357 with a narrow no-break space
    assert any("\u00a0" in v for v in value_texts)  # 3 535 with a no-break space
    assert any(re.fullmatch(r"\d{1,3}(,\d{3})+", v) for v in value_texts)  # 1,357
    assert any(re.fullmatch(r"\d{1,3}(\.\d{3})+", v) for v in value_texts)  # 2.963
    assert any(re.fullmatch(r"\d{1,3}( \d{3})+", v) for v in value_texts)  # 4 304


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    spec = importlib.util.spec_from_file_location("corpus_fren_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    gold = build.build(tmp_path)
    assert build.verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
