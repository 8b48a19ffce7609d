import json

from claims.extraction.evaluation import evaluate, format_evaluation

from .helpers import SEEDS


def gold_file(tmp_path, claims, **metadata):
    seed = next(SEEDS.glob("003_*.txt"))
    gold = {
        "files_dir": str(SEEDS),
        "files": [
            {
                "key": "s003",
                "file": seed.name,
                "metadata": {
                    "title": "الأرقام تعكس نجاح مقاربة المغرب في مكافحة الارهاب",
                    "outlet": None,
                    "date": None,
                }
                | metadata,
                "claims": claims,
                "countries_cited": ["ES", "BE", "FR", "DE", "IT"],
            }
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return str(path)


CLAIM = {
    "id": "c1",
    "metric": "cells_dismantled",
    "subset": None,
    "value": 200,
    "qualifier": "more_than",
    "period": {"type": "since", "start": "2002"},
    "attribution": {"org": "MOI"},
    "sentence": "نجحت الأجهزة الأمنية المغربية في تفكيك أكثر من 200 خلية إرهابية منذ عام 2002، وفق آخر حصيلة نشرتها وزارة الداخلية.",
}


def test_a_matching_claim_is_a_true_positive_with_its_attributes_checked(tmp_path):
    result = evaluate(gold_file(tmp_path, [CLAIM]))
    assert (result["claims"]["tp"], result["claims"]["fp"], result["claims"]["fn"]) == (1, 0, 0)
    assert result["attributes"]["org"] == 1.0
    assert result["metadata"] == {"title": 1.0, "outlet": 1.0, "date": 1.0}


def test_a_gold_claim_with_another_value_is_a_miss_and_the_prediction_an_extra(tmp_path):
    result = evaluate(gold_file(tmp_path, [CLAIM | {"value": 215}]))
    assert (result["claims"]["tp"], result["claims"]["fp"], result["claims"]["fn"]) == (0, 1, 1)
    assert "missed" in format_evaluation(result)


def test_wrong_metadata_is_reported(tmp_path):
    result = evaluate(gold_file(tmp_path, [CLAIM], outlet="هسبريس"))
    assert result["metadata"]["outlet"] == 0.0
    assert any("outlet" in problem for problem in result["problems"])
