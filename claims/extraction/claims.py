"""Find the counter-terrorism figures an article's body states, one ExtractedClaim each.

Per sentence: numbers (numbers.py) -> those that are not dates, law numbers, Hijri years or codes ->
the noun they count and the metric it implies (metrics.py) -> qualifier (qualifiers.py), period
(periods.py) and attribution (attribution.py). Two things cross sentence boundaries: a sentence that
continues a report without naming its source keeps the source of the previous sentence of the same
paragraph, and "خلال الفترة ذاتها" keeps the period of the previous sentence. A figure restated later
in the article (in digits or in words) is one claim: the first statement is kept.
"""

from __future__ import annotations

import re

from claims.extraction.attribution import find_attribution, refers_to_same_source
from claims.extraction.metrics import (
    CountedNoun,
    clause_end_after,
    decide_metric,
    decide_subset,
    is_dual,
    noun_after,
    noun_before,
    noun_referred,
)
from claims.extraction.normalize import FoldedText
from claims.extraction.numbers import NumberMention, find_numbers
from claims.extraction.periods import PeriodMatch, find_periods, nearest_period
from claims.extraction.qualifiers import find_qualifier, find_qualifier_after
from claims.extraction.records import Attribution, Document, ExtractedClaim, Period
from claims.extraction.sentences import Sentence, split_sentences

_HIJRI = re.compile(r"\s?ه(?![\u0621-\u064a])")
_REFERENCE_BEFORE = re.compile(r"(?:رقم|القانون|قانون|الماده|الفصل|n°|no|loi|article)\s*$")
_WORD = re.compile(r"[\u0621-\u064a]+")
_AMONG_THEM = re.compile(r"(?:بينهم|بينهن|بينها|ضمنهم|dont|parmi\s+eux|parmi\s+lesquels)\s+(?:\S+\s+){0,2}$")


def find_claims(document: Document) -> list[ExtractedClaim]:
    claims: list[ExtractedClaim] = []
    previous_period: Period | None = None
    carried: Attribution | None = None  # source of the previous sentence, for the same paragraph
    carried_paragraph = -1
    last_named: Attribution | None = None  # for "المصدر ذاته"
    previous_sentence = ""
    last_noun: CountedNoun | None = None  # what "منهم" refers to
    for sentence in split_sentences(document.text, document.body_start, document.body_end):
        text = FoldedText(sentence.text)
        own = find_attribution(text)
        if own is None and last_named is not None and refers_to_same_source(text):
            own = last_named
        if own is not None:
            last_named = own
            attribution = own
        elif carried is not None and carried_paragraph == sentence.paragraph:
            attribution = carried
        else:
            attribution = Attribution()
        periods = find_periods(text.folded, document.published)
        context = f"{document.title or ''} {previous_sentence}"
        sentence_claims: list[ExtractedClaim] = []
        subset_scope = 0
        for mention, noun in _counted_numbers(text, periods, last_noun):
            metric = decide_metric(text.folded, noun, mention.start, context)
            if sentence_claims and _AMONG_THEM.search(
                text.folded[max(0, mention.start - 16) : mention.start]
            ):
                metric = sentence_claims[-1].metric  # "من بينهم 290 امرأة": a part of the figure before
            if metric is None:
                continue
            last_noun = noun
            sentence_claims.append(
                _claim(
                    document,
                    sentence,
                    text,
                    mention,
                    noun,
                    metric,
                    periods,
                    previous_period,
                    attribution,
                    subset_scope,
                )
            )
            subset_scope = clause_end_after(text.folded, max(noun.fend, mention.end))
        claims.extend(sentence_claims)
        if attribution.org != "unspecified" or own is not None:
            carried, carried_paragraph = attribution, sentence.paragraph
        previous_sentence = sentence.text
        stated = [p for p in periods if not p.inherit]
        if stated:
            previous_period = _period(text, stated[-1])
    return _deduplicate(claims)


def _counted_numbers(
    text: FoldedText, periods: list[PeriodMatch], last_noun: CountedNoun | None
) -> list[tuple[NumberMention, CountedNoun]]:
    """Numbers of the sentence that count a noun, with that noun (`last_noun` is what "منهم" refers to)."""
    folded = text.folded
    found: list[tuple[NumberMention, CountedNoun]] = []
    mentions = find_numbers(folded)
    for mention in mentions:
        if any(p.fstart <= mention.start < p.fend for p in periods) or not _is_count(folded, mention):
            continue
        noun = noun_after(folded, mention.percent_end or mention.end)
        if noun is None and mention.kind != "approximate":
            noun = noun_before(folded, mention.start)
            if noun is not None and _looks_like_year(mention):
                noun = None
        if noun is None and not _looks_like_year(mention):
            noun = noun_referred(folded, mention.start, mention.end, found[-1][1] if found else last_noun)
        if noun is None and found and _AMONG_THEM.search(folded[max(0, mention.start - 16) : mention.start]):
            # "من بينهم 54 من ذوي السوابق": a part of the figure before, counted in its noun
            noun = CountedNoun(found[-1][1].cls, mention.end, mention.end)
        if noun is not None:
            found.append((mention, noun))
    counted_spans = [(noun.fstart, noun.fend) for _, noun in found]
    for match in _WORD.finditer(folded):
        if is_dual(match.group()) and (match.start(), match.end()) not in counted_spans:
            noun = noun_after(folded, match.start())
            if noun is not None:
                found.append((NumberMention(match.start(), match.end(), 2, "dual"), noun))
    return sorted(found, key=lambda pair: pair[0].start)


def _is_count(folded: str, mention: NumberMention) -> bool:
    if isinstance(mention.value, float) and not mention.is_percent:
        return False  # "142,1 مليار", "1.59 مليون": amounts, not counts
    after = folded[mention.end : mention.end + 3]
    if mention.kind == "digits" and (_HIJRI.match(after) or re.match(r"[a-z]", after)):
        return False  # "1446ه" (Hijri year), "1xBet"
    if mention.kind == "digits" and re.match(r"\s?[-–/:]\s?\d", after):
        return False  # scores "2-2", dates "03/07", times
    if mention.kind == "digits" and re.search(
        r"\d\s?[-–/:]\s?$", folded[max(0, mention.start - 3) : mention.start]
    ):
        return False
    return not _REFERENCE_BEFORE.search(folded[max(0, mention.start - 12) : mention.start])


def _looks_like_year(mention: NumberMention) -> bool:
    return mention.kind == "digits" and isinstance(mention.value, int) and 1900 <= mention.value <= 2100


def _claim(
    document, sentence, text, mention, noun, metric, periods, previous_period, attribution, subset_scope
) -> ExtractedClaim:
    folded = text.folded
    start, end = text.span(mention.start, mention.end)
    value_text = text.original[start:end]
    qualifier = find_qualifier(folded, mention.start, mention.end)
    if qualifier.kind == "exact":
        qualifier = find_qualifier_after(folded, noun.fend) or qualifier
    if mention.approximate:
        qualifier_kind, qualifier_text = "about", value_text
    elif qualifier.fstart is not None:
        qualifier_kind, qualifier_text = qualifier.kind, text.original_of(qualifier.fstart, qualifier.fend)
    else:
        qualifier_kind, qualifier_text = "exact", None
    period_match = nearest_period(periods, mention.start, mention.end)
    if period_match is None:
        period = Period("unspecified")
    elif period_match.inherit:
        period = previous_period or _period(text, period_match)
    else:
        period = _period(text, period_match)
    value = int(mention.value) if float(mention.value).is_integer() else mention.value
    return ExtractedClaim(
        metric=metric,
        value=value,
        value_text=value_text,
        qualifier=qualifier_kind,
        unit="percent" if mention.is_percent else "count",
        period=period,
        attribution=Attribution(attribution.org, attribution.person, attribution.raw),
        sentence=sentence.text,
        start=sentence.start + start,
        end=sentence.start + end,
        subset=decide_subset(folded, noun, mention.start, subset_scope),
        qualifier_text=qualifier_text,
    )


def _period(text: FoldedText, match: PeriodMatch) -> Period:
    return Period(match.type, match.start, match.end, text.original_of(match.fstart, match.fend))


def _deduplicate(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """Keep the first statement of a figure; a restatement (same metric, value, unit, compatible period) goes."""
    kept: list[ExtractedClaim] = []
    for claim in claims:
        if any(_same_figure(claim, earlier) for earlier in kept):
            continue
        kept.append(claim)
    return kept


def _same_figure(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    if (a.metric, a.value, a.unit) != (b.metric, b.value, b.unit):
        return False
    specific = {"unspecified", "cumulative_unspecified"}
    if a.period.type in specific or b.period.type in specific:
        return True
    return (a.period.type, a.period.start) == (b.period.type, b.period.start)


__all__ = ["find_claims", "Sentence"]
