"""Numbers written in an article: digits in both scripts, Arabic and French number words, zero.

Works on folded text (normalize.fold): hamza-less, Arabic-Indic digits already ASCII, ٬ -> "," and
٫ -> ".". Offsets are those of the folded text; the caller maps them back. A number here is only a
candidate: whether it counts something the engine tracks is decided by metrics.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from claims.extraction.literals import has_latin


@dataclass(frozen=True)
class NumberMention:
    start: int  # folded offsets of the value text ("207", "مئتي", "خليتين", "une trentaine")
    end: int
    value: int | float
    kind: str  # digits | words | zero | dual | approximate
    percent_end: int | None = None  # end of "%"/"في المائة" when the value is a percentage
    approximate: bool = False  # "une trentaine": about 30

    @property
    def is_percent(self) -> bool:
        return self.percent_end is not None


# ---- digits ------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE_THOUSANDS = re.compile(r"[ \u00a0\u202f](\d{3})(?![\d.,]\d)")
_SCALES = {"الف": 1000, "الاف": 1000, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9,
           "millions": 10**6, "million": 10**6, "milliards": 10**9, "milliard": 10**9, "mille": 1000,
           "thousand": 1000, "billion": 10**9, "billions": 10**9}  # fmt: skip
_SCALE = re.compile(r"\s?(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")(?![\w])")
_PERCENT = re.compile(r"\s?(?:%|٪|(?:في|ب)\s?الما?يه|pour[ -]cent|per[ -]?cent)")


def _digits_value(text: str) -> int | float | None:
    """'207' -> 207, '2.720' / '1,357' -> thousands, '142,1' / '1.59' -> decimals, '03.03' -> None."""
    if "." not in text and "," not in text:
        return int(text)  # (what the split below gives for a single group, without splitting)
    groups = re.split(r"[.,]", text)
    if len(groups) == 1:
        return int(text)
    head, tail = groups[0], groups[1:]
    if head.startswith("0") and len(head) > 1:
        return None  # "03.03": a law or reference number
    if len(head) <= 3 and all(len(group) == 3 for group in tail):
        return int("".join(groups))
    if len(groups) == 2:
        return float(f"{head}.{tail[0]}")
    return None  # "1.2.3": a version or reference number


def _digit_mentions(folded: str) -> list[NumberMention]:
    mentions = []
    for match in _DIGITS.finditer(folded):
        start, end, text = match.start(), match.end(), match.group()
        value = _digits_value(text)
        if value is None:
            continue
        if isinstance(value, int) and len(text) <= 3 and "," not in text and "." not in text:
            # "1 256", "1 234 567" (a space, no-break space or narrow no-break space between groups)
            while more := _SPACE_THOUSANDS.match(folded, end):
                value, end = value * 1000 + int(more.group(1)), more.end()
        scale = _SCALE.match(folded, end)
        if scale:  # "700 ألف", "6 مليارات": the word multiplies the digits
            value, end = value * _SCALES[scale.group(1)], scale.end()
            value = int(value) if float(value).is_integer() else value
        percent = _PERCENT.match(folded, end)
        mentions.append(NumberMention(start, end, value, "digits", percent.end() if percent else None))
    return mentions


# ---- Arabic number words (folded spellings) ----------------------------------------------------

_UNITS = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    # accusative forms ("سبعا وخمسين", "ثلاثا وعشرين"), written with an alef
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9, "عشرا": 10,
}  # fmt: skip
_TEEN_FIRST = {"احد": 1, "احدي": 1}  # "أحد عشر", "إحدى عشرة": only before عشر
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_HUNDRED = {"ميه", "مايه", "ماه"}
_TWO_HUNDRED = {"ميتا", "ميتان", "ميتي", "ميتين", "مايتا", "مايتان", "مايتي", "مايتين"}
_THOUSAND = {"الف"}
_TWO_THOUSAND = {"الفا", "الفان", "الفين", "الفي"}
_THOUSANDS_PLURAL = {"الاف"}
# The thousand words begin with the letters of the article once folded ("ألفي" -> "الفي"): not an article.
_THOUSAND_WORDS = frozenset(_THOUSAND | _TWO_THOUSAND | _THOUSANDS_PLURAL)
_ZERO = {"صفر", "صفرا"}
# Prefixes glued to a word: conjunction, prepositions, article (longest first).
_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ك", "ف")
_WORD = re.compile(r"[\u0621-\u064a]+")


def is_thousand_word(word: str) -> bool:
    """ "الف", "الفي", "والفا" (folded): a thousand word, whose "ال" is no article."""
    return word in _THOUSAND_WORDS or (word[:1] in ("و", "ف") and word[1:] in _THOUSAND_WORDS)


def _hundreds_compound(word: str) -> int | None:
    """ثلاثمئة/ثلاثمائة -> 300 (written as one word)."""
    for hundred in ("ميه", "مايه"):
        if word.endswith(hundred) and len(word) > len(hundred):
            unit = _UNITS.get(word[: -len(hundred)]) or (8 if word[: -len(hundred)] == "ثماني" else None)
            if unit and unit < 10:
                return unit * 100
    return None


def _readings(word: str) -> list[str]:
    """The word itself, then the word without each glued prefix."""
    readings = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            readings.append(word[len(prefix) :])
    return readings


@lru_cache(maxsize=65536)  # pure, and articles reuse the same few thousand words
def _classify_word(word: str) -> tuple[str, int] | None:
    for reading in _readings(word):
        if reading in _UNITS:
            return "unit", _UNITS[reading]
        if reading in _TEEN_FIRST:
            return "teen_first", 1
        if reading in _TENS:
            return "ten", _TENS[reading]
        if reading in _HUNDRED:
            return "hundred", 100
        if reading in _TWO_HUNDRED:
            return "hundreds", 200
        if (compound := _hundreds_compound(reading)) is not None:
            return "hundreds", compound
        if reading in _THOUSAND:
            return "thousand", 1000
        if reading in _TWO_THOUSAND:
            return "thousands", 2000
        if reading in _THOUSANDS_PLURAL:
            return "thousands_plural", 1000
        if reading in _ZERO:
            return "zero", 0
    return None


@lru_cache(maxsize=4)
def arabic_words(folded: str) -> tuple[str, ...]:
    """The Arabic words of `folded`, in order: looked for by the number words here and by the duals
    (claims.py) in the same sentence, found once."""
    return tuple(_WORD.findall(folded))


def _arabic_word_mentions(folded: str) -> list[NumberMention]:
    if not any(map(_classify_word, arabic_words(folded))):
        return []  # no number word (most sentences): no need for the words' offsets
    words = [(m.start(), m.end(), m.group(), _classify_word(m.group())) for m in _WORD.finditer(folded)]
    mentions, i = [], 0
    while i < len(words):
        start, _, _, kind = words[i]
        if (
            kind is None
            or kind[0] in ("thousands_plural",)
            or (kind[0] == "teen_first" and not _is_ten(words, i + 1))
        ):
            i += 1
            continue
        value, j = _read_run(words, i)
        if j > i:
            end = words[j - 1][1]
            mention_kind = "zero" if kind[0] == "zero" else "words"
            mentions.append(NumberMention(start, end, value, mention_kind, _percent_after(folded, end)))
            i = j
        else:
            i += 1
    return mentions


def _is_ten(words, i: int) -> bool:
    return i < len(words) and words[i][3] is not None and words[i][3] == ("unit", 10)


def _adjacent(words, i: int) -> bool:
    """Word i follows word i-1 with only spaces between (a number phrase does not cross commas)."""
    return i < len(words) and words[i][0] - words[i - 1][1] <= 2


def _read_run(words, i: int) -> tuple[int, int]:
    """Value of the number phrase starting at word i and the index just past it."""
    total = current = 0
    j = i
    while j < len(words) and (j == i or _adjacent(words, j)) and words[j][3] is not None:
        kind, value = words[j][3]
        if (
            j > i
            and kind in ("unit", "teen_first", "ten", "hundreds", "zero")
            and not _joined_by_wa(words[j][2])
        ):
            if not (kind == "unit" and value == 10 and words[j - 1][3][0] in ("unit", "teen_first")):
                break  # two numbers side by side without "و" are two phrases
        if kind == "zero":
            return 0, j + 1
        nxt = words[j + 1][3] if j + 1 < len(words) and _adjacent(words, j + 1) else None
        if kind in ("unit", "teen_first") and nxt == ("unit", 10) and value < 10:
            current += 10 + value
            j += 2
            continue
        if kind == "unit" and nxt and nxt[0] == "hundred" and value < 10:
            current += value * 100
            j += 2
            continue
        if kind == "unit" and nxt and nxt[0] == "thousands_plural" and 3 <= value <= 10:
            total += value * 1000
            j += 2
            continue
        if kind == "teen_first":
            break
        if kind == "thousands_plural":
            break
        if kind == "thousand" and j > i and _joined_by_wa(words[j][2]):
            total += 1000  # "مئتان وألف": the thousand is added, not multiplied
        elif kind == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif kind == "thousands" and words[j][2].endswith("الفا") and _followed_by_wa(words, j):
            total += (current or 1) * 1000  # "ألفا وثلاثمائة": the accusative of one thousand, not two
            current = 0
        elif kind == "thousands":
            total += value
        else:
            current += value
        j += 1
    return total + current, j


def _followed_by_wa(words, j: int) -> bool:
    return j + 1 < len(words) and _adjacent(words, j + 1) and _joined_by_wa(words[j + 1][2])


def _joined_by_wa(word: str) -> bool:
    return word.startswith("و") and _classify_word(word[1:]) is not None


def _percent_after(folded: str, end: int) -> int | None:
    match = _PERCENT.match(folded, end)
    return match.end() if match else None


# ---- French number words -----------------------------------------------------------------------

_FR_WORDS = {
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante",
    "soixante", "cent", "cents", "mille",
}  # fmt: skip
_FR_APPROXIMATE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}  # fmt: skip
_FR_TOKEN = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+(?:-[a-zàâçéèêëîïôûùüÿœ]+)*")
_HAS_LATIN = re.compile(r"[a-z]{3}")
_FR_APPROX_PHRASE = re.compile(r"\b(une|un|d'un|d'une)\s+(" + "|".join(_FR_APPROXIMATE) + r")\b")
# "un seul attentat" / "only one attack": one; "aucun attentat": none
_FR_ONE_ZERO = re.compile(r"\b(?:(?P<one>une?\s+seule?)|(?P<zero>aucune?))\b")


def _is_french_number(token: str) -> bool:
    return all(part in _FR_WORDS or part == "et" for part in token.split("-")) and token.split("-")[0] != "et"


def _french_word_mentions(folded: str) -> list[NumberMention]:
    if not has_latin(folded):
        return []  # every French or English number word holds a letter a-z: an Arabic sentence has none
    mentions = []
    tokens = list(_FR_TOKEN.finditer(folded))
    i = 0
    while i < len(tokens):
        if not _is_french_number(tokens[i].group()):
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and tokens[j].start() - tokens[j - 1].end() <= 1
            and (_is_french_number(tokens[j].group()) or tokens[j].group() == "et")
        ):
            j += 1
        while j - 1 > i and tokens[j - 1].group() == "et":
            j -= 1
        phrase = folded[tokens[i].start() : tokens[j - 1].end()]
        if phrase not in ("un", "une"):  # an article, not a count
            try:
                value = text2num(phrase, "fr")
            except ValueError:
                value = None
            if value is not None:
                end = tokens[j - 1].end()
                mentions.append(
                    NumberMention(tokens[i].start(), end, value, "words", _percent_after(folded, end))
                )
        i = j
    for match in _FR_ONE_ZERO.finditer(folded):
        mentions.append(
            NumberMention(
                match.start(), match.end(), 1 if match["one"] else 0, "words" if match["one"] else "zero"
            )
        )
    for match in _FR_APPROX_PHRASE.finditer(folded):
        value = _FR_APPROXIMATE[match.group(2)]
        mentions.append(
            NumberMention(match.start(), match.end(), value, "approximate", None, approximate=True)
        )
    return mentions


# ---- English number words ----------------------------------------------------------------------

_EN_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
}  # fmt: skip
_EN_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_EN_APPROXIMATE = re.compile(r"\b(?:a|one)\s+dozen\b")
_EN_ONE = re.compile(r"\b(?:only|just)\s+one\b|\ba\s+single\b|\b(?P<thousand>a\s+thousand)\b")


# "has recorded no terrorist attack", "no attack was registered": "no" as the determiner of what a record
# counts is a count of zero (whether a counted noun follows is the metrics' question). Only with a verb of
# recording in the clause: "has seen no attack since ..." tells of a calm, it gives no figure.
_EN_ZERO = re.compile(
    r"\b(?:recorded|registered|logged|counted|reported)\s+(?P<before>no)\s+(?=[a-z])"
    r"|\b(?P<after>no)\s+(?:[a-z]+\s+){1,3}(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:recorded|registered|logged|counted|reported)\b"
)
# "لم تسجل أي عملية", "لم يتم تسجيل أي اعتداء": a negated verb of recording, then "أي" (any) before its noun, is a
# count of zero ("لم يشهد أي اعتداء", did not see any attack, tells of a calm: no figure)
_AR_ZERO = re.compile(
    r"(?<![^\s،,])[وف]?(?:لم|لا|لن)\s+(?:[تين]?سجل|يتم\s+تسجيل|تحص|[تين]حص)\S*\s+(?:\S+\s+)?(?P<any>اي)\s+(?=\S)"
)


def _arabic_zero_mentions(folded: str) -> list[NumberMention]:
    if "اي " not in folded:
        return []
    return [
        NumberMention(match.start("any"), match.end("any"), 0, "zero") for match in _AR_ZERO.finditer(folded)
    ]


# "one of them had previously served a prison sentence", "one of whom was a woman": one of a group counted before,
# told apart by what it had done or who it is (a count of one, a part of the group)
_ONE_OF_THEM_TOLD = re.compile(
    r"\s+of\s+(?:them|whom)\s+(?:[a-z]+\s+){0,3}?(?:served|convicted|jailed|imprisoned|sentenced|a\s+(?:woman|minor|foreigner)"
    r"|a\s+(?:former|foreign)\s)"
)


def _is_english_number(token: str) -> bool:
    return all(part in _EN_WORDS for part in token.split("-"))


def _english_word_mentions(folded: str) -> list[NumberMention]:
    mentions = []
    tokens = list(_EN_TOKEN.finditer(folded))
    i = 0
    while i < len(tokens):
        if not _is_english_number(tokens[i].group()) or tokens[i].group() in ("hundred", "thousand"):
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and tokens[j].start() - tokens[j - 1].end() <= 1
            and (_is_english_number(tokens[j].group()) or tokens[j].group() == "and")
        ):
            j += 1
        while j - 1 > i and tokens[j - 1].group() == "and":
            j -= 1
        phrase = folded[tokens[i].start() : tokens[j - 1].end()]
        if (
            phrase != "one"
            or not re.match(r"\s+of\b", folded[tokens[j - 1].end() :])  # "one of the cells": no count
            or _ONE_OF_THEM_TOLD.match(folded, tokens[j - 1].end())
        ):
            try:
                value = text2num(phrase, "en")
            except ValueError:
                value = None
            if value is not None:
                end = tokens[j - 1].end()
                mentions.append(
                    NumberMention(tokens[i].start(), end, value, "words", _percent_after(folded, end))
                )
        i = j
    for match in _EN_ONE.finditer(folded):
        value = 1000 if match["thousand"] else 1
        mentions.append(NumberMention(match.start(), match.end(), value, "words"))
    for match in _EN_APPROXIMATE.finditer(folded):
        mentions.append(NumberMention(match.start(), match.end(), 12, "approximate", None, approximate=True))
    for match in _EN_ZERO.finditer(folded):
        which = "before" if match["before"] else "after"
        mentions.append(NumberMention(match.start(which), match.end(which), 0, "zero"))
    return mentions


def find_numbers(folded: str) -> list[NumberMention]:
    """Every number written in `folded`, in reading order, without overlaps."""
    found = _digit_mentions(folded) + _arabic_word_mentions(folded) + _french_word_mentions(folded)
    found += _arabic_zero_mentions(folded)
    if has_latin(folded) and _HAS_LATIN.search(folded):
        found += _english_word_mentions(folded)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[NumberMention] = []
    for mention in found:
        if kept and mention.start < (kept[-1].percent_end or kept[-1].end):
            continue
        kept.append(mention)
    return kept
