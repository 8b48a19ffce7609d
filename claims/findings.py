"""The bridge between claims in the database and the pure consistency engine.

Claims become `ClaimRecord`s (their effective reading, rejected claims left out), the engine
returns findings, and `refresh_findings` stores them under a key built from the claims'
`identity` strings, which survive re-imports and re-extraction where ids of re-created rows would not.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from claims.consistency.records import ClaimRecord, finding_key
from claims.models import Claim, Finding, FindingClaim, FindingEvent, Flag
from claims.models.editorial import accused_claim_ids

logger = logging.getLogger(__name__)


# Findings and their claims are read and written in chunks of this many keys or rows: few queries
# for a whole database, and never more parameters than SQLite accepts in one statement.
CHUNK = 2000

# What the engine needs of a claim and its article, read as plain values
# (no article bodies, no model instances) so that a database of a million claims fits in memory.
_RECORD_FIELDS = (
    "id",
    "metric",
    "subset",
    "value",
    "qualifier",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "org",
    "sentence",
    "start",
    "article_id",
    "article__file_name",
    "article__source__name",
    "article__published",
    "article__copy_of_id",
    "article__title",
    "value_text",
    "confidence",
    "as_of",
)


def claim_records(claims=None) -> list[ClaimRecord]:
    """Every claim (or the given queryset) as the engine reads it: its effective reading.

    A claim an editor rejected, or flagged as not a claim (a flag still open, or resolved), is
    left out: it must not make or break a series. Dismissing that flag brings the claim back.
    """
    queryset = (claims if claims is not None else Claim.objects.all()).public()
    not_claims = Flag.objects.filter(reason="not_a_claim", status__in=[Flag.OPEN, Flag.RESOLVED])
    queryset = queryset.exclude(pk__in=not_claims.values("claims"))
    rows = queryset.order_by("id").values_list(*_RECORD_FIELDS)
    return [_record(dict(zip(_RECORD_FIELDS, row, strict=True))) for row in rows.iterator(chunk_size=CHUNK)]


def _record(row: dict) -> ClaimRecord:
    return ClaimRecord(
        id=row["id"],
        file=row["article__file_name"],
        outlet=row["article__source__name"],
        published=row["article__published"],
        metric=row["metric"],
        subset=row["subset"] or None,
        value=float(row["value"]),
        qualifier=row["qualifier"],
        unit=row["unit"],
        period_type=row["period_type"],
        period_start=row["period_start"] or None,
        period_end=row["period_end"] or None,
        org=row["org"],
        article_id=row["article_id"],
        sentence=row["sentence"],
        start=row["start"],
        value_text=row["value_text"],
        confidence=row["confidence"],
        stated_as_of=row["as_of"] or None,
        source_id=row["article__copy_of_id"] or row["article_id"],
        title=row["article__title"] or "",
    )


def find_inconsistencies(records: list[ClaimRecord]):
    from claims.consistency.rules import find_inconsistencies as engine

    return engine(records)


def consistency_report(claims=None, *, include_hidden: bool = False) -> dict:
    """CONTRACT.md part 2, computed from the claims in the database as editors left them: the
    findings the queue shows, most trustworthy first (with `include_hidden`, those under its
    threshold too)."""
    from claims.consistency.report import report_json

    records = claim_records(claims)
    findings = find_inconsistencies(records)
    return report_json(findings, {record.id: record for record in records}, include_hidden=include_hidden)


@dataclass
class RefreshOutcome:
    added: int = 0
    kept: int = 0
    removed: int = 0
    resolved: int = 0

    def summary(self) -> str:
        return f"{self.added} new findings, {self.kept} kept, {self.removed} gone, {self.resolved} resolved"


def refresh_findings(
    *, changed_claim: Claim | None = None, editor=None, rejected: bool = False
) -> RefreshOutcome:
    """Store what the engine finds now.

    New findings are added open; a finding the engine still finds keeps its status (a dismissed
    one stays dismissed, so it never comes back) and gets the current explanation, score and claims;
    an open finding the engine no longer finds goes away, unless an editor's correction (or
    rejection) of one of its claims (`changed_claim`) is what made its conflict go: then it is
    resolved, and its history says by the correction of which claim. Confirmed and dismissed
    findings are editors' decisions and are kept whether or not the engine still finds them.

    Every step is a bulk read or write over chunks (one query per CHUNK findings), never a query
    per finding: a database with tens of thousands of findings refreshes in seconds.
    """
    records = claim_records()
    identities = dict(Claim.objects.values_list("id", "identity"))
    found = {}
    for finding in find_inconsistencies(records):
        key = finding_key(finding.kind, finding.metric, [identities[i] for i in finding.claim_ids])
        found.setdefault(key, finding)

    outcome = RefreshOutcome()
    with transaction.atomic():
        stored = _stored_findings(list(found))
        new = [
            Finding(
                key=key,
                kind=finding.kind,
                metric=finding.metric,
                explanation=finding.explanation,
                score=finding.score,
            )
            for key, finding in found.items()
            if key not in stored
        ]
        # ignore_conflicts: two imports finishing together may both find the same new finding;
        # the one that commits second keeps the first one's row.
        Finding.objects.bulk_create(new, batch_size=CHUNK, ignore_conflicts=True)
        outcome.added, outcome.kept = len(new), len(found) - len(new)
        _update_explanations(found, stored)
        ids = {
            **{key: pk for key, (pk, _explanation, _score) in stored.items()},
            **_finding_ids([f.key for f in new]),
        }
        _set_claims({ids[key]: _roles(finding) for key, finding in found.items()})
        FindingEvent.objects.bulk_create(
            [FindingEvent(finding_id=ids[f.key], action=FindingEvent.FOUND) for f in new if f.key in ids],
            batch_size=CHUNK,
        )
        if changed_claim is not None:
            outcome.resolved = _resolve_vanished(set(found), changed_claim, editor, rejected)
        outcome.removed = _delete_vanished_open_findings(set(found))
    return outcome


def _resolve_vanished(found_keys: set[str], claim: Claim, editor, rejected: bool) -> int:
    """Open findings on this claim that the engine no longer finds: the editor's correction (or
    rejection) of the claim resolved them."""
    gone = [
        pk
        for pk, key in Finding.objects.open().filter(claims=claim).values_list("id", "key")
        if key not in found_keys
    ]
    if not gone:
        return 0
    Finding.objects.filter(pk__in=gone).update(
        status=Finding.RESOLVED, decided_by=editor, decided_at=timezone.now(), updated_at=timezone.now()
    )
    FindingEvent.objects.bulk_create(
        FindingEvent(
            finding_id=pk,
            action=FindingEvent.RESOLVED,
            editor=editor,
            claim=claim,
            note="rejected" if rejected else "corrected",
        )
        for pk in gone
    )
    return len(gone)


def _chunks(items: list, size: int = CHUNK):
    for first in range(0, len(items), size):
        yield items[first : first + size]


def _stored_findings(keys: list[str]) -> dict[str, tuple[int, str, float]]:
    """key → (id, explanation, score) of the findings already stored under these keys, locked for the refresh."""
    stored = {}
    for chunk in _chunks(keys):
        rows = (
            Finding.objects.select_for_update()
            .filter(key__in=chunk)
            .values_list("key", "id", "explanation", "score")
        )
        stored.update({key: (pk, explanation, score) for key, pk, explanation, score in rows})
    return stored


def _finding_ids(keys: list[str]) -> dict[str, int]:
    ids = {}
    for chunk in _chunks(keys):
        ids.update(Finding.objects.filter(key__in=chunk).values_list("key", "id"))
    return ids


def _update_explanations(found: dict, stored: dict[str, tuple[int, str, float]]) -> None:
    """A kept finding gets the engine's current wording and score (its claims may have been corrected)."""
    now = timezone.now()
    changed = [
        Finding(pk=pk, explanation=found[key].explanation, score=found[key].score, updated_at=now)
        for key, (pk, explanation, score) in stored.items()
        if explanation != found[key].explanation or score != found[key].score
    ]
    Finding.objects.bulk_update(changed, ["explanation", "score", "updated_at"], batch_size=CHUNK)


def _roles(finding) -> dict[int, str]:
    """Each claim of an engine finding and its part in it: accused, or evidence."""
    accused = accused_claim_ids(finding.kind, finding.claim_ids)
    return {c: FindingClaim.ACCUSED if c in accused else FindingClaim.EVIDENCE for c in finding.claim_ids}


def _set_claims(wanted: dict[int, dict[int, str]]) -> None:
    """`finding.claims.set(...)` for every finding at once, with each claim's role (accused or
    evidence), through the FindingClaim table."""
    current: dict[int, dict[int, tuple[int, str]]] = {}  # finding id → claim id → (row id, role)
    for chunk in _chunks(list(wanted)):
        rows = FindingClaim.objects.filter(finding_id__in=chunk).values_list(
            "finding_id", "claim_id", "id", "role"
        )
        for finding_id, claim_id, row_id, role in rows:
            current.setdefault(finding_id, {})[claim_id] = (row_id, role)
    stale_rows, missing, recast = [], [], []
    for finding_id, roles in wanted.items():
        have = current.get(finding_id, {})
        stale_rows += [row_id for claim_id, (row_id, _role) in have.items() if claim_id not in roles]
        missing += [
            FindingClaim(finding_id=finding_id, claim_id=c, role=roles[c])
            for c in sorted(roles)
            if c not in have
        ]
        recast += [
            FindingClaim(pk=have[c][0], role=roles[c])
            for c in sorted(roles)
            if c in have and have[c][1] != roles[c]
        ]
    for chunk in _chunks(stale_rows):
        FindingClaim.objects.filter(id__in=chunk).delete()
    FindingClaim.objects.bulk_create(missing, batch_size=CHUNK, ignore_conflicts=True)
    FindingClaim.objects.bulk_update(recast, ["role"], batch_size=CHUNK)


def _delete_vanished_open_findings(found_keys: set[str]) -> int:
    vanished = [pk for pk, key in Finding.objects.open().values_list("id", "key") if key not in found_keys]
    for chunk in _chunks(vanished):
        Finding.objects.filter(pk__in=chunk).delete()
    return len(vanished)


def rekey_findings(claim_ids) -> None:
    """Findings on claims whose identity changed (the importer re-anchored them) take the key their
    claims now give, so that a dismissed finding is still recognised as dismissed on the next refresh."""
    for finding in Finding.objects.filter(claims__in=list(claim_ids)).distinct().prefetch_related("claims"):
        key = finding_key(finding.kind, finding.metric, [c.identity for c in finding.claims.all()])
        if key != finding.key and not Finding.objects.filter(key=key).exists():
            Finding.objects.filter(pk=finding.pk).update(key=key)


def refresh_findings_quietly() -> RefreshOutcome | None:
    """For the importer: articles are saved by now, so a failing engine must not undo or stop the import."""
    try:
        return refresh_findings()
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("claims.consistency"):
            logger.warning("consistency engine not available yet (%s): findings not refreshed", exc.name)
            return None
        raise
    except Exception:  # noqa: BLE001 - the import succeeded; the findings wait for the next refresh
        logger.exception("refreshing findings failed")
        return None
