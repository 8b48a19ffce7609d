"""The `consistency_report --json` document (CONTRACT.md part 2), built from plain records."""

from __future__ import annotations

from collections.abc import Iterable

from claims.consistency import severity
from claims.consistency.records import ClaimRecord, Finding


def report_json(
    findings: Iterable[Finding], claims_by_id: dict[int, ClaimRecord], *, include_hidden: bool = False
) -> dict:
    """{"findings": [{"kind", "metric", "explanation", "key", "score", "claims": [...]}]}, the most
    trustworthy first; findings under the queue's threshold (`severity.THRESHOLD`) only with
    `include_hidden` (then each says "hidden": true).

    Each claim carries id, file, outlet, published (ISO date or null), metric, value (an int
    when integral, as printed figures are) and sentence. Ids missing from `claims_by_id` are
    skipped rather than failing the whole report.
    """
    return {
        "findings": [
            {
                "kind": finding.kind,
                "metric": finding.metric,
                "explanation": finding.explanation,
                "key": finding.key,
                "score": finding.score,
                **({"hidden": not severity.visible(finding.score)} if include_hidden else {}),
                "claims": [claim_json(claims_by_id[i]) for i in finding.claim_ids if i in claims_by_id],
            }
            for finding in sorted(findings, key=lambda f: -f.score)
            if include_hidden or severity.visible(finding.score)
        ]
    }


def claim_json(claim: ClaimRecord) -> dict:
    return {
        "id": claim.id,
        "file": claim.file,
        "outlet": claim.outlet,
        "published": claim.published.isoformat() if claim.published else None,
        "metric": claim.metric,
        "value": _plain_number(claim.value),
        "sentence": claim.sentence,
        "confidence": claim.confidence,
    }


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)
