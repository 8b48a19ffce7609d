"""The engine measured on the development corpus (tests/corpus, written with its gold by hand)."""

from pathlib import Path

import pytest

from claims.extraction.evaluation import evaluate

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "expected.json"


@pytest.mark.skipif(not GOLD.exists(), reason="no development corpus")
def test_the_engine_reads_the_development_corpus_with_f1_of_at_least_0_9_and_no_trap():
    result = evaluate(str(GOLD))
    assert result["claims"]["f1"] >= 0.9, "\n".join(result["misses"] + result["extras"])
    assert result["claims"]["traps_extracted"] == 0
    assert result["metadata"] == {"title": 1.0, "outlet": 1.0, "date": 1.0}
