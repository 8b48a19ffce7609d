"""Findings follow the record: an editor's correction or rejection of a claim re-runs the engine; a
finding whose conflict is gone closes itself and says why; a dismissed finding stays dismissed; the
queue shows the most trustworthy findings first and keeps the shaky ones aside until asked.

Run on SQLite by default and on PostgreSQL with DATABASE_URL=postgres://... (tests/README)."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from claims.consistency.severity import THRESHOLD
from claims.findings import refresh_findings
from claims.models import Finding, FindingEvent
from claims.services import correct_claim, dismiss_finding, reject_claim

from .factories import cells_total

pytestmark = pytest.mark.django_db


def a_decrease():
    """215 cells since 2002 in Nov 2023, then 207 in Jan 2025: one cumulative_decrease."""
    earlier = cells_total("h07.txt", 215, date(2023, 11, 1))
    later = cells_total("h12.txt", 207, date(2025, 1, 10), outlet="Le360")
    refresh_findings()
    return earlier, later, Finding.objects.get()


def test_correcting_the_claim_behind_a_finding_closes_it(editor):
    _earlier, later, finding = a_decrease()

    correct_claim(claim=later, editor=editor, value=217, note="الرقم الصحيح في المصدر 217")

    finding.refresh_from_db()
    assert finding.status == Finding.RESOLVED
    [event] = finding.events.filter(action=FindingEvent.RESOLVED)
    assert event.claim_id == later.pk
    with translation.override("en"):
        assert event.sentence() == f"resolved by the correction of claim {later.pk}"


def test_rejecting_the_claim_behind_a_finding_closes_it(editor):
    earlier, _later, finding = a_decrease()

    reject_claim(claim=earlier, editor=editor, note="ليس رقما عن الخلايا")

    finding.refresh_from_db()
    assert finding.status == Finding.RESOLVED
    with translation.override("en"):
        assert finding.events.get(action=FindingEvent.RESOLVED).sentence() == (
            f"resolved by the rejection of claim {earlier.pk}"
        )


def test_a_correction_that_leaves_the_conflict_keeps_the_finding_open(editor):
    _earlier, later, finding = a_decrease()

    correct_claim(claim=later, editor=editor, value=209)  # still below 215

    finding.refresh_from_db()
    assert finding.status == Finding.OPEN
    assert not finding.events.filter(action=FindingEvent.RESOLVED).exists()


def test_a_dismissed_finding_stays_dismissed_after_a_correction_and_a_refresh(editor):
    earlier, later, finding = a_decrease()
    dismiss_finding(finding=finding, editor=editor, comment="الرقمان من مصدرين مختلفين")

    correct_claim(claim=earlier, editor=editor, value=216)  # the conflict is still there
    refresh_findings()

    finding.refresh_from_db()
    assert finding.status == Finding.DISMISSED
    assert Finding.objects.count() == 1


def test_findings_are_scored_and_the_queue_shows_the_most_trustworthy_first(client, editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10), outlet="Le360")
    refresh_findings()
    strong = Finding.objects.get()
    weak = cells_total(
        "c.txt", 19, date(2024, 1, 8), period_type="year", period_start="2023", period_end="2023"
    )
    cells_total("d.txt", 14, date(2024, 2, 20), period_type="year", period_start="2023", period_end="2023")
    type(weak).objects.filter(pk=weak.pk).update(confidence=0.3)
    refresh_findings()

    scores = list(Finding.objects.for_queue().values_list("pk", "score"))
    assert scores[0][0] == strong.pk
    assert scores[0][1] > scores[1][1]

    client.force_login(editor)
    page = client.get(reverse("editors:queue")).content.decode()
    assert page.index(f'data-finding="{strong.pk}"') < page.index(f'data-finding="{scores[1][0]}"')


def test_a_finding_under_the_threshold_is_hidden_from_the_queue_but_shown_on_demand(client, editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    shaky = cells_total("b.txt", 150, date(2025, 1, 10), outlet="Le360")
    type(shaky).objects.filter(pk=shaky.pk).update(confidence=0.1)
    refresh_findings()
    finding = Finding.objects.get()
    assert finding.score < THRESHOLD

    client.force_login(editor)
    queue = client.get(reverse("editors:queue")).content.decode()
    assert f'data-finding="{finding.pk}"' not in queue
    assert "?status=open&amp;hidden=1" in queue or "hidden=1" in queue
    on_demand = client.get(reverse("editors:queue"), {"hidden": "1"}).content.decode()
    assert f'data-finding="{finding.pk}"' in on_demand


def test_the_finding_page_shows_its_history(client, editor):
    _earlier, later, finding = a_decrease()
    correct_claim(claim=later, editor=editor, value=217)

    client.force_login(editor)
    page = client.get(reverse("editors:finding", args=[finding.pk])).content.decode()
    assert f"حُلّ بتصحيح الادعاء {later.pk}" in page  # "resolved by the correction of claim N"
