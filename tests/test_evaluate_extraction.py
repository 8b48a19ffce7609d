"""`manage.py evaluate_extraction GOLD.json`: the engine measured against gold, as figures."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import ROOT

SEED_GOLD = ROOT / "tests" / "gold" / "seeds.json"


def test_it_prints_precision_recall_and_partner_figures():
    out = StringIO()
    call_command("evaluate_extraction", str(SEED_GOLD), stdout=out)
    text = out.getvalue()
    assert "claims P=" in text and "F1=" in text
    assert "partners" in text and "metadata" in text


def test_its_json_counts_every_seed_file():
    out = StringIO()
    call_command("evaluate_extraction", str(SEED_GOLD), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result["status"]["total"] == 5
    assert result["claims"]["tp"] + result["claims"]["fn"] == 5


def test_a_gold_file_that_is_not_there_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="missing.json"):
        call_command("evaluate_extraction", str(tmp_path / "missing.json"), stdout=StringIO())
