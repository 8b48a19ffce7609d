"""Countries cited in an article's body, each marked as a security partner or merely mentioned.

How a mention is found: CLDR country names in Arabic and French (babel) plus the short forms,
nationality adjectives and plurals in `country_names.py`, matched on folded text (hamza, taa
marbuta, tashkeel and French accents do not matter) as whole words, after the Arabic clitics
و/ف and ب/ل/ك. `text` is the name as printed without those clitics.

How a role is decided, per sentence: the sentence's cue words are found (cooperation, partnership,
shared intelligence, help in foiling attacks; and the opposite kinds: a negated cooperation, a
contrast, a conflict zone). A run of countries joined by "و" or commas takes the role of the cue
nearest to it, so "الأجهزة الأمنية في أوروبا والولايات المتحدة جربت نموذجا" stays "mentioned"
even in a sentence that also speaks of cooperation. A cooperation "with" a party other than
Morocco ("بتنسيق مع السلطات الأمريكية") only reaches the countries after it. A nationality
("مواطن فرنسي") is always "mentioned". A sentence that opens with "ومن الأمثلة…"/"مثل…" continues
the previous one's cue. A capital ("بين الرباط ومدريد") is listed only when it is a partner.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from babel import Locale

from claims.extraction.alternation import longest_first
from claims.extraction.budget import NO_BUDGET, WorkBudget
from claims.extraction.country_names import (
    AGENCIES,
    AMBIGUOUS_ARABIC_NAMES,
    ARABIC_DEFINITE_PLURALS,
    ARABIC_EXTRA_NAMES,
    ARABIC_NISBA_STEMS,
    CAPITALS,
    ENGLISH_ADJECTIVES,
    ENGLISH_EXTRA_NAMES,
    ENGLISH_NAMES_NOT_MATCHED,
    EXCLUDED_CODES,
    FRENCH_ADJECTIVES,
    FRENCH_EXTRA_NAMES,
    FRENCH_NAMES_NOT_MATCHED,
    REGION_QUALIFIERS,
)
from claims.extraction.literals import (
    Vocabulary,
    guarded,
    may_match,
    search,
)  # (guarded: the same matches, found faster)
from claims.extraction.normalize import FoldedText, fold, fold_with_map
from claims.extraction.records import CountryMention, Document
from claims.extraction.sentences import bounded_pieces

PARTNER = "partner"
MENTIONED = "mentioned"

# ---------------------------------------------------------------------------------------------
# Folding: normalize.fold_with_map, then French accents off, one character for one character so
# that every folded index still maps back to the original text.


def _strip_accent(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0] if ch < "\u0250" else ch  # Latin letters only


# `_strip_accent` of every character it changes, for str.translate: one pass in C over a body
# instead of a Python call per character.
# Most bodies are Arabic with no accented letter at all: then a scan of a character class is all it costs.
_ACCENTS = {i: _strip_accent(chr(i)) for i in range(0x250) if _strip_accent(chr(i)) != chr(i)}
_ACCENTED = re.compile("[" + "".join(re.escape(chr(i)) for i in _ACCENTS) + "]")


def _strip_accents(text: str) -> str:
    return text.translate(_ACCENTS) if _ACCENTED.search(text) else text


def _fold_for_matching(
    text: str, folded_with_map: tuple[str, list[int]] | None = None
) -> tuple[str, list[int]]:
    """`folded_with_map`: fold_with_map(text) when already made."""
    folded, index = folded_with_map or fold_with_map(text)
    if len(folded) != len(index):  # a character whose lower case is longer (e.g. "İ")
        kept = [(i, ch) for i, ch in enumerate(text) if fold(ch)]
        folded = "".join(fold(ch)[0] for _, ch in kept)
        index = [i for i, _ in kept]
    return _strip_accents(folded), index


def _fold_word(text: str) -> str:
    return _strip_accents(fold(text))


# ---------------------------------------------------------------------------------------------
# The lexicon: folded form -> what it names.


@dataclass(frozen=True)
class _Form:
    code: str
    case: str | None = None  # Latin names: "initial" ("France", not "une réunion") or "upper" ("EAU")
    context: frozenset[str] | None = None  # ambiguous Arabic names: words that make them a place
    capital: bool = False  # a capital standing for its government: kept only as a partner


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_NISBA_ENDINGS = ("ي", "ية", "يين", "يون", "يات", "يتين", "يتان", "يان", "يا")
_FRENCH_ENDINGS_BY_TAIL = (
    ("ien", ("", "ne", "s", "nes")),
    ("ais", ("", "e", "es")),
    ("ois", ("", "e", "es")),
)


def _french_adjective_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word, word + "s"]
    for tail, endings in _FRENCH_ENDINGS_BY_TAIL:
        if word.endswith(tail):
            return [word + ending for ending in endings]
    return [word + ending for ending in ("", "e", "s", "es")]


def _cldr_names(language: str) -> dict[str, str]:
    names = {}
    for code, name in Locale(language).territories.items():
        if len(code) != 2 or not code.isalpha() or code in EXCLUDED_CODES:
            continue
        name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()  # "ميانمار (بورما)" -> "ميانمار"
        if " - " in name:  # "الكونغو - كينشاسا": the press writes these otherwise (see extras)
            continue
        names[name] = code
    return names


@dataclass(frozen=True)
class _Lexicon:
    arabic_definite: dict[str, _Form]  # folded forms starting with the article "ال"
    arabic_bare: dict[str, _Form]  # folded forms without it
    latin: dict[str, _Form]
    arabic_pattern: re.Pattern
    latin_pattern: re.Pattern
    # the characters a Latin name can begin with: a text holding none (an Arabic body) is not run through
    # latin_pattern, which tries its alternatives at every position (a look-behind opens it: no skipping)
    latin_first: re.Pattern


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    definite: dict[str, _Form] = {}
    bare: dict[str, _Form] = {}
    latin: dict[str, _Form] = {}

    def add_arabic(written: str, form: _Form) -> None:
        # The article decides where clitics go: "للعراق" is ل + العراق; "لألمانيا" is ل + ألمانيا.
        target = definite if written.startswith("ال") else bare
        target.setdefault(_fold_word(written), form)

    def add_latin(written: str, form: _Form) -> None:
        latin.setdefault(_fold_word(written), form)

    ambiguous = {
        _fold_word(name): frozenset(_fold_word(w) for w in words)
        for name, words in AMBIGUOUS_ARABIC_NAMES.items()
    }
    for name, code in _cldr_names("ar").items():
        add_arabic(name, _Form(code, context=ambiguous.get(_fold_word(name))))
    for code, names in ARABIC_EXTRA_NAMES.items():
        for name in names:
            add_arabic(name, _Form(code))
    for code, names in ARABIC_DEFINITE_PLURALS.items():
        for name in names:
            add_arabic(name, _Form(code))
    for code, names in CAPITALS.items():
        for name in names:
            if _ARABIC_LETTER.match(name):
                add_arabic(name, _Form(code, capital=True))
            else:
                add_latin(name, _Form(code, case="initial", capital=True))
    for code, names in AGENCIES.items():
        for name in names:
            if _ARABIC_LETTER.match(name):
                add_arabic(name, _Form(code, capital=True))
            else:
                add_latin(name, _Form(code, case="upper" if name.isupper() else "initial", capital=True))
    for code, stems in ARABIC_NISBA_STEMS.items():
        for stem in stems:
            for ending in _NISBA_ENDINGS:
                add_arabic(stem + ending, _Form(code))
                add_arabic("ال" + stem + ending, _Form(code))

    for name, code in _cldr_names("fr").items():
        if name not in FRENCH_NAMES_NOT_MATCHED:
            add_latin(name, _Form(code, case="initial"))
    for code, names in FRENCH_EXTRA_NAMES.items():
        for name in names:
            add_latin(name, _Form(code, case="upper" if name.isupper() else "initial"))
    for code, words in FRENCH_ADJECTIVES.items():
        for word in words:
            for form in _french_adjective_forms(word):
                add_latin(form, _Form(code))
    for code, names in ENGLISH_EXTRA_NAMES.items():
        for name in names:
            add_latin(name, _Form(code, case="upper" if name.replace(".", "").isupper() else "initial"))
    for name, code in _cldr_names("en").items():
        if name not in ENGLISH_NAMES_NOT_MATCHED:
            add_latin(name, _Form(code, case="initial"))
    for code, words in ENGLISH_ADJECTIVES.items():
        for word in words:
            add_latin(word, _Form(code, case="initial"))

    cores = longest_first(form[2:] for form in definite)
    arabic_pattern = re.compile(
        r"(?<!\w)(?:"
        rf"[وف]?[بك]?(?P<definite>ال(?:{cores}))"
        rf"|[وف]?ل(?P<lam>ل(?:{cores}))"  # ل + ال written "لل": the name keeps the article's lam
        rf"|[وف]?[بكل]?(?P<bare>{longest_first(bare)})"
        r")(?!\w)"
    )
    latin_pattern = re.compile(rf"(?<!\w)(?P<latin>{longest_first(latin)})(?!\w)")
    latin_first = re.compile("[" + "".join(sorted({re.escape(name[0]) for name in latin})) + "]")
    return _Lexicon(definite, bare, latin, arabic_pattern, latin_pattern, latin_first)


# ---------------------------------------------------------------------------------------------
# Cue words. Each is a run of word stems (a stem matches any word it begins, after clitics);
# "…" stands for up to three words in between.

_PARTNER_CUES = (
    "تعاون", "يتعاون", "تتعاون", "نتعاون", "شراكة", "شراكات", "شريك", "شركاء", "شركائ",
    "تنسيق", "زود", "تزويد", "يزود", "تزود",
    # an operation "coordinated with" a partner ("عملية منسقة مع الشرطة الإسبانية"; not "منسق", a coordinator)
    "منسقة", "المنسقة",
    "تبادل معلومات", "تبادل معطيات", "تبادل خبرات",
    "معلومات … قدم", "معلومات … وفر", "معلومات … منح", "معلومات … نقل", "معلومات … أرسل",
    "معطيات … قدم", "معطيات … وفر", "معطيات … منح", "معطيات … نقل", "معطيات … أرسل",
    "بمعلومات", "بمعطيات", "بناء على معلومات", "بناء على معطيات", "بفضل معلومات", "بفضل معطيات",
    "إحباط", "أحبط", "يحبط", "تحبط", "إفشال", "أفشل", "تجنيب",
    "مذكرة تفاهم", "عملية مشتركة", "عمليات مشتركة", "عملية أمنية مشتركة", "تحقيق مشترك", "تحقيقات مشتركة",
    "اتفاقية", "اتفاقيات", "نظير", "نظراء", "نظرائ", "تلق … معلومات", "تلق … معطيات", "خبرة … مغربية",
    "خبرات … مغربية", "مساعدة", "ساعد", "معلومات مغربية", "معطيات مغربية", "informations marocaines", "renseignements marocains",
    "coopér", "collabor", "partenari", "partenaire", "coordination", "coordonn",
    "échange … information", "échange … renseignement", "information … fourni", "information … transmis",
    "renseignement … fourni", "renseignement … transmis", "grâce … information", "grâce … renseignement",
    "sur la base … information", "sur la base … renseignement", "déjou", "conjointe", "homologue",
    "cooperat", "partner", "coordinat", "counterpart", "intelligence … provided", "information … provided",
    "intelligence … shared", "information … shared", "shared … intelligence", "thank … intelligence",
    "thank … information", "tip-off", "tip off", "tip from", "tips from", "tipped off", "on a tip", "acting on … tip",
    # intelligence handed over by a foreign service: "transmis par le FBI", "provided by the Spanish police"
    "transmis par", "transmise par", "transmises par", "fourni par", "fournie par", "fournis par", "fournies par",
    "provided by", "supplied by", "passed on by", "joint … operation", "joint … investigation", "foil", "thwart",
    # work done together as a practice: "Joint work with Spain's Guardia Civil", "joint efforts with", "عمل مشترك"
    "joint … work", "joint … effort", "travail conjoint", "عمل مشترك", "العمل المشترك",
    "helped … prevent", "memorandum of understanding",
    # an agreement signed between governments: "Washington and Rabat signed a new security memorandum", "ont signé
    # un accord", "وقع البلدان اتفاقا"; work done "jointly with" a foreign service
    "memorandum", "mémorandum", "signed … agreement", "signé … accord", "وقع … اتفاق", "وقعا … اتفاق",
    "jointly with", "conjointement avec",
    # an operation done with a foreign service's help: "with help from Spanish intelligence", "avec l'aide des
    # services belges", "with the assistance of the French police"
    "help from", "help of", "assistance from", "assistance of", "avec l'aide", "avec le concours", "avec l'appui",
    "grâce à l'aide",
    # judicial cooperation between states: a protocol signed, mutual legal assistance, letters rogatory, extradition
    # requests ("ont signé un protocole", "طلبات التسليم", "entraide judiciaire", "letters rogatory")
    "signé … protocole", "signed … protocol", "وقع … بروتوكول", "وقعت … بروتوكول", "protocole d'accord",
    "entraide judiciaire", "mutual legal assistance", "commissions rogatoires", "letters rogatory",
    "الإنابات القضائية", "إنابة قضائية", "demandes d'extradition", "demande d'extradition", "extradition request",
    "طلبات التسليم", "طلب تسليم",
    # a contribution to another country's investigations: "nous avons contribué à ces enquêtes", "ساهم المغرب في"
    "contribue", "contribut", "ساهم", "مساهمة",
    # the contribution a foreign service brought: "a salué l'apport des services français"
    "l'apport",
    # help that let a partner act: "information that helped the United States disrupt a plot"
    "helped … disrupt", "helped … dismantle", "helped … arrest",
    # help in finding a suspect: "French intelligence helped trace him", "ont aidé à localiser", "ساعدت في تحديد مكان"
    "helped … trace", "helped … track", "helped … locate", "helped … identify", "aidé … localiser",
    "aidé … identifier", "aidé … retrouver",
    # intelligence exchanged: "thanked Germany's services for intelligence exchanged", "exchanging information with"
    "intelligence … exchang", "information … exchang", "exchang … intelligence", "exchang … information",
    # an operation carried out together with a foreign service: "menée avec les services espagnols", "conducted
    # with the Spanish police", "نفذت بمعية الشرطة الإسبانية"
    "menée avec", "menées avec", "mené avec", "menés avec", "conduite avec", "conduites avec", "réalisée avec",
    "conducted with", "carried out with", "conducted alongside", "carried out alongside", "بمعية",
    # a minister speaking beside a foreign official at a joint appearance: "Speaking alongside the US deputy
    # secretary of state, the foreign minister said …", "s'exprimant aux côtés du ministre belge"
    "speaking alongside", "standing alongside", "s'exprimant aux côtés", "joint press conference",
    # intelligence shared as a practice: "intelligence sharing with the FBI", "le partage de renseignements avec"
    "intelligence sharing", "information sharing", "sharing … intelligence", "sharing … information",
    "partage … renseignement", "partage … information",
    # a foreign security delegation received, an officer decorated by a foreign government
    "وفد من", "وفدا من", "وفد عن", "وفدا عن", "توشيح", "وشح", "وسام", "délégation de", "délégation du", "décoré",
    "décoration", "delegation from", "delegation of", "decorated", "decoration",
    # services that work together: "les services marocains travaillent au quotidien avec la France", "Moroccan
    # services work closely with Spain", "تعمل المصالح المغربية يوميا مع إسبانيا"
    "travaill … avec", "work … with", "working … with", "يعمل … مع", "تعمل … مع", "نعمل … مع",
)  # fmt: skip
_CONTRAST_CUES = (
    "على عكس", "بعكس", "عكس ما", "بخلاف", "خلافا", "في المقابل", "بالمقابل", "مقارنة", "جرب",
    "contrairement", "à la différence", "à l'inverse", "en revanche", "par contraste", "expériment",
    "unlike", "in contrast", "compared with", "compared to", "whereas",
    # "À titre de comparaison, la France a déjoué …", "For comparison, Spain arrested …": a country set beside Morocco
    "comparaison", "comparison",
)  # fmt: skip
_CONFLICT_CUES = (
    "بؤر التوتر", "بؤرة توتر", "التحق", "التحاق", "يلتحق", "قتال", "مقاتل", "عائد", "عودة", "سافر", "سفر إلى",
    "هاجر", "نزاع", "ساحة", "ساحات", "معسكرات", "مخيمات", "سجون", "معتقلات",
    "zones de conflit", "zone de conflit", "foyers de tension", "rejoindre", "rejoint", "combatt",
    "revenant", "de retour", "camps", "prisons", "conflict zone", "joined", "fight", "travel", "returned",
    "returnee",
)  # fmt: skip
# A cooperation word after one of these is the opposite cue: "رفضت التعاون", "sans coopération".
_NEGATORS = frozenset(
    _fold_word(w)
    for w in (
        "لا", "لم", "لن", "عدم", "غياب", "رفض", "رفضت", "يرفض", "ترفض", "دون", "بدون", "تجميد", "تعليق",
        "وقف", "قطع", "انعدام", "pas", "sans", "refus", "refuse", "refusent", "absence", "gel",
        "suspension", "aucune", "aucun", "jamais", "ni", "non", "manque", "not", "no", "without", "refused",
        "lack", "never", "absence", "halted", "suspended",
        # the verb's other forms ("le seul voisin à refuser tout échange", "refusing any exchange")
        "refuser", "refusé", "refusée", "refusait", "refusaient", "refusant", "refuses", "refusing", "declined",
        "declines", "declining", "rejette", "rejeté", "rejects", "rejected", "rejecting", "يرفضون", "رفضوا",
    )
)  # fmt: skip
# The word before a nationality that makes it a person's ("مواطن فرنسي", "de nationalité belge").
_PERSON_NOUNS = frozenset(
    _fold_word(w)
    for w in (
        "مواطن", "مواطنة", "مواطنين", "مواطنون", "مواطنا", "مواطني", "مواطنو", "شخص", "شخصا", "أشخاص", "شاب",
        "شابا", "شابة", "شبان", "امرأة", "سيدة", "رجل", "طفل", "قاصر", "قاصرا", "قاصرين", "سائح", "سائحة",
        "سائحين", "سائحتين", "سياح", "متطرف", "متطرفا", "متطرفين", "متطرفون", "مقاتل", "مقاتلا", "مقاتلين",
        "مقاتلون", "إرهابي", "إرهابيا", "إرهابيين", "جهادي", "جهاديين", "جهاديون", "رعايا", "رعية", "مهاجر",
        "مهاجرين", "مهاجرون", "معتقل", "معتقلين", "موقوف", "موقوفين", "مشتبه", "متهم", "متهمين", "طالب",
        "طالبة", "طلبة", "لاجئ", "لاجئين", "ضحايا", "ضحية", "جنسية", "جنسيتين", "أصل", "أصول", "منحدر",
        "ressortissant", "ressortissante", "ressortissants", "citoyen", "citoyenne", "citoyens", "homme",
        "hommes", "femme", "femmes", "jeune", "jeunes", "individu", "individus", "personne", "personnes",
        "suspect", "suspects", "terroriste", "terroristes", "djihadiste", "djihadistes", "jihadiste",
        "jihadistes", "combattant", "combattants", "touriste", "touristes", "migrant", "migrants", "mineur",
        "mineurs", "nationalité", "origine", "détenu", "détenus", "réfugié", "réfugiés", "victime",
        "victimes", "étudiant", "étudiants", "national", "nationals", "citizen", "citizens", "man", "men",
        "woman", "women", "suspects", "fighters", "tourists", "tourist", "nationality", "origin", "descent",
    )
)  # fmt: skip
# A sentence that opens with one of these gives examples of the previous sentence's statement.
# (Used with .match(text, pos), which anchors at pos; "^" would only match at 0.)
_EXAMPLE_OPENERS = re.compile(
    "[\\s\"'«(]*(?:" + "|".join(_fold_word(w) for w in ("ومن الأمثلة", "من الأمثلة", "ومن بينها", "من بينها", "ومنها", "منها", "مثل", "ومثل", "على غرار", "وعلى غرار", "parmi", "notamment", "par exemple")) + ")(?!\\w)"
)  # fmt: skip

# the countries a speaker cites as examples of the partners the sentence before spoke of ("Le ministre a cité en
# exemple l'Espagne et les Pays-Bas", "He cited Spain and Belgium as examples", "وضرب مثلا بإسبانيا")
_CITED_AS_EXAMPLES = re.compile(
    r"(?<!\w)(?:en\s+exemple|pour\s+exemple|as\s+(?:an\s+)?examples?|ضرب\s+مثلا)(?!\w)"
)
_CLITICS = "(?:[وف]?(?:لل|[بكل]?ال|[بكل])?)?"
_GAP = r"(?:\s+\S++){0,3}?"


def _cue_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word == "…":
            parts.append(None)
            continue
        stem = re.escape(_fold_word(word))
        parts.append(_CLITICS + stem if _ARABIC_LETTER.match(word) else r"(?:[a-z]+')?" + stem)
    pattern, previous = "", None
    for part in parts:
        if part is None:
            pattern += (
                r"\S*+" + _GAP
            )  # the stem before the gap is a stem too: "thank … intelligence" reads "thanked"
        elif previous is None and not pattern:
            pattern = part
        else:
            pattern += r"\S*\s+" + part
        previous = part
    return pattern  # the caller puts (?<!\w) once before the alternation of these


# (kind, ((phrase, its folded words), ...)) for each kind of cue
_CuePhrases = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]


@lru_cache(maxsize=1)
def _cue_phrases() -> _CuePhrases:
    """Each kind with its phrases, longest first, and the folded words each phrase must contain."""

    def with_words(phrases):
        ordered = sorted(phrases, key=len, reverse=True)
        return tuple((p, tuple(_fold_word(w) for w in p.split() if w != "…")) for p in ordered)

    return (
        (PARTNER, with_words(_PARTNER_CUES)),
        ("contrast", with_words(_CONTRAST_CUES)),
        ("conflict", with_words(_CONFLICT_CUES)),
    )


def _present_cues(text: str, cue_phrases: _CuePhrases | None = None) -> _CuePhrases:
    """`cue_phrases` (by default all of them; else some of them), keeping only the phrases whose words all
    occur in `text`.

    A phrase missing a word can never match, so leaving it out changes no match. Filtered once for the
    body, then for each sentence, the regex engine tries a handful of alternatives (often none) at each
    position instead of every phrase. The words `text` holds are found in one pass (a Vocabulary of every
    phrase's words), not by a scan of the whole body per word.
    """
    holds = _cue_words().present_in(text)
    present = []
    for kind, phrases in cue_phrases if cue_phrases is not None else _cue_phrases():
        kept = tuple((p, words) for p, words in phrases if holds.issuperset(words))
        if kept:
            present.append((kind, kept))
    return tuple(present)


@lru_cache(maxsize=1)
def _cue_words() -> Vocabulary:
    return Vocabulary(
        sorted({word for _kind, phrases in _cue_phrases() for _p, words in phrases for word in words})
    )


_LATIN_LOWER = re.compile("[a-z]")


@lru_cache(maxsize=4)
def _cue_phrases_of_scripts(latin: bool, arabic: bool) -> _CuePhrases:
    """`_cue_phrases()` less the phrases with a word holding a Latin (Arabic) letter when the text holds
    none (`latin`, `arabic` False): such a word cannot occur in it. Most bodies are in one script, and
    looking for a word of the other one through a whole body costs as much as for a word that is there."""

    def possible(word: str) -> bool:
        return (latin or _LATIN_LOWER.search(word) is None) and (
            arabic or _ARABIC_LETTER.search(word) is None
        )

    return tuple(
        (kind, tuple((p, words) for p, words in phrases if all(map(possible, words))))
        for kind, phrases in _cue_phrases()
    )


def _cue_phrases_for(text: str) -> _CuePhrases:
    """The cue phrases that can occur in `text`, judged by the scripts it holds (same `_present_cues`)."""
    return _cue_phrases_of_scripts(
        _LATIN_LOWER.search(text) is not None, _ARABIC_LETTER.search(text) is not None
    )


def _cue_patterns(present_cues: _CuePhrases) -> tuple[tuple[str, re.Pattern], ...]:
    """One alternation per kind, of the phrases `_present_cues` kept."""
    return tuple((kind, _compiled_cues(tuple(p for p, _ in phrases))) for kind, phrases in present_cues)


@lru_cache(maxsize=2048)
def _compiled_cues(phrases: tuple[str, ...]) -> re.Pattern:
    # Every alternative starts at a word start: (?<!\w) is tested once, not once per alternative.
    return re.compile(r"(?<!\w)(?:" + "|".join(_cue_pattern(p) for p in phrases) + ")")


# ---------------------------------------------------------------------------------------------
# Finding mentions and deciding roles.


@dataclass
class _Match:
    code: str
    start: int  # folded-body offsets of the name (clitics excluded)
    end: int
    full_start: int  # where the word begins, clitics included
    form: _Form


@dataclass(frozen=True)
class _Cue:
    kind: str  # partner | contrast | conflict | negated
    start: int
    end: int
    forward_only: bool = False  # "بتنسيق مع السلطات الإسبانية": its partner is named after it


# After a cooperation word: up to two words, then "with"/"between", then who (four words at most).
_WITH_WHOM = re.compile(r"\S*(?:\s+\S+){0,2}?\s+(?:مع|avec)\s+((?:\S+\s*){1,4})")
_MOROCCO_WORDS = frozenset(
    _fold_word(w) for w in ("المغرب", "مغربية", "مغربي", "الرباط", "المملكة", "Maroc", "marocains", "marocain", "marocaine", "marocaines", "Rabat", "Royaume")
)  # fmt: skip
_LOCATIVES = frozenset(
    _fold_word(w)
    for w in ("في", "إلى", "من", "نحو", "مدينة", "à", "a", "de", "vers", "depuis", "in", "to", "from")
)
_COOPERATION_BODIES = frozenset(
    _fold_word(w) for w in ("مجلس", "منظمة", "organisation", "conseil", "organization", "council")
)
# A country in a body's name ("لجنة التحقيق في العراق وسوريا", "the committee on Iraq and Syria") or the place
# of an attack ("هجمات 11 سبتمبر في الولايات المتحدة", "the attacks in Paris") is named, not a partner.
_NOT_PARTNER_BEFORE = re.compile(
    r"(?:لجنه|اللجنه|بعثه|مجلس|committee|commission|comité|mission|council|هجمات|هجوم|اعتداءات|تفجيرات|تفجير"
    r"|attentats?|attacks?|bombings?|9/11|11\s+سبتمبر|11\s+septembre)\S*(?:\s+[^\s،,]+){0,3}?\s+(?:في|حول|بشان|on|in|en|sur|à|about|of)\s+(?:the\s+)?$"
)
# The last word of a text, matched on the text reversed: "(\w+)\s*$" searched forwards would be tried
# (and fail) from every position of the 80 characters before a name.
_WORD_BEFORE_REVERSED = re.compile(r"\s*(\w+)")
_LIST_JOINER = re.compile(
    r"^[\s،,؛]*(?:و|او|ثم|et|ou|ainsi que|and|or|as well as)?[بكل]?[\s،,]*(?:(?:l'|la|le|les|d'|de|du|des|en|au|aux|the|in)\s*)*$"
)
# Full stops (not decimal points), line breaks, and the wide gaps aggregators put between headlines.
# (The lookahead changes no match: it lets the engine leave most positions after one test.)
_SENTENCE_END = re.compile(r"(?=[.!?؟;\n \t])(?:(?<!\d)[.!?؟;]+|[.!?؟;]+(?!\d)|\n+|[ \t]{3,})")


@lru_cache(maxsize=4096)  # a pure function of the word (callers only read the set): a text repeats its words
def _word_variants(word: str) -> frozenset[str]:
    variants = {word}
    for w in list(variants):
        if w[:1] in ("و", "ف") and len(w) > 2:
            variants.add(w[1:])
    for w in list(variants):
        if w.startswith("ال") and len(w) > 3:
            variants.add(w[2:])
    return frozenset(variants)


def _word_before(folded: str, position: int) -> frozenset[str] | set[str]:
    found = _WORD_BEFORE_REVERSED.match(folded[max(0, position - 80) : position][::-1])
    return _word_variants(found.group(1)[::-1]) if found else set()


@lru_cache(maxsize=1)
def _region_qualifiers() -> dict[str, frozenset[str]]:
    return {
        _fold_word(name): frozenset(_fold_word(w) for w in words) for name, words in REGION_QUALIFIERS.items()
    }


# Patterns of the helpers below, compiled once (not looked up in re's cache at every call)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_WORD_AFTER_NEXT = re.compile(r"\S*\s+(\S+)")
_WORDS = re.compile(r"\w+")


def _names_a_region(folded: str, name: str, end: int) -> bool:
    qualifiers = _region_qualifiers().get(name)
    following = _NEXT_WORD.match(folded[end : end + 40])
    return bool(qualifiers and following and following.group(1) in qualifiers)


def _written_as_required(form: _Form, printed: str) -> bool:
    if form.case == "upper":
        return printed.isupper()
    if form.case == "initial":
        # a name that opens on its article ("the Netherlands", "the Gambia") may print it in lowercase
        name = printed[4:] if printed[:4] in ("the ", "The ") and len(printed) > 4 else printed
        return name[:1].isupper()
    return True


def _raw_matches(folded: str, index: list[int], original: str) -> list[_Match]:
    candidates, _spans = _candidates(folded, index, original)
    return _outside_regions(folded, candidates)


def _candidates(
    folded: str, index: list[int], original: str
) -> tuple[list[tuple[_Match, bool]], tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """The names found, by where they start, each with whether it is an Arabic one (which a region word after
    it may disqualify, `_outside_regions`); and the spans of every match of the two patterns, in order."""
    lexicon = _lexicon()
    matches: list[tuple[_Match, bool]] = []
    arabic_spans, latin_spans = [], []
    for m in lexicon.arabic_pattern.finditer(folded):
        arabic_spans.append(m.span())
        if m.group("definite"):
            form, start, end = lexicon.arabic_definite[m.group("definite")], m.start("definite"), m.end()
        elif m.group("lam"):
            form, start, end = lexicon.arabic_definite["ا" + m.group("lam")], m.start("lam"), m.end()
        else:
            form, start, end = lexicon.arabic_bare[m.group("bare")], m.start("bare"), m.end()
        matches.append((_Match(form.code, start, end, m.start(), form), True))
    for m in lexicon.latin_pattern.finditer(folded) if lexicon.latin_first.search(folded) else ():
        latin_spans.append(m.span())
        form = lexicon.latin[m.group("latin")]
        printed = original[index[m.start()] : index[m.end() - 1] + 1]
        if not _written_as_required(form, printed):
            continue  # "une réunion", "de l'eau": not the country
        matches.append((_Match(form.code, m.start(), m.end(), m.start(), form), False))
    matches.sort(key=lambda pair: pair[0].start)
    return matches, (arabic_spans, latin_spans)


def _outside_regions(folded: str, candidates: list[tuple[_Match, bool]]) -> list[_Match]:
    # "أفريقيا الشمالية": a region, not the country
    return [
        m
        for m, arabic in candidates
        if not (arabic and _names_a_region(folded, folded[m.start : m.end], m.end))
    ]


_WORD_CHAR = re.compile(r"\w")


class BodyNames:
    """The body folded for matching and the names its patterns find, once for the whole article: the
    claims pass's foreign-scope check (ForeignScope) takes each sentence's names from it, the countries
    pass uses it too, instead of folding and matching every sentence again."""

    def __init__(self, document: Document):
        self.document = document  # read when first asked for (`_found`), not before

    @cached_property
    def body_fold(self) -> tuple[str, list[int]]:
        """fold_with_map of the body: folded once, for the names here and for each sentence of the claims pass
        (normalize.FoldedText.within)."""
        return fold_with_map(self.document.body)

    @cached_property
    def _found(self):
        body = self.document.body
        folded, index = _fold_for_matching(body, self.body_fold)
        candidates, spans = _candidates(folded, index, body)
        # every pattern match, per pattern (the matches of one pattern never overlap, so in this order
        # their ends increase too)
        spans = [([a for a, _ in family], [b for _, b in family]) for family in spans]
        return folded, index, candidates, [m.start for m, _ in candidates], spans

    @property
    def folded(self) -> str:
        return self._found[0]

    @property
    def index(self) -> list[int]:
        return self._found[1]

    @property
    def candidates(self) -> list[tuple[_Match, bool]]:
        return self._found[2]

    def _crossed(self, position: int) -> bool:
        """Whether a match of a pattern runs across `position` (starts before it and ends after it)."""
        for starts, ends in self._found[4]:
            k = bisect_left(starts, position)
            if k and ends[k - 1] > position:
                return True
        return False

    def sentence_matches(self, start: int, end: int, folded: str) -> list[_Match] | None:
        """`_raw_matches` of the sentence text[start:end] (document offsets), whose folded form is `folded`;
        None when the body's matches may differ from the sentence's own (then the caller matches it).

        The same pattern over the body finds, inside the sentence, exactly what it finds over the sentence
        alone when the characters around the sentence are not word characters (the patterns' only
        assertions are \\w look-arounds at both ends) and no body match runs across either end of it. The
        region word after a name is looked for in the sentence alone, as `_raw_matches` does.
        """
        body_start = self.document.body_start
        fs = bisect_left(self.index, start - body_start)
        fe = bisect_left(self.index, end - body_start)
        body_folded = self.folded
        if body_folded[fs:fe] != folded:
            return None
        if fs > 0 and _WORD_CHAR.match(body_folded, fs - 1):
            return None
        if fe < len(body_folded) and _WORD_CHAR.match(body_folded, fe):
            return None
        if self._crossed(fs) or self._crossed(fe):
            return None
        candidate_starts = self._found[3]
        low = bisect_left(candidate_starts, fs)
        high = bisect_left(candidate_starts, fe)
        inside = [
            (_Match(m.code, m.start - fs, m.end - fs, m.full_start - fs, m.form), arabic)
            for m, arabic in self.candidates[low:high]
            if m.full_start >= fs and m.end <= fe
        ]
        return _outside_regions(folded, inside)


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Sentence spans, none longer than sentences.MAX_SENTENCE_CHARS (which keeps the cost linear)."""
    spans, start = [], 0
    for end_mark in _SENTENCE_END.finditer(folded):
        if end_mark.start() > start:
            spans.extend(bounded_pieces(folded, start, end_mark.start()))
        start = end_mark.end()
    if start < len(folded):
        spans.extend(bounded_pieces(folded, start, len(folded)))
    return spans


def _groups(folded: str, matches: list[_Match]) -> list[list[_Match]]:
    """Runs of countries written as one list: "فرنسا، وإسبانيا، وألمانيا"."""
    groups: list[list[_Match]] = []
    for match in matches:
        if groups and _LIST_JOINER.match(folded[groups[-1][-1].end : match.start]):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def _has_place_context(folded: str, match: _Match, group: list[_Match]) -> bool:
    if any(other.form.context is None for other in group):
        return True
    if folded[match.full_start : match.start].endswith("ب"):  # "بمالي": in Mali
        return True
    return bool(_word_before(folded, match.full_start) & match.form.context)


def _is_a_location(folded: str, match: _Match) -> bool:
    """ "في باريس", "بمدريد", "à Madrid": the city where something happened, not a government."""
    if "ب" in folded[match.full_start : match.start]:
        return True
    return bool(_word_before(folded, match.full_start) & _LOCATIVES)


# "le FBI marocain", "الإف بي آي المغربي", "Morocco's FBI": the BCIJ's nickname, not the United States
_MOROCCAN_NICKNAME = re.compile(r"\s*(?:المغربي|marocain|du\s+maroc|of\s+morocco)(?!\w)")
_MOROCCAN_NICKNAME_BEFORE = re.compile(r"(?:morocco's|morocco’s|moroccan|kingdom's)\s+(?:own\s+)?$")


def _is_negated(folded: str, cue_start: int, cue_end: int) -> bool:
    before = folded[max(0, cue_start - 40) : cue_start].split()[-2:]
    # (a negator may carry a preposition: "أسف لغياب أي تعاون", "بعدم التنسيق")
    words = [
        _word_variants(w) | (_word_variants(w[1:]) if w[:1] in ("ل", "ب") and len(w) > 3 else frozenset())
        for w in before
    ]
    if any("سيما" in w for w in words):  # "لا سيما التعاون": "especially", not a negation
        return False
    after = _WORD_AFTER_NEXT.match(folded[cue_end : cue_end + 40])  # "ne coopère pas"
    if _REFUSED.search(folded, max(0, cue_start - 40), cue_start):
        return True  # "ترفض الجزائر أي تنسيق أمني", "Algeria refuses any security coordination"
    return any(w & _NEGATORS for w in words) or bool(after and after.group(1) == "pas")


# a cooperation refused: "ترفض الجزائر أي تنسيق", "refuses any cooperation", "refuse toute coopération"
_REFUSED = re.compile(
    r"(?<![\w])(?:[وف]?(?:ترفض|يرفض|رفضت|رفض)|refuses?|refused|rejects?|rejected|refuse\s+de)(?![\w])"
    r"(?:\s+\S+){0,2}?\s+(?:أي|اي|any|all|toute?|tout|كل)(?:\s+(?:security|counter-?terrorism|intelligence))?\s*$"
)


def _names_its_partner_after_it(folded: str, cue_end: int) -> bool:
    """ "التعاون مع إسبانيا" names the partner after "مع"; "أشادت إسبانيا بالتعاون مع المغرب" does not.

    So a cooperation "with" someone other than Morocco only reaches forward: in "إعادة مغاربة من
    سوريا بتنسيق مع السلطات الأمريكية" the partner is the United States, not Syria.
    """
    with_whom = _WITH_WHOM.match(folded, cue_end)
    if not with_whom:
        return False
    return not any(_word_variants(word) & _MOROCCO_WORDS for word in _WORDS.findall(with_whom.group(1)))


# A cooperation word that is the name of an association: "la coordination nationale des familles", "the families'
# coordination", "التنسيقية الوطنية لعائلات المعتقلين" (a body of relatives, not an act between states)
_ASSOCIATION_AFTER = re.compile(
    r"\w*\s+(?:nationale?|national|الوطنيه)(?!\w)|(?:يه|ية)(?!\w)"
    r"|\w*\s+(?:des|of\s+(?:the\s+)?|de|ل)\s*(?:ال)?(?:familles|families|proches|parents|relatives|عائلات|اسر)"
)
_ASSOCIATION_BEFORE = re.compile(r"(?:families|family|familles|relatives|parents)['’]?\s+$")


def _names_an_association(folded: str, cue_start: int, cue_end: int) -> bool:
    return bool(
        _ASSOCIATION_AFTER.match(folded, cue_end)
        or _ASSOCIATION_BEFORE.search(folded, max(0, cue_start - 20), cue_start)
    )


def _cues(folded: str, start: int, end: int, patterns: tuple[tuple[str, re.Pattern], ...]) -> list[_Cue]:
    cues = []
    for kind, pattern in patterns:
        for m in pattern.finditer(folded, start, end):
            if kind == PARTNER and _word_before(folded, m.start()) & _COOPERATION_BODIES:
                continue  # "مجلس التعاون الخليجي" is an organisation, not an act of cooperation
            if kind == PARTNER and _names_an_association(folded, m.start(), m.end()):
                continue  # "la Coordination nationale des familles", "the families' coordination": a body's name
            if kind == PARTNER and _is_negated(folded, m.start(), m.end()):
                cues.append(_Cue("negated", m.start(), m.end()))
            elif kind == PARTNER:
                cues.append(_Cue(kind, m.start(), m.end(), _names_its_partner_after_it(folded, m.end())))
            else:
                cues.append(_Cue(kind, m.start(), m.end()))
    return cues


def _outside_names(cues: list[_Cue], names: list[_Match]) -> list[_Cue]:
    """The cues not inside a name: "التحق" (joined) in "مكتب التحقيقات الفيدرالي" is part of the name."""
    starts = [m.start for m in names]  # in order, not overlapping
    kept = []
    for cue in cues:
        at = bisect_right(starts, cue.start) - 1
        if at < 0 or cue.end > names[at].end:
            kept.append(cue)
    return kept


# Foiling is a cue of help ("des informations marocaines ont permis de déjouer …"), but not when the country is
# the verb's subject: "la France a déjoué 9 projets", "Spain has thwarted", "أحبطت إسبانيا"
_FOIL_STEMS = ("dejou", "foil", "thwart", "احباط", "احبط", "يحبط", "تحبط", "افشال", "افشل")
_SUBJECT_THEN_VERB = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:(?:aussi|also|elle-meme|itself)\s+)?"
)
_SAYS_IT = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){1,3}?)?"  # "France's interior minister said his country had thwarted": its official
    r"\s+(?:(?:says|said|claims|reports)\s+(?:it|they|(?:his|her|its|their)\s+country)\s+(?:has\s+|have\s+|had\s+)?"
    r"|(?:a\s+)?(?:dit|declare|affirme|indique)\s+que\s+(?:son\s+pays|le\s+pays)\s+(?:a|avait)\s+"
    r"|(?:ب)?(?:انها|انه|انهم)\s+(?:قد\s+)?)"
)
_VERB_THEN_SUBJECT = re.compile(r"[وف]?\w*\s+")
_WORD_END = re.compile(r"\w*")


def _foils_itself(folded: str, start: int, end: int, cue: _Cue) -> bool:
    word = folded[cue.start : cue.end].lstrip("وف")
    if not word.startswith(_FOIL_STEMS):
        return False
    if cue.start >= end:
        # a finite verb, not an infinitive ("aidé la France à déjouer", "helped France foil"): the country acts
        verb = folded[cue.start : _WORD_END.match(folded, cue.end).end()].lstrip("وف")
        finite = verb.endswith(("e", "es", "ee", "ees", "ait", "aient", "ed", "s")) or (
            verb[:1] in "اتي"
            and not verb.startswith(("احباط", "افشال"))  # "أحبطت", "تحبط", not the noun "إحباط"
        )
        return finite and (
            _SUBJECT_THEN_VERB.fullmatch(folded, end, cue.start) is not None
            # the country's own account of itself: "تقول السلطات الفرنسية إنها أحبطت", "France says it foiled"
            or _SAYS_IT.fullmatch(folded, end, cue.start) is not None
        )
    return cue.end <= start and _VERB_THEN_SUBJECT.fullmatch(folded, cue.end, start) is not None


_CLAUSE_COMMA = re.compile(r"[,،;؛]\s*(?:و|and\s|et\s)")
# a contrast opens another clause a cue does not cross: "while others asked why Libya …", "بينما …", "alors que …"
_CONTRAST_WORDS = r"(?<![\w])(?:while|whereas|tandis\s+que|alors\s+que|بينما|في\s+حين|في\s+المقابل|en\s+revanche|by\s+contrast)"
_CONTRAST = re.compile(_CONTRAST_WORDS + r"(?![\w])")
# the same words with no guard after them: where a contrast may begin, found once per sentence, so that a group
# far from its cues does not search the whole stretch between them once per cue (the 1 MB paragraph)
_CONTRAST_STARTS = re.compile(_CONTRAST_WORDS)


def _contrast_between(folded: str, starts: list[int], lo: int, hi: int) -> bool:
    """`_CONTRAST.search(folded, lo, hi)`, asked only when a contrast word begins in [lo, hi)."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi and _CONTRAST.search(folded, lo, hi) is not None


def _group_role(folded: str, group: list[_Match], cues: list[_Cue], contrasts: list[int]) -> str:
    """`contrasts`: where a contrast word begins in the group's sentence (`_CONTRAST_STARTS`)."""
    if any(_word_before(folded, match.full_start) & _PERSON_NOUNS for match in group):
        return MENTIONED  # a nationality of people, not a state
    if _NOT_PARTNER_BEFORE.search(folded[max(0, group[0].full_start - 60) : group[0].full_start]):
        return MENTIONED
    if not cues:
        return MENTIONED
    start, end = group[0].start, group[-1].end
    # Nearest cue wins; on a tie the cautious reading (not a partner) wins; a cue that names its partner after
    # it does not reach back. (min(cues, key=(_distance, is partner)) written out: one loop, no call per cue.)
    nearest, best = None, None
    for cue in cues:
        if cue.forward_only and cue.start >= start:
            continue
        if cue.kind == PARTNER and _foils_itself(folded, start, end, cue):
            continue  # "la France a déjoué 9 projets", "أحبطت إسبانيا …": the country's own record
        distance = start - cue.end if cue.end <= start else cue.start - end if cue.start >= end else 0
        if distance and _contrast_between(
            folded, contrasts, *((cue.end, start) if cue.end <= start else (end, cue.start))
        ):
            continue  # "… praised the cooperation with Spain, while others asked why Libya was absent"
        # a cue of the country's own clause beats a nearer one across a comma ("بتنسيق مع المخابرات الإسبانية،
        # ويرتبط أحدهم بمقاتل في سوريا": the fighter's cue is Syria's, not Spain's)
        between = folded[cue.end : start] if cue.end <= start else folded[end : cue.start]
        key = (_CLAUSE_COMMA.search(between) is not None, distance, cue.kind == PARTNER)
        if best is None or key < best:
            nearest, best = cue, key
    if nearest is None:
        return MENTIONED
    return PARTNER if nearest.kind == PARTNER else MENTIONED


# A link to another article ("Read also: …", "Lire aussi :", "اقرأ أيضا:"): its countries are that article's
_RELATED_LINK = re.compile(
    r"\s*(?:[-–•*]\s*)?(?:(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)|voir\s+aussi|read\s+(?:also|more)|see\s+also"
    r"|related\s*:|اقرا\s+(?:ايضا|كذلك)|شاهد\s+ايضا)\s*[:：-]",
    re.IGNORECASE,
)


def find_countries(
    document: Document, budget: WorkBudget = NO_BUDGET, names: BodyNames | None = None
) -> list[CountryMention]:
    """Every country named in the body, with its role; offsets are in `document.text`.

    `names`: the body's names already found (BodyNames of this document), else found here."""
    if names is None or names.document is not document:
        names = BodyNames(document)
    folded, index = names.folded, names.index
    matches = _outside_regions(folded, names.candidates)
    match_starts = [m.start for m in matches]  # sorted: each sentence takes its slice by bisection
    body_cues = _present_cues(folded, _cue_phrases_for(folded))
    mentions: list[CountryMention] = []

    def own_cues(sentence_start: int, sentence_end: int) -> list[_Cue]:
        cue_patterns = _cue_patterns(_present_cues(folded[sentence_start:sentence_end], body_cues))
        return _cues(folded, sentence_start, sentence_end, cue_patterns)

    # A sentence's cues count only for the names in it, and, through "has a partner cue", for a next sentence
    # opening on an example ("ومنها …", "notamment …"): most sentences name no country, so their cues are
    # looked for only when such a sentence asks. `known`: whether the last sentence whose cues were read has a
    # partner cue; `unread`: the sentences after it, in order, whose cues were not read.
    known, unread = False, []

    def previous_has_partner_cue() -> bool:
        answer = known
        for start, end in unread:
            answer = any(cue.kind == PARTNER for cue in own_cues(start, end)) or (
                answer and _EXAMPLE_OPENERS.match(folded, start) is not None
            )
        return answer

    for sentence_start, sentence_end in _sentences(folded):
        budget.spend_text(sentence_end - sentence_start)
        in_sentence = matches[
            bisect_left(match_starts, sentence_start) : bisect_left(match_starts, sentence_end)
        ]
        if not in_sentence:
            unread.append((sentence_start, sentence_end))  # no name: no mention, whatever its cues
            continue
        if _RELATED_LINK.match(folded, sentence_start):
            unread.append(
                (sentence_start, sentence_end)
            )  # "Read also: Morocco, Spain seize …": another article
            continue
        cues = own_cues(sentence_start, sentence_end)
        has_partner_cue = any(cue.kind == PARTNER for cue in cues)
        if (
            not has_partner_cue
            and (
                _EXAMPLE_OPENERS.match(folded, sentence_start)
                or _CITED_AS_EXAMPLES.search(folded, sentence_start, sentence_end)
            )
            and previous_has_partner_cue()
        ):
            cues.append(_Cue(PARTNER, sentence_start, sentence_start))
            has_partner_cue = True
        known, unread = has_partner_cue, []

        kept = [
            m
            for group in _groups(folded, in_sentence)
            for m in group
            if (m.form.context is None or _has_place_context(folded, m, group))
            and not (m.form.capital and _is_a_location(folded, m))
            and not (m.form.capital and _MOROCCAN_NICKNAME.match(folded, m.end))
            and not (
                m.form.capital
                and _MOROCCAN_NICKNAME_BEFORE.search(folded, max(0, m.full_start - 20), m.full_start)
            )
        ]
        if cues and kept:
            cues = _outside_names(cues, kept)
        contrasts = [m.start() for m in _CONTRAST_STARTS.finditer(folded, sentence_start, sentence_end)]
        for group in _groups(folded, kept):
            role = _group_role(folded, group, cues, contrasts)
            for m in group:
                if m.form.capital and role != PARTNER:
                    continue  # a city, not a government
                start, end = index[m.start] + document.body_start, index[m.end - 1] + 1 + document.body_start
                mentions.append(CountryMention(m.code, role, document.text[start:end], start, end))
    return mentions


# ---------------------------------------------------------------------------------------------
# Scope: is a figure about another country's record? (claims.py drops such figures)

_MOROCCO_MARKERS = guarded(
    r"(?<!\w)(?:[وفبل]?ال)?(?:مغرب|مغربيه|مغربي|مملكه|مغاربه)(?!\w)|maroc|royaume|morocc|kingdom|rabat"
)
_FOREIGN_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:في|داخل|in|en|au|aux|dans|inside|across)\s+(?:the\s+|l')?$")
_SECURITY_BODY_BEFORE = re.compile(
    r"(?:الشرطه|السلطات|الامن|الاجهزه|المصالح|الوحدات|وزاره\s+الداخليه|police|polices|authorities|autorit[ée]s"
    r"|services|forces|ministry|minist[eè]re)\s+(?:الامنيه\s+)?$"
)
_WITH_PARTNER = re.compile(
    r"بتنسيق|بتعاون|بالتعاون|بالتنسيق|مشترك"
    r"|(?<![a-z])(?:coordination|collaboration|coop[ée]ration|cooperation|conjoint|joint)"  # not "rejoint"
    # done together: "ont mené ensemble une vingtaine d'opérations", "jointly carried out", "نفذا معا"
    r"|(?<![a-z])ensemble\s+(?:une?\s|des\s|\d)|(?<![a-z])(?:jointly|together\s+with)(?![a-z])|(?<!\w)معا(?!\w)"
)
_WORLD = guarded(
    r"(?<!\w)(?:العالم|عالميا|دول\s+العالم|worldwide|globally|global\s+terrorism\s+index|dans\s+le\s+monde|mondial)(?!\w)"
)
# Words that give a sentence opening on them the whole world for its scope: "وعلى الصعيد العالمي،", "À l'échelle
# mondiale,", "Around the world,"
_WORLD_OPENING = re.compile(
    r"(?<!\w)(?:العالمي|الدولي|العالم|عالميا|دوليا|الاوروبي|الافريقي|القاري|mondial\w*|international\w*|monde"
    r"|europeen\w*|africain\w*|continental\w*|worldwide|globally|global|internationally|world|european|african)(?!\w)"
)
# "toutes nationalités confondues", "of all nationalities", "من مختلف الجنسيات", "from some 110 countries": a count
# of every country's people, not of Morocco's
_ALL_NATIONALITIES = guarded(
    r"toutes\s+nationalites\s+confondues|de\s+toutes\s+(?:les\s+)?nationalites|(?:of|from)\s+all\s+nationalities"
    r"|all\s+nationalities\s+combined|(?:مختلف|جميع|كل)\s+الجنسيات|جنسيات\s+مختلفه"
    # "56 ألف شخص من 55 جنسية", "8 000 personnes de 55 nationalités", "people of 60 nationalities": a camp's people
    r"|(?<!\w)(?:من|de|of|from)\s+(?:plus\s+de\s+|more\s+than\s+|اكثر\s+من\s+)?\d+\s+(?:جنسيه|جنسيات|nationalites|nationalities)"
)
_OF_COUNTRIES = re.compile(
    r"(?<!\w)(?:من|from|de)\s+(?:(?:حوالي|نحو|قرابه|some|about|around|nearly|pres\s+de|quelque|environ)\s+)?\d+\s+"
    r"(?:بلدا|بلدان|دوله|دول|countries|nations|pays)(?!\w)"
)
# A sentence's opening phrase that is only a place or a scope, up to its comma: "وفي الجانب الإسباني،",
# "Du côté espagnol,", "On the Spanish side,", "En Belgique,"; not a source ("Selon la police espagnole,") nor
# a joint frame ("Avec l'Espagne,")
_OPENING_PHRASE = re.compile(r"[\s\"'«(—–-]*([^\d،,;؛:.]{2,60}?)\s*[،,]")  # used with .match(text, pos)
_NOT_A_SCOPE = re.compile(
    r"(?<!\w)(?:[وف]?(?:حسب|بحسب|وفق|وفقا|مع|بتعاون|بتنسيق|بالتعاون|بالتنسيق)|selon|d'apres|avec|according|with"
    r"|in\s+cooperation|en\s+cooperation|aux\s+cotes)(?!\w)"
)


# Foreign security forces known by their own name, and Morocco's bodies (folded, accents off): the force acting
# in a figure's clause makes it that country's record (ForeignScope._foreign_force_acts)
_FOREIGN_FORCE = re.compile(
    r"(?<!\w)(?:guardia\s+civil|garde\s+civile|policia\s+nacional|(?:ال)?حرس\s+(?:ال)?مدني|fbi|dgsi|mi5|bundespolizei"
    r"|scotland\s+yard)(?!\w)"
)
_FORCE_SUBJECT = re.compile(
    r"\s*(?:[وف]?(?:قد\s+)?\S+\s+)?(?:la\s+|le\s+|l'|the\s+|(?:spain's|france's)\s+)?"
    + _FOREIGN_FORCE.pattern[7:]
)
_FORCE_AGENT = re.compile(
    r"(?<!\w)(?:par|by|من\s+(?:طرف|قبل))\s+(?:la\s+|le\s+|l'|les\s+|the\s+)?" + _FOREIGN_FORCE.pattern[7:]
)
_MOROCCAN_BODY = re.compile(
    r"(?<!\w)(?:bcij|dgst|dgsn|dst|bnpj|[وفبل]?(?:ال)?بسيج|(?:ال)?مكتب\s+(?:ال)?مركزي|مراقبه\s+التراب|(?:ال)?امن\s+(?:ال)?وطني)(?!\w)"
)


_CLAUSE_SPLIT = re.compile(
    r"[،,;؛:]|\s(?:في\s+حين|فيما|بينما|في\s+وقت|في\s+المقابل|while|whereas|alors\s+que|tandis\s+que|de\s+son\s+côté"
    r"|by\s+comparison|for\s+comparison|at\s+a\s+time\s+when|au\s+moment\s+où|par\s+comparaison|en\s+revanche"
    r"|par\s+contre|by\s+contrast)(?=\s)"
)
_DESTINATION_BEFORE = re.compile(
    r"(?:^|\s)(?:في|الي|نحو|من|داخل|in|into|to|from|en|au|aux|vers|depuis|de|dans|à|at)\s+(?:the\s+|l')?$"
)
_OWN_CITIZENS = re.compile(
    r"من\s+مواطنيها|of\s+its\s+(?:own\s+)?(?:citizens|nationals)|de\s+ses\s+(?:propres\s+)?(?:ressortissants|citoyens)"
)


# A relative clause right after a country, whose verb gives the figure: "Tunisia, which sent some 3,000", "la
# Tunisie, qui en a vu partir près de 3 000", "تونس التي صدرت نحو 3000".
_RELATIVE_OF_COUNTRY = re.compile(
    r"\s*[,،]?\s*(?:which|who|qui|laquelle|lequel|التي|الذي)(?:\s+[^\s,،;؛.]+){0,6}\s+"
)


# "his country" as the subject of a figure's clause, in a sentence whose speaker is named by a foreign nationality or
# country before it ("المسؤول الإسباني … بلاده", "le ministre belge … son pays", "the Spanish minister … his country").
_HIS_COUNTRY = re.compile(
    r"(?<![\w])(?:[وف]?(?:بلاده|بلادها|دولته|دولتها)|son\s+pays|his\s+country|her\s+country)(?![\w])"
)


class ForeignScope:
    """Whether a figure of a sentence is another country's or the world's, not Morocco's.

    In the figure's clause: a foreign country is the subject ("وتحتل تونس", "Tunisia, which sent …"), the
    nationality of what is counted ("413 مقاتلا بلجيكيا"), or the security body that acted ("الشرطة
    الإسبانية", "Spanish authorities"); or the sentence counts "its own citizens" of a foreign country. A word
    of Morocco or of joint work in the clause keeps the figure Morocco's. Built once per sentence.
    """

    def __init__(
        self,
        sentence: str,
        folded_text: FoldedText | None = None,
        names: BodyNames | None = None,
        start: int | None = None,
    ):
        """`folded_text`: the sentence already folded (normalize.FoldedText of `sentence`), not folded again;
        `names` and `start`: the body's names (BodyNames) and where the sentence starts in the document's
        text, to take the sentence's names from them."""
        if folded_text is not None and len(folded_text.folded) == len(folded_text.index):
            # what _fold_for_matching does: fold_with_map (FoldedText's own), then French accents off
            self.folded, self.index = _strip_accents(folded_text.folded), folded_text.index
        else:
            self.folded, self.index = _fold_for_matching(sentence)
        matches = None
        if names is not None and start is not None:
            matches = names.sentence_matches(start, start + len(sentence), self.folded)
        self.matches = matches if matches is not None else _raw_matches(self.folded, self.index, sentence)
        self.breaks = [m for m in _CLAUSE_SPLIT.finditer(self.folded)] if self.matches else []
        self.break_ends = [m.end() for m in self.breaks]  # in order: clause bounds by bisection
        self.break_starts = [m.start() for m in self.breaks]
        self._region_breaks: tuple[list[int], list[int]] | None = (
            None  # (record_placed_abroad, no country named)
        )
        # (the first match finditer gives is the one search gives: one scan for both when there are names)
        self.moroccan_at = (
            [m.start() for m in _MOROCCO_MARKERS.finditer(self.folded)]
            if self.matches and may_match(_MOROCCO_MARKERS.pattern, self.folded)
            else []
        )
        self.moroccan_sentence = bool(self.moroccan_at) or (
            not self.matches and bool(search(_MOROCCO_MARKERS, self.folded))
        )
        # (most sentences hold none of its words: then neither the sentence nor a clause of it is searched)
        self.own_citizens_words = may_match(_OWN_CITIZENS.pattern, self.folded)
        self.own_citizens = (
            self.own_citizens_words and bool(_OWN_CITIZENS.search(self.folded)) and not self.moroccan_sentence
        )
        self.may_be_foreign = bool(
            self.matches or search(_WORLD, self.folded) or search(_REGION_OR_CITIZENS, self.folded)
        )
        # What __call__ asks of every figure but depends only on the sentence, found once. Each test over
        # the matches below says "foreign" when any one match passes it, whatever their order: so the
        # matches are kept by where they begin, and a figure looks only at those that can pass.
        self.by_full_start = sorted(self.matches, key=lambda match: match.full_start)
        self.full_starts = [match.full_start for match in self.by_full_start]
        # a match that ends the sentence (nothing but closing punctuation after it), for "…، في تونس."
        self.at_the_end = [
            match for match in self.matches if not self.folded[match.end :].strip(" .!؟?)»\"'")
        ]
        first = self.matches[0] if self.matches else None
        self.lead_words = (
            len(_words(_CONTRAST_OPENER.sub("", self.folded[: first.full_start]))) if first else 0
        )
        # where a sentence-opening phrase of another country's or the world's scope ends (-1: none)
        self.opening_end = self._opening_scope()
        self.all_nationalities = _all_nationalities(self.folded)
        self.may_be_foreign = (
            self.may_be_foreign
            or self.opening_end >= 0
            or self.all_nationalities
            or bool(search(_FOREIGN_FIGHTERS, self.folded))
        )

    def _opening_scope(self) -> int:
        if not self.matches and not may_match(_WORLD_OPENING.pattern, self.folded):
            return -1  # no country named and no word of the world's scope: no opening phrase is a scope
        contrast = _CONTRAST_OPENER.match(self.folded)
        opening = _OPENING_PHRASE.match(self.folded, contrast.end() if contrast else 0)
        if opening is None or len(opening.group(1).split()) > 5 or _NOT_A_SCOPE.search(opening.group(1)):
            return -1
        phrase_start, phrase_end = opening.span(1)
        if _MOROCCO_MARKERS.search(self.folded, phrase_start, phrase_end):
            return -1
        if _WORLD_OPENING.search(self.folded, phrase_start, phrase_end) or any(
            phrase_start <= m.full_start and m.end <= phrase_end for m in self.matches
        ):
            return opening.end()
        return -1

    def _starting_in(self, low: int, high: int) -> list[_Match]:
        """The matches whose word begins in [low, high)."""
        starts = self.full_starts
        return self.by_full_start[bisect_left(starts, low) : bisect_left(starts, high)]

    def __call__(self, start: int, end: int) -> bool:
        """`start`/`end`: the figure's offsets in the sentence as given."""
        folded = self.folded
        if not self.may_be_foreign:
            return False
        start, end = _folded_offset(self.index, start), _folded_offset(self.index, end)
        ends, starts = self.break_ends, self.break_starts
        at = bisect_right(ends, start)
        clause_start = ends[at - 1] if at else 0
        at = bisect_left(starts, end)
        clause_end = starts[at] if at < len(starts) else len(folded)
        clause = folded[clause_start:clause_end]
        for match in self._starting_in(end, min(clause_end, end + 60)):
            if _FOREIGN_SOIL_BEFORE.search(folded, max(end, match.full_start - 12), match.full_start):
                return True  # "توقيف 9 أشخاص فوق التراب الإسباني", "arrested on Spanish soil": arrests abroad
        if _MOROCCO_MARKERS.search(clause) or _WITH_PARTNER.search(clause):
            return False
        if _WORLD.search(clause):
            return True
        if 0 <= self.opening_end <= start or self.all_nationalities:
            return True  # "وعلى الصعيد العالمي، … 40 ألف مقاتل", "Du côté espagnol, 9 personnes …", "toutes nationalités confondues"
        if self.own_citizens or self.own_citizens_words and _OWN_CITIZENS.search(clause):
            return True  # "… كازاخستان التي استعادت أكثر من 600 من مواطنيها": its own citizens, in a clause of no Morocco
        if self._others_people_or_region(start, end, clause_start, clause_end):
            return True  # "the number of Tunisian fighters at 5,000", "2,500 attacks across the Sahel"
        if _REGION_SUBJECT.match(folded, clause_start) and not self.moroccan_sentence:
            return True  # "وسجلت منطقة الساحل أكثر من 2,500 هجوم": the region's record
        his_country = _HIS_COUNTRY.search(folded, clause_start, start) if self.matches else None
        if his_country is not None and self._starting_in(0, his_country.start()):
            return (
                True  # "وأشار المسؤول الإسباني إلى أن بلاده فككت 23 خلية": the foreign speaker's own country
            )
        for match in self._starting_in(max(0, clause_start - 80), start):
            if _RELATIVE_OF_COUNTRY.fullmatch(folded, match.end, start):
                return True  # "… contrasts Morocco with Tunisia, which it says sent some 3,000": Tunisia's figure
        first = self.matches[0] if self.matches else None
        # Morocco named before the figure's clause ends (not "…, followed by Morocco" after it)
        moroccan_before = bool(self.moroccan_at) and self.moroccan_at[0] < clause_end  # in text order
        if first is not None and not moroccan_before and self.lead_words <= 1:
            if not folded[first.full_start : first.start] and first.end <= start:
                # "Tunisia, which sent an estimated 3,000 fighters, …", "في المقابل، شهدت فرنسا …، وغادر أراضيها
                # 1900": the sentence is about that country
                return True
        if not moroccan_before:
            for match in self._starting_in(clause_start, start):
                if (
                    not folded[match.full_start : match.start]
                    and _THAT_BEFORE.search(
                        folded, max(clause_start, match.full_start - 14), match.full_start
                    )
                    and len(_words(folded[match.end : start])) <= 4
                ):
                    # "تشير تقديرات إلى أن تونس صدرت نحو 3000 مقاتل", "estimates suggest that Tunisia sent 3,000":
                    # the country a reported clause opens on counts the figure its own verb gives
                    return True
        for match in self.at_the_end:
            if match.full_start >= clause_end and _TRAILING_PLACE.match(folded, clause_end, match.full_start):
                return True  # "… فككت 58 خلية إرهابية سنة 2024، في تونس."
        for match in self._starting_in(clause_start, clause_end):
            before = folded[max(clause_start, match.full_start - 40) : match.full_start]
            clitic = folded[match.full_start : match.start]
            if _SECURITY_BODY_BEFORE.search(before) or _SECURITY_AFTER.match(folded, match.end):
                return True  # "الشرطة الإسبانية", "la police espagnole", "Spanish authorities"
            if match.full_start >= end and match.full_start - end <= 25 and not clitic:
                if _NATIONALITY_OF_COUNTED.match(folded, end, match.full_start):
                    return True  # "413 مقاتلا بلجيكيا", "3 000 combattants tunisiens"
            lead = _words(folded[clause_start : match.full_start])
            if (
                match.end <= start
                and not clitic
                and (not lead or len(lead) == 1 and (_ARABIC_LETTER.match(lead[0]) or lead[0] in _ARTICLES))
                and not _DESTINATION_BEFORE.search(before)
            ):
                return True  # "وتحتل تونس … 6000 مقاتل", "La Tunisie aurait fourni …": the clause's subject
        if may_match(_FOREIGN_FORCE.pattern, folded) and self._foreign_force_acts(
            start, end, clause_start, clause_end
        ):
            return True  # "81 jihadistes ont été interpellés par la Guardia Civil", "the FBI arrested 12 suspects"
        return False

    def _foreign_force_acts(self, start: int, end: int, clause_start: int, clause_end: int) -> bool:
        """A foreign security force known by its own name (no country's name in it) acts in the figure's
        clause: its subject, at the clause's start, or the agent of its passive after the figure; unless a
        Moroccan body or joint work is named there too."""
        folded = self.folded
        clause = folded[clause_start:clause_end]
        if _MOROCCAN_BODY.search(clause) or _WITH_PARTNER.search(clause) or _MOROCCO_MARKERS.search(clause):
            return False
        subject = _FORCE_SUBJECT.match(folded, clause_start)
        if subject is not None and subject.end() <= start:
            return True
        return _FORCE_AGENT.search(folded, end, clause_end) is not None

    def located_abroad(self, start: int, end: int, metric: str) -> bool:
        """Fighters placed in a foreign country or region, in a clause that names no Moroccans: after a current
        count of them ("1,200 fighters remain active in Iraq", "ما زالوا ينشطون في سوريا", "restent actifs en
        Syrie": the metric is fighters_in_zone), or before a figure the engine read as no fighters' metric, on
        the counted fighters themselves ("عدد مقاتلي التنظيم في الساحل بما بين 5 آلاف و7 آلاف", "the number of
        the group's fighters in the Sahel at 6,000"; departures, returns, deaths, detentions are Morocco's). The
        claims pass asks it only in an article that has not spoken of Moroccans as people before: then it is
        the group's or that country's figure, not Morocco's."""
        folded = self.folded
        start, end = _folded_offset(self.index, start), _folded_offset(self.index, end)
        placed_before = not metric.startswith(("fighters_", "returnees"))
        if not self.matches and not (placed_before and _FIGHTERS_IN_REGION.search(folded, 0, start)):
            return False  # no foreign country named, no fighters placed in a region: most sentences
        breaks = self.breaks if self.matches else list(_CLAUSE_SPLIT.finditer(folded))
        ends, starts = [m.end() for m in breaks], [m.start() for m in breaks]
        at = bisect_right(ends, start)
        clause_start = ends[at - 1] if at else 0
        at = bisect_left(starts, end)
        clause_end = starts[at] if at < len(starts) else len(folded)
        clause = folded[clause_start:clause_end]
        if _MOROCCO_MARKERS.search(clause) or _MOROCCAN_PEOPLE.search(clause) or _WITH_PARTNER.search(clause):
            return False
        current_count = metric == "fighters_in_zone"
        if placed_before and _FIGHTERS_IN_REGION.search(folded, clause_start, start):
            return True
        for match in self._starting_in(clause_start, clause_end):
            placed = folded[match.full_start : match.start].endswith("ب") or bool(
                _FOREIGN_PLACE_BEFORE.search(
                    folded, max(clause_start, match.full_start - 12), match.full_start
                )
            )
            if not placed:
                continue
            if current_count and match.full_start >= end:
                return True
            if (
                placed_before
                and match.end <= start
                and _FIGHTERS_BEFORE_PLACE.search(
                    folded, max(clause_start, match.full_start - 45), match.full_start
                )
            ):
                return True
        return False

    def record_placed_abroad(self, start: int, end: int, metric: str) -> bool:
        """A count of the domestic record (arrests, cells, plots, attacks, cases) whose noun is placed in a
        foreign country or in a region of other countries right after it, in a clause that names no Morocco
        and no joint work: "عدد الموقوفين في الجزائر 1000", "426 arrests across the EU", "1 200 arrestations en
        France": that country's or region's record, not Morocco's. Fighters held or killed abroad stay Morocco's
        (their metrics are not asked)."""
        if metric not in _DOMESTIC_RECORD_METRICS:
            return False
        folded = self.folded
        if not self.matches and not may_match(_ABROAD_REGION.pattern, folded):
            return False  # no country named and no region: most sentences
        start, end = _folded_offset(self.index, start), _folded_offset(self.index, end)
        if self.matches:
            ends, starts = self.break_ends, self.break_starts
        else:  # (the clause bounds of a sentence that names no country, found once for all its figures)
            if self._region_breaks is None:
                breaks = list(_CLAUSE_SPLIT.finditer(folded))
                self._region_breaks = ([m.end() for m in breaks], [m.start() for m in breaks])
            ends, starts = self._region_breaks
        at = bisect_right(ends, start)
        clause_start = ends[at - 1] if at else 0
        at = bisect_left(starts, end)
        clause_end = starts[at] if at < len(starts) else len(folded)
        clause = folded[clause_start:clause_end]
        if _MOROCCO_MARKERS.search(clause) or _WITH_PARTNER.search(clause):
            return False
        low, high = max(clause_start, start - 50), min(clause_end, end + 50)
        for noun in _RECORD_NOUN_PLACED.finditer(folded, low, high):
            place = noun.end()
            if _ABROAD_REGION.match(folded, place):
                return True
            if self._starting_in(max(0, place - 1), place + 1):  # (a clitic "ب" glued to the name begins it)
                return True
        return False

    def record_owned_abroad(self, start: int, end: int, metric: str) -> bool:
        """A count of the domestic record that the sentence, after it, says belongs to another country's
        record ("…، وهو رقم يخص السجل الإسباني", "…, un chiffre qui relève du bilan belge", "…, a figure for
        the Dutch record alone"): a record noun with a foreign name right beside it, before any other number
        and any mention of Morocco."""
        if metric not in _DOMESTIC_RECORD_METRICS or not self.matches:
            return False
        folded = self.folded
        end = _folded_offset(self.index, end)
        stop = min(len(folded), end + _OWNER_REACH)
        number = _DIGIT_RUN.search(folded, end, stop)
        stop = number.start() if number else stop
        for noun in _RECORD_OF_COUNTRY.finditer(folded, end, stop):
            if _MOROCCO_MARKERS.search(folded, end, noun.end()):
                return False
            beside = self._starting_in(noun.end(), noun.end() + 12) or [
                m
                for m in self._starting_in(max(end, noun.start() - 20), noun.start())
                if m.end <= noun.start()
            ]
            if any(m.code != "MA" for m in beside):
                return True
        return False

    def _others_people_or_region(self, start: int, end: int, clause_start: int, clause_end: int) -> bool:
        """In a clause that names no Morocco: a count of foreign fighters of every country ("combattants
        étrangers", "foreign fighters"), of people a country's adjective qualifies ("Tunisian fighters",
        "combattants tunisiens", "المقاتلين التونسيين"), or of events placed in a region right after their
        noun ("2,500 attacks across the Sahel", "هجوم في منطقة الساحل")."""
        folded = self.folded
        if _FOREIGN_FIGHTERS.search(folded, clause_start, clause_end):
            return True
        if _REGION_AFTER_NOUN.match(folded, end):
            return True
        if may_match(_FIGHTERS_FROM.pattern, folded):
            for origin in _FIGHTERS_FROM.finditer(folded, clause_start, clause_end):
                # "le nombre de combattants venus d'Europe", "fighters who came from Belgium", "المقاتلين القادمين من
                # أوروبا": fighters another country or Europe sent (not a conflict zone they come back from)
                if _EUROPE.match(folded, origin.end()) or any(
                    m.code not in _CONFLICT_ZONE_CODES
                    for m in self._starting_in(origin.end(), origin.end() + 4)
                ):
                    return True
        for match in self._starting_in(clause_start, clause_end):
            if _PEOPLE_AFTER_NAME.match(folded, match.end) or _PEOPLE_BEFORE_NAME.search(
                folded, max(clause_start, match.full_start - 20), match.full_start
            ):
                return True
        return False


# Moroccans as people, in every form ("مقاتلا مغربيا", "المغاربة", "Marocains", "Moroccan fighters"): an article
# that has spoken of them scopes a later count of fighters to them (folded text, accents off)
_MOROCCAN_PEOPLE = re.compile(
    r"(?<!\w)(?:[وفبل]?ال)?(?:مغاربه|مغربيا|مغربيات|مغربيين|مغربيون)(?!\w)|(?<!\w)(?:moroccans|marocain(?:e)?s)(?!\w)"
    r"|(?<!\w)(?:moroccan|marocains?)\s+(?:fighters|jihadists|nationals|citizens|combattants|djihadistes|jihadistes"
    r"|ressortissants|returnees)(?!\w)|(?<!\w)(?:ال)?مقاتل\w*\s+(?:ال)?مغرب\w*"
)


def speaks_of_moroccans(folded: str) -> bool:
    """Whether a folded text speaks of Moroccans as people (its fighters, nationals, citizens)."""
    return bool(_MOROCCAN_PEOPLE.search(_strip_accents(folded)))


_FIGHTER_NOUNS = r"(?<!\w)(?:[وفبل]?(?:ال)?مقاتل(?:ي|ين|ون|و)|fighters|militants|combatants|combattants|(?:d)?jihadistes|jihadists)(?!\w)"
# the counted fighters placed in a foreign place before the figure: "مقاتلي التنظيم في سوريا", "fighters in Iraq"
# (the preposition, or the clitic "ب", is checked before the place by the caller)
_FIGHTERS_BEFORE_PLACE = re.compile(
    _FIGHTER_NOUNS + r"(?:\s+\S+){0,2}\s+(?:(?:في|داخل|in|en|au|aux|dans|inside|across)\s+(?:the\s+|l')?)?$"
)
_FIGHTERS_IN_REGION = re.compile(
    _FIGHTER_NOUNS
    + r"(?:\s+\S+){0,2}\s+(?:(?:في|داخل|in|en|au|aux|dans|inside|across)\s+(?:the\s+|le\s+|l')?|ب)"
    r"(?:منطقه\s+)?(?:الساحل|sahel|افريقيا|africa|afrique)(?!\w)"
)


# Fighters of every country: "les combattants étrangers" (accents off), "foreign fighters", "المقاتلين الأجانب"
_FOREIGN_FIGHTERS = re.compile(
    r"(?<!\w)(?:(?:combattants|djihadistes|jihadistes)\s+etrangers|foreign\s+(?:terrorist\s+)?fighters"
    r"|(?:ال)?مقاتلين\s+(?:ال)?اجانب|(?:ال)?مقاتلون\s+(?:ال)?اجانب)(?!\w)"
)
_PEOPLE_NOUNS = (
    r"(?:fighters|combatants|jihadists|militants|nationals|citizens|returnees|combattants|djihadistes|jihadistes"
    r"|ressortissants|(?:ال)?مقاتل(?:ين|ون|ا)?|(?:ال)?جهاديين|(?:ال)?مواطنين)"
)
_PEOPLE_AFTER_NAME = re.compile(r"\s+" + _PEOPLE_NOUNS + r"(?!\w)")  # "Tunisian fighters"
_PEOPLE_BEFORE_NAME = guarded(r"(?<!\w)" + _PEOPLE_NOUNS + r"\s+$")  # "combattants tunisiens"
_REGION_AFTER_NOUN = re.compile(
    r"\s+\S+\s+(?:(?:across|in|throughout|dans|au|en|في|عبر)\s+(?:the\s+|le\s+|l')?|ب)(?:منطقه\s+)?"
    r"(?:sahel|الساحل|africa|afrique|افريقيا|europe|اوروبا)(?!\w)"
)

# The domestic record's metrics, and their nouns placed right after in a foreign place ("الموقوفين في الجزائر",
# "terrorism arrests across the EU", "cellules démantelées en Belgique"): the place follows the noun, one word at
# most between them, then a preposition (the caller checks that a country's name or a region begins there).
# A country's record named after a figure: "السجل الإسباني", "le bilan belge", "the Dutch record", "Spain's tally"
_RECORD_OF_COUNTRY = re.compile(
    r"(?<!\w)(?:[وفبل]?(?:ال)?(?:سجل|حصيله|احصاءات|احصائيات)|bilan|record|tally|statistiques|statistics)(?!\w)"
)
_OWNER_REACH = 120
_DIGIT_RUN = re.compile(r"\d")
_DOMESTIC_RECORD_METRICS = frozenset(
    {"persons_arrested", "cells_dismantled", "plots_foiled", "terrorist_attacks"}
)
_RECORD_NOUN_PLACED = re.compile(
    r"(?<!\w)(?:[وفبل]?(?:ال)?(?:موقوفين|موقوفون|موقوفا|توقيفات|توقيف|اعتقالات|خلايا|خليه|هجمات|اعتداءات|مخططات|قضايا)"
    r"|arrests|arrested|arrestations|interpellations|interpelles|cells|cellules|attacks|attaques|attentats|plots"
    r"|projets|cases|dossiers)(?!\w)"
    # three words at most between, the record's own: "cellules terroristes démantelées en Belgique", "الخلايا الإرهابية
    # في", or its passive verb: "six attentats ont été déjoués en France", "plots were foiled in Spain"
    # (not an activity or a tie: "cellules actives en Espagne", "cellules liées au Sahel"; accents are off here)
    r"(?:\s+(?:terroristes?|terrorist|terrorism|jihadistes?|jihadist|[وف]?(?:ال)?ارهابيه|demantelee?s?|dismantled"
    r"|(?:ont|a|avaient|avait)\s+ete|were|was|have\s+been|has\s+been|had\s+been"
    r"|dejouee?s?|foiled|thwarted|commise?s?|perpetree?s?|committed|carried\s+out|d'attentats?|d'attaques?"
    r"|recorded|recensee?s?|enregistree?s?|(?:ال)?مفككه|(?:ال)?مسجله)){0,3}\s+"
    r"(?:(?:في|داخل|عبر|in|across|throughout|en|au|aux|dans|a\s+travers)\s+(?:the\s+|le\s+|la\s+|l'|les\s+)?|ب)"
)
# Fighters and where they came from: the place begins where the match ends (the caller checks which place)
_FIGHTERS_FROM = re.compile(
    _FIGHTER_NOUNS
    + r"\s+(?:\S+\s+){0,2}?(?:venus|venant|originaires|issus|(?:who\s+)?(?:came|come|coming)\s+from|from"
    r"|(?:ال)?قادمين|(?:ال)?قادمون|(?:ال)?وافدين)\s+(?:de\s+(?:la\s+|l'|le\s+)?|d'|des\s+|du\s+|من\s+)?(?:the\s+)?"
)
_EUROPE = re.compile(
    r"(?:ال)?(?:اتحاد\s+(?:ال)?اوروبي|اوروبا)(?!\w)|(?:eu|ue|european\s+union|union\s+europeenne|europe)(?!\w)"
)
# the places fighters leave for and come back from: not the country that sent them
_CONFLICT_ZONE_CODES = frozenset({"MA", "SY", "IQ", "LY", "AF", "ML", "SO", "YE", "TR"})
_ABROAD_REGION = re.compile(
    r"(?:ال)?(?:اتحاد\s+(?:ال)?اوروبي|اوروبا|الساحل|افريقيا)(?!\w)|(?:eu|ue|european\s+union|union\s+europeenne|europe"
    r"|sahel|africa|afrique)(?!\w)"
)

_THAT_BEFORE = re.compile(r"(?:^|\s)(?:[بو]?ان|que|qu'|that)\s*(?:la\s+|le\s+|les\s+|l'|the\s+)?$")
_CONTRAST_OPENER = re.compile(
    r"^\s*(?:[وف]?(?:في\s+المقابل|بالمقابل|اما)|by\s+contrast|in\s+contrast|by\s+comparison|for\s+comparison"
    r"|en\s+revanche|par\s+contre|à\s+l'inverse|par\s+comparaison)\s*[،,]?\s*"
)
_FOREIGN_SOIL_BEFORE = re.compile(r"(?:التراب|الاراضي|الارض|sol|soil|territoire|territory)\s+(?:ال)?$")
_REGION_SUBJECT = re.compile(
    r"\s*(?:\S+\s+){0,2}(?:منطقه\s+)?(?:الساحل|افريقيا|اوروبا)(?!\w)|\s*(?:\S+\s+)?(?:the\s+|le\s+|la\s+|l')?(?:sahel|africa|afrique|europe)(?!\w)"
)
_REGION_OR_CITIZENS = re.compile(
    r"الساحل|افريقيا|اوروبا|sahel|africa|afrique|europe|مواطنيها|its\s+(?:own\s+)?citizens|ses\s+ressortissants"
)
_ARTICLES = frozenset({"la", "le", "les", "l'", "the"})
_TRAILING_PLACE = re.compile(r"[،,]\s*(?:في|in|en|au)\s+(?:the\s+)?$")
_SECURITY_AFTER = re.compile(r"\s+(?:police|authorities|security\s+services|forces|intelligence)")
_NATIONALITY_OF_COUNTED = re.compile(
    r"\s*(?!(?:en|in|à|a|au|aux|dans|de|du|des|from|to|vers|into|في|الي|من|نحو|ب)\s)[\w'-]+\s+$"
)


def _all_nationalities(folded: str) -> bool:
    if ("نسي" in folded or "nationalit" in folded) and _ALL_NATIONALITIES.search(folded):
        return True
    return any(word in folded for word in _COUNTRY_NOUNS) and bool(_OF_COUNTRIES.search(folded))


_COUNTRY_NOUNS = ("بلدا", "بلدان", "دول", "countries", "nations", "pays")


def _words(text: str) -> list[str]:
    """The words of `text`, without the dashes and quotes that open an answer ("— La France a déjoué …")."""
    return [word for word in text.split() if _WORD_CHAR.search(word)]


def _folded_offset(index: list[int], original: int) -> int:
    return bisect_left(index, original)
