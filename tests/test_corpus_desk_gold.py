"""The "desk" development corpus gold (tests/corpus_desk/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_desk_gold.py -q -p no:django
"""

import importlib.util
import json
import re
from datetime import date, timedelta
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
from tests.corpus_kit import verify

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus_desk"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
BY_KEY = {f["key"]: f for f in FILES}

LAYOUTS = {"aggregator", "wordpress", "clean", "html", "site"}
KNOWN_SUBSETS = {None, "isis_linked", "syria_iraq_linked", "women", "minors", "foreigners", "syria", "iraq",
                 "libya", "sahel_linked"}  # fmt: skip
# The few numbers this corpus prints in words.
WORDS = {"fr": {"sept": 7, "trentaine": 30}, "en": {"nine": 9, "five": 5}, "ar": {}}
RELATIVE_YEARS = {"السنة الماضية": -1, "l'année dernière": -1, "last year": -1, "l'an dernier": -1}
RELATIVE_TO_DATE = ("السنة الجارية", "début de l'année", "this year", "start of the year", "depuis janvier")
RELATIVE_DATES = ("منذ يومين", "il y a 2 jours", "2 days ago")
WEEKDAYS = {
    "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_desk_build", CORPUS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_of(entry):
    return (CORPUS / entry["file"]).read_bytes().decode("utf-8")


def all_claims(entry):
    return entry["claims"] + entry["optional_claims"]


def claim_cases():
    return [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in FILES for c in all_claims(f)]


def claim(cid):
    key, local = cid.split(".")
    return next(c for c in BY_KEY[key]["claims"] if c["id"] == local)


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip


def test_files_are_numbered_in_order_arabic_then_french_then_english():
    assert [f["key"] for f in FILES] == [f"d{i:02d}" for i in range(1, len(FILES) + 1)]
    languages = [f["language"] for f in FILES]
    assert languages == sorted(languages, key=["ar", "fr", "en"].index)
    assert languages.count("ar") >= languages.count("fr") >= languages.count("en") > 0 or len(FILES) < 30


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_file_exists_with_its_byte_size_and_a_known_layout(entry):
    raw = (CORPUS / entry["file"]).read_bytes()
    assert len(raw) == entry["bytes"]
    assert entry["format"] in LAYOUTS


def test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs():
    expected = {f["file"] for f in FILES} | {"build.py", "expected.json", "README.md"}
    assert {p.name for p in CORPUS.iterdir() if p.name != "__pycache__"} == expected


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_the_publication_date_is_printed_in_the_layouts_own_place_or_is_null_when_only_relative(entry):
    text, pub = text_of(entry), entry["metadata"]["date"]
    if pub is None:
        assert any(r in text for r in RELATIVE_DATES)
        return
    assert ISO_DATE.match(pub)
    y, m, d = pub.split("-")
    lines = text.splitlines()
    if entry["format"] == "aggregator":
        assert f"{d} - {m} - {y}" in lines[lines.index(entry["metadata"]["title"], 6) + 1]
    elif entry["format"] == "html":
        assert f'<time datetime="{pub}' in text or f'"datePublished":"{pub}' in text
    elif entry["format"] == "site":
        assert y in lines[4]
    else:  # clean and wordpress: a date line with the day and year in words or digits
        assert y in lines[1 if entry["format"] == "clean" else 6]


def test_a_page_dated_only_relatively_has_no_date_and_no_resolved_period():
    undated = [f for f in FILES if f["metadata"]["date"] is None]
    assert undated
    for f in undated:
        for c in all_claims(f):
            assert c["period"]["end"] is None
            assert c["period"]["type"] not in ("year_to_date", "last_n_years")


def test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both():
    kinds = set()
    for f in FILES:
        if f["format"] == "html":
            text = text_of(f)
            kinds.add(("<time datetime" in text, "datePublished" in text))
    assert kinds == {(True, False), (False, True), (True, True)}


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_the_outlet_is_printed_in_the_page(entry):
    assert entry["metadata"]["outlet"] in text_of(entry)


def test_claim_ids_are_unique_within_each_file():
    for f in FILES:
        ids = [c["id"] for c in all_claims(f)]
        assert len(ids) == len(set(ids)), f["key"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_every_claim_sentence_occurs_exactly_once_in_its_file(entry, claim):
    assert text_of(entry).count(claim["sentence"]) == 1


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_value_qualifier_and_period_text_occur_in_the_sentence(entry, claim):
    for field in (claim["value_text"], claim["qualifier_text"], claim["period"]["text"]):
        if field:
            assert field in claim["sentence"], field


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_printed_value_equals_the_gold_value(entry, claim):
    printed = claim["value_text"]
    digits = re.sub(r"[\s,.\u00a0\u202f]", "", printed)
    if digits.isdigit():
        assert int(digits) == claim["value"]
    else:
        assert WORDS[entry["language"]][printed.lower()] == claim["value"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_and_the_person_occur_in_the_article(entry, claim):
    text = text_of(entry)
    for field in ("raw", "person"):
        if claim["attribution"][field]:
            assert claim["attribution"][field] in text, field


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_claims_use_the_contract_vocabulary(entry, claim):
    optional = claim in entry["optional_claims"]
    assert claim["metric"] in METRICS or (optional and SLUG.match(claim["metric"]))
    assert claim["subset"] in KNOWN_SUBSETS or optional
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)
    assert claim["as_of"] is None or ISO_DATE.match(claim["as_of"])


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_periods_are_iso_and_resolved_from_the_publication_date(entry, claim):
    period, pub = claim["period"], entry["metadata"]["date"]
    for value in (period["start"], period["end"]):
        assert value is None or ISO_DATE.match(value)
    if pub is None:
        return
    if period["type"] in ("since", "cumulative_unspecified", "last_n_years"):
        assert period["end"] == (claim["as_of"] or pub)
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(pub[:4]) - period["n"]
    if period["type"] == "year_to_date":
        assert (period["start"], period["end"]) == (pub[:4], pub)
        assert period["text"] and any(p in period["text"] for p in RELATIVE_TO_DATE)
    if period["type"] in ("year", "event"):
        assert period["start"] == period["end"] and period["start"] <= pub
    text = period["text"] or ""
    for phrase, offset in RELATIVE_YEARS.items():
        if phrase in text:
            assert period == {**period, "type": "year", "start": str(int(pub[:4]) + offset)}


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_an_event_on_a_named_weekday_is_the_last_such_day_before_the_byline(entry, claim):
    period = claim["period"]
    if period["type"] != "event":
        return
    weekday = WEEKDAYS[period["text"].lower().split()[-1]]
    pub = date.fromisoformat(entry["metadata"]["date"])
    day = pub - timedelta(days=(pub.weekday() - weekday) % 7)
    assert period["start"] == day.isoformat()


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_a_figure_the_text_dates_itself_has_an_as_of_before_the_byline(entry, claim):
    if claim["as_of"]:
        assert claim["as_of"] < (entry["metadata"]["date"] or "9999")
        assert claim["as_of"][:4] in claim["sentence"]


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it(entry):
    text = text_of(entry)
    assert entry["must_not_extract"]
    for trap in entry["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, trap["text"]
    for np_ in entry["countries_not_partners"]:
        assert np_["text"] in text and re.fullmatch(r"[A-Z]{2}", np_["country"])
    assert not set(entry["countries_cited"]) & {np_["country"] for np_ in entry["countries_not_partners"]}


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_no_trap_text_is_a_claim_value(entry):
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            assert trap["text"] != c["value_text"]


def test_groups_name_existing_claims_that_share_a_metric():
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        metrics = {claim(cid)["metric"] for cid in group["claims"]}
        assert len(metrics) == 1, group
        assert len(group["claims"]) >= 2
    assert {i["kind"] for i in GOLD["inconsistencies"]} <= FINDING_KINDS
    assert 2 <= len(GOLD["inconsistencies"]) <= 4


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for group in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(group["claims"]) & set(inc["claims"])) < 2


def test_the_same_period_disagreement_has_two_values_for_one_year():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "same_period_disagreement"):
        claims = [claim(cid) for cid in inc["claims"]]
        assert len({(c["period"]["type"], c["period"]["start"]) for c in claims}) == 1
        assert len({c["value"] for c in claims}) > 1


def test_the_cumulative_decrease_falls_at_its_latest_date():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "cumulative_decrease"):
        rows = sorted((claim(cid)["period"]["end"], claim(cid)["value"]) for cid in inc["claims"])
        assert rows[-1][1] < max(v for _, v in rows[:-1])
        assert len({claim(cid)["period"]["start"] for cid in inc["claims"]}) == 1


def test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "stale_figure"):
        rows = sorted((claim(cid)["period"]["end"], claim(cid)["value"]) for cid in inc["claims"])
        *earlier, last = rows
        assert last[1] in [v for _, v in earlier] and max(v for _, v in earlier) > last[1]


def test_the_internal_arithmetic_breakdown_does_not_add_up_to_its_total():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "internal_arithmetic"):
        claims = [claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1
        total = [c["value"] for c in claims if c["subset"] is None]
        parts = [c["value"] for c in claims if c["subset"] is not None]
        assert len(total) == 1 and sum(parts) != total[0]


def test_the_readme_describes_every_file_and_the_measuring_command():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for f in FILES:
        assert f"| {f['key']} | `{f['file']}` |" in readme
    assert "score.py tests/corpus_desk/expected.json" in readme


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    build = load_build_module()
    gold = build.build(tmp_path)
    assert verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
