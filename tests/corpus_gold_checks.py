"""The structural checks every fresh corpus's gold self-test shares (voices, desk, wire, ledger, probe).

A corpus's test module declares its constants in one `Corpus` and imports the checks that apply to it:

    CORPUS = Corpus("voices", key_prefix="v", words=..., ...)
    from tests.corpus_gold_checks import (  # noqa: F401  the shared checks, run here for this corpus
        corpus, pytest_generate_tests, test_every_claim_sentence_occurs_exactly_once_in_its_file, ...
    )

`pytest_generate_tests` runs every test of that module that takes `entry` once per gold file, and every
test that takes `entry` and `claim` once per claim (required and optional), with the ids `v01` and
`v01.c1`; the `corpus` fixture is the module's CORPUS. The checks judge the gold, not the engine, and
need no Django.
"""

import importlib.util
import json
import re
from dataclasses import dataclass, field
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
# The seed corpus's subsets; a corpus declares the slugs it adds for required claims in `new_subsets`.
SEED_SUBSETS = {None, "isis_linked", "syria_iraq_linked", "women", "minors", "foreigners", "syria", "iraq",
                "libya"}  # fmt: skip
WEEKDAYS = {
    "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def twelve_ten_eight(counts, n_files):
    """The finished corpora's language split: twelve Arabic, ten French, eight English files."""
    return counts == [12, 10, 8]


@dataclass
class Corpus:
    name: str  # tests/corpus_<name>
    key_prefix: str  # the files' keys: <prefix>01, <prefix>02, ...
    words: dict  # language -> the numbers this corpus prints in words -> their value
    relative_years: dict  # a relative period's phrase (lower case) -> its year counted from the byline's
    relative_to_date: tuple  # the phrases a year_to_date period's text names
    new_subsets: set = field(default_factory=set)  # slugs required claims add to SEED_SUBSETS
    layouts: set = field(default_factory=lambda: {"aggregator", "wordpress", "clean", "html"})
    language_counts_ok: object = twelve_ten_eight  # (counts ar/fr/en, number of files) -> bool
    inconsistency_count: tuple = (3, 4)  # bounds on len(inconsistencies)
    value_marks: str = ""  # characters a printed value may carry besides digits and separators
    relative_dates: tuple = ()  # phrases a page dated only relatively prints; its date is then null
    year_to_date_text_inherited: bool = False  # a year_to_date period may have no text of its own
    voices: set = field(default_factory=set)  # orgs the attributions must cover
    readme_conventions: bool = False  # the README has a "## Conventions" section
    readme_lists_inconsistencies: bool = False  # the README names every inconsistency: `id` kind
    # the ledger-style groups: an explicit reason lets a group join different metrics ...
    cross_metric_reason: str = "different metrics"
    every_finding_kind: bool = False  # the inconsistencies cover FINDING_KINDS
    distinct_finding_kinds: bool = False  # no two inconsistencies share a kind
    must_not_flag_at_least: int = 0
    series_outlets: int = 2  # a series told by at least this many files ...
    series_told_at_least: int = 0  # ... at least this many times
    root: Path = TESTS  # the folder holding corpus_<name> (another one to try the checks on a copy)
    folder: str = ""  # the corpus folder's name under root when it is not corpus_<name> (a blind set)

    def __post_init__(self):
        self.dir = self.root / (self.folder or f"corpus_{self.name}")
        self.gold = json.loads((self.dir / "expected.json").read_text(encoding="utf-8"))
        self.files = self.gold["files"]
        self.by_key = {f["key"]: f for f in self.files}
        self.groups = self.gold["inconsistencies"] + self.gold["must_not_flag"]

    def text_of(self, entry):
        return (self.dir / entry["file"]).read_bytes().decode("utf-8")

    def claim(self, cid):
        key, local = cid.split(".")
        return next(c for c in self.by_key[key]["claims"] if c["id"] == local)

    def when(self, cid):
        """The date a claim speaks for: its as_of when the text dates it, else the publication date."""
        return self.claim(cid)["as_of"] or self.by_key[cid.split(".")[0]]["metadata"]["date"]

    def series(self, cid):
        c = self.claim(cid)
        return (c["metric"], c["subset"], c["period"]["type"], c["period"]["start"])

    def by_kind(self, kind):
        return [i for i in self.gold["inconsistencies"] if i["kind"] == kind]

    def load_build_module(self):
        spec = importlib.util.spec_from_file_location(f"corpus_{self.name}_build", self.dir / "build.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module


def all_claims(entry):
    return entry["claims"] + entry["optional_claims"]


def pytest_generate_tests(metafunc):
    files = metafunc.module.CORPUS.files
    if "claim" in metafunc.fixturenames:
        cases = [pytest.param(f, c, id=f"{f['key']}.{c['id']}") for f in files for c in all_claims(f)]
        metafunc.parametrize(("entry", "claim"), cases)
    elif "entry" in metafunc.fixturenames:
        metafunc.parametrize("entry", files, ids=lambda f: f["key"])


@pytest.fixture
def corpus(request):
    return request.module.CORPUS


# ---------------------------------------------------------------- the files


def test_the_gold_has_the_seed_schema_top_level_keys(corpus):
    assert set(corpus.gold) >= {"schema_version", "description", "files_dir", "files", "inconsistencies",
                                "must_not_flag", "rejections"}  # fmt: skip


def test_keys_are_contiguous_and_languages_run_arabic_then_french_then_english(corpus):
    files = corpus.files
    assert [f["key"] for f in files] == [f"{corpus.key_prefix}{i:02d}" for i in range(1, len(files) + 1)]
    languages = [f["language"] for f in files]
    assert languages == sorted(languages, key=["ar", "fr", "en"].index)
    counts = [languages.count(x) for x in ("ar", "fr", "en")]
    assert corpus.language_counts_ok(counts, len(files)), counts


def test_every_layout_occurs_in_every_language(corpus):
    for language in ("ar", "fr", "en"):
        assert {f["format"] for f in corpus.files if f["language"] == language} == corpus.layouts, language


def test_every_file_exists_with_its_byte_size_a_known_layout_and_a_publication_date(corpus, entry):
    raw = (corpus.dir / entry["file"]).read_bytes()
    assert len(raw) == entry["bytes"]
    assert entry["format"] in corpus.layouts
    pub = entry["metadata"]["date"]
    assert (pub is None and corpus.relative_dates) or ISO_DATE.match(pub)


def test_the_folder_holds_exactly_the_gold_files_and_the_build_outputs(corpus):
    expected = {f["file"] for f in corpus.files} | {"build.py", "expected.json", "README.md"}
    assert {p.name for p in corpus.dir.iterdir() if p.name != "__pycache__"} == expected


def test_the_publication_date_is_printed_in_the_layouts_own_place(corpus, entry):
    text, pub = corpus.text_of(entry), entry["metadata"]["date"]
    if pub is None:  # a page dated only relatively ("2 days ago")
        assert corpus.relative_dates and any(r in text for r in corpus.relative_dates)
        return
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


def test_saved_html_pages_use_the_time_tag_alone_json_ld_alone_and_both(corpus):
    kinds = set()
    for f in corpus.files:
        if f["format"] == "html":
            text = corpus.text_of(f)
            kinds.add(("<time datetime" in text, "datePublished" in text))
    assert kinds == {(True, False), (False, True), (True, True)}


def test_every_file_has_traps_and_every_trap_and_non_partner_text_occurs_in_it(corpus, entry):
    text = corpus.text_of(entry)
    assert entry["must_not_extract"]
    for trap in entry["must_not_extract"]:
        assert trap["text"].startswith("<") or trap["text"] in text, trap["text"]
        assert trap["reason"]
    for np_ in entry["countries_not_partners"]:
        assert np_["text"] in text and re.fullmatch(r"[A-Z]{2}", np_["country"])
    for code in entry["countries_cited"]:
        assert re.fullmatch(r"[A-Z]{2}", code)
    assert not set(entry["countries_cited"]) & {np_["country"] for np_ in entry["countries_not_partners"]}


def test_no_trap_text_is_a_claim_value_and_every_file_has_a_claim(entry):
    assert entry["claims"]
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            assert trap["text"] != c["value_text"]


def test_the_readme_describes_every_file_and_the_measuring_command(corpus):
    readme = (corpus.dir / "README.md").read_text(encoding="utf-8")
    for f in corpus.files:
        assert f"| {f['key']} | `{f['file']}` |" in readme
    if corpus.readme_lists_inconsistencies:
        for inc in corpus.gold["inconsistencies"]:
            assert f"`{inc['id']}` {inc['kind']}" in readme
    assert f"score.py tests/{corpus.dir.name}/expected.json" in readme
    if corpus.readme_conventions:
        assert "## Conventions" in readme


def test_build_py_regenerates_exactly_the_committed_files(corpus, tmp_path):
    gold = corpus.load_build_module().build(tmp_path)
    assert verify(gold, tmp_path) == []
    for name in [f["file"] for f in corpus.files] + ["expected.json", "README.md"]:
        assert (tmp_path / name).read_bytes() == (corpus.dir / name).read_bytes(), name


# ---------------------------------------------------------------- the claims


def test_claim_ids_are_unique_within_each_file(corpus):
    for f in corpus.files:
        ids = [c["id"] for c in all_claims(f)]
        assert len(ids) == len(set(ids)), f["key"]


def test_every_claim_sentence_occurs_exactly_once_in_its_file(corpus, entry, claim):
    assert corpus.text_of(entry).count(claim["sentence"]) == 1


def test_value_qualifier_and_period_text_occur_in_the_sentence(entry, claim):
    for text in (claim["value_text"], claim["qualifier_text"], claim["period"]["text"]):
        if text:
            assert text in claim["sentence"], text


def test_the_printed_value_equals_the_gold_value(corpus, entry, claim):
    printed = claim["value_text"]
    digits = re.sub(rf"[\s,.\u00a0\u202f{re.escape(corpus.value_marks)}]", "", printed)
    if digits.isdigit():
        assert int(digits) == claim["value"]
    else:
        assert corpus.words[entry["language"]][printed.lower()] == claim["value"]


def test_the_attribution_and_the_person_occur_in_the_article(corpus, entry, claim):
    text = corpus.text_of(entry)
    for key in ("raw", "person"):
        if claim["attribution"][key]:
            assert claim["attribution"][key] in text, key


def test_claims_use_the_contract_vocabulary(entry, claim):
    optional = claim in entry["optional_claims"]
    assert claim["metric"] in METRICS or (optional and SLUG.match(claim["metric"]))
    assert claim["subset"] is None or SLUG.match(claim["subset"])
    assert claim["qualifier"] in QUALIFIERS
    assert claim["unit"] in UNITS
    assert claim["period"]["type"] in PERIOD_TYPES
    assert claim["attribution"]["org"] in ORGS
    assert (claim["qualifier"] == "exact") == (claim["qualifier_text"] is None)
    assert claim["as_of"] is None or ISO_DATE.match(claim["as_of"])


def test_new_subsets_are_only_the_declared_ones(corpus):
    used = {c["subset"] for f in corpus.files for c in f["claims"]}
    assert used - SEED_SUBSETS == corpus.new_subsets


def test_periods_are_iso_and_resolved_from_the_publication_date_or_the_as_of_date(corpus, entry, claim):
    period, pub, as_of = claim["period"], entry["metadata"]["date"], claim["as_of"]
    for value in (period["start"], period["end"]):
        assert value is None or ISO_DATE.match(value)
    if pub is None:  # a page dated only relatively resolves nothing
        assert corpus.relative_dates
        return
    if as_of:
        assert as_of < pub
    if as_of or period["type"] in ("since", "cumulative_unspecified", "last_n_years"):
        assert period["end"] == (as_of or pub)
    if period["type"] == "last_n_years":
        assert int(period["start"]) == int(pub[:4]) - period["n"]
    if period["type"] == "year_to_date":
        assert (period["start"], period["end"]) == (pub[:4], pub)
        # in the wire corpus, a period inherited from the previous sentence has no text of its own
        assert (period["text"] is None and corpus.year_to_date_text_inherited) or (
            period["text"] and any(p in period["text"] for p in corpus.relative_to_date)
        )
    if period["type"] in ("year", "event"):
        assert period["start"] == period["end"] and period["start"] <= pub
    for phrase, offset in corpus.relative_years.items():
        if phrase in (period["text"] or "").lower():
            assert period["type"] == "year" and period["start"] == str(int(pub[:4]) + offset)


def test_an_event_on_a_named_weekday_is_the_last_such_day_on_or_before_the_byline(entry, claim):
    period = claim["period"]
    if period["type"] != "event":
        return
    words = period["text"].lower().replace("أمس ", "").replace("on ", "").split()
    weekday = WEEKDAYS[words[-1]]
    pub = date.fromisoformat(entry["metadata"]["date"])
    day = pub - timedelta(days=(pub.weekday() - weekday) % 7)
    assert period["start"] == day.isoformat()


def test_the_attributions_cover_every_kind_of_voice_the_corpus_is_for(corpus):
    claims = [c for f in corpus.files for c in f["claims"]]
    assert {c["attribution"]["org"] for c in claims} >= corpus.voices
    assert any(c["attribution"]["raw"] is None and c["attribution"]["org"] == "unspecified" for c in claims)


def test_an_article_gives_two_speakers_with_different_figures_for_one_metric(corpus):
    def two_voices(f):
        by_metric = {}
        for c in f["claims"]:
            by_metric.setdefault(c["metric"], set()).add((c["attribution"]["org"], c["value"]))
        return any(len({o for o, _ in v}) > 1 and len({x for _, x in v}) > 1 for v in by_metric.values())

    assert any(two_voices(f) for f in corpus.files)


# ---------------------------------------------------------------- the groups (inconsistencies, must_not_flag)


def test_a_must_not_flag_group_shares_no_pair_with_an_inconsistency(corpus):
    for group in corpus.gold["must_not_flag"]:
        for inc in corpus.gold["inconsistencies"]:
            assert len(set(group["claims"]) & set(inc["claims"])) < 2, (group["claims"], inc["id"])


# Groups within a file or a few (voices, desk, wire): one metric each, one check a kind.


def test_groups_name_existing_claims_that_share_a_metric(corpus):
    for group in corpus.groups:
        metrics = {corpus.claim(cid)["metric"] for cid in group["claims"]}
        assert len(metrics) == 1, group
        assert len(group["claims"]) >= 2
    assert {i["kind"] for i in corpus.gold["inconsistencies"]} <= FINDING_KINDS
    low, high = corpus.inconsistency_count
    assert low <= len(corpus.gold["inconsistencies"]) <= high


def test_the_same_period_disagreement_has_two_values_for_one_year(corpus):
    for inc in corpus.by_kind("same_period_disagreement"):
        claims = [corpus.claim(cid) for cid in inc["claims"]]
        assert len({(c["period"]["type"], c["period"]["start"]) for c in claims}) == 1
        assert len({c["value"] for c in claims}) > 1


def test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one(corpus):
    for inc in corpus.by_kind("stale_figure"):
        rows = sorted(
            (corpus.claim(cid)["period"]["end"], corpus.claim(cid)["value"]) for cid in inc["claims"]
        )
        *earlier, last = rows
        assert last[1] in [v for _, v in earlier] and max(v for _, v in earlier) > last[1]


def test_the_cumulative_decrease_falls_at_its_latest_date(corpus):
    for inc in corpus.by_kind("cumulative_decrease"):
        rows = sorted(
            (corpus.claim(cid)["period"]["end"], corpus.claim(cid)["value"]) for cid in inc["claims"]
        )
        assert rows[-1][1] < max(v for _, v in rows[:-1])
        assert len({corpus.claim(cid)["period"]["start"] for cid in inc["claims"]}) == 1


def test_the_internal_arithmetic_breakdown_does_not_add_up_to_its_total(corpus):
    for inc in corpus.by_kind("internal_arithmetic"):
        claims = [corpus.claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1
        total = [c["value"] for c in claims if c["subset"] is None]
        parts = [c["value"] for c in claims if c["subset"] is not None]
        assert len(total) == 1 and sum(parts) != total[0]


# Cross-file groups (ledger, probe): series told by several outlets, with as_of dates and the README's bounds.


def test_every_group_names_existing_required_claims_at_least_two_and_distinct(corpus):
    required = {f"{f['key']}.{c['id']}" for f in corpus.files for c in f["claims"]}
    for group in corpus.groups:
        assert len(group["claims"]) >= 2, group
        assert len(set(group["claims"])) == len(group["claims"]), group
        assert set(group["claims"]) <= required, group


def test_groups_share_a_metric_unless_the_reason_says_the_metrics_differ(corpus):
    for group in corpus.groups:
        metrics = {corpus.claim(cid)["metric"] for cid in group["claims"]}
        assert len(metrics) == 1 or group.get("reason", "").startswith(corpus.cross_metric_reason), group


def test_inconsistencies_are_of_contract_kinds_with_ids_and_explanations_naming_the_values(corpus):
    incs = corpus.gold["inconsistencies"]
    low, high = corpus.inconsistency_count
    assert low <= len(incs) <= high
    kinds = [i["kind"] for i in incs]
    assert set(kinds) <= FINDING_KINDS
    if corpus.every_finding_kind:
        assert set(kinds) == FINDING_KINDS
    if corpus.distinct_finding_kinds:
        assert len(set(kinds)) == len(incs)
    assert len({i["id"] for i in incs}) == len(incs)
    for inc in incs:
        assert len(inc["explanation"]) > 40, inc["id"]
        for cid in inc["claims"]:  # the explanation names each side's value
            assert str(corpus.claim(cid)["value"]) in inc["explanation"].replace(",", ""), (inc["id"], cid)


def test_must_not_flag_groups_are_many_and_each_has_a_reason(corpus):
    assert len(corpus.gold["must_not_flag"]) >= corpus.must_not_flag_at_least
    assert all(len(g["reason"]) > 20 for g in corpus.gold["must_not_flag"])


def test_many_series_are_told_by_several_outlets(corpus):
    by_series = {}
    for f in corpus.files:
        for c in f["claims"]:
            key = (c["metric"], c["subset"], c["period"]["type"], c["period"]["start"])
            by_series.setdefault(key, set()).add(f["key"])
    told = [k for k, keys in by_series.items() if len(keys) >= corpus.series_outlets]
    assert len(told) >= corpus.series_told_at_least, told


def test_partners_are_cited_somewhere(corpus):
    assert sum(1 for f in corpus.files if f["countries_cited"]) >= 5


def test_the_same_period_disagreement_has_two_values_for_one_period_from_two_files(corpus):
    for inc in corpus.by_kind("same_period_disagreement"):
        assert len({corpus.series(cid) for cid in inc["claims"]}) == 1
        assert len({corpus.claim(cid)["value"] for cid in inc["claims"]}) > 1
        assert len({cid.split(".")[0] for cid in inc["claims"]}) > 1
        assert all(corpus.claim(cid)["qualifier"] == "exact" for cid in inc["claims"])


def test_the_stale_figure_repeats_an_earlier_total_after_a_higher_one_of_its_series(corpus):
    for inc in corpus.by_kind("stale_figure"):
        assert len({corpus.series(cid) for cid in inc["claims"]}) == 1
        rows = sorted((corpus.when(cid), corpus.claim(cid)["value"]) for cid in inc["claims"])
        *earlier, last = rows
        assert last[1] in [v for _, v in earlier] and max(v for _, v in earlier) > last[1]
        assert inc["claims"][-1] == max(inc["claims"], key=corpus.when)


def test_the_cumulative_decrease_of_a_running_total_falls_at_its_latest_date(corpus):
    for inc in corpus.by_kind("cumulative_decrease"):
        assert len({corpus.series(cid) for cid in inc["claims"]}) == 1
        assert corpus.claim(inc["claims"][0])["period"]["type"] == "since"
        rows = sorted((corpus.when(cid), corpus.claim(cid)["value"]) for cid in inc["claims"])
        assert rows[-1][1] < max(v for _, v in rows[:-1])


def test_the_internal_arithmetic_breakdown_of_one_period_does_not_add_up_to_its_total(corpus):
    for inc in corpus.by_kind("internal_arithmetic"):
        claims = [corpus.claim(cid) for cid in inc["claims"]]
        assert len({cid.split(".")[0] for cid in inc["claims"]}) == 1
        assert len({(c["metric"], c["period"]["type"], c["period"]["start"]) for c in claims}) == 1
        total = [c["value"] for c in claims if c["subset"] is None]
        parts = [c["value"] for c in claims if c["subset"] is not None]
        assert len(total) == 1 and len(parts) >= 2 and sum(parts) != total[0]


def test_the_implausible_value_is_an_order_of_magnitude_off_its_series(corpus):
    for inc in corpus.by_kind("implausible_value"):
        assert len({corpus.series(cid) for cid in inc["claims"]}) == 1
        values = sorted(corpus.claim(cid)["value"] for cid in inc["claims"])
        assert values[-1] >= 5 * values[-2]


def test_the_partial_exceeds_the_whole_of_the_same_year_and_source(corpus):
    for inc in corpus.by_kind("partial_exceeds_whole"):
        claims = [corpus.claim(cid) for cid in inc["claims"]]
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


def test_must_not_flag_groups_are_compatible_under_the_readme_conventions(corpus):
    for group in corpus.gold["must_not_flag"]:
        ids = group["claims"]
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                cx, cy = corpus.claim(x), corpus.claim(y)
                if corpus.series(x) != corpus.series(y) or cx["metric"] != cy["metric"]:
                    continue  # different series: never compared
                if cx["period"]["type"] in ("since", "cumulative_unspecified"):
                    pair = sorted([(corpus.when(x), cx), (corpus.when(y), cy)], key=lambda t: t[0])
                    (_, e), (_, l_) = pair
                    # a running total may stay or rise: the later one's upper bound reaches the earlier lower bound
                    assert agree(e, l_) or (
                        l_["qualifier"] in ("exact", "more_than", "at_least", "about")
                        and l_["value"] >= e["value"]
                    ), (group["reason"], x, y)
                else:
                    assert agree(cx, cy), (group["reason"], x, y)


# ---------------------------------------------------------------- checks of the probe and forum corpora


def test_relative_periods_occur_in_arabic_and_english_and_make_a_disagreement(corpus):
    # (a last_n_years period's start is checked with every period, in the shared check)
    relative = {
        f"{f['key']}.{c['id']}"
        for f in corpus.files
        for c in f["claims"]
        if any(p in (c["period"]["text"] or "").lower() for p in corpus.relative_years)
    }
    languages = {corpus.by_key[cid.split(".")[0]]["language"] for cid in relative}
    assert {"ar", "en"} <= languages
    assert any(set(i["claims"]) <= relative for i in corpus.gold["inconsistencies"])


def test_no_figure_is_dated_by_the_text(corpus):
    assert not [c for f in corpus.files for c in f["claims"] if c["as_of"]]


def test_no_trap_text_lies_inside_a_claim_sentence(entry):
    for trap in entry["must_not_extract"]:
        for c in entry["claims"]:
            # a trap may sit in a claim's sentence ("two in Spain"), never around the claim's own value
            assert not (trap["text"] in c["sentence"] and c["value_text"] in trap["text"]), (
                trap["text"],
                c["id"],
            )


def test_partner_countries_and_mere_mentions_both_occur(corpus):
    assert sum(1 for f in corpus.files if f["countries_not_partners"]) >= 4
