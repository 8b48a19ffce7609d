"""Editors' multi-step writes. Each runs in one transaction and leaves a line in each claim's history.

Views and commands call these and nothing else to review claims (verify, correct, reject, restore,
add), to change flags and findings, or to correct an article, so the history cannot miss a change.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import vocabulary as vocab
from claims.extraction.sentences import split_sentences
from claims.models import Article, ArticleEvent, Claim, ClaimEvent, Finding, FindingEvent, Flag, Source
from claims.models.articles import CORRECTABLE_FIELDS, WORDING_OF, reading_value
from claims.models.editorial import FLAG_REASONS, REASON_FOR_KIND

# Claim.value is DECIMAL(14, 2): no figure at or above this fits.
VALUE_LIMIT = Decimal(10) ** 12
# ISO 8601 at the precision a text gives (CONTRACT.md): 2002, 2024-09, 2025-07-03.
ISO_PRECISION = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SLUG = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
PERIOD_FIELDS = ("period_type", "period_start", "period_end")
# An editor's reading is not a guess: pages that flag uncertain figures (low confidence) leave it be.
EDITORS_CONFIDENCE = 1.0


class EditorialError(Exception):
    """A write that makes no sense in the current state (closing a closed flag...); shown to the editor."""


# --- flags ---------------------------------------------------------------------------------------


def flag_claims(*, claims, editor, reason: str, note: str = "", finding: Finding | None = None) -> Flag:
    claims = list(claims)
    if not claims:
        raise EditorialError(_("A flag needs at least one claim."))
    if reason not in dict(FLAG_REASONS):
        raise EditorialError(_("Unknown reason: %(reason)s") % {"reason": reason})
    with transaction.atomic():
        flag = Flag.objects.create(reason=reason, note=note, created_by=editor, finding=finding)
        flag.claims.set(claims)
        _record(claims, editor, ClaimEvent.FLAGGED, note, before={}, after=_flag_state(flag))
    return flag


def resolve_flag(*, flag: Flag, editor, comment: str = "") -> Flag:
    return _close_flag(flag, editor, Flag.RESOLVED, ClaimEvent.FLAG_RESOLVED, comment)


def dismiss_flag(*, flag: Flag, editor, comment: str = "") -> Flag:
    return _close_flag(flag, editor, Flag.DISMISSED, ClaimEvent.FLAG_DISMISSED, comment)


def _close_flag(flag: Flag, editor, status: str, action: str, comment: str) -> Flag:
    with transaction.atomic():
        flag = Flag.objects.select_for_update().get(pk=flag.pk)
        if flag.status != Flag.OPEN:
            raise EditorialError(
                _("This flag is already %(status)s.") % {"status": flag.get_status_display()}
            )
        before = _flag_state(flag)
        flag.status, flag.comment = status, comment
        flag.closed_by, flag.closed_at = editor, timezone.now()
        flag.save()
        _record(flag.claims.all(), editor, action, comment, before=before, after=_flag_state(flag))
    return flag


# --- review of machine readings ------------------------------------------------------------------


def verify_claims(*, claims, editor, note: str = "") -> int:
    """The engine read these right: each machine reading becomes the editor's. Claims already
    reviewed are left as they are. Returns how many were verified."""
    ids = [claim.pk for claim in claims]
    now = timezone.now()
    with transaction.atomic():
        pending = list(Claim.objects.select_for_update().filter(pk__in=ids, review_state=Claim.MACHINE))
        for claim in pending:
            claim.machine_reading = claim.reading()
            claim.review_state, claim.reviewed_by, claim.reviewed_at = Claim.VERIFIED, editor, now
            claim.confidence = EDITORS_CONFIDENCE
        Claim.objects.bulk_update(
            pending, ["machine_reading", "review_state", "reviewed_by", "reviewed_at", "confidence"]
        )
        _record(
            pending,
            editor,
            ClaimEvent.VERIFIED,
            note,
            before={"review_state": Claim.MACHINE},
            after={"review_state": Claim.VERIFIED},
        )
        if pending:  # an editor's reading is sure: the findings on these claims weigh more now
            from claims.findings import refresh_findings

            refresh_findings()
    return len(pending)


def reject_claim(*, claim: Claim, editor, note: str = "", public_note: str = "") -> Claim:
    """Not a claim (a year, a law number, a vague count...): it leaves readers' pages, exports and the
    consistency engine, and stays in the record with its history."""
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        if claim.review_state == Claim.REJECTED:
            raise EditorialError(_("This claim is already rejected."))
        before = claim.review_state
        _keep_machine_reading(claim)
        claim.review_state, claim.reviewed_by, claim.reviewed_at = Claim.REJECTED, editor, timezone.now()
        claim.save(update_fields=["machine_reading", "review_state", "reviewed_by", "reviewed_at"])
        _record(
            [claim],
            editor,
            ClaimEvent.REJECTED,
            note,
            before={"review_state": before},
            after={"review_state": Claim.REJECTED},
            public_note=public_note,
        )
        findings_follow(claim, editor, rejected=True)
    return claim


def correct_claim(*, claim: Claim, editor, note: str = "", public_note: str = "", **changes) -> Claim:
    """Set what the claim reads (any of CORRECTABLE_FIELDS); the engine's reading is kept beside it.

    `changes` holds the fields the editor gives (value=209, period_type="year", ...); a field equal
    to what the claim already reads changes nothing. A field the engine worded (the qualifier, the
    period, the organisation) loses the engine's wording when corrected.
    """
    changes = clean_reading(changes)
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        before, state_before = claim.reading(), claim.review_state
        _keep_machine_reading(claim)
        for field, value in changes.items():
            setattr(claim, field, value)
        changed = {field for field in changes if reading_value(field, changes[field]) != before[field]}
        if not changed:
            raise EditorialError(_("The correction changes nothing."))
        for field, wording in WORDING_OF.items():
            if field in changed or (field == "period_type" and changed & set(PERIOD_FIELDS)):
                setattr(claim, wording, "")
        if changed & set(PERIOD_FIELDS):
            year = (claim.period_start or "")[:4]
            claim.period_year = int(year) if year.isdigit() else None
        _check_period(claim)
        claim.confidence = EDITORS_CONFIDENCE
        machine = claim.machine
        after = claim.reading()
        if claim.added_by_id or machine is None:
            claim.review_state = Claim.VERIFIED  # an editor's own figure: nothing machine-read to correct
        else:
            differs = any(machine.get(field, after[field]) != after[field] for field in CORRECTABLE_FIELDS)
            claim.review_state = Claim.CORRECTED if differs else Claim.VERIFIED
        claim.reviewed_by, claim.reviewed_at = editor, timezone.now()
        claim.save()
        keys = [field for field in after if after[field] != before[field]]
        before, after = {key: before[key] for key in keys}, {key: after[key] for key in keys}
        if claim.review_state != state_before:
            before["review_state"], after["review_state"] = state_before, claim.review_state
        _record([claim], editor, ClaimEvent.CORRECTED, note, before, after, public_note=public_note)
        findings_follow(claim, editor)
    return claim


def restore_machine_reading(*, claim: Claim, editor, note: str = "", public_note: str = "") -> Claim:
    """Undo editors' review: the engine's reading is the claim's reading again (a rejected claim
    comes back to readers' pages)."""
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        if claim.added_by_id and claim.machine_reading is None:
            raise EditorialError(_("An editor added this figure: there is no machine reading to go back to."))
        if claim.review_state == Claim.MACHINE:
            raise EditorialError(_("This claim already reads as the machine read it."))
        before = {**claim.reading(), "review_state": claim.review_state}
        for field, value in claim.machine.items():
            if field in before:
                setattr(claim, field, Decimal(str(value)) if field == "value" else value)
        claim.machine_reading = None
        claim.review_state, claim.reviewed_by, claim.reviewed_at = Claim.MACHINE, None, None
        claim.save()
        after = {**claim.reading(), "review_state": Claim.MACHINE}
        keys = [key for key in after if after[key] != before[key]]
        _record(
            [claim],
            editor,
            ClaimEvent.RESTORED,
            note,
            before={key: before[key] for key in keys},
            after={key: after[key] for key in keys},
            public_note=public_note,
        )
        findings_follow(claim, editor)
    return claim


def findings_follow(claim: Claim, editor, *, rejected: bool = False) -> None:
    """Findings follow the record: after an editor's correction, rejection or restoration of a
    claim the engine runs again; a finding on the claim whose conflict is gone is resolved "by the
    correction of claim N", a dismissed finding stays dismissed, and new conflicts open."""
    from claims.findings import refresh_findings

    refresh_findings(changed_claim=claim, editor=editor, rejected=rejected)


def add_claim(
    *, article: Article, editor, start: int, end: int, note: str = "", public_note: str = "", **reading
) -> Claim:
    """A figure the engine missed, selected by an editor in the article's text: recorded with its span
    and sentence like a machine reading, the editor as its author."""
    body = article.body
    if not (0 <= start < end <= len(body)):
        raise EditorialError(_("The selection is not inside the article's text."))
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    value_text = body[start:end]
    if not value_text or len(value_text) > 200:
        raise EditorialError(_("Select the figure itself (at most 200 characters)."))
    reading = clean_reading(reading)
    missing = {"value", "metric"} - set(reading)
    if missing:
        raise EditorialError(_("A claim needs its value and its metric."))
    overlapping = (
        Claim.objects.public()
        .filter(article=article, metric=reading["metric"], start__lt=end, end__gt=start)
        .exists()
    )
    if overlapping:
        raise EditorialError(_("This figure is already a claim with this metric."))
    identity = Claim.make_identity(article.content_hash, start, end, reading["metric"])
    if Claim.objects.filter(identity=identity).exists():
        raise EditorialError(_("This figure is already a claim with this metric."))
    year = (reading.get("period_start") or "")[:4]
    claim = Claim(
        article=article,
        identity=identity,
        value_text=value_text,
        sentence=sentence_around(body, start, end),
        start=start,
        end=end,
        period_year=int(year) if year.isdigit() else None,
        review_state=Claim.VERIFIED,
        reviewed_by=editor,
        reviewed_at=timezone.now(),
        added_by=editor,
        confidence=EDITORS_CONFIDENCE,
        **reading,
    )
    _check_period(claim)
    with transaction.atomic():
        claim.save()
        _record(
            [claim],
            editor,
            ClaimEvent.ADDED,
            note,
            before={},
            after=claim.reading(),
            public_note=public_note,
        )
    return claim


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence of the body holding the span, as the engine cuts sentences."""
    for sentence in split_sentences(body):
        if sentence.start <= start < sentence.end:
            return body[sentence.start : max(end, sentence.end)]
    return body[start:end]


def clean_reading(changes: dict) -> dict:
    """The given reading fields, checked and typed; EditorialError names the first bad one."""
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise EditorialError(
            _("These fields cannot be corrected: %(fields)s") % {"fields": ", ".join(unknown)}
        )
    cleaned = {}
    for field, value in changes.items():
        if value is None:
            continue
        if field == "value":
            try:
                value = Decimal(str(value))
            except InvalidOperation:
                raise EditorialError(_("The value is not a number.")) from None
            if not value.is_finite() or value < 0 or value >= VALUE_LIMIT:
                raise EditorialError(_("A figure cannot be negative or this large."))
            value = value.quantize(Decimal("0.01"))
        elif field in ("metric", "subset"):
            value = str(value).strip()
            if (value and not SLUG.match(value)) or (field == "metric" and not value):
                raise EditorialError(_("Not a metric or subset name: %(value)s") % {"value": value})
        elif field in ("period_start", "period_end", "as_of"):
            value = str(value).strip()
            if value and not ISO_PRECISION.match(value):
                raise EditorialError(_("A period is a year, a month or a date (2002, 2024-09, 2025-07-03)."))
        elif field in ("qualifier", "unit", "period_type", "org"):
            choices = {
                "qualifier": vocab.QUALIFIERS,
                "unit": vocab.UNITS,
                "period_type": vocab.PERIOD_TYPES,
                "org": vocab.ORGS,
            }[field]
            if value not in dict(choices):
                raise EditorialError(_("Unknown %(field)s: %(value)s") % {"field": field, "value": value})
        elif field == "person":
            value = " ".join(str(value).split())[:200]
        cleaned[field] = value
    return cleaned


def _check_period(claim: Claim) -> None:
    if claim.period_start and claim.period_end and claim.period_end < claim.period_start:
        raise EditorialError(_("A period cannot end before it starts."))


def _keep_machine_reading(claim: Claim) -> None:
    """Before an editor's first word on a claim, its columns are the engine's reading: keep a copy."""
    if claim.machine_reading is None and not claim.added_by_id:
        claim.machine_reading = claim.reading()


# --- findings ------------------------------------------------------------------------------------


def confirm_finding(*, finding: Finding, editor, note: str = "") -> Flag:
    """The editor agrees with the engine: the claims the finding accuses get a flag; the others are
    its evidence, shown beside the flag through the finding, and keep no badge."""
    with transaction.atomic():
        finding = Finding.objects.select_for_update().get(pk=finding.pk)
        if finding.status != Finding.OPEN:
            raise EditorialError(
                _("This finding is already %(status)s.") % {"status": finding.get_status_display()}
            )
        accused = list(finding.accused_claims())
        if not accused:  # a finding stored before roles existed accuses all its claims
            accused = list(finding.claims.all())
        before = _finding_state(finding)
        finding.status, finding.decided_by, finding.decided_at = Finding.CONFIRMED, editor, timezone.now()
        finding.comment = note
        finding.save()
        _record(accused, editor, ClaimEvent.FINDING_CONFIRMED, note, before, _finding_state(finding))
        FindingEvent.objects.create(finding=finding, action=FindingEvent.CONFIRMED, editor=editor, note=note)
        flag = flag_claims(
            claims=accused,
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
            raise EditorialError(
                _("This finding is already %(status)s.") % {"status": finding.get_status_display()}
            )
        before = _finding_state(finding)
        finding.status, finding.decided_by, finding.decided_at = Finding.DISMISSED, editor, timezone.now()
        finding.comment = comment
        finding.save()
        FindingEvent.objects.create(
            finding=finding, action=FindingEvent.DISMISSED, editor=editor, note=comment
        )
        _record(
            finding.claims.all(),
            editor,
            ClaimEvent.FINDING_DISMISSED,
            comment,
            before,
            _finding_state(finding),
        )
    return finding


# --- articles ------------------------------------------------------------------------------------


def correct_article(*, article: Article, editor, note: str = "", public_note: str = "", **changes) -> Article:
    """Correct an article's title, outlet, publication date, dateline or address; a later re-import
    of its file keeps the correction (Article.machine_details holds what the import read)."""
    unknown = set(changes) - set(Article.DETAIL_FIELDS)
    if unknown:
        raise EditorialError(
            _("These fields cannot be corrected: %(fields)s") % {"fields": ", ".join(unknown)}
        )
    with transaction.atomic():
        article = Article.objects.select_for_update(of=("self",)).select_related("source").get(pk=article.pk)
        before = article.details()
        if article.machine_details is None:
            article.machine_details = before
        for field, value in changes.items():
            if field == "outlet":
                article.source = Source.for_name(" ".join((value or "").split())) if value else None
            elif field == "published":
                article.published = value or None
            else:
                setattr(article, field, (value or "").strip())
        after = article.details()
        keys = [key for key in after if after[key] != before[key]]
        if not keys:
            raise EditorialError(_("The correction changes nothing."))
        if "title" in keys:
            article.refresh_search_text()
        article.save()
        ArticleEvent.objects.create(
            article=article,
            editor=editor,
            summary=note,
            public_note=public_note,
            before={key: before[key] for key in keys},
            after={key: after[key] for key in keys},
        )
    return article


# --- what the importer tells the history ---------------------------------------------------------


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


def record_reread(changes: list[tuple[Claim, dict, dict]]) -> None:
    """The engine now reads reviewed claims otherwise; the editors' reading stays, this is for them."""
    ClaimEvent.objects.bulk_create(
        ClaimEvent(claim=claim, action=ClaimEvent.REREAD, before=before, after=after)
        for claim, before, after in changes
    )


def _last_action(claim: Claim) -> str | None:
    last = claim.events.order_by("-at", "-id").only("action").first()
    return last.action if last else None


def _record(
    claims, editor, action: str, summary: str, before: dict, after: dict, public_note: str = ""
) -> None:
    ClaimEvent.objects.bulk_create(
        ClaimEvent(
            claim=claim,
            editor=editor,
            action=action,
            summary=summary,
            public_note=public_note,
            before=before,
            after=after,
        )
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
