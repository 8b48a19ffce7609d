"""Measure the extraction engine against a gold file (the schema of seeds/expected.json).

The matching rules are those of the shared scorer (shared/tools/score.py), so the figures agree: a
predicted claim matches a gold claim of the same file when metric and value are equal and the
sentences overlap after normalising hamza, digits and spacing (or the predicted offset falls inside
the gold sentence). A prediction matching an optional claim is neutral.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata

from claims.extraction.engine import read_article
from claims.extraction.records import RejectedFile
from claims.extraction.report import article_json, claim_json

_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ATTRIBUTES = ("qualifier", "subset", "period_type", "period_start", "org", "as_of")
# Confidence bands for calibration: [low, high) (the last includes 1.0).
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.0))


def comparable(text: str | None) -> str:
    """The form two sentences or titles are compared in."""
    if not text:
        return ""
    text = _TASHKEEL.sub("", unicodedata.normalize("NFKC", text).translate(_AR_DIGITS))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    text = text.replace("\u066c", ",").replace("\u066b", ".")
    return re.sub(r"[\s\u00a0\u200f\u200e]+", " ", text).strip().lower()


def _year(value) -> str | None:
    match = re.match(r"(\d{4})", str(value)) if value is not None else None
    return match.group(1) if match else None


def _matches(gold: dict, predicted: dict, text: str | None) -> bool:
    if predicted.get("metric") != gold["metric"] or predicted.get("value") != gold["value"]:
        return False
    g, p = comparable(gold["sentence"]), comparable(predicted.get("sentence"))
    if g and p and (g in p or p in g):
        return True
    start = predicted.get("start")
    if text is None or not isinstance(start, int):
        return False
    at = text.find(gold["sentence"])
    return at >= 0 and at <= start < at + len(gold["sentence"])


def _pair(golds: list[dict], predictions: list[dict], text: str | None) -> dict[int, int]:
    """Greedy one-to-one matching, gold index -> prediction index."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, gold in enumerate(golds):
        for pi, predicted in enumerate(predictions):
            if pi not in used and _matches(gold, predicted, text):
                used.add(pi)
                pairs[gi] = pi
                break
    return pairs


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def _run(path: str) -> tuple[str, dict | None, str | None]:
    """(status, prediction, decoded text) for one file."""
    try:
        with open(path, "rb") as handle:
            decoded, document, extraction = read_article(handle.read(), os.path.basename(path))
    except RejectedFile as rejected:
        return "rejected", {"error": rejected.reason}, None
    prediction = {
        "article": article_json(document),
        "claims": [claim_json(claim) for claim in extraction.claims],
        "countries": [mention.as_json() for mention in extraction.countries],
    }
    return "ok", prediction, decoded.text


def evaluate(gold_path: str) -> dict:
    """Precision, recall and F1 of claims; attribute, metadata and partner accuracy; misses and extras."""
    with open(gold_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    base = os.path.join(os.path.dirname(os.path.abspath(gold_path)), gold.get("files_dir") or ".")
    tp = fp = fn = neutral = traps = 0
    attributes = {key: [0, 0] for key in _ATTRIBUTES}
    metadata = {key: [0, 0] for key in ("title", "outlet", "date")}
    partners = {"tp": 0, "fp": 0, "fn": 0}
    status = [0, 0]
    calibration: list[tuple[float, bool]] = []  # (confidence, right) of every scored prediction
    misses: list[str] = []
    extras: list[str] = []
    problems: list[str] = []
    for entry in gold["files"]:
        key = entry.get("key", entry["file"])
        path = entry["file"] if os.path.isabs(entry["file"]) else os.path.join(base, entry["file"])
        if not os.path.exists(path):
            raise FileNotFoundError(f"gold names {entry['file']}, which is not in {base}")
        got, prediction, text = _run(path)
        expected = entry.get("expected_status", "ok")
        status[1] += 1
        if got in (expected, entry.get("acceptable_alternative_status")):
            status[0] += 1
        else:
            problems.append(
                f"{key}: status {got}, expected {expected} {prediction.get('error') or ''}".rstrip()
            )
        golds = entry.get("claims", [])
        if got == "rejected" or expected == "rejected":
            if expected == "ok" and got == "rejected":
                fn += len(golds)
            elif expected == "rejected" and got == "ok":
                fp += len(prediction["claims"])
            continue

        article = prediction["article"]
        for field, predicted_field in (("title", "title"), ("outlet", "outlet"), ("date", "published")):
            wanted, found = (entry.get("metadata") or {}).get(field), article.get(predicted_field)
            right = (
                comparable(wanted) == comparable(found)
                if field != "date"
                else (wanted or None) == (found or None)
            )
            metadata[field][1] += 1
            metadata[field][0] += right
            if not right:
                problems.append(f"{key}: {field} {found!r}, expected {wanted!r}")

        predictions = prediction["claims"]
        pairs = _pair(golds, predictions, text)
        tp += len(pairs)
        fn += len(golds) - len(pairs)
        for gi, wanted in enumerate(golds):
            if gi not in pairs:
                misses.append(
                    f"{key}.{wanted.get('id')}: {wanted['metric']} {wanted['value']} — {wanted['sentence'][:90]}"
                )
                continue
            found = predictions[pairs[gi]]
            calibration.append(
                (
                    found.get("confidence", 0.5),
                    wanted["period"]["type"] == found["period"]["type"]
                    and wanted["attribution"]["org"] == found["attribution"]["org"],
                )
            )
            checks = {
                "qualifier": (wanted.get("qualifier"), found.get("qualifier")),
                "subset": (wanted.get("subset"), found.get("subset")),
                "period_type": (wanted["period"]["type"], found["period"]["type"]),
                "period_start": (_year(wanted["period"].get("start")), _year(found["period"].get("start"))),
                "org": (wanted["attribution"]["org"], found["attribution"]["org"]),
                "as_of": (_year(wanted.get("as_of")), _year(found.get("as_of"))),
            }
            for name, (expected_value, found_value) in checks.items():
                attributes[name][1] += 1
                attributes[name][0] += expected_value == found_value
                if expected_value != found_value:
                    problems.append(
                        f"{key}.{wanted.get('id')}: {name} {found_value!r}, expected {expected_value!r}"
                    )
        rest = [pi for pi in range(len(predictions)) if pi not in set(pairs.values())]
        optional = _pair(entry.get("optional_claims", []), [predictions[pi] for pi in rest], text)
        optional_used = {rest[j] for j in optional.values()}
        for pi in rest:
            if pi in optional_used:
                neutral += 1
                continue
            fp += 1
            found = predictions[pi]
            calibration.append((found.get("confidence", 0.5), False))
            value_text = comparable(str(found.get("value_text") or found.get("value")))
            trap = any(
                value_text and value_text in comparable(m["text"])
                for m in entry.get("must_not_extract", [])
                if not m["text"].startswith("<")
            )
            traps += trap
            extras.append(
                f"{key}: {'TRAP ' if trap else ''}{found['metric']} {found['value']} — {found['sentence'][:90]}"
            )

        wanted_partners = set(entry.get("countries_cited", []))
        found_partners = {c["code"] for c in prediction["countries"] if c.get("role") == "partner"}
        partners["tp"] += len(wanted_partners & found_partners)
        partners["fp"] += len(found_partners - wanted_partners)
        partners["fn"] += len(wanted_partners - found_partners)
        if wanted_partners != found_partners:
            problems.append(f"{key}: partners {sorted(found_partners)}, expected {sorted(wanted_partners)}")

    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision and recall else 0.0
    partner_precision = _ratio(partners["tp"], partners["tp"] + partners["fp"])
    partner_recall = _ratio(partners["tp"], partners["tp"] + partners["fn"])
    return {
        "claims": {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "neutral_optional": neutral,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "traps_extracted": traps,
        },
        "attributes": {key: _ratio(*counts) for key, counts in attributes.items()},
        "metadata": {key: _ratio(*counts) for key, counts in metadata.items()},
        "partners": {"precision": partner_precision, "recall": partner_recall},
        "status": {"right": status[0], "total": status[1]},
        "calibration": calibration_bands(calibration),
        "misses": misses,
        "extras": extras,
        "problems": problems,
    }


def calibration_bands(calibration: list[tuple[float, bool]]) -> list[dict]:
    """Per confidence band: how many predictions fell in it and the share that were right."""
    bands = []
    for low, high in BANDS:
        inside = [
            right for value, right in calibration if low <= value < high or (high == 1.0 and value == 1.0)
        ]
        bands.append(
            {
                "band": f"{low:.2f}-{high:.2f}",
                "claims": len(inside),
                "right": sum(inside),
                "share": _ratio(sum(inside), len(inside)),
            }
        )
    return bands


def format_evaluation(result: dict, summary_only: bool = False) -> str:
    """A few lines a person reads: each problem, miss and extra (unless `summary_only`: a blind set's
    per-claim lines must not be read), then the figures."""
    lines = [] if summary_only else [f"  problem: {line}" for line in result["problems"]]
    if not summary_only:
        lines += [f"  missed : {line}" for line in result["misses"]]
        lines += [f"  extra  : {line}" for line in result["extras"]]
    c = result["claims"]
    lines.append(
        f"claims P={c['precision']} R={c['recall']} F1={c['f1']} (tp {c['tp']}, fp {c['fp']}, fn {c['fn']}, "
        f"optional {c['neutral_optional']}) traps={c['traps_extracted']}"
    )
    lines.append("attributes " + json.dumps(result["attributes"]))
    lines.append(
        "metadata "
        + json.dumps(result["metadata"])
        + f" status {result['status']['right']}/{result['status']['total']}"
    )
    lines.append("partners " + json.dumps(result["partners"]))
    lines.append(
        "calibration "
        + "  ".join(
            f"{b['band']}: {b['right']}/{b['claims']}" + (f" ({b['share']})" if b["claims"] else "")
            for b in result["calibration"]
        )
    )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    for gold_file in sys.argv[1:]:
        print(f"== {gold_file}")
        print(format_evaluation(evaluate(gold_file)))
