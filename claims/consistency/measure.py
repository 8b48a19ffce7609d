"""How a findings report fares against a gold file (schema of shared/seeds/expected.json), by the
rules of the shared scorer's `--report` (shared/tools/score.py), so that the corpus tests and
`make eval-consistency` agree with it:

- a finding covers a gold claim when one of its claims is from the same file with the same metric
  and value;
- a planted inconsistency is found when one finding covers min(2, its claims) of its claims;
- a compatible pair (must_not_flag) is flagged when a finding covers two of its claims and no
  planted inconsistency;
- a finding is supported when it covers a planted inconsistency; precision = supported / findings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class Measure:
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)
    findings: int = 0
    supported: int = 0
    unsupported: list[str] = field(default_factory=list)  # explanations, for the failure message

    @property
    def precision(self) -> float:
        return self.supported / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        planted = len(self.found) + len(self.missed)
        return len(self.found) / planted if planted else 1.0


def measure(gold: dict, report: dict) -> Measure:
    claims = {}
    for entry in gold.get("files", []):
        for claim in entry.get("claims", []):
            claims[f"{entry['key']}.{claim['id']}"] = (os.path.basename(entry["file"]), claim)

    def covers(finding: dict, ids: list[str]) -> int:
        hits = 0
        for gold_id in ids:
            if gold_id not in claims:
                continue
            file_name, wanted = claims[gold_id]
            if any(
                os.path.basename(str(c.get("file", ""))) == file_name
                and c.get("value") == wanted["value"]
                and c.get("metric") == wanted["metric"]
                for c in finding.get("claims", [])
            ):
                hits += 1
        return hits

    planted = gold.get("inconsistencies", [])
    findings = report.get("findings", [])
    result = Measure(findings=len(findings))
    for inconsistency in planted:
        need = min(2, len(inconsistency["claims"]))
        target = (
            result.found
            if any(covers(f, inconsistency["claims"]) >= need for f in findings)
            else result.missed
        )
        target.append(inconsistency["id"])
    for pair in gold.get("must_not_flag", []):
        for finding in findings:
            if covers(finding, pair["claims"]) >= 2 and not any(
                covers(finding, i["claims"]) >= 2 for i in planted
            ):
                result.false_flags.append(" + ".join(pair["claims"]))
                break
    for finding in findings:
        if any(covers(finding, i["claims"]) >= min(2, len(i["claims"])) for i in planted):
            result.supported += 1
        else:
            result.unsupported.append(finding.get("explanation", ""))
    return result
