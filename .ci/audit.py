"""pip-audit over requirements.txt, read so that "could not check" is never mistaken for "safe".

Exit 1 when pip-audit reports a known vulnerability in a pinned dependency (CI fails).
Exit 0 with a WARNING when the vulnerability service could not be reached, or did not know some
pinned versions (it answers per release; a release it has no record of is skipped, not audited):
a network hiccup or a mirror's unreleased version must not block every merge, but the log says
plainly which packages went unchecked. Run the same command again with network to PyPI to check.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = Path(sys.executable).parent / "pip-audit"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "audit.json"
        done = subprocess.run(  # noqa: S603 - the venv's pip-audit on our own requirements
            [
                str(PIP_AUDIT),
                "-r",
                "requirements.txt",
                "--progress-spinner",
                "off",
                "-f",
                "json",
                "-o",
                report,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if not report.exists() or not report.read_text().strip():
            print("WARNING: pip-audit could not run to the end (no network to its vulnerability service?):")
            print("\n".join(done.stderr.strip().splitlines()[-5:]))
            return 0
        dependencies = json.loads(report.read_text())["dependencies"]

    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    print(
        f"pip-audit: {len(dependencies)} pinned dependencies, {audited} audited, {len(skipped)} not checked"
    )
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            print(f"VULNERABLE: {dep['name']} {dep['version']}: {vuln['id']} (fixed in {fixes})")
    if skipped:
        names = ", ".join(f"{d['name']}" for d in skipped)
        print(
            f"WARNING: the vulnerability service had no record of these pinned versions, so they went unchecked: {names}"
        )
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
