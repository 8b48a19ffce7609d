"""Fixtures for the reliability suite, and a summary line with what it tried."""

import json
from pathlib import Path

from tests.reliability.counts import tried

ROOT = Path(__file__).resolve().parents[2]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not tried:
        return
    line = ", ".join(f"{kind}: {n}" for kind, n in sorted(tried.items()))
    terminalreporter.write_sep("-", f"reliability: {line}")
    out = ROOT / "var" / "reliability-counts.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(dict(sorted(tried.items())), indent=2) + "\n")
