"""Who a figure comes from: the body named in an attributing phrase ("وبحسب مصادر في المديرية العامة
لمراقبة التراب الوطني", "وفق آخر حصيلة نشرتها وزارة الداخلية", "تشير الإحصائيات الرسمية").

A body named as the actor ("نجحت الأجهزة الأمنية في تفكيك...") is not a source: an organisation counts
only when an attributing word (according to, announced, revealed, report, toll...) comes shortly
before it, or when the phrase is a source by itself ("الإحصائيات الرسمية").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.normalize import FoldedText, fold
from claims.extraction.records import Attribution

_ORGS = {
    "DGST": ["المديرية العامة لمراقبة التراب الوطني", "مديرية مراقبة التراب الوطني", "مراقبة التراب الوطني",
             "DGST", "الديستي", "la direction générale de la surveillance du territoire", "la surveillance du territoire"],
    "BCIJ": ["المكتب المركزي للأبحاث القضائية", "BCIJ", "البسيج", "le bureau central d'investigations judiciaires"],
    "DGSN": ["المديرية العامة للأمن الوطني", "DGSN", "la direction générale de la sûreté nationale"],
    "MOI": ["وزارة الداخلية", "وزير الداخلية", "الداخلية", "le ministère de l'intérieur", "le ministre de l'intérieur",
            "ministère de l'intérieur", "ministre de l'intérieur"],
    "PARLIAMENT": ["البرلمان", "مجلس النواب", "مجلس المستشارين", "le parlement", "la chambre des représentants"],
    "MFA": ["وزارة الخارجية", "وزير الخارجية", "الخارجية المغربية", "le ministère des affaires étrangères",
            "la diplomatie marocaine"],
    "GOV": ["رئيس الحكومة", "الناطق الرسمي باسم الحكومة", "الحكومة", "le gouvernement", "gouvernement"],
    "official_unspecified": ["الإحصائيات الرسمية", "الإحصاءات الرسمية", "الأرقام الرسمية", "أرقام رسمية",
                             "إحصائيات رسمية", "المعطيات الرسمية", "معطيات رسمية", "مصادر رسمية", "بيانات رسمية",
                             "les chiffres officiels", "chiffres officiels", "statistiques officielles",
                             "sources officielles"],
    "analyst": ["الخبير", "خبير", "خبراء", "المحلل", "محلل", "محللون", "الباحث", "باحث", "باحثون", "الأستاذ الجامعي",
                "l'expert", "expert", "experts", "l'analyste", "analyste", "le chercheur", "chercheur", "spécialiste"],
}  # fmt: skip
# Names that identify both a person and the body they speak for.
_PEOPLE = {
    "عبد اللطيف حموشي": "DGST", "حموشي": "DGST", "الحموشي": "DGST",
    "عبد الحق الخيام": "BCIJ", "الخيام": "BCIJ", "حبوب الشرقاوي": "BCIJ", "الشرقاوي حبوب": "BCIJ",
    "عبد الوافي لفتيت": "MOI", "لفتيت": "MOI", "ناصر بوريطة": "MFA", "بوريطة": "MFA",
    "Abdellatif Hammouchi": "DGST", "Hammouchi": "DGST", "Abdelhak Khiame": "BCIJ",
    "Abdelouafi Laftit": "MOI", "Laftit": "MOI", "Nasser Bourita": "MFA", "Bourita": "MFA",
}  # fmt: skip
_CUES = [
    "بحسب", "حسب", "وفق", "وفقا", "طبقا", "استنادا", "نقلا عن", "بناء على", "كشف", "كشفت", "أعلن", "أعلنت",
    "أفاد", "أفادت", "أكد", "أكدت", "أوضح", "أوضحت", "ذكر", "ذكرت", "قال", "قالت", "أشار", "أشارت", "تشير",
    "يشير", "تفيد", "يفيد", "صرح", "صرحت", "أضاف", "أضافت", "نشرتها", "نشرها", "أصدرتها", "أصدرها", "عرضها",
    "قدمها", "شدد", "شددت", "أبرز", "أبرزت", "لفت", "لفتت", "أورد", "أوردت", "سجل", "سجلت", "تقرير", "بلاغ",
    "حصيلة", "معطيات", "أرقام", "إحصائيات", "مصادر", "مصدر", "تصريح", "عن", "لدى",
    "selon", "d'après", "a indiqué", "a annoncé", "a révélé", "a affirmé", "a déclaré", "a précisé",
    "rapport", "bilan", "sources", "source", "chiffres", "indique", "annonce", "révèle",
]  # fmt: skip
_CUE_WINDOW_WORDS = 6
_SAME_SOURCE = re.compile(r"(?:المصدر|المتحدث|المسؤول)\s+(?:ذاته|نفسه)|(?:la\s+)?même\s+source")


@dataclass(frozen=True)
class _OrgMatch:
    org: str
    fstart: int
    fend: int
    person: str | None = None


def _phrase_pattern(phrase: str) -> str:
    """A folded phrase with the prefixes Arabic glues to it: "للمديرية", "بالمديرية", "لوزارة", "ووزارة"."""
    if phrase.startswith("ال"):
        return rf"(?<![\w])[وف]?(?:ال|بال|كال|لل){re.escape(phrase[2:])}(?![\w])"
    if re.match(r"[\u0621-\u064a]", phrase):
        return rf"(?<![\w])(?:[وف]?[بلك]|[وف])?{re.escape(phrase)}(?![\w])"
    return rf"(?<![\w]){re.escape(phrase)}(?![\w])"


def _compile(phrases: dict[str, str]) -> list[tuple[str, re.Pattern]]:
    rules = sorted(
        ((org, fold(phrase)) for phrase, org in phrases.items()), key=lambda r: len(r[1]), reverse=True
    )
    return [(org, re.compile(_phrase_pattern(p))) for org, p in rules]


_ORG_RULES = _compile({phrase: org for org, phrases in _ORGS.items() for phrase in phrases})
_PEOPLE_RULES = _compile(_PEOPLE)
_CUE_PATTERN = re.compile(
    r"(?<![\w])[وف]?(?:"
    + "|".join(sorted((re.escape(fold(c)) for c in _CUES), key=len, reverse=True))
    + r")(?![\w])"
)


def _org_matches(folded: str) -> list[_OrgMatch]:
    taken: list[_OrgMatch] = []
    for rules, is_person in ((_PEOPLE_RULES, True), (_ORG_RULES, False)):
        for org, pattern in rules:
            for match in pattern.finditer(folded):
                if any(match.start() < t.fend and t.fstart < match.end() for t in taken):
                    continue
                taken.append(_OrgMatch(org, match.start(), match.end(), "person" if is_person else None))
    return sorted(taken, key=lambda m: m.fstart)


def _attributed(folded: str, org: _OrgMatch) -> int | None:
    """Start of the attributing phrase before `org`, or None when nothing attributes it."""
    if org.org == "official_unspecified":
        cue = _last_cue_before(folded, org.fstart)
        return cue if cue is not None else org.fstart
    return _last_cue_before(folded, org.fstart)


def _last_cue_before(folded: str, fstart: int) -> int | None:
    window_words = folded[:fstart].split()[-_CUE_WINDOW_WORDS:]
    window_start = fstart - len(" ".join(window_words)) - 1 if window_words else fstart
    window_start = max(0, window_start)
    window = folded[window_start:fstart]
    if re.search(r"[.;؛]", window):
        window_start += re.search(r"[^.;؛]*$", window).start()
        window = folded[window_start:fstart]
    cues = list(_CUE_PATTERN.finditer(window))
    if not cues:
        return None
    first = cues[0]
    start = window_start + first.start()
    return (
        start + 1
        if folded[start] in "وف" and _CUE_PATTERN.fullmatch(folded[start + 1 : window_start + first.end()])
        else start
    )


def find_attribution(text: FoldedText) -> Attribution | None:
    """The attribution this sentence states, or None when it states none."""
    folded = text.folded
    matches = _org_matches(folded)
    orgs = [m for m in matches if m.person is None]
    people = [m for m in matches if m.person is not None]
    for org in orgs:
        start = _attributed(folded, org)
        if start is None:
            continue
        person = next((p for p in people if 0 <= p.fstart - org.fend <= 40), None)
        end = person.fend if person else org.fend
        return Attribution(
            org.org,
            text.original_of(person.fstart, person.fend) if person else None,
            text.original_of(start, end),
        )
    for person in people:
        start = _attributed(folded, person)
        if start is not None:
            return Attribution(
                person.org, text.original_of(person.fstart, person.fend), text.original_of(start, person.fend)
            )
    return None


def refers_to_same_source(text: FoldedText) -> bool:
    """ "أوضح المصدر ذاته": the sentence quotes the source named earlier."""
    return bool(_SAME_SOURCE.search(text.folded))
