"""Find the counter-terrorism figures an article's body states, one ExtractedClaim each.

Per sentence: numbers (numbers.py) -> those that are not dates, law numbers, Hijri years, ordinals or
codes -> the noun they count and the metric it implies (metrics.py) -> qualifier (qualifiers.py),
period (periods.py) and attribution (attribution.py).

Some things cross sentence boundaries, the way a reader carries them:
- the last source named speaks for the figures that follow until another source is named (news
  reports name their source once, then continue "وأضاف المصدر", "وأوضحت المديرية"...);
- "خلال الفترة ذاتها" takes the last period stated; a sentence continuing the previous figure
  ("هذه العمليات", "من هؤلاء") takes that figure's period; "صباح اليوم" in the previous sentence dates
  an operation;
- "منهم" / "من هؤلاء" count the people or cells counted just before.
A figure restated later in the article (in digits or in words) is one claim: the first is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims.extraction.attribution import (
    REPORT_NOUN,
    acting_body,
    adds_to_what_was_said,
    anonymous_official,
    counted_by_speaker,
    find_attribution,
    named_source,
    outlet_compiled,
    outlet_counted,
    outlet_reports,
    own_reckoning,
    points_back,
    refers_to_a_speaker,
    released_by_no_one,
    speaker_may_be,
    speaker_of_kind,
    titled_speaker,
    unnamed_voices,
)
from claims.extraction.budget import NO_BUDGET, NUMBER_COST, WorkBudget
from claims.extraction.confidence import confidence
from claims.extraction.countries import BodyNames, ForeignScope, speaks_of_moroccans
from claims.extraction.country_names import CAPITALS
from claims.extraction.interviews import ANSWER, QUESTION, read_interview
from claims.extraction.literals import guarded, may_match  # (guarded: the same matches, found faster)
from claims.extraction.metrics import (
    ARREST_PROPER,
    CountedNoun,
    any_dual,
    clause_end_after,
    decide_metric,
    decide_subset,
    fighter_frame,
    is_dual,
    noun_after,
    noun_before,
    noun_class,
    noun_of_copula,
    noun_of_verb,
    noun_referred,
    restates_figure,
)
from claims.extraction.normalize import FoldedText, fold, fold_with_map
from claims.extraction.numbers import NumberMention, arabic_words, find_numbers, is_thousand_word
from claims.extraction.periods import MONTH_ALTERNATIVES, PeriodMatch, find_periods, nearest_period
from claims.extraction.qualifiers import find_qualifier, find_qualifier_after, find_qualifier_verb
from claims.extraction.records import Attribution, Document, ExtractedClaim, Period
from claims.extraction.sentences import Sentence, split_sentences
from claims.extraction.shares import share_outside_record

_ARRESTED_HERE = re.compile(ARREST_PROPER)
_TERROR_FRAME = re.compile(
    r"ارهاب|تطرف|متطرف|داعش|جهاد|terror|djihad|jihad|extrémis|daech|isis|daesh|extremis"
)
# Moroccan cities an operation's members are counted in ("3 بطنجة و2 بفاس", "trois à Nador et deux à Fès"): the
# subset of a part of a city breakdown
_CITIES = {
    "tangier": ("طنجة", "tanger", "tangier", "tangiers"),
    "tetouan": ("تطوان", "tétouan", "tetouan"),
    "fez": ("فاس", "fès", "fes", "fez"),
    "nador": ("الناظور", "nador"),
    "casablanca": ("الدار البيضاء", "البيضاء", "casablanca"),
    "laayoune": ("العيون", "laâyoune", "laayoune", "layoune"),
    "rabat": ("الرباط", "rabat"),
    "sale": ("سلا", "salé", "sale"),
    "marrakech": ("مراكش", "marrakech", "marrakesh"),
    "meknes": ("مكناس", "meknès", "meknes"),
    "oujda": ("وجدة", "oujda"),
    "agadir": ("أكادير", "اكادير", "agadir"),
    "kenitra": ("القنيطرة", "kénitra", "kenitra"),
    "berkane": ("بركان", "berkane"),
    "mdiq": ("المضيق", "m'diq", "mdiq"),
    "chefchaouen": ("شفشاون", "chefchaouen"),
    "larache": ("العرائش", "larache"),
    "al_hoceima": ("الحسيمة", "al hoceima", "al-hoceima"),
    "taza": ("تازة", "taza"),
    "safi": ("آسفي", "اسفي", "safi"),
    "el_jadida": ("الجديدة", "el jadida"),
    "beni_mellal": ("بني ملال", "béni mellal", "beni mellal"),
    "khouribga": ("خريبكة", "khouribga"),
    "guelmim": ("كلميم", "guelmim"),
    "dakhla": ("الداخلة", "dakhla"),
    "tiznit": ("تيزنيت", "tiznit"),
    "errachidia": ("الرشيدية", "errachidia"),
}
_CITY_OF = {fold(name).lower(): slug for slug, names in _CITIES.items() for name in names}
# the city right after a figure (or its noun): "3 بالدار البيضاء", "٢ بتطوان", "trois à Nador", "two in Fez"
_IN_CITY = re.compile(
    r"\s*(?:(?:في|à|a|in)\s+|ب)(?:مدينه\s+|la\s+ville\s+de\s+|the\s+city\s+of\s+)?("
    + "|".join(sorted(map(re.escape, _CITY_OF), key=len, reverse=True))
    + r")(?!\w)"
)


def _city_after(folded: str, mention: NumberMention, noun: CountedNoun) -> str | None:
    """The city a figure is placed in, named right after it or its noun ("4 بفاس", "trois suspects à Nador")."""
    at = mention.percent_end or mention.end
    if noun.fstart >= at and noun.fend > noun.fstart and noun.fstart - at < 3:
        at = noun.fend
    found = _IN_CITY.match(folded, at)
    return _CITY_OF.get(found.group(1)) if found else None


_GENERIC_PEOPLE = frozenset({"man", "men", "jeune", "jeunes"})
# the place of an arrest named right after the people counted: a foreign capital ("في بروكسل", "à Madrid")
_IN_A_FOREIGN_CAPITAL = re.compile(
    r"\s*(?:[^\s\d.,;:،؛]+\s+){0,2}?(?:(?:في|à|a|in)\s+|ب)(?:"
    + "|".join(re.escape(fold(name).lower()) for names in CAPITALS.values() for name in names)
    + r")(?!\w)"
)
_HIJRI = re.compile(r"\s?ه(?![\u0621-\u064a])")
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w'])(?:ces|cette|these|those)\s+$")
_REFERENCE_BEFORE = re.compile(r"(?:رقم|القانون|قانون|الماده|الفصل|n°|no|loi|article)\s*$")
_WORD = re.compile(r"[\u0621-\u064a]+")
_AMONG_THEM = re.compile(
    r"(?:بينهم|بينهن|بينها|ضمنهم|dont|parmi\s+eux|parmi\s+lesquels|including|among\s+them|among\s+whom|of\s+which|of\s+whom)\s+(?:\S+\s+){0,2}$"
)
# "عادت من بينهن 50 امرأة": a verb of its own before "among them" gives the part its own metric
# A sentence that opens on the people of the figure before: "ومن بين هؤلاء", "Parmi eux,", "Among them,"
_AMONG_THESE = re.compile(
    r"^\s*(?:[وف]?(?:من\s+بين|بين|ضمن)\s+(?:هولاء|هاولاء|الموقوفين\s+المذكورين)|parmi\s+(?:eux|elles|ces\s+derniers|ces\s+dernières)"
    r"|among\s+(?:them|these|those)|of\s+(?:them|these|those)"
    # the figure before named by what it is made of: "ويتعلق الأمر بـ…", "Il s'agit de …", "They include …"
    r"|[وف]?(?:يتعلق|تعلق)\s+الامر\s+(?:ب|بكل\s+من\s*)|il\s+s'agit\s+(?:de|d')|(?:they|these)\s+include"
    # the people before as the subject of a verb of including ("Elles comptaient 9 femmes", "They included 9 women")
    r"|(?:ils|elles)\s+(?:comptaient|comptent|comprenaient|comprennent|incluaient|incluent)"
    r"|(?:they|these)\s+included)\s*[,،]?\s*"
    # a verb of presence between ("Parmi eux figurent 290 femmes", "Among them are", "ومن بين هؤلاء يوجد")
    r"(?:(?:figurent|figuraient|se\s+trouvent|se\s+trouvaient|on\s+compte|are|were|يوجد|توجد)\s+)?$"
)
_OWN_VERB_BEFORE = re.compile(
    r"(?:عاد|عادت|عادوا|قتل|قتلت|لقي|اعتقل|returned|killed|arrested|rentr|tué)\S*\s+(?:من\s+)?\S+\s*$"
)
# What may follow an item of an enumeration that leaves its noun to the first item: "و19 سنة 2016",
# "et 19 en 2016", "and 13 from Libya", "، و9 خلال 2017", or the end of the clause.
_LIST_ITEM_FOLLOWS = re.compile(
    r"\s*(?:$|[،,;؛.)]|(?:سنه|عام)\s+(?:19|20)\d\d|(?:[وف]?(?:في|خلال|منذ|من|الي|ب|ضمن|داخل)|en|in|au|à|a|dans|de|du|depuis|from|to|at|since|during|et|and|ou|or"
    r"|linked|connected|tied|related|liées|liés|reliées|مرتبط\w*|موالي\w*|others|autres|اخري|اخرين"
    r"|were|étaient|كانت)(?![\w])|d['’](?=\w)"
    # "up from 20 last year", "contre 23 l'an dernier", "مقابل 23 السنة الماضية": the item's own year, relative
    r"|\s*(?:last\s+year|the\s+(?:previous|year)\s+(?:year|before)|a\s+year\s+(?:earlier|before)"
    r"|l'an(?:née)?\s+(?:dernier|dernière|précédente|passée)|(?:ال)?(?:سنه|عام)\s+(?:ال)?(?:ماضيه|ماضي|سابقه|سابق)"
    # "21 en 2015, puis 19 l'année suivante", "and 19 the following year", "و19 في السنة الموالية": the year after
    r"|the\s+(?:following|next)\s+year|a\s+year\s+later|l'an(?:née)?\s+(?:suivante|d'après|d'apres)"
    r"|(?:في\s+)?(?:ال)?(?:سنه|عام)\s+(?:ال)?(?:مواليه|موالي|تاليه|تالي|التي\s+تلتها|الذي\s+تلاه)))"
)
# "بين 22 و39 سنة", "entre 20 et 31 ans", "aged 21 to 36": a range of ages or amounts, not a list
_CAUSED_DEATHS = re.compile(
    r"(?:fait|causé|خلف|خلفت|اسفر\s+عن|اسفرت\s+عن|left|killing|caused)\s+(?:\S+\s+)?$|\(\s*$"
)
# an attack named just before as the subject of killing: "…bombings, which killed 45", "…, qui a tué 12", "… that
# claimed the lives of 45"
_KILLED_BY_IT = re.compile(
    r"(?<![\w])(?:which|that|qui|التي|الذي)\s+(?:(?:had|has|have|a|ont|avait|avaient)\s+)?(?:killed|tué|claimed\s+the"
    r"\s+lives\s+of|coûté\s+la\s+vie\s+à|left|قتلت|قتل|اودت\s+بحياه)\s+(?:\S+\s+)?$"
)
# the groups as the subject that holds the fighters counted: a group's strength, not who joined it
_GROUP_HOLDS = re.compile(
    r"(?:تضم|يضم|تعد|يعد|تحصي)\s+(?:ال)?(?:جماعات|تنظيمات|تنظيم|جماعه)|(?:ال)?(?:جماعات|تنظيمات|تنظيم|جماعه)\s+(?:\S+\s+){0,3}?(?:تضم|يضم)"
    r"|(?:groupes?|organisations?|groups?)\s+(?:\S+\s+){0,3}?(?:compt\w*|regroup\w*|number|count|have|has)\s+(?:\S+\s+){0,3}?$"
)
_MOROCCAN_WORD = re.compile(r"مغرب|marocain|moroccan")
_ATTACK_BEFORE = re.compile(r"تفجير|هجوم|اعتداء|انفجار|attentat|attaque|explosion|attack|bombing|blast")
_RANGE_BEFORE = re.compile(
    r"(?:(?:بين|entre|between)\s+\S+|(?:de|from|aged)\s+\S*\d\S*)\s+(?:و|et|and|to|à|الي)\s*$"
)  # ("de Daech et 5 …" is no range: "de" opens one only before a figure)
_LIST_JOINER = re.compile(
    # ("21 en 2015, puis 19 en 2016", "ثم 9 في 2017", "then 9 in 2017": a chronology's next item)
    r"(?:[،,;؛:]\s*(?:و|et|and)?\s*(?:(?:[وف]?ثم|puis|ensuite|then)\s+)?|\s(?:و|et|and|ou|or)\s*|\sو"
    r"|\s(?:[وف]?ثم|puis|ensuite|then)\s+"
    r"|(?:^|[\s،,])[وف]?(?:مقابل|contre|against|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from"
    # "11 cellules en 2017, après 19 en 2016", "بعد 19 في 2016", "after 19 in 2016": the year before, in a chronology
    r"|après|apres|after|بعد"
    r"|par\s+rapport\s+(?:à|aux)|en\s+(?:hausse|baisse)\s+(?:par\s+rapport\s+)?(?:à|sur))\s+)$"
)
# "منها 88 خلية": a part of the figure before, whose own noun says what it counts
_PEOPLE_METRICS = frozenset(
    {
        "persons_arrested",
        "persons_prosecuted",
        "returnees",
        "returnees_arrested",
        "fighters_joined",
        "fighters_killed",
        "fighters_in_zone",
        "fighters_detained_abroad",
        "nationals_detained_abroad",
    }
)
# "Of these, 270 have come back", "Parmi eux, 40 sont morts": a part with no noun of its own whose verb, right
# after its number, says what it counts (a return, a death), not the whole's metric
_OWN_VERB_AFTER = re.compile(
    r"\s*(?:(?:ont|sont|have|has|had|were|are|été)\s+){0,2}(?:come\s+back|returned|rentr|revenu|been\s+killed|died"
    r"|killed|tué|mort|عادوا|رجعوا|لقوا|قتلوا)"
)
# "parmi lesquelles", "including", "بينهم": the parts of the figure before are enumerated after it
_AMONG_ANYWHERE = re.compile(
    r"(?<!\w)(?:[وف]?(?:من\s+)?(?:بينهم|بينهن|ضمنهم|ضمنهن)|dont|parmi\s+(?:eux|elles|lesquel(?:le)?s)|including"
    r"|among\s+(?:them|whom)|of\s+whom)(?!\w)"
    # a colon after the figure: "137 returnees were prosecuted: 115 from Syria, 14 …"
    r"|:(?!\s*$)"
)
# what opens an item of an enumeration: a comma, "et"/"and"/"و", or the "among them" word itself
_ENUMERATION_ITEM_BEFORE = re.compile(
    r"(?:[,،:]\s*|(?<!\w)(?:et|and)\s+|(?<!\w)و|(?<!\w)(?:بينهم|بينهن|ضمنهم|ضمنهن|dont|eux|elles|lesquel(?:le)?s"
    r"|including|them|whom)\s+)$"
)
_STRONG_BREAK = re.compile(r"[;؛.!?؟]")
# A line of a chronology or a key-figures box that opens on its year and a colon ("2015 : …", "- 2016: 19",
# "• 2023: six cells"): the year dates the line's figures that state no period of their own
_YEAR_LABEL = re.compile(r"[\s\-–—•*·]*((?:19|20)\d\d)\s?:\s*")
# what may close a labelled line whose number has no noun ("- 2016: 19", "2017 : 9.")
_LINE_REST = re.compile(r"\s*[.;؛,،]?\s*")


def _parts_enumeration(folded: str, whole_end: int, start: int) -> bool:
    """Whether the text between a sentence's first figure and a later one opens an enumeration of the first's
    parts ("among them …") that nothing stronger than a comma has closed."""
    if whole_end < 0:
        return False
    among = _AMONG_ANYWHERE.search(folded, whole_end, start)
    return among is not None and _STRONG_BREAK.search(folded, among.end(), start) is None


# "189 femmes et ", "40 women, ": what joins a counted item to the next item of the same list ("182 enfants, ainsi
# que ", "182 children, as well as ", "182 طفلا، إلى جانب ": an item added to the list)
_NEXT_ITEM = re.compile(
    r"\d\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?(?:\s*[,،]|\s+(?:et|and))\s+$"
    r"|\d\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?\s*[,،]?\s+(?:ainsi\s+que|de\s+même\s+que|aux\s+côtés\s+de|en\s+plus\s+de"
    r"|as\s+well\s+as|along\s+with|alongside|in\s+addition\s+to|[وف]?(?:الي\s+جانب|فضلا\s+عن|بالاضافه\s+الي|علاوه\s+علي))\s+$"
)
_PART_OF = re.compile(r"(?:منها|منهم|منهن)\s+(?:\S+\s+){0,2}$")


# Fighters and returnees are running totals: without a stated period they are cumulative.
_CUMULATIVE_BY_NATURE = {"fighters_joined", "fighters_killed", "returnees", "returnees_arrested"}
# "وشملت هذه العمليات", "من هذه الخلايا": the sentence continues the figure before it.
_BACK_REFERENCE = guarded(
    r"(?<![\w])[وف]?(?:هذه|هاته|تلك|هولاء|هذا\s+العدد)(?![\w])|(?<![\w])(?:ces|ceux-ci|these|those)(?![\w])"
)


@dataclass
class _Reading:
    """What the article has said so far, for the sentences that lean on it."""

    source: Attribution | None = None  # the last source named: it speaks until another is named
    stated_period: Period | None = None  # the last period stated, for "خلال الفترة ذاتها"
    event: Period | None = None  # "صباح اليوم" in the previous sentence: the day of the operation
    last_claim: ExtractedClaim | None = None
    last_claim_folded: str = ""  # the folded sentence of last_claim (found when it was read)
    head_claim: ExtractedClaim | None = None  # the first figure of the last sentence that had one
    last_noun: CountedNoun | None = None  # what "منهم" refers to
    previous_sentence: str = ""
    previous_folded: str = ""  # fold(previous_sentence): folded once, when it was read
    earlier_folded: str = (
        ""  # the sentence before that one (what a question like "Que sont-ils devenus ?" means)
    )
    title: str = ""  # folded
    named: Attribution | None = None  # the last body or official named, attributed or not
    # every body or official named so far, latest last: "وأكد الوزير" after an MP spoke is the minister named
    # before the MP, the latest the noun can name
    named_history: list[Attribution] = field(default_factory=list)
    table: list[str | None] | None = None  # the metric of each column of a table being read
    table_years: list[str] = field(default_factory=list)  # the years of its rows so far
    report: Attribution | None = None  # the study or report the article cited
    stated_year: Period | None = None  # the last year stated, for "خلال السنة ذاتها"
    head_period_shared: bool = False  # every figure of head_claim's sentence counts in its period
    restated_head: bool = False  # this sentence opens on head_claim by its number ("Of the 70 cells, …")
    head_periods: list[Period] = field(default_factory=list)  # the periods of that sentence's figures
    fighters_spoken: bool = False  # a figure of Morocco's fighters or returnees came before
    title_source: Attribution | None = None  # the source the headline cites, until the body names one
    # the last sentence that set a figure in a terrorism case (or among fighters abroad), while the sentences after it go on giving figures
    # (at most one sentence without any between): "… فككت 210 خلية إرهابية" then "41 من هذه العمليات …" then
    # "أوقفت … شخصين": the arrests are counted in that case's frame
    frame_folded: str = ""
    frame_gap: int = 0


def _spoke_of_moroccans(document: Document, before: int) -> bool:
    """Whether the title or the body before `before` spoke of Moroccans as people (its fighters, nationals):
    then a later count of fighters abroad is theirs. Asked rarely: read when asked."""
    text = f"{document.title or ''}\n{document.text[document.body_start : max(document.body_start, before)]}"
    return speaks_of_moroccans(fold(text))


def _attribute_back(claims: list[ExtractedClaim], source: Attribution | None) -> None:
    """The figures just before, which no one was cited for, are the source's that the sentence names after them."""
    if source is None:
        return
    for claim in reversed(claims):
        if claim.evidence.get("source") != "none":
            break
        claim.attribution = Attribution(source.org, source.person, source.raw)
        claim.evidence["source"] = "following"
        claim.confidence = confidence(claim)


def _attribute_added_back(claims: list[ExtractedClaim], source: Attribution, since: int) -> None:
    """The figures of the sentence just before (from `since`) that no body was named for (no one, or anonymous
    official figures) are the source's who "added" the next ones."""
    for claim in reversed(claims):
        if claim.start < since or not (
            claim.evidence.get("source") == "none" or anonymous_official(claim.attribution)
        ):
            break
        claim.attribution = Attribution(source.org, source.person, source.raw)
        claim.evidence["source"] = "following"
        claim.confidence = confidence(claim)


# A sentence that closes a quotation it did not open, then names who spoke: "… جسيمة»، يقول مدير …",
# "… des menaces », a-t-il ajouté", "… the threat,” the director said"
_CLOSES_QUOTE = re.compile(r"[^«“»”]*(?:[»”]\s*[،,]|[,،]\s*[»”])")


def _inside_quotation(document: Document, start: int) -> bool:
    """Whether a quotation opened before `start` (« or “) is still open there."""
    text = document.text
    opened = max(text.rfind("«", document.body_start, start), text.rfind("“", document.body_start, start))
    return opened >= 0 and max(text.find("»", opened, start), text.find("”", opened, start)) < 0


def _attribute_quote_back(
    claims: list[ExtractedClaim], document: Document, sentence_start: int, source: Attribution
) -> None:
    """The figures of the quotation's earlier sentences, which no one was cited for, are its speaker's."""
    opened = max(document.text.rfind("«", 0, sentence_start), document.text.rfind("“", 0, sentence_start))
    if (
        opened < 0
        or max(
            document.text.find("»", opened, sentence_start), document.text.find("”", opened, sentence_start)
        )
        >= 0
    ):
        return
    for claim in reversed(claims):
        if claim.start < opened or claim.evidence.get("source") != "none":
            break
        claim.attribution = Attribution(source.org, source.person, source.raw)
        claim.evidence["source"] = "following"
        claim.confidence = confidence(claim)


def find_claims(
    document: Document, budget: WorkBudget = NO_BUDGET, names: BodyNames | None = None
) -> list[ExtractedClaim]:
    """`names`: the body's country names (countries.BodyNames of this document), found here when needed."""
    if names is not None and names.document is not document:
        names = None
    # The body's names cost a pass over the whole body: taken only when the budget allows reading it all (a
    # file refused for its length is refused as soon as before, without that pass).
    use_body_names = budget.can_afford(document.body_end - document.body_start)
    body_names = None
    reading = _Reading(title=fold(document.title or ""))
    if document.title:
        # "BCIJ : le bilan de l'année" above "The bureau said …": the body the title names is the one a definite
        # noun of the body refers back to
        reading.named = named_source(FoldedText(document.title))
        # "BCIJ communiqué: seven arrested …", "Selon la DGST, …", "بلاغ للمكتب …: …": a headline that cites its
        # source speaks for the body's figures that nothing in the body attributes, until the body names a
        # source (a body the headline names as the actor of the news cites no one; nor do voices no one names)
        titled = find_attribution(FoldedText(document.title))
        if titled is not None and not unnamed_voices(titled) and not outlet_counted(titled):
            reading.title_source = titled
    claims: list[ExtractedClaim] = []
    sentences = split_sentences(document.text, document.body_start, document.body_end)
    # The body folded once, each sentence's fold a slice of it (when the budget allows reading the whole body)
    body_fold = None
    if use_body_names:
        body_fold = names.body_fold if names is not None else fold_with_map(document.body)
    folded_texts: dict[
        int, FoldedText
    ] = {}  # by the sentence's start: made once, for the interview and below

    def folded_text(sentence: Sentence) -> FoldedText:
        found = folded_texts.get(sentence.start)
        if found is None:
            found = folded_texts[sentence.start] = (
                FoldedText.within(sentence.text, sentence.start - document.body_start, *body_fold)
                if body_fold is not None
                else FoldedText(sentence.text)
            )
        return found

    interview = read_interview(document, sentences, lambda sentence: folded_text(sentence).folded)
    for index, sentence in enumerate(sentences):
        budget.spend_text(len(sentence.text))
        turn = interview.role_of(sentence) if interview else None
        if turn == QUESTION:
            # the interviewer's premise, not a figure the article states; but what it asks about ("And the
            # departures to Syria?") is what the answer's bare figures count
            # (the answer's context: the question and the sentence before it)
            reading.earlier_folded = reading.previous_folded
            reading.previous_folded = folded_text(sentence).folded
            continue
        if turn == ANSWER:
            sentence = interview.without_mark(sentence)  # "A: Of those, 137 …": what the speaker says
        text = folded_text(sentence)
        if may_match(_RELATED_LINK.pattern, text.folded) and _RELATED_LINK.match(text.folded):
            continue  # "Lire aussi : Le Maroc et l'Espagne démantèlent une cellule de 4 membres": another article
        if (
            may_match(_WITHDRAWN.pattern, text.folded)
            and _WITHDRAWN.search(text.folded)
            and _CORRECTION.search(fold(f"{document.title or ''} {document.text}"))
        ):
            continue  # a correction quotes the figure it withdraws ("nous avons écrit que 2 700 …"): not a claim
        if _has_table_separator(text.folded):
            header = _table_header(text.folded)
            if header is not None:
                reading.table, reading.table_years = header, []
                continue
            if reading.table is not None:
                rows = _table_row_claims(document, sentence, text, reading)
                if rows is not None:
                    claims.extend(rows)
                    if rows:
                        reading.head_claim = rows[0]
                    continue
        reading.table = None
        own = find_attribution(
            text, reading.source, reading.report, reading.named, tuple(reversed(reading.named_history))
        )
        if outlet_compiled(text):
            own = Attribution()  # the paper's own compilation (of official statements too): its own figure
        elif turn is None and outlet_counted(own) and not _inside_quotation(document, sentence.start):
            # "By our count, …" in the narration: the outlet's own count
            own = Attribution("unspecified", None, own.raw)
        if own is None and index and own_reckoning(text):
            # "Senator X, citing the ministry's answer, said … . By his own estimate, about 750 …": the
            # speaker's own figure, not the ministry he cited before
            own = titled_speaker(folded_text(sentences[index - 1]))
        if own is None:
            kin = _KIN_SOURCE.match(text.folded)
            if kin is not None:
                # "D'après les familles, …", "According to relatives, …", "وحسب عائلات المعتقلين، …": people no
                # body speaks for give this sentence's figures, not the source named before
                own = Attribution("unspecified", None, text.original_of(kin.start(1), kin.end(1)))
        if own is None and reading.source is not None:
            foreign = _FOREIGN_SOURCE.search(text.folded)
            if (
                foreign is not None
                and not _A_FIGURE_BEFORE.search(text.folded, 0, foreign.start())
                and named_source(text) is None
            ):
                # "Les services de renseignement espagnols parlaient de 800 combattants", "وكانت تقارير الاستخبارات
                # الإسبانية قد تحدثت عن 800": another country's services give this sentence's figure (coded as
                # foreign bodies are), not the study or body named before
                own = Attribution("unspecified", None, text.original_of(foreign.start(), foreign.end()))
        spoken = None
        if turn == ANSWER and (own is None or counted_by_speaker(text) or outlet_counted(own)):
            # an answer: its speaker's, named or not (his own count too)
            own = interview.speaker_of(sentence.paragraph)
            spoken = own if not interview.carries else None
        if own is None and reading.source is not None and outlet_reports(text):
            reading.source = None  # a paper relayed without its source: no one named before speaks for it
        speaker_cue = own is None and refers_to_a_speaker(text)
        if speaker_cue and reading.source is None:
            # "Le BCIJ a démantelé 40 cellules, a indiqué son directeur": the body acting in the sentence
            # speaks through the official who reports it, and goes on speaking for the figures after
            own = acting_body(text)
            named_here = named_source(text) if own is None else None
            if named_here is not None and named_here.org in ("BCIJ", "DGST", "DGSN", "MOI"):
                own = named_here  # "…, the Central Bureau … dismantled a cell …, the bureau said"
        if (
            own is None
            and reading.source is None
            and reading.named is not None
            and speaker_cue
            and speaker_may_be(text, reading.named.org)
        ):
            own = reading.named  # "… a-t-il souligné": the speaker the article named before
        if (
            own is None
            and speaker_cue
            and reading.source is not None
            and not speaker_may_be(text, reading.source.org)
        ):
            # "Le ministre a ajouté …" after an MP's figure: the minister named before the MP speaks again
            own = speaker_of_kind(text, tuple(reversed(reading.named_history)))
        cited = own
        if (
            index
            and own is not None
            and claims
            and own.org not in ("unspecified", "official_unspecified", "analyst")
            and (
                own.person is not None
                and adds_to_what_was_said(text)
                or released_by_no_one(reading.previous_folded)
            )
        ):
            # "…, selon des chiffres officiels. Plus de 1600 …, a ajouté Mohamed Moufakir, … au ministère de
            # l'Intérieur": who adds said what came just before; its figures, no body named for them, are his
            _attribute_added_back(claims, own, sentences[index - 1].start)
        if own is not None and claims and _CLOSES_QUOTE.match(sentence.text):
            _attribute_quote_back(claims, document, sentence.start, own)
        if points_back(text):
            _attribute_back(claims, own or named_source(text))  # "هذا ما خلص إليه الباحث …"
        elif claims and _THIS_OPERATION.match(text.folded):
            # "وبهذه العملية يرتفع عدد الخلايا التي فككتها المديرية …", "With this operation, the DGST has …": the body
            # whose count the operation raises carried it out; the operation's unsourced figures before are its own
            body = named_source(text) or cited  # "…, a précisé son directeur": the speaker named before
            if body is not None and body.org in ("BCIJ", "DGST", "DGSN"):
                _attribute_back(claims, body)
        source_evidence = "sentence" if own is not None else "carried" if reading.source else "none"
        if spoken is None and own is not None and unnamed_voices(own):
            # "ويرى مراقبون أن …", "Observers say …": what people no one names think holds for their sentence;
            # the next, unsourced, is the outlet's own (a named analyst goes on speaking)
            reading.source = None
        elif spoken is None and own is not None:
            reading.source = own
        if own is not None:
            reading.title_source = None  # the body names its own sources from here on
        # (a quoted turn outside an interview is its speaker's; the narration after it is not)
        attribution = reading.source if own is None or reading.source is not None and spoken is None else own
        if (
            own is None
            and attribution is not None
            and turn is None
            and _news_of_an_operation(text, attribution)
        ):
            attribution = Attribution()
            source_evidence = "none"
        if attribution is None:
            # "Le BCIJ a démantelé …": a sentence that cites no one, whose subject is a body reporting its
            # own work; it speaks for this sentence only (the next one may be the reporter's own)
            # ("وأوقف المكتب …" after the bureau's own figure: the bureau goes on reporting its work)
            head = reading.head_claim
            actor_before = (
                head.attribution if head is not None and head.evidence.get("source") == "actor" else None
            )
            attribution = acting_body(text, actor_before)
            source_evidence = "actor" if attribution is not None else source_evidence
            if (
                attribution is None
                and reading.title_source is not None
                and not _news_of_an_operation(text, reading.title_source)
            ):
                # "BCIJ communiqué: seven arrested …" above "Seven suspects were arrested on Tuesday …" (a study
                # the title cites does not tell the news of an operation: "On Monday police arrested …")
                attribution, source_evidence = reading.title_source, "carried"
        attribution = attribution or Attribution()
        periods = find_periods(text.folded, document.published)
        dated_figures = _has_dated_figures(text.folded)
        if dated_figures:  # "the November 2020 figures": that date is as_of, not a period
            dated = [m.span() for m in _DATED_FIGURES.finditer(text.folded)]
            periods = [p for p in periods if not any(a <= p.fstart and p.fend <= b for a, b in dated)]
        # fold(title + " " + previous sentence): folding is character by character, so the two folded parts
        # joined are the same string, without folding the previous sentence a second time
        context = f"{reading.title} {reading.previous_folded}"
        if index + 1 < len(sentences) and _ARRESTED_HERE.search(text.folded):
            # "Police arrested two men on Tuesday." then "They are suspected of links to ISIS.": a report of one
            # arrest names its case in the sentence that follows as often as in the one before
            context = f"{context} {folded_text(sentences[index + 1]).folded}"
        if (
            reading.fighters_spoken
            and reading.last_claim_folded
            and reading.last_claim_folded is not reading.previous_folded
            and _OF_THEM.search(text.folded)
        ):
            # "… 288 Marocaines ont rejoint … (une phrase sur leur âge) … 100 d'entre elles sont rentrées": "of them"
            # points at the group last counted, whose sentence gives the frame
            context = f"{context} {reading.last_claim_folded}"
        if reading.previous_folded.rstrip().endswith(("?", "؟")):
            context = (
                f"{context} {reading.earlier_folded}"  # "Que sont-ils devenus ?": who the question means
            )
        restated = _restated_head(text.folded, claims)
        reading.restated_head = restated is not None
        if restated is not None:
            # "ومن بين الخلايا السبعين، …", "Of the 70 cells, …": the sentence splits a figure given before,
            # named by its number; that figure is the head its parts count in (and no figure of its own), in
            # its period, from its source when the sentence names none
            reading.head_claim, reading.head_period_shared = restated[0], True
            if attribution.org in (None, "unspecified") and attribution.raw is None:
                attribution, source_evidence = restated[0].attribution, "carried"
        sentence_claims: list[ExtractedClaim] = []
        city_parts: list[tuple[ExtractedClaim, str]] = []  # figures placed in a city ("3 بطنجة")
        whole_end = (
            -1
        )  # where the sentence's first figure ends (folded): an enumeration of its parts follows it
        subset_scope = 0
        opening_dates = None  # found when a running total first needs them
        told_dates = None  # the same
        same_date = None  # "À la même date" in the sentence: searched once, when a figure first asks
        # most sentences name no official's appointment (nor any of its words: no scan of them then)
        tenure = (
            may_match(_TENURE_WORDS.pattern, text.folded) and _TENURE_WORDS.search(text.folded) is not None
        )
        judicial_police = "قضاييه" in text.folded or "judiciaire" in text.folded or "judicial" in text.folded
        judicial_police = judicial_police and _JUDICIAL_POLICE.search(text.folded) is not None
        whole_dropped = False
        label = _YEAR_LABEL.match(text.folded)  # "2015 : …": a chronology's line, dated by its year
        parts_of_head = False  # the sentence opened on the people of the figure before ("Parmi eux, …")
        asked = None
        if turn == ANSWER or reading.previous_folded.rstrip().endswith(("?", "؟")):
            # "Et combien sont revenus ?" then "Au moins 250": the bare figure counts what the question asks
            asked = _asked_noun(reading.previous_folded, context)
        for mention, noun in _counted_numbers(
            text, periods, reading.last_noun, budget, reading.previous_folded, asked
        ):
            if restated is not None and mention.start == restated[1]:
                continue  # the figure before, named again
            # the figure that closed the sentence before: what "Parmi eux" points at when it was a part ("…, dont
            # 147 sont revenus. Parmi eux, 132 …")
            closing = reading.last_claim if reading.last_claim_folded is reading.previous_folded else None
            metric = _metric(
                text.folded,
                noun,
                mention.start,
                context,
                sentence_claims,
                reading.head_claim,
                closing=closing,
                frame=reading.frame_folded,
            )
            if metric == "persons_arrested" and _IN_A_FOREIGN_CAPITAL.match(
                text.folded, max(noun.fend, mention.end)
            ):
                continue  # "اعتقال خمسة أشخاص في بروكسل", "five arrested in Madrid": that country's arrests
            if metric == "persons_prosecuted" and not _prosecution_speaks(text.folded, attribution):
                # people prosecuted are the prosecution's own count where it speaks ("سجلت رئاسة النيابة العامة …
                # توبع فيها 183 شخصا"); a minister's or a bureau's "prosecuted since 2015" counts those brought to justice
                metric = "persons_arrested"
            before = text.folded[max(0, mention.start - 16) : mention.start]
            part = (
                bool(sentence_claims and (_AMONG_THEM.search(before) or _PART_OF.search(before)))
                or noun.fstart >= mention.end
                and noun.fend == noun.fstart  # "من بينهم 54 من ذوي السوابق"
                or _refers_back(text.folded, noun)
                or not sentence_claims
                and reading.head_claim is not None
                and (
                    _OPENS_ON_THESE.search(text.folded, 0, mention.start) is not None
                    or _opens_on_these(text.folded, mention.start)
                )
                or noun.found_by == "among"
                or bool(
                    sentence_claims
                    and sentence_claims[-1].subset
                    and (
                        re.search(r"[وف]$", before)
                        # "منها ثلاث موالية لداعش وخلية واحدة على صلة بـ…": the joiner glued to the noun before "one"
                        or noun.fend <= mention.start
                        and _starts_with_joiner(text.folded, noun.fstart)
                    )
                )
                or _of_the_same(text.folded, noun)
            )
            part = part or bool(_OF_THESE.match(text.folded, mention.end))  # "Sept de ces cellules …"
            part = part or noun.found_by == "whole_ahead"  # "758 of the 1,579 Moroccans …"
            part = part or reading.restated_head  # "Of the 64 cells, 58 …": a part of the figure named again
            if (
                sentence_claims
                and _AMONG_THEM.search(before)
                and not _OWN_VERB_BEFORE.search(before)
                and noun.found_by != "verb"
            ):
                metric = sentence_claims[-1].metric  # "من بينهم 290 امرأة": a part of the figure before
            elif (
                not sentence_claims
                and reading.head_claim is not None
                and noun.found_by != "verb"
                and _opens_on_these(text.folded, mention.start)
                and not (
                    noun.fend == noun.fstart
                    and metric in ("returnees", "fighters_killed")
                    and _OWN_VERB_AFTER.match(text.folded, mention.end)
                )
            ):
                # "ومن بين هؤلاء 9 نساء عدن …", "Parmi ces derniers, 9 femmes …": the sentence opens on a part of
                # the figure before (its own verb "عدن" does not make them another count)
                metric = reading.head_claim.metric
                parts_of_head = True
            elif (
                parts_of_head
                and metric is None
                and noun.found_by != "verb"
                and _ENUMERATION_ITEM_BEFORE.search(
                    text.folded,
                    max(0, _qualifier_start(text.folded, mention) - 16),
                    _qualifier_start(text.folded, mention),
                )
            ):
                # "Parmi eux, 120 femmes et 200 mineurs": the next item of the parts the sentence opened on
                metric = sentence_claims[0].metric
                part = True
            elif (
                sentence_claims
                and metric != sentence_claims[0].metric
                and sentence_claims[-1].metric == sentence_claims[0].metric  # not an item of another count
                and metric in _PEOPLE_METRICS
                and sentence_claims[0].metric in _PEOPLE_METRICS
                and noun.found_by != "verb"
                and not _OWN_VERB_BEFORE.search(before)
                and noun.found_by != "referred"
                and _ENUMERATION_ITEM_BEFORE.search(before)
                and _parts_enumeration(text.folded, whole_end, mention.start)
            ):
                # "137 personnes … déférées, parmi lesquelles 115 rentrées de Syrie, 14 anciens membres de Daech
                # et 8 autres": every item of the enumeration of its parts is a part of the whole
                metric = sentence_claims[0].metric
                part = True
            if metric is None:
                whole_dropped = True  # "avaient fait 45 morts, dont 12 kamikazes": its parts go with it
                continue
            if whole_dropped and (_AMONG_THEM.search(before) or _PART_OF.search(before)):
                continue
            whole_dropped = False
            if mention.is_percent and share_outside_record(text.folded, mention.start, noun, metric):
                # a share of an age band, of cells no one dismantled (shares.py): no claim, nor its parts
                whole_dropped = True
                continue
            reading.last_noun = CountedNoun(noun.cls, noun.fstart, noun.fend, metric=metric)
            claim = _claim(document, sentence, text, mention, noun, metric, attribution)
            claim.subset = decide_subset(
                text.folded, noun, mention.start, subset_scope, metric, part or mention.is_percent
            )
            city = _city_after(text.folded, mention, noun) if claim.subset is None else None
            if city is not None:
                city_parts.append((claim, city))
            if (
                claim.subset is None
                and not mention.is_percent
                and _OF_THEM_WOMEN.match(text.folded, mention.end)
            ):
                # "288 Marocaines ont rejoint … 103 d'entre elles": a part of the women counted at the head of the
                # sentence (or of the one before) is of women ("dont 3 femmes. Moins de dix d'entre elles …" points
                # at the persons, the head)
                group = sentence_claims[0] if sentence_claims else reading.head_claim
                if group is not None and group.subset == "women":
                    claim.subset = group.subset
            if (
                claim.subset is None
                and noun.found_by == "referred"
                and not sentence_claims
                and reading.head_claim is not None
                and reading.head_claim.metric == metric
                and restates_figure(text.folded, mention.start)
            ):
                # "… 1,659 Moroccans who joined armed groups in Syria and Iraq. A think tank gives a similar
                # estimate of nearly 1,660": the same people, in the same place
                claim.subset = reading.head_claim.subset
            if mention.is_percent and claim.subset is None and noun.found_by != "verb":
                # "40 % d'entre eux ont suivi un programme", "60% of them had no record": a share is a figure of
                # the record when it breaks the group down by a subset ("88 % des cellules … liées à Daech") or
                # counts by its own verb ("40 في المائة منهم لقوا حتفهم"); a share of something else is not
                whole_dropped = True
                continue
            if claim.subset is None and metric == "persons_arrested" and attribution.org in _POLICE_SERIES:
                # (the DGSN's own referrals; the prosecution's count of every referral is the national one)
                whole = sentence_claims[0] if sentence_claims else reading.head_claim
                if (judicial_police and not _police_in_speaker_clause(text.folded, mention.start)) or (
                    whole is not None
                    and whole.subset == "judicial_police"
                    and (
                        part
                        or noun.found_by in ("referred", "among", "list", "figure")
                        or _BACK_REFERENCE.search(text.folded)
                    )
                ):
                    # its referrals to prosecutors, and their breakdown ("وتوزع هؤلاء …"): a series of its own
                    claim.subset = "judicial_police"
            # (the figure's phrase begins at its qualifier: "… since 2002 and more than 40 … in recent years")
            own = nearest_period(periods, claim.evidence["phrase_start"], mention.end, text.folded)
            if own is not None and not own.inherit and reading.stated_period is not None:
                # "En avril 2024, son directeur comptait 210 cellules sur la même période": the date before says
                # when the total stood so; the "same period" after the figure is its period
                same = next((p for p in periods if p.inherit and p.fstart >= mention.end), None)
                if (
                    same is not None
                    and _DIGIT_BETWEEN.search(text.folded, mention.end, same.fstart) is None
                    and _dates_the_count(text.folded, own, mention, same)
                ):
                    own = same
            if (
                own is not None
                and tenure
                and _TENURE_DATE.search(text.folded, max(0, own.fstart - 60), mention.start)
            ):
                own = (
                    None  # "منذ تعيينه في دجنبر 2020، لم يفوت مناسبة للتذكير بأن 1659": the speaker's tenure
                )
            if own is not None and own.fend <= mention.start and own.type in ("month", "year"):
                own = _running_total_after(text.folded, periods, own, mention) or own
            if own is not None and _SPEAKER_THEN_SAYS.search(text.folded, own.fend, mention.start):
                own = None  # "has followed the file since 2013 and says 30% …": the speaker's own time, not the figure's
            claim.period, period_evidence = _claim_period(
                text, mention, own, periods, metric, reading, attribution
            )
            if label is not None and own is None and metric not in _CUMULATIVE_BY_NATURE | _STOCKS:
                year = label.group(1)
                claim.period = Period("year", year, year, text.original_of(label.start(1), label.end(1)))
                period_evidence = "own"
            whole = sentence_claims[0] if sentence_claims else reading.head_claim
            if period_evidence in ("none", "by_nature") and part and whole and whole.metric == metric:
                # a part of a figure ("dont 14 femmes", "Parmi les cellules démantelées, 36"): the whole's period
                claim.period, period_evidence = _copy(whole.period, text=None), "back_reference"
            claim.as_of = _as_of(text.folded, mention, own, claim, document, dated_figures)
            if claim.as_of is None and claim.period.type == "since":
                if opening_dates is None:
                    opening_dates = _opening_dates(text.folded, periods)
                if opening_dates:
                    claim.as_of = _opening_date(text.folded, opening_dates, mention, claim.period, document)
                if claim.as_of is None and told_dates is None:
                    told_dates = _told_dates(text.folded, periods, document)
                if claim.as_of is None and told_dates:
                    claim.as_of = next(
                        (m.start for m in told_dates if m.fend <= mention.start), None
                    ) or next(
                        # "…, according to the figure the BCIJ director gave in May 2025": told after it
                        (
                            m.start
                            for m in told_dates
                            if m.fstart >= mention.end
                            and not _CLAUSE_BREAK.search(text.folded, mention.end, m.fstart)
                        ),
                        None,
                    )
                if claim.as_of is None:
                    claim.as_of = _up_to_before(text.folded, periods, mention)
            if (
                claim.as_of is None
                and label is not None
                and claim.period.type == "since"
                and claim.period.start
                and claim.period.start < label.group(1)
                and (document.published is None or label.group(1) < str(document.published.year))
            ):
                claim.as_of = label.group(
                    1
                )  # "2018 : le total depuis 2002 atteint 183": the total as it stood then
            if (
                claim.as_of is None
                and period_evidence in ("back_reference", "antecedent")
                and reading.head_claim
            ):
                claim.as_of = reading.head_claim.as_of  # a part or a continuation of a dated figure
            if claim.as_of is None and reading.head_claim is not None:
                if same_date is None:
                    same_date = _SAME_DATE.search(text.folded) is not None
                if same_date:  # "À la même date, 239 combattants étaient rentrés"
                    claim.as_of = reading.head_claim.as_of
            claim.evidence = {
                "value": mention.kind,
                "noun": noun.found_by,
                "class": noun.cls,
                "period": period_evidence,
                "source": source_evidence,
            }
            claim.confidence = confidence(claim)
            sentence_claims.append(claim)
            if whole_end < 0:
                whole_end = mention.end
            reading.last_claim = claim
            reading.last_claim_folded = text.folded
            subset_scope = clause_end_after(text.folded, max(noun.fend, mention.end))
        if len({city for _, city in city_parts}) > 1:
            # "3 بطنجة و2 بفاس": a breakdown of the operation's members by city (a single-city operation's figure
            # placed in its city is the whole, no subset)
            for claim, city in city_parts:
                claim.subset = city
        if sentence_claims:
            if body_names is None and use_body_names:
                body_names = names or BodyNames(document)
            foreign = ForeignScope(sentence.text, text, body_names, sentence.start)
            kept, dropped = [], False
            for c in sentence_claims:
                if c.evidence.get("noun") == "bracket" and kept and not dropped:
                    kept.append(
                        c
                    )  # "la Syrie (1 122), l'Irak (260)": a zone's share of the figure kept, not its own
                elif (
                    foreign(c.start - sentence.start, c.end - sentence.start)
                    or (
                        foreign.record_placed_abroad(
                            c.start - sentence.start, c.end - sentence.start, c.metric
                        )
                    )
                    or foreign.record_owned_abroad(c.start - sentence.start, c.end - sentence.start, c.metric)
                    or (
                        not reading.fighters_spoken
                        and foreign.located_abroad(c.start - sentence.start, c.end - sentence.start, c.metric)
                        and not _spoke_of_moroccans(document, sentence.start)
                    )
                ):
                    dropped = True  # another country's figure, or a group's fighters still active abroad
                elif dropped and c.evidence.get("noun") in _PART_NOUNS:
                    continue  # "413 مقاتلا بلجيكيا …، عاد منهم 130": a part of another country's figure
                else:
                    kept.append(c)
                    dropped = False
            sentence_claims = _moroccan_share(foreign, sentence.start, kept)
        if len(sentence_claims) > 1 and _SEMICOLON.search(sentence.text):
            _clause_sources(sentence, sentence_claims)
        if len(sentence_claims) > 1:
            _respectively(sentence, sentence_claims)
        if sentence_claims and _EACH_YEAR_CUE.search(sentence.text):
            sentence_claims = _each_year(sentence, sentence_claims)
        claims.extend(sentence_claims)
        if sentence_claims:
            reading.fighters_spoken = reading.fighters_spoken or any(
                c.metric.startswith(("fighters_", "returnees")) for c in sentence_claims
            )
            reading.head_claim = sentence_claims[0]
            # a sentence whose figures all count in one period (not a list of years) hands it on
            # (or a running total followed by its own figure per year: "548 personnes …, 275 l'an dernier et 273
            # cette année" still hands on the total's period)
            head = sentence_claims[0]
            reading.head_period_shared = len(
                {(c.period.type, c.period.start) for c in sentence_claims}
            ) == 1 or (
                head.period.type in ("since", "range")
                and all(
                    c.metric == head.metric and c.period.type == "year" and c.period.start is not None
                    for c in sentence_claims[1:]
                )
            )
            reading.head_periods = [
                c.period for c in sentence_claims if c.metric == sentence_claims[0].metric
            ]
        if sentence_claims:
            reading.frame_gap = 0
            if _TERROR_FRAME.search(text.folded) or fighter_frame(text.folded):
                reading.frame_folded = text.folded
        else:
            reading.frame_gap += 1
            if reading.frame_gap > 1:
                reading.frame_folded = ""
        named_now = named_source(text)
        reading.named = named_now or reading.named
        if named_now is not None:
            reading.named_history.append(named_now)
        reporter = cited or named_now
        if (
            reporter is not None
            and reporter.org in ("analyst", "PARLIAMENT")
            and REPORT_NOUN.search(text.folded)
        ):
            reading.report = reporter  # "a report by the Atlas centre": what "the report notes" later means
        reading.previous_sentence = sentence.text
        reading.earlier_folded = reading.previous_folded
        reading.previous_folded = text.folded
        stated = [p for p in periods if not p.inherit and p.relative_year is None]
        years = [p for p in stated if p.type == "year"]
        if years:
            reading.stated_year = _period(text, years[-1])
        if stated:
            reading.stated_period = _period(text, stated[-1])
            head = sentence_claims[0] if sentence_claims else None
            if head is not None and head.evidence.get("period") == "own" and head.period.type != "event":
                # "Sur cette même période" after "40 cellules depuis 2015, dont 21 en 2015 et 19 en 2016, a
                # indiqué jeudi …": the period of the sentence's head figure, not its last date
                reading.stated_period = head.period
        reading.event = _period(text, stated[-1]) if stated and stated[-1].type == "event" else None
    return _deduplicate(claims)


# a verb of saying or a source anywhere in the sentence: someone still speaks. Not built from attribution's
# _CUES/_CUES_AFTER: those hold nouns and prepositions ("عن", "report", "bilan") and the question verb "a interpellé",
# which the very sentences of an operation print ("la police a interpellé 6 suspects", "أسفرت عن توقيف"); their
# compound forms ("a indiqué") also miss the stems here ("avait indiqué", "affirmait").
_REPORTED = guarded(
    r"(?<![\w])(?:said|says|added|adds|told|according|selon|d'après|précis\w*|ajout\w*|indiqu\w*|affirm\w*|soulign\w*"
    r"|[وف]?(?:اضاف|اكد|حسب|بحسب|وفق|وفقا|افاد|اوضح|قال|كشف|اعلن|اعلنت))(?![\w])"
)


# The security services, the police, the authorities as the subject of an operation: "فككت المصالح الأمنية خليتين",
# "la police a interpellé 6 suspects", "police arrested four suspects"
_GENERIC_ACTOR = guarded(
    r"(?<![\w])(?:[وف]?(?:فككت|اوقفت|اعتقلت|احبطت)\s+(?:ال)?(?:مصالح|اجهزه|سلطات|شرطه|قوات)(?![\w])"
    r"|(?:services\s+de\s+sécurité|forces\s+de\s+l'ordre|police|autorités|security\s+(?:services|forces)|authorities)"
    r"\s+(?:(?:ont|a|have|has)\s+)?(?:démantelé|arrêté|interpellé|dismantled|broke\s+up|arrested|detained)(?![\w]))"
)
_OPERATION_REACH = 90  # characters: a fronted date, then the subject ("وفي شهر يونيو الماضي، فككت المصالح …")


def _news_of_an_operation(text: FoldedText, carried: Attribution) -> bool:
    """An analyst's or a study's voice, carried from the sentence before, does not tell the news of an operation that
    cites no one: "On Monday police arrested four suspects" after "The institute says …" is the outlet's report."""
    if points_back(text) or _REPORTED.search(text.folded):
        return False
    if carried.org != "analyst":
        return False
    head = text.folded[:_OPERATION_REACH]
    return may_match(_GENERIC_ACTOR.pattern, head) and _GENERIC_ACTOR.search(head) is not None


# A figure placed in a country right after it: "four in Morocco", "deux en Espagne", "خمسة بالمغرب", "اثنان في إسبانيا"
_PREPOSITION = r"(?:(?:in|en|au|aux|dans|في|داخل)\s+(?:the\s+|l')?)?"
_PLACED_IN = (re.compile(r"\s+" + _PREPOSITION), re.compile(r"\s+[\w'-]+\s+" + _PREPOSITION))
_MOROCCO_PLACE = re.compile(r"(?:(?<=\s)ب?(?:ال)?مغرب|morocco|maroc)(?!\w)")
_PREPOSITION_END = re.compile(r"(?:in|en|au|aux|dans|في|داخل)\s+(?:the\s+|l')?$")


def _moroccan_share(
    foreign: ForeignScope, sentence_start: int, claims: list[ExtractedClaim]
) -> list[ExtractedClaim]:
    """A joint figure split by country ("six suspects in a joint operation, four in Morocco and two in Spain",
    "تسعة موقوفين، خمسة بالمغرب وأربعة بإسبانيا"): Morocco's part is the claim; the other countries' parts and
    the joint whole they add up to are not Morocco's figures."""
    if len(claims) < 2 or not foreign.matches:
        return claims
    folded, places = foreign.folded, {}
    # the names by where their word begins: each claim looks up the place after it, not every name in turn
    names_at: dict[int, list] = {}
    for match in foreign.matches:
        names_at.setdefault(match.full_start, []).append(match)
    for at, claim in enumerate(claims):
        end = bisect_right(foreign.index, claim.end - sentence_start - 1)
        for pattern in _PLACED_IN:
            gap = pattern.match(folded, end)
            if gap is None:
                continue
            where = gap.end()
            preposition = _PREPOSITION_END.search(folded, gap.start(), where) is not None
            moroccan = _MOROCCO_PLACE.match(folded, where)
            if moroccan is not None and (preposition or moroccan.group().startswith("ب")):
                places[at] = "MA"
                break
            if any(
                preposition or folded[match.full_start : match.start].endswith("ب")
                for match in names_at.get(where, ())
            ):
                places[at] = "abroad"
                break
    if "MA" not in places.values() or "abroad" not in places.values():
        return claims
    first = min(places)
    dropped = {at for at, place in places.items() if place == "abroad"}
    moroccan_part = claims[next(at for at, place in places.items() if place == "MA")]
    if first > 0:
        whole = claims[first - 1]
        if (
            whole.metric == moroccan_part.metric
            and first - 1 not in places
            and (whole.value or 0) > (moroccan_part.value or 0)
        ):
            dropped.add(first - 1)
    return [claim for at, claim in enumerate(claims) if at not in dropped]


_KIN_SOURCE = re.compile(
    r"\s*(?:[وف]?(?:حسب|بحسب|وفق|وفقا\s+ل|تقول|تفيد|افادت)\s*|(?:selon|d'apres|d'après)\s+|according\s+to\s+)"
    r"((?:(?:les|leurs|des|the|their|ال)\s*)?(?:عايلات|عائلات|اسر|ذوي|اقارب|familles|proches|relatives|families|parents)"
    r"(?:\s+[^\s,،]+){0,4}?)\s*[,،]"
)
# Another country's intelligence or security services (or their reports) named as a sentence's source
_FOREIGN_ADJ_FR = (
    r"(?:espagnol|français|francais|américain|americain|belge|allemand|britannique|néerlandais|italien)\w*"
)
_FOREIGN_ADJ_AR = r"(?:ال)?(?:اسبانيه|فرنسيه|امريكيه|اميركيه|بلجيكيه|المانيه|بريطانيه|هولنديه|ايطاليه)"
_FOREIGN_SOURCE = re.compile(
    rf"(?<![\w])(?:(?:rapports?\s+des\s+)?services?\s+(?:de\s+)?(?:renseignements?|sécurité|securite)|renseignements?)"
    rf"\s+{_FOREIGN_ADJ_FR}"
    r"|(?<![\w])(?:spanish|french|u\.?s\.?|american|belgian|german|british|dutch|italian)\s+(?:intelligence|security)"
    r"(?:\s+(?:services|agencies|reports|officials|sources))?(?![\w])"
    rf"|(?:تقارير\s+)?(?:اجهزه\s+|مصالح\s+)?(?:ال)?(?:استخبارات|مخابرات)\s+{_FOREIGN_ADJ_AR}(?![\w])"
)
_A_FIGURE_BEFORE = re.compile(r"\d")
_OF_THEM_WOMEN = re.compile(r"\s*(?:d'entre\s+elles|منهن)")
_OF_THEM = re.compile(r"\s*(?:d'entre\s+(?:eux|elles)|of\s+(?:them|whom)|منهم|منهن)")
_DISTRIBUTION = guarded(
    r"(?<![\w])[وف]?(?:توزع|يتوزع|تتوزع|موزعين)\w*|se\s+répartiss|se\s+répartit|(?:are|were)\s+(?:distributed|broken\s+down)"
)


@lru_cache(maxsize=4)
def _distribution_at(folded: str) -> int | None:
    """Where the sentence's first distribution verb is (once per sentence, not once per number)."""
    if not any(map(folded.__contains__, _DISTRIBUTION_WORDS)):
        return None  # every match holds one of these words: no search needed without them
    found = _DISTRIBUTION.search(folded)
    return found.start() if found else None


_DISTRIBUTION_WORDS = ("توزع", "موزعين", "répartiss", "répartit", "distributed", "broken")


# A table printed as text: "السنة | الخلايا المفككة | الموقوفون", then "2015 | 21 | 275" ... "المجموع | 60 | 902".
_TABLE_SEPARATOR = re.compile(r"\s[|—–]\s|\t")


def _has_table_separator(folded: str) -> bool:
    """`_TABLE_SEPARATOR.search(folded)`, tested first for the four characters a separator holds: most
    sentences hold none, and four substring tests cost a twentieth of the regex's pass (which starts on
    every white space)."""
    return any(map(folded.__contains__, "|—–\t")) and _TABLE_SEPARATOR.search(folded) is not None


_TABLE_SPLIT = re.compile(r"\s*(?:[|—–]|\t)\s*")
_TOTAL_LABEL = re.compile(r"(?:ال)?مجموع|total|totale|ensemble", re.I)
_ROW_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)\d\d))?")
_COLUMN_METRICS = (
    ("cells_dismantled", re.compile(r"خلاي|خليه|cellule|cells?(?!\w)|structures")),
    (
        "persons_arrested",
        re.compile(r"موقوف|معتقل|اشخاص|توقيف|personnes|interpell|arrest|individus|suspects"),
    ),
    ("plots_foiled", re.compile(r"مخطط|projets|plots")),
    ("returnees", re.compile(r"عايد|عائد|retours|revenants|returnees")),
)


_HEADER_CELL_WORDS = 6  # a column's label is a few words ("الخلايا المفككة", "Personnes interpellées")


def _table_header(folded: str) -> list[str | None] | None:
    cells = [c for c in _TABLE_SPLIT.split(folded.strip()) if c]
    if len(cells) < 2 or any(re.search(r"\d", c) for c in cells):
        return None
    if any(len(c.split()) > _HEADER_CELL_WORDS for c in cells):
        return None  # "Rabat – Moroccan police arrested four …": a dateline before a sentence, not a header's labels
    metrics = [next((m for m, pattern in _COLUMN_METRICS if pattern.search(c)), None) for c in cells]
    return metrics if any(metrics) else None


def _table_row_claims(document: Document, sentence: Sentence, text: FoldedText, reading: _Reading):
    """The claims of one row under a table header, or None when the line is not such a row."""
    folded = text.folded
    cells = list(re.finditer(r"[^|—–\t]+", folded))
    cells = [c for c in cells if c.group().strip()]
    if len(cells) != len(reading.table):
        return None
    label = cells[0].group().strip()
    year = _ROW_YEAR.search(label)
    if year and year.group(2):
        period = Period("range", year.group(1), year.group(2), label)
    elif year and not _TOTAL_LABEL.search(label):
        period = Period("year", year.group(1), year.group(1), label)
        reading.table_years.append(year.group(1))
    elif _TOTAL_LABEL.search(label) and reading.table_years:
        period = Period("range", min(reading.table_years), max(reading.table_years), None)
    else:
        return None
    claims = []
    for cell, metric in zip(cells[1:], reading.table[1:], strict=True):
        number = re.search(r"\d[\d.,\s]*\d|\d", cell.group())
        if metric is None or number is None:
            continue
        fstart, fend = cell.start() + number.start(), cell.start() + number.end()
        mentions = find_numbers(folded[fstart:fend])
        if not mentions:
            continue
        mention = replace(mentions[0], start=fstart + mentions[0].start, end=fstart + mentions[0].end)
        noun = CountedNoun("cell" if metric == "cells_dismantled" else "person", fend, fend, found_by="list")
        attribution = (
            reading.source or reading.named or Attribution()
        )  # a table speaks for the text around it
        claim = _claim(document, sentence, text, mention, noun, metric, attribution)
        claim.period = period
        claim.evidence = {
            "value": mention.kind,
            "noun": "list",
            "class": noun.cls,
            "period": "own",
            "source": "carried",
        }
        claim.confidence = confidence(claim)
        claims.append(claim)
    return claims


def _metric(
    folded: str,
    noun: CountedNoun,
    fstart: int,
    context: str,
    sentence_claims,
    head: ExtractedClaim | None = None,
    closing: ExtractedClaim | None = None,
    frame: str = "",
) -> str | None:
    """The metric of a counted number: from its noun and the verbs around it, or from the figure it
    continues (an item of a list, a part of the figure stated before), or from the verb that follows it.
    `closing`: the last figure of the sentence before."""
    distribution = _distribution_at(folded)
    if (
        distribution is not None
        and distribution < fstart
        and noun.cls not in ("cell", "plot", "attack", "operation")
    ):
        # "وتوزع هؤلاء بين ستة أشخاص …، و19 شخصا من أجل تحريض الغير على الالتحاق …": every item of a
        # breakdown counts what the figure it breaks down counts, whatever words its item carries
        if sentence_claims and all(c.metric == sentence_claims[0].metric for c in sentence_claims):
            return sentence_claims[0].metric
        if head is not None and not sentence_claims and _BACK_REFERENCE.search(folded):
            return head.metric  # "وتوزع هؤلاء على الشكل التالي: 7 أشخاص …": a breakdown of the figure before
    if _KILLED_BY_IT.search(folded, max(0, fstart - 40), fstart) and _ATTACK_BEFORE.search(
        folded, max(0, fstart - 100), fstart
    ):
        # "the 2003 Casablanca bombings, which killed 45 people": the attack's dead, whatever the sentence counts
        return None
    if noun.found_by == "question":
        return noun.metric  # "Et combien sont revenus ?" — "Au moins 250": the count the question asked for
    if noun.cls == "case" or noun.found_by == "figure":
        # "74 حالة", "ce chiffre s'établissait à 23": a count of the cases the figure before counts
        whole = sentence_claims[-1] if sentence_claims else head
        return whole.metric if whole is not None else None
    if noun.found_by in ("list", "bracket") and sentence_claims:
        return sentence_claims[-1].metric
    if noun.found_by == "list" and head is not None and _distribution_at(folded) is not None:
        return head.metric
    if noun.found_by == "referred" and sentence_claims:
        noun = replace(noun, metric=sentence_claims[-1].metric)  # "137 منهم": of the figure just stated
    # (after a count of fighters or returnees, "1,600 Moroccans went" is counted in their frame)
    fighters_before = head is not None and head.metric.startswith(("fighters_", "returnees"))
    decided = decide_metric(folded, noun, fstart, context, fighters_before, frame)
    if (
        decided not in (None, "persons_arrested")
        and not (decided == "fighters_joined" and fighters_before)  # "2000 jeunes partis", after fighters
        and folded[noun.fstart : noun.fend] in _GENERIC_PEOPLE
        and not any(noun_class(w) for w in folded[max(0, noun.fstart - 30) : noun.fstart].split()[-1:])
    ):
        # "police arrested two men", "Quatre jeunes ont été arrêtés": words for anyone count suspects only as
        # the people an arrest took ("brought home eight men from Syria" is no count of returnees)
        return None
    if (
        decided is None
        and head is not None
        and not sentence_claims
        and noun.cls == "person"
        and head.metric == "persons_arrested"
        and _SAME_PERIOD_AFTER.match(folded, noun.fend)
    ):
        # "… 46 000 personnes interpellées depuis 2002. Le directeur parlait de 4 600 personnes sur la même
        # période": people counted over the period of the arrests before are the same count's
        return head.metric
    if decided is None and head is not None and _THEIR_NUMBER.search(folded, max(0, fstart - 40), fstart):
        # "… 270 عائدا. في المقابل، يقدر المرصد عددهم بحوالي 300 شخص": their number is the figure before's
        return head.metric
    if (
        decided is None
        and sentence_claims
        and sentence_claims[-1].metric in _PEOPLE_METRICS
        and noun.cls in ("person", "fighter")
        and _NEXT_ITEM.search(folded, max(0, fstart - 50), fstart)
    ):
        return sentence_claims[
            -1
        ].metric  # "Parmi eux figurent 189 femmes et 309 enfants": the next item of a list
    if (
        decided in ("fighters_joined", "fighters_in_zone")
        and noun.cls == "fighter"
        and _GROUP_HOLDS.search(folded, max(0, fstart - 80), fstart)
        and not _MOROCCAN_WORD.search(folded, max(0, fstart - 80), min(len(folded), noun.fend + 20))
    ):
        return None  # "وتضم الجماعات الناشطة هناك 3000 مقاتل", "ces groupes comptent 5 000 combattants": their strength
    if decided == "fighters_killed" and (
        _CAUSED_DEATHS.search(folded[max(0, fstart - 30) : fstart])
        or noun.cls != "fighter"
        and _ATTACK_BEFORE.search(folded, max(0, fstart - 60), fstart)
    ):
        return None  # "une attaque qui a fait 17 morts", "تفجير في … أسفر عن 12 قتيلا": the victims, not fighters
    whole = sentence_claims[-1].metric if sentence_claims else None
    of_them = noun.found_by == "verb" and _OF_THEM.match(folded, noun.fstart)
    if whole is None and head is not None and (noun.found_by == "among" or of_them):
        whole = head.metric  # "ومن بين هؤلاء 9 نساء": among the people of the sentence before
    if (
        whole is None
        and head is not None
        and (head.metric == "returnees" or closing is not None and closing.metric == "returnees")
        and noun.found_by == "verb"
        and noun.metric == "persons_arrested"
        and _opens_on_these(folded, fstart)
    ):
        return "returnees_arrested"  # "… 270 sont rentrés. Parmi eux, 137 ont été interpellés": returnees arrested
    if whole == "returnees_arrested" and noun.found_by in ("referred", "among", "list", "verb"):
        if decided in ("returnees", "persons_arrested", None) or noun.metric in (
            "returnees",
            "persons_arrested",
        ):
            return "returnees_arrested"  # "97 returnees … were arrested, 84 of them from Syria"
    if whole == "persons_arrested" and noun.found_by == "verb" and noun.metric == "returnees":
        return "returnees_arrested"  # "… interpellées ; moins de dix d'entre elles étaient revenues"
    if noun.found_by == "verb":
        if noun.metric == "fighters_killed":
            # victims of an attack ("qui avait fait 17 morts") are not fighters
            if _CAUSED_DEATHS.search(folded[max(0, fstart - 30) : fstart]):
                return None
            joined_before = any(c.metric.startswith("fighters") for c in sentence_claims) or (
                # "… 1600 Marocains sont partis combattre. Parmi eux, 250 ont été tués": the fighters counted before
                head is not None
                and head.metric.startswith("fighters")
                and (of_them or _opens_on_these(folded, fstart))
            )
            return "fighters_killed" if joined_before or fighter_frame(folded + " " + context) else None
        if noun.metric == "persons_arrested":
            # "Parmi les revenants des zones de conflit, plus de 130 ont été poursuivis": those pursued are
            # counted among the returnees the sentence opens on
            among = _AMONG_HEAD.search(folded, max(0, fstart - 120), fstart)
            if among is not None and (noun_class(among["noun"]) or (None,))[0] == "returnee":
                return "returnees_arrested"
        if noun.metric == "persons_arrested" and decided in (
            "fighters_detained_abroad",
            "returnees_arrested",
        ):
            # "250 were detained in Syria and Iraq"; "Returnees account for 137 of those prosecuted"
            return decided
        if (
            noun.metric == "persons_arrested"
            and sentence_claims
            and sentence_claims[-1].metric == "returnees"
        ):
            return "returnees_arrested"  # "270 sont rentrés au Maroc et 137 ont été poursuivis en justice"
        if noun.metric == "persons_arrested" and _ON_RETURN.search(
            folded, fstart, min(len(folded), noun.fend + 40)
        ):
            return "returnees_arrested"  # "232 ont été interpellés à leur retour", "arrested on their return"
        return noun.metric
    return decided or noun.metric


# arrested on coming home: "à leur retour", "dès leur arrivée au Maroc", "upon their return", "فور عودتهم"
_ON_RETURN = re.compile(
    r"(?<!\w)(?:(?:à|a|dès|des|lors\s+de)\s+leur\s+(?:retour|rapatriement)|(?:upon|on)\s+(?:their\s+)?(?:return|repatriation)"
    r"|(?:فور|لدي|عند|بعد|اثر)\s+(?:عودتهم|ترحيلهم|رجوعهم))(?!\w)"
)
_OF_WORD = re.compile(r"\s+من\s+(?:بين\s+)?(?:ال)?([\u0621-\u064a]{3,})")


def _of_the_same(folded: str, noun: CountedNoun) -> bool:
    """ "18 خلية من خلايا السنة الماضية", "ثلاث خلايا من الخلايا المفككة": counted among more of the same
    things, the figure is a part of a set (its affiliation is a subset, not the whole figure's)."""
    if noun.fend <= noun.fstart:
        return False
    match = _OF_WORD.match(folded, noun.fend)
    if match is None:
        return False
    found = noun_class(match.group(1))
    return found is not None and found[0] == noun.cls


# "7 de ces cellules", "seven of these cells", "7 من هذه الخلايا": a part of the figure counted before
_OF_THESE = re.compile(
    r"\s*(?:de\s+ces|d'entre\s+ces|parmi\s+ces|of\s+(?:these|those|the)|among\s+(?:these|those)"
    r"|(?:من|بين|من\s+بين)\s+(?:هذه|هاته|تلك|هولاء))(?!\w)"
)


def _refers_back(folded: str, noun: CountedNoun) -> bool:
    """The counted noun is "منها" / "منهم" / "من هؤلاء": the figure is a part of one counted before."""
    return bool(_REFERS_BACK.match(folded[noun.fstart : noun.fend]))


_REFERS_BACK = re.compile(r"[وف]?(?:منه|من\s+|d'entre|of\s+)")


# "أرقام نونبر 2020", "les chiffres de novembre 2020", "the November 2020 figures": the text dates the figure
_DATED_FIGURES = guarded(
    # (with the body's possessive: "في حصيلته لسنة 2019", "تقريرها لسنة 2021")
    r"(?:(?:ارقام|احصاييات|احصاءات|معطيات|بيانات|تقرير)(?:ه|ها)?|حصيل(?:ه|ته|تها)|chiffres|statistiques|bilan|données|rapport|figures"
    r"|statistics|data|tally|report)"
    # ("les chiffres officiels de novembre 2020", "الأرقام الرسمية لسنة 2020": an adjective may stand between)
    r"(?:\s+(?:officiels|officielles|official|الرسميه|latest|derniers|dernières|الاخيره))?"
    r"\s+(?:(?:released|published|publiés?|parus?|صادر|صدر)\s+)?(?:(?:de|du|d'|of|in|en|في|سنه|لسنه)\s+|ل(?=[^\s\d]))?"
    # ("حصيلة نهاية دجنبر 2018", "le bilan de fin décembre 2018", "figures of end of 2018": the end of a month or year)
    r"(?:(?:نهايه|اواخر|fin|end\s+of)\s+)?"
    # ("الأرقام الرسمية لشهر نونبر 2020", "les chiffres du mois de mai 2021": the month named as such)
    r"(?P<when>(?:(?:شهر|mois\s+d[e'])\s*)?(?:[^\s\d]+\s+)?(?:19|20)\d\d)(?!\d)"
    r"|(?P<when_en>(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d)"
    r"\s+(?:figures|statistics|data|tally|toll|report)"
    r"|(?:a|an|the|its|their|un|une|le|la)\s+(?P<when_year>(?:19|20)\d\d)\s+(?:\w+\s+)?(?:report|study|survey|rapport|étude"
    r"|figures|statistics|data|tally)"
    # an earlier announcement of the figure, in the pluperfect: "كانت المديرية قد أعلنت في نونبر 2020 عن تفكيك 207",
    # "avait annoncé en mars 2019", "had reported in May 2021": the figure as it stood then
    r"|(?:(?:كانت|كان)\s+(?:\S+\s+){0,3}قد\s+(?:اعلنت|اعلن|كشفت|كشف|افادت|افاد|اكدت|اكد)"
    r"|(?:avait|avaient)\s+(?:annoncé|fait\s+état|déclaré|indiqué|recensé|comptabilisé)"
    r"|had\s+(?:announced|reported|counted|put\s+the\s+(?:figure|number|toll)))"
    r"\s+(?:في|خلال|en|in)\s+(?P<when_said>(?:[^\s\d]+\s+)?(?:19|20)\d\d)(?!\d)"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _has_dated_figures(folded: str) -> bool:
    """`_DATED_FIGURES.search(folded)`, tested first for "19" and "20": every match holds a year 19xx or
    20xx, most sentences hold neither, and two substring tests cost a tenth of the regex's pass."""
    return ("19" in folded or "20" in folded) and _DATED_FIGURES.search(folded) is not None


# Stocks counted at a moment (people still held in camps or prisons abroad, fighters still in the zone): with
# no date of their own they are what the article knows up to its byline, `cumulative_unspecified` ending at the
# publication date with `as_of` null (CONTRACT.md: `as_of` only when the text itself dates the figure).
_STOCKS = {
    "fighters_detained_abroad",
    "nationals_detained_abroad",
    "fighters_in_zone",
    "fighters_unknown_fate",
}


def _as_of(
    folded: str,
    mention,
    own: PeriodMatch | None,
    claim: ExtractedClaim,
    document: Document,
    dated_in_sentence: bool = True,
) -> str | None:
    """`dated_in_sentence`: whether _DATED_FIGURES matches somewhere in `folded` (found once per sentence)."""
    if own is not None and own.as_of:
        return own.as_of
    # Read up to the number, the text ends there: a match could then be found where the whole sentence has
    # none only by its year's "(?!\d)" meeting that end, i.e. a year written right against a number that
    # starts with a digit. A sentence with no match and no such year needs no search per number.
    if dated_in_sentence or (
        _DIGIT.match(folded, mention.start)
        and _YEAR.fullmatch(folded, max(0, mention.start - 4), mention.start)
    ):
        found = list(_DATED_FIGURES.finditer(folded, max(0, mention.start - 80), mention.start))
    else:
        found = []
    dated = found[-1] if found else None  # the last one before the number
    if dated:
        when = (
            dated.group("when")
            or dated.group("when_en")
            or dated.group("when_year")
            or dated.group("when_said")
        )
        year_only = re.fullmatch(r"(?:19|20)\d\d", when.split()[-1]) and len(when.split()) == 1
        if year_only:
            return when
        for period in find_periods(when, document.published):
            if period.type == "month" and period.start:
                return period.start
            if period.type == "year" and period.start:
                return period.start
    return None


# "قدمتهم الشرطة القضائية أمام العدالة", "la police judiciaire a déféré au parquet", "the judicial police
# referred": the people the judicial police refers to prosecutors (the DGSN's yearly review), a part of all the
# people arrested in terrorism cases, counted apart
_PROSECUTION = re.compile(r"نيابه|parquet|ministère\s+public|ministere\s+public|prosecution|prosecutor")


def _prosecution_speaks(folded: str, attribution: Attribution) -> bool:
    """Whether the prosecution is named in the sentence or is the source speaking (its report)."""
    return _PROSECUTION.search(folded) is not None or (
        attribution.raw is not None and _PROSECUTION.search(fold(attribution.raw)) is not None
    )


_POLICE_SERIES = frozenset({"DGSN", "unspecified", None})
_JUDICIAL_POLICE = re.compile(r"(?:ال|لل)شرطه\s+(?:ال)?قضاييه|police\s+judiciaire|judicial\s+police")
_SEMICOLON = re.compile(r"[;؛]")
_THAT = re.compile(r"(?<![\w])(?:que|qu'|that|ان|بان|انه|بانه)(?![\w])")


def _police_in_speaker_clause(folded: str, start: int) -> bool:
    """Whether the judicial police is named only before a "que"/"that"/"أن" that opens the figure's clause: the
    speaker's title ("Le directeur de la police judiciaire …, a affirmé que plus de 70 personnes …")."""
    named = [m for m in _JUDICIAL_POLICE.finditer(folded, 0, start)]
    if not named or _JUDICIAL_POLICE.search(folded, start):
        return False
    return _THAT.search(folded, named[-1].end(), start) is not None


# "it topped 270 in both 2015 and 2016", "plus de 270 en 2015 comme en 2016", "في كل من سنتي 2015 و2016": one
# figure said of each of two years is a figure for each year (two claims), not a range
_Y2 = r"((?:19|20)\d\d)(?!\d)"
_EACH_YEAR = re.compile(
    rf"(?:\s+[^\s\d.,،;؛]+){{0,4}}?\s+(?:in\s+both\s+{_Y2}\s+and\s+{_Y2}|(?:en\s+)?{_Y2}\s+comme\s+en\s+{_Y2}"
    rf"|à\s+la\s+fois\s+en\s+{_Y2}\s+et\s+en\s+{_Y2}|في\s+كل\s+من\s+(?:سنتي\s+|عامي\s+)?{_Y2}\s+و\s*{_Y2})",
    re.IGNORECASE,
)
_EACH_YEAR_CUE = re.compile(r"in\s+both|comme\s+en|à\s+la\s+fois\s+en|في\s+كل\s+من", re.IGNORECASE)


def _each_year(sentence: Sentence, sentence_claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    out = []
    for claim in sentence_claims:
        match = _EACH_YEAR.match(sentence.text, claim.end - sentence.start)
        if match is None:
            out.append(claim)
            continue
        years = [year for year in match.groups() if year]
        said = match.group().strip()
        for year in years:
            out.append(replace(claim, period=Period("year", year, year, said), evidence=dict(claim.evidence)))
    return out


def _clause_sources(sentence: Sentence, sentence_claims: list[ExtractedClaim]) -> None:
    """ "La DGST faisait état de 207 cellules ; le chiffre dépasse aujourd'hui 220, selon une source
    sécuritaire": a clause after a semicolon that names its own source speaks for its own figures."""
    cuts = [m.end() for m in _SEMICOLON.finditer(sentence.text)]
    for begin, end in zip(cuts, [*cuts[1:], len(sentence.text)], strict=True):
        inside = [c for c in sentence_claims if begin <= c.start - sentence.start < end]
        if not inside or inside[0] is sentence_claims[0]:
            continue
        own = find_attribution(FoldedText(sentence.text[begin:end]))
        if own is not None:
            for claim in inside:
                claim.attribution = Attribution(own.org, own.person, own.raw)


_CLAUSE_OPENING = re.compile(r"(?:^|[.;؛:,،]\s*|\s(?:و|et|and|but|mais)\s+)(?:و|ف)?$")
_COMMA_AFTER = re.compile(r"\s*[,،]")
_CLAUSE_BREAK = re.compile(
    r"[.;؛]|(?<![\w])(?:aujourd'hui|désormais|actuellement|today|now|currently|اليوم|حاليا|الان)(?![\w])"
)


_TOLD_BEFORE = re.compile(
    r"(?<![\w])(?:said|told\s+[\w-]+|announced|reported|gave|cited|a\s+(?:indiqué|déclaré|affirmé|annoncé|avancé|donné)"
    r"|avançait|donnait|évoquait|citait|a\s+évoqué|(?:[وف]?(?:قال|اعلن|اكد|صرح|افاد|قدم)\w*))\s+$"
)


def _told_dates(folded: str, periods: list[PeriodMatch], document: Document) -> list[PeriodMatch]:
    """ "The BCIJ said in January that it had dismantled more than 100 cells since 2015": the earlier months a
    running total was told in (it is as of that month)."""
    if document.published is None:
        return []
    month = document.published.isoformat()[:7]
    return [
        match
        for match in periods
        if match.type == "month"
        and match.start
        and match.start < month
        and _TOLD_BEFORE.search(folded, max(0, match.fstart - 30), match.fstart)
    ]


def _opening_dates(folded: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """The dates that open a clause and are set off by a comma ("En novembre 2020, …")."""
    return [
        match
        for match in periods
        if match.type in ("month", "year")
        and not match.inherit
        and match.relative_year is None
        and match.start
        and (_COMMA_AFTER.match(folded, match.fend) or _TOLD_RIGHT_AFTER.match(folded, match.fend))
        and (match.fstart == 0 or _CLAUSE_OPENING.search(folded, max(0, match.fstart - 8), match.fstart))
    ]


# a year that opens the sentence right before the verb of telling, with no comma: "ففي سنة 2019 تحدثت المديرية عن 190
# خلية منذ 2002", "In 2019 the DGST said …" (the total as it was told then)
_TOLD_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:the|la|le|l')\s*(?:\S+\s+){1,3}?)?(?:[وف]?(?:تحدث|اعلن|قال|كشف|اكد|صرح|افاد|ذكر|اشار|اورد)\w*"
    r"|said|announced|spoke|reported|put|stated|(?:a|avait|faisait)\s+(?:fait\s+état|état|annoncé|indiqué|évoqué))(?![\w])"
)


def _up_to_before(folded: str, periods: list[PeriodMatch], mention) -> str | None:
    """ "By the end of 2023, Moroccan services had dismantled 217 cells since 2002", "وإلى حدود متم سنة 2023، بلغ
    عدد الخلايا المفككة منذ 2002 …": the date the clause opens with dates the running total (as_of)."""
    for period in reversed(periods):
        if period.fend > mention.start or period.type == "since":
            continue  # (the total's own "since 2002" may stand between)
        if (
            period.type == "cumulative_unspecified"
            and period.as_of
            and not _CLAUSE_BREAK.search(folded, period.fend, mention.start)
        ):
            return period.as_of
        return None
    return None


def _running_total_after(folded: str, periods: list[PeriodMatch], opening: PeriodMatch, mention):
    """ "En octobre 2018, le BCIJ recensait 183 cellules démantelées depuis 2002": the figure's own period is the
    running total's after it in its clause; the date opening the clause dates the total (as_of)."""
    if not _opening_dates(folded, [opening]):
        return None
    later = next((p for p in periods if p.fstart >= mention.end), None)
    if (
        later is None
        or later.type != "since"
        or later.fstart - mention.end > 60
        or _CLAUSE_BREAK.search(folded, mention.end, later.fstart)
        or re.search(r"[,،]", folded[mention.end : later.fstart])
    ):
        return None
    return later


def _opening_date(
    folded: str, opening_dates: list[PeriodMatch], mention, period: Period, document: Document
) -> str | None:
    """ "En novembre 2020, la DGST faisait état de 207 cellules démantelées depuis 2002": a running total in a
    clause that opens on an earlier date, set off by a comma, is the total as it stood then (as_of)."""
    for match in opening_dates:
        if match.fend > mention.start:
            break
        if not period.start or match.start[:4] <= period.start[:4]:
            continue
        if document.published is not None and (
            match.start[:4] > str(document.published.year)
            or match.start >= document.published.isoformat()[: len(match.start)]
        ):
            continue  # this year or this month: the figure of the day
        if not _CLAUSE_BREAK.search(folded, match.fend, mention.start):
            return match.start
    return None


_OPENING_WORDS = re.compile(r"\s*(?:[وف]|et|and|but|mais)?\s*(?:(?:في|en|in)\s+)?")
_DIGIT_BETWEEN = re.compile(r"\d")


def _dates_the_count(folded: str, opening: PeriodMatch, mention, own: PeriodMatch) -> bool:
    """Whether `opening` is a date the sentence opens on ("En mai 2025, …", "In February, …", "وفي ماي 2025، …")
    for the figure right after it, whose own period is a "same period" after the number."""
    return (
        opening.type in ("month", "year")
        and (
            _OPENING_WORDS.fullmatch(folded, 0, opening.fstart) is not None
            and re.match(r"\s*[,،]", folded[opening.fend :]) is not None
            or _TOLD_BEFORE.search(folded, max(0, opening.fstart - 30), opening.fstart) is not None
        )
        and _DIGIT_BETWEEN.search(folded, opening.fend, mention.start) is None
        and own.fstart >= mention.end
    )


def _claim_period(
    text: FoldedText,
    mention,
    own: PeriodMatch | None,
    periods: list[PeriodMatch],
    metric: str,
    reading: _Reading,
    attribution: Attribution | None = None,
) -> tuple[Period, str]:
    """The period of a figure (its own words, else what the sentence leans on, else none) and where it
    came from (confidence.py). `own` is the period nearest the figure in its clause."""
    if own is not None and own.inherit:
        stated_before = [
            p for p in periods if p.fend <= own.fstart and not p.inherit and p.relative_year is None
        ]
        same_year = _SAME_YEAR.search(text.folded, own.fstart, own.fend) is not None
        if same_year:  # "خلال السنة ذاتها", "la même année": the last year stated, not a longer period
            stated_before = [p for p in stated_before if p.type == "year"]
        if (
            stated_before
            and reading.stated_period is not None
            and reading.stated_period.type == "since"
            and _dates_the_count(text.folded, stated_before[-1], mention, own)
        ):
            # "En mai 2025, le directeur en comptait 218 sur la même période" after "… depuis 2002", "celui
            # qu'avançait en mai le directeur, qui parlait de 4 600 personnes sur la même période": the date says
            # when the running total stood so (its as_of), the period is the one stated before
            stated_before = []
        if stated_before:  # "في 2022 ... وخلال الفترة ذاتها": the antecedent in the same sentence comes first
            antecedent = stated_before[-1]
            resolved = (
                _creation_period(text, antecedent, reading)
                if antecedent.creation
                else _period(text, antecedent)
            )
            return _copy(resolved, text=_period(text, own).text), "antecedent"
        if same_year and reading.stated_year:
            return _copy(reading.stated_year, text=_period(text, own).text), "antecedent"
        if reading.stated_period and not own.year_only:
            return _copy(reading.stated_period, text=_period(text, own).text), "antecedent"
        return _period(text, own), "none"
    if own is not None and own.relative_year is not None:
        return _relative_year(text, own, periods, reading), "antecedent"
    if own is not None and own.type == "event" and metric in _CUMULATIVE_BY_NATURE | _STOCKS:
        own = None  # "يوم الأربعاء" dates an announcement, not a running total or a stock
    if own is not None and own.creation:
        return _creation_period(text, own, reading), "own"
    if own is not None:
        return _period(text, own), "own"
    if _BACK_REFERENCE.search(text.folded) and reading.head_claim is not None:
        return _copy(_whole_period(reading), text=None), "back_reference"
    if reading.event is not None and metric not in _CUMULATIVE_BY_NATURE | _STOCKS:
        return _copy(reading.event, text=None), "event"
    if reading.restated_head and reading.head_claim is not None and metric == reading.head_claim.metric:
        return _copy(reading.head_claim.period, text=None), "carried"  # a part of the figure named again
    carried = _carried_period(text, periods, metric, attribution, reading)
    if carried is not None:
        return carried, "carried"
    if metric in _CUMULATIVE_BY_NATURE or metric in _STOCKS:
        return Period("cumulative_unspecified"), "by_nature"
    if (
        metric in _OPERATION_COUNTS
        and mention.value < _ONE_OPERATION_AT_MOST
        and _OPERATION_VERB.search(text.folded)
    ):
        # "تمكنت عناصر المكتب من توقيف ثلاثة أشخاص", "The 12 suspects were arrested in nine cities": the
        # arrests of one operation, undated
        return Period("event"), "operation"
    return Period("unspecified"), "none"


# Counts of one operation's arrests, told by a verb of the operation in the perfective (not a habit: "on ne
# démantèle plus", "يتم توقيف")
_OPERATION_COUNTS = {"persons_arrested"}
# ("واعتقلت 2963 شخصا" beside 168 cells, "1256 suspects were arrested": hundreds of arrests are a tally of many
# operations, not one raid; with no period of their own, their period is not known)
_ONE_OPERATION_AT_MOST = 100
_OPERATION_VERB = guarded(
    r"(?<![\w])(?:[وف]?(?:اوقفت|اوقف|اعتقلت|اعتقل|تم\s+توقيف|تم\s+اعتقال|من\s+توقيف|من\s+اعتقال|توقيف)"
    r"|(?:ont|a)\s+été\s+(?:interpellés?|interpellées?|arrêtés?|arrêtées?)|ont\s+(?:interpellé|arrêté)|a\s+(?:interpellé|arrêté)"
    r"|(?:were|was|have\s+been|had\s+been)\s+arrested)(?![\w])"
)
# Periods a report's later figures go on counting in when they state none of their own: a running total
# "since 2015", a range, the year so far, the last N years, a year's review.
_CARRIED_TYPES = {"since", "range", "year_to_date", "last_n_years", "year"}
# The figures of security operations (fighters and returnees are running totals of their own).
_CARRIED_METRICS = {
    "cells_dismantled",
    "persons_arrested",
    "plots_foiled",
    "returnees_arrested",
    "joint_operations",
}


def _carried_period(
    text: FoldedText,
    periods: list[PeriodMatch],
    metric: str,
    attribution: Attribution | None,
    reading: _Reading,
) -> Period | None:
    """A figure stated with no period, in a sentence that states none, by the source that gave the figure
    before (the report goes on: "The bureau's operations also led to 1,357 arrests", "وأضاف المسؤول أن
    ثلاثا من الخلايا الخمس …"): it counts in that figure's period."""
    head = reading.head_claim
    if head is None or not reading.head_period_shared or metric not in _CARRIED_METRICS:
        return None
    if head.metric not in _CARRIED_METRICS or head.period.type not in _CARRIED_TYPES or not head.period.start:
        return None
    if any(not p.inherit for p in periods):
        return None  # the sentence dates something itself: its figures are not the report's running ones
    if (
        attribution is None
        or attribution.org in (None, "unspecified")
        or attribution.org != head.attribution.org
    ):
        return None
    return _copy(head.period, text=None)


def _whole_period(reading: _Reading) -> Period:
    """The period "these operations" cover: the one of the sentence before, or when it gave one figure per
    year ("14 en 2017 et 11 en 2018"), all of them: the earliest running total, or from the first year to
    the last (up to now when its last item is this year's)."""
    head = reading.head_claim
    spans = reading.head_periods
    if reading.head_period_shared or len(spans) < 2:
        return head.period
    since = [p for p in spans if p.type == "since" and p.start]
    if since:
        return min(since, key=lambda p: p.start)
    starts = [p.start[:4] for p in spans if p.start and p.type in ("year", "year_to_date", "month", "range")]
    if not starts or len(starts) < len(spans):
        return head.period
    if any(p.type == "year_to_date" for p in spans):
        current = next(p for p in spans if p.type == "year_to_date")
        return Period("since", min(starts), current.end)
    ends = [(p.end or p.start)[:4] for p in spans]
    return Period("range", min(starts), max(ends))


# How a part of the figure before is found ("منهم 130", "و19 سنة 2016", "dont 12")
# "ومنذ تعيينه على رأس المكتب في دجنبر 2020، لم يفوت مناسبة للتذكير بأن 1659 …", "Depuis sa nomination en
# décembre 2020, il rappelle que …", "Since taking office in 2020, he has repeated that …": the date is when
# the official took office and has been telling the figure since, not the figure's period
# A clause about the speaker joined to what they say: "… since 2013 and says", "… depuis 2015 et estime que",
# "… منذ 2014 ويقول إن"
_SPEAKER_THEN_SAYS = re.compile(
    r"(?:\s(?:and|et)\s+(?:says|said|estimates|believes|notes|dit|affirme|estime|explique|souligne)"
    r"|\s[وف](?:يقول|يرى|يقدر|يوكد|قال|اكد))(?![\w])"
)
_TENURE_WORDS = re.compile(
    r"تعيين|تولي|تنصيب|nomination|arrivée|prise\s+de\s+fonction|appointment|took\s+office|taking\s+office"
)
_TENURE_DATE = guarded(
    r"(?:منذ|depuis|since)\s+(?:(?:sa|son|his|her|its)\s+)?"
    r"(?:تعيين|تولي|تنصيب|nomination|arrivée|prise\s+de\s+fonctions?|appointment|taking\s+office|took\s+office"
    r"|he\s+took\s+office|she\s+took\s+office)"
    r"[^.;؛]{0,80}?[,،][^.;؛]{0,120}?(?:[\s\w]ب?ان|\sque|\squ'|\sthat)\s+[^.;؛]*$"
)
_DERIVED = re.compile(
    r"(?:ما|مما)\s+يعني\s+(?:ان\s+)?(?:\S+\s+){0,4}$|which\s+means\s+(?:that\s+)?(?:\S+\s+){0,4}$"
    r"|ce\s+qui\s+(?:signifie|veut\s+dire)\s+(?:que\s+|qu')?(?:\S+\s+){0,4}$"
)
# an average rate, right before its number ("ما معدله"، "بمعدل"، "en moyenne", "an average of", "on average")
_AVERAGE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ما\s+)?معدله|(?<!\w)بمعدل|(?<!\w)في\s+المتوسط|(?<!\w)متوسط|en\s+moyenne|une\s+moyenne\s+de"
    r"|an\s+average\s+of|on\s+average|averag(?:e|ed|ing))\s+(?:\S+\s+)?$"
)
# a future or conditional verb whose object is the number: what a plan would involve, not what happened
# ("would involve", "will concern", "devrait concerner", "concernerait", "ستشمل", "من المنتظر أن تشمل")
_PROJECTED = re.compile(
    r"(?<![\w])(?:would|will)\s+(?:\w+\s+)?(?:involve|concern|include|affect|cover|benefit|number|total)"
    r"\s+(?:\S+\s+){0,5}$"
    r"|(?<![\w])(?:devrai(?:t|ent)|pourrai(?:t|ent))\s+(?:concerner|toucher|impliquer|inclure|bénéficier\s+à)"
    r"\s+(?:\S+\s+){0,5}$"
    r"|(?<![\w])(?:concerner|toucher|impliquer|inclure)(?:ait|aient|a|ont)\s+(?:\S+\s+){0,5}$"
    r"|(?<![\w])(?:ستشمل|سيشمل|ستهم|سيهم|سوف\s+(?:تشمل|يشمل)|(?:من\s+)?(?:المنتظر|المتوقع)\s+ان\s+(?:تشمل|يشمل|تهم|يهم))"
    r"\s+(?:\S+\s+){0,5}$"
)
# people counted as the beneficiaries of a programme after their number ("312 معتقلا … استفادوا من برنامج",
# "120 détenus ont bénéficié du programme", "90 inmates have benefited from the scheme"): a programme's intake,
# no arrest, detention or return the contract counts
_BENEFICIARIES_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,6}?(?:استفادوا|استفاد|استفدن|يستفيدون|ont\s+bénéficié|bénéficient|ont\s+profité"
    r"|(?:have\s+|had\s+)?benefited|benefit\s+from)(?![\w])"
)
# a sum of money ("4.2 billion dirhams", "12 millions de DH", "3 مليارات درهم", "€5m"): never a count of people or cells
_MONEY_AFTER = re.compile(
    r"\s*(?:(?:de\s+|d')|(?:من\s+)?ال)?(?:dirhams?|dhs?|mad|euros?|dollars?|usd|eur|درهم|دراهم|دولار|دولارات|اورو|يورو"
    r"|اوروهات|ريال)(?![\w])"
)
_MONEY_BEFORE = re.compile(r"(?:[$€£]|(?<![\w])(?:mad|usd|eur|dh)\s*)$")
# the number of the people a figure is credited to: "according to two members present", "selon trois députés",
# "حسب عضوين", "citing two officials": its sources, not a count
_SOURCES_BEFORE = re.compile(
    r"(?<![\w])(?:according\s+to|citing|quoting|selon|d'après|citant|حسب|بحسب|وفق|وفقا\s+ل|نقلا\s+عن|استنادا\s+الي)"
    r"\s+(?:(?:the|some|at\s+least|les|des|au\s+moins)\s+)?$"
)
# what a number of them would suffice for: "خلية واحدة ناجحة تكفي", "une seule cellule suffit", "two cells would be
# enough": a hypothesis of the writer, not a count
_SUFFICES_AFTER = re.compile(
    r"\s+(?:[^\s\d]+\s+){0,2}?(?:تكفي|يكفي|تكفيان|يكفيان|كافيه|كافيا|كفيله|كفيل|suffit|suffirait|suffisent|suffiraient"
    r"|suffices?|(?:would\s+be|is|are|was|were|could\s+be)\s+enough)(?![\w])"
)
_PART_NOUNS = {"referred", "among", "list", "verb", "bracket"}
_RELATED_LINK = re.compile(
    r"\s*(?:[-–•*]\s*)?(?:(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|read\s+(?:also|more)|see\s+also"
    r"|related\s*:|اقرا\s+(?:ايضا|كذلك)|شاهد\s+ايضا)\s*[:：-]?"
)
# A correction: the outlet quotes what it printed before ("Dans notre édition du 14 mars, nous avons écrit que",
# "An earlier version of this article said", "ورد خطأ في مقالنا", "كتبنا أن") in an article that corrects it.
_WITHDRAWN = re.compile(
    r"nous\s+avons\s+(?:écrit|indiqué|annoncé|publié|affirmé|avancé)|par\s+erreur|(?<![\w])we\s+(?:wrote|reported"
    r"|said|stated|published)|(?:earlier|previous)\s+version\s+of\s+this|incorrectly|erroneously|wrongly"
    r"|(?<![\w])(?:كتبنا|نشرنا|اوردنا|ذكرنا)(?![\w])|(?<![\w])(?:خطا|سهوا)(?![\w])"
)
_CORRECTION = re.compile(
    r"rectificatif|erratum|(?<![\w])correction|(?<![\w])corrigendum|تصحيح|تصويب|استدراك|chiffre\s+exact"
    r"|correct\s+figure|الرقم\s+الصحيح"
)
_THIS_OPERATION = re.compile(
    r"\s*[وف]?(?:ب|مع)?(?:هذه|هاته)\s+(?:العمليه|الضربه|العمليات)(?![\w])"
    r"|\s*(?:avec|par|après)\s+cette\s+(?:opération|arrestation|intervention)"
    r"|\s*(?:with|after|following)\s+this\s+(?:operation|raid|arrest)"
    # the operation as the subject that raises the count: "Ce coup de filet porte à …", "This raid brings …"
    r"|\s*(?:ce|cette|cet)\s+(?:nouvel(?:le)?\s+|dernier\s+|dernière\s+)?(?:opération|coup\s+de\s+filet|arrestation"
    r"|intervention)\s+(?:porte|fait\s+passer|élève|hisse)(?![\w])"
    r"|\s*(?:this|the\s+latest)\s+(?:operation|raid|arrest|sweep)\s+(?:brings|raises|takes|pushes)(?![\w])"
)
# "À la même date", "at the same date", "في التاريخ نفسه": the figure as it stood when the one before was dated
_SAME_DATE = guarded(
    r"(?<![\w])(?:(?:à|a)\s+la\s+même\s+date|(?:at|on|by)\s+the\s+same\s+date|(?:في|الي)\s+(?:نفس\s+التاريخ"
    r"|التاريخ\s+(?:نفسه|ذاته)))(?![\w])"
)
_SAME_YEAR = re.compile(r"السنه|العام|année|year")

# Bodies whose creation a text dates a total from ("منذ إحداثه", "since its creation").
_CREATED = (("BCIJ", "2015", re.compile(r"bcij|البسيج|المكتب\s+المركزي|bureau\s+central|central\s+bureau")),)


def _creation_period(text: FoldedText, own: PeriodMatch, reading: _Reading) -> Period:
    """ "منذ إحداثه": since the creation of the body the sentence (or its source) speaks of."""
    for org, year, pattern in _CREATED:
        source = reading.source.org if reading.source else None
        if pattern.search(text.folded) or source == org or pattern.search(reading.title):
            return Period("since", year, own.end, _period(text, own).text)
    return Period("since", None, own.end, _period(text, own).text)


def _relative_year(
    text: FoldedText, own: PeriodMatch, periods: list[PeriodMatch], reading: _Reading
) -> Period:
    """ "في السنة التي قبلها": the year before the one stated in this sentence (or the last one stated)."""
    if own.ordinal:
        return _ordinal_year(text, own, periods, reading)
    years = [p for p in periods if p.type == "year" and p.start and p.relative_year is None]
    # the year the relative one counts from is the last stated before it ("سنة 2015، و19 في السنة التي تلتها")
    anchors = [p.start for p in years if p.fend <= own.fstart] or [p.start for p in years]
    if not anchors and reading.stated_period and reading.stated_period.start:
        anchors = [reading.stated_period.start]
    if not anchors:
        return Period("unspecified", text=_period(text, own).text)
    year = int(anchors[-1][:4]) + own.relative_year
    return Period("year", str(year), None, _period(text, own).text)


def _ordinal_year(
    text: FoldedText, own: PeriodMatch, periods: list[PeriodMatch], reading: _Reading
) -> Period:
    """ "في السنة الأولى", "la deuxième année": counted from the first year of the total stated before it (in
    this sentence, else the figures of the sentence before)."""
    starts = [p.start[:4] for p in periods if p.start and p.fend <= own.fstart and p.relative_year is None]
    if not starts:
        starts = [p.start[:4] for p in reading.head_periods if p.start]
    if not starts and reading.stated_period and reading.stated_period.start:
        starts = [reading.stated_period.start[:4]]
    if not starts:
        return Period("unspecified", text=_period(text, own).text)
    year = int(min(starts)) + own.relative_year
    return Period("year", str(year), None, _period(text, own).text)


def _copy(period: Period, **changes) -> Period:
    return replace(period, **changes)


# "Combien de Marocains ont rejoint …?", "How many have come back?", "كم مقاتلا عاد …؟": what a question asks to count
_HOW_MANY = re.compile(r"(?<![\w])(?:combien|how\s+many|كم(?:\s+من)?)(?![\w])")


def _asked_noun(question: str, context: str) -> CountedNoun | None:
    """What a question asks to count ("Et combien sont revenus ?": returnees), with its metric; None when it asks
    no count, or a count of nothing the engine tracks."""
    match = _HOW_MANY.search(question) if question.rstrip().endswith(("?", "؟")) else None
    if match is None:
        return None
    noun = noun_after(question, match.end()) or noun_of_verb(question, match.end())
    if noun is None:
        return None
    metric = decide_metric(question, noun, match.start(), context)
    return CountedNoun(noun.cls, noun.fstart, noun.fend, metric=metric) if metric is not None else None


def _counted_numbers(
    text: FoldedText,
    periods: list[PeriodMatch],
    last_noun: CountedNoun | None,
    budget: WorkBudget = NO_BUDGET,
    previous_folded: str = "",
    asked: CountedNoun | None = None,
) -> list[tuple[NumberMention, CountedNoun]]:
    """Numbers of the sentence that count a noun, with that noun (`last_noun` is what "منهم" refers to)."""
    folded = text.folded
    found: list[tuple[NumberMention, CountedNoun]] = []
    mentions = find_numbers(folded)
    budget.spend(NUMBER_COST * len(mentions))  # each number's look-ups, before they are made
    inside_period = _inside_any(periods)
    for mention in mentions:
        if inside_period(mention.start) or not _is_count(folded, mention):
            continue
        if mention.value == 1 and _ONE_DESCRIBED.match(folded, mention.end):
            continue  # "One suspect arrested in Berrechid had tried to reach Mali": one of them described, no count
        if may_match(_DERIVED.pattern, folded) and _DERIVED.search(
            folded, max(0, mention.start - 40), mention.start
        ):
            continue  # "ما يعني أن أزيد من سبع خلايا …": the reporter's own arithmetic, not a stated figure
        spread = may_match(_SPREAD_BEFORE.pattern, folded) and _SPREAD_BEFORE.search(
            folded, max(0, mention.start - 30), mention.start
        )
        if spread and not _looks_like_year(mention) and not _YEAR.fullmatch(spread["low"]):
            continue  # "entre 5 et 10 cellules par an": a spread of yearly values, no single figure
        if may_match(_AVERAGE_BEFORE.pattern, folded) and _AVERAGE_BEFORE.search(
            folded, max(0, mention.start - 30), mention.start
        ):
            continue  # "ما معدله عشرون خلية في السنة", "une moyenne de 20 cellules": an average, not a count
        if may_match(_PROJECTED.pattern, folded) and _PROJECTED.search(
            folded, max(0, mention.start - 50), mention.start
        ):
            continue  # "The repatriation would involve 100 to 150 people": a plan's projection, not a count
        if may_match(_BENEFICIARIES_AFTER.pattern, folded) and _BENEFICIARIES_AFTER.match(
            folded, mention.percent_end or mention.end
        ):
            continue  # "312 معتقلا … استفادوا من برنامج مصالحة": a programme's beneficiaries, not a count of ours
        if _SOURCES_BEFORE.search(folded, max(0, mention.start - 40), mention.start) and not _looks_like_year(
            mention
        ):
            continue  # "…, the chief told the committee, according to two members present": the sources
        if not mention.is_percent and (
            _MONEY_AFTER.match(folded, mention.end)
            or _MONEY_BEFORE.search(folded, max(0, mention.start - 5), mention.start)
        ):
            continue  # "the budget rose to 4.2 billion dirhams": an amount of money, not a count
        noun = noun_after(folded, mention.percent_end or mention.end)
        if noun is None and not mention.is_percent and not _looks_like_year(mention):
            noun = _part_of_whole_ahead(folded, mention)
        if noun is None and mention.value == 1 and mention.kind == "words":
            noun = _noun_before_one(folded, mention)  # "خلية واحدة": the noun comes first
        if noun is not None and _SUFFICES_AFTER.match(folded, max(mention.end, noun.fend)):
            continue  # "خلية واحدة ناجحة تكفي لإحداث مأساة", "a single cell is enough": a hypothesis, not a count
        if noun is None and not _looks_like_year(mention):
            noun = noun_of_verb(folded, mention.percent_end or mention.end)
        if noun is None and mention.kind != "approximate":
            noun = noun_before(folded, mention.start)
            if noun is None:
                noun = noun_of_copula(folded, mention.start)  # "les femmes étaient 12 en 2023"
            if noun is not None and _looks_like_year(mention):
                noun = None
        if noun is None and not _looks_like_year(mention):
            noun = noun_referred(
                folded,
                mention.start,
                mention.percent_end or mention.end,
                found[-1][1] if found else last_noun,
            )
        if (
            noun is not None
            and noun.found_by == "referred"
            and found
            and found[-1][1].subset
            and not _CLAUSE_BREAK_CHAR.search(folded, found[-1][1].fend, noun.fstart)
        ):
            # "288 امرأة التحقن بسوريا عادت منهن 99": a part of the women of its own clause are women (after a
            # comma, "منهم" may point back past a list of parts to the whole: "… و391 قاصرا، لقي 745 منهم حتفهم")
            noun = replace(noun, subset=found[-1][1].subset)
        if (
            noun is not None
            and noun.found_by in ("verb", "referred")
            and noun.subset is None
            and found
            and found[-1][1].subset in ("women", "minors")
            and all(
                counted.subset == found[-1][1].subset for _, counted in found
            )  # not "226 femmes et 300 enfants"
            and _PART_OF_THE_FIGURE_BEFORE.fullmatch(folded, found[-1][0].end, mention.start)
        ):
            # "226 femmes ont rejoint la région, dont 52 sont revenues": a part of the women just counted are women
            noun = replace(noun, subset=found[-1][1].subset)
        if noun is None and not _looks_like_year(mention):
            noun = _noun_of_list_ahead(folded, mention)  # "296 و251 و188 مشتبها فيه": the last item's noun
        if noun is None and found and _AMONG_THEM.search(folded[max(0, mention.start - 16) : mention.start]):
            # "من بينهم 54 من ذوي السوابق": a part of the figure before, counted in its noun
            noun = CountedNoun(found[-1][1].cls, mention.end, mention.end, found_by="among")
        if (
            noun is None
            and (found or last_noun is not None and _distribution_at(folded) is not None)
            and not _looks_like_year(mention)
            and _IN_CITY.match(folded, mention.end)
        ):
            # "توقيف 4 أشخاص، 3 بالدار البيضاء و1 بالعيون", "وتوزع الموقوفون كالتالي: ٣ بطنجة و٢ بتطوان": the
            # members of the operation by city count what the whole counts
            counted = found[-1][1] if found else last_noun
            noun = CountedNoun(counted.cls, mention.end, mention.end, metric=counted.metric, found_by="list")
        if noun is None and found and not _looks_like_year(mention):
            noun = _list_item(folded, mention, found[-1])
        if noun is None and found and not _looks_like_year(mention):
            noun = _compared_item(folded, mention, found[-1][1])
        if noun is None and found and not _looks_like_year(mention) and _the_rest(folded, mention):
            # "85 of them were linked to Islamic State, the other six to …", "les six autres": the rest of the
            # whole the sentence splits, counted as its parts are
            noun = CountedNoun(
                found[-1][1].cls, mention.end, mention.end, metric=found[-1][1].metric, found_by="list"
            )
        if noun is None and found and not _looks_like_year(mention):
            noun = _bracketed_part(folded, mention, found[-1])
        if noun is None and not _looks_like_year(mention):
            noun = _partition_head(folded, mention)
        if noun is None and not found and last_noun is not None and not _looks_like_year(mention):
            noun = _opening_partition(folded, mention, last_noun)
        if noun is None and not _looks_like_year(mention) and (found or last_noun) and not mention.is_percent:
            # "ce chiffre s'établissait à 23", "قبل أن يتراجع العدد إلى 20 … ثم يرتفع إلى 29": the figure
            # the text has been giving, at another time (a share that "rose to 40 %" is no count at another time)
            if _THE_FIGURE.search(folded, max(0, mention.start - 50), mention.start):
                counted = found[-1][1] if found else last_noun
                noun = CountedNoun(
                    counted.cls, mention.end, mention.end, metric=counted.metric, found_by="figure"
                )
        if (
            noun is None
            and not _looks_like_year(mention)
            and (found or last_noun)
            and _estimate_of_the_figure(folded, mention.start)
        ):
            # "Our own estimate, based on court records, is nearly 1,700": another count of what the figure before
            # counts (in this sentence or the one before), with no noun of its own
            counted = found[-1][1] if found else last_noun
            noun = CountedNoun(
                counted.cls, mention.end, mention.end, metric=counted.metric, found_by="figure"
            )
        if noun is None and not found and last_noun is not None and _year_by_year_item(folded, mention):
            # "The yearly breakdown, as read out by Habboub: 21 in 2015, 19 in 2016, …", "وتوزعت حسب السنوات كالتالي:
            # 21 سنة 2015 …": the items of a year-by-year list count what the figure before counts
            noun = CountedNoun(
                last_noun.cls, mention.end, mention.end, metric=last_noun.metric, found_by="list"
            )
        if noun is None and last_noun is not None and _labelled_item(folded, mention, previous_folded):
            # "2015: 21 cells" then "2016: 19": a chronology's later lines leave the first one's noun to it
            noun = CountedNoun(
                last_noun.cls, mention.end, mention.end, metric=last_noun.metric, found_by="list"
            )
        if noun is None and not _looks_like_year(mention):
            noun = _clitic_antecedent(folded, mention, last_noun, previous_folded)
        if (
            noun is None
            and not _looks_like_year(mention)
            and _THEIR_NUMBER.search(folded, max(0, mention.start - 30), mention.start)
        ):
            # "أما الذين عادوا إلى المغرب فعددهم 270", "leur nombre est de 270": people counted by a pronoun
            noun = CountedNoun("person", mention.end, mention.end, found_by="before")
        if noun is None and not _looks_like_year(mention) and "number of th" in folded:
            # "The number of those who have returned reached 270": people named by what they did
            those = _NUMBER_OF_THOSE.search(folded, max(0, mention.start - 120), mention.start)
            if those is not None:
                cls = "returnee" if those["returnee"] else "fighter"
                noun = CountedNoun(cls, mention.end, mention.end, found_by="before")
        if noun is None and asked is not None and not found and not _looks_like_year(mention):
            # the answer's first figure without a noun: what the question before asked to count
            noun = CountedNoun(asked.cls, mention.end, mention.end, metric=asked.metric, found_by="question")
        if noun is not None:
            found.append((mention, noun))
    counted_spans = [(noun.fstart, noun.fend) for _, noun in found]
    if any_dual(arabic_words(folded)):  # most sentences have none: no walk over their words then
        for match in _WORD.finditer(folded):
            if is_dual(match.group()) and (match.start(), match.end()) not in counted_spans:
                noun = noun_after(folded, match.start())
                if noun is not None:
                    found.append((NumberMention(match.start(), match.end(), 2, "dual"), noun))
    return sorted(found, key=lambda pair: pair[0].start)


# "758 of the 1,579 Moroccans", "758 out of 1,579 fighters", "758 des 1579 combattants", "758 من أصل 1579 مقاتلا":
# a part named before its whole
_OF_THE_WHOLE = re.compile(r"\s+(?:out\s+of(?:\s+the)?|of\s+the|sur\s+les|des|من\s+اصل|من\s+مجموع)\s+(?=\d)")


def _part_of_whole_ahead(folded: str, mention: NumberMention) -> CountedNoun | None:
    """The noun of the whole a part is named before ("758 of the 1,579 Moroccans … had joined ISIS"), as a part's
    noun of its own (empty, where the part ends)."""
    ahead = _OF_THE_WHOLE.match(folded, mention.end)
    if ahead is None:
        return None
    whole = next((m for m in find_numbers(folded[ahead.end() : ahead.end() + 16]) if m.start == 0), None)
    if whole is None or whole.value <= mention.value:
        return None
    noun = noun_after(folded, ahead.end() + whole.end)
    if noun is None:
        return None
    return CountedNoun(noun.cls, noun.fstart, noun.fend, noun.subset, found_by="whole_ahead")


# The later items of a list of figures that share one noun, written after the last: "، 251 و188", ", 251 et 188"
# (no year among them: "296 في 2018 و2019" is one figure over two years)
_LIST_AHEAD = re.compile(
    r"(?:\s*[,،]\s*(?:(?:و|et|and)\s*)?|\s+(?:و|et|and)\s*|\s*و)(?!(?:19|20)\d\d(?!\d))\d+(?:[.,\u202f\u00a0 ]\d{3})*(?!\d)"
)


_JOINED_ITEM = re.compile(r"\s*(?:[,،]\s*)?(?:و|et\s|and\s)")
_SPAN_OPENS = re.compile(r"(?<![\w])(?:بين|entre|between|from|de|aged|من)\s*$")


def _noun_of_list_ahead(folded: str, mention: NumberMention) -> CountedNoun | None:
    """ "296 و251 و188 مشتبها فيه", "12, 9 et 7 cellules": an item of a list whose noun follows its last item."""
    if _SPAN_OPENS.search(folded, max(0, mention.start - 12), mention.start):
        return None  # "entre 5 et 10 cellules par an": the low end of a spread, not an item
    end, joined = mention.end, False
    while (item := _LIST_AHEAD.match(folded, end)) is not None:
        end, joined = item.end(), _JOINED_ITEM.match(item.group()) is not None
    if not joined:
        return None  # "en page 34, 1 659 Marocains": a list's last item is joined by "و", "et", "and"
    noun = noun_after(folded, end)
    return replace(noun, found_by="list") if noun is not None else None


# "296 و251 و188 … في سنوات 2018 و2019 و2020 على التوالي", "en 2018, 2019 et 2020 respectivement": the figures
# of a list, one per year of the list in order
_RESPECTIVELY = re.compile(r"(?<!\w)(?:على\s+التوالي|respectivement|respectively)(?!\w)")
_YEAR_LIST = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:\s*(?:[,،]\s*(?:(?:و|et|and)\s*)?|\s+(?:و|et|and)\s*|\s*و)(?:19|20)\d\d)+(?!\d)"
)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _respectively(sentence: Sentence, sentence_claims: list[ExtractedClaim]) -> None:
    cue = _RESPECTIVELY.search(sentence.text)
    if cue is None:
        return
    lists = [
        m
        for m in _YEAR_LIST.finditer(sentence.text, 0, cue.start())
        if m.start() > sentence_claims[-1].end - sentence.start
    ]
    if not lists:
        return
    years = _A_YEAR.findall(lists[-1].group())
    metric = sentence_claims[0].metric
    figures = [c for c in sentence_claims if c.metric == metric and c.unit == sentence_claims[0].unit]
    if len(figures) != len(years) or len(figures) != len(sentence_claims):
        return
    for claim, year in zip(figures, years, strict=True):
        claim.period = Period("year", year, year, year)
        claim.evidence["period"] = "own"
        claim.confidence = confidence(claim)


_YEARLY = guarded(
    r"(?:year(?:ly|-by-year|\s+by\s+year)|per\s+year|each\s+year|annual|par\s+an(?:née)?|année\s+par\s+année|annuel"
    r"|حسب\s+السنوات|سنه\s+بسنه|سنويا|(?:ال)?سنوي)[^:]{0,60}:\s*$"
)
_IN_A_YEAR = re.compile(r"\s+(?:in|en|في|سنه|عام)\s+(?:19|20)\d\d(?!\d)")


def _year_by_year_item(folded: str, mention: NumberMention) -> bool:
    """The first item of a list of figures by year announced as such before a colon, with no noun of its own."""
    return (
        not _looks_like_year(mention)
        and _IN_A_YEAR.match(folded, mention.end) is not None
        and _YEARLY.search(folded, max(0, mention.start - 120), mention.start) is not None
    )


def _labelled_item(folded: str, mention: NumberMention, previous_folded: str) -> bool:
    """A line that is only a year, a colon and a number, after a line that opened on a year and a colon."""
    return (
        _YEAR_LABEL.fullmatch(folded, 0, mention.start) is not None
        and _LINE_REST.fullmatch(folded, mention.end) is not None
        and _YEAR_LABEL.match(previous_folded) is not None
    )


def _qualifier_start(folded: str, mention: NumberMention) -> int:
    """Where the number's phrase begins: at its qualifier ("more than 100", "plus d'une centaine") if any."""
    start = mention.start
    qualifier = find_qualifier(folded, mention.start, mention.end)
    if qualifier.fstart is not None:
        start = min(start, qualifier.fstart)
    if mention.approximate:
        bound = _APPROXIMATE_BOUND.search(folded, max(0, mention.start - 14), mention.start)
        if bound is not None:
            start = min(start, bound.start())
    return start


# What may stand between an item's joiner and its number: its own year, then a word for its total ("وفي 2016 ما مجموعه
# 244", "et en 2016, au total, 244", "and in 2016 a total of 244")
_ITEM_LEAD = re.compile(
    r"(?:(?:[وف]?(?:في|خلال)|(?:[وف]?|ل)(?:سنه|عام)|en|in|during)\s+)?(?:19|20)\d\d\s*[,،]?\s*"
    r"(?:(?:ما\s+)?مجموعه|(?:a\s+)?total\s+of|au\s+total\s*,?|un\s+total\s+de|في\s+المجموع)\s*$"
)


def _list_item(
    folded: str, mention: NumberMention, previous: tuple[NumberMention, CountedNoun]
) -> CountedNoun | None:
    """ "21 خلية سنة 2015 و19 سنة 2016": an item of an enumeration counts what its first item counts."""
    previous_mention, previous_noun = previous
    gap_start = max(previous_mention.percent_end or previous_mention.end, previous_noun.fend)
    if mention.start - gap_start > 120:
        return None
    before = folded[max(0, gap_start - 20, mention.start - 40) : mention.start]
    if not _LIST_JOINER.search(before):
        # the joiner may stand before the item's qualifier ("six cells in 2024 and more than 100 since 2015"), or
        # before the item's own year and a word for its total ("، وفي 2016 ما مجموعه 244", "and in 2016 a total of 244")
        start = _qualifier_start(folded, mention)
        lead = _ITEM_LEAD.search(folded, max(0, gap_start, start - 50), start)
        if lead is not None:
            start = lead.start()
        if start == mention.start:
            return None
        before = folded[max(0, gap_start - 20, start - 40) : start]
        if not _LIST_JOINER.search(before):
            return None
    if _RANGE_BEFORE.search(before):
        return None
    breakdown = _distribution_at(folded)  # "توزعوا بين 223 عادوا … و52 قدموا من ليبيا"
    in_breakdown = breakdown is not None and breakdown < mention.start
    # ("منهم 1060 بسوريا و589 بالعراق": a part referred to the figure before by "منهم" opens the partition too)
    partition = (
        previous_noun.found_by in ("list", "among", "referred") and _AND_BEFORE.search(before) is not None
    )
    if (
        not in_breakdown
        and not partition  # "Sur les 12 cellules, 8 étaient liées à Daech et 5 agissaient seules": the next part
        and not _LIST_ITEM_FOLLOWS.match(folded, mention.percent_end or mention.end)
    ):
        return None
    return CountedNoun(
        previous_noun.cls,
        mention.end,
        mention.end,
        previous_noun.subset,
        previous_noun.metric,
        found_by="list",
    )


# a figure set against the one before, in the same terms: "une trentaine de cellules …, contre plus d'une centaine
# entre 2013 et 2016", "30 cells … against more than 100 in 2016", "30 خلية … مقابل 100 سنة 2016"
_COMPARED = re.compile(r"(?<![\w])(?:contre|against|versus|compared\s+(?:with|to)|مقابل|بالمقارنه\s+مع)\s*$")


def _compared_item(folded: str, mention: NumberMention, previous: CountedNoun) -> CountedNoun | None:
    """The number after "contre"/"against"/"مقابل" the figure before is set against counts what it counts."""
    start = _qualifier_start(folded, mention)
    if not _COMPARED.search(folded, max(0, start - 30), start):
        return None
    if _CLAUSE_BREAK_CHAR.search(folded, mention.end, mention.end + 1) is None and noun_after(
        folded, mention.end
    ):
        return None  # a noun of its own
    return CountedNoun(
        previous.cls, mention.end, mention.end, previous.subset, previous.metric, found_by="list"
    )


_REST_BEFORE = re.compile(r"(?<![\w])(?:the\s+(?:other|remaining)|les|the)\s+$")
_REST_AFTER = re.compile(r"\s+(?:autres|restantes|restants|others|remaining)(?![\w])")


def _the_rest(folded: str, mention: NumberMention) -> bool:
    """ "the other six", "the remaining 6", "les six autres": the rest of a whole split before it."""
    before = _REST_BEFORE.search(folded, max(0, mention.start - 20), mention.start)
    if before is None:
        return False
    return before.group().strip() not in ("les", "the") or _REST_AFTER.match(folded, mention.end) is not None


# the figure before, then its part: "226 femmes …, dont 52", "290 امرأة، عادت منهن 99" (no other figure between)
_PART_OF_THE_FIGURE_BEFORE = re.compile(
    r"[^\d.;؛]{0,60}?[,،]\s*(?:[^\s\d]+\s+)?(?:dont|parmi\s+(?:elles|lesquelles)|including|of\s+whom|among\s+them"
    r"|[وف]?(?:منهن|من\s+بينهن|بينهن))\s+(?:\S+\s+){0,2}$"
)
_CLAUSE_BREAK_CHAR = re.compile(r"[،,;؛.:!?؟()]")
# "répartis entre la Syrie (1 122), l'Irak (260) et la Libye (255)", "موزعين بين سوريا (900) والعراق (300)": each
# part of a distribution printed in brackets after its head (a zone, a sex, an age group), the whole before it
_BRACKETED = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_SPLIT_CUE = re.compile(r"r[ée]parti|ventil|split|divided|distributed|broken\s+down|موزع|توزع|مقسم|:")
_HEAD_OF_PART = re.compile(r"([^\s(),،;؛:]+)\s*\(\s*$")
_PART_HEADS = (
    ("syria", re.compile(r"سوريا|syrie|syria")),
    ("iraq", re.compile(r"عراق|irak|iraq")),
    ("libya", re.compile(r"ليبيا|libye|libya")),
    ("sahel", re.compile(r"ساحل|sahel")),
    ("women", re.compile(r"نساء|femmes|women")),
    ("men", re.compile(r"رجال|hommes|\bmen\b")),
    ("minors", re.compile(r"اطفال|قاصرين|قاصرون|enfants|mineurs|children|minors")),
)


def _bracketed_part(
    folded: str, mention: NumberMention, previous: tuple[NumberMention, CountedNoun]
) -> CountedNoun | None:
    """A number in brackets after the head of its part, in a distribution of the figure before it: a part of
    that figure, whose subset is its head ("la Syrie (1 122)" in Syria, "femmes (103)" women)."""
    if not _BRACKETED.search(folded, max(0, mention.start - 3), mention.start):
        return None
    if not _BRACKET_CLOSE.match(folded, mention.end):
        return None
    previous_mention, previous_noun = previous
    gap_start = max(previous_mention.end, previous_noun.fend)
    if mention.start - gap_start > 120:
        return None
    between = folded[gap_start : mention.start]
    if previous_noun.found_by != "bracket" and not _SPLIT_CUE.search(between):
        return None
    head = _HEAD_OF_PART.search(folded, max(0, mention.start - 30), mention.start)
    subset = None
    if head is not None:
        subset = next((name for name, cue in _PART_HEADS if cue.search(head.group(1))), None)
    return CountedNoun(
        previous_noun.cls, mention.end, mention.end, subset, previous_noun.metric, found_by="bracket"
    )


_AND_BEFORE = re.compile(r"(?:\s(?:et|and)\s+|\sو\s*)$")
_THE_FIGURE = guarded(
    r"(?:(?<![\w])[وف]?(?:العدد|الرقم|ce\s+chiffre|ce\s+nombre|le\s+chiffre|this\s+figure|the\s+figure|that\s+figure"
    r"|the\s+number|the\s+total)\s+(?:[^\s\d.,،;؛]+\s+){0,3}?"
    r"|(?<![\w])[وف]?(?:ثم\s+)?(?:يرتفع|ارتفع|يتراجع|تراجع|ينخفض|انخفض|يعود|rose|fell|dropped|climbed|grew|went\s+up|went\s+down"
    r"|est\s+passé|remonté|grimpé|chuté|baissé|s'établissait|s'élevait|établi)\s+(?:[^\s\d.,،;؛]+\s+){0,2}?)"
    r"(?:الي|ل|ب|to|at|à|a|de)\s*$"
    # "le chiffre dépasse aujourd'hui 220", "the figure now tops 220", "العدد يتجاوز اليوم 220"
    r"|(?<![\w])[وف]?(?:العدد|الرقم|ce\s+chiffre|ce\s+nombre|le\s+chiffre|le\s+total|this\s+figure|the\s+figure"
    r"|that\s+figure|the\s+number|the\s+total)\s+(?:[^\s\d.,،;؛]+\s+)?"
    r"(?:dépasse|dépassait|a\s+dépassé|excède|atteint|avoisine|frôle|exceeds|tops|has\s+(?:passed|topped|reached)|now\s+tops"
    r"|now\s+exceeds|يتجاوز|تجاوز|يفوق|فاق|يناهز|ناهز|يبلغ|بلغ)\s+(?:[^\s\d.,،;؛]+\s+){0,2}?$"
    # "while it topped 270 in 2015", "alors qu'il dépassait 270 en 2015": a pronoun standing for the figure before
    r"|(?<![\w'])(?:it|qu'il|il|qu'elle|elle)\s+(?:(?:had|has|a|avait)\s+)?(?:topped|exceeded|reached|surpassed|passed"
    r"|hit|stood\s+at|dépassé|dépassait|dépasse|atteint|atteignait|s'élevait\s+à|s'établissait\s+à)"
    r"\s+(?:[^\s\d.,،;؛]+\s+){0,2}?$"
    # "Ils étaient 71 en 2022", "They were 71 a year earlier": the people of the figure before, counted at another time
    r"|(?<![\w'])(?:ils|elles|they)\s+(?:étaient|etaient|furent|were|numbered)"
    r"\s+(?:(?:déjà|already|encore|still|only|seulement)\s+)?$"
)
_ESTIMATE_WORDS = ("estimate", "estimation", "count", "tally", "décompte", "تقدير")
_ESTIMATE_IS = re.compile(
    r"(?:estimate|estimation|(?<![\w])count|tally|décompte|تقدير)\w*[^.;!?؟\d]{0,90}?\s(?:is|was|stands\s+at|est\s+de|était\s+de"
    r"|s'élève\s+à|يبلغ|بلغ|هو|يصل\s+الي)\s+(?:(?:nearly|about|around|some|roughly|more\s+than|over|près\s+de"
    r"|environ|quelque|plus\s+de|نحو|حوالي|قرابه|زهاء|اكثر\s+من)\s+)?"
)


def _estimate_of_the_figure(folded: str, start: int) -> bool:
    """Whether the number is what an estimate, a tally or a count "is" ("our own estimate … is nearly 1,700",
    "notre décompte est de 1 700", "تقديرنا يبلغ 1700"): the last such word within 120 characters, then a copula
    right before the number."""
    low = max(0, start - 120)
    at = max(folded.rfind(word, low, start) for word in _ESTIMATE_WORDS)
    return at >= 0 and _ESTIMATE_IS.fullmatch(folded, at, start) is not None


# "nous en avons déféré 137", "une année qui en a compté cinq", "on en recense 300": the clitic "en" stands for
# the noun counted in the clause before, and the number after the verb counts it
_EN_CLITIC = guarded(
    r"(?<![\w'])en\s+(?:(?:a|ont|avons|avez|avait|avaient|avions|aurait|auraient|aura|auront)\s+"
    r"(?:(?:déjà|ainsi|encore|aussi|également|au\s+total)\s+)?[a-zàâçéèêëîïôûùü]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|its)"
    r"|(?:compte|comptent|comptons|comptait|comptaient|dénombre|dénombrent|dénombrons|recense|recensent|recensons))"
    r"\s+(?:(?:au\s+total|déjà|encore|aujourd'hui|à\s+ce\s+jour)\s+)?"
    r"(?:(?:plus|moins|près)\s+(?:de|d')\s*|environ\s+|quelque\s+|pas\s+moins\s+de\s+)?$"
)
# the antecedent given by a pronoun and a verb: "ceux qui rentrent", "celles qui sont parties"
_THOSE_WHO = re.compile(
    r"(?<![\w])(?:ceux|celles)\s+qui\s+(?:(?:sont|étaient|ont|avaient)\s+)?"
    r"(?:(?P<returnee>rentr|reven|revien|regagn)|(?P<fighter>part|rejoi|rejoint))\w*"
)
_FRENCH_WORD = re.compile(r"[a-zàâçéèêëîïôûùüœ'-]+")


def _antecedent_class(before: str) -> str | None:
    """The class of the last noun of a counted class in `before`, else of "ceux qui rentrent" / "… partis"."""
    words = _FRENCH_WORD.findall(before)[-30:]
    for index in range(len(words) - 1, -1, -1):
        found = noun_class(words[index])
        if found is not None:
            # "cellules terroristes": the head noun comes before the adjective that is a noun of its own
            while index > 0 and (head := noun_class(words[index - 1])) is not None:
                found, index = head, index - 1
            return found[0]
    those = list(_THOSE_WHO.finditer(before))
    if those:
        return "returnee" if those[-1]["returnee"] else "fighter"
    return None


def _clitic_antecedent(
    folded: str, mention: NumberMention, last_noun: CountedNoun | None, previous_folded: str = ""
) -> CountedNoun | None:
    """The noun that the clitic "en" before the number's verb stands for: the last noun of a counted class
    before it (in the sentence, then in the sentence before: "Des suspects ? Nous en avons …"), else "ceux qui
    rentrent"/"ceux qui sont partis", else the noun counted in the sentence before."""
    if not may_match(_EN_CLITIC.pattern, folded):
        return None
    clitic = _EN_CLITIC.search(folded, max(0, mention.start - 80), mention.start)
    if clitic is None:
        return None
    cls = _antecedent_class(folded[: clitic.start()])
    if cls is None and previous_folded:
        cls = _antecedent_class(previous_folded)
    if cls is None and last_noun is not None:
        cls = last_noun.cls
    if cls is None:
        return None
    return CountedNoun(cls, mention.end, mention.end, found_by="before")


# "the number of those who (have) returned … reached", "the number of those who left … stands at": the English of
# "le nombre de ceux qui sont revenus", with no noun to count
_NUMBER_OF_THOSE = re.compile(
    r"(?<![\w])the\s+number\s+of\s+those\s+who\s+(?:(?:have|had)\s+)?(?:(?P<returnee>returned|come\s+back|came\s+back"
    r"|come\s+home|came\s+home)|(?:left|joined|gone|went|travel+ed))(?![\w])[^.;]{0,60}?\s(?:reached|stands\s+at|stood\s+at"
    r"|is|was|rose\s+to|has\s+risen\s+to|totals?|totalled|came\s+to)\s+(?:(?:about|around|some|nearly|more\s+than|over"
    r"|almost|roughly)\s+)?$"
)
_SAME_PERIOD_AFTER = re.compile(
    r"\s*(?:(?:sur|durant|pendant|au\s+cours\s+de)\s+la\s+même\s+période|(?:over|in|during)\s+the\s+same\s+period"
    r"|(?:خلال|في)\s+(?:نفس\s+)?(?:ال)?فتره(?:\s+(?:ذاتها|نفسها))?)(?![\w])"
)
_THEIR_NUMBER = guarded(
    r"(?<![\w])[وف]?عدد(?:هم|هن)\s*(?:بلغ|يبلغ|هو|ناهز|يناهز)?\s*$|leur\s+nombre\s+(?:est\s+de|s'élève\s+à|atteint)\s*$"
    r"|their\s+number\s+(?:is|was|stands\s+at|reached)\s*$"
    # an estimate of their number: "يقدر المرصد عددهم بحوالي 300", "estime leur nombre à environ 300", "estimates
    # their number at about 500"
    r"|(?<![\w])[وف]?عدد(?:هم|هن)\s+ب(?:حوالي|نحو|قرابه|زهاء|اكثر\s+من|ازيد\s+من|ما\s+يقارب)?\s*$"
    r"|(?:leur\s+nombre\s+à|their\s+number\s+at)\s+(?:(?:environ|près\s+de|quelque|plus\s+de|about|around|some|nearly"
    r"|roughly|more\s+than)\s+)?$"
)
# "Parmi les cellules démantelées, 36 étaient …", "Sur les 12 cellules …, 8 étaient", "Of the 47 people
# arrested …, six of them", "من بين الخلايا المفككة، 36 …": the number counts part of the head noun.
_PARTITION_HEAD = re.compile(
    r"(?:parmi|sur|of|among|من\s+بين|من\s+اصل|ومن\s+بين)\s+(?:l'ensemble\s+(?:de|des)\s+)?(?:les|ces|the|these|those|ال)?\s*"
    r"(?:[\d\s,.]+\s+)?(?P<noun>[\w'-]+)[^.;؛]{0,80}?[,،:]\s*$"
)


# The same opening, with the number's qualifier between the comma and the number ("…, plus de 130 ont …")
_AMONG_HEAD = re.compile(_PARTITION_HEAD.pattern[: -len(r"[,،:]\s*$")] + r"[,،:]\s*(?:[^\s\d,،]+\s+){0,3}$")


# A part's verb after its number (or any verb of the past: "9 obéissaient à …", "9 operated …")
_PART_VERB = re.compile(
    r"\s*(?:étaient|était|sont|were|are|had|have|كانت|كان|d'entre|of\s+them"
    r"|[a-zàâçéèêëîïôûùüÿœ]{2,}(?:aient|èrent)(?![\w'])|[a-z]{3,}ed(?![\w']))"
)
# A sentence that opens on the figure before by a demonstrative: "من بين هذه الخلايا 93 خلية موالية لداعش",
# "Parmi ces cellules, 78 …", "Of these cells, 40 …": its first figure is a part of that figure
# "وأوضح المسؤول أن من بين هؤلاء …", "Il a précisé que parmi eux …": a reported clause that opens on them
_REPORTED_THAT = re.compile(r"[^\d.,،;؛:]{0,60}?(?<![\w])(?:ان|انه|que|qu'|that)\s+")
_AMONG_THESE_AT = re.compile(_AMONG_THESE.pattern[1:])


# A sentence opening on a figure given before, named by its number: "ومن بين الخلايا السبعين،", "Of the 70 cells
# dismantled,", "Parmi les soixante-dix cellules,", "Sur ces 70 personnes,"
_OPENS_ON_A_NUMBER = re.compile(
    r"^\s*(?:[وف]?(?:من\s+بين|من\s+اصل|ضمن)\s+ال[\u0621-\u064a]+\s+|(?:of|among|out\s+of)\s+(?:the|these|those)\s+"
    r"|(?:parmi|sur)\s+(?:les|ces)\s+)(?P<rest>[^,،:.;؛]{1,60})[,،:]"
)


def _restated_head(folded: str, claims: list[ExtractedClaim]) -> tuple[ExtractedClaim, int] | None:
    """The claim a sentence opens on by its value ("Of the 70 cells, 61 …"), and where that number starts."""
    if not claims or not _OPENS_ON_A_NUMBER.match(folded):
        return None
    opening = _OPENS_ON_A_NUMBER.match(folded)
    numbers = [n for n in find_numbers(folded[: opening.end()]) if n.start >= opening.start("rest")]
    if len(numbers) != 1:
        return None
    value = numbers[0].value
    head = next((c for c in reversed(claims[-12:]) if c.value == value and c.unit == "count"), None)
    if head is None:
        return None
    return head, numbers[0].start


def _opens_on_these(folded: str, end: int) -> bool:
    """Whether the sentence (or the reported clause it opens with) opens on the people of the figure before."""
    if _AMONG_THESE.search(folded, 0, end):
        return True
    said = _REPORTED_THAT.match(folded, 0, end)
    return said is not None and _AMONG_THESE_AT.fullmatch(folded, said.end(), end) is not None


_OPENS_ON_THESE = re.compile(
    r"^\s*(?:[وف]?(?:من\s+بين|ضمن)\s+(?:هذه|تلك)\s+ال[\u0621-\u064a]+|parmi\s+ces\s+[\w'-]+"
    r"|(?:of|among)\s+these\s+[\w'-]+"
    # the people of the figure before named again by a definite noun: "ومن بين الموقوفين", "Parmi les personnes
    # interpellées", "Among those arrested"
    r"|[وف]?(?:من\s+بين|ضمن)\s+ال[\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+)?|parmi\s+les\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|among\s+(?:the|those)\s+[\w'-]+(?:\s+[\w'-]+)?)\s*[,،]?\s*$"
)
# A sentence that opens on the figure before by a pronoun alone: "Parmi celles-ci,", "ومنها،" (_AMONG_THESE too)
_OPENS_ON_THEM = re.compile(
    r"^\s*(?:[وف]?(?:من\s+بينها|منها|ضمنها)|parmi\s+(?:celles-ci|ceux-ci))\s*[,،]?\s*$"
)

# The people of the figure before named by a participle and the period of that figure: "Of those arrested in 2024,",
# "Parmi les personnes interpellées en 2023,", "ومن بين الموقوفين خلال سنة 2023،"
_OPENS_ON_THOSE_DATED = re.compile(
    r"^\s*(?:(?:of|among)\s+(?:those|the)\s+[\w'-]+|parmi\s+(?:ceux|celles|les)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|[وف]?(?:من\s+بين|ضمن)\s+ال[\u0621-\u064a]+)"
    r"\s+(?:in|during|en|au\s+cours\s+de|خلال|في)\s+(?:(?:l'année|the\s+year|سنه|عام)\s+)?\d{4}\s*[,،]\s*$"
)


def _partition_head(folded: str, mention: NumberMention) -> CountedNoun | None:
    head = _PARTITION_HEAD.search(folded[max(0, mention.start - 120) : mention.start])
    if (
        head is None
        or not _LIST_ITEM_FOLLOWS.match(folded, mention.end)
        and not _PART_VERB.match(folded[mention.end :])
    ):
        return None
    found = noun_class(head["noun"])
    if found is None:
        return None
    return CountedNoun(found[0], mention.end, mention.end, found[1], found_by="among")


def _opening_partition(folded: str, mention: NumberMention, last_noun: CountedNoun) -> CountedNoun | None:
    """ "Parmi elles, 8 étaient liées à Daech et 5 …", "Of these, seven were tied to ISIS": a sentence that
    opens on the figure before by a pronoun, with no noun of its own, splits that figure; its first number,
    followed by its verb, counts what the figure before counts (the next ones follow as list items)."""
    if not _PART_VERB.match(folded, mention.end):
        return None
    if not (
        _AMONG_THESE.search(folded, 0, mention.start)
        or _OPENS_ON_THEM.search(folded, 0, mention.start)
        or _OPENS_ON_THOSE_DATED.search(folded, 0, mention.start)
    ):
        return None
    return CountedNoun(last_noun.cls, mention.end, mention.end, metric=last_noun.metric, found_by="among")


def _inside_any(periods: list[PeriodMatch]):
    """A test of whether a position is inside one of `periods` (found once per sentence, then bisected:
    periods in text order and not overlapping, as find_periods gives them; any other list is scanned)."""
    starts = [p.fstart for p in periods]
    if all(a.fend <= b.fstart for a, b in zip(periods, periods[1:], strict=False)) and starts == sorted(
        starts
    ):

        def inside(position: int) -> bool:
            at = bisect_right(starts, position) - 1
            return at >= 0 and position < periods[at].fend

        return inside
    return lambda position: any(p.fstart <= position < p.fend for p in periods)


def _starts_with_joiner(folded: str, at: int) -> bool:
    """Whether the word at `at` opens on the joiner "و" or "ف" glued to a noun ("وخلية")."""
    return folded[at : at + 1] in ("و", "ف") and folded[at + 1 : at + 2] not in ("", " ")


def _noun_before_one(folded: str, mention: NumberMention) -> CountedNoun | None:
    word = re.search(r"([\w'-]+)\s+$", folded[max(0, mention.start - 30) : mention.start])
    if not word or not re.match(r"[وف]?واحد", folded[mention.start : mention.end]):
        return None
    found = noun_class(word.group(1))
    if found is None:
        return None
    start = mention.start - len(word.group(0))
    return CountedNoun(found[0], start, start + len(word.group(1)), found[1])


# _is_count's patterns, compiled once (not looked up in re's cache for every number)
_DEFINITE_WORD = re.compile(r"[وف]?(?:ال|لل)")
_LATIN_AFTER = re.compile(r"[a-z]")
_SCORE_AFTER = re.compile(r"\s?[-–/:]\s?\d")
_SCORE_BEFORE = re.compile(r"\d\s?[-–/:]\s?$")
_YEAR_COLON = re.compile(r"(?<!\d)(?:19|20)\d\d\s?:\s$")
# "entre 5 et 10 cellules par an", "between 250 and 270 returnees", "ما بين 5 و10 خلايا": a spread of values
# gives no single figure (a range of years, "entre 2015 et 2023", is a period and is read as one)
_SPREAD_BEFORE = guarded(r"(?<![\w])(?:بين|entre|between)\s+(?P<low>\d+|[^\s\d]+)\s+(?:و|et|and)\s*$")
_ARTICLE_BEFORE_YEAR = re.compile(r"(?<![\w'])(?:the|its|their|a|an|le|la|l'|du|de\s+la|un|une)\s*$")
# "the May 16, 2003 attacks", "les attentats du 16 mai 2003", "هجمات 16 ماي 2003": a month (and its day) before the
# year make it a date, whatever noun follows it
_MONTH_BEFORE_YEAR = re.compile(
    rf"(?<![\w])(?:{MONTH_ALTERNATIVES}|may)(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s*,?\s*$", re.IGNORECASE
)


# One person singled out by a participle, the clause's verb after it: "One suspect arrested in Berrechid had tried
# to …", "Un suspect interpellé à Fès avait séjourné …" (not "One suspect was arrested …": that one is counted)
_ONE_DESCRIBED = re.compile(
    r"\s+(?:suspect|man|woman|person|individual|member|detainee|individu|homme|femme|personne|membre|jeune)\s+"
    r"(?:arrested|detained|held|interpelle|interpellee|arrete|arretee|interpellé|interpellée|arrêté|arrêtée)"
    r"(?:\s+[^\s.,;:،]+){0,5}?\s+(?:had|has|was|is|would|avait|a|etait|était|est|aurait)\s"
)


def _is_count(folded: str, mention: NumberMention) -> bool:
    if (
        mention.kind == "words"
        and _DEFINITE_WORD.match(folded[mention.start : mention.end])
        and not is_thousand_word(_WORD.match(folded, mention.start).group())
    ):
        return False  # "السنوات الثلاث", "الذكرى الثانية والعشرون": an adjective or an ordinal, not a count
    if isinstance(mention.value, float) and not mention.is_percent:
        return False  # "142,1 مليار", "1.59 مليون": amounts, not counts
    after = folded[mention.end : mention.end + 3]
    if mention.kind == "digits" and (_HIJRI.match(after) or _LATIN_AFTER.match(after)):
        return False  # "1446ه" (Hijri year), "1xBet"
    if mention.kind == "digits" and _SCORE_AFTER.match(after):
        return False  # scores "2-2", dates "03/07", times
    if (
        mention.kind == "digits"
        and _SCORE_BEFORE.search(folded[max(0, mention.start - 3) : mention.start])
        # "- 2016: 19", "الموقوفون منذ 2015: 1298 شخصا": a year and a colon label the figure (no score, no time)
        and not _YEAR_COLON.search(folded, max(0, mention.start - 8), mention.start)
    ):
        return False
    if _looks_like_year(mention) and _ARTICLE_BEFORE_YEAR.search(
        folded[max(0, mention.start - 8) : mention.start]
    ):
        return False  # "the 2011 bombing of the Argana cafe", "la 2003 …": a year, not a count
    if _looks_like_year(mention) and _MONTH_BEFORE_YEAR.search(
        folded, max(0, mention.start - 24), mention.start
    ):
        return False  # "the May 16, 2003 attacks": a date, not a count of attacks
    if may_match(_DEMONSTRATIVE_BEFORE.pattern, folded) and _DEMONSTRATIVE_BEFORE.search(
        folded, max(0, mention.start - 8), mention.start
    ):
        return False  # "Ces 337 dossiers", "these 40 cells": a figure given before, pointed at again
    return not _REFERENCE_BEFORE.search(folded[max(0, mention.start - 12) : mention.start])


def _looks_like_year(mention: NumberMention) -> bool:
    return mention.kind == "digits" and isinstance(mention.value, int) and 1900 <= mention.value <= 2100


# "plus d'un millier", "moins d'une dizaine", "pas plus d'une centaine": a bound on the round figure (the
# "de" of "plus de" is the "d'" the approximate figure begins with)
_APPROXIMATE_BOUND = re.compile(
    r"(?<![\w'])(?:(?P<at_most>pas\s+plus|au\s+plus)|(?P<more_than>plus|au-delà)|(?P<less_than>moins))\s+$"
)


def _claim(document, sentence, text, mention, noun, metric, attribution) -> ExtractedClaim:
    """The claim for one counted number; subset and period are decided by the caller."""
    folded = text.folded
    start, end = text.span(mention.start, mention.end)
    value_text = text.original[start:end]
    qualifier = find_qualifier(folded, mention.start, mention.end)
    # where the figure's phrase begins (its qualifier before it), for the period look-up
    phrase_start = qualifier.fstart if qualifier.fstart is not None else mention.start
    if qualifier.kind == "exact":
        qualifier = (
            find_qualifier_after(folded, noun.fend) or find_qualifier_verb(folded, mention.start) or qualifier
        )
    bound = (
        _APPROXIMATE_BOUND.search(folded, max(0, mention.start - 14), mention.start)
        if mention.approximate
        else None
    )
    if bound is not None:  # "plus d'un millier": more than a thousand, not about a thousand
        phrase_start = min(phrase_start, bound.start())
        qualifier_kind = bound.lastgroup
        qualifier_text = text.original_of(bound.start(), mention.end)
    elif mention.approximate:
        qualifier_kind, qualifier_text = "about", value_text
    elif qualifier.fstart is not None:
        qualifier_kind, qualifier_text = qualifier.kind, text.original_of(qualifier.fstart, qualifier.fend)
    else:
        qualifier_kind, qualifier_text = "exact", None
    value = int(mention.value) if float(mention.value).is_integer() else mention.value
    claim = ExtractedClaim(
        metric=metric,
        value=value,
        value_text=value_text,
        qualifier=qualifier_kind,
        unit="percent" if mention.is_percent else "count",
        period=Period("unspecified"),
        attribution=Attribution(attribution.org, attribution.person, attribution.raw),
        sentence=sentence.text,
        start=sentence.start + start,
        end=sentence.start + end,
        qualifier_text=qualifier_text,
    )
    claim.evidence = {"phrase_start": min(phrase_start, mention.start)}
    return claim


def _period(text: FoldedText, match: PeriodMatch) -> Period:
    return Period(match.type, match.start, match.end, text.original_of(match.fstart, match.fend))


def _deduplicate(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """Keep the first statement of a figure; a restatement (same metric, value, unit, compatible period) goes."""
    kept: list[ExtractedClaim] = []
    # only claims of the same figure can be the same: per figure, the periods kept so far (a set, so that a
    # paragraph of thousands of figures costs one look-up per claim, not one per earlier claim)
    by_figure: dict[tuple, tuple[set, list[bool], set]] = {}
    vague: dict[tuple, int] = {}  # per figure, where a figure given as a round word ("a dozen") was kept
    for claim in claims:
        figure = (claim.metric, claim.value, claim.unit)
        periods, loose, speakers = by_figure.setdefault(figure, (set(), [False], set()))
        specific = claim.period.type not in _LOOSE_PERIODS
        speaker = claim.attribution.org if claim.evidence.get("source") == "sentence" else None
        if speaker is not None and claim.value_text in (claim.attribution.raw or ""):
            speaker = (
                None  # "ويؤكد الرقم المعلن (أكثر من مئتي خلية) …": words around the figure, no speaker of it
            )
        if (
            loose[0] or (periods and not specific) or (claim.period.type, claim.period.start) in periods
        ) and not (speaker not in (None, "unspecified") and speakers and speaker not in speakers):
            # (a second speaker who gives the same figure in a sentence of their own, the minister answering the
            # MP who cited it, is a second claim: two voices that agree)
            # _same_figure with one of them; "arrested a dozen people … The 12 suspects": the exact
            # restatement of a round word is the figure
            at = vague.pop(figure, None)
            if at is not None and claim.qualifier == "exact" and claim.evidence.get("value") != "approximate":
                kept[at] = claim
            continue
        periods.add((claim.period.type, claim.period.start))
        loose[0] = loose[0] or not specific
        speakers.add(claim.attribution.org)
        if claim.evidence.get("value") == "approximate":
            vague[figure] = len(kept)
        kept.append(claim)
    return kept


_LOOSE_PERIODS = {"unspecified", "cumulative_unspecified"}


def _same_figure(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    if (a.metric, a.value, a.unit) != (b.metric, b.value, b.unit):
        return False
    specific = {"unspecified", "cumulative_unspecified"}
    if a.period.type in specific or b.period.type in specific:
        return True
    return (a.period.type, a.period.start) == (b.period.type, b.period.start)


__all__ = ["find_claims", "Sentence"]
