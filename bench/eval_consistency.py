"""Findings measured the way issue 16 measures them: seeds and one corpus imported into a fresh
SQLite database, `consistency_report --json`, then the scorer (`score.py GOLD EXTRACT --report`).

    .venv/bin/python bench/eval_consistency.py [GOLD.json ...]        (or `make eval-consistency`)

Prints, for each development gold, the planted inconsistencies found, the compatible pairs flagged
and the precision (findings that cover a gold inconsistency). With no argument it runs every
development corpus; it never reads the blind or held-out splits. SCORE (environment) names the
scorer, by default ../shared/tools/score.py beside the repository or /work/shared/tools/score.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLDS = [
    "tests/gold/seeds.json",
    "tests/corpus/expected.json",
    "tests/corpus_ar/expected.json",
    "tests/corpus_fren/expected.json",
    "tests/corpus_mix/expected.json",
    "tests/corpus_voices/expected.json",
    "tests/corpus_desk/expected.json",
    "tests/corpus_wire/expected.json",
    "tests/corpus_ledger/expected.json",
    "tests/corpus_probe/expected.json",
    "tests/corpus_forum/expected.json",
    "tests/corpus_beat/expected.json",
    "tests/corpus_chron/expected.json",
    "tests/corpus_abroad/expected.json",
    "tests/corpus_courts/expected.json",
    "tests/corpus_voice2/expected.json",
    "tests/corpus_review/expected.json",
    "tests/corpus_foreign/expected.json",
    "tests/corpus_regions/expected.json",
    "tests/corpus_dates/expected.json",
    "tests/corpus_lists/expected.json",
    "tests/corpus_speakers/expected.json",
    "tests/corpus_meta/expected.json",
    "tests/corpus_comms/expected.json",
    "tests/corpus_anniv/expected.json",
    "tests/corpus_parl/expected.json",
    "tests/corpus_oped/expected.json",
    "tests/corpus_factcheck/expected.json",
    "tests/corpus_wire2/expected.json",
    "tests/corpus_arpress/expected.json",
]
# EVAL_ALL=1: score every finding, those under the queue's threshold too.
REPORT_ARGS = ["--all"] if os.environ.get("EVAL_ALL") else []
FORBIDDEN = ("tests/blind", "tests/holdout")


def scorer() -> str:
    for candidate in (
        os.environ.get("SCORE"),
        ROOT.parent / "shared/tools/score.py",
        "/work/shared/tools/score.py",
    ):
        if candidate and Path(candidate).exists():
            return str(candidate)
    sys.exit("eval_consistency: score.py not found (set SCORE=/path/to/score.py)")


def manage(args: list[str], database: str, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(  # noqa: S603 - our own manage.py, arguments we built
        [sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, text=True, check=check, **kwargs
    )


def measure(gold_path: str, workdir: str) -> dict:
    gold_file = (ROOT / gold_path).resolve()
    if any(part in str(gold_file) for part in FORBIDDEN):
        sys.exit(f"eval_consistency: {gold_path} is a blind split; measure it with aggregate commands only")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    files_dir = (gold_file.parent / gold.get("files_dir", ".")).resolve()
    files = [str(files_dir / f["file"]) for f in gold["files"]]
    name = gold_file.parent.name if gold_file.stem == "expected" else gold_file.stem
    database = os.path.join(workdir, f"{name}.sqlite3")
    if os.path.exists(database):
        os.remove(database)
    manage(["migrate", "-v0"], database, check=True)
    manage(["import_articles", "--quiet", str(ROOT / "seeds")], database, capture_output=True)
    manage(["import_articles", "--quiet", *files], database, capture_output=True)
    report = os.path.join(workdir, f"{name}.report.json")
    extract = os.path.join(workdir, f"{name}.extract.json")
    with open(report, "w", encoding="utf-8") as out:
        manage(["consistency_report", "--json", *REPORT_ARGS], database, stdout=out, check=True)
    with open(extract, "w", encoding="utf-8") as out:
        manage(["extract_claims", *files, "--json"], database, stdout=out)
    scored = subprocess.run(  # noqa: S603 - the scorer, arguments we built
        [sys.executable, scorer(), str(gold_file), extract, "--report", report, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(scored.stdout)["consistency"]
    result["report"] = report
    result["planted"] = len(result["found"]) + len(result["missed"])
    return result


def main(argv: list[str]) -> int:
    golds = argv or DEV_GOLDS
    keep = os.environ.get("EVAL_KEEP")
    workdir = keep or tempfile.mkdtemp(prefix="eval-consistency-")
    os.makedirs(workdir, exist_ok=True)
    print(f"{'corpus':<34} {'found':>7} {'false flags':>12} {'supported':>10} {'precision':>10}")
    for gold in golds:
        r = measure(gold, workdir)
        print(
            f"{gold:<34} {len(r['found']):>3}/{r['planted']:<3} {len(r['false_flags']):>12} "
            f"{r['supported']:>4}/{r['findings']:<5} {str(r['precision']):>10}"
        )
        if os.environ.get("EVAL_VERBOSE"):
            print(f"   missed {r['missed']}  false flags {r['false_flags']}  report {r['report']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
