"""The engine scored against the newsroom's own gold: every claim an editor verified, corrected,
rejected or added (`manage.py evaluate_extraction --reviewed`).

Each article with a reviewed claim is read again by the current engine (as `reextract` reads it,
offsets relative to the body), and each claim the engine finds is matched to the editors' claims by
its place in the text (overlapping spans):

- a match with the editor's metric and value is right (tp), and its qualifier, subset, period and
  attribution are compared with the editor's;
- a claim where the editor reads another metric or value is wrong (fp), and the editor's is missed (fn);
- a claim on a figure an editor rejected as "not a claim" is wrong (fp);
- an editor's claim (verified, corrected or added) the engine does not find is missed (fn);
- a claim on a figure no editor reviewed is not judged (counted apart).

So precision is the share of the engine's claims on reviewed figures that editors agree with, and
recall the share of the editors' claims the engine finds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from claims.extraction.engine import extract
from claims.importer import stored_document
from claims.models import Article, Claim

ATTRIBUTES = ("qualifier", "subset", "period_type", "period_start", "org")


@dataclass
class ReviewedScore:
    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unjudged: int = 0
    attributes: dict = field(default_factory=lambda: {name: [0, 0] for name in ATTRIBUTES})
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 3) if p and r else None

    def as_json(self) -> dict:
        return {
            "articles": self.articles,
            "claims": {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "unjudged": self.unjudged,
                "precision": self.precision,
                "recall": self.recall,
                "f1": self.f1,
            },
            "attributes": {
                name: {"right": right, "total": total, "accuracy": round(right / total, 3) if total else None}
                for name, (right, total) in self.attributes.items()
            },
            "misses": self.misses,
            "extras": self.extras,
        }

    def lines(self) -> list[str]:
        lines = [f"  missed : {line}" for line in self.misses]
        lines += [f"  extra  : {line}" for line in self.extras]
        lines.append(
            f"reviewed claims P={self.precision} R={self.recall} F1={self.f1} "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}; {self.unjudged} on figures no editor reviewed) "
            f"in {self.articles} articles"
        )
        lines.append(
            "attributes "
            + " ".join(f"{name}={right}/{total}" for name, (right, total) in self.attributes.items())
        )
        return lines


def evaluate_reviewed(read=extract) -> ReviewedScore:
    """The score of `read` (the engine's `extract`) on every article an editor reviewed a claim of."""
    score = ReviewedScore()
    articles = (
        Article.objects.filter(pk__in=Claim.objects.reviewed().values("article_id"))
        .select_related("source")
        .order_by("id")
    )
    for article in articles.iterator(chunk_size=100):
        score.articles += 1
        reviewed = list(Claim.objects.reviewed().filter(article=article).order_by("start"))
        _score_article(score, article, reviewed, read(stored_document(article)).claims)
    return score


def _score_article(score: ReviewedScore, article: Article, reviewed: list[Claim], found: list) -> None:
    gold = [claim for claim in reviewed if claim.review_state != Claim.REJECTED]
    rejected = [claim for claim in reviewed if claim.review_state == Claim.REJECTED]
    matched: set[int] = set()
    for predicted in found:
        span = (predicted.start, predicted.end)
        editors = next((c for c in gold if c.pk not in matched and _overlap(span, c)), None)
        if editors is not None:
            matched.add(editors.pk)
            if predicted.metric == editors.metric and _same_value(predicted.value, editors.value):
                score.tp += 1
                _compare_attributes(score, predicted, editors)
            else:
                score.fp += 1
                score.fn += 1
                score.extras.append(
                    f"{article.file_name}: read {predicted.metric} {predicted.value_text} where editors read "
                    f"{editors.metric} {editors.display_value}"
                )
            continue
        if any(_overlap(span, c) for c in rejected):
            score.fp += 1
            score.extras.append(
                f"{article.file_name}: not a claim: {predicted.metric} {predicted.value_text}"
            )
            continue
        score.unjudged += 1
    for claim in gold:
        if claim.pk not in matched:
            score.fn += 1
            score.misses.append(
                f"{article.file_name}: {claim.metric} {claim.display_value} — {claim.sentence[:90]}"
            )


def _overlap(span: tuple[int, int], claim: Claim) -> bool:
    return span[0] < claim.end and claim.start < span[1]


def _same_value(found, editors: Decimal) -> bool:
    return Decimal(str(found)) == editors


def _compare_attributes(score: ReviewedScore, predicted, editors: Claim) -> None:
    period, attribution = predicted.period, predicted.attribution
    checks = {
        "qualifier": (predicted.qualifier, editors.qualifier),
        "subset": (predicted.subset or "", editors.subset or ""),
        "period_type": (period.type, editors.period_type),
        "period_start": ((period.start or "")[:4], (editors.period_start or "")[:4]),
        "org": (attribution.org, editors.org),
    }
    for name, (engine, editor) in checks.items():
        score.attributes[name][1] += 1
        score.attributes[name][0] += engine == editor
