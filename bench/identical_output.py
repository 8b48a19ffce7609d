"""Byte-identical output check for refactorings of the engine (issue 14 speed work).

    python -m bench.identical_output save DIR      # write the engine's JSON of every input to DIR
    python -m bench.identical_output compare DIR   # write it again to a scratch folder and diff with DIR

Inputs: every article of the development corpora (the files named in each folder's expected.json, as
`extract_claims --json` reads them: `extraction_report`, default work budget) and the 8 KB, 64 KB and 1 MB
paragraphs of bench/paragraph.py (read with no work budget, as the benchmark does). Held-out folders are
never read. Exit code 0 when every output is byte-identical, 1 otherwise (the differing names are printed).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    "corpus",
    "corpus_ar",
    "corpus_fren",
    "corpus_mix",
    "corpus_voices",
    "corpus_desk",
    "corpus_wire",
    "corpus_ledger",
    "corpus_probe",
    "corpus_forum",
    "corpus_beat",
    "corpus_chron",
    "corpus_abroad",
    "corpus_courts",
    "corpus_voice2",
    "corpus_review",
    "corpus_foreign",
    "corpus_regions",
    "corpus_dates",
    "corpus_lists",
    "corpus_speakers",
    "corpus_meta",
    "corpus_comms",
    "corpus_anniv",
    "corpus_parl",
    "corpus_oped",
    "corpus_factcheck",
    "corpus_wire2",
    "corpus_arpress",
)
PARAGRAPHS = {"paragraph_8k": 8 * 1024, "paragraph_64k": 64 * 1024, "paragraph_1m": 1024 * 1024}


def outputs() -> dict[str, str]:
    """Name -> JSON text of the engine's output for that input."""
    from bench.paragraph import paragraph_of_figures
    from claims.extraction.engine import read_article
    from claims.extraction.report import claim_json, extraction_report

    result = {}
    for corpus in CORPORA:
        folder = ROOT / "tests" / corpus
        files = [
            str(folder / entry["file"])
            for entry in json.loads((folder / "expected.json").read_text())["files"]
        ]
        document, exit_code = extraction_report(files)
        # Paths relative to the checkout, so two checkouts (a branch and its base) compare equal.
        text = json.dumps({"exit": exit_code, **document}, ensure_ascii=False, indent=1)
        result[corpus] = text.replace(json.dumps(str(ROOT) + "/")[1:-1], "")
    for name, size in PARAGRAPHS.items():
        decoded, document, extraction = read_article(
            paragraph_of_figures(size), "paragraph.txt", work_budget=None
        )
        result[name] = json.dumps(
            {
                "warnings": list(extraction.warnings),
                "claims": [claim_json(claim) for claim in extraction.claims],
                "countries": [mention.as_json() for mention in extraction.countries],
            },
            ensure_ascii=False,
            indent=1,
        )
    return result


def save(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in outputs().items():
        (folder / f"{name}.json").write_text(text, encoding="utf-8")


def compare(folder: Path) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="identical_output_"))
    save(scratch)
    differing = [
        path.name
        for path in sorted(folder.glob("*.json"))
        if not (scratch / path.name).exists() or (scratch / path.name).read_bytes() != path.read_bytes()
    ]
    for name in differing:
        print(f"DIFFERS: {name} (diff {folder / name} {scratch / name})")
    if not differing:
        print(f"identical: {len(list(folder.glob('*.json')))} outputs")
    return 1 if differing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "compare"):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    if sys.argv[1] == "save":
        save(Path(sys.argv[2]))
    else:
        sys.exit(compare(Path(sys.argv[2])))
