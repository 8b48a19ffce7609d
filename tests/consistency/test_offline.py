"""Reading claims from the JSON documents of the contract, without a database."""

import json
from datetime import date

from claims.consistency.offline import main, records_from_extract, records_from_gold

SENTENCE = "وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 207 خلايا إرهابية بالمغرب منذ سنة 2002."


def extracted(file, outlet, published, value, qualifier="exact"):
    return {
        "file": f"corpus/{file}",
        "status": "ok",
        "error": None,
        "article": {"title": "…", "outlet": outlet, "published": published, "language": "ar"},
        "claims": [
            {
                "metric": "cells_dismantled",
                "subset": None,
                "value": value,
                "value_text": str(value),
                "qualifier": qualifier,
                "unit": "count",
                "period": {"type": "since", "start": "2002", "end": published, "text": "منذ سنة 2002"},
                "attribution": {"org": "DGST", "person": None, "raw": "…"},
                "sentence": SENTENCE,
                "start": 1234,
                "end": 1237,
            }
        ],
        "countries": [],
    }


def test_an_extract_document_becomes_claim_records():
    [record] = records_from_extract({"files": [extracted("001.txt", "أكورا بريس", "2020-11-17", 207)]})

    assert record.file == "001.txt"
    assert record.outlet == "أكورا بريس"
    assert record.published == date(2020, 11, 17)
    assert (record.metric, record.value, record.qualifier) == ("cells_dismantled", 207, "exact")
    assert (record.period_type, record.period_start, record.org, record.start) == (
        "since",
        "2002",
        "DGST",
        1234,
    )


def test_rejected_files_bring_no_claims():
    rejected = {"file": "bad.txt", "status": "rejected", "error": "empty file"}
    assert records_from_extract({"files": [rejected]}) == []


def test_each_file_is_its_own_article():
    records = records_from_extract(
        {
            "files": [
                extracted("a.txt", "برلمان", "2023-11-01", 215),
                extracted("b.txt", "هسبريس", "2025-03-12", 207),
            ]
        }
    )
    assert len({r.article_id for r in records}) == 2


def test_gold_claims_take_outlet_and_date_from_the_metadata():
    gold = {
        "files": [
            {
                "file": "001.txt",
                "metadata": {"outlet": "أكورا بريس", "date": "2020-11-17"},
                "claims": [{**extracted("001.txt", None, "2020-11-17", 207)["claims"][0], "id": "c1"}],
            }
        ]
    }
    [record] = records_from_gold(gold)
    assert (record.outlet, record.published) == ("أكورا بريس", date(2020, 11, 17))


def test_the_command_prints_the_report(tmp_path, capsys):
    path = tmp_path / "extract.json"
    document = {
        "files": [
            extracted("a.txt", "برلمان", "2023-11-01", 215),
            extracted("b.txt", "هسبريس", "2025-03-12", 207),
        ]
    }

    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    assert main([str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [f["kind"] for f in report["findings"]] == ["cumulative_decrease"]
    assert [c["file"] for c in report["findings"][0]["claims"]] == ["a.txt", "b.txt"]
