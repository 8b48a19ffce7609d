"""The blind split's gold (tests/blind/expected.json) is coherent with its own files.

These tests never run the engine: they check that every string the gold quotes is really in its
article as a reader decodes it, that the cross-file design names existing claims, that the
vocabulary is the contract's, and that tests/blind/build.py regenerates the committed bytes. No
database is used.
"""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind"
GOLD = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
OK_FILES = [entry for entry in GOLD["files"] if entry["expected_status"] == "ok"]

# The vocabulary of ../shared/CONTRACT.md ("New slugs are allowed" for metrics and subsets).
METRICS = {
    "cells_dismantled",
    "persons_arrested",
    "plots_foiled",
    "terrorist_attacks",
    "fighters_joined",
    "fighters_killed",
    "fighters_detained_abroad",
    "returnees",
    "returnees_arrested",
    "joint_operations",
}
SUBSETS = {
    "isis_linked",
    "syria_iraq_linked",
    "women",
    "minors",
    "foreigners",
    "with_criminal_record",
    "former_detainees",
    "online_activity",
    "syria",
    "iraq",
    "libya",
}
QUALIFIERS = {"exact", "more_than", "about", "at_least", "less_than", "at_most"}
PERIOD_TYPES = {
    "since",
    "year",
    "range",
    "year_to_date",
    "month",
    "last_n_years",
    "event",
    "cumulative_unspecified",
    "unspecified",
}
ORGS = {
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
}
KINDS = {
    "same_period_disagreement",
    "cumulative_decrease",
    "internal_arithmetic",
    "implausible_value",
    "stale_figure",
    "partial_exceeds_whole",
}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def decoded(entry):
    """The file's text as a reader decodes it with the declared encoding (a cut last character
    becomes U+FFFD, as the scorer reads it)."""
    data = (BLIND / entry["file"]).read_bytes()
    try:
        return data.decode(entry["encoding"])
    except UnicodeDecodeError:
        assert "truncated_last_char" in entry["flags"], (
            f"{entry['key']} does not decode as {entry['encoding']}"
        )
        return data.decode(entry["encoding"], "replace")


def all_claims():
    for entry in OK_FILES:
        for claim in entry["claims"] + entry["optional_claims"]:
            yield entry, claim


def test_build_regenerates_the_committed_files_byte_for_byte(tmp_path):
    subprocess.run(
        [sys.executable, str(BLIND / "build.py"), "--out", str(tmp_path)], check=True, capture_output=True
    )
    written = sorted(path.name for path in tmp_path.iterdir())
    expected = sorted([entry["file"] for entry in GOLD["files"]] + ["expected.json"])
    assert written == expected
    for name in written:
        assert (tmp_path / name).read_bytes() == (BLIND / name).read_bytes(), (
            f"{name} differs from the committed file"
        )


def test_the_folder_holds_exactly_the_gold_files():
    present = {path.name for path in BLIND.iterdir() if not path.name.startswith((".", "__"))}
    assert present == {entry["file"] for entry in GOLD["files"]} | {"expected.json", "build.py", "README.md"}


@pytest.mark.parametrize("entry", OK_FILES, ids=[entry["key"] for entry in OK_FILES])
def test_every_quoted_string_occurs_in_the_decoded_file(entry):
    text = decoded(entry)
    assert len((BLIND / entry["file"]).read_bytes()) == entry["bytes"]
    assert entry["metadata"]["title"] in text
    assert entry["metadata"]["outlet"] is None or entry["metadata"]["outlet"] in text
    for claim in entry["claims"] + entry["optional_claims"]:
        sentence = claim["sentence"]
        assert sentence in text, f"{entry['key']}.{claim['id']}: sentence"
        assert claim["value_text"] in sentence, f"{entry['key']}.{claim['id']}: value_text"
        if claim["qualifier_text"]:
            assert claim["qualifier_text"] in sentence, f"{entry['key']}.{claim['id']}: qualifier_text"
        if claim["period"]["text"]:
            assert claim["period"]["text"] in text, f"{entry['key']}.{claim['id']}: period text"
        if claim["attribution"]["raw"]:
            assert claim["attribution"]["raw"] in text, f"{entry['key']}.{claim['id']}: attribution"
    for trap in entry["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, f"{entry['key']}: trap {trap['text']!r}"
    for mention in entry["countries_not_partners"]:
        assert mention["text"] in text, f"{entry['key']}: country mention {mention['text']!r}"


def test_a_sidebar_never_holds_the_article_title():
    for entry in OK_FILES:
        if entry["format"] == "aggregator":
            assert entry["metadata"]["title"] not in decoded(entry).split("\n", 1)[0], entry["key"]


def test_keys_file_names_and_claim_ids_are_unique():
    keys = [entry["key"] for entry in GOLD["files"]]
    assert len(keys) == len(set(keys))
    assert len({entry["file"] for entry in GOLD["files"]}) == len(keys)
    for entry in GOLD["files"]:
        ids = [claim["id"] for claim in entry["claims"] + entry["optional_claims"]]
        assert len(ids) == len(set(ids)), entry["key"]
    assert len({inconsistency["id"] for inconsistency in GOLD["inconsistencies"]}) == len(
        GOLD["inconsistencies"]
    )


def test_inconsistencies_and_compatible_pairs_name_existing_claims():
    known = {f"{entry['key']}.{claim['id']}" for entry in GOLD["files"] for claim in entry["claims"]}
    for inconsistency in GOLD["inconsistencies"]:
        assert inconsistency["kind"] in KINDS
        assert inconsistency["explanation"]
        assert set(inconsistency["claims"]) <= known, inconsistency["id"]
    for pair in GOLD["must_not_flag"]:
        assert len(pair["claims"]) == 2 and set(pair["claims"]) <= known, pair


def test_no_compatible_pair_lies_inside_one_planted_inconsistency():
    # Otherwise a finding on that pair would count as supported and the pair could never be
    # reported as falsely flagged.
    for pair in GOLD["must_not_flag"]:
        for inconsistency in GOLD["inconsistencies"]:
            assert not set(pair["claims"]) <= set(inconsistency["claims"]), (
                pair["claims"],
                inconsistency["id"],
            )


def test_vocabulary_is_the_contracts_or_a_new_snake_case_slug():
    for entry, claim in all_claims():
        where = f"{entry['key']}.{claim['id']}"
        assert claim["metric"] in METRICS or SNAKE.match(claim["metric"]), where
        assert claim["subset"] is None or claim["subset"] in SUBSETS or SNAKE.match(claim["subset"]), where
        assert claim["qualifier"] in QUALIFIERS, where
        assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None), where
        assert claim["unit"] in {"count", "percent"}, where
        assert claim["period"]["type"] in PERIOD_TYPES, where
        assert claim["attribution"]["org"] in ORGS, where
    for entry in OK_FILES:
        for code in entry["countries_cited"] + [
            m["country"] for m in entry["countries_not_partners"] if m["country"]
        ]:
            assert re.fullmatch(r"[A-Z]{2}", code), entry["key"]


def test_periods_follow_the_contract_conventions():
    for entry, claim in all_claims():
        where = f"{entry['key']}.{claim['id']}"
        period, date, as_of = claim["period"], entry["metadata"]["date"], claim["as_of"]
        if period["type"] == "since":
            assert period["start"] and period["end"] == (as_of or date), where
        elif period["type"] == "last_n_years":
            assert period["start"] == str(int(date[:4]) - period["n"]) and period["end"] == date, where
        elif period["type"] == "year_to_date":
            assert period["start"] == date[:4] and period["end"] == date, where
        elif period["type"] == "cumulative_unspecified":
            assert period["start"] is None and period["end"] == (as_of or date), where
        elif period["type"] in ("year", "month"):
            assert period["start"] == period["end"], where


def test_rejected_files_are_empty_or_binary_and_listed():
    rejected = {entry["key"]: entry for entry in GOLD["files"] if entry["expected_status"] == "rejected"}
    assert {item["key"] for item in GOLD["rejections"]} == set(rejected)
    for entry in rejected.values():
        data = (BLIND / entry["file"]).read_bytes()
        if entry["expected_error"] == "empty file":
            assert data == b""
        else:
            assert entry["expected_error"] == "not a text file (binary data)"
            assert b"\x00" in data or data[:4] in (b"\x89PNG", b"\x1f\x8b\x08\x00")


def test_the_split_covers_every_language_layout_encoding_and_finding_kind():
    languages = Counter(entry["language"] for entry in OK_FILES)
    assert len(OK_FILES) >= 48
    assert languages["ar"] >= 20 and languages["fr"] >= 10 and languages["en"] >= 10
    layouts = Counter((entry["language"], entry["format"]) for entry in OK_FILES)
    for language in ("ar", "fr", "en"):
        for layout in ("aggregator", "wordpress", "clean", "html"):
            assert layouts[(language, layout)] >= 2, (language, layout)
    encodings = Counter(entry["encoding"] for entry in OK_FILES)
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "windows-1256"):
        assert encodings[encoding] >= 3, encoding
    assert sum(entry["line_endings"] == "CRLF" for entry in OK_FILES) >= 3
    assert any("truncated_last_char" in entry["flags"] for entry in OK_FILES)
    assert {inconsistency["kind"] for inconsistency in GOLD["inconsistencies"]} == KINDS
    assert len(GOLD["inconsistencies"]) >= 10 and len(GOLD["must_not_flag"]) >= 10


def scorer():
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "tools" / "score.py"
        if path.exists():
            return path
    return None


@pytest.mark.skipif(scorer() is None, reason="../shared/tools/score.py is not beside this checkout")
def test_the_scorer_gives_a_prediction_equal_to_the_gold_full_marks(tmp_path):
    by_key = {entry["key"]: entry for entry in GOLD["files"]}
    files = []
    for entry in GOLD["files"]:
        if entry["expected_status"] == "rejected":
            files.append(
                {"file": entry["file"], "status": "rejected", "error": entry["expected_error"], "claims": []}
            )
            continue
        meta = entry["metadata"]
        files.append(
            {
                "file": entry["file"],
                "status": "ok",
                "article": {"title": meta["title"], "outlet": meta["outlet"], "published": meta["date"]},
                "claims": entry["claims"],
                "countries": [{"code": code, "role": "partner"} for code in entry["countries_cited"]],
            }
        )

    def finding(refs):
        claims = []
        for ref in refs:
            key, cid = ref.split(".")
            claim = next(c for c in by_key[key]["claims"] if c["id"] == cid)
            claims.append({"file": by_key[key]["file"], "metric": claim["metric"], "value": claim["value"]})
        return {"kind": "planted", "claims": claims}

    extract, report = tmp_path / "extract.json", tmp_path / "report.json"
    extract.write_text(json.dumps({"files": files}, ensure_ascii=False), encoding="utf-8")
    report.write_text(
        json.dumps({"findings": [finding(i["claims"]) for i in GOLD["inconsistencies"]]}), encoding="utf-8"
    )
    run = subprocess.run(
        [
            sys.executable,
            str(scorer()),
            str(BLIND / "expected.json"),
            str(extract),
            "--report",
            str(report),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(run.stdout)
    assert result["claims"]["precision"] == 1.0 and result["claims"]["recall"] == 1.0
    assert set(result["attributes"].values()) == {1.0} and set(result["metadata"].values()) == {1.0}
    assert result["status"]["right"] == result["status"]["total"]
    assert result["consistency"]["missed"] == [] and result["consistency"]["false_flags"] == []

    # Flagging only the compatible pairs must be reported as false flags, every one of them.
    report.write_text(
        json.dumps({"findings": [finding(p["claims"]) for p in GOLD["must_not_flag"]]}), encoding="utf-8"
    )
    run = subprocess.run(
        [
            sys.executable,
            str(scorer()),
            str(BLIND / "expected.json"),
            str(extract),
            "--report",
            str(report),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert len(json.loads(run.stdout)["consistency"]["false_flags"]) == len(GOLD["must_not_flag"])
