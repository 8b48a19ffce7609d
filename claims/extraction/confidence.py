"""How sure the engine is of one claim: value, metric, period and attribution together, 0 to 1.

Each part of a reading leaves evidence on the claim (claims.py): how the value was written, how the
counted thing was found, where the period came from, whether a source was named in the sentence. Each
kind of evidence has the share of such readings that were right on the development corpora; the claim's
confidence is their product, so one weak part makes the whole claim weak. `make eval` prints, per band,
the share of claims that were right (value, metric, period type and organisation), which is how these
figures are kept honest.
"""

from __future__ import annotations

from claims.extraction.records import ExtractedClaim

# How the value was written.
_VALUE = {"digits": 0.99, "words": 0.97, "zero": 0.95, "dual": 0.93, "approximate": 0.97}
# How the counted thing (and so the metric) was found.
_NOUN = {
    "after": 0.97,  # "207 خلية": the noun right after the number
    "before": 0.93,  # "عدد الموقوفين ... إلى 650"
    "referred": 0.88,  # "منهم 290": the noun counted just before
    "among": 0.9,  # "من بينهم 54 من ذوي السوابق"
    "list": 0.9,  # "21 خلية سنة 2015 و19 سنة 2016": shared by an enumeration
    "verb": 0.88,  # "120 لقوا حتفهم": the verb says what is counted
}
# A person counted is right only when the verb nearby says what happened to them.
_PERSON_METRIC = {"cue": 0.97, "default": 0.8}
# Where the period came from.
_PERIOD = {
    "own": 0.97,  # stated by the figure's own clause
    "antecedent": 0.9,  # "خلال الفترة ذاتها": the period stated before
    "back_reference": 0.88,  # "هذه العمليات": the previous figure's
    "event": 0.9,  # the operation of the previous sentence
    "by_nature": 0.9,  # a running total (fighters, returnees) without a stated period
    "none": 0.85,
}
# Where the source came from.
_SOURCE = {"sentence": 0.97, "carried": 0.92, "none": 0.9}


def confidence(claim: ExtractedClaim) -> float:
    evidence = claim.evidence
    score = _VALUE.get(evidence.get("value", "digits"), 0.9)
    score *= _NOUN.get(evidence.get("noun", "after"), 0.85)
    if evidence.get("person_metric"):
        score *= _PERSON_METRIC[evidence["person_metric"]]
    score *= _PERIOD.get(evidence.get("period", "none"), 0.85)
    score *= _SOURCE.get(evidence.get("source", "none"), 0.9)
    return round(max(0.0, min(1.0, score)), 2)
