"""The "wire" development corpus gold (tests/corpus_wire/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_wire_gold.py -q -p no:django
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
CORPUS = TESTS / "corpus_wire"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
BY_KEY = {f["key"]: f for f in FILES}

# New slugs this corpus uses for required claims (CONTRACT.md allows them); optional claims may use any slug.
NEW_SUBSETS = {
    "women_and_minors"
}  # w26: returnees broken down into women and children (a contract slug of corpus_fren)
LAYOUTS = {"aggregator", "wordpress", "clean", "html"}
# The few numbers this corpus prints in words.
WORDS = {
    "fr": {"deux": 2, "quatre": 4, "huit": 8, "six": 6, "vingtaine": 20},
    "en": {"nine": 9, "two": 2},
    "ar": {"أربع": 4, "خمس": 5},
}
# Relative periods: the phrase, and the year it names counted from the publication year.
RELATIVE_YEARS = {"السنة الماضية": -1, "l'année dernière": -1, "last year": -1}
RELATIVE_TO_DATE = ("السنة الجارية", "début de l'année", "this year", "start of the year")
WEEKDAYS = {
    "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_wire_build", CORPUS / "build.py")
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


def test_the_corpus_has_thirty_files_twelve_arabic_ten_french_eight_english():
    assert [f["key"] for f in FILES] == [f"w{i:02d}" for i in range(1, 31)]
    languages = [f["language"] for f in FILES]
    assert languages == ["ar"] * 12 + ["fr"] * 10 + ["en"] * 8


def test_every_layout_occurs_in_every_language():
    for language in ("ar", "fr", "en"):
        assert {f["format"] for f in FILES if f["language"] == language} == LAYOUTS, language


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_file_exists_with_its_byte_size_and_a_publication_date(entry):
    raw = (CORPUS / entry["file"]).read_bytes()
    assert len(raw) == entry["bytes"]
    assert ISO_DATE.match(entry["metadata"]["date"])


def test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs():
    expected = {f["file"] for f in FILES} | {"build.py", "expected.json", "README.md"}
    assert {p.name for p in CORPUS.iterdir() if p.name != "__pycache__"} == expected


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_the_publication_date_is_printed_in_the_layouts_own_place(entry):
    text, pub = text_of(entry), entry["metadata"]["date"]
    y, m, d = pub.split("-")
    if entry["format"] == "aggregator":
        assert (
            f"{d} - {m} - {y}"
            in text.splitlines()[6 + text.splitlines()[6:].index(entry["metadata"]["title"]) + 1]
        )
    elif entry["format"] == "html":
        assert f'<time datetime="{pub}' in text or f'"datePublished":"{pub}' in text
    else:  # clean and wordpress: a date line with the day and year in words or digits
        assert y in text.splitlines()[1 if entry["format"] == "clean" else 6]


def test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both():
    kinds = set()
    for f in FILES:
        if f["format"] == "html":
            text = text_of(f)
            kinds.add(("<time datetime" in text, "datePublished" in text))
    assert kinds == {(True, False), (False, True), (True, True)}


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
    digits = re.sub(r"[\s,.\u00a0\u202f%]", "", printed)  # a share prints its "%"
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
    assert claim["subset"] is None or SLUG.match(claim["subset"])
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)


def test_new_subsets_are_only_the_declared_ones():
    known = {
        None,
        "isis_linked",
        "syria_iraq_linked",
        "women",
        "minors",
        "foreigners",
        "syria",
        "iraq",
        "libya",
    }
    used = {c["subset"] for f in FILES for c in f["claims"]}
    assert used - known == NEW_SUBSETS


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_periods_are_iso_and_resolved_from_the_publication_date(entry, claim):
    period, pub = claim["period"], entry["metadata"]["date"]
    for value in (period["start"], period["end"]):
        assert value is None or ISO_DATE.match(value)
    if period["type"] in ("since", "cumulative_unspecified", "last_n_years"):
        assert period["end"] == pub
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(pub[:4]) - period["n"]
    if period["type"] == "year_to_date":
        assert (period["start"], period["end"]) == (pub[:4], pub)
        # a period inherited from the previous sentence has no text of its own
        assert period["text"] is None or any(p in period["text"] for p in RELATIVE_TO_DATE)
    if period["type"] in ("year", "event"):
        assert period["start"] == period["end"] and period["start"] <= pub
    text = period["text"] or ""
    for phrase, offset in RELATIVE_YEARS.items():
        if phrase in text:
            assert period == {**period, "type": "year", "start": str(int(pub[:4]) + offset)}


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_an_event_on_a_named_weekday_is_the_last_such_day_on_or_before_the_byline(entry, claim):
    period = claim["period"]
    if period["type"] != "event":
        return
    words = period["text"].lower().replace("أمس ", "").replace("on ", "").split()
    weekday = WEEKDAYS[words[-1]]
    pub = date.fromisoformat(entry["metadata"]["date"])
    day = pub - timedelta(days=(pub.weekday() - weekday) % 7)
    assert period["start"] == day.isoformat()


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
def test_no_trap_text_lies_inside_a_claim_value(entry):
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            assert trap["text"] != c["value_text"]


def test_the_attributions_cover_every_kind_of_voice_the_corpus_is_for():
    orgs = {c["attribution"]["org"] for f in FILES for c in f["claims"]}
    assert orgs >= {"DGST", "BCIJ", "DGSN", "MOI", "PARLIAMENT", "GOV", "MFA", "official_unspecified", "analyst",
                    "unspecified"}  # fmt: skip
    assert any(c["attribution"]["raw"] is None and c["attribution"]["org"] == "unspecified"
               for f in FILES for c in f["claims"])  # fmt: skip


def test_an_article_gives_two_speakers_with_different_figures_for_one_metric():
    def two_voices(f):
        by_metric = {}
        for c in f["claims"]:
            by_metric.setdefault(c["metric"], set()).add((c["attribution"]["org"], c["value"]))
        return any(len({o for o, _ in v}) > 1 and len({x for _, x in v}) > 1 for v in by_metric.values())

    assert any(two_voices(f) for f in FILES)


def test_groups_name_existing_claims_that_share_a_metric():
    for group in GOLD["inconsistencies"] + GOLD["must_not_flag"]:
        metrics = {claim(cid)["metric"] for cid in group["claims"]}
        assert len(metrics) == 1, group
        assert len(group["claims"]) >= 2
    assert {i["kind"] for i in GOLD["inconsistencies"]} <= FINDING_KINDS
    assert 3 <= len(GOLD["inconsistencies"]) <= 4


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for group in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(group["claims"]) & set(inc["claims"])) < 2


def test_the_same_period_disagreement_has_two_values_for_one_year():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "same_period_disagreement"):
        claims = [claim(cid) for cid in inc["claims"]]
        assert len({(c["period"]["type"], c["period"]["start"]) for c in claims}) == 1
        assert len({c["value"] for c in claims}) > 1


def test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "stale_figure"):
        rows = sorted((claim(cid)["period"]["end"], claim(cid)["value"]) for cid in inc["claims"])
        *earlier, last = rows
        assert last[1] in [v for _, v in earlier] and max(v for _, v in earlier) > last[1]


def test_the_cumulative_decrease_falls_at_its_latest_date():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "cumulative_decrease"):
        rows = sorted((claim(cid)["period"]["end"], claim(cid)["value"]) for cid in inc["claims"])
        assert rows[-1][1] < max(v for _, v in rows[:-1])
        assert len({claim(cid)["period"]["start"] for cid in inc["claims"]}) == 1


def test_the_internal_arithmetic_breakdown_does_not_add_up_to_its_total():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "internal_arithmetic"):
        claims = [claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1
        total = [c["value"] for c in claims if c["subset"] is None]
        parts = [c["value"] for c in claims if c["subset"] is not None]
        assert len(total) == 1 and sum(parts) != total[0]


def test_the_partial_figure_exceeds_the_same_sources_whole_year():
    for inc in (i for i in GOLD["inconsistencies"] if i["kind"] == "partial_exceeds_whole"):
        claims = [claim(cid) for cid in inc["claims"]]
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


def test_the_readme_describes_every_file_and_the_measuring_command():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for f in FILES:
        assert f"| {f['key']} | `{f['file']}` |" in readme
    assert "score.py tests/corpus_wire/expected.json" in readme
    assert "## Conventions" in readme


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    build = load_build_module()
    gold = build.build(tmp_path)
    assert verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
