"""`manage.py consistency_report --json`: CONTRACT.md part 2 over the claims in the database."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from claims.services import correct_claim

from .factories import cells_total

pytestmark = pytest.mark.django_db


def report():
    out = StringIO()
    call_command("consistency_report", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_an_empty_database_reports_no_finding():
    assert report() == {"findings": []}


def test_a_decrease_is_reported_with_each_claims_file_outlet_date_value_and_sentence():
    earlier = cells_total("h07.txt", 215, date(2023, 11, 1), outlet="هسبريس")
    later = cells_total("h12.txt", 207, date(2025, 1, 10), outlet="Le360")
    (finding,) = report()["findings"]
    assert (finding["kind"], finding["metric"]) == ("cumulative_decrease", "cells_dismantled")
    assert finding["explanation"]
    assert finding["claims"] == [
        {
            "id": earlier.pk,
            "file": "h07.txt",
            "outlet": "هسبريس",
            "published": "2023-11-01",
            "metric": "cells_dismantled",
            "value": 215,
            "sentence": earlier.sentence,
            "confidence": 0.5,
        },
        {
            "id": later.pk,
            "file": "h12.txt",
            "outlet": "Le360",
            "published": "2025-01-10",
            "metric": "cells_dismantled",
            "value": 207,
            "sentence": later.sentence,
            "confidence": 0.5,
        },
    ]


def test_the_report_reads_an_editors_corrected_value(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    correct_claim(claim=later, editor=editor, value=227, note="قراءة خاطئة للرقم")
    assert report() == {"findings": []}
