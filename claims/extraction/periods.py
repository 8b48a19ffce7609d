"""Periods and dates a figure refers to ("منذ سنة 2002", "في السنوات الثلاث الماضية", "خلال شتنبر 2024").

Works on folded text (normalize.fold). Relative periods are resolved from the publication date; a
period that cannot be resolved keeps its words with type "unspecified". Month names come in every
spelling Moroccan and other Arabic outlets use (Maghreb, Mashriq, Egyptian/Gulf) and in French.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from claims.extraction.alternation import longest_first
from claims.extraction.literals import Vocabulary, guarded, has_arabic, has_latin, may_match, search
from claims.extraction.normalize import fold
from claims.extraction.numbers import find_numbers

_MONTH_NAMES = {
    # Maghreb
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "ماي": 5, "يونيو": 6, "يوليوز": 7, "غشت": 8,
    "شتنبر": 9, "اكتوبر": 10, "نونبر": 11, "دجنبر": 12,
    # Egyptian / Gulf
    "مايو": 5, "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "نوفمبر": 11,
    "ديسمبر": 12, "اغشت": 8,
    # Mashriq
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTHS = {fold(name): number for name, number in _MONTH_NAMES.items()}
_MONTH_ALTERNATIVES = longest_first(MONTHS)  # a trie: same matches as longest-first "|".join
MONTH_ALTERNATIVES = _MONTH_ALTERNATIVES
_MONTH = f"(?P<month>{_MONTH_ALTERNATIVES})"
# A weekday followed by a day of the month ("mercredi 2 octobre", "الخميس 3 غشت", "Monday 4/3"): a date, not the
# weekday alone (the month names written out, not the trie: the weekday rule must not need a month to be tried)
_NOT_DAY_OF_MONTH = (
    r"(?!\s+\d{1,2}(?:er)?\s*(?:[/.-]\s*\d|(?:"
    + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
    + r")(?!\w)))"
)
MONTHS["may"] = 5  # (after the rules built on month names alone: _MONTH_DATED reads it before a year only)
_SMALL_NUMBERS = {
    "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "العقدين": 20, "عقدين": 20,
}  # fmt: skip
_N = "(?P<n>\\d{1,2}|" + "|".join(_SMALL_NUMBERS) + ")"
_YEAR_WORD = r"(?:(?:ال)?سن(?:ه|تي)|(?:ال)?عام(?:ي)?|l'an(?:née)?|l'annee|the\s+year)"
_Y = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>\d{1,2})"
# "كانون الثاني (يناير) 2016": a Mashriq month may carry its Maghreb name in brackets
_ALIAS = rf"(?:\s*[(\[]\s*(?:{_MONTH_ALTERNATIVES})\s*[)\]]|\s*/\s*(?:{_MONTH_ALTERNATIVES}))?"
# "May" is a month only before its year ("in May 2025", "May 12, 2025"): elsewhere the modal verb ("may be")
_MONTH_DATED = rf"(?P<month>{_MONTH_ALTERNATIVES}|may(?=\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d(?!\d)))"
_DATE = rf"(?:{_DAY}\s*)?(?:شهر\s+|mois\s+de\s+|mois\s+d')?{_MONTH_DATED}{_ALIAS}\s*(?:من\s+)?,?\s*(?:{_YEAR_WORD}\s+)?{_Y}"
_WHEN = (
    r"(?:في|خلال|برسم|طيله|طوال|على\s+مدي|على\s+مدار|en|au\s+cours\s+de|durant|pendant"
    r"|in|during|over|throughout|for)"
)
_RECENT = r"(?:ال)?(?:ماضيه|اخيره|منصرمه|ماضيين|اخيرين|dernières|dernieres|passées|passees)"
_EN_RECENT = r"(?:the\s+)?(?:last|past|previous)"


_WEEKDAYS = {
    "اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# the weekdays' names as a regex alternation, folded (bylines.py reads a weekday before a byline's date)
WEEKDAY_NAMES = "|".join(_WEEKDAYS)


@dataclass(frozen=True)
class PeriodMatch:
    type: str
    start: str | None
    end: str | None
    fstart: int  # folded span of the words
    fend: int
    inherit: bool = False  # "خلال الفترة ذاتها": the previous sentence's period
    relative_year: int | None = None  # "في السنة التي قبلها": this many years from the year stated nearby
    as_of: str | None = None  # "حتى نهاية دجنبر 2016": the date the running total is given at
    ordinal: bool = False  # "في السنة الأولى": relative_year counts from the first year of the total before
    creation: bool = False  # "منذ إحداثه": since the creation of a body (its year is known by claims.py)
    year_only: bool = False  # "during the year": inherits a year stated before, nothing longer


_ORDINALS = {
    "اولي": 1, "اول": 1, "ثانيه": 2, "ثاني": 2, "ثالثه": 3, "ثالث": 3, "رابعه": 4, "رابع": 4, "خامسه": 5, "خامس": 5,
    "première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "seconde": 2, "troisième": 3, "troisieme": 3,
    "quatrième": 4, "cinquième": 5, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
}  # fmt: skip


def _iso(year: str | int, month: int | None = None, day: str | None = None) -> str:
    if month is None:
        return str(year)
    if day:
        try:
            return date(int(year), month, int(day)).isoformat()
        except ValueError:
            pass
    return f"{int(year):04d}-{month:02d}"


def _date_iso(match: re.Match) -> str:
    day = match["day"] or match.groupdict().get("day_after")  # "May 16, 2003": the day after the month
    return _iso(match["year"], MONTHS.get(match["month"]) or _MAY.get(match["month"]), day)


# English "May" is no month name of the trie (a modal verb as often); it is the month before a year only
_MAY = {"may": 5}


def _published_iso(published: date | None) -> str | None:
    return published.isoformat() if published else None


def _n(match: re.Match) -> int:
    raw = match["n"]
    return int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]


_ABOUT_TENS = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20}


def _last_n_years(match: re.Match, published: date | None) -> tuple[str, str | None, str | None]:
    n = _n(match) if "n" in match.re.groupindex and match["n"] else 2
    if "about" in match.re.groupindex and match["about"]:
        n = _ABOUT_TENS[match["about"]]
    if any(match.groupdict().get(g) is not None for g in ("decade", "decade_fr", "decade_en")):
        n = 10
    if published is None:
        return "last_n_years", None, None  # the kind is known; its years are not without a date
    return "last_n_years", str(published.year - n), published.isoformat()


def _year_to_date(match: re.Match, published: date | None) -> tuple[str, str | None, str | None]:
    year = match["year"] if "year" in match.re.groupindex and match["year"] else None
    if published and (year is None or int(year) == published.year):
        if (
            published.month == 12
            and _THIS_YEAR.search(match.group())
            and not _SINCE_START.search(match.group())
        ):
            return "year", str(published.year), None  # "this year" in a December review: the whole year
        return "year_to_date", str(published.year), published.isoformat()
    if year:
        return "since", year, _published_iso(published)
    return "year_to_date", None, None  # "خلال السنة الجارية" in an undated page: the year so far, unknown


_SINCE_START = re.compile(r"منذ|ابتداء|depuis|since|so\s+far")
# ("السنة الجارية", "العام الجاري": the year still running, so far even in December, not the whole year)
_THIS_YEAR = re.compile(r"هذه\s+السنه|هذا\s+العام|cette\s+année|this\s+year")


def _previous_year(match: re.Match, published: date | None) -> tuple[str, str | None, str | None]:
    if published is None:
        return "year", None, None
    return "year", str(published.year - 1), None


_Y4 = r"(?:19|20)\d{2}"
_ANY_YEAR = re.compile(_Y4)


@dataclass(frozen=True)
class _Needs:
    """What a text must contain for a rule to match it: one of `words` (when given), and a year in digits
    (when `year`). Every rule is checked against it first: most sentences contain none of the few words a
    rule is built on, and a substring test costs far less than running the rule's regex over the sentence.
    Each word is a literal that every match of the rule's pattern contains.
    """

    words: tuple[str, ...] = ()
    year: bool = False

    def met_by(self, text: str, has_year: bool) -> bool:
        return (has_year or not self.year) and (not self.words or any(map(text.__contains__, self.words)))


def _needs(*words: str, year: bool = False) -> _Needs:
    return _Needs(words, year)


_SINCE_WORDS = ("منذ", "ابتداء", "انطلاقا", "depuis", "since")
# the month names spelt out (not the trie: a rule holding the trie runs only where one of them is named, and
# English "May" is none of them)
_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in (*MONTHS, "may")), key=len, reverse=True))
_PART_OF_YEAR = (
    r"(?:(?:la\s+)?(?:mi|début|debut|fin)[\s-]+|(?:mid|early|late)[\s-]+|(?:منتصف|بدايه|مطلع|اواخر|نهايه)\s+)"
)
# (a closing bound at the end of a month is the total as it stood then: "entre 2014 et fin mars 2019", _since_up_to)
_PART_OF_CLOSING_YEAR = r"(?:(?:la\s+)?(?:mi|début|debut)[\s-]+|(?:mid|early)[\s-]+|(?:منتصف|بدايه|مطلع)\s+)"


def _bound(n: str) -> str:
    """One bound of a month range: a part of the year or a month (at least one of them), then the year."""
    part = _PART_OF_YEAR if n == "1" else _PART_OF_CLOSING_YEAR
    return (
        rf"(?:{part}(?:(?:شهر\s+)?(?P<m{n}>{_MONTH_WORDS})\s+)?|(?:شهر\s+)?(?P<n{n}>{_MONTH_WORDS})\s+)?"
        rf"(?:(?:سنه|عام)\s+)?(?P<y{n}>(?:19|20)\d{{2}})(?!\d)"
    )


def _month_range(match: re.Match, published: date | None) -> tuple[str, str | None, str | None]:
    def iso(n: str) -> str:
        month = match[f"m{n}"] or match[f"n{n}"]
        return _iso(match[f"y{n}"], MONTHS.get(month) or _MAY.get(month) if month else None, None)

    return "range", iso("1"), iso("2")


# (type or resolver, what a text needs for it, pattern), in priority order: an earlier rule wins where two
# overlap.
_RULES: list[tuple] = [
    (
        "inherit",
        _needs("ذات", "نفس", "même", "meme", "same"),
        r"(?:الفتره|المده|المرحله|السنه|العام|الحقبه)\s+(?:ذاتها|نفسها|ذاته|نفسه)"
        r"|(?:نفس|ذات)\s+(?:الفتره|المده|المرحله|السنه)|(?:la\s+)?même\s+(?:période|année)|meme\s+periode"
        r"|the\s+same\s+(?:period|year|time)",
    ),
    # "during the year", "au cours de l'année", "خلال السنة" with nothing after: the year stated before ("… in 2021.
    # The report said 100 were arrested during the year")
    (
        "the_year",
        _needs("year", "année", "السنه", "العام"),
        r"(?:during|over|in\s+the\s+course\s+of|throughout)\s+the\s+year(?=\s*[,.;]|\s*$)"
        r"|(?:au\s+cours\s+de|durant|pendant|tout\s+au\s+long\s+de)\s+l'année(?=\s*[,.;]|\s*$)"
        r"|(?:خلال|طيله|طوال)\s+(?:السنه|العام)(?=\s*[،,.؛;]|\s*$)",
    ),
    # "مقابل 12 خلية في السنة التي قبلها": the year before the year the sentence states
    (
        "year_before",
        _needs("قبل", "سبقت", "السابق", "l'année", "previous", "before"),
        r"(?:في|خلال)\s+(?:السنه|العام)\s+(?:التي|الذي)\s+(?:قبلها|قبله|سبقتها|سبقته)"
        r"|(?:في|خلال)\s+(?:السنه\s+السابقه|العام\s+السابق)|l'année\s+(?:précédente|d'avant)"
        r"|the\s+(?:previous\s+year|year\s+before)",
    ),
    # "و19 خلية في السنة التي تلتها", "l'année suivante", "the following year": the year after the one stated
    (
        "year_after",
        _needs("تلت", "الموالي", "التالي", "بعد", "suivante", "après", "following", "next", "later"),
        r"(?:(?:في|خلال)\s+)?(?:(?:السنه|العام)\s+(?:التي|الذي)\s+(?:تلتها|تلته|بعدها|بعده)"
        r"|(?:السنه|العام)\s+(?:المواليه|الموالي|التاليه|التالي))"
        r"|(?:l'année|l'an)\s+(?:suivante|d'après)|(?:in\s+)?the\s+(?:following|next)\s+year|a\s+year\s+later",
    ),
    # "275 في السنة الأولى و244 في الثانية", "X la première année", "Y in the second year": the n-th year of
    # the running total stated before (claims.py counts it from that total's first year)
    (
        "ordinal_year",
        _needs(
            "اول",
            "ثاني",
            "ثالث",
            "رابع",
            "خامس",
            "premi",
            "deuxi",
            "second",
            "troisi",
            "quatri",
            "cinqui",
            "first",
            "third",
            "fourth",
            "fifth",
        ),
        r"(?:في|خلال)\s+(?:(?:السنه|العام)\s+)?(?P<ar>(?:ال)?(?:اولي|اول|ثانيه|ثاني|ثالثه|ثالث|رابعه|رابع|خامسه|خامس))"
        r"(?=[،,.;]|$|\s(?!من|عشر|و?العشرين|الي))"
        r"|(?:(?:en|durant|au\s+cours\s+de)\s+)?(?:la|sa)\s+(?P<fr>première|premiere|deuxième|deuxieme|seconde|troisième"
        r"|troisieme|quatrième|cinquième)(?:\s+année|(?=[,.;]|$|\s+et\s))"
        r"|(?:in|during)\s+(?:the|its)\s+(?P<en>first|second|third|fourth|fifth)(?:\s+year|(?=[,.;]|$|\s+and\s))",
    ),  # fmt: skip
    # "الأربعاء", "jeudi", "on Thursday": the day of the operation, the last such weekday up to publication
    (
        "weekday",
        _needs(),
        r"(?:(?:يوم|صباح|مساء)\s+)?(?P<weekday>(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)|lundi|mardi|mercredi|jeudi"
        r"|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        # (not "mercredi 2 octobre", a date; "a interpellé mercredi 2 partisans" is the weekday, then a count)
        + _NOT_DAY_OF_MONTH,
    ),
    # "صباح اليوم", "أمس": the day of the operation the article reports
    (
        "event_day",
        _needs("اليوم", "امس", "matin", "hier", "morning", "yesterday"),
        r"(?:صباح|مساء|ظهر|ليله|فجر)\s+(?:اليوم|امس)|(?<![\w])امس(?![\w])|يوم\s+امس"
        r"|ce\s+matin|hier(?:\s+soir|\s+matin)?|this\s+morning|yesterday",
    ),
    (
        _year_to_date,
        _needs("منذ", "ابتداء", "depuis", "since", "far"),
        r"(?:منذ|ابتداء\s+من)\s+(?:بدايه|مطلع|اول)\s+(?:(?:السنه|العام)(?:\s+(?:الجاريه|الجاري|الحاليه|الحالي))?"
        r"|هذه\s+السنه|هذا\s+العام)(?!\s*(?:19|20)\d\d)|depuis\s+le\s+début\s+de\s+(?:l'année|cette\s+année)"
        r"(?!\s*(?:19|20)\d\d)|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year(?!\s*(?:19|20)\d\d)"
        r"|so\s+far\s+this\s+year",
    ),
    # "منذ نهاية 2013", "depuis fin 2013", "since the end of 2013", "since late 2013": a running count from the end
    # of that year (not a count up to it, "حتى نهاية 2013")
    *(
        ("since", _needs(word, year=True), pattern)
        for word, pattern in (
            ("منذ", rf"منذ\s+(?:نهايه|اواخر|متم|اخر)\s+(?:(?:سنه|عام)\s+)?{_Y}"),
            ("depuis", rf"depuis\s+(?:la\s+)?fin\s+(?:(?:de\s+)?l'année\s+|de\s+)?{_Y}"),
            ("since", rf"since\s+(?:the\s+end\s+of\s+(?:the\s+year\s+)?|late\s+){_Y}"),
        )
    ),
    # "منذ مطلع 2013", "depuis début 2013", "since early 2013": from the start of a year named by its digits (the
    # year so far when it is the publication year, a running count from it otherwise)
    *(
        (_year_to_date, _needs(*words, year=True), pattern)
        for words, pattern in (
            (("منذ", "ابتداء"), rf"(?:منذ|ابتداء\s+من)\s+(?:بدايه|مطلع|اول|اوايل)\s+(?:(?:سنه|عام)\s+)?{_Y}"),
            (("depuis",), rf"depuis\s+(?:le\s+)?début\s+(?:(?:de\s+)?l'année\s+|de\s+)?{_Y}"),
            (("since",), rf"since\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the\s+year\s+)?|early\s+){_Y}"),
        )
    ),
    (
        "range",
        _needs("بين", year=True),
        rf"(?:ما\s+)?بين\s+(?:{_YEAR_WORD}\s+)?(?P<a>{_Y4})\s+و\s?(?:{_YEAR_WORD}\s+)?(?P<b>{_Y4})",
    ),
    (
        "range",
        _needs("الي", "حتي", year=True),
        rf"من\s+(?:{_YEAR_WORD}\s+)?(?P<a>{_Y4})\s+(?:الي|حتي)\s+(?:غايه\s+)?(?:{_YEAR_WORD}\s+)?(?P<b>{_Y4})",
    ),
    (
        "range",
        _needs("entre", "de", "between", "from", year=True),
        rf"entre\s+(?P<a>{_Y4})\s+et\s+(?P<b>{_Y4})|de\s+(?P<c>{_Y4})\s+à\s+(?P<d>{_Y4})"
        rf"|between\s+(?P<e>{_Y4})\s+and\s+(?P<f>{_Y4})|from\s+(?P<g>{_Y4})\s+(?:to|until|through)\s+(?P<h>{_Y4})",
    ),
    # "entre mi-2015 et mai 2016", "between mid-2015 and May 2016", "بين منتصف 2015 وماي 2016": a range whose
    # bounds name a month or a part of their year (the month, when named, is the bound's precision)
    (
        _month_range,
        _needs("entre", "between", "بين", year=True),
        rf"(?:entre|between|(?:ما\s+)?بين)\s+{_bound('1')}\s+(?:et|and|و)\s?{_bound('2')}",
    ),
    # "خلال سنتي 2015 و2016", "en 2015 et 2016", "in 2015 and 2016": two years together are a range
    (
        "range",
        _needs("سنتي", "عامي", " et ", " and ", year=True),
        rf"(?:(?:خلال|في)\s+)?(?:سنتي|عامي)\s+(?P<a>{_Y4})\s+و\s?(?P<b>{_Y4})"
        rf"|(?:en|in|during|(?:les\s+)?(?:seules\s+)?années|(?:the\s+)?years)\s+(?P<c>{_Y4})\s+(?:et|and)\s+(?P<d>{_Y4})",
    ),
    # "la période 2011-2013", "خلال الفترة 2011-2013", "in 2011–13": two years joined by a dash are a range (the
    # second may drop its century; it must come after the first: "2015-06-01" is a date, not years)
    (
        "year_span",
        _needs("-", "–", year=True),
        rf"(?<![\d.\-/])(?P<a>{_Y4})\s?[-–]\s?(?P<b>(?:19|20)?\d\d)(?![\d\-/])",
    ),
    # a span of months comes before "up to": "من يناير إلى متم شتنبر 2024" is January to September, not a
    # total as of September
    (
        "month_range",
        _needs("من", "بين", year=True),
        rf"(?:ما\s+)?(?:من|بين)\s+(?:شهر\s+)?(?P<from_month>{_MONTH_ALTERNATIVES}){_ALIAS}\s+(?:الي|حتي|و)\s?(?:غايه\s+)?"
        # "من يناير إلى متم شتنبر 2024": the end of the last month closes the range all the same
        rf"(?:(?:نهايه|متم|اواخر)\s+)?(?:شهر\s+)?{_MONTH}{_ALIAS}\s+(?:من\s+)?(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    # "entre janvier et juin 2023", "from January to June 2023", "between March and May 2021"
    (
        "month_range",
        _needs("entre", "de", "from", "between", year=True),
        rf"(?:entre|de|from|between)\s+(?:le\s+mois\s+de\s+)?(?P<from_month>{_MONTH_ALTERNATIVES})\s+(?:et|à|a|to|and|through|until)"
        rf"\s+(?:(?:la\s+)?fin\s+(?:de\s+|d')?|the\s+end\s+of\s+)?{_MONTH}\s*,?\s+{_Y}",
    ),
    # "حتى نهاية دجنبر 2016", "jusqu'à fin décembre 2016", "to the end of December 2016": a running total
    # up to that date (cumulative), not that month's figure
    *(
        ("up_to", _needs(*words, year=True), pattern)
        for words, lead in (
            (("نهايه", "متم", "اواخر"), r"(?:(?:حتي|الي)\s+)?(?:غايه\s+)?(?:نهايه|متم|اواخر)\s+(?:شهر\s+)?"),
            (("fin",), r"(?:jusqu'(?:à|a)\s+)?(?:à\s+|a\s+)?fin\s+"),
            (("end",), r"(?:(?:to|until|by|as\s+of|at)\s+)?the\s+end\s+of\s+"),
            # "who had left by 2019", "as of March 2019": the total as it stood then
            (("by", "as"), r"(?:by|as\s+of)\s+"),
            # "depuis 2013 et jusqu'à mars 2019", "منذ 2013 وإلى غاية مارس 2019", "since 2013 and up to March 2019"
            (("jusqu'à", "jusqu'a", "jusqu'au"), r"jusqu'(?:à|a|au)\s+"),
            (("غايه",), r"(?:[وف]?(?:حتي|الي)\s+)?غايه\s+(?:شهر\s+)?"),
            (("until", "up"), r"(?:until|up\s+to|up\s+until)\s+"),
        )
        for lead in (lead,)
        for pattern in (lead + _DATE, lead + rf"(?:{_YEAR_WORD}\s+)?{_Y}")
    ),
    # "au premier semestre 2022", "in the first half of 2022", "خلال النصف الأول من سنة 2022": its six months
    (
        "half_year",
        _needs("semestre", "half", "النصف", year=True),
        rf"(?:(?:au|durant\s+le|pendant\s+le|in|during|خلال|في)\s+)?(?:(?P<first>premier|first|الاول)|(?:second|deuxième|الثاني))"
        rf"(?:\s+semestre|\s+half)\s*(?:de\s+l'année\s+|of\s+|de\s+|من\s+)?(?:{_YEAR_WORD}\s+)?{_Y}"
        rf"|(?:(?:خلال|في)\s+)?النصف\s+(?P<first_ar>الاول|الثاني)\s+من\s+(?:{_YEAR_WORD}\s+)?(?P<year_ar>(?:19|20)\d\d)",
    ),
    (_last_n_years, _needs("سنوات"), rf"(?:{_WHEN}\s+)?(?:ال)?سنوات\s+(?:ال)?{_N}\s+{_RECENT}"),
    (_last_n_years, _needs("سنوات"), rf"(?:{_WHEN}\s+)?(?:ال)?{_N}\s+سنوات\s+{_RECENT}"),
    (_last_n_years, _needs("années"), rf"(?:{_WHEN}\s+)?(?:les\s+|des\s+)?{_N}\s+{_RECENT}\s+années"),
    (_last_n_years, _needs("years"), rf"(?:{_WHEN}\s+)?{_EN_RECENT}\s+{_N}\s+years"),
    # "en l'espace d'une quinzaine d'années", "depuis une dizaine d'années": about that many years back
    (
        _last_n_years,
        _needs("années"),
        r"(?:(?:en\s+l'espace\s+d'|en\s+|au\s+cours\s+d'|durant\s+|pendant\s+|depuis\s+)?une\s+)?"
        r"(?P<about>dizaine|quinzaine|vingtaine)\s+d'années",
    ),
    (
        _last_n_years,
        _needs("عقد", "décennie", "decade"),
        r"(?:(?:في|خلال|طيله|طوال)\s+)?(?:ال)?(?P<n>عقدين|العقدين)\s+(?:ال)?(?:ماضيين|اخيرين)"
        r"|(?:(?:في|خلال|طيله)\s+)?(?:ال)?عقد\s+(?:ال)?(?:ماضي|اخير)(?P<decade>)"
        r"|(?:au\s+cours\s+de\s+|durant\s+|pendant\s+)?la\s+dernière\s+décennie(?P<decade_fr>)"
        r"|(?:in|over|during)?\s*the\s+(?:last|past)\s+decade(?P<decade_en>)",
    ),  # fmt: skip
    (
        _last_n_years,
        _needs("العامين", "السنتين"),
        r"(?:في|خلال)\s+(?:العامين|السنتين)\s+(?:ال)?(?:ماضيين|اخيرين|ماضيتين|اخيرتين)",
    ),
    # "since its creation" with no year: the creation of the body the text speaks of (claims.py dates it)
    (
        "since_creation",
        _needs("منذ", "depuis", "since"),
        r"(?:منذ|depuis|since)\s+(?:(?:its|sa|son|the\s+(?:bureau|bcij)(?:'s|’s))\s+(?:creation|establishment|founding|création|mise\s+en\s+place)"
        r"|la\s+(?:création|mise\s+en\s+place)\s+du\s+(?:bureau|bcij)"
        r"|(?:it|the\s+bureau)\s+was\s+(?:set\s+up|created|established|founded)|(?:il|le\s+bureau)\s+a\s+été\s+créé"
        r"|(?:احداث|انشاء|انشاي|تاسيس)(?:ه|ها)?(?:\s+(?:المكتب|البسيج)(?:\s+المركزي\s+للابحاث\s+القضاييه)?)?)"
        # a year after it dates the creation ("since its creation in 2015"), unless an end bound brings it
        # ("منذ إحداثه إلى غاية متم دجنبر 2020": since the creation, as of December 2020)
        r"(?!(?!\s+(?:الي|حتي|jusqu|until|up\s+to|to\s+the\s+end|through))[^.]{0,60}(?:19|20)\d\d)",
    ),
    # "منذ اندلاع الأزمة السورية", "depuis le début du conflit syrien", "since the Syrian war began": the wave
    # of departures to Syria and Iraq is counted from the war's first year, 2011
    (
        "since_syrian_war",
        _needs(
            "ازمه", "حرب", "نزاع", "صراع", "ثوره", "guerre", "conflit", "crise", "war", "conflict", "crisis"
        ),
        r"(?:منذ|depuis|since)\s+(?:(?:اندلاع|بدايه|بدء|انطلاق|le\s+début\s+(?:de\s+la|du)|the\s+(?:start|outbreak|beginning)\s+of\s+the)\s+)?"
        r"(?:ال)?(?:ازمه|حرب|نزاع|صراع|ثوره|guerre|conflit|crise|war|conflict|crisis)\s+"
        r"(?:(?:ال)?سوريه|في\s+سوريا|syrien(?:ne)?|en\s+syrie|in\s+syria)"
        r"|since\s+the\s+syrian\s+(?:war|conflict|crisis|civil\s+war)(?:\s+(?:began|started|broke\s+out))?",
    ),
    # "in the first three months of 2025", "les trois premiers mois de 2025", "خلال الأشهر الثلاثة الأولى من سنة
    # 2025": a range of months from January of that year
    (
        "first_months",
        _needs("months", year=True),
        rf"(?:(?:in|during|over)\s+)?the\s+first\s+{_N}\s+months\s+of\s+(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    (
        "first_months",
        _needs("mois", year=True),
        rf"(?:(?:au\s+cours|durant|pendant|lors)\s+des\s+|dans\s+les\s+|les\s+)?{_N}\s+premiers\s+mois\s+(?:de\s+|d')"
        rf"(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    (
        "first_months",
        _needs("اشهر", "شهور", year=True),
        rf"(?:(?:خلال|في)\s+)?(?:الاشهر|الشهور)\s+(?:ال)?{_N}\s+(?:ال)?اولي\s+من\s+(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    # "خلال الأشهر الستة الأولى من السنة", "au premier semestre", "خلال النصف الأول من السنة": the year so far
    (
        _year_to_date,
        _needs("اولي", "semestre", "half", "النصف"),
        r"(?:خلال\s+)?(?:الاشهر|الشهور)\s+(?:ال)?\S+\s+(?:ال)?اولي\s+من\s+(?:السنه|العام)(?:\s+(?:الجاريه|الجاري|الحاليه))?"
        r"|(?:(?:خلال|في)\s+)?النصف\s+الاول\s+من\s+(?:السنه|العام|هذه\s+السنه|هذا\s+العام)(?:\s+(?:الجاريه|الجاري|الحاليه|الحالي))?"
        r"(?!\s*(?:19|20)\d\d)"
        r"|(?:au\s+|durant\s+le\s+)?premier\s+semestre(?:\s+de\s+l'année)?|(?:in\s+)?the\s+first\s+half\s+of\s+the\s+year",
    ),
    # "au cours des six derniers mois", "in the past six months": from that many months before publication
    ("last_n_months", _needs("mois"), rf"(?:{_WHEN}\s+)?(?:les\s+|des\s+)?{_N}\s+derniers\s+mois"),
    ("last_n_months", _needs("months"), rf"(?:{_WHEN}\s+)?{_EN_RECENT}\s+{_N}\s+months"),
    (
        "last_n_months",
        _needs("اشهر", "شهور"),
        rf"(?:{_WHEN}\s+)?(?:ال)?(?:اشهر|شهور)\s+(?:ال)?{_N}\s+(?:ال)?(?:ماضيه|اخيره|منصرمه)",
    ),
    (
        "since",
        _needs(*_SINCE_WORDS, year=True),
        rf"(?:منذ|ابتداء\s+من|انطلاقا\s+من|depuis|since)\s+(?:[^\s.،,\d]+\s+){{0,3}}?{_DATE}",
    ),
    (
        "since",
        _needs(*_SINCE_WORDS, year=True),
        rf"(?:منذ|ابتداء\s+من|انطلاقا\s+من|depuis|since)\s+(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    # "travelled to Syria after 2011", "partis après 2012": every year from that one on
    ("since", _needs("after", "après", year=True), rf"(?:after|après)\s+{_Y}(?!\s*[-–]\s*\d)"),
    # "منذ إحداثه سنة 2015": a few words may stand between "since" and the year when a year word precedes it
    (
        "since",
        _needs("منذ", "depuis", "since", year=True),
        rf"(?:منذ|depuis)\s+(?:[^\s.،,\d]+\s+){{1,6}}?(?:(?:في|en)\s+)?{_YEAR_WORD}\s+{_Y}",
    ),
    # "since its creation in 2015", "since the bureau was set up in 2015", "depuis l'attentat d'Imlil, en
    # décembre 2018": the event the count starts from, then its date
    (
        "since",
        _needs("depuis", "since", year=True),
        rf"(?:depuis|since)\s+(?:[^\s.،,;\d]+\s+){{0,5}}?[^\s.،,;\d]+,?\s+(?:in|en)\s+{_DATE}",
    ),
    (
        "since",
        _needs("depuis", "since", year=True),
        rf"(?:depuis|since)\s+(?:[^\s.،,;\d]+\s+){{0,5}}?[^\s.،,;\d]+,?\s+(?:in|en)\s+{_Y}",
    ),
    # "since the creation of the Central Bureau of Judicial Investigation in 2015", "depuis la création du Bureau
    # central d'investigations judiciaires en mars 2015", "منذ تأسيس المكتب المركزي للأبحاث القضائية في مارس 2015":
    # a body's long name may stand between its creation and the date
    *(
        (
            "since",
            _needs(*words, year=True),
            lead + rf"(?:[^\s.،,;؛\d]+\s+){{0,9}}?(?:in|en|في|سنه|عام)\s+{date_}",
        )
        for words, lead in (
            (
                ("since", "depuis"),
                r"(?:since|depuis)\s+(?:the|la|sa|its|son|l')?\s*(?:creation|establishment|founding|launch|setting\s+up"
                r"|création|mise\s+en\s+place|fondation|naissance)\s+",
            ),
            (("منذ",), r"منذ\s+(?:احداث|انشاء|انشاي|تاسيس|تاسس|انطلاق|خلق)\s+"),
        )
        for date_ in (_DATE, _Y)
    ),
    # "since the 2003 Casablanca bombings": an event named by its year opens the count
    ("since", _needs("since", year=True), rf"since\s+the\s+{_Y}(?!\d)"),
    # "منذ إحداثه في 2015", "منذ تأسيس المكتب في 2015": the same in Arabic, the year after "في"
    (
        "since",
        _needs("منذ", year=True),
        rf"منذ\s+(?:[^\s.،,;؛\d]+\s+){{0,4}}?[^\s.،,;؛\d]+\s+في\s+{_Y}",
    ),
    # "منذ تفجيرات الدار البيضاء في ماي 2003", "since the Casablanca bombings of May 2003", "depuis les attentats
    # de mai 2003": the event the count starts from, dated by its month
    (
        "since",
        _needs("منذ", "since", "depuis", year=True),
        rf"(?:منذ\s+(?:[^\s.،,;؛\d]+\s+){{0,4}}?[^\s.،,;؛\d]+\s+في|(?:since|depuis)\s+(?:[^\s.،,;\d]+\s+){{0,5}}?"
        rf"[^\s.،,;\d]+,?\s+(?:of|de|d'))\s+{_DATE}",
    ),
    (
        "since",
        _needs("since", year=True),
        rf"since\s+(?:[^\s.,;\d]+\s+){{0,5}}?[^\s.,;\d]+\s+of\s+{_Y}(?!\d)",
    ),
    # "since May 2003", "since the bombings of 16 May 2003", "since the March 11, 2004 attacks" (the rule for May
    # apart: it must run where no month of the trie is named)
    *(
        (
            "since",
            _needs(*needed, year=True),
            rf"since\s+(?:the\s+|(?:[^\s.,;\d]+\s+){{0,5}}?[^\s.,;\d]+\s+(?:of|in)\s+)?(?:{_DAY}\s+)?"
            rf"(?P<month>{month})\s+(?:(?P<day_after>\d{{1,2}}),?\s+)?{_Y}(?!\d)",
        )
        for needed, month in ((("may",), "may"), (("since",), _MONTH_ALTERNATIVES))
    ),
    # "créé en 2015, le bureau revendique 92 cellules", "set up in 2015", "المحدث سنة 2015": a body counted
    # from its creation
    (
        "since",
        _needs(
            "cré",
            "mis",
            "institu",
            "fond",
            "set",
            "established",
            "created",
            "founded",
            "محدث",
            "احدث",
            "انشي",
            "تاسس",
            "المنشا",
            year=True,
        ),
        rf"(?:créée?|mise?\s+en\s+place|institué|fondée?|(?:was\s+)?(?:set\s+up|established|created|founded)"
        rf"|(?:ال|الذي\s+)?(?:محدث|احدث|انشي|تاسس|المنشا))\s+(?:(?:en|in|في)\s+)?(?:{_YEAR_WORD}\s+)?{_Y}",
    ),
    ("month", _needs(year=True), rf"(?:{_WHEN}\s+)?{_DATE}"),
    # "- 18 أبريل: تفكيك خلية", "le 14 octobre", "On March 2": a day of the year the article is dated
    (
        "day_month",
        _needs(),
        rf"(?:(?:في|يوم|le|on)\s+)?(?:{_DAY}\s+{_MONTH}{_ALIAS}|(?<![\w])(?P<month_en>{_MONTH_ALTERNATIVES})\s+(?P<day_en>\d{{1,2}})(?:st|nd|rd|th)?)"
        rf"(?!\s*[,،]?\s*(?:{_YEAR_WORD}\s+)?(?:19|20)\d\d)(?!\d)",
    ),
    # "منذ كانون الثاني (يناير) الماضي", "depuis janvier", "since January": from that month of this year
    (
        "since_month",
        _needs(*_SINCE_WORDS),
        rf"(?:منذ|ابتداء\s+من|انطلاقا\s+من|depuis|since)\s+(?:(?:بدايه|مطلع|le\s+début\s+de|the\s+start\s+of)\s+)?"
        rf"(?:شهر\s+|(?:le\s+)?mois\s+de\s+|(?:le\s+)?mois\s+d')?{_MONTH}{_ALIAS}"
        rf"(?:\s+(?:الماضي|المنصرم|الفارط|dernier))?(?!\s*,?\s*(?:19|20)\d\d)",
    ),
    # "خلال شهر أيلول الماضي", "في شتنبر الماضي": the last such month before publication
    (
        "recent_month",
        _needs("شهر", "mois", "last"),
        rf"(?:{_WHEN}\s+)?(?:شهر\s+|mois\s+de\s+|mois\s+d'){_MONTH}(?:\s+(?:الماضي|المنصرم|الفارط|dernier))?",
    ),
    ("recent_month", _needs("last"), rf"(?:{_WHEN}\s+)?last\s+{_MONTH}"),
    # "en septembre", "in September" with no year: the last such month up to the article's date
    (
        "recent_month",
        _needs("en", "in"),
        # (not the month the figures were presented in: "les chiffres présentés en février" dates the figures)
        r"(?<!présentés\s)(?<!présentées\s)(?<!publiés\s)(?<!publiées\s)(?<!annoncés\s)(?<!dévoilés\s)"
        r"(?<!communiqués\s)(?<!released\s)(?<!published\s)(?<!announced\s)(?<!presented\s)"
        rf"(?<![\w'])(?:en|in)\s+{_MONTH}(?![\w-])(?!\s*[,،]?\s*(?:de\s+l'année\s+|of\s+)?(?:\d|{_YEAR_WORD}))",
    ),
    (
        "recent_month",
        _needs("الماضي", "المنصرم", "الفارط", "dernier"),
        rf"(?:{_WHEN}\s+){_MONTH}{_ALIAS}\s+(?:الماضي|المنصرم|الفارط|dernier)",
    ),
    (
        _previous_year,
        _needs(
            "الماضي", "derni", "المنصرم", "الفارط", "last", "passé", "passée", "écoulé", "past", "previous"
        ),
        rf"(?:{_WHEN}\s+)?(?:(?:السنه|العام)\s+(?:الماضيه|الماضي|المنصرمه|المنصرم|الفارطه|الفارط)"
        r"|l'année\s+dernière|l'an\s+dernier|l'an\s+passé|l'année\s+passée|l'année\s+écoulée|l'an\s+écoulé"
        r"|last\s+year|the\s+past\s+year|the\s+previous\s+year)",
    ),
    (
        _year_to_date,
        _needs("السنه", "العام", "cette", "year"),
        rf"(?:{_WHEN}\s+)?(?:السنه\s+(?:الجاريه|الحاليه)|العام\s+(?:الجاري|الحالي)|هذه\s+السنه|هذا\s+العام|cette\s+année"
        r"|this\s+year|the\s+current\s+year)",
    ),
    ("year", _needs(year=True), rf"{_WHEN}\s+(?:{_YEAR_WORD}\s+)?{_Y}"),
    ("year", _needs(year=True), rf"{_YEAR_WORD}\s+{_Y}"),
    # "les cellules de 2015", "the cells of 2015", "arrests of 2016": the figures of that year, named by it
    (
        "year",
        _needs(year=True),
        rf"(?:cellules|cells|arrestations|interpellations|arrests)\s+(?P<at>(?:de|of)\s+{_Y})",
    ),
    (
        "cumulative_unspecified",
        _needs("حتي", "الي", "لحد", "jusqu", "jour", "date", "far", "now"),
        r"حتي\s+(?:الان|اليوم)|الي\s+(?:حدود|غايه)\s+(?:الان|اليوم|الساعه)|لحد\s+(?:الان|الساعه)"
        r"|jusqu'(?:à|a)\s+(?:présent|present|aujourd'hui)|(?:à|a)\s+ce\s+jour|to\s+date|so\s+far|until\s+now",
    ),
    (
        "unspecified",
        _needs("سنوات", "اعوام", "عقود", "الاونه", "dernières", "recent"),
        rf"(?:{_WHEN}\s+)?(?:ال)?(?:سنوات|اعوام|عقود)\s+{_RECENT}|في\s+الاونه\s+الاخيره"
        r"|(?:au\s+cours\s+de\s+)?ces\s+dernières\s+années|(?:in\s+)?recent\s+years",
    ),
]
# A rule built on a month name or a weekday cannot match a sentence without one: one scan for any of them (a
# plain alternation, which the regex engine skips through fast) spares the rules' slower patterns.
# ("اب", the Mashriq August, must stand alone: it begins a great many words, "للابحاث" among them)
_ANY_MONTH = guarded(
    rf"(?<![^\W\d_وفبل])(?:{longest_first(m for m in MONTHS if m != 'اب')}|اب(?:(?![^\W\d_])|(?=من|سن|عام|l'an|the)))"
)
_ANY_WEEKDAY = re.compile("|".join(_WEEKDAYS))
# (guarded: most rules open on an optional preposition, "(?:(?:في|خلال|…)\s+)?", where the regex engine would
# try every alternative at every position of the sentence)
_COMPILED = [
    (kind, needs, guarded(pattern), _MONTH_ALTERNATIVES in pattern, kind == "weekday")
    for kind, needs, pattern in _RULES
]


def _resolve(kind, match: re.Match, published: date | None) -> PeriodMatch:
    # (a rule may match words before its period that only tell it is one: the period begins at its group "at")
    span = match.start("at" if "at" in match.re.groupindex else 0), match.end()
    if kind == "inherit":
        return PeriodMatch("unspecified", None, None, *span, inherit=True)
    if kind == "the_year":
        return PeriodMatch("unspecified", None, None, *span, inherit=True, year_only=True)
    if callable(kind):
        type_, start, end = kind(match, published)
        return PeriodMatch(type_, start, end, *span)
    if kind == "range":
        years = [g for g in match.groupdict().values() if g]
        return PeriodMatch("range", years[0], years[-1], *span)
    if kind == "year_span":
        first, second = match["a"], match["b"]
        last = second if len(second) == 4 else first[:2] + second
        if last <= first:  # "2015-06": a month written in digits, not a second year
            return PeriodMatch("year", first, None, *span)
        return PeriodMatch("range", first, last, *span)
    if kind == "year_before":
        return PeriodMatch("year", None, None, *span, relative_year=-1)
    if kind == "ordinal_year":
        word = re.sub(r"^ال", "", match["ar"] or match["fr"] or match["en"])
        return PeriodMatch("year", None, None, *span, relative_year=_ORDINALS[word] - 1, ordinal=True)
    if kind == "year_after":
        return PeriodMatch("year", None, None, *span, relative_year=1)
    if kind == "event_day":
        day = published
        if published is not None and ("امس" in match.group() or "hier" in match.group()):
            day = date.fromordinal(published.toordinal() - 1)
        return PeriodMatch("event", day.isoformat() if day else None, None, *span)
    if kind == "weekday":
        if published is None:
            return PeriodMatch("event", None, None, *span)
        back = (published.weekday() - _WEEKDAYS[re.sub(r"^ال", "", match["weekday"])]) % 7
        return PeriodMatch("event", date.fromordinal(published.toordinal() - back).isoformat(), None, *span)
    if kind == "since_syrian_war":
        return PeriodMatch("since", "2011", _published_iso(published), *span)
    if kind == "since_creation":
        return PeriodMatch("since", None, _published_iso(published), *span, creation=True)
    if kind == "last_n_months":
        if published is None:
            return PeriodMatch("unspecified", None, None, *span)
        months = published.year * 12 + published.month - 1 - _n(match)
        return PeriodMatch("range", f"{months // 12:04d}-{months % 12 + 1:02d}", published.isoformat(), *span)
    if kind == "recent_month":
        month = MONTHS[match["month"]]
        if published is None:
            return PeriodMatch("unspecified", None, None, *span)
        year = published.year if month <= published.month else published.year - 1
        return PeriodMatch("month", _iso(year, month), None, *span)
    if kind == "first_months" and 1 <= _n(match) <= 12:
        return PeriodMatch("range", f"{match['year']}-01", f"{match['year']}-{_n(match):02d}", *span)
    if kind == "half_year":
        year = match["year"] or match["year_ar"]
        first = match["first"] or match["first_ar"] == "الاول"
        return PeriodMatch(
            "range", f"{year}-01" if first else f"{year}-07", f"{year}-06" if first else f"{year}-12", *span
        )
    if kind == "day_month":
        month = MONTHS[match["month"] or match["month_en"]]
        day = int(match["day"] or match["day_en"])
        if published is None:
            return PeriodMatch("event", None, None, *span)
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        try:
            return PeriodMatch("event", date(year, month, day).isoformat(), None, *span)
        except ValueError:
            return PeriodMatch("event", None, None, *span)
    if kind == "since_month":
        month = MONTHS[match["month"]]
        if published is None:
            return PeriodMatch("year_to_date" if month == 1 else "since", None, None, *span)
        year = published.year if month <= published.month else published.year - 1
        if month == 1 and year == published.year:
            return PeriodMatch("year_to_date", str(year), published.isoformat(), *span)
        return PeriodMatch("since", _iso(year, month), published.isoformat(), *span)
    if kind == "month_range":
        year = match["year"]
        return PeriodMatch(
            "range", _iso(year, MONTHS[match["from_month"]]), _iso(year, MONTHS[match["month"]]), *span
        )
    if kind == "since":
        start = _date_iso(match) if match.groupdict().get("month") else match["year"]
        return PeriodMatch("since", start, _published_iso(published), *span)
    if kind == "up_to":
        iso = _date_iso(match) if match.groupdict().get("month") else match["year"]
        return PeriodMatch("cumulative_unspecified", None, iso, *span, as_of=iso)
    if kind == "month":
        iso = _date_iso(match)
        return PeriodMatch("event" if len(iso) == 10 else "month", iso, None, *span)
    if kind == "year":
        return PeriodMatch("year", match["year"], None, *span)
    return PeriodMatch(kind, None, None, *span)


# Every word some rule needs, by the scripts a text holds: a word with a Latin letter cannot occur in a text
# without one (nor an Arabic one in a text without Arabic), so it need not be looked for.
_LATIN_LETTER = re.compile(r"[a-z]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_NEEDED_WORDS = sorted({word for _kind, needs, *_rest in _COMPILED for word in needs.words})
_WORDS_BY_SCRIPT = {
    (latin, arabic): Vocabulary(
        word
        for word in _NEEDED_WORDS
        if (latin or _LATIN_LETTER.search(word) is None) and (arabic or _ARABIC_LETTER.search(word) is None)
    )
    for latin in (False, True)
    for arabic in (False, True)
}


# The positions in _COMPILED of the rules each word is needed by, and of the rules that need no word: a
# sentence tries only the rules one of its words is needed by (~10 of 52), not every rule's _Needs.
def _rules_needing() -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for position, (_kind, needs, *_rest) in enumerate(_COMPILED):
        for word in needs.words:
            positions.setdefault(word, []).append(position)
    return positions


_RULES_NEEDING = _rules_needing()
_RULES_NEEDING_NO_WORD = frozenset(
    position for position, (_kind, needs, *_rest) in enumerate(_COMPILED) if not needs.words
)


def _words_in(folded: str) -> list[str]:
    """The words rules need that occur in `folded`: each looked for once per text, not once per rule."""
    latin, arabic = has_latin(folded), has_arabic(folded)
    return _WORDS_BY_SCRIPT[latin, arabic].found_in(folded)  # (one pass over `folded`, in C)


@lru_cache(maxsize=512)  # sentences hold few of the rules' words: a handful of combinations recur
def _rules_for_words(words: tuple[str, ...]) -> tuple[tuple, ...]:
    """The rules of _COMPILED that one of `words` is needed by (or that need none), in priority order."""
    positions = set(_RULES_NEEDING_NO_WORD)
    for word in words:
        positions.update(_RULES_NEEDING[word])
    return tuple(_COMPILED[position] for position in sorted(positions))


@lru_cache(maxsize=512)
def _rules_to_run(
    words: tuple[str, ...], has_year: bool, has_month: bool, has_weekday: bool
) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, pattern) of the candidate rules that can match a text holding `words`, given whether it holds a
    year in digits, a month name and a weekday (see _Needs): decided once per combination, not per sentence."""
    return tuple(
        (kind, pattern)
        for kind, needs, pattern, month, weekday in _rules_for_words(words)
        if not (needs.year and not has_year or month and not has_month or weekday and not has_weekday)
    )


def find_periods(folded: str, published: date | None) -> list[PeriodMatch]:
    """Every period or date in `folded`, higher-priority rules first, without overlaps, in text order."""
    found: list[PeriodMatch] = []
    rules = _rules_to_run(
        tuple(_words_in(folded)),
        _ANY_YEAR.search(folded) is not None,
        _ANY_MONTH.search(folded) is not None,
        search(_ANY_WEEKDAY, folded) is not None,  # (most sentences hold no weekday's name)
    )
    for kind, pattern in rules:
        for match in pattern.finditer(folded):
            if not _on_word_boundaries(folded, match.start(), match.end()):
                continue
            if any(match.start() < other.fend and other.fstart < match.end() for other in found):
                continue
            found.append(_resolve(kind, match, published))
    found.sort(key=lambda period: period.fstart)
    if len(found) > 1 and any(p.type != "event" for p in found):
        found = [p for p in found if not _day_of_statement(folded, p)]
    if any(p.type == "event" for p in found):
        found = [p for p in found if not _day_figures_told(folded, p)]
    return _since_up_to(folded, found)


# "a déclaré jeudi que …", "said on Tuesday that …", "أكد يوم الخميس أن …": the day the source spoke, not the
# figure's period when the sentence states one ("… neuf cellules démantelées en 2023")
_SAID_BEFORE = re.compile(
    r"(?:(?<![\w])(?:a|ont)\s+(?:déclaré|indiqué|annoncé|affirmé|précisé|souligné|expliqué|révélé|assuré|dit"
    r"|rappelé|publié|rendu\s+public)|(?<![\w])(?:publié|publiée|rendu\s+public|indique|annonce|affirme|précise"
    r"|révèle|rapporte|souligne|déclare|explique)|(?<![\w])(?:said|announced|told"
    r"|stated|declared|revealed|published|released|reported|added|says|announces)|(?<![\w])[وف]?(?:قال|اعلن|اكد|صرح"
    r"|افاد|كشف|اوضح|اضاف|نشر)(?:ت)?(?:\s+(?!ان(?![\w])|بان(?![\w]))[\u0621-\u064a]+){0,2}"
    # the statement itself: "In a statement on Thursday", "dans un communiqué publié lundi", "في بلاغ يوم الخميس"
    r"|(?<![\w])(?:statement|communiqué|press\s+release|interview|entretien|déclaration|بلاغ|بيان|تصريح)"
    r"(?:\s+(?:issued|released|published|diffusé|publié|rendu\s+public|صدر|نشر))?)\s+(?:on\s+|ce\s+|le\s+)?$"
)
# the reported clause opening right after the day: "…، يوم الاثنين، أنها أوقفت", "mardi que", "Monday that"
_THAT_AFTER = re.compile(r"\s*[,،]?\s*(?:que|qu'|that|ان|بان|انه|انها|بانه|بانها)(?![\w])")


# "selon des chiffres officiels présentés jeudi", "according to figures released on Tuesday", "وفق أرقام رسمية
# قدمت يوم الخميس": the day a tally was made public, never the period of the figures it holds
_FIGURES_TOLD = re.compile(
    r"(?<![\w])(?:chiffres|statistiques|données|bilan|figures|statistics|data|numbers|tally|ارقام|الارقام"
    r"|احصاييات|الاحصاييات|احصاءات|الاحصاءات|معطيات|المعطيات|حصيله|الحصيله)(?:\s+[^\s\d.،,]+){0,2}?\s+"
    r"(?:présentée?s?|publiée?s?|dévoilée?s?|rendue?s?\s+publi(?:c|que)s?|communiquée?s?|released|presented|published"
    r"|unveiled|made\s+public|issued|قدمت|نشرت|عرضت|اعلنت|المقدمه|المنشوره|المعلنه)\s+(?:on\s+|ce\s+|le\s+)?$"
)


def _day_figures_told(folded: str, period: PeriodMatch) -> bool:
    return period.type == "event" and bool(
        _FIGURES_TOLD.search(folded, max(0, period.fstart - 60), period.fstart)
    )


def _day_of_statement(folded: str, period: PeriodMatch) -> bool:
    return period.type == "event" and bool(
        _SAID_BEFORE.search(folded, max(0, period.fstart - 40), period.fstart)
        or _THAT_AFTER.match(folded, period.fend)
    )


# "Between 2012 and | the end of December 2016", "entre 2012 et | fin décembre 2016", "بين سنة 2012 و|نهاية
# دجنبر 2016": the open year of a range whose end is an "up to" date
_RANGE_OPENING = re.compile(
    rf"(?:(?<![\w])(?:between|from|entre|de)|(?<![\w])(?:بين|من))\s+(?:{_YEAR_WORD}\s+)?(?P<a>{_Y4})\s*"
    r"(?:and|to|until|through|et|à|a|jusqu'(?:à|a)|الي|حتي|و)?\s*$"
)


def _since_up_to(folded: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """ "منذ سنة 2002 إلى غاية نهاية دجنبر 2016": one running total since X, given as of Y; "between 2012 and
    the end of December 2016": a range from X to Y, given as of Y."""
    merged: list[PeriodMatch] = []
    for period in periods:
        previous = merged[-1] if merged else None
        if period.as_of and period.type == "cumulative_unspecified":
            opening = _RANGE_OPENING.search(folded, max(0, period.fstart - 30), period.fstart)
            if opening is not None:
                if previous is not None and previous.fend > opening.start():
                    merged.pop()  # the opening year read alone
                merged.append(
                    PeriodMatch(
                        "range", opening["a"], period.as_of, opening.start(), period.fend, as_of=period.as_of
                    )
                )
                continue
        if (
            previous is not None
            and previous.type == "since"
            and period.as_of
            and period.fstart - previous.fend <= 12
            and not re.search(r"[،,;.]", folded[previous.fend : period.fstart])
        ):
            merged[-1] = PeriodMatch(
                "since",
                previous.start,
                period.as_of,
                previous.fstart,
                period.fend,
                as_of=period.as_of,
                creation=previous.creation,
            )
            continue
        merged.append(period)
    return merged


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "و" may glue a period to the previous word ("وفي السنوات"); letters may not.
    return (not before.isalnum() or before in "وفبل") and not (after.isalnum() and not after.isdigit())


# Between a number and a period after it, these mean the period belongs to another clause or item:
# "12 خلية، وفي 2016 ..." / "12 cellules et en 2016" / "12 cells, and in 2016".
_OTHER_CLAUSE = guarded(r"(?:^|[\s،,])(?:و|ف|et|and|mais|but|while|alors\s+que|فيما|بينما)\s*$|[;؛]")
_ITEM_BREAK = re.compile(
    r"[،,;؛]\s*(?:[وف]|et|and|then|puis|ثم)?\s*$|\s(?:و|ثم|et|and|puis|then)\s*$"
    # "depuis 2002, tandis que 88 cellules … depuis 2013", "since 2002, while 88 …", "منذ 2002، في حين تم تفكيك 88":
    # a contrasting clause states its own period after its figure
    r"|(?<![\w])(?:tandis\s+qu(?:e\s|')|alors\s+qu(?:e\s|')|while\s|whereas\s|في\s+حين\s|بينما\s)[^,،;؛]*$"
)
_NUMBER_BETWEEN = re.compile(r"(?<![\d.,])\d+(?![\d.,]*\d)")
# "أوقف خلالها 30 شخصا، في حصيلة تقارب حصيلة السنة الماضية", "un bilan proche de celui de l'an dernier":
# the period after a comparison is the compared figure's, not this one's
_COMPARISON_WORDS = (
    "قارب",
    "عادل",
    "ماثل",
    "مقارن",
    "compar",
    "proche",
    "similaire",
    "semblable",
    "close",
    "similar",
    "in line",
    "contre",
    "مقابل",
    "against",
    "versus",
)
_COMPARISON = guarded(
    r"(?<![\w])(?:تقارب|يقارب|قارب|تعادل|يعادل|تماثل|يماثل|مقارنه\s+(?:ب|مع)|comparable\s+à|proche\s+de|similaire\s+à"
    r"|semblable\s+à|close\s+to|similar\s+to|comparable\s+to|in\s+line\s+with"
    # "dix cellules, contre onze l'année précédente", "مقابل 11 في السنة التي قبلها": the compared figure's period
    r"|(?:contre|مقابل|against|versus)\s+(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
    r"|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)))(?![\w])"
)


def nearest_period(
    periods: list[PeriodMatch], fstart: int, fend: int, folded: str = ""
) -> PeriodMatch | None:
    """The period closest to a number at folded [fstart, fend) (ties go to the one before it).

    A period after the number is its own only when nothing starts another clause or figure between them
    (`folded` given): "21 خلية سنة 2015 و19 سنة 2016" binds each year to its own figure.
    """
    # periods are in text order and never overlap (find_periods): the nearest before the number is the last
    # that starts before its end, the only one after it that can be its own is the next one
    k = bisect_left(periods, fend, key=_fstart)
    before = periods[k - 1] if k else None
    after = periods[k] if k < len(periods) else None
    if folded and after is not None:
        # the period after the number is its own only when near and in its clause
        if not (after.fstart - fend <= 200 and _same_clause(folded, fend, after.fstart)):
            after = None
        elif (last_end := _last_end_before(periods, k, fstart)) is None or _ITEM_BREAK.search(
            folded, last_end, fstart
        ):
            # "21 خلية سنة 2015، و19 خلية في السنة التي تلتها": a period stated before a list joiner
            # belongs to the item before; this item's own period follows it in its clause
            return after
    if before is None or after is None:
        return before or after
    after_distance = after.fstart - fend
    if before.fend > fstart:
        return before  # the number is inside it
    if (
        after.type == "year"
        and before.type in _SPANS
        and after_distance <= 25
        and not _PUNCTUATION.search(folded, fend, after.fstart)
        and before.start is not None
        and after.start is not None
        and before.start <= after.start
        and (before.end is None or after.start <= before.end[:4])
    ):
        # "وتوزعت حصيلة السنوات الثلاث الأخيرة بين 5 خلايا سنة 2022 و4 …", "over the last three years: 5 cells in
        # 2022, …": a figure followed by its own year inside the span before it is that year's; the span frames the list
        return after
    return before if fstart - before.fend <= after_distance else after


_SPANS = frozenset({"last_n_years", "range", "since"})
_PUNCTUATION = re.compile(r"[،,;؛:.]")


def _fstart(period: PeriodMatch) -> int:
    return period.fstart


def _last_end_before(periods: list[PeriodMatch], k: int, fstart: int) -> int | None:
    """Where the last period ending before the number ends (None when none does)."""
    for index in range(k - 1, -1, -1):
        if periods[index].fend <= fstart:
            return periods[index].fend
    return None


# "dix cellules, contre onze l'année précédente", "8 خلايا مقابل 6 في السنة التي قبلها", "up from 40 last year":
# the period after a compared figure is that figure's, not the first one's
_VERSUS = guarded(
    r"(?<![\w])(?:contre|مقابل|[وف]مقابل|against|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from)(?![\w])"
)


# "خمس خلايا، وهو أدنى رقم منذ إحداث المكتب", "le chiffre le plus bas depuis 2015", "the lowest since 2010": the
# period after a superlative dates the comparison, not the figure
_SUPERLATIVE = guarded(
    r"(?<![\w])(?:ادني|اعلي|اقل|اكبر|اضعف|ارفع|le\s+plus|la\s+plus|lowest|highest|smallest|largest|fewest)(?![\w])"
)


def _same_clause(folded: str, end: int, period_start: int) -> bool:
    between = folded[end:period_start]
    if _OTHER_CLAUSE.search(between):
        return False
    if may_match(_SUPERLATIVE.pattern, between) and _SUPERLATIVE.search(between):
        return False
    versus = _VERSUS.search(between) if may_match(_VERSUS.pattern, between) else None
    if versus is not None and find_numbers(between[versus.end() :]):
        return False
    if any(word in between for word in _COMPARISON_WORDS) and _COMPARISON.search(between):
        return False
    if not _NUMBER_BETWEEN.search(between) and _PART_WORD_NUMBER.search(between):
        # "cinquante-sept cellules depuis 2015, dont huit au cours de l'année 2018", "including eight in 2018": a
        # part spelt out in words between the figure and a period takes that period for itself
        return not any(n.kind == "words" for n in find_numbers(between))
    if _NUMBER_BETWEEN.search(between):
        between = _AGES.sub(
            " ", between
        )  # "quatre individus, âgés de 21 à 37 ans, ont été interpellés mardi"
        # "49 cells, 44 of them loyal to ISIS, since 2015": a part set off by commas shares its whole's period
        between = _PART_ASIDE.sub(" ", between)
    return not any(not 1900 <= int(n.group()) <= 2100 for n in _NUMBER_BETWEEN.finditer(between))


_PART_WORD_NUMBER = re.compile(
    r"(?<![\w])(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquel\w*)|[وف]?(?:من\s+)?(?:منها|منهم|بينها|بينهم))"
    r"\s+[^\W\d]"
)
# A part of the figure set off between commas: ", 44 of them loyal to ISIS,", ", dont 12 femmes,", "، منها 30
# خلية موالية لداعش،"
_PART_ASIDE = re.compile(
    r"[,،]\s*(?:\d[\d,.\s]*\s+(?:of\s+them|of\s+which|of\s+whom|d'entre\s+(?:eux|elles))"
    r"|(?:dont|including|among\s+them|بينها|بينهم|منها|منهم)\s+\d)[^,،;؛]*[,،]"
)
# Ages and durations between a figure and its period are no other figure: "âgés de 21 à 37 ans", "aged 19 to
# 30", "تتراوح أعمارهم بين 22 و39 سنة", "a 24-year-old"
_AGES = re.compile(
    r"\d+(?:\s*(?:à|a|-|–|و|and|to|et)\s*\d+)?\s*(?:ans|سنه|سنوات|عاما|years?)(?![\w])|\d+-year-old"
    r"|(?:aged|âgés?\s+de|âgées?\s+de)\s+\d+(?:\s*(?:à|-|–|and|to)\s*\d+)?"
)
