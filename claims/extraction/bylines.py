"""The lines around an article's title and at its foot that say who published it and when.

Saved articles print their byline in many ways: a date line ("27 دجنبر، 2018", "October 3, 2024 · Staff
writer · 4 min read", "Publié le : 11/03/2019 - 08:12 Modifié le : …", "Updated 4:12 PM GMT+1, February
24, 2025"), an outlet line under the title ("Le Matin", "The Arab Weekly"), an author line ("By …", "Par
…"), a wire dateline opening the body ("Rabat, 16/01/2019 (MAP) -", "SALE, Morocco (AP) —", "الرباط 12
دجنبر 2024 (ومع) -"), and a copyright line at the foot ("© 2024 Maghreb Daily Monitor", "جميع الحقوق
محفوظة © 2021 الأيام 24"). layouts.py asks these functions about each candidate line.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claims.extraction.literals import guarded  # the same matches, found faster
from claims.extraction.normalize import fold
from claims.extraction.periods import MONTHS, WEEKDAY_NAMES

_Y = r"(?:19|20)\d\d"
# Bylines also print "May" (not a month in running text: a modal verb) and abbreviated months ("Sep. 18,
# 2023", "18 sept. 2023", "12 janv. 2022").
_BYLINE_MONTHS = {
    **MONTHS,
    "may": 5, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
}  # fmt: skip
_MONTH_WORD = (
    "(?:"
    + "|".join(re.escape(m) for m in sorted(_BYLINE_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])\.?"
)
_ORDINAL = r"(?:er|st|nd|rd|th)?"
# Dates as bylines print them; each alternative names its groups with a suffix of its own.
# "12 كانون الثاني (يناير) 2026", "16 أيار/مايو 2025": a Mashriq month with its Maghreb name beside it
_MONTH_ALIAS = rf"(?:\s*[(\[]\s*{_MONTH_WORD}\s*[)\]]|\s*/\s*{_MONTH_WORD})?"
_DATE = guarded(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s*{_ORDINAL}\s*(?:[-–]\s*)?(?:of\s+)?(?P<m1>{_MONTH_WORD}){_MONTH_ALIAS}\s*[،,]?\s*(?:[-–]\s*)?(?P<y1>{_Y})(?!\d)"
    rf"|(?<![\w])(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}}){_ORDINAL}\s*[،,]?\s*(?P<y2>{_Y})(?!\d)"
    rf"|(?<![\d/.-])(?P<d3>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m3>\d{{1,2}})\s*(?P=sep)\s*(?P<y3>{_Y})(?!\d)"
    rf"|(?<!\d)(?P<y4>{_Y})(?P<sep4>[-/.])(?P<m4>\d{{1,2}})(?P=sep4)(?P<d4>\d{{1,2}})(?!\d)"
)
# What a byline part may hold besides its date: labels, weekdays, times, the words of a byline.
_BYLINE_WORDS = re.compile(
    r"(?<![\w])(?:published|posted|updated|modified|last|first|originally|on|at|le|derniere|dernière|mise|actualise|actualisé|publié|publie|modifié|modifie|mis|à|a|jour|maj|نشر|في|يوم"
    r"|بتاريخ|تاريخ|النشر|اخر|تحديث|على|الساعه|am|pm|gmt|utc|h|mn|min|read|lecture|de"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))(?![\w])"
    # a Hijri date printed beside the Gregorian one ("19 ربيع الأول 1446 هـ"), an issue number
    r"|محرم|صفر|ربيع\s+(?:الاول|الثاني|الاخر)|جمادي\s+(?:الاولي|الثانيه|الاخره)|رجب|شعبان|رمضان|شوال"
    r"|ذو\s+(?:القعده|الحجه)|(?<!\w)(?:هـ|ه|مـ|م)(?!\w)|رقم\s+العدد|العدد|n°|no\.?"
    r"|\d{1,2}\s*[:h]\s*\d{2}(?::\d\d)?|gmt[+-]\d+|[+-]\d\d:?\d\d|[:：,،.·|()\[\]–—-]|\d+"
)
_PARTS = re.compile(r"\s+[·|•]\s+")
# "Le Courrier du Détroit — jeudi 9 janvier 2020", "صدى الأطلس - الثلاثاء 28 دجنبر 2021", "Le Fil Stratégique, 14
# septembre 2021": a dash, or a comma before the date (a weekday may open it), sets a name apart from its date
_LOOSE_PARTS = re.compile(r"\s+[-–—]\s+|[,،]\s+(?=(?:[^\W\d_]+\s+)?\d)")
# a weekday (and its comma) right before a date is part of it: "Tuesday, June 18, 2024", "الثلاثاء، 28 دجنبر"
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?:ال)?(?:{WEEKDAY_NAMES})\s*[,،]?\s*$")
# The words before an author's name ("By …", "Par …", "بقلم …"): one list for the three patterns below. The
# Arabic verbs "كتب", "إعداد" ("written by", "prepared by") open an author line but are not stripped as a marker
# nor read after a date.
_AUTHOR_MARKERS = ("by", "par", "بقلم", "بواسطة")
_AUTHOR_OPENERS = (*_AUTHOR_MARKERS, "كتب", "كتبت", "إعداد", "اعداد")


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in dict.fromkeys(words))


_AUTHOR = re.compile(rf"^(?:{_alternation(_AUTHOR_OPENERS)})(?!\w)\s*:?\s*\S", re.IGNORECASE)
_READ_TIME = re.compile(
    r"^(?:قراءة\s+)?\d+\s*(?:min(?:utes?)?\s+(?:read|de\s+lecture)|دقائق|دقيقه|دقيقة)|^(?:منذ|il\s+y\s+a)\s+\d+|^\d+\s+\w+\s+ago$",
    re.IGNORECASE,
)
_SENTENCE_MARK = re.compile(r"[.!?؟:;؛«»\"“”]|\s[-–—]\s")
# Wire agencies named in a dateline ("Rabat (AFP) -"), as their outlet.
_AGENCIES = ("Reuters", "AFP", "AP", "MAP", "EFE", "Xinhua", "dpa", "Anadolu", "UPI")
_WIRE = re.compile(
    r"^(?P<city>[^\n()]{0,60}?)\s*\((?P<agency>[^()\n]{2,40})\)\s*(?:\.\s*)?[-–—]",
)
# "الرباط 12 دجنبر 2024 (ومع) -", "Rabat, 16/01/2019 (MAP) -", "الدار البيضاء في 16 ماي 2023 -"
_DATELINE_WITH_DATE = re.compile(r"^[^\W\d_][^\n\d]{0,40}?[,،]?\s*(?:في\s+|le\s+)?(?=\d)")
_FOOTER_MAX_CHARS = 300
_COPYRIGHT = re.compile(
    r"©|جميع\s+الحقوق\s+محفوظ|tous\s+droits\s+réservés|all\s+rights\s+reserved|copyright", re.IGNORECASE
)
_COPYRIGHT_NOISE = re.compile(
    r"©|جميع\s+الحقوق\s+محفوظ[ةه]?|(?<!\w)(?:لموقع|لجريد[ةه])(?!\w)|tous\s+droits\s+réservés|all\s+rights\s+reserved|copyright"
    r"|(?<!\w)موقع(?!\w)|(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)|[.,،|–—-]",
    re.IGNORECASE,
)
# A site's name as its page title or Open Graph name prints it: "Le Monde.fr" is Le Monde.
_DOMAIN_SUFFIX = re.compile(r"\.(?:fr|com|ma|net|org|info|co\.uk)$", re.IGNORECASE)


def first_date(text: str) -> tuple[date, int, int] | None:
    """The first full date written in `text` (folded), with its span."""
    for match in _DATE.finditer(text):
        found = _date_of(match)
        if found:
            return found, match.start(), match.end()
    return None


def _date_of(match: re.Match) -> date | None:
    if match["m1"]:
        month, day, year = _BYLINE_MONTHS[match["m1"].rstrip(".")], int(match["d1"]), int(match["y1"])
    elif match["m2"]:
        month, day, year = _BYLINE_MONTHS[match["m2"].rstrip(".")], int(match["d2"]), int(match["y2"])
    elif match["m3"]:
        day, month, year = int(match["d3"]), int(match["m3"]), int(match["y3"])
        if month > 12 >= day:
            day, month = month, day  # "12/29/2023": an American date
    else:
        year, month, day = int(match["y4"]), int(match["m4"]), int(match["d4"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _loose_parts(line: str) -> list[str]:
    """A name and a date set apart by a dash or a comma, when every part is one or the other (a dateline
    that opens a sentence, "Rabat, le 12 septembre 2024 - Les services …", is no byline). The commas of the
    date itself ("Tuesday, June 18, 2024", "27 دجنبر، 2018") set nothing apart."""
    folded = fold(line)
    whole = first_date(folded)
    date_start, date_end = (whole[1], whole[2]) if whole is not None and len(folded) == len(line) else (0, 0)
    weekday = _WEEKDAY_BEFORE.search(folded, 0, date_start)
    if weekday is not None:
        date_start = weekday.start()
    cuts = [m for m in _LOOSE_PARTS.finditer(line) if not date_start <= m.start() < date_end]
    if not cuts:
        return []
    parts, begin = [], 0
    for cut in cuts:
        parts.append(line[begin : cut.start()])
        begin = cut.end()
    parts.append(line[begin:])
    if not all(is_name_line(part) or first_date(fold(part)) for part in parts):
        return []
    return parts


def byline_date(line: str) -> date | None:
    """The date of a byline line, or None when the line is something else (a sentence with a date)."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    if not stripped or len(stripped) > 160:
        return None
    folded = fold(stripped)
    for parts in (_PARTS.split(folded), _loose_parts(folded)):
        update = None
        for part in parts:
            found = first_date(part)
            if found is None:
                continue
            when, start, end = found
            rest = _AUTHOR_TAIL.sub(" ", part[:start] + " " + part[end:])
            # the rest of the part must be byline words: at most two other words ("Modifié le : …" is fine)
            leftover = _BYLINE_WORDS.sub(" ", rest).split()
            if len(leftover) <= 2:
                if _UPDATE.search(part[:start]):
                    # "Updated: … | First published: …", "آخر تحديث: … - نشر في: …": the publication dates the page
                    later = first_date(part[end:])
                    if later is not None and not _UPDATE.search(part[end : end + later[1]]):
                        return later[0]
                    if len(parts) > 1:
                        update = update or when
                        continue
                return when
        if update is not None:
            return update
    return None


# The label of an update printed beside the first publication: "Updated", "Mis à jour", "Modifié le", "آخر تحديث".
_UPDATE = re.compile(
    r"(?<!\w)(?:(?:last\s+)?(?:updated|modified)|update|mise?\s+[aà]\s+jour|modifi[eé]|actualis[eé]|maj"
    r"|(?:اخر\s+)?تحديث|تم\s+التحديث|عدل)(?!\w)"
)


# "3 mars 2024 par Nadia K.", "Posted on May 2, 2023 by Desk Editor": the author after the date
# (on folded text: "بواسطه")
_AUTHOR_TAIL = re.compile(
    rf"(?<!\w)(?:{_alternation(fold(word) for word in _AUTHOR_MARKERS)})(?!\w)\s*:?\s*(?:[^\s\d]+\s*){{1,4}}$"
)
# Words that name a byline's role, not a publication ("Staff writer", "Rédaction", "هيئة التحرير").
_ROLE_WORDS = re.compile(
    r"(?<!\w)(?:staff|writer|reporter|editor|editorial|correspondent|newsroom|desk|rédaction|redaction"
    r"|journaliste|correspondant|envoyé|envoye|التحرير|مراسل|محرر|صحفي)(?!\w)",
    re.IGNORECASE,
)
# "منذ يومين", "قبل 3 ساعات", "il y a 2 jours", "2 days ago": a date relative to the reading, not a date.
_RELATIVE_DATE = re.compile(
    r"^(?:(?:منذ|قبل)\s+(?:\d+\s+|بضع(?:ه)?\s+)?(?:يوم|يومين|ايام|ساعه|ساعتين|ساعات|دقيقه|دقيقتين|دقائق"
    r"|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)"
    r"|il\s+y\s+a\s+(?:\d+|une?|deux|trois|quelques)\s+(?:jours?|heures?|minutes?|semaines?|mois)"
    r"|(?:\d+|an?|one|two|three)\s+(?:days?|hours?|minutes?|weeks?|months?)\s+ago)(?!\w)",
    re.IGNORECASE,
)


def is_relative_date(line: str) -> bool:
    """A byline dated only relative to the reading ("منذ يومين", "il y a 2 jours - Rédaction"): it gives no date."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    return len(stripped) <= 80 and bool(_RELATIVE_DATE.match(fold(stripped)))


def byline_outlet(line: str) -> str | None:
    """ "December 10, 2025 | The Rabat Observer": the publication a dated byline names in a part of its own."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    parts = _PARTS.split(stripped)
    if len(parts) < 2:
        parts = _loose_parts(stripped)  # "The Maghreb Chronicle - Sunday 16 May 2021"
    if len(parts) < 2 or byline_date(stripped) is None:
        return None
    for part in _without_rubrics(parts):
        if (
            is_name_line(part)
            # digits only in a name ("الحدث 360", "Le360"), not in the date or time part
            and (
                not any(ch.isdigit() for ch in part)
                or (first_date(fold(part)) is None and not is_read_time(part))
            )
            and not is_author_line(part)
            and not _ROLE_WORDS.search(part)
            and _BYLINE_WORDS.sub(" ", fold(part)).split()
        ):
            return part
    return None


# The page's rubric before the publication's name: "افتتاحية الأسبوع المغربي" (the weekly's editorial), "عمود «على
# الهامش» — جريدة المنعطف" (a column's name, then the paper), "Chronique — Le Quotidien", "Editorial: The Observer"
_RUBRIC = re.compile(
    r"^(?:افتتاحيه|افتتاحية|عمود|ركن|زاويه|زاوية|راي|رأي|editorial|éditorial|edito|édito|chronique|tribune|column"
    r"|opinion|op-ed)(?!\w)(?!\s+(?:board|team|staff|desk|writers?|committee)(?!\w))\s*:?\s*",
    re.IGNORECASE,
)
_RUBRIC_NAME = re.compile(r"^[«\"“'‘]")


def _without_rubrics(parts: list[str]) -> list[str]:
    """The parts of a byline with a rubric taken off the name it opens (a rubric's own quoted name dropped)."""
    kept = []
    for part in parts:
        for piece in (
            re.split(r"\s+[-–—]\s+", part.strip()) if _RUBRIC.match(part.strip()) else [part.strip()]
        ):
            rubric = _RUBRIC.match(piece)
            if rubric is not None and not piece[rubric.end() : rubric.end() + 1].islower():
                # ("Tribune des Institutions": a name the rubric's word opens, not a rubric)
                piece = piece[rubric.end() :]
                if not piece or _RUBRIC_NAME.match(piece):
                    continue  # "عمود «على الهامش»": the column's name, not the paper's
            kept.append(piece)
    return kept


_AUTHOR_OUTLET = re.compile(r"\s+[-–—|·]\s+")
_AUTHOR_WORD = re.compile(rf"^(?:{_alternation(_AUTHOR_MARKERS)})(?!\w)\s*:?\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:le|la|les|the)\s|l'", re.IGNORECASE)
_NEWSROOM = re.compile(r"r[ée]daction|newsroom|staff|editors?\b|news\s+desk|correspondan", re.IGNORECASE)


def author_outlet(line: str) -> str | None:
    """ "Par Nadia Karimi - Le Courrier", "By Sam Reed | Atlas Times": the publication after the author."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    if not is_author_line(stripped):
        return None
    parts = _AUTHOR_OUTLET.split(stripped)
    if len(parts) == 1:
        parts = _comma_outlet(stripped) or parts
    if len(parts) == 1:
        # "Par Le Desk", "By The Daily Courier": a byline signed by the publication (an article opens no name)
        name = _AUTHOR_WORD.sub("", stripped).strip()
        words = name.split()
        if (
            2 <= len(words) <= 4
            and _ARTICLE.match(name)
            and not _NEWSROOM.search(name)
            and is_name_line(name)
        ):
            return name
        return None
    if len(parts) != 2:
        return None
    name = parts[1].strip()
    if (
        is_name_line(name)
        and len(name.split()) <= 4
        and not _ROLE_WORDS.search(name)
        and not is_relative_date(name)
    ):
        return name
    return None


def _comma_outlet(line: str) -> list[str] | None:
    """ "By Leila Bennis, The Tangier Courier", "Par Karim Idrissi, Le Quotidien du Nord": the author, a comma,
    then the publication (two words at least, or an article before it; never a role or a city alone)."""
    author, comma, rest = line.partition(",")
    name = rest.strip()
    if not comma or "," in name or len(author.split()) > 5:
        return None
    if len(name.split()) < 2 and not _ARTICLE.match(name):
        return None
    if not name[:1].isupper() and not _ARTICLE.match(name) and not re.match(r"[\u0600-\u06ff]", name):
        return None
    return [author, name]


_QUOTED_OUTLET = re.compile(
    r"^[^\W\d_][^\n\d«»\"]{0,30}?\s*[-–—:]\s*[«\"“](?P<name>[^«»\"“”\n]{2,40})[»\"”]\s*$"
)


def dateline_outlet(line: str) -> str | None:
    """ "الرباط - «الشرق اليوم»", "لندن: «الشرق الأوسط»": a dateline line signed with the paper's name."""
    match = _QUOTED_OUTLET.match(line.strip(" \t\u00a0\u200f\u200e\ufeff"))
    return match["name"].strip() if match and is_name_line(match["name"].strip()) else None


def is_author_line(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(_AUTHOR.match(stripped)) and len(stripped) <= 80 and not _SENTENCE_OPENING_ON_BY.match(stripped)
    )


# a sentence that opens on "By"/"Par" with no name after it ("By this newspaper's count, 214 cells have been
# dismantled since 2002.", "Par ailleurs, la police a interpellé 12 personnes."): a lowercase word after the
# marker, then a full sentence that ends on its stop
_SENTENCE_OPENING_ON_BY = re.compile(r"^(?:[Bb]y|[Pp]ar)\s+[a-zàâçéèêëîïôûùü][^|]*?(?:\s+\S+){6,}[.!?]$")


def is_read_time(line: str) -> bool:
    return bool(_READ_TIME.match(line.strip()))


def is_name_line(line: str) -> bool:
    """A short line naming something (an outlet), not a sentence: "Le Matin", "The Arab Weekly", "مدار21"."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    words = stripped.split()
    return 0 < len(words) <= 5 and len(stripped) <= 40 and not _SENTENCE_MARK.search(stripped)


def wire_agency(first_body_line: str) -> str | None:
    """ "RABAT, March 16 (Reuters) - …", "TANGER, 3 juin 2022 (Nord Dépêches) - …": the agency whose dispatch
    this is: a known wire, or a name of two to four capitalised words (never a lowercase "(wire)", an
    abbreviation "(أ ف ب)" or a single word that may be a place, "(Maroc)")."""
    match = _WIRE.match(first_body_line.strip())
    return _agency_name(match["agency"]) if match else None


def _agency_name(text: str) -> str | None:
    agency = text.strip()
    if agency in _AGENCIES:
        return agency
    words = agency.split()
    if (
        2 <= len(words) <= 4
        and all(len(word) >= 2 for word in words)
        and (words[0][:1].isupper() or "\u0600" <= words[0][:1] <= "\u06ff")
        and is_name_line(agency)
        and not any(ch.isdigit() for ch in agency)
        and not _ROLE_WORDS.search(agency)
    ):
        return agency
    return None


# a dateline alone on its line: "CASABLANCA (Atlas Wire) —", "RABAT, 2 septembre 2025 (Atlas Presse)"
_WIRE_LINE = re.compile(r"^(?P<head>[^()\n]{1,60}?)\s*\((?P<agency>[^()\n]{2,40})\)\s*(?:\.\s*)?[-–—]?$")
_CITY_END = re.compile(r"\s*[,،]|\s+(?:في|le)\s|\s+(?=\d)")


def wire_dateline(line: str) -> tuple[str, str, date | None] | None:
    """A wire dateline alone on its line, nothing after it: its city, its agency and the date it gives, if any."""
    stripped = line.strip(" \t\u00a0\u200f\u200e\ufeff")
    match = _WIRE_LINE.match(stripped) if len(stripped) <= 110 else None
    if not match:
        return None
    agency = _agency_name(match["agency"])
    head = match["head"].strip(" ,،")
    if agency is None or not head or not head[0].isalpha():
        return None
    folded = fold(head)
    found = first_date(folded) if len(folded) == len(head) else None
    cut = _CITY_END.search(head)
    city = head[: cut.start()] if cut else head
    if not is_name_line(city) or len(city.split()) > 3:
        return None
    return city, agency, found[0] if found else None


def dateline_date(first_body_line: str) -> date | None:
    """ "الرباط 12 دجنبر 2024 (ومع) - …", "Rabat, 16/01/2019 (MAP) - …": the date a dateline gives."""
    folded = fold(first_body_line.strip())
    lead = _DATELINE_WITH_DATE.match(folded)
    # "RABAT, March 16, 2024 (Reuters) -": the month first, after the city's comma
    month_first = _CITY_COMMA.match(folded)
    for start in (lead.end() if lead else None, month_first.end() if month_first else None):
        if start is None:
            continue
        found = first_date(folded[start : start + 30])
        if found is None or found[1] != 0:
            continue
        after = folded[start + found[2] : start + found[2] + 50]
        # the agency's parenthesis may name it in full: "فاس، 11 شتنبر 2024 (وكالة الأطلس للأنباء) -"
        if re.match(r"\s*(?:\([^)]{1,40}\))?\s*(?:\.\s*)?[-–—]", after):
            return found[0]
    return None


_CITY_COMMA = re.compile(r"^[^\W\d_][^\n\d,،]{0,30}[,،]\s*")


def copyright_outlet(line: str) -> str | None:
    """ "© 2024 Maghreb Daily Monitor", "L'Economiste © 2018", "جميع الحقوق محفوظة © 2021 الأيام 24"."""
    # A footer is one short line; a long one is body text that mentions copyright (and searching a
    # whole unbroken paragraph for it twice cost a pasted megabyte 60 ms).
    if len(line) > _FOOTER_MAX_CHARS or not _COPYRIGHT.search(line):
        return None
    name = re.sub(r"\s+", " ", _COPYRIGHT_NOISE.sub(" ", line)).strip()
    return name if name and is_name_line(name) else None


def site_name(name: str | None) -> str | None:
    return _DOMAIN_SUFFIX.sub("", name.strip()) if name else name


def is_place(name: str) -> bool:
    """A city a dateline opens with ("الرباط - 7 أكتوبر 2025", "Oujda - 2 juillet 2023"): a Moroccan city or a
    capital the engine knows, so a name before a byline's date is the dateline's city, not the outlet."""
    return fold(name.strip(" ,،")).lower() in _places()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from claims.extraction.claims import _CITY_OF  # the cities an operation's members are counted in
    from claims.extraction.country_names import CAPITALS

    return frozenset(_CITY_OF) | frozenset(
        fold(name).lower() for names in CAPITALS.values() for name in names
    )


# "Source : L'Éveil du Gharb", "المصدر: نبض الشمال": the last line naming the publication the text is from
_SOURCE_LINE = re.compile(r"^(?:source|المصدر|مصدر)\s*[:：]\s*(?P<name>\S.{0,40})$", re.IGNORECASE)


def source_outlet(line: str) -> str | None:
    """The publication a "Source :" line at the foot names: a name (capitalised, or in Arabic letters), never a
    description ("Source: official figures")."""
    match = _SOURCE_LINE.match(line.strip(" \t\u00a0\u200f\u200e\ufeff"))
    if not match:
        return None
    name = match["name"].strip().rstrip(".")
    first = name[:1]
    if (
        not (first.isupper() or "\u0600" <= first <= "\u06ff")
        or not is_name_line(name)
        or _ROLE_WORDS.search(name)
    ):
        return None
    return name
