""".ci/audit.py judges pip-audit's report: a known vulnerability fails CI, and a run that checked
nothing says NOT CHECKED instead of anything that reads as "no known vulnerabilities"."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def judge(tmp_path, dependencies) -> subprocess.CompletedProcess:
    report = tmp_path / "audit.json"
    report.write_text(json.dumps({"dependencies": dependencies, "fixes": []}))
    return subprocess.run(
        [sys.executable, ".ci/audit.py", "--report", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_report_that_checked_nothing_says_not_checked(tmp_path):
    skipped = [
        {
            "name": "django",
            "skip_reason": "Dependency not found on PyPI and could not be audited: django (5.2.19)",
        },
        {
            "name": "gunicorn",
            "skip_reason": "Dependency not found on PyPI and could not be audited: gunicorn (27.0.1)",
        },
    ]
    done = judge(tmp_path, skipped)
    assert done.returncode == 0
    assert done.stdout.startswith("NOT CHECKED: pip-audit (-s pypi) could check none of the 2 pinned")
    assert "no known vulnerabilities" not in done.stdout.lower()


def test_a_known_vulnerability_fails_and_is_named(tmp_path):
    vulnerable = [
        {
            "name": "django",
            "version": "4.2.0",
            "vulns": [{"id": "PYSEC-2023-100", "fix_versions": ["4.2.2"], "aliases": [], "description": ""}],
        },
        {"name": "gunicorn", "version": "27.0.1", "vulns": []},
    ]
    done = judge(tmp_path, vulnerable)
    assert done.returncode == 1
    assert "VULNERABLE: django 4.2.0: PYSEC-2023-100 (fixed in 4.2.2)" in done.stdout


def test_a_report_that_checked_everything_says_how_many(tmp_path):
    clean = [
        {"name": "django", "version": "5.2.19", "vulns": []},
        {"name": "gunicorn", "version": "27.0.1", "vulns": []},
    ]
    done = judge(tmp_path, clean)
    assert done.returncode == 0
    assert "2 checked, 0 not checked, 0 with a known vulnerability" in done.stdout
    assert "NOT CHECKED" not in done.stdout
