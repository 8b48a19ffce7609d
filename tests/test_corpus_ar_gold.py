"""The Arabic development corpus gold (tests/corpus_ar/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong, and every score measured
on it is wrong too. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_ar_gold.py -q -p no:django
"""

import importlib.util
import json
import re
from collections import Counter
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

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus_ar"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
OK_FILES = [f for f in FILES if f["expected_status"] == "ok"]

# New slugs this corpus uses for required claims (CONTRACT.md allows them); optional claims may use any slug.
NEW_METRICS = {"fighters_in_zone"}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
MASHRIQ_MONTHS = ("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين")

# ---------------------------------------------------------------- Arabic number words (to check the gold's values)

UNITS_WORDS = {
    "واحد": 1, "واحدة": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4, "أربعا": 4, "خمس": 5, "خمسة": 5, "خمسا": 5, "ست": 6, "ستة": 6, "ستا": 6, "سبع": 7,
    "سبعة": 7, "سبعا": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "ثمانيا": 8, "تسع": 9, "تسعة": 9, "تسعا": 9,
    "عشر": 10, "عشرة": 10, "صفر": 0, "صفرا": 0,
}  # fmt: skip
TENS_WORDS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
HUNDREDS_WORDS = {
    "مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مائتي": 200, "مئتان": 200, "مئتين": 200, "مئتي": 200,
    "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500, "خمسمئة": 500,
    "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700, "سبعمئة": 700, "ثمانمائة": 800, "ثمانمئة": 800,
    "تسعمائة": 900, "تسعمئة": 900,
}  # fmt: skip
DUAL_NOUNS = {"خليتين": 2, "خليتان": 2, "امرأتان": 2, "امرأتين": 2, "سائحتان": 2, "قاصران": 2, "شخصين": 2}
# Optional claims read from an ordinal ("the fifth dismantling this year") or a pronoun ("one of the two").
OTHER_FORMS = {"الخامس": 5, "أحدهما": 1}


def words_value(text):
    """The value of an Arabic number written in words (the forms this corpus uses), or None."""
    if text in DUAL_NOUNS or text in OTHER_FORMS:
        return DUAL_NOUNS.get(text, OTHER_FORMS.get(text))
    words = text.split()
    if len(words) == 2 and words[1] in ("واحد", "واحدة"):
        return 1  # "خلية واحدة": a noun followed by "one"
    total, current, after_unit = 0, 0, False
    for raw in words:
        word = raw[1:] if raw.startswith("و") and len(raw) > 1 and raw not in UNITS_WORDS else raw
        if word in ("عشرة", "عشر") and after_unit:
            current += 10  # the teens: "إحدى عشرة", "ست عشرة", "أربع عشرة"
            after_unit = False
            continue
        after_unit = word in UNITS_WORDS
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in HUNDREDS_WORDS:
            current += HUNDREDS_WORDS[word]
        elif word in ("ألف", "ألفا"):
            total += (current or 1) * 1000
            current = 0
        elif word in ("ألفي", "ألفين", "ألفان"):
            total += 2000
            current = 0
        elif word == "آلاف":
            total += current * 1000
            current = 0
        else:
            return None
    return total + current


def test_the_number_word_reader_of_this_test_reads_every_case_the_corpus_uses():
    cases = {
        "مائتي": 200, "مئتين": 200, "مائتين وأربع عشرة": 214, "سبعا وخمسين": 57, "ست عشرة": 16,
        "إحدى عشرة": 11, "ألفا وثلاثمائة": 1300, "ثلاثة آلاف وخمسمائة": 3500, "أربعا وستين": 64,
        "ألفا ومائتي": 1200, "ألفي": 2000, "خليتين": 2, "خلية واحدة": 1, "صفرا": 0,
    }  # fmt: skip
    assert {text: words_value(text) for text in cases} == cases


def load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_ar_build", CORPUS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The failure classes of issue 15 and the file flags that stand for them live in build.py (its README uses them).
FAILURE_CLASSES = load_build_module().FAILURE_CLASSES


def decoded(entry):
    raw = (CORPUS / entry["file"]).read_bytes()
    return raw.decode(entry["encoding"], errors="replace" if entry.get("truncated") else "strict")


def all_claims(entry):
    return entry["claims"] + entry.get("optional_claims", [])


def claim_cases():
    return [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in OK_FILES for c in all_claims(f)]


def external_claim_ids():
    """Claim ids of the other gold files this corpus may refer to (tests/corpus and the seeds' gold copy)."""
    ids = set()
    for gold_path in (TESTS / "corpus" / "expected.json", TESTS / "gold" / "seeds.json"):
        if gold_path.exists():
            other = json.loads(gold_path.read_text(encoding="utf-8"))
            ids |= {f"{f['key']}.{c['id']}" for f in other["files"] for c in f.get("claims", [])}
    return ids


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip
    assert GOLD["files_dir"] == "."


def test_the_corpus_has_sixty_files_keyed_a01_to_a60():
    assert [f["key"] for f in FILES] == [f"a{i:02d}" for i in range(1, 61)]
    for f in FILES:
        assert re.fullmatch(rf"{f['key']}_[a-z0-9_]+\.(txt|html)", f["file"]), f["file"]


def test_the_layout_mix_is_the_one_promised():
    layouts = Counter(f["format"] for f in FILES)
    assert layouts["aggregator"] >= 16
    assert layouts["wordpress"] >= 10
    assert layouts["clean"] >= 14
    assert layouts["html"] >= 14
    assert 2 <= len(GOLD["rejections"]) <= 4


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
    assert "\ufeff" not in text


def test_the_truncated_file_fails_strict_utf8_only_in_its_last_character():
    (entry,) = [f for f in OK_FILES if f.get("truncated")]
    raw = (CORPUS / entry["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError) as cut:
        raw.decode("utf-8")
    assert cut.value.start >= len(raw) - 3
    assert raw[: cut.value.start].decode("utf-8")
    assert entry["expected_warnings"]


def test_the_encodings_are_the_ones_promised():
    encodings = Counter(f["encoding"] for f in OK_FILES)
    assert encodings["windows-1256"] >= 3
    assert encodings["utf-16"] >= 2
    assert encodings["utf-8-sig"] >= 2
    assert sum(1 for f in OK_FILES if f["line_endings"] == "CRLF") >= 3
    raw_starts = {(CORPUS / f["file"]).read_bytes()[:2] for f in OK_FILES if f["encoding"] == "utf-16"}
    assert raw_starts == {b"\xff\xfe", b"\xfe\xff"}, "one UTF-16 file of each byte order"


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
def test_the_printed_value_equals_the_gold_value(entry, claim):
    printed = claim["value_text"].translate(DIGITS)
    digits_only = re.sub(r"[\s,.\u066c\u202f\u00a0]", "", printed)
    if digits_only.isdigit():
        assert int(digits_only) == claim["value"]
    else:
        assert words_value(claim["value_text"]) == claim["value"], claim["value_text"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_quoted_occurs_in_the_article(entry, claim):
    raw = claim["attribution"]["raw"]
    if raw:
        assert raw in decoded(entry)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_claims_use_the_contract_vocabulary(entry, claim):
    is_optional = claim in entry.get("optional_claims", [])
    assert claim["metric"] in METRICS | NEW_METRICS or (is_optional and SLUG.match(claim["metric"]))
    assert claim["subset"] is None or SLUG.match(claim["subset"])
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_period_dates_are_iso_and_resolved_from_the_byline(entry, claim):
    period, date, as_of = claim["period"], entry["metadata"]["date"], claim["as_of"]
    for value in (period["start"], period["end"], as_of):
        assert value is None or ISO_DATE.match(value)
    if period["type"] == "last_n_years" and date:
        assert int(period["start"]) == int(date[:4]) - period["n"]
    if period["type"] in ("since", "last_n_years"):
        assert period["end"] == (as_of or date)
    if period["type"] == "year_to_date" and date:
        assert period["start"] == date[:4] and period["end"][:4] == date[:4] and period["end"] <= date
    if period["type"] in ("year", "month", "range") and period["start"] and period["end"]:
        assert period["start"] <= period["end"]
        assert date is None or period["start"] <= date


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_metadata_title_outlet_and_dateline_occur_in_the_file(entry):
    text, md = decoded(entry), entry["metadata"]
    for field in ("title", "outlet", "dateline_city"):
        if md[field]:
            assert md[field] in text, field
    assert md["date"] is None or ISO_DATE.match(md["date"])


@pytest.mark.parametrize("entry", OK_FILES, ids=lambda f: f["key"])
def test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it(entry):
    text = decoded(entry)
    assert entry["must_not_extract"], "traps in every file"
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
    known = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"]} | external_claim_ids()
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        assert set(group["claims"]) <= known, group
        assert any(cid.startswith("a") for cid in group["claims"]), "every group involves this corpus"


def test_every_finding_kind_occurs_and_there_are_enough_cross_file_groups():
    assert {i["kind"] for i in GOLD["inconsistencies"]} >= FINDING_KINDS
    assert len(GOLD["inconsistencies"]) >= 8
    assert all(i["explanation"] for i in GOLD["inconsistencies"])
    assert len(GOLD["must_not_flag"]) >= 10


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for keep in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(keep["claims"]) & set(inc["claims"])) < 2, (keep, inc["id"])


def test_the_corpus_covers_every_vocabulary_value():
    claims = [c for f in OK_FILES for c in f["claims"]]
    assert {c["qualifier"] for c in claims} == QUALIFIERS
    assert {c["period"]["type"] for c in claims} == PERIOD_TYPES
    assert {c["attribution"]["org"] for c in claims} == ORGS
    assert {c["unit"] for c in claims} == UNITS


@pytest.mark.parametrize("name", sorted(FAILURE_CLASSES))
def test_every_failure_class_of_issue_15_is_covered_by_several_files(name):
    files = [f["key"] for f in FILES if set(f["flags"]) & FAILURE_CLASSES[name]]
    assert len(files) >= 3, (name, files)


def test_failure_classes_name_only_flags_that_files_carry():
    carried = {flag for f in FILES for flag in f["flags"]}
    for name, flags in FAILURE_CLASSES.items():
        assert flags <= carried, (name, flags - carried)


def test_mashriq_months_come_with_their_alias_in_brackets_or_after_a_slash():
    periods = [c["period"]["text"] or "" for f in OK_FILES for c in f["claims"]]
    mashriq = [p for p in periods if any(m in p for m in MASHRIQ_MONTHS)]
    assert len(mashriq) >= 3
    assert any("(" in p for p in mashriq) and any("/" in p for p in mashriq)


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    build = load_build_module()
    gold = build.build(tmp_path)
    assert build.verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
