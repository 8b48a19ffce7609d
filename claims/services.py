"""Editors' multi-step writes. Each runs in one transaction and leaves a line in each claim's history.

Views and commands call these and nothing else to change flags, corrections or findings, so the
history cannot miss a change.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from claims.models import Claim, ClaimEvent, Correction, Finding, Flag
from claims.models.editorial import FLAG_REASONS, REASON_FOR_KIND


class EditorialError(Exception):
    """A write that makes no sense in the current state (closing a closed flag...); shown to the editor."""


def flag_claims(*, claims, editor, reason: str, note: str = "", finding: Finding | None = None) -> Flag:
    claims = list(claims)
    if not claims:
        raise EditorialError("A flag needs at least one claim.")
    if reason not in dict(FLAG_REASONS):
        raise EditorialError(f"Unknown reason: {reason}")
    with transaction.atomic():
        flag = Flag.objects.create(reason=reason, note=note, created_by=editor, finding=finding)
        flag.claims.set(claims)
        _record(
            claims,
            editor,
            ClaimEvent.FLAGGED,
            f"{flag.get_reason_display()}: {note}" if note else str(flag.get_reason_display()),
            before={},
            after=_flag_state(flag),
        )
    return flag


def resolve_flag(*, flag: Flag, editor, comment: str = "") -> Flag:
    return _close_flag(flag, editor, Flag.RESOLVED, ClaimEvent.FLAG_RESOLVED, comment)


def dismiss_flag(*, flag: Flag, editor, comment: str = "") -> Flag:
    return _close_flag(flag, editor, Flag.DISMISSED, ClaimEvent.FLAG_DISMISSED, comment)


def _close_flag(flag: Flag, editor, status: str, action: str, comment: str) -> Flag:
    with transaction.atomic():
        flag = Flag.objects.select_for_update().get(pk=flag.pk)
        if flag.status != Flag.OPEN:
            raise EditorialError(f"This flag is already {flag.get_status_display()}.")
        before = _flag_state(flag)
        flag.status, flag.comment = status, comment
        flag.closed_by, flag.closed_at = editor, timezone.now()
        flag.save()
        _record(flag.claims.all(), editor, action, comment, before=before, after=_flag_state(flag))
    return flag


def correct_claim(
    *, claim: Claim, editor, value=None, metric: str | None = None, note: str = ""
) -> Correction:
    """Set what the claim should read; the engine's reading stays on the claim as the original."""
    if value is None and not metric:
        raise EditorialError("A correction changes the value, the metric, or both.")
    value = None if value is None else Decimal(value)
    if value is not None and value < 0:
        raise EditorialError("A figure cannot be negative.")
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        correction = Correction.objects.filter(claim=claim).first()
        before = _reading(claim, correction)
        if correction is None:
            correction = Correction(
                claim=claim, original_value=claim.value, original_metric=claim.metric, editor=editor
            )
        correction.value = value
        correction.metric = metric or ""
        correction.note, correction.editor = note, editor
        correction.save()
        after = _reading(claim, correction)
        if after == before:
            raise EditorialError("The correction changes nothing.")
        _record([claim], editor, ClaimEvent.CORRECTED, note, before=before, after=after)
    return correction


def confirm_finding(*, finding: Finding, editor, note: str = "") -> Flag:
    """The editor agrees with the engine: the finding becomes a flag on the same claims."""
    with transaction.atomic():
        finding = Finding.objects.select_for_update().get(pk=finding.pk)
        if finding.status != Finding.OPEN:
            raise EditorialError(f"This finding is already {finding.get_status_display()}.")
        claims = list(finding.claims.all())
        before = _finding_state(finding)
        finding.status, finding.decided_by, finding.decided_at = Finding.CONFIRMED, editor, timezone.now()
        finding.comment = note
        finding.save()
        _record(
            claims, editor, ClaimEvent.FINDING_CONFIRMED, finding.explanation, before, _finding_state(finding)
        )
        flag = flag_claims(
            claims=claims,
            editor=editor,
            reason=REASON_FOR_KIND.get(finding.kind, "inconsistent"),
            note=note,  # the flag links to its finding, whose explanation is shown beside it
            finding=finding,
        )
    return flag


def dismiss_finding(*, finding: Finding, editor, comment: str = "") -> Finding:
    """The editor disagrees with the engine; the finding's key stays dismissed on every later import."""
    with transaction.atomic():
        finding = Finding.objects.select_for_update().get(pk=finding.pk)
        if finding.status != Finding.OPEN:
            raise EditorialError(f"This finding is already {finding.get_status_display()}.")
        before = _finding_state(finding)
        finding.status, finding.decided_by, finding.decided_at = Finding.DISMISSED, editor, timezone.now()
        finding.comment = comment
        finding.save()
        _record(
            finding.claims.all(),
            editor,
            ClaimEvent.FINDING_DISMISSED,
            comment,
            before,
            _finding_state(finding),
        )
    return finding


def record_vanished(claims) -> None:
    """The engine no longer finds these claims; they are kept for the editors' work on them."""
    events = [
        ClaimEvent(
            claim=claim,
            action=ClaimEvent.VANISHED,
            summary="The extraction engine no longer finds this figure; kept because editors worked on it.",
            before={"identity": claim.identity},
        )
        for claim in claims
        if _last_action(claim) != ClaimEvent.VANISHED
    ]
    ClaimEvent.objects.bulk_create(events)


def _last_action(claim: Claim) -> str | None:
    last = claim.events.order_by("-at", "-id").only("action").first()
    return last.action if last else None


def _record(claims, editor, action: str, summary: str, before: dict, after: dict) -> None:
    ClaimEvent.objects.bulk_create(
        ClaimEvent(claim=claim, editor=editor, action=action, summary=summary, before=before, after=after)
        for claim in claims
    )


def _flag_state(flag: Flag) -> dict:
    return {
        "flag": flag.pk,
        "reason": flag.reason,
        "note": flag.note,
        "status": flag.status,
        "comment": flag.comment,
    }


def _finding_state(finding: Finding) -> dict:
    return {"finding": finding.pk, "kind": finding.kind, "status": finding.status, "comment": finding.comment}


def _reading(claim: Claim, correction: Correction | None) -> dict:
    """What the claim reads as, for the history: the correction where there is one."""
    value, metric = claim.value, claim.metric
    if correction is not None:
        value = correction.value if correction.value is not None else value
        metric = correction.metric or metric
    return {"value": _number(value), "metric": metric}


def _number(value) -> str:
    value = Decimal(value)
    return str(int(value)) if value == int(value) else str(value.normalize())
