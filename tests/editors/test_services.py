"""Editors' writes: each changes one thing, in one transaction, and leaves a line in the claim's history."""

from datetime import date
from decimal import Decimal

import pytest

from claims.findings import refresh_findings
from claims.models import ClaimEvent, Correction, Finding, Flag
from claims.services import (
    EditorialError,
    confirm_finding,
    correct_claim,
    dismiss_finding,
    dismiss_flag,
    flag_claims,
    resolve_flag,
)

from .factories import cells_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    return cells_total("a.txt", 2009, date(2021, 6, 1))


def actions(claim):
    return list(claim.events.values_list("action", flat=True))


def test_flagging_a_set_of_claims_writes_one_history_line_on_each(editor):
    first = cells_total("a.txt", 215, date(2023, 11, 1))
    second = cells_total("b.txt", 207, date(2025, 1, 10))
    flag = flag_claims(claims=[first, second], editor=editor, reason="inconsistent", note="رقمان متناقضان")
    assert set(flag.claims.all()) == {first, second}
    assert actions(first) == actions(second) == ["flagged"]
    event = first.events.get()
    assert (event.editor, event.after["reason"], event.after["status"]) == (editor, "inconsistent", "open")


def test_a_flag_needs_a_known_reason(editor, claim):
    with pytest.raises(EditorialError):
        flag_claims(claims=[claim], editor=editor, reason="boring", note="")
    assert not Flag.objects.exists()


def test_resolving_a_flag_records_who_and_why(editor, claim):
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note="2009 خلية؟")
    resolve_flag(flag=flag, editor=editor, comment="صُحّح الرقم إلى 209")
    flag.refresh_from_db()
    assert (flag.status, flag.closed_by, flag.comment) == ("resolved", editor, "صُحّح الرقم إلى 209")
    event = claim.events.get(action="flag_resolved")
    assert (event.before["status"], event.after["status"]) == ("open", "resolved")


def test_a_closed_flag_cannot_be_closed_again(editor, claim):
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note="")
    dismiss_flag(flag=flag, editor=editor, comment="الرقم صحيح")
    with pytest.raises(EditorialError):
        resolve_flag(flag=flag, editor=editor, comment="")
    assert actions(claim) == ["flagged", "flag_dismissed"]


def test_correcting_a_value_keeps_the_original_beside_it(editor, claim):
    correction = correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    claim.refresh_from_db()
    assert claim.value == Decimal(2009)
    assert (correction.value, correction.original_value) == (Decimal(209), Decimal(2009))
    event = claim.events.get()
    assert (event.before, event.after) == (
        {"value": "2009", "metric": "cells_dismantled"},
        {"value": "209", "metric": "cells_dismantled"},
    )


def test_correcting_again_updates_the_one_correction_and_adds_a_history_line(editor, claim):
    correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    correct_claim(claim=claim, editor=editor, metric="plots_foiled", note="المقصود المخططات")
    correction = Correction.objects.get()
    assert (correction.value, correction.metric, correction.original_value) == (
        None,
        "plots_foiled",
        Decimal(2009),
    )
    assert actions(claim) == ["corrected", "corrected"]


def test_a_correction_that_changes_nothing_is_refused(editor, claim):
    with pytest.raises(EditorialError):
        correct_claim(claim=claim, editor=editor, value=2009, note="")
    assert not Correction.objects.exists()


def test_a_corrected_value_is_what_the_consistency_engine_reads(editor):
    cells_total("a.txt", 207, date(2020, 11, 17))
    spike = cells_total("b.txt", 2009, date(2021, 6, 1))
    cells_total("c.txt", 210, date(2022, 1, 10))
    refresh_findings()
    correct_claim(claim=spike, editor=editor, value=209, note="خطأ مطبعي: 209 وليس 2009")
    refresh_findings()
    assert not Finding.objects.exists()


def test_confirming_a_finding_turns_it_into_a_flag_on_the_same_claims(editor):
    earlier = cells_total("a.txt", 215, date(2023, 11, 1))
    later = cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    finding = Finding.objects.get()
    flag = confirm_finding(finding=finding, editor=editor)
    finding.refresh_from_db()
    assert (finding.status, finding.decided_by) == ("confirmed", editor)
    assert (flag.reason, flag.finding, set(flag.claims.all())) == ("inconsistent", finding, {earlier, later})
    assert actions(earlier) == ["finding_confirmed", "flagged"]


def test_a_decided_finding_cannot_be_dismissed(editor):
    cells_total("a.txt", 215, date(2023, 11, 1))
    cells_total("b.txt", 207, date(2025, 1, 10))
    refresh_findings()
    finding = Finding.objects.get()
    confirm_finding(finding=finding, editor=editor)
    with pytest.raises(EditorialError):
        dismiss_finding(finding=finding, editor=editor, comment="")
    assert ClaimEvent.objects.filter(action="finding_dismissed").count() == 0


def test_a_history_line_lists_only_what_changed(editor, claim):
    flag = flag_claims(claims=[claim], editor=editor, reason="misprint", note="")
    resolve_flag(flag=flag, editor=editor, comment="صُحّح")
    event = claim.events.get(action="flag_resolved")
    assert event.changes() == [("status", "open", "resolved"), ("comment", "", "صُحّح")]
