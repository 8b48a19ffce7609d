import json

import pytest

from claims.extraction.engine import read_article
from claims.extraction.records import RejectedFile
from claims.extraction.report import extraction_report

from .helpers import SEEDS


def read_seed(name: str):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return read_article(path.read_bytes(), path.name)


def test_seed_001_gives_207_cells_since_2002_from_the_dgst():
    _, document, extraction = read_seed("001")
    first = extraction.claims[0]
    assert (first.metric, first.value, first.qualifier) == ("cells_dismantled", 207, "exact")
    assert (first.period.type, first.period.start, first.period.end) == ("since", "2002", "2020-11-17")
    assert first.attribution.org == "DGST"
    assert document.text[first.start : first.end] == "207"


def test_seed_001_gives_32_cells_over_the_last_three_years_with_the_source_inherited():
    _, _, extraction = read_seed("001")
    second = extraction.claims[1]
    assert (second.metric, second.value) == ("cells_dismantled", 32)
    assert (second.period.type, second.period.start) == ("last_n_years", "2017")
    assert second.attribution.org == "DGST"
    assert len(extraction.claims) == 2


def test_seed_000_gives_about_650_people_arrested_for_online_activity():
    _, _, extraction = read_seed("000")
    (claim,) = extraction.claims
    assert (claim.metric, claim.subset, claim.value, claim.qualifier) == (
        "persons_arrested",
        "online_activity",
        650,
        "about",
    )
    assert claim.attribution.org == "official_unspecified"


def test_seed_002_gives_zero_attacks():
    _, _, extraction = read_seed("002")
    assert [(c.metric, c.value) for c in extraction.claims] == [("terrorist_attacks", 0)]


def test_seed_003_counts_the_restated_figure_once():
    _, _, extraction = read_seed("003")
    assert [(c.metric, c.value, c.qualifier, c.attribution.org) for c in extraction.claims] == [
        ("cells_dismantled", 200, "more_than", "MOI")
    ]


def test_seed_004_gives_no_claims():
    _, _, extraction = read_seed("004")
    assert extraction.claims == []


def test_no_claim_comes_from_outside_the_body():
    for name in ("000", "001", "002", "003", "004"):
        _, document, extraction = read_seed(name)
        for claim in extraction.claims:
            assert document.body_start <= claim.start < claim.end <= document.body_end


def test_read_article_rejects_an_unreadable_file():
    with pytest.raises(RejectedFile, match="empty file"):
        read_article(b"", "empty.txt")


def test_the_report_follows_the_contract(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    seed = str(next(SEEDS.glob("001_*.txt")))
    document, exit_code = extraction_report([seed, str(empty)])
    json.dumps(document, ensure_ascii=False)
    ok, rejected = document["files"]
    assert exit_code == 1
    assert rejected == {"file": str(empty), "status": "rejected", "error": "empty file"}
    assert ok["file"] == seed
    assert (ok["status"], ok["error"], ok["encoding"]) == ("ok", None, "utf-8")
    assert ok["article"]["published"] == "2020-11-17"
    assert set(ok["claims"][0]) >= {"metric", "subset", "value", "value_text", "qualifier", "unit", "period"}
    assert set(ok["claims"][0]["period"]) == {"type", "start", "end", "text"}


def test_the_report_reads_folders_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("عنوان\nتم تفكيك 3 خلايا إرهابية.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("عنوان\nنص.", encoding="utf-8")
    document, exit_code = extraction_report([str(tmp_path)])
    assert [f["file"] for f in document["files"]] == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert exit_code == 0
