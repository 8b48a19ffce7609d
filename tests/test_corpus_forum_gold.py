"""The "forum" development corpus gold (tests/corpus_forum/expected.json) is self-consistent.

These tests judge the gold, not the engine: if one fails, the corpus is wrong. They need no Django:

    .venv/bin/python -m pytest tests/test_corpus_forum_gold.py -q -p no:django
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
from tests.corpus_kit import verify

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus_forum"
GOLD = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FILES = GOLD["files"]
BY_KEY = {f["key"]: f for f in FILES}
GROUPS = GOLD["inconsistencies"] + GOLD["must_not_flag"]

# New slugs this corpus uses for required claims (CONTRACT.md allows them); optional claims may use any slug.
NEW_SUBSETS = set()
LAYOUTS = {"aggregator", "wordpress", "clean", "html"}
# The few numbers this corpus prints in words.
WORDS = {
    "fr": {"quarante-six": 46},
    "en": {"nine": 9},
    "ar": {"خمس": 5, "ثلاثة": 3},
}
RELATIVE_TO_DATE = ("منذ بداية السنة",)
# Relative periods: the phrase, and the year it names counted from the publication year.
RELATIVE_YEARS = {"السنة الماضية": -1, "last year": -1}
# Where a comparison joins two claims the contract would otherwise never compare: a prefix of `reason`.
CROSS_METRIC_REASON = "different metrics"


def load_build_module():
    spec = importlib.util.spec_from_file_location("corpus_forum_build", CORPUS / "build.py")
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


def when(cid):
    """The date a claim speaks for: its as_of when the text dates it, else the publication date."""
    c = claim(cid)
    return c["as_of"] or BY_KEY[cid.split(".")[0]]["metadata"]["date"]


def series(cid):
    c = claim(cid)
    return (c["metric"], c["subset"], c["period"]["type"], c["period"]["start"])


def test_the_gold_has_the_seed_schema_top_level_keys():
    assert set(GOLD) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                         "must_not_flag", "rejections"}  # fmt: skip


def test_keys_are_contiguous_and_languages_run_arabic_then_french_then_english():
    assert [f["key"] for f in FILES] == [f"f{i:02d}" for i in range(1, len(FILES) + 1)]
    languages = [f["language"] for f in FILES]
    assert languages == sorted(languages, key=["ar", "fr", "en"].index)
    counts = [languages.count(x) for x in ("ar", "fr", "en")]
    assert counts == [12, 10, 8] or (len(FILES) < 30 and min(counts) >= 4), counts


def test_every_layout_occurs_in_every_language():
    for language in ("ar", "fr", "en"):
        assert {f["format"] for f in FILES if f["language"] == language} == LAYOUTS, language


def test_publication_dates_spread_over_2018_to_2026():
    years = {f["metadata"]["date"][:4] for f in FILES}
    assert years <= {str(y) for y in range(2018, 2027)} and len(years) >= 7


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
    lines = text.splitlines()
    if entry["format"] == "aggregator":
        assert f"{d} - {m} - {y}" in lines[lines.index(entry["metadata"]["title"]) + 1]
    elif entry["format"] == "html":
        assert f'<time datetime="{pub}' in text or f'"datePublished":"{pub}' in text
    else:  # clean and wordpress: a date line with the year
        assert y in lines[1 if entry["format"] == "clean" else 6]


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
    digits = re.sub(r"[\s,.\u00a0\u202f]", "", printed)
    if digits.isdigit():
        assert int(digits) == claim["value"]
    else:
        assert WORDS[entry["language"]][printed.lower()] == claim["value"]


@pytest.mark.parametrize(("entry", "claim"), claim_cases())
def test_the_attribution_occurs_in_the_article(entry, claim):
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
def test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date(entry, claim):
    period, pub = claim["period"], entry["metadata"]["date"]
    for value in (period["start"], period["end"]):
        assert value is None or ISO_DATE.match(value)
    if claim["as_of"]:
        assert ISO_DATE.match(claim["as_of"]) and claim["as_of"] < pub
        assert period["end"] == claim["as_of"]
    elif period["type"] in ("since", "cumulative_unspecified"):
        assert period["end"] == pub
    if period["type"] == "year_to_date":
        assert (period["start"], period["end"]) == (pub[:4], pub)
        assert period["text"] and any(p in period["text"] for p in RELATIVE_TO_DATE)
    if period["type"] in ("year", "event"):
        assert period["start"] == period["end"] and period["start"] <= pub
    for phrase, offset in RELATIVE_YEARS.items():
        if phrase in (period["text"] or "").lower():
            assert period["type"] == "year" and period["start"] == str(int(pub[:4]) + offset)


def test_relative_periods_occur_in_a_disagreement_and_last_n_years_is_resolved():
    relative = {
        f"{f['key']}.{c['id']}"
        for f in FILES
        for c in f["claims"]
        if any(p in (c["period"]["text"] or "").lower() for p in RELATIVE_YEARS)
    }
    languages = {BY_KEY[cid.split(".")[0]]["language"] for cid in relative}
    assert {"ar", "en"} <= languages
    assert any(set(i["claims"]) <= relative for i in GOLD["inconsistencies"])
    for f in FILES:
        for c in f["claims"]:
            if c["period"]["type"] == "last_n_years":
                assert c["period"]["start"] == str(int(f["metadata"]["date"][:4]) - c["period"]["n"])


def test_no_figure_is_dated_by_the_text():
    assert not [c for f in FILES for c in f["claims"] if c["as_of"]]


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it(entry):
    text = text_of(entry)
    assert entry["must_not_extract"]
    for trap in entry["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, trap["text"]
        assert trap["reason"]
    for np_ in entry["countries_not_partners"]:
        assert np_["text"] in text and re.fullmatch(r"[A-Z]{2}", np_["country"])
    for code in entry["countries_cited"]:
        assert re.fullmatch(r"[A-Z]{2}", code)
    assert not set(entry["countries_cited"]) & {np_["country"] for np_ in entry["countries_not_partners"]}


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim(entry):
    assert entry["claims"]
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            assert trap["text"] != c["value_text"]


def test_partners_are_cited_somewhere():
    assert sum(1 for f in FILES if f["countries_cited"]) >= 5


# ---------------------------------------------------------------- cross-file groups


def test_every_group_names_existing_required_claims_at_least_two_and_distinct():
    required = {f"{f['key']}.{c['id']}" for f in FILES for c in f["claims"]}
    for group in GROUPS:
        assert len(group["claims"]) >= 2, group
        assert len(set(group["claims"])) == len(group["claims"]), group
        assert set(group["claims"]) <= required, group


def test_groups_share_a_metric_unless_the_reason_says_the_metrics_differ():
    for group in GROUPS:
        metrics = {claim(cid)["metric"] for cid in group["claims"]}
        assert len(metrics) == 1 or group.get("reason", "").startswith(CROSS_METRIC_REASON), group


def test_four_or_five_inconsistencies_of_distinct_contract_kinds_with_explanations():
    incs = GOLD["inconsistencies"]
    assert 4 <= len(incs) <= 5
    assert {i["kind"] for i in incs} <= FINDING_KINDS and len({i["kind"] for i in incs}) == len(incs)
    assert len({i["id"] for i in incs}) == len(incs)
    for inc in incs:
        assert len(inc["explanation"]) > 40, inc["id"]
        for cid in inc["claims"]:  # the explanation names each side's value
            assert str(claim(cid)["value"]) in inc["explanation"].replace(",", ""), (inc["id"], cid)


def test_must_not_flag_groups_are_many_and_each_has_a_reason():
    assert len(GOLD["must_not_flag"]) >= 12
    assert all(len(g["reason"]) > 20 for g in GOLD["must_not_flag"])


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency():
    for group in GOLD["must_not_flag"]:
        for inc in GOLD["inconsistencies"]:
            assert len(set(group["claims"]) & set(inc["claims"])) < 2, (group["claims"], inc["id"])


def test_many_series_are_told_by_several_outlets():
    by_series = {}
    for f in FILES:
        for c in f["claims"]:
            key = (c["metric"], c["subset"], c["period"]["type"], c["period"]["start"])
            by_series.setdefault(key, set()).add(f["key"])
    told = [k for k, keys in by_series.items() if len(keys) >= 2]
    assert len(told) >= 8, told


@pytest.mark.parametrize("entry", FILES, ids=lambda f: f["key"])
def test_no_trap_text_lies_inside_a_claim_sentence(entry):
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            # a trap may sit in a claim's sentence ("two in Spain"), never around the claim's own value
            assert not (trap["text"] in c["sentence"] and c["value_text"] in trap["text"]), (
                trap["text"],
                c["id"],
            )


def test_partner_countries_and_mere_mentions_both_occur():
    assert sum(1 for f in FILES if f["countries_not_partners"]) >= 4


def by_kind(kind):
    return [i for i in GOLD["inconsistencies"] if i["kind"] == kind]


def test_the_same_period_disagreement_has_two_values_for_one_period_from_two_files():
    for inc in by_kind("same_period_disagreement"):
        assert len({series(cid) for cid in inc["claims"]}) == 1
        assert len({claim(cid)["value"] for cid in inc["claims"]}) > 1
        assert len({cid.split(".")[0] for cid in inc["claims"]}) > 1
        assert all(claim(cid)["qualifier"] == "exact" for cid in inc["claims"])


def test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one():
    for inc in by_kind("stale_figure"):
        assert len({series(cid) for cid in inc["claims"]}) == 1
        rows = sorted((when(cid), claim(cid)["value"]) for cid in inc["claims"])
        *earlier, last = rows
        assert inc["claims"][-1] == max(inc["claims"], key=when)
        assert last[1] in [v for _, v in earlier] and max(v for _, v in earlier) > last[1]


def test_the_cumulative_decrease_falls_at_its_latest_date():
    for inc in by_kind("cumulative_decrease"):
        assert len({series(cid) for cid in inc["claims"]}) == 1
        assert claim(inc["claims"][0])["period"]["type"] == "since"
        rows = sorted((when(cid), claim(cid)["value"]) for cid in inc["claims"])
        assert rows[-1][1] < max(v for _, v in rows[:-1])


def test_the_internal_arithmetic_breakdown_does_not_add_up_to_its_total():
    for inc in by_kind("internal_arithmetic"):
        claims = [claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1
        assert len({(c["metric"], c["period"]["type"], c["period"]["start"]) for c in claims}) == 1
        total = [c["value"] for c in claims if c["subset"] is None]
        parts = [c["value"] for c in claims if c["subset"] is not None]
        assert len(total) == 1 and len(parts) >= 2 and sum(parts) != total[0]


def test_the_implausible_value_is_an_order_of_magnitude_off_its_series():
    for inc in by_kind("implausible_value"):
        assert len({series(cid) for cid in inc["claims"]}) == 1
        values = sorted(claim(cid)["value"] for cid in inc["claims"])
        assert values[-1] >= 5 * values[-2]


def test_the_partial_exceeds_the_whole_of_the_same_year_and_source():
    for inc in by_kind("partial_exceeds_whole"):
        claims = [claim(cid) for cid in inc["claims"]]
        part = [c for c in claims if c["period"]["type"] == "year_to_date"]
        whole = [c for c in claims if c["period"]["type"] == "year"]
        assert len(part) == len(whole) == 1
        assert part[0]["period"]["start"] == whole[0]["period"]["start"]
        assert part[0]["attribution"]["org"] == whole[0]["attribution"]["org"]
        assert part[0]["value"] > whole[0]["value"]


def agree(a, b):
    """The README's bound convention: do two claims of one series admit a common true value?"""

    def interval(c):
        v, q = c["value"], c["qualifier"]
        return {
            "exact": (v, v),
            "more_than": (v + 1, float("inf")),
            "at_least": (v, float("inf")),
            "about": (v * 0.99, v * 1.01),
            "less_than": (0, v - 1),
            "at_most": (0, v),
        }[q]

    (lo1, hi1), (lo2, hi2) = interval(a), interval(b)
    return max(lo1, lo2) <= min(hi1, hi2)


def test_must_not_flag_groups_are_compatible_under_the_readme_conventions():
    for group in GOLD["must_not_flag"]:
        ids = group["claims"]
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                cx, cy = claim(x), claim(y)
                if series(x) != series(y) or cx["metric"] != cy["metric"]:
                    continue  # different series: never compared
                if cx["period"]["type"] in ("since", "cumulative_unspecified"):
                    (early, e), (late, l_) = sorted([(when(x), cx), (when(y), cy)], key=lambda t: t[0])
                    # a running total may stay or rise: the later one's upper bound reaches the earlier lower bound
                    assert agree(e, l_) or (
                        l_["qualifier"] in ("exact", "more_than", "at_least", "about")
                        and l_["value"] >= e["value"]
                    ), (group["reason"], x, y)
                else:
                    assert agree(cx, cy), (group["reason"], x, y)


def test_the_readme_describes_every_file_group_and_the_measuring_command():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for f in FILES:
        assert f"| {f['key']} | `{f['file']}` |" in readme
    for inc in GOLD["inconsistencies"]:
        assert f"`{inc['id']}` {inc['kind']}" in readme
    assert "score.py tests/corpus_forum/expected.json" in readme
    assert "## Conventions" in readme


def test_build_py_regenerates_exactly_the_committed_files(tmp_path):
    build = load_build_module()
    gold = build.build(tmp_path)
    assert verify(gold, tmp_path) == []
    for name in [f["file"] for f in FILES] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
