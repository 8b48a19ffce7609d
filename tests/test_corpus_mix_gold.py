"""The mixed-language development corpus gold (tests/corpus_mix/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong, and every score measured on it is
wrong too. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_mix_gold.py -q -p no:django
"""

import importlib.util
import json
import re
import statistics
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
CORPUS = TESTS / "corpus_mix"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
OK_FILES = [f for f in FILES if f["expected_status"] == "ok"]
BY_KEY = {f["key"]: f for f in FILES}

# New slugs this corpus uses for required claims (CONTRACT.md allows them); optional claims may use any slug.
NEW_METRICS = {"nationals_detained_abroad", "fighters_in_zone"}
LAYOUTS = {"aggregator", "wordpress", "clean", "html"}
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
MASHRIQ_MONTHS = ("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين")


def language_of_key(key):
    number = int(key[1:])
    return "ar" if number <= 18 else "fr" if number <= 31 else "en"


# ---------------------------------------------------------------- numbers written in words (to check the gold's values)

AR_UNITS = {
    "واحد": 1, "واحدة": 1, "ثلاث": 3, "ثلاثة": 3, "ثلاثا": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
    "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشرة": 10,
}  # fmt: skip
AR_TENS = {
    "عشرين": 20,
    "ثلاثين": 30,
    "أربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
}
AR_HUNDREDS = {"مائة": 100, "مائتي": 200, "مائتين": 200, "ثلاثمائة": 300, "خمسمائة": 500}
AR_DUALS = {"خليتين": 2, "خليتان": 2, "امرأتين": 2, "امرأتان": 2}
FR_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
FR_APPROX = {"quinzaine": 15, "vingtaine": 20, "trentaine": 30, "centaine": 100, "millier": 1000}
FR_ORDINALS = {"quatrième": 4, "cinquième": 5, "septième": 7}
EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def arabic_words_value(text):
    if text in AR_DUALS:
        return AR_DUALS[text]
    total, current = 0, 0
    for raw in text.split():
        word = raw[1:] if raw.startswith("و") and raw[1:] in {**AR_UNITS, **AR_TENS, **AR_HUNDREDS} else raw
        if word in AR_UNITS:
            current += AR_UNITS[word]
        elif word in AR_TENS:
            current += AR_TENS[word]
        elif word in AR_HUNDREDS:
            current += AR_HUNDREDS[word]
        elif word in ("ألف", "ألفا"):
            total, current = total + (current or 1) * 1000, 0
        elif word == "ألفي":
            total, current = total + 2000, 0
        elif word == "آلاف":
            total, current = total + current * 1000, 0
        else:
            return None
    return total + current


def french_words_value(text):
    words = text.lower().replace("-", " ").split()
    if words and words[0] in ("une", "la", "un") and len(words) == 2 and words[1] in FR_APPROX:
        return FR_APPROX[words[1]]
    if len(words) == 1 and words[0] in FR_ORDINALS:
        return FR_ORDINALS[words[0]]
    if not words or any(w not in FR_WORDS and w != "et" for w in words):
        return None
    return sum(FR_WORDS[w] for w in words if w != "et")


def english_words_value(text):
    words = text.lower().replace("-", " ").split()
    if not words or any(w not in EN_WORDS for w in words):
        return None
    return sum(EN_WORDS[w] for w in words)


def words_value(text, language):
    return {"ar": arabic_words_value, "fr": french_words_value, "en": english_words_value}[language](text)


def test_the_number_word_readers_of_this_test_read_every_case_the_corpus_uses():
    arabic = {"ثلاثا وثمانين": 83, "مائتي": 200, "أربعين": 40, "أربعة آلاف": 4000, "ألف وخمسمائة": 1500,
              "خليتين": 2, "امرأتين": 2, "ثلاثا": 3, "ست": 6}  # fmt: skip
    french = {
        "trente-six": 36,
        "une vingtaine": 20,
        "la vingtaine": 20,
        "une quinzaine": 15,
        "quatrième": 4,
        "neuf": 9,
    }
    english = {"eighty-four": 84, "three": 3, "one": 1}
    assert {t: arabic_words_value(t) for t in arabic} == arabic
    assert {t: french_words_value(t) for t in french} == french
    assert {t: english_words_value(t) for t in english} == english


# ---------------------------------------------------------------- helpers


def load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_mix_build", CORPUS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FAILURE_CLASSES = load_build_module().FAILURE_CLASSES


def decoded(entry):
    raw = (CORPUS / entry["file"]).read_bytes()
    return raw.decode(entry["encoding"], errors="replace" if entry.get("truncated") else "strict")


def all_claims(entry):
    return entry["claims"] + entry.get("optional_claims", [])


def claim_cases():
    return [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in OK_FILES for c in all_claims(f)]


def claim(cid):
    key, local = cid.split(".")
    return next(c for c in BY_KEY[key]["claims"] if c["id"] == local)


def date_of(cid):
    """The date a claim speaks for: its as_of, else its file's publication date."""
    return claim(cid)["as_of"] or BY_KEY[cid.split(".")[0]]["metadata"]["date"]


# ---------------------------------------------------------------- the files


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip
    assert GOLD["files_dir"] == "."


def test_the_corpus_has_forty_five_files_keyed_m01_to_m45_in_three_languages():
    assert [f["key"] for f in FILES] == [f"m{i:02d}" for i in range(1, 46)]
    for f in FILES:
        assert re.fullmatch(rf"{f['key']}_[a-z0-9_]+\.(txt|html)", f["file"]), f["file"]
        if f["expected_status"] == "ok":
            assert f["language"] == language_of_key(f["key"]), f["key"]
    per_language = Counter(language_of_key(f["key"]) for f in FILES)
    assert per_language == {"ar": 18, "fr": 13, "en": 14}


def test_every_layout_occurs_in_every_language_and_two_files_are_rejected():
    for language in ("ar", "fr", "en"):
        layouts = {f["format"] for f in OK_FILES if f["language"] == language}
        assert layouts >= LAYOUTS, language
    assert len(GOLD["rejections"]) == 2


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_listed_file_exists_with_its_exact_byte_size(entry):
    path = CORPUS / entry["file"]
    assert path.is_file()
    assert path.stat().st_size == entry["bytes"]


def test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs():
    present = {p.name for p in CORPUS.iterdir() if p.is_file()}
    assert present == {f["file"] for f in FILES} | {"build.py", "expected.json", "README.md"}


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
    assert entry["encoding"] == "utf-8" and entry["expected_warnings"]


def test_the_encodings_are_the_ones_promised():
    encodings = Counter((f["language"], f["encoding"]) for f in OK_FILES)
    assert encodings[("ar", "windows-1256")] >= 2
    for language in ("ar", "fr", "en"):
        assert encodings[(language, "utf-16")] >= 1, language
        assert encodings[(language, "utf-8-sig")] >= 1, language
        assert any(f["line_endings"] == "CRLF" for f in OK_FILES if f["language"] == language), language
    raw_starts = {(CORPUS / f["file"]).read_bytes()[:2] for f in OK_FILES if f["encoding"] == "utf-16"}
    assert raw_starts == {b"\xff\xfe", b"\xfe\xff"}, "UTF-16 in both byte orders"


def test_rejected_files_are_listed_have_no_claims_and_are_really_unreadable():
    rejected = [f for f in FILES if f["expected_status"] == "rejected"]
    assert {f["key"] for f in rejected} == {r["key"] for r in GOLD["rejections"]}
    errors = set()
    for f in rejected:
        assert f["claims"] == [] and f["expected_error"]
        raw = (CORPUS / f["file"]).read_bytes()
        errors.add(f["expected_error"])
        if f["expected_error"] == "empty file":
            assert raw and not raw.decode("utf-8").strip(), "blank content, not zero bytes"
        else:
            assert b"\x00" in raw
    assert errors == {"empty file", "not a text file (binary data)"}


# ---------------------------------------------------------------- the claims


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
    printed = claim["value_text"].translate(ARABIC_INDIC)
    digits_only = re.sub(r"[\s,.\u066c\u202f\u00a0]", "", printed)
    if digits_only.isdigit():
        assert int(digits_only) == claim["value"]
    else:
        assert words_value(claim["value_text"], entry["language"]) == claim["value"], claim["value_text"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_and_the_person_quoted_occur_in_the_article(entry, claim):
    text = decoded(entry)
    for field in ("raw", "person"):
        if claim["attribution"][field]:
            assert claim["attribution"][field] in text, field


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
    assert claim["scope"] == "national"


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_period_dates_are_iso_and_resolved_from_the_byline(entry, claim):
    period, date, as_of = claim["period"], entry["metadata"]["date"], claim["as_of"]
    for value in (period["start"], period["end"], as_of):
        assert value is None or ISO_DATE.match(value)
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(date[:4]) - period["n"]
    if period["type"] in ("since", "last_n_years", "cumulative_unspecified") and period["end"]:
        assert period["end"] == (as_of or date)
    if period["type"] == "year_to_date":
        assert period["start"] == period["end"][:4] and period["end"] <= (date or period["end"])
    if period["type"] in ("year", "month", "range", "event") and period["start"]:
        assert period["start"] <= period["end"]
        assert date is None or period["start"] <= date
    if as_of:
        assert date is None or as_of <= date


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


def test_the_corpus_covers_every_vocabulary_value():
    claims = [c for f in OK_FILES for c in f["claims"]]
    assert {c["qualifier"] for c in claims} == QUALIFIERS
    assert {c["period"]["type"] for c in claims} == PERIOD_TYPES
    assert {c["attribution"]["org"] for c in claims} == ORGS
    assert {c["unit"] for c in claims} == UNITS


def test_saved_html_pages_carry_their_date_in_each_of_the_four_places():
    flags = Counter(flag for f in OK_FILES if f["format"] == "html" for flag in f["flags"])
    for place in ("date_only_time", "date_only_jsonld", "date_only_published_time", "date_in_byline"):
        assert flags[place] >= 3, place


def test_mashriq_months_come_with_their_alias_in_brackets_or_after_a_slash():
    periods = [c["period"]["text"] or "" for f in OK_FILES for c in f["claims"]]
    mashriq = [p for p in periods if any(m in p for m in MASHRIQ_MONTHS)]
    assert sum("(" in p for p in mashriq) >= 2, "aliases in brackets"
    assert any("(" not in p for p in mashriq), "and once without, after the alias was given"
    assert "كانون الأول/ديسمبر" in decoded(BY_KEY["m09"])


# ---------------------------------------------------------------- failure classes


@pytest.mark.parametrize("name", sorted(FAILURE_CLASSES))
def test_every_failure_class_of_issue_15_is_covered_in_several_files_and_in_each_language(name):
    files = [f for f in OK_FILES if set(f["flags"]) & FAILURE_CLASSES[name]]
    assert len(files) >= 3, name
    languages = {f["language"] for f in files}
    assert languages == ({"en"} if name.startswith("12") else {"ar", "fr", "en"}), name


def test_failure_classes_name_only_flags_that_files_carry():
    carried = {flag for f in FILES for flag in f["flags"]}
    for name, flags in FAILURE_CLASSES.items():
        assert flags <= carried, (name, flags - carried)


# ---------------------------------------------------------------- cross-file design


def test_groups_name_existing_claims_of_this_corpus_and_share_a_metric():
    known = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"]}
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        assert set(group["claims"]) <= known, group
        assert len({claim(cid)["metric"] for cid in group["claims"]}) == 1, group


def test_every_finding_kind_occurs_and_there_are_enough_groups():
    assert {i["kind"] for i in GOLD["inconsistencies"]} >= FINDING_KINDS
    assert len(GOLD["inconsistencies"]) >= 8
    assert all(i["explanation"] for i in GOLD["inconsistencies"])
    assert len(GOLD["must_not_flag"]) >= 10
    assert all(g["reason"] for g in GOLD["must_not_flag"])


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for keep in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(keep["claims"]) & set(inc["claims"])) < 2, (keep, inc["id"])


def test_syndicated_copies_of_one_wire_story_are_never_to_be_flagged_against_each_other():
    copies = [
        g for g in GOLD["must_not_flag"]
        if len({cid.split(".")[0] for cid in g["claims"]}) >= 3
        and all("syndicated_copy" in BY_KEY[cid.split(".")[0]]["flags"] for cid in g["claims"])
    ]  # fmt: skip
    assert len(copies) >= 3
    for group in copies:
        assert len({claim(cid)["value"] for cid in group["claims"]}) == 1, group


def inconsistencies(kind):
    return [i for i in GOLD["inconsistencies"] if i["kind"] == kind]


def test_each_same_period_disagreement_is_one_series_and_period_with_two_values():
    for inc in inconsistencies("same_period_disagreement"):
        claims = [claim(cid) for cid in inc["claims"]]
        series = {
            (c["metric"], c["subset"], c["unit"], c["period"]["start"], c["period"]["end"]) for c in claims
        }
        assert len(series) == 1 and len({c["value"] for c in claims}) >= 2, inc["id"]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) >= 2, "two sources"


def test_each_cumulative_decrease_is_a_running_total_that_falls_at_its_latest_date():
    for inc in inconsistencies("cumulative_decrease"):
        ordered = sorted(inc["claims"], key=date_of)
        assert len({claim(cid)["period"]["start"][:4] for cid in ordered}) == 1, inc["id"]
        last = claim(ordered[-1])["value"]
        assert all(claim(cid)["value"] > last for cid in ordered[:-1]), inc["id"]


def test_each_internal_arithmetic_is_a_total_whose_own_breakdown_does_not_add_up():
    for inc in inconsistencies("internal_arithmetic"):
        total, *parts = [claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1, "one article"
        assert total["value"] != sum(p["value"] for p in parts), inc["id"]


def test_each_implausible_value_is_ten_times_the_median_of_its_series():
    for inc in inconsistencies("implausible_value"):
        (odd,) = [claim(cid) for cid in inc["claims"]]
        others = [c["value"] for f in OK_FILES for c in f["claims"]
                  if (c["metric"], c["subset"], c["period"]["type"], c["period"]["start"])
                  == (odd["metric"], odd["subset"], odd["period"]["type"], odd["period"]["start"]) and c is not odd]  # fmt: skip
        assert odd["value"] >= 10 * statistics.median(others)


def test_each_stale_figure_repeats_an_earlier_total_after_a_higher_one():
    for inc in inconsistencies("stale_figure"):
        first, newer, repeat = sorted(inc["claims"], key=date_of)
        assert claim(first)["value"] == claim(repeat)["value"] < claim(newer)["value"], inc["id"]


def test_each_partial_exceeds_whole_is_one_outlets_year_so_far_above_its_year():
    for inc in inconsistencies("partial_exceeds_whole"):
        part, whole = [claim(cid) for cid in inc["claims"]]
        outlets = {BY_KEY[cid.split(".")[0]]["metadata"]["outlet"] for cid in inc["claims"]}
        assert len(outlets) == 1, inc["id"]
        assert part["period"]["type"] == "year_to_date" and whole["period"]["type"] == "year"
        assert part["period"]["start"] == whole["period"]["start"] and part["value"] > whole["value"]


# ---------------------------------------------------------------- regeneration and README


def test_the_readme_describes_every_file_and_the_measuring_command():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for f in FILES:
        assert f"| {f['key']} | {f['file']} |" in readme
    assert "score.py tests/corpus_mix/expected.json" in readme


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    build = load_build_module()
    gold = build.build(tmp_path)
    assert build.verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
