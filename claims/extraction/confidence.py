"""How sure the engine is of one claim: value, metric, period and attribution together, 0 to 1.

Each part of a reading leaves evidence on the claim (claims.py): how the value was written, how the
counted thing was found and what it is, where the period came from, whether a source was named in the
sentence. Each kind of evidence has a factor, the share of such readings expected right; the claim's
confidence is their product, so one weak part makes the whole claim weak.

The factors started from the error rates measured on text the engine had never seen (issue 15: period
type right 0.63-0.85, organisation right 0.55-0.77 overall; a source carried over from an earlier
sentence and a period guessed from the metric's nature are where most of those errors were) and are
checked by `make eval`, which prints per confidence band the share of claims right (value, metric,
period type and organisation) on every corpus. Read them as: of the claims at 0.9, about nine in ten
are right in all four.
"""

from __future__ import annotations

from claims.extraction.records import ExtractedClaim

# How the value was written.
_VALUE = {"digits": 1.0, "words": 0.98, "approximate": 0.97, "dual": 0.95, "zero": 0.93}
# How the counted thing (and so the metric) was found.
_NOUN = {
    "after": 1.0,  # "207 خلية": the noun right after the number
    "before": 0.93,  # "عدد الموقوفين ... إلى 650"
    "among": 0.9,  # "من بينهم 54 من ذوي السوابق"
    "referred": 0.85,  # "منهم 290": the noun counted just before
    "list": 0.85,  # "21 خلية سنة 2015 و19 سنة 2016": shared by an enumeration
    "verb": 0.82,  # "120 لقوا حتفهم": the verb says what is counted
    "figure": 0.8,  # "ce chiffre s'établissait à 23": the figure the text has been giving
}
# What is counted: a cell or a plot names its metric; people need the verbs around them.
_CLASS = {"cell": 1.0, "network": 0.95, "plot": 1.0, "attack": 0.92, "attempt": 0.9, "operation": 0.9}
_PEOPLE = 0.92
# Where the period came from.
_PERIOD = {
    "own": 0.97,  # stated by the figure's own clause
    "event": 0.88,  # the operation of the previous sentence
    "antecedent": 0.85,  # "خلال الفترة ذاتها": the period stated before
    "back_reference": 0.8,  # "هذه العمليات": the previous figure's
    "by_nature": 0.8,  # a running total (fighters, returnees) without a stated period
    "none": 0.72,
}
# Where the source came from.
_SOURCE = {"sentence": 0.97, "actor": 0.85, "carried": 0.82, "none": 0.72}


def confidence(claim: ExtractedClaim) -> float:
    evidence = claim.evidence
    score = _VALUE.get(evidence.get("value", "digits"), 0.9)
    score *= _NOUN.get(evidence.get("noun", "after"), 0.85)
    score *= _CLASS.get(evidence.get("class", ""), _PEOPLE)
    score *= _PERIOD.get(evidence.get("period", "none"), 0.72)
    score *= _SOURCE.get(evidence.get("source", "none"), 0.72)
    return round(max(0.0, min(1.0, score)), 2)
