"""How exact a figure is: "أكثر من 200" is more_than, "نحو 650" about, "ما لا يقل عن" at_least...

Works on folded text: the words right before the number (and a few right after, such as "على الأقل"
or "تقريبا") decide. Longer phrases are tried first so that "ما لا يقل عن" is not read as "أقل".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.normalize import fold

_BEFORE = {
    "at_least": ["ما لا يقل عن", "ما لا يقل على", "لا يقل عن", "لا تقل عن", "ما لا يقل عدده عن", "pas moins de", "au moins", "au minimum",
                 "at least", "no fewer than", "no less than", "a minimum of"],
    "at_most": ["ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يتجاوز", "لا تتجاوز", "au plus", "tout au plus", "au maximum",
                "لم يتعد", "لم يتعدى", "لا يتعدى", "لم تتعد", "pas plus de", "no more than", "at most", "up to", "a maximum of"],
    "more_than": [
        "أكثر من", "أزيد من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يفوق", "يفوق", "تفوق",
        "ما يربو على", "يربو على", "يتجاوز", "تجاوز", "ما يتجاوز", "أكبر من", "plus de", "au-delà de", "davantage que",
        "ما ينيف عن", "ما ينيف على", "ينيف عن", "ينيف على", "نيف", "plus d'un", "more than", "over", "upwards of", "in excess of",
    ],
    "less_than": ["أقل من", "ما يقل عن", "moins de", "moins que", "less than", "fewer than", "under"],
    "about": [
        "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يناهز", "يناهز", "ناهز", "تقريبا",
        "ما يقرب من", "environ", "quelque", "près de", "pres de", "approximativement", "autour de",
        "nearly", "about", "around", "some", "almost", "approximately", "roughly", "close to", "closer to", "nearer to",
        "an estimated",
        "près d'un", "presque",
    ],
}  # fmt: skip
_AFTER = {
    "at_least": ["على الأقل", "au moins", "فأكثر", "أو أكثر", "at least", "or more"],
    "about": ["تقريبا", "environ", "approximately", "or so"],
}


@dataclass(frozen=True)
class Qualifier:
    kind: str  # exact | more_than | about | at_least | less_than | at_most
    fstart: int | None = None  # folded span of the qualifying words
    fend: int | None = None


EXACT = Qualifier("exact")


# A French word elided onto the qualifier: "qu'environ 300", "d'au moins 20", the qualifier all the same
_ELIDED = r"(?<=(?<![\w])qu')|(?<=(?<![\w])d')"


def _compile(table: dict[str, list[str]], before: bool) -> list[tuple[str, str, re.Pattern]]:
    """(kind, folded phrase, pattern), longest phrase first. A pattern can only match a text that holds
    its phrase: the callers test that first (a substring test), which spares most regex searches."""
    rules = [(kind, fold(phrase)) for kind, phrases in table.items() for phrase in phrases]
    rules.sort(key=lambda rule: len(rule[1]), reverse=True)
    if before:
        return [
            # "بحوالي 300", "بنحو 320": the preposition "ب" glued to the qualifier ("estimated at about")
            (kind, p, re.compile(rf"(?:^|(?<=[\s(\"«])|{_ELIDED})[وف]?ب?(?P<q>{re.escape(p)})\s*(?:من\s+)?$"))
            for kind, p in rules
        ]
    return [(kind, p, re.compile(rf"^\s*،?\s*(?P<q>{re.escape(p)})(?=$|[\s.,،)])")) for kind, p in rules]


# (a phrase may be glued to the preposition "ب" of its verb: "قدرت عددهم بحوالي 250", "بأزيد من 300")
_BEFORE_RULES = _compile(_BEFORE, before=True)
_AFTER_RULES = _compile(_AFTER, before=False)


# Every phrase before a number in one pattern anchored at the number: a single search per number. Of the
# phrases ending right before it, the leftmost match is the longest one (as the rules' order had it).
_KIND_BEFORE = {}
for _kind, _phrase, _pattern in _BEFORE_RULES:
    _KIND_BEFORE.setdefault(_phrase, _kind)
# (the preposition ب glued to the qualifier: "يقدر عددهم بنحو 1660", "بأكثر من 200")
_ANY_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"«])|"
    + _ELIDED
    + r")[وف]?ب?(?P<q>"
    + "|".join(re.escape(p) for p in sorted(_KIND_BEFORE, key=len, reverse=True))
    + r")\s*(?:من\s+)?$"
)


# What the text right before a number ends with when _ANY_BEFORE can match there (its phrase, then spaces and
# "من" at most): most numbers have no qualifier, and two string tests cost less than the search.
_PHRASE_ENDS = tuple({phrase.rstrip() for phrase in _KIND_BEFORE})


def _may_end_with_qualifier(window: str) -> bool:
    if not all(_PHRASE_ENDS):
        return True  # a phrase of spaces only: no test short of the search
    window = window.rstrip()
    return window.endswith(_PHRASE_ENDS) or (
        window.endswith("من") and window[:-2].rstrip().endswith(_PHRASE_ENDS)
    )


def find_qualifier(folded: str, fstart: int, fend: int) -> Qualifier:
    """The qualifier of the number at folded [fstart, fend); EXACT when none."""
    window_start = max(0, fstart - 40)
    if not _may_end_with_qualifier(folded[window_start:fstart]):
        return EXACT
    match = _ANY_BEFORE.search(folded, window_start, fstart)
    if match is None:
        return EXACT
    return Qualifier(_KIND_BEFORE[match["q"]], match.start("q"), match.end("q"))


# "لم يتجاوز عدد الأجانب الموقوفين ... سبعة أشخاص": the verb qualifies the number of its subject.
_VERB_OF_NUMBER = [
    (
        "at_most",
        ["لم يتجاوز", "لا يتجاوز", "لم يتعد", "لا يتعدى", "لم يزد", "لا يزيد", "لم تتجاوز", "لا تتجاوز"],
    ),
    (
        "more_than",
        [
            "تجاوز",
            "يتجاوز",
            "فاق",
            "يفوق",
            "تخطى",
            "يتخطى",
            "dépasse",
            "dépassait",
            "a dépassé",
            "ont dépassé",
            "excède",
            "ناف",
            "ينيف",
        ]
        + ["exceeds", "exceeded", "tops", "topped", "has passed", "has topped", "surpasses"],
    ),
    ("about", ["ناهز", "يناهز", "قارب", "يقارب"]),
    ("at_least", ["لا يقل", "لم يقل"]),
]
_VERB_RULES = [
    (
        kind,
        fold(verb),
        re.compile(
            rf"(?<![\w])[وف]?(?P<q>{re.escape(fold(verb))})\s+(?:عدد|le\s+nombre|the\s+number)[^،,.;:]*$"
        ),
    )
    for kind, verbs in _VERB_OF_NUMBER
    for verb in sorted(verbs, key=len, reverse=True)
] + [
    # "le chiffre dépasse aujourd'hui 220", "the figure now tops 220", "والعدد يتجاوز اليوم 220": the figure
    # given before is the verb's subject, the number its complement
    (
        kind,
        fold(verb),
        re.compile(
            r"(?<![\w])[وف]?(?:(?:le|ce)\s+(?:chiffre|nombre|total)|(?:the|this|that)\s+(?:figure|number|total)"
            # "while it topped 270": a pronoun standing for the figure
            rf"|العدد|الرقم|(?<![\w'])(?:it|il|elle|qu'il|qu'elle)"
            # the arrests themselves: "Arrests linked to those cases exceeded 1,300", "les interpellations ont dépassé"
            rf"|(?<![\w])(?:arrests|arrestations|interpellations)(?:\s+[^\s\d.,،;؛]+){{0,5}})\s+(?:[^\s\d.,،;؛]+\s+)?(?P<q>{re.escape(fold(verb))})\s+(?:[^\s\d.,،;؛]+\s+){{0,2}}?$"
        ),
    )
    for kind, verbs in _VERB_OF_NUMBER
    for verb in sorted(verbs, key=len, reverse=True)
]


# Every verb's rule needs "عدد" / "nombre" / "number" after the verb: most numbers have none before them.
_SUBJECT_WORDS = ("عدد", "رقم", "nombre", "number", "chiffre", "figure", "total", "arrest", "interpellations")


def find_qualifier_verb(folded: str, fstart: int) -> Qualifier | None:
    """A qualifying verb whose subject is "عدد ..." and whose complement is the number."""
    offset = max(0, fstart - 200)
    before = folded[offset:fstart]
    if not any(word in before for word in _SUBJECT_WORDS):
        return None  # (plain substring tests: most numbers have none of these words before them)
    for kind, verb, pattern in _VERB_RULES:
        if verb not in before:
            continue  # the pattern cannot match without its verb
        match = pattern.search(before)
        if match:
            return Qualifier(kind, offset + match.start("q"), offset + match.end("q"))
    return None


def find_qualifier_after(folded: str, end: int) -> Qualifier | None:
    """A qualifier written after the counted noun ("20 شخصا على الأقل"), looking at the next few words."""
    window = folded[end : end + 40]
    for kind, phrase, pattern in _AFTER_RULES:
        if phrase not in window:
            continue
        match = pattern.search(window)
        if match:
            return Qualifier(kind, end + match.start("q"), end + match.end("q"))
    return None
