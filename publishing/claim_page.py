"""The parts of a claim's public page: where it sits in its article, its repeats, its public history,
the editors' verdicts on it and the line to cite it by."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims.history import readable_changes
from claims.models import Claim, Flag
from claims.models.editorial import FLAG_REASONS
from publishing import words
from publishing.reading import public_claims

# Characters of article text shown on each side of the sentence: the paragraph, not the whole article
# (a body can be a megabyte, and the full article is one link away).
CONTEXT_CHARS = 600
# Repeats listed by name; the rest are counted.
MAX_REPEATS = 100

VERIFIED = "verified"
NOT_A_CLAIM = "not_a_claim"
# Each verdict an editor can give a claim, in the page's language (ClaimReview's alternateName).
VERDICTS = {**dict(FLAG_REASONS), VERIFIED: gettext_lazy("verified")}


@dataclass
class Excerpt:
    before: str
    sentence_before: str
    figure: str
    sentence_after: str
    after: str
    clipped_start: bool
    clipped_end: bool

    def html(self) -> SafeString:
        """The paragraph with the sentence marked and the figure marked inside it; all text escaped."""
        return format_html(
            '{}{}<mark class="sentence">{}<mark class="claim figure">{}</mark>{}</mark>{}{}',
            "… " if self.clipped_start else "",
            self.before,
            self.sentence_before,
            self.figure,
            self.sentence_after,
            self.after,
            " …" if self.clipped_end else "",
        )


def excerpt(claim: Claim, body: str) -> Excerpt | None:
    """The claim's sentence in its paragraph, from the stored offsets; None when they no longer fit."""
    if not (0 <= claim.start < claim.end <= len(body)):
        return None
    sentence_start, sentence_end = claim.start, claim.end
    sentence = claim.sentence or ""
    found = (
        body.rfind(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
        if sentence
        else -1
    )
    if found != -1 and found <= claim.start and claim.end <= found + len(sentence):
        sentence_start, sentence_end = found, found + len(sentence)
    paragraph_start = body.rfind("\n", 0, sentence_start) + 1
    paragraph_end = body.find("\n", sentence_end)
    paragraph_end = len(body) if paragraph_end == -1 else paragraph_end
    start = max(paragraph_start, sentence_start - CONTEXT_CHARS)
    end = min(paragraph_end, sentence_end + CONTEXT_CHARS)
    return Excerpt(
        before=body[start:sentence_start],
        sentence_before=body[sentence_start : claim.start],
        figure=body[claim.start : claim.end],
        sentence_after=body[claim.end : sentence_end],
        after=body[sentence_end:end],
        clipped_start=start > paragraph_start,
        clipped_end=end < paragraph_end,
    )


def repeats_of(claim: Claim) -> tuple[list[Claim], int]:
    """Every public claim giving the same figure (metric, value, qualifier, unit, subset and period),
    in order of first appearance (undated last), this claim included; at most MAX_REPEATS, and the count."""
    same = public_claims().filter(
        metric=claim.metric,
        value=claim.value,
        qualifier=claim.qualifier,
        unit=claim.unit,
        subset=claim.subset,
        period_type=claim.period_type,
        period_start=claim.period_start,
    )
    ordered = same.order_by(F("article__published").asc(nulls_last=True), "article_id", "start", "id")
    listed = list(ordered[:MAX_REPEATS])
    total = len(listed) if len(listed) < MAX_REPEATS else same.count()
    return listed, total


@dataclass
class Verdict:
    """An editor's verdict on a claim, as published (ClaimReview): the reason and when it was given."""

    reason: str
    given_at: datetime
    status: str = ""  # a flag's: open (under review) or resolved
    finding_kind: str = ""

    @property
    def words(self) -> str:
        return str(VERDICTS.get(self.reason, self.reason.replace("_", " ")))

    @property
    def finding_words(self) -> str:
        from claims.models.editorial import FINDING_KINDS

        return str(dict(FINDING_KINDS).get(self.finding_kind, "")) if self.finding_kind else ""


def verdicts_of(claim: Claim) -> list[Verdict]:
    """Editors' verdicts on the claim: each flag they raised and did not dismiss (a confirmed finding
    is such a flag), "verified" once an editor verified the reading, and "not a claim" once they
    rejected it. A dismissed flag was withdrawn: it is history, not a verdict."""
    verdicts = [
        Verdict(flag.reason, flag.created_at, flag.status, flag.finding.kind if flag.finding else "")
        for flag in claim.flags.exclude(status=Flag.DISMISSED)
        .select_related("finding")
        .order_by("created_at")
    ]
    if claim.review_state == Claim.VERIFIED and claim.reviewed_at:
        verdicts.append(Verdict(VERIFIED, claim.reviewed_at))
    rejected = claim.review_state == Claim.REJECTED and claim.reviewed_at
    if rejected and not any(v.reason == NOT_A_CLAIM for v in verdicts):
        verdicts.append(Verdict(NOT_A_CLAIM, claim.reviewed_at))
    return sorted(verdicts, key=lambda v: v.given_at)


@dataclass
class HistoryLine:
    at: datetime
    action: str
    changes: list = field(default_factory=list)  # (label, before, after) in words
    note: str = ""  # what editors told readers, never their internal note


def public_history(claim: Claim) -> list[HistoryLine]:
    """The steps of the claim's history readers may see (the editors' public part: their decisions and
    the flags' reasons), worded as the editors' history page words them, without who made them or
    the editors' internal notes."""
    return [
        HistoryLine(
            event.at,
            event.get_action_display(),
            [(c.label, c.before, c.after) for c in readable_changes(event, public=True)],
            event.public_note,
        )
        for event in claim.events.public().order_by("at", "id")
    ]


def citation(claim: Claim, url: str, *, today: date | None = None) -> str:
    """The "cite this" line, in the page's language."""
    today = today or timezone.localdate()
    return _("ctfacts, claim %(id)s: “%(headline)s”. %(url)s (consulted on %(today)s).") % {
        "id": claim.pk,
        "headline": words.headline(claim),
        "url": url,
        "today": date_format(today, "j F Y"),
    }
