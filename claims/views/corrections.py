"""What readers see of editors' work: each claim's public history and the corrections log.

Both are public (no log-in): a journalist who follows a "history" link, signed in or not, reads what
editors decided about a figure and why they told readers, never an editor's internal note. Editors
see the whole history on the same page: who, every step, and their notes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import CharField, Value
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.accounts import is_editor
from claims.history import FIELD_LABELS, corrected_parts, readable_changes, value_words
from claims.models import ArticleEvent, Claim, ClaimEvent
from claims.views.journalists import BadPage, annotate_rows, page_of, query_with

# The reading shown side by side, the editors' and the machine's, for a reviewed claim.
COMPARED_FIELDS = (
    "value",
    "metric",
    "subset",
    "qualifier",
    "unit",
    "period_type",
    "period_start",
    "period_end",
    "org",
    "person",
)


@dataclass
class Entry:
    event: ClaimEvent | ArticleEvent
    changes: list
    claim: Claim | None = None


@dataclass
class ReadingRow:
    field: str
    label: str
    reading: str
    machine: str

    @property
    def differs(self) -> bool:
        return self.reading != self.machine


@require_safe
def claim_history(request, pk):
    """The claim's history: its public part for readers, every step with notes for editors."""
    claim = get_object_or_404(Claim.objects.for_listing().with_editorial(), pk=pk)
    annotate_rows([claim])
    editor = is_editor(request.user)
    events = claim.events.select_related("editor") if editor else claim.events.public()
    entries = [Entry(event, readable_changes(event, public=not editor)) for event in events]
    machine = claim.machine
    rows = []
    if machine is not None and claim.review_state != Claim.MACHINE:
        reading = claim.reading()
        rows = [
            ReadingRow(
                name,
                str(FIELD_LABELS[name]),
                value_words(name, reading.get(name)),
                value_words(name, machine.get(name)),
            )
            for name in COMPARED_FIELDS
        ]
    flags = claim.flags.select_related("created_by", "closed_by") if editor else claim.flags.all()
    return render(
        request,
        "claims/editors/history.html",
        {
            "claim": claim,
            "entries": entries,
            "events": events,
            "flags": flags,
            "can_edit": editor,
            "reading_rows": rows,
            "corrected_parts": corrected_parts(claim),
        },
    )


@require_safe
def corrections_log(request):
    """Every correction of a claim or an article, newest first, as a newsroom's corrections page."""
    kind = CharField()
    claim_steps = ClaimEvent.objects.corrections().annotate(kind=Value("claim", output_field=kind))
    article_steps = ArticleEvent.objects.annotate(kind=Value("article", output_field=kind))
    # Each part without its model's ordering: a compound statement orders only as a whole.
    steps = (
        claim_steps.order_by()
        .values_list("at", "id", "kind")
        .union(article_steps.order_by().values_list("at", "id", "kind"), all=True)
        .order_by("-at", "-id")
    )
    try:
        page = page_of(steps, request.GET.get("page"))
    except BadPage as exc:
        return render(request, "claims/bad_request.html", {"message": str(exc)}, status=400)
    claim_ids = [pk for _at, pk, kind in page.items if kind == "claim"]
    article_ids = [pk for _at, pk, kind in page.items if kind == "article"]
    claim_events = ClaimEvent.objects.select_related("claim", "claim__article", "claim__article__source")
    article_events = ArticleEvent.objects.select_related("article", "article__source")
    found = {
        **{("claim", e.pk): e for e in claim_events.filter(pk__in=claim_ids)},
        **{("article", e.pk): e for e in article_events.filter(pk__in=article_ids)},
    }
    entries = []
    for _at, pk, kind in page.items:
        event = found[(kind, pk)]
        claim = getattr(event, "claim", None)
        if claim is not None:
            annotate_rows([claim])
        entries.append(Entry(event, readable_changes(event, public=True), claim))
    return render(
        request,
        "claims/corrections.html",
        {
            "entries": entries,
            "page": page,
            "next_href": query_with(request, drop=(), page=page.number + 1) if page.has_next else "",
            "previous_href": query_with(request, drop=(), page=page.number - 1) if page.has_previous else "",
        },
    )
