"""The bridge between claims in the database and the pure consistency engine.

Claims become `ClaimRecord`s (with an editor's correction in place of what the engine read), the
engine returns findings, and `refresh_findings` stores them under a key built from the claims'
`identity` strings, which survive re-imports and re-extraction where ids of re-created rows would not.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction

from claims.consistency.records import ClaimRecord, finding_key
from claims.models import Claim, Finding, Flag

logger = logging.getLogger(__name__)


def claim_records(claims=None) -> list[ClaimRecord]:
    """Every claim (or the given queryset) as the engine reads it, editors' corrections applied.

    A claim an editor flagged as not a claim (a flag still open, or resolved) is left out: it
    must not make or break a series. Dismissing that flag brings the claim back.
    """
    queryset = (claims if claims is not None else Claim.objects.all()).select_related(
        "article", "article__source", "correction"
    )
    not_claims = Flag.objects.filter(reason="not_a_claim", status__in=[Flag.OPEN, Flag.RESOLVED])
    queryset = queryset.exclude(pk__in=not_claims.values("claims"))
    return [record_for(claim) for claim in queryset.order_by("id")]


def record_for(claim: Claim) -> ClaimRecord:
    value, metric = claim.value, claim.metric
    correction = correction_of(claim)
    if correction is not None:
        value = correction.value if correction.value is not None else value
        metric = correction.metric or metric
    article = claim.article
    return ClaimRecord(
        id=claim.pk,
        file=article.file_name,
        outlet=article.source.name if article.source_id else None,
        published=article.published,
        metric=metric,
        subset=claim.subset or None,
        value=float(value),
        qualifier=claim.qualifier,
        unit=claim.unit,
        period_type=claim.period_type,
        period_start=claim.period_start or None,
        period_end=claim.period_end or None,
        org=claim.org,
        article_id=article.pk,
        sentence=claim.sentence,
        start=claim.start,
    )


def correction_of(claim: Claim):
    try:
        return claim.correction
    except ObjectDoesNotExist:
        return None


def find_inconsistencies(records: list[ClaimRecord]):
    from claims.consistency.rules import find_inconsistencies as engine

    return engine(records)


def consistency_report(claims=None) -> dict:
    """CONTRACT.md part 2, computed from the claims in the database as editors left them."""
    from claims.consistency.report import report_json

    records = claim_records(claims)
    findings = find_inconsistencies(records)
    return report_json(findings, {record.id: record for record in records})


@dataclass
class RefreshOutcome:
    added: int = 0
    kept: int = 0
    removed: int = 0

    def summary(self) -> str:
        return f"{self.added} new findings, {self.kept} kept, {self.removed} gone"


def refresh_findings() -> RefreshOutcome:
    """Store what the engine finds now.

    New findings are added open; a finding the engine still finds keeps its status (a dismissed
    one stays dismissed, so it never comes back) and gets the current explanation and claims;
    an open finding the engine no longer finds goes away. Confirmed and dismissed findings are
    editors' decisions and are kept whether or not the engine still finds them.
    """
    records = claim_records()
    identities = dict(Claim.objects.values_list("id", "identity"))
    found = {}
    for finding in find_inconsistencies(records):
        key = finding_key(finding.kind, finding.metric, [identities[i] for i in finding.claim_ids])
        found.setdefault(key, finding)

    outcome = RefreshOutcome()
    with transaction.atomic():
        existing = {f.key: f for f in Finding.objects.select_for_update().filter(key__in=list(found))}
        for key, finding in found.items():
            stored = existing.get(key)
            if stored is None:
                # get_or_create: two imports finishing together may both find the same new finding.
                stored, created = Finding.objects.get_or_create(
                    key=key,
                    defaults={
                        "kind": finding.kind,
                        "metric": finding.metric,
                        "explanation": finding.explanation,
                    },
                )
                outcome.added += created
                outcome.kept += not created
            else:
                if stored.explanation != finding.explanation:
                    stored.explanation = finding.explanation
                    stored.save(update_fields=["explanation", "updated_at"])
                outcome.kept += 1
            stored.claims.set(finding.claim_ids)
        vanished = Finding.objects.open().exclude(key__in=list(found))
        outcome.removed = vanished.count()
        vanished.delete()
    return outcome


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
