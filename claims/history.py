"""Histories a person can read: each field by its name and each value in the interface language.

`ClaimEvent.before/after` and `ArticleEvent.before/after` keep slugs and raw values (the record);
these functions word them for the history pages, the corrections log and the editors' badges.
Internal keys (a flag's or a finding's id) and editors' notes are never listed as changes: notes
are shown to editors on their own, and never to readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from claims import vocabulary as vocab
from claims.models.articles import Claim
from claims.models.editorial import FINDING_KINDS, FLAG_REASONS, Finding, Flag

FIELD_LABELS = {
    "value": _("value"),
    "metric": _("metric"),
    "subset": _("subset"),
    "qualifier": _("qualifier"),
    "qualifier_text": _("qualifier as printed"),
    "unit": _("unit"),
    "period_type": _("kind of period"),
    "period_start": _("period start"),
    "period_end": _("period end"),
    "period_text": _("period as printed"),
    "org": _("said by"),
    "person": _("person quoted"),
    "attribution_raw": _("attribution as printed"),
    "as_of": _("figure dated"),
    "confidence": _("engine's confidence"),
    "review_state": _("review"),
    "status": _("status"),
    "reason": _("reason"),
    "kind": _("kind"),
    "title": _("title"),
    "outlet": _("outlet"),
    "published": _("publication date"),
    "dateline": _("dateline"),
    "url": _("original address"),
}
# Shown elsewhere or meaningless to a person: ids, notes and comments, the derived year.
# (An editor's reading is sure: its confidence going to 100% is no change a person needs to read.)
HIDDEN_KEYS = frozenset({"flag", "finding", "note", "comment", "identity", "period_year", "confidence"})
# What readers may see of a flag or finding step: its reason and status, not the editor's words.
PUBLIC_KEYS = frozenset(FIELD_LABELS) - {"kind"}

# A corrected field, named as readers know the claim's parts (the badge: "corrected: value, period").
FIELD_GROUPS = {
    "value": _("value"),
    "metric": _("metric"),
    "subset": _("subset"),
    "qualifier": _("qualifier"),
    "unit": _("unit"),
    "period_type": _("period"),
    "period_start": _("period"),
    "period_end": _("period"),
    "org": _("attribution"),
    "person": _("attribution"),
}

_CHOICES = {
    "qualifier": dict(vocab.QUALIFIERS),
    "unit": dict(vocab.UNITS),
    "period_type": dict(vocab.PERIOD_TYPES),
    "org": dict(vocab.ORGS),
    "review_state": dict(Claim.REVIEW_STATES),
    "status": {**dict(Flag.STATUSES), **dict(Finding.STATUSES)},
    "reason": dict(FLAG_REASONS),
    "kind": dict(FINDING_KINDS),
}


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


def field_label(field: str) -> str:
    return str(FIELD_LABELS.get(field, field.replace("_", " ")))


def value_words(field: str, value) -> str:
    """A stored value as a person reads it; "—" for nothing."""
    if value is None or value == "":
        return "—"
    if field == "metric":
        return vocab.metric_label(str(value))
    if field == "subset":
        return vocab.subset_label(str(value))
    if field in _CHOICES:
        return str(_CHOICES[field].get(value, value))
    if field == "published":
        try:
            return date_format(date.fromisoformat(str(value)), "j F Y")
        except ValueError:
            return str(value)
    if field == "confidence":
        return f"{float(value):.0%}"
    return str(value)


def readable_changes(event, *, public: bool = False) -> list[Change]:
    """The fields a step changed, labelled and worded; for readers, only what they may see."""
    keys = PUBLIC_KEYS if public else set(FIELD_LABELS)
    return [
        Change(field, field_label(field), value_words(field, before), value_words(field, after))
        for field, before, after in event.changes()
        if field in keys and field not in HIDDEN_KEYS
    ]


def corrected_parts(claim) -> list[str]:
    """The parts of a claim an editor corrected, once each, in reading order."""
    parts: list[str] = []
    for field in claim.corrected_fields():
        label = FIELD_GROUPS.get(field)
        if label is not None and str(label) not in parts:
            parts.append(str(label))
    return parts
