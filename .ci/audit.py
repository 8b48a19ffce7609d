"""pip-audit over requirements.txt, read so that "could not check" is never mistaken for "safe".

    .venv/bin/python .ci/audit.py                 # what CI runs
    .venv/bin/python .ci/audit.py --report FILE   # judge a pip-audit JSON report already written

Exit 1 when a known vulnerability is reported in a pinned dependency (CI fails).
Exit 0 otherwise, saying plainly how many pinned dependencies were actually checked. pip-audit skips
a dependency it finds no record of and still prints "No known vulnerabilities found": when it
checked none, this script prints NOT CHECKED and why, instead of anything that reads as safe.

Sources, in order: PyPI's JSON API (`-s pypi`), then OSV (`-s osv`); the first that checks something
is used. Where neither answers (here PyPI serves /pypi/<name>/json but answers 404 for the per-release
/pypi/<name>/<version>/json that pip-audit reads, and OSV is unreachable), the pinned versions that
are their project's latest release are checked against the advisories PyPI lists for that release
in /pypi/<name>/json, and the others are named as unchecked. A network failure does not block a
merge; the log says what went unchecked.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = Path(sys.executable).parent / "pip-audit"
PYPI_PROJECT = "https://pypi.org/pypi/{name}/json"
SOURCES = ("pypi", "osv")


def run_pip_audit(source: str) -> list[dict] | None:
    """pip-audit's dependencies (with vulns or skip_reason), or None when it could not run at all."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "audit.json"
        command = [str(PIP_AUDIT), "-r", "requirements.txt", "-s", source, "--progress-spinner", "off"]
        command += ["-f", "json", "-o", str(report)]
        try:
            subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)  # noqa: S603
        except subprocess.TimeoutExpired:
            return None
        if not report.exists() or not report.read_text().strip():
            return None
        return json.loads(report.read_text())["dependencies"]


def project_advisories(name: str, version: str) -> list[dict] | None:
    """PyPI's advisories for `name` when `version` is its latest release; None when unknown."""
    try:
        with urllib.request.urlopen(PYPI_PROJECT.format(name=name), timeout=30) as answer:  # noqa: S310
            project = json.load(answer)
    except (urllib.error.URLError, TimeoutError, ValueError):
        return None
    if project.get("info", {}).get("version") != version:
        return None
    return [
        {"id": v.get("id"), "fix_versions": v.get("fixed_in") or []}
        for v in project.get("vulnerabilities", [])
    ]


def judge(dependencies: list[dict], source: str) -> tuple[int, list[str]]:
    """Exit code and the lines to print for one pip-audit report."""
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    lines = []
    if audited == 0:
        lines.append(
            f"NOT CHECKED: pip-audit (-s {source}) could check none of the {len(dependencies)} pinned "
            "dependencies; nothing here says they are free of known vulnerabilities."
        )
        if skipped:
            lines.append(f"  why, e.g.: {skipped[0]['skip_reason']}")
    else:
        lines.append(
            f"pip-audit (-s {source}): {len(dependencies)} pinned dependencies, {audited} checked, "
            f"{len(skipped)} not checked, {len(vulnerable)} with a known vulnerability"
        )
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            lines.append(f"VULNERABLE: {dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixes})")
    if skipped and audited:
        lines.append("NOT CHECKED: " + ", ".join(d["name"] for d in skipped))
    return (1 if vulnerable else 0), lines


def pinned_versions(dependencies: list[dict]) -> dict[str, str]:
    """name -> version of every pinned dependency pip-audit resolved (skip reasons name the version)."""
    versions = {}
    for dep in dependencies:
        if dep.get("version"):
            versions[dep["name"]] = dep["version"]
        elif "(" in dep.get("skip_reason", ""):
            versions[dep["name"]] = dep["skip_reason"].rsplit("(", 1)[1].rstrip(")")
    return versions


def latest_release_fallback(dependencies: list[dict]) -> tuple[int, list[str]]:
    checked, unchecked, lines = 0, [], []
    status = 0
    for name, version in sorted(pinned_versions(dependencies).items()):
        advisories = project_advisories(name, version)
        if advisories is None:
            unchecked.append(f"{name} {version}")
            continue
        checked += 1
        for vuln in advisories:
            status = 1
            fixes = ", ".join(vuln["fix_versions"]) or "no fixed version yet"
            lines.append(f"VULNERABLE: {name} {version}: {vuln['id']} (fixed in {fixes})")
    lines.insert(
        0,
        f"PyPI project advisories (latest releases only): {checked} checked, {len(unchecked)} not checked",
    )
    if unchecked:
        lines.append("NOT CHECKED (not their project's latest release): " + ", ".join(unchecked))
    return status, lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--report", type=Path, help="a pip-audit JSON report to judge instead of running it")
    parser.add_argument("--source", default="pypi", help="the source the --report came from")
    args = parser.parse_args()
    if args.report:
        status, lines = judge(json.loads(args.report.read_text())["dependencies"], args.source)
        print("\n".join(lines))
        return status

    last = None
    for source in SOURCES:
        dependencies = run_pip_audit(source)
        if dependencies is None:
            print(f"NOT CHECKED: pip-audit -s {source} could not run to the end (no network to its service?)")
            continue
        status, lines = judge(dependencies, source)
        print("\n".join(lines))
        if any(not d.get("skip_reason") for d in dependencies):
            return status
        last = dependencies
    if last is None:
        print("NOT CHECKED: no vulnerability source answered; run .ci/audit.py again with network to PyPI.")
        return 0
    status, lines = latest_release_fallback(last)
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main())
