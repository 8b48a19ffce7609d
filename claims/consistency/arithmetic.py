"""internal_arithmetic: a total against its own explicit breakdown, and nothing else.

A breakdown is what the text presents as the parts of one total: the figures that follow it in the
same sentence after a breakdown word ("منها", "منهم", "من بينها", "توزعوا بين", "dont", "parmi
eux", "of whom", "including", a colon, "Sur les 12 cellules, 8 ... et 5"), or that open the next
sentence by pointing back at it ("وتوزع هؤلاء ...", "Parmi eux ..."), counting the same thing (the
same metric, or a part of it such as the returnees among the fighters who left) over the same
period. Two figures that merely sit in one article are never compared: "ISIS-linked cells" and
"the cells of another group", "with a criminal record" and "tried to join", are not a breakdown.

A table's total row is a breakdown too: "Total 2015-2017: 51" beside its rows for 2015, 2016 and 2017.

What is flagged, with intervals so that bounds and roundings are respected:
- a part above its total;
- parts that cannot overlap (a stated split, destinations, fates, affiliations) adding up to more;
- a complete breakdown (a stated split, or a listing accounting for nearly all of it) whose exact
  parts add up to another number than its exact total.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claims.consistency.intervals import Interval, interval_for
from claims.consistency.periods import parse_iso, start_year
from claims.consistency.records import ClaimRecord
from claims.extraction.normalize import fold

# Metrics that count a part of another metric's people: (part → whole).
PART_OF_METRIC = {
    "fighters_killed": "fighters_joined",
    "returnees": "fighters_joined",
    "fighters_detained_abroad": "fighters_joined",
    "returnees_arrested": "returnees",
}
# What became of the fighters who left: no one is both killed and back home, so these add up.
FIGHTER_FATES = frozenset({"fighters_killed", "returnees", "fighters_detained_abroad"})
# Subsets that cannot overlap, so their counts add up to at most the total.
DISJOINT_SUBSETS = (
    frozenset(
        {
            "syria",
            "iraq",
            "syria_iraq",
            "syria_iraq_linked",
            "libya",
            "sahel",
            "mali",
            "somalia",
            "afghanistan",
            "yemen",
        }
    ),
    frozenset({"women", "men"}),
    # nobody is both a Moroccan national and a foreigner
    frozenset({"moroccans", "moroccan_nationals", "nationals", "foreigners"}),
    frozenset({"minors", "adults"}),
    # the members of one operation by the city they were arrested in (extraction's city subsets)
    frozenset(
        {
            "tangier",
            "tetouan",
            "fez",
            "nador",
            "casablanca",
            "laayoune",
            "rabat",
            "sale",
            "marrakech",
            "meknes",
            "oujda",
            "agadir",
            "kenitra",
            "berkane",
            "mdiq",
            "chefchaouen",
            "larache",
            "al_hoceima",
            "taza",
            "safi",
            "el_jadida",
            "beni_mellal",
            "khouribga",
            "guelmim",
            "dakhla",
            "tiznit",
            "errachidia",
        }
    ),
)
# Men and women listed together split the people by sex; minors listed beside both are the third group of
# that split (the men and women are then the adults), while "women" and "minors" alone may overlap.
SEX_AND_AGE_SPLIT = frozenset({"men", "women", "minors"})
# Subsets that name whose series a figure belongs to, not a part of the people counted: a breakdown of
# such a total keeps it ("the judicial police referred 41 people: 7 for …, 27 for …").
SERIES_SUBSETS = frozenset({"judicial_police"})
# Cells acting on their own: linked to no group, so apart from every affiliation.
AUTONOMOUS = "autonomous"
# Words announcing that what follows is the complete split of the total (folded text).
SPLIT_WORDS = r"موزع|توزع|مقسم|تتوزع|يتوزع|r[ée]parti|ventil|split|broken down|break ?down"
# Words introducing some parts of the total ("of which").
LISTING_WORDS = (
    r"منها|منهم|منهن|من بينها|من بينهم|من بينهن|من ضمنها|من ضمنهم|\bdont\b|\bparmi\b|of whom|of which|"
    r"\bincluding\b|among them|among whom|\bd'entre (?:eux|elles)|"
    # "namely", "as follows": the parts come next ("12 cellules, à savoir 8 ... et 5 ...")
    r"\ba savoir\b|\bà savoir\b|\bnamely\b|comme suit|as follows|كالتالي|كما يلي|علي النحو التالي|علي الشكل التالي"
)
SPLIT = re.compile(SPLIT_WORDS, re.IGNORECASE)
LISTING = re.compile(LISTING_WORDS, re.IGNORECASE)
# A colon after the total opens its enumeration ("11 terrorist cells: seven ... and five ...").
COLON = re.compile(r":")
# Before the total: "Sur les 12 cellules ...", "out of 12 cells ...", "من أصل 12 خلية".
BEFORE_TOTAL = re.compile(
    r"(?:\bsur (?:les|un total de)|\bout of|\bof the|من اصل|من مجموع)\s*$", re.IGNORECASE
)
# After its parts, the total they make: "soit un total de 12", "12 cells in total", "أي ما مجموعه 12" (folded).
TOTAL_AFTER_PARTS = re.compile(
    r"\bsoit\b|\bau total\b|\ben tout\b|\bun total de\b|\bin total\b|\ba total of\b|\bin all\b|"
    r"\baltogether\b|مجموعه|بمجموع|في المجموع|اجمالا|باجمالي",
    re.IGNORECASE,
)
# A figure followed by these is a difference, not a total ("soit 2 de plus qu'en 2022", "6 more than").
COMPARISON = re.compile(
    r"(?:\w+\s+){0,2}(?:de plus|de moins|more than|fewer than|less than|more|fewer|اكثر من|اقل من|زياده|مقارنه)",
    re.IGNORECASE,
)
# How far past the total's figure its cue may come ("12 cells in total", "12 خلية في المجموع").
AFTER_TOTAL = 25
# The next sentence points back at the total: "وتوزع هؤلاء", "Parmi eux", "Of these", "ويتعلق الأمر ب".
BACK_REFERENCE = re.compile(
    r"هولاء|منهم|منها|منهن|من بينهم|من بينها|\bparmi (?:eux|elles|ces)\b|d'entre (?:eux|elles)|"
    r"\bof them\b|\bof whom\b|\bamong them\b|\bof these\b|\b(?:these|they) include\b|"
    # the people of the total named by a participle: "Of those arrested, …", "Parmi ceux qui ont été interpellés"
    r"\b(?:of|among) those\b|\bparmi (?:ceux|celles)\b|"
    # the figure before named by what it is made of: "ويتعلق الأمر بـ115 …", "Il s'agit de 45 …"
    r"يتعلق الامر|\bil s'agit d|"
    # a split verb whose subject is the people or cells just counted: "وتوزع الموقوفون كالتالي: …", "Les suspects
    # se répartissent ainsi : …", "The suspects were spread as follows: …"
    r"(?:^|\s)[وف]?(?:توزع|يتوزع|تتوزع)\w*\s+ال|\b(?:les|ces)\s+\w+\s+se\s+r[ée]partiss|"
    r"\b(?:the|these)\s+\w+\s+(?:are|were)\s+(?:split|distributed|spread)",
    re.IGNORECASE,
)
# How far past the first part a listing word may come ("241 منهم", "745 of them").
AFTER_FIRST_PART = 12
# How far into the next sentence its first part may sit for the back-reference to be its opening.
OPENING = 80
# A listing that accounts for this share of its total presents itself as the whole breakdown; one
# that falls further short is a partial listing (or the extraction missed a part).
NEARLY_ALL = 0.9
# A part this many times its total is not a miscount but a misreading (a year, another count).
FAR_ABOVE = 3.0
# A number the reading did not claim heads the listing of a figure up to this many characters after it
# ("137 of those prosecuted: 115 ..."), written with digits (Arabic-Indic ones too) and thousands separators.
UNREAD_TOTAL_REACH = 60
_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?![\w.,]\w|\w)")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# Periods a page leaves open: within one article they read as the article's own frame.
_UNSTATED_PERIODS = frozenset({"cumulative_unspecified", "unspecified"})


@dataclass(frozen=True)
class Breakdown:
    total: ClaimRecord
    parts: tuple[ClaimRecord, ...]
    complete: bool  # the text presents the parts as the whole of the total


@dataclass(frozen=True)
class Problem:
    total: ClaimRecord
    parts: tuple[ClaimRecord, ...]
    how: str  # part_above_total | parts_above_total | parts_not_adding_up
    parts_sum: float


def problems(claims: Iterable[ClaimRecord]) -> list[Problem]:
    """Every total that disagrees with its own breakdown, each once."""
    by_article: dict[int, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    found = []
    for article_claims in by_article.values():
        article_claims.sort(key=lambda c: (c.start, c.id))
        for breakdown in [*breakdowns(article_claims), *table_totals(article_claims)]:
            problem = check(breakdown)
            if problem is not None:
                found.append(problem)
    return found


def breakdown_parts(claims: Iterable[ClaimRecord], same_metric: bool = False) -> set[int]:
    """Ids of the figures the text lists as parts of another figure (`same_metric`: only parts that count
    what their whole counts, not "14 of them arrested" under 19 returnees)."""
    by_article: dict[int, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article_id].append(claim)
    parts = set()
    for article_claims in by_article.values():
        if len(article_claims) < 2:
            continue
        article_claims.sort(key=lambda c: (c.start, c.id))
        for breakdown in breakdowns(article_claims):
            parts.update(
                p.id for p in breakdown.parts if not same_metric or p.metric == breakdown.total.metric
            )
    return parts


def listed_under_unread_figure(claim: ClaimRecord) -> bool:
    """The figure is listed under a larger number of its sentence that the reading did not take as a
    claim: "Returnees account for 137 of those prosecuted: 115 came back from Syria, 14 ..." (the 115 and
    the 14 are among the 137, whatever the 137 counts). A colon or a listing word ("dont", "منهم", "of
    whom") stands between them, close by; a year ("Bilan 2023 : 8 cellules") heads no listing, nor does a
    number inside a word or a name ("a123.txt: 96 cells"), nor one that is itself a part ("745 منهم")."""
    sentence, printed = claim.sentence, claim.value_text
    if not sentence or not printed:
        return False
    at = _standalone(sentence, printed)
    if at is None:
        return False
    before = sentence[:at].translate(_DIGITS)
    for number in _NUMBER.finditer(before, max(0, at - UNREAD_TOTAL_REACH)):
        text = number.group(0)
        if _YEAR_LIKE.fullmatch(text) or float(re.sub(r"\D", "", text)) <= claim.value:
            continue
        between = fold(before[number.end() :])
        if LISTING.match(between.lstrip()):
            continue  # "745 منهم لقوا حتفهم، بينما عاد 270": the number is itself a part ("of them"), no head
        if COLON.search(between) or LISTING.search(between):
            return True
    return False


def _standalone(sentence: str, printed: str) -> int | None:
    """Where the printed figure first stands as a word of its own in the sentence."""
    match = re.search(rf"(?<![\w.,]){re.escape(printed)}(?![\w])", sentence)
    return match.start() if match else None


def check(breakdown: Breakdown) -> Problem | None:
    total, parts = breakdown.total, breakdown.parts
    whole = _interval(total)
    for part in parts:
        if whole.is_below(_interval(part)):
            if _interval(part).low > FAR_ABOVE * whole.high:
                return None  # "2011 attacks" under a total of 3: a year or another count misread as a part
            return Problem(total, (part,), "part_above_total", part.value)
    if len(parts) < 2:
        return None
    low = sum(_interval(p).low for p in parts)
    high = sum(_interval(p).high for p in parts)
    parts_sum = sum(p.value for p in parts)
    if (breakdown.complete or _disjoint(parts, total)) and low > whole.high:
        return Problem(total, parts, "parts_above_total", parts_sum)
    if not breakdown.complete or total.qualifier != "exact" or any(p.qualifier != "exact" for p in parts):
        return None
    if any(_to_the_unit(p) for p in parts):
        # parts counted to the unit ("1,659 to Syria and Iraq and 30 to Libya") make a total the writer could
        # add up: printed as exact, a round total ("Of the 1,700") is held to its printed value, not widened
        # as a rounded figure
        whole = Interval(total.value, total.value)
    if not Interval(low, high).overlaps(whole):
        return Problem(total, parts, "parts_not_adding_up", parts_sum)
    return None


def _to_the_unit(claim: ClaimRecord) -> bool:
    """A count printed to the unit, not to a round ten: 1659, 137 (not 30, 1700)."""
    return claim.unit == "count" and float(claim.value).is_integer() and int(claim.value) % 10 != 0


def breakdowns(claims: list[ClaimRecord]) -> list[Breakdown]:
    """The explicit breakdowns of one article's claims (sorted by position)."""
    found = []
    by_sentence = _sentences(claims)
    for index, (sentence, members, base) in enumerate(by_sentence):
        if base is None:
            continue
        for position, total in enumerate(members):
            if not _can_be_total(total):
                continue
            later = [p for p in members[position + 1 :] if _is_part(p, total)]
            later = _until_next_total(later, members[position + 1 :], total)
            if later:
                # up to just past the first part: "280 مقاتلا، 241 منهم ..." names the listing after it
                first_end = later[0].start - base + len(later[0].value_text)
                between = sentence[total.start - base + len(total.value_text) : first_end + AFTER_FIRST_PART]
                before = sentence[: total.start - base]
                cue = _cue(fold(between), fold(before))
                if cue is not None:
                    complete = cue == "split" or _nearly_all(later, total)
                    found.append(Breakdown(total, tuple(later), complete))
                    continue
            following = _next_sentence_parts(by_sentence, index, members, position, total)
            if following is not None:
                found.append(following)
                continue
            preceding = _parts_before(sentence, members, position, total, base)
            if preceding is not None:
                found.append(preceding)
    return found


def _parts_before(sentence, members, position, total, base) -> Breakdown | None:
    """Parts listed before the total they make, which the text names as their total ("8 cellules liées à
    Daech et 6 au Sahel, soit un total de 12", "7 in Casablanca, 4 in Tangier: 12 cells in total", "أي ما
    مجموعه 12 خلية"): the parts of the same thing and period that run up to it, with a total word between
    the last of them and the figure, or just after it."""
    parts: list[ClaimRecord] = []
    for claim in reversed(members[:position]):
        if _is_part(claim, total):
            parts.insert(0, claim)
        elif claim.metric == total.metric or PART_OF_METRIC.get(claim.metric) == total.metric:
            break  # the same thing counted over another period: the run of parts ends here
    if len(parts) < 2:
        return None
    last_end = parts[-1].start - base + len(parts[-1].value_text)
    total_end = total.start - base + len(total.value_text)
    if not TOTAL_AFTER_PARTS.search(fold(sentence[last_end : total_end + AFTER_TOTAL])):
        return None
    if COMPARISON.match(fold(sentence[total_end : total_end + AFTER_TOTAL]).lstrip()):
        return None  # "soit 2 de plus qu'en 2022": a difference, not their total
    between = fold(sentence[parts[0].start - base : total.start - base])
    complete = bool(SPLIT.search(between)) or _nearly_all(parts, total)
    return Breakdown(total, tuple(parts), complete)


def _next_sentence_parts(by_sentence, index, members, position, total) -> Breakdown | None:
    """The next sentence opens by pointing back at this total ("وتوزع هؤلاء على الشكل التالي: 7 ...")."""
    if index + 1 >= len(by_sentence) or any(
        _can_be_total(other) and other.metric == total.metric for other in members[position + 1 :]
    ):
        return None  # only the last total of a sentence is what the next one points back at
    if sum(1 for m in members if _can_be_total(m) and m.metric == total.metric and _same_frame(m, total)) > 1:
        return None  # two totals of one thing in the sentence: "these" could be either
    sentence, following, base = by_sentence[index + 1]
    this_sentence, _members, this_base = by_sentence[index]
    if base is None or this_base is None or base - (this_base + len(this_sentence)) > 3:
        return None
    parts = [p for p in following if _is_part(p, total)]
    parts = _until_next_total(parts, following, total)
    if not parts:
        return None
    opening = fold(sentence[: min(parts[0].start - base + len(parts[0].value_text) + 12, OPENING)])
    if not BACK_REFERENCE.search(opening):
        # no word points back, but the next sentence splits the same thing over the same period into
        # groups that cannot overlap ("12 cellules en 2023. Huit étaient liées à Daech, six au Sahel."):
        # they are among the total whatever the wording, so they cannot add up to more (never "not
        # adding up": the text does not say they are all of it)
        if len(parts) >= 2 and len(parts) == len(following) and _disjoint(tuple(parts), total):
            return Breakdown(total, tuple(parts), complete=False)
        return None
    complete = bool(SPLIT.search(opening)) or _nearly_all(parts, total)
    return Breakdown(total, tuple(parts), complete)


def table_totals(claims: list[ClaimRecord]) -> list[Breakdown]:
    """A range's total beside the same article's figures for each year of it ("Total 2015-2017")."""
    found = []
    for total in claims:
        if total.period_type != "range" or total.subset or total.unit != "count":
            continue
        first, last = parse_iso(total.period_start), parse_iso(total.period_end)
        if first is None or last is None or last.year <= first.year:
            continue
        years = range(first.year, last.year + 1)
        rows: dict[int, ClaimRecord] = {}
        for claim in claims:
            if (
                claim.period_type == "year"
                and claim.metric == total.metric
                and not claim.subset
                and claim.unit == total.unit
                and start_year(claim) in years
            ):
                rows.setdefault(start_year(claim), claim)
        if len(rows) == len(years):
            found.append(Breakdown(total, tuple(rows[y] for y in years), complete=True))
    return found


def _sentences(claims: list[ClaimRecord]) -> list[tuple[str, list[ClaimRecord], int | None]]:
    """(sentence, its claims in order, the article offset where the sentence starts or None)."""
    groups: dict[str, list[ClaimRecord]] = {}
    for claim in claims:
        groups.setdefault(claim.sentence, []).append(claim)
    found = [(sentence, members, _sentence_base(sentence, members)) for sentence, members in groups.items()]
    return sorted(found, key=lambda s: (s[1][0].start, s[1][0].id))


def _sentence_base(sentence: str, members: list[ClaimRecord]) -> int | None:
    """Where the sentence starts in the article: the offset at which every claim's printed figure
    sits in the sentence at its own position. None when the figures cannot be placed."""
    first = members[0]
    if not sentence or not first.value_text:
        return None
    at = sentence.find(first.value_text)
    while at >= 0:
        base = first.start - at
        if all(
            m.value_text and sentence[m.start - base : m.start - base + len(m.value_text)] == m.value_text
            for m in members
        ):
            return base
        at = sentence.find(first.value_text, at + 1)
    return None


def _can_be_total(claim: ClaimRecord) -> bool:
    return claim.unit == "count" and (claim.subset is None or claim.subset in SERIES_SUBSETS)


def _is_part(part: ClaimRecord, total: ClaimRecord) -> bool:
    if part.unit != "count" or not _same_frame(part, total):
        return False
    if part.metric == total.metric:
        # (a total of one body's series, "the judicial police referred 41", and its parts "7 for …" in it)
        return total.subset is None or total.subset in SERIES_SUBSETS and part.subset is not None
    return PART_OF_METRIC.get(part.metric) == total.metric and part.subset == total.subset


def _until_next_total(
    parts: list[ClaimRecord], after: list[ClaimRecord], total: ClaimRecord
) -> list[ClaimRecord]:
    """Parts up to the next figure that starts another enumeration (a whole of another metric)."""
    kept = []
    for claim in after:
        if claim in parts:
            kept.append(claim)
        elif claim.metric == total.metric or PART_OF_METRIC.get(claim.metric) == total.metric:
            break  # the same thing counted over another period or subset: a new enumeration
    return kept


def _cue(between: str, before: str) -> str | None:
    if SPLIT.search(between):
        return "split"
    if LISTING.search(between):
        return "listing"
    if COLON.search(between) or BEFORE_TOTAL.search(before):
        return "listing"
    return None


def _nearly_all(parts: list[ClaimRecord], total: ClaimRecord) -> bool:
    """A listing presents itself as the whole breakdown when it accounts for nearly all of the total,
    unless its parts are attributes that may overlap (women and minors among the arrested)."""
    if len(parts) < 2 or sum(p.value for p in parts) < NEARLY_ALL * total.value:
        return False
    subsets = {p.subset for p in parts}
    return None in subsets or _disjoint(tuple(parts), total)


def _disjoint(parts: tuple[ClaimRecord, ...], total: ClaimRecord) -> bool:
    """Parts that cannot overlap: other metrics among the fighters' fates, or subsets of one family."""
    metrics = {p.metric for p in parts}
    if total.metric not in metrics and metrics <= FIGHTER_FATES and len(metrics) == len(parts):
        return True
    subsets = [p.subset for p in parts]
    if None in subsets or len(set(subsets)) != len(subsets):
        return False
    if all(s.endswith("_linked") or s == AUTONOMOUS for s in subsets):
        return True  # affiliations, and cells linked to none
    if {"men", "women"} <= set(subsets) and set(subsets) <= SEX_AND_AGE_SPLIT:
        return True  # "50 men, 4 women and 2 minors": the adults by sex, the minors beside them
    return any(set(subsets) <= family for family in DISJOINT_SUBSETS)


def _same_frame(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Same period, or a period the page leaves unstated beside a running one."""
    if a.period_type == b.period_type == "since":
        return start_year(a) == start_year(b)
    if "event" in (a.period_type, b.period_type) and not a.period_start:
        return False  # two unnamed events of one article need not be the same event
    if (a.period_type, a.period_start, a.period_end) == (b.period_type, b.period_start, b.period_end):
        return True
    if a.period_type == b.period_type and a.period_type in ("year", "year_to_date", "month"):
        return (a.period_start or "")[:7] == (b.period_start or "")[:7] and bool(a.period_start)
    kinds = {a.period_type, b.period_type}
    return kinds <= {"since", *_UNSTATED_PERIODS} and bool(kinds & _UNSTATED_PERIODS)


def _interval(claim: ClaimRecord) -> Interval:
    return interval_for(claim.value, claim.qualifier, claim.unit)
