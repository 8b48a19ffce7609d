"""`manage.py extract_claims PATH... --json`: CONTRACT.md part 1, no database touched."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import SEEDS


def extract(*paths):
    out = StringIO()
    try:
        call_command("extract_claims", *[str(p) for p in paths], "--json", stdout=out)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, json.loads(out.getvalue())


def test_it_prints_one_entry_per_file_in_a_folder():
    code, doc = extract(SEEDS)
    assert code == 0
    assert len(doc["files"]) == 5
    assert {f["status"] for f in doc["files"]} == {"ok"}


def test_it_gives_the_article_metadata_of_an_aggregator_page():
    _code, doc = extract(SEEDS / "001_ac3f4d661c3c58c8.txt")
    article = doc["files"][0]["article"]
    assert article["outlet"] == "أكورا بريس"
    assert article["published"] == "2020-11-17"
    assert article["language"] == "ar"


def test_it_rejects_an_empty_file_and_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, doc = extract(tmp_path / "empty.txt", SEEDS / "003_26bc6d3920ec8b63.txt")
    assert code == 1
    rejected, ok = doc["files"]
    assert rejected["status"] == "rejected" and rejected["error"] == "empty file"
    assert ok["status"] == "ok"


def test_offsets_point_at_the_value_in_the_decoded_text():
    _code, doc = extract(SEEDS / "001_ac3f4d661c3c58c8.txt")
    text = (SEEDS / "001_ac3f4d661c3c58c8.txt").read_text(encoding="utf-8")
    for claim in doc["files"][0]["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["value_text"]


@pytest.mark.django_db
def test_it_touches_no_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        extract(SEEDS)
