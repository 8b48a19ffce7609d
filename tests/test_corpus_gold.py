"""The development corpus gold (tests/corpus/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong, and every score measured
on it is wrong too. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_gold.py -q -p no:django
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

CORPUS = Path(__file__).resolve().parent / "corpus"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
OK_FILES = [f for f in FILES if f["expected_status"] == "ok"]

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def decoded(entry):
    return (CORPUS / entry["file"]).read_bytes().decode(entry["encoding"])


def all_claims(entry):
    return entry["claims"] + entry.get("optional_claims", [])


def claim_cases():
    return [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in OK_FILES for c in all_claims(f)]


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip
    assert GOLD["files_dir"] == "."


def test_the_corpus_has_at_least_thirty_articles():
    assert len(FILES) >= 30


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_listed_file_exists_with_its_exact_byte_size(entry):
    path = CORPUS / entry["file"]
    assert path.is_file()
    assert path.stat().st_size == entry["bytes"]


def test_file_keys_are_unique():
    keys = [f["key"] for f in FILES]
    assert len(keys) == len(set(keys))


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
    printed = claim["value_text"].translate(DIGITS)
    digits_only = re.sub(r"[\s,.\u066c]", "", printed)
    if digits_only.isdigit():
        assert int(digits_only) == claim["value"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_quoted_occurs_in_the_article(entry, claim):
    raw = claim["attribution"]["raw"]
    if raw:
        assert raw in decoded(entry)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_claims_use_the_contract_vocabulary(entry, claim):
    is_optional = claim in entry.get("optional_claims", [])
    assert claim["metric"] in METRICS or (is_optional and SLUG.match(claim["metric"]))
    assert claim["subset"] is None or SLUG.match(claim["subset"])
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_period_dates_are_iso_at_the_precision_given(entry, claim):
    period = claim["period"]
    for field in ("start", "end"):
        assert period[field] is None or ISO_DATE.match(period[field])
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(entry["metadata"]["date"][:4]) - period["n"]
    if period["type"] in ("since", "year_to_date", "last_n_years") and entry["metadata"]["date"]:
        assert period["end"] == entry["metadata"]["date"]


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_metadata_title_outlet_and_dateline_occur_in_the_file(entry):
    text, md = decoded(entry), entry["metadata"]
    for field in ("title", "outlet", "dateline_city"):
        if md[field]:
            assert md[field] in text, field
    assert md["date"] is None or ISO_DATE.match(md["date"])


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_every_trap_and_non_partner_text_occurs_in_its_file(entry):
    text = decoded(entry)
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


def test_rejected_files_are_listed_in_rejections_and_have_no_claims():
    rejected = {f["key"] for f in FILES if f["expected_status"] == "rejected"}
    assert rejected == {r["key"] for r in GOLD["rejections"]}
    for f in FILES:
        if f["key"] in rejected:
            assert f["claims"] == [] and f["expected_error"]


def test_inconsistencies_and_must_not_flag_name_existing_claims():
    known = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"]}
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        assert set(group["claims"]) <= known, group


def test_every_finding_kind_of_the_contract_occurs_in_the_gold():
    assert {i["kind"] for i in GOLD["inconsistencies"]} >= FINDING_KINDS


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for keep in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(keep["claims"]) & set(inc["claims"])) < 2, (keep, inc["id"])


def test_the_corpus_covers_every_vocabulary_value_it_promises():
    claims = [c for f in OK_FILES for c in f["claims"]]
    assert {c["qualifier"] for c in claims} >= QUALIFIERS - {"at_most"}
    assert {c["period"]["type"] for c in claims} == PERIOD_TYPES
    assert {c["attribution"]["org"] for c in claims} == ORGS
    assert {c["unit"] for c in claims} == UNITS


def test_the_corpus_covers_the_layouts_encodings_and_traps_it_promises():
    flags = {flag for f in FILES for flag in f["flags"]}
    assert flags >= {
        "aggregator", "wordpress", "clean", "html", "french", "arabic_indic_digits", "hamza_less",
        "number_words", "dual", "thousands_separator", "percent", "crlf", "windows_1256", "utf8_bom", "utf16",
        "empty_file", "binary_file", "no_claims", "misprint", "vague_count_trap", "law_number_trap",
        "age_trap", "duration_trap", "money_trap", "hijri_trap", "score_trap", "casualties_trap",
        "inherited_period", "carried_attribution", "named_person", "month_maghreb", "month_mashriq",
        "month_egyptian", "partner_clitic_wa", "partner_clitic_li", "partner_clitic_ka",
        "nationality_mention", "conflict_zone_mention", "contrasting_model_mention",
    }  # fmt: skip
    assert {f["encoding"] for f in OK_FILES} >= {"utf-8", "utf-8-sig", "utf-16", "windows-1256"}


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    gold = build.build(tmp_path)
    assert build.verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
