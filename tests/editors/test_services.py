"""Editors' writes: each changes one thing, in one transaction, and leaves a line in the claim's history."""

from datetime import date
from decimal import Decimal

import pytest

from claims.findings import refresh_findings
from claims.models import Claim, ClaimEvent, Finding, Flag
from claims.services import (
    EditorialError,
    add_claim,
    confirm_finding,
    correct_article,
    correct_claim,
    dismiss_finding,
    dismiss_flag,
    flag_claims,
    reject_claim,
    resolve_flag,
    restore_machine_reading,
    verify_claims,
)

from .factories import cells_total, make_article

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


def test_correcting_a_value_puts_it_in_the_claims_columns_and_keeps_the_machines(editor, claim):
    correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    claim.refresh_from_db()
    assert (claim.value, claim.review_state, claim.reviewed_by) == (Decimal(209), "corrected", editor)
    assert claim.machine_reading["value"] == "2009"
    event = claim.events.get()
    assert (event.before["value"], event.after["value"]) == ("2009", "209")
    assert (event.before["review_state"], event.after["review_state"]) == ("machine", "corrected")
    assert event.after["confidence"] == 1.0  # an editor's reading is sure; the engine's stays beside it
    assert claim.machine_reading["confidence"] == event.before["confidence"]


def test_correcting_again_keeps_the_first_machine_reading_and_adds_a_history_line(editor, claim):
    correct_claim(claim=claim, editor=editor, value=209, note="خطأ مطبعي")
    correct_claim(claim=claim, editor=editor, metric="plots_foiled", note="المقصود المخططات")
    claim.refresh_from_db()
    assert (claim.value, claim.metric) == (Decimal(209), "plots_foiled")
    assert (claim.machine["value"], claim.machine["metric"]) == ("2009", "cells_dismantled")
    assert actions(claim) == ["corrected", "corrected"]


def test_correcting_the_period_drops_the_engines_wording_of_it(editor, claim):
    Claim.objects.filter(pk=claim.pk).update(period_text="منذ سنة 2002")
    correct_claim(claim=claim, editor=editor, period_type="year", period_start="2020", period_end="2020")
    claim.refresh_from_db()
    assert (claim.period_text, claim.period_year, claim.machine["period_text"]) == ("", 2020, "منذ سنة 2002")


def test_a_correction_back_to_the_machines_reading_is_a_verification(editor, claim):
    correct_claim(claim=claim, editor=editor, value=209, note="")
    correct_claim(claim=claim, editor=editor, value=2009, note="كان الرقم صحيحا")
    claim.refresh_from_db()
    assert claim.review_state == "verified"


def test_a_correction_that_changes_nothing_is_refused(editor, claim):
    with pytest.raises(EditorialError):
        correct_claim(claim=claim, editor=editor, value=2009, note="")
    claim.refresh_from_db()
    assert (claim.review_state, claim.machine_reading) == ("machine", None)


@pytest.mark.parametrize(
    "changes",
    [
        {"value": -1},
        {"value": "10000000000000"},
        {"period_start": "2020/01"},
        {"org": "CIA"},
        {"sentence": "x"},
    ],
)
def test_a_correction_out_of_the_vocabulary_is_refused(editor, claim, changes):
    with pytest.raises(EditorialError):
        correct_claim(claim=claim, editor=editor, **changes)
    assert not claim.events.exists()


def test_verifying_claims_makes_the_machines_reading_the_editors(editor, claim):
    other = cells_total("b.txt", 210, date(2022, 1, 10))
    correct_claim(claim=other, editor=editor, value=211)
    assert verify_claims(claims=[claim, other], editor=editor) == 1  # a corrected claim stays corrected
    claim.refresh_from_db()
    assert (claim.review_state, claim.machine_reading["value"]) == ("verified", "2009")
    assert actions(claim) == ["verified"]


def test_a_rejected_claim_leaves_readers_and_stays_in_history(editor, claim):
    reject_claim(claim=claim, editor=editor, note="ليس رقما عن الخلايا", public_note="سُحب الرقم")
    assert not Claim.objects.public().exists()
    assert Claim.objects.get().review_state == "rejected"
    event = claim.events.get()
    assert (event.action, event.public_note) == ("rejected", "سُحب الرقم")


def test_restoring_brings_the_machines_reading_back(editor, claim):
    correct_claim(claim=claim, editor=editor, value=209, org="DGST", note="")
    restore_machine_reading(claim=claim, editor=editor, note="القراءة الأولى صحيحة")
    claim.refresh_from_db()
    assert (claim.value, claim.org, claim.review_state, claim.machine_reading) == (
        Decimal(2009),
        "BCIJ",
        "machine",
        None,
    )
    assert actions(claim) == ["corrected", "restored"]


def test_an_added_claim_records_its_span_sentence_and_author(editor):
    article = make_article("a.txt", body="وأضاف المصدر أنه تم توقيف 35 شخصا خلال سنة 2023. وتستمر التحقيقات.")
    start = article.body.index("35")
    claim = add_claim(
        article=article,
        editor=editor,
        start=start,
        end=start + 2,
        value=35,
        metric="persons_arrested",
        qualifier="exact",
        unit="count",
        period_type="year",
        period_start="2023",
        period_end="2023",
        org="unspecified",
    )
    assert (claim.value_text, claim.added_by, claim.review_state) == ("35", editor, "verified")
    assert claim.sentence == "وأضاف المصدر أنه تم توقيف 35 شخصا خلال سنة 2023."
    assert claim.machine is None and actions(claim) == ["added"]


def test_a_figure_already_read_with_that_metric_cannot_be_added_again(editor, claim):
    with pytest.raises(EditorialError):
        add_claim(
            article=claim.article,
            editor=editor,
            start=claim.start,
            end=claim.end,
            value=2009,
            metric=claim.metric,
        )


def test_correcting_an_articles_details_keeps_what_the_import_read(editor, claim):
    article = correct_article(
        article=claim.article,
        editor=editor,
        title="حصيلة 2021",
        published=date(2021, 6, 2),
        note="تاريخ خاطئ",
    )
    assert (article.title, article.published) == ("حصيلة 2021", date(2021, 6, 2))
    assert article.machine_details["published"] == "2021-06-01"
    event = article.events.get()
    assert event.after == {"title": "حصيلة 2021", "published": "2021-06-02"}


def test_a_corrected_value_is_what_the_consistency_engine_reads(editor):
    cells_total("a.txt", 207, date(2020, 11, 17))
    spike = cells_total("b.txt", 2009, date(2021, 6, 1))
    cells_total("c.txt", 210, date(2022, 1, 10))
    refresh_findings()
    correct_claim(claim=spike, editor=editor, value=209, note="خطأ مطبعي: 209 وليس 2009")
    refresh_findings()
    assert not Finding.objects.open().exists()
    assert list(Finding.objects.values_list("status", flat=True)) == [Finding.RESOLVED]


def test_confirming_a_decrease_flags_both_figures_since_either_may_be_wrong(editor):
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


def test_confirming_a_stale_figure_flags_only_the_stale_claim(editor):
    """190 (2020), then 210 (2022) and 215 (2023) make the 190 printed again in 2024 stale: only
    that 190 gets the flag."""
    cells_total("first.txt", 190, date(2020, 11, 17), outlet="أكورا بريس")
    newer = cells_total("a.txt", 210, date(2022, 1, 10))
    newest = cells_total("b.txt", 215, date(2023, 1, 10))
    stale = cells_total("c.txt", 190, date(2024, 6, 1))
    refresh_findings()
    finding = Finding.objects.get(kind="stale_figure")
    flag = confirm_finding(finding=finding, editor=editor)
    assert (flag.reason, list(flag.claims.all())) == ("stale", [stale])
    assert actions(newer) == actions(newest) == []
    assert not Flag.objects.filter(claims__in=[newer, newest]).exists()


def test_a_finding_knows_its_accused_claim_and_its_evidence(editor):
    cells_total("a.txt", 207, date(2020, 11, 17))
    spike = cells_total("b.txt", 2009, date(2021, 6, 1))
    cells_total("c.txt", 210, date(2022, 1, 10))
    refresh_findings()
    finding = Finding.objects.get()
    roles = dict(finding.links.values_list("claim_id", "role"))
    assert roles.pop(spike.pk) == "accused" and set(roles.values()) == {"evidence"}
