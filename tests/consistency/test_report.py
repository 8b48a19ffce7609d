"""Finding keys and the consistency_report JSON document."""

from claims.consistency import severity
from claims.consistency.records import Finding, finding_key
from claims.consistency.report import report_json
from claims.consistency.rules import find_inconsistencies
from tests.consistency.builders import claim


def test_a_finding_key_ignores_the_order_of_claims():
    assert finding_key("cumulative_decrease", "cells_dismantled", ["a", "b"]) == finding_key(
        "cumulative_decrease", "cells_dismantled", ["b", "a"]
    )


def test_a_finding_key_depends_on_the_kind():
    assert finding_key("stale_figure", "cells_dismantled", ["a"]) != finding_key(
        "cumulative_decrease", "cells_dismantled", ["a"]
    )


def test_findings_carry_the_key_of_their_kind_metric_and_claim_ids():
    earlier = claim(215, published="2023-11-01", outlet="برلمان")
    later = claim(207, published="2025-03-12", outlet="هسبريس")
    [finding] = find_inconsistencies([later, earlier])
    assert finding.key == finding_key(
        "cumulative_decrease", "cells_dismantled", [str(earlier.id), str(later.id)]
    )


def test_the_same_claims_give_the_same_findings_in_any_order():
    claims = [
        claim(215, published="2023-11-01", outlet="برلمان"),
        claim(207, published="2025-03-12", outlet="هسبريس"),
        claim(14, published="2024-01-08", outlet="هسبريس", period=("year", "2023")),
        claim(17, published="2024-02-20", outlet="برلمان", period=("year", "2023")),
    ]
    assert find_inconsistencies(claims) == find_inconsistencies(reversed(claims))


def test_a_claim_missing_from_the_lookup_is_left_out_of_the_report():
    kept = claim(215, published="2023-11-01")
    finding = Finding("cumulative_decrease", "cells_dismantled", (kept.id, 999_999), "…", "k")
    [entry] = report_json([finding], {kept.id: kept})["findings"]
    assert [c["id"] for c in entry["claims"]] == [kept.id]


def test_the_report_follows_the_contract():
    earlier = claim(
        215, published="2023-11-01", outlet="برلمان", sentence="تم تفكيك 215 خلية إرهابية منذ 2002"
    )
    later = claim(207.0, published="2025-03-12", outlet=None, sentence="تفكيك 207 خلايا منذ 2002")
    findings = find_inconsistencies([earlier, later])

    report = report_json(findings, {c.id: c for c in (earlier, later)})

    [entry] = report["findings"]
    assert entry["kind"] == "cumulative_decrease"
    assert entry["metric"] == "cells_dismantled"
    assert entry["explanation"] == findings[0].explanation
    assert entry["claims"][1] == {
        "id": later.id,
        "file": later.file,
        "outlet": None,
        "published": "2025-03-12",
        "metric": "cells_dismantled",
        "value": 207,
        "sentence": "تفكيك 207 خلايا منذ 2002",
        "confidence": 1.0,
    }


def test_report_values_keep_their_decimals_when_not_integral():
    share = claim(12.5, unit="percent", published="2024-01-01")
    finding = Finding("implausible_value", "cells_dismantled", (share.id,), "…", "k")
    [entry] = report_json([finding], {share.id: share})["findings"]
    assert entry["claims"][0]["value"] == 12.5


def test_an_undated_claim_is_reported_with_a_null_date():
    undated = claim(200, qualifier="more_than", published=None)
    finding = Finding("implausible_value", "cells_dismantled", (undated.id,), "…", "k")
    [entry] = report_json([finding], {undated.id: undated})["findings"]
    assert entry["claims"][0]["published"] is None


def test_findings_under_the_threshold_stay_out_of_the_report_unless_asked_for():
    shaky = claim(150, published="2025-03-12", confidence=0.15)
    earlier = claim(215, published="2023-11-01", outlet="برلمان")
    findings = find_inconsistencies([earlier, shaky])
    assert [f.kind for f in findings] == ["cumulative_decrease"]
    by_id = {c.id: c for c in (earlier, shaky)}
    assert report_json(findings, by_id)["findings"] == []
    [hidden] = report_json(findings, by_id, include_hidden=True)["findings"]
    assert hidden["hidden"] is True
    assert hidden["score"] < severity.THRESHOLD


def test_the_report_lists_the_most_trustworthy_findings_first():
    weak = [
        claim(215, published="2023-11-01", outlet="برلمان"),
        claim(150, published="2025-03-12", confidence=0.5),
    ]
    strong = [
        claim(14, published="2024-01-08", outlet="هسبريس", period=("year", "2023")),
        claim(19, published="2024-02-20", outlet="أكورا بريس", period=("year", "2023")),
    ]
    claims = [*weak, *strong]
    report = report_json(find_inconsistencies(claims), {c.id: c for c in claims})
    scores = [f["score"] for f in report["findings"]]
    assert scores == sorted(scores, reverse=True)
    assert report["findings"][0]["kind"] == "same_period_disagreement"
