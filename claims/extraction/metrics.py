"""What a number counts: the noun right after it (or the noun of "عدد <noun> ... إلى N") and the verbs
around it decide the metric; cue words around it decide the subset.

Works on folded text (normalize.fold). A number whose noun is not one the engine tracks (days,
dirhams, views, victims of another conflict...) gets no metric and is therefore not a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from claims.extraction.literals import guarded, may_match
from claims.extraction.normalize import fold


def _forms(stems: dict[str, str], endings: tuple[str, ...]) -> dict[str, str]:
    return {fold(stem) + ending: cls for stem, cls in stems.items() for ending in endings}


# Folded noun forms -> noun class. Masculine nouns take -ا/-ين/-ون (and -ان/-ين duals),
# feminine nouns -ه/-ات (and -تين/-تان duals); irregular plurals are listed as they are.
_NOUNS: dict[str, str] = {}
_NOUNS |= _forms({"شخص": "person", "متطرف": "person", "مشتبه": "person", "متهم": "person",
                  "موقوف": "person", "معتقل": "person", "ارهابي": "person", "عنصر": "person", "فرد": "person",
                  "مقاتل": "fighter", "جهادي": "fighter", "عائد": "returnee", "مخطط": "plot",
                  "هجوم": "attack", "اعتداء": "attack", "تفجير": "attack", "مشروع": "plot", "قاصر": "person",
                  "طفل": "person", "رجل": "person", "متورط": "person", "مدان": "person", "متشدد": "person", "مناصر": "person",
                  "موال": "person", "قتيل": "person", "متطوع": "person"},
                 ("", "ا", "ين", "ون", "ان"))  # fmt: skip
_NOUNS |= {fold(w): cls for w, cls in {
    "أشخاص": "person", "عناصر": "person", "أفراد": "person", "سجناء": "person", "أعضاء": "person", "أنصار": "person",
    "نساء": "person", "امرأة": "person", "امرأتين": "person", "امرأتان": "person", "سيدات": "person", "نسوة": "person",
    "قاصرين": "person", "أطفال": "person", "رجال": "person", "أجانب": "person", "مغاربة": "person", "مغربيا": "person",
    "مغربي": "person", "قتلى": "person", "مواطنين": "person", "مواطنيها": "person", "مواطنيه": "person", "مواطنا": "person",
    "مواطن": "person", "رعايا": "person", "رعاياها": "person", "رعاياه": "person", "رعاياهم": "person",
    "خلية": "cell", "خلايا": "cell", "خليتين": "cell", "خليتان": "cell",
    "مخططات": "plot", "مشاريع": "plot", "محاولة": "attempt", "محاولات": "attempt",
    "هجمات": "attack", "هجمة": "attack", "اعتداءات": "attack", "تفجيرات": "attack",
    "عملية": "operation", "عمليات": "operation", "عمليتين": "operation", "عمليتان": "operation",
    "شبكة": "network", "شبكات": "network", "شبكتين": "network",
    "حالة": "case", "حالات": "case",
}.items()}  # fmt: skip
_FRENCH_NOUNS = {
    "cellule": "cell", "personne": "person", "individu": "person", "suspect": "person", "terroriste": "person",
    "extrémiste": "person", "extremiste": "person", "membre": "person", "femme": "person", "mineur": "person",
    "djihadiste": "fighter", "jihadiste": "fighter", "combattant": "fighter", "revenant": "returnee",
    "projet": "plot", "complot": "plot", "attentat": "attack", "attaque": "attack", "opération": "operation",
    "operation": "operation", "réseau": "network", "reseau": "network", "ressortissant": "person",
    "structure": "cell", "tentative": "attempt", "marocain": "person", "marocaine": "person",
    "élément": "person", "element": "person", "détenu": "person", "enfant": "person", "militant": "person",
    "islamiste": "person", "homme": "person", "retour": "returnee", "ca": "case", "dossier": "case", "partisan": "person",
    "sympathisant": "person", "recrue": "person", "départ": "fighter", "étranger": "person", "etranger": "person",
    # an arrest counts the person arrested ("64 interpellations en 2018", "120 arrestations")
    "interpellation": "person", "arrestation": "person", "jeune": "person", "frère": "person", "frere": "person",
}  # fmt: skip
# English nouns (singular and plural written out: English plurals are not all a trailing "s").
_ENGLISH_NOUNS = {
    "cell": "cell", "cells": "cell", "person": "person", "persons": "person", "people": "person",
    "individual": "person", "individuals": "person", "suspect": "person", "suspects": "person",
    "terrorist": "person", "terrorists": "person", "extremist": "person", "extremists": "person",
    "member": "person", "members": "person", "woman": "person", "women": "person", "minor": "person",
    "minors": "person", "child": "person", "children": "person", "moroccan": "person", "moroccans": "person",
    "national": "person", "nationals": "person", "foreigner": "person", "foreigners": "person",
    "militant": "person", "militants": "person", "element": "person", "elements": "person",
    "jihadist": "fighter", "jihadists": "fighter", "fighter": "fighter", "fighters": "fighter",
    "returnee": "returnee", "returnees": "returnee", "plot": "plot", "plots": "plot", "attack": "attack",
    "attacks": "attack", "attempt": "attempt", "attempts": "attempt", "operation": "operation",
    "operations": "operation", "network": "network", "networks": "network", "structure": "cell",
    "structures": "cell", "bombing": "attack", "bombings": "attack", "case": "case", "cases": "case",
    "supporter": "person", "supporters": "person", "follower": "person", "followers": "person", "recruit": "person",
    "recruits": "person", "operative": "person", "operatives": "person", "departure": "fighter",
    "departures": "fighter", "arrest": "person", "arrests": "person", "man": "person", "men": "person",
    "brother": "person", "brothers": "person",
}  # fmt: skip
# Words that may stand between a number and its noun: "1 256 présumés terroristes", "49 terror cells".
_ADJECTIVES = frozenset(
    "présumés présumé présumées autres nouveaux nouvelles nouveau anciens suspected alleged other more new "
    "terror terrorist extremist jihadist radicalized radicalised moroccan additional further islamist "
    "isis-linked pro-isis daesh-linked militant joint counter-terrorism anti-terrorist security others autres "
    "armed deadly major suicide radicalized radicalised islamic state is isis is-linked daesh al-qaeda qaeda "
    "jihadi presumed suspected pro-daesh terrorism terror-related terrorism-related militant-linked attempted planned "
    "foiled thwarted former".split()
)
_DUALS = {
    form
    for form in _NOUNS
    # a dual in either case: the accusative/genitive "-ين" and the nominative "-ان" ("امرأتين", "وامرأتان")
    if form.endswith(("تين", "تان"))
    or form in {"شخصين", "شخصان", "هجومين", "هجومان", "مخططين", "مخططان", "امراتين", "امراتان"}
}
_NOUN_SUBSET = {fold(w): s for w, s in {"نساء": "women", "امرأة": "women", "امرأتين": "women", "امرأتان": "women", "سيدات": "women",
                "نسوة": "women", "قاصر": "minors", "قاصرا": "minors", "قاصرين": "minors", "أطفال": "minors",
                "طفلا": "minors", "طفل": "minors", "طفلين": "minors",
                "أجانب": "foreigners", "femme": "women", "mineur": "minors", "enfant": "minors",
                "women": "women", "woman": "women", "minors": "minors", "minor": "minors", "children": "minors",
                "foreigners": "foreigners", "foreigner": "foreigners"}.items()}  # fmt: skip
_PREFIXES = ("وال", "بال", "لل", "ال", "و")

_ARREST_PROPER = (
    r"توقيف|اعتقال|ايقاف|اوقف|اعتقل|موقوف|معتقل|القبض|احيل|احاله|احال|تقديم|(?:امام|علي|الي)\s+(?:العداله|القضاء)"
    # presented to the prosecution after custody ("قدمت … أمام النيابات العامة", "présentés au parquet", "remis au
    # procureur"): a referral that follows the arrest
    r"|(?:امام|علي|الي)\s+(?:ال)?(?:نيابه|نيابات)|النيابات\s+العامه|الحراسه\s+النظريه|garde\s+à\s+vue"
    r"|(?:présenté|presente|remis|conduit)\w*\s+(?:au|devant\s+(?:le|la|les)|à\s+la)\s+(?:parquet|procureur|juge|justice)"
    r"|المقدمين|قدمتهم|قدمناهم|(?<![\w])[وف]?قدمنا"
    r"|(?<![\w])قضاييا(?![\w])|النيابه\s+العامه|ادان|convicted|condamn"
    # ("a interpellé le ministre": an MP questioning the government, not an arrest)
    r"|interpell(?!\w*\s+(?:le|la|les|l')\s*(?:ministre|gouvernement|ministère|exécutif|chef))|arrêt|arret|arrest|appréhend|tradui|(?<!\w)justice|prosecutors?(?!\w)"
    r"|déféré|neutralis|detained|apprehended|detention|custody|rounded\s+up|brought\s+to\s+justice"
    r"|before\s+(?:the\s+)?(?:courts?|judges?|prosecutors?)|(?<!\w)charged(?!\w)|indicted"
)
# Prosecuted: the prosecution's own count of the people it brought charges against ("توبع فيها 183 شخصا", "112
# personnes poursuivies", "people prosecuted"), an arrest where an arrest frames it (returnees, a referral)
_PROSECUTED = (
    r"(?<![\w])[وف]?توبع(?:وا)?(?![\w])|(?<!-t-il\s)(?<!-t-elle\s)poursuivi"
    r"|prosecut(?!ors?(?!\w))"
)
_ARREST = _ARREST_PROPER + "|" + _PROSECUTED
ARREST_PROPER = _ARREST_PROPER
# the defendants of one case before a court ("وتوبع في هذا الملف 24 متهما", "un dossier où sont poursuivis neuf
# accusés", "the trial of 12"): not the prosecution's yearly count
_ONE_CASE = (
    r"(?:هذا|هذه|ذات|نفس)\s+(?:ال)?(?:ملف|قضيه)|(?<![\w])(?:[وف]?(?:في|ب)\s*)?(?:ال)?ملف(?![\w])|محكمه|محاكمه|جلس(?:ه|ات)"
    r"|(?<!\w)(?:dossier|affaire|procès|proces|tribunal|cour|chambre|audience|trial|court|hearing)(?!\w)"
    r"|(?:this|that|the\s+same)\s+case"
)
_KILLED = (
    r"قتل|مصرع|حتفهم|حتفه|(?<![\w])[وف]?(?:لقي|لقوا|قضي|قضوا|هلك|مات|ماتوا)(?![\w])|تصفيه|tués|tues|morts|péri|killed|died|dead"
    # death as a verb phrase: "ont trouvé la mort", "ont perdu la vie", "lost their lives", "فقدوا حياتهم"
    r"|trouvé\s+la\s+mort|perdu\s+la\s+vie|lost\s+their\s+lives|فقدوا\s+حياتهم|فقد\s+حياته"
    # the dead as the counted noun: "سقط 120 قتيلا" (a bombing's dead are told apart by what caused them, claims.py)
    r"|قتيل"
)
_JOINED = (
    r"التحق|التحاق|ملتحق|منضم|انضم|الانضمام|سافر|توجهوا|نزحوا|غادروا|غادر|rejoint|partis(?![\w])|parties(?=\s+(?:en|vers|pour|dans|au|aux|combattre|rejoindre|se)(?![\w]))|ralli|combatt(?!ante?s?(?![\w]))|quitté|enrôl|rendus\s+(?:en|dans)"
    r"|join(?:ed|ing)?(?!\w)|travel+ed|left\s+(?:morocco|the\s+kingdom|the\s+country|to\s+(?:fight|join))|went\s+to"
    # "had gone to Syria", "left for Iraq", "headed to the Sahel", "sont allés combattre": other verbs of the departure
    r"|gone\s+to|left\s+for|headed\s+(?:to|for)|made\s+their\s+way\s+to|allés\s+(?:combattre|rejoindre|en|au|aux)(?!\w)"
    # "more than 1,600 Moroccans went, and many never came back", "went abroad": went away (not up, on trial, …)
    r"|(?<!\w)went(?=\s*[,.;!?]|\s+(?:abroad|away|there|overseas)(?!\w))"
    r"|fighting|fought|to\s+fight"
    # "أفاد الوزير بسفر 2000 مغربي", "a fait état du départ de 2000 Marocains", "the departure of 2,000 Moroccans":
    # the departure named by its noun, the people it counts after it
    r"|(?<![\w])[وف]?(?:ب|ل)?سفر(?![\w])|(?<![\w])départs?\s+(?:de|d')|(?<![\w])departures?\s+of(?![\w])"
    # "le nombre de Marocains combattant dans les rangs de Daech": the present participle, not the noun
    r"|(?<![\w])combattant\s+(?:dans|aux\s+côtés|au\s+sein|pour|en\s+(?:syrie|irak))(?![\w])"
    # "1669 مغربيا يقاتلون في صفوف التنظيمات الإرهابية": fighting in their ranks (present or past)
    r"|(?<![\w])[وف]?(?:يقاتلون|يقاتل|قاتلوا|قاتل|يحاربون)(?![\w])"
)
_DETAINED = (
    # "revenus des camps" is where they came from, "dans des camps" where they are
    r"(?<!من )(?<!from )(?<!(?<!dans )des )(?:معتقل|محتجز|سجون|مخيمات|مخيم|يقبع|détenus|detenus|emprisonn|retenu|held\s+in|camps|prisons)"
    r"|detained\s+(?:in|abroad|overseas)|stranded|stuck|رهن\s+(?:الاعتقال|الاحتجاز)|قيد\s+(?:الاعتقال|الاحتجاز)|en\s+détention"
    # stranded there: "bloqués dans le nord-est syrien", "coincés en Syrie", "العالقين في سوريا"
    # (indefinite in Arabic: "المغاربة العالقين" names a group, as in a mission's remit, more than it counts one)
    r"|bloqu[ée]e?s|coincé|(?<![\w])[وف]?عالق(?:ين|ون|ات)?(?![\w])"
    r"|in\s+(?:detention|custody)"
)
_ABROAD = (
    r"سوريا|العراق|سوري|عراق|الخارج|بور\s+التوتر|ليبيا|مخيم|syrie|irak|l'étranger|syria|iraq|abroad|libya"
    # the camps' keepers: "camps run by Kurdish forces", "les camps gérés par les Kurdes", "مخيمات الأكراد"
    r"|kurd|الكرد|الاكراد|قسد"
)
# camps and prisons: where the sentence before says where they are ("… held in Syria. The mission counted 138
# women held in camps …"), the people held there are held abroad
_CAMPS = r"مخيمات|مخيم|سجون|(?<!\w)camps?(?!\w)|(?<!\w)prisons(?!\w)"
# ("قد رحلت السلطات … 8 مغاربة": the authorities deported them home; "رحل" alone may be a death or a departure)
_REPATRIATED = r"(?<![\w])[وف]?(?:استعاد\w*|اعيدوا|ترحيل\w*|rapatri\w*|repatriat\w*|(?<=قد\s)رحلت(?!\w))"
_RETURN = (
    r"(?<![\w])(?:[وف]?(?:عادوا|عاد|عادت|عدن|عايد\w*|العايد\w*|عائد\w*|العوده|عودتهم|عوده|رجعوا|رجعت|رجعن|رجعو|رجع))(?!\w)"
    r"|revenant|rentrés|revenus|regagné|retour|returned|returnee|came\s+back|(?:have|has|had)\s+come\s+back|back\s+to\s+morocco"
    r"|brought\s+(?:back\s+)?home"
    rf"|{_REPATRIATED}"
)
_OTHER_CRIME = (
    r"الجريمه\s+(?:العامه|المنظمه)|الحق\s+العام|المخدرات|الهجره\s+غير|حوادث\s+السير|التهريب|الاتجار"
    r"|criminalité|droit\s+commun|stupéfiants|drogue|migration\s+irrégulière|crime\s+organisé|organi[sz]ed\s+crime"
    r"|drugs?(?!\w)|narcotic|cannabis|trafficking|trafic"
    # every field at once ("في مختلف القضايا", "toutes affaires confondues", "for all offences"): not terrorism's count
    r"|(?:مختلف|جميع|كل)\s+(?:ال)?(?:قضايا|جرايم)|toutes\s+affaires\s+confondues|tous\s+(?:crimes|délits)\s+confondus"
    r"|all\s+(?:crimes|offences|offenses|types\s+of\s+(?:crime|offence|offense))"
)
_FIGHTER_FRAME = (
    r"مقاتل|جهادي|بور\s+التوتر|سوريا|سوريه|العراق|التحق|combattant|djihadiste|jihadiste|syrie|irak"
    r"|fighter|jihadist|syria|iraq|conflict\s+zone|zones\s+de\s+conflit"
)
_NOT_TERROR_CELL = (
    r"\s*(?:لل|ال)?(?:ازمه|يقظه|تتبع|استماع|تكفل|عمل|اتصال|مراقبه|قياده|تنسيق|d'écoute|de\s+crise|de\s+veille"
    r"|d'accueil|de\s+prise\s+en\s+charge|for\s+(?:women|victims|the\s+care)|of\s+care|crisis)"
)
# A cell is a terrorist cell unless it is a police or social unit: "خلايا التكفل بالنساء ضحايا العنف".
_CARE_UNIT = (
    r"ضحايا\s+العنف|التكفل|victimes\s+de\s+violence|prise\s+en\s+charge|victims\s+of\s+violence"
    r"|(?:خلايا|خليه)\s+(?:ال)?(?:استقبال|استماع|انصات)|cellules?\s+d'(?:accueil|écoute)|(?:support|help|care)\s+(?:cells|units)"
)
_TERROR_WORDS = r"ارهاب|تطرف|متطرف|داعش|جهاد|terror|djihad|jihad|extrémis|daech|isis|daesh|extremis"
_NOT_TERROR = r"hors\s+terrorisme|خارج\s+(?:قضايا\s+)?الارهاب|other\s+than\s+terrorism|excluding\s+terrorism"
_FOIL = r"احباط|احبط|افشال|افشل|اجهاض|déjou|dejou|avort|empêch|thwart|foil|avert"
_JOINT = r"مشترك|conjoint|commune|joint"
# operations two services carried out together: "ont mené ensemble une vingtaine d'opérations", "have jointly
# carried out 15 operations", "نفذا معا 20 عملية" (the adverb in the verb phrase right before the number)
_DONE_TOGETHER = re.compile(
    r"(?<!\w)(?:ensemble|conjointement|jointly|together|معا|سويا|بشكل\s+مشترك)\s+(?:[^\s\d.,;:،؛]+\s+){0,3}$"
)
_TERROR_FRAME = (
    r"ارهاب|تطرف|متطرف|متشدد|داعش|جهاد|خلي|خلايا|مقاتل|بور\s+التوتر|terror|djihad|jihad|extrémis|radical|daech"
    r"|isis|daesh|extremis|islamic\s+state|état\s+islamique|cellule|cell"
    # English wire copy's word for them ("suspected militants", "a militant network"; not the French activist)
    r"|(?:suspected|alleged|islamist|armed)\s+militants?|militant\s+(?:group|cell|network|plot)"
    # the counter-terrorism bureau: people it arrests are counted in terrorism cases unless told otherwise
    # the intelligence service whose arrests the press reports are terrorism cases (a drug case names its drugs)
    r"|dgst|الديستي|مراقبه\s+التراب|surveillance\s+du\s+territoire|territorial\s+surveillance"
    r"|bcij|البسيج|(?:ال|لل)مكتب\s+المركزي\s+للابحاث|bureau\s+central\s+d'investigations?|central\s+bureau\s+(?:of|for)\s+judicial"
)

# People counted "since 2002" are the counter-terrorism record's running total (the series every body counts from,
# after the 2002 arrests and the 2003 law): the frame of "43 000 personnes ont été arrêtées depuis 2002" in a reader's
# letter that names no terrorism (another crime named in the sentence still rules it out).
_SINCE_2002 = r"(?:منذ|depuis|since)\s+(?:(?:سنه|عام|l'année|l'an|the\s+year)\s+)?2002(?!\d)"

_SUBSET_CUES = [
    # women and children together, one group ("30% of returnees were women and children", "نساء وأطفال")
    ("women_and_minors", r"نساء\s+و\s?(?:ال)?(?:اطفال|قاصرين)|femmes\s+et\s+(?:des\s+|de\s+leurs\s+)?(?:enfants|mineurs)"
                         r"|women\s+and\s+(?:their\s+)?(?:children|minors)"),
    ("women", r"نساء|امراه|امراتين|امراتان|سيدات|نسوه|femmes|\bwomen\b"),
    ("minors", r"قاصر|قاصرين|mineurs|\bminors\b"
               # an age below majority said as such: "31 of those arrested were under 18", "âgés de moins de 18 ans",
               # "دون سن 18 سنة"
               r"|\bunder\s+(?:the\s+age\s+of\s+)?18(?!\d)|moins\s+de\s+18\s+ans|(?:اقل\s+من|دون)\s+(?:سن\s+)?18\s+(?:سنه|عاما)"),
    ("online_activity", r"(?:ال)?انترن[يا]?ت|(?:مواقع|شبكات|منصات)\s+التواصل|social\s+(?:media|networks)|المنصات\s+الرقميه|الفضاء\s+الافتراضي|en\s+ligne|sur\s+internet|réseaux\s+sociaux"
                        r"|internet|(?:recruited|radicali[sz]ed)\s+online|online\s+(?:recruit|radicali|propaganda)"),
    ("foreigners", r"اجانب|من\s+جنسيات\s+اجنبيه|étrangers|\bforeigners\b|foreign\s+nationals"),
    # people who have already served a sentence in a terrorism case (a record in terrorism cases: before the
    # record in general): "225 معتقلا سابقا", "avaient déjà purgé des peines", "had already served prison terms",
    # "ذوي السوابق في قضايا الإرهاب", "220 حالة عود" (repeat offenders)
    ("former_detainees", r"(?:معتقل|سجين|سجناء)\w*\s+سابق\w*|سبق\s+(?:ان\s+)?(?:اعتقال|اعتقل|سجن|ادان)\w*|anciens\s+détenus|déjà\s+condamnés|former\s+(?:detainees|prisoners|inmates)|ex-prisoners"
                         r"|purgé\s+(?:des|une|leurs?)\s+peines?|(?:already|previously)\s+served|served\s+(?:a\s+)?prison\s+(?:terms?|sentences?)"
                         r"|سوابق\s+(?:\S+\s+){0,2}?(?:ال)?ارهاب|(?<!\w)حال(?:ه|ات)\s+عود(?!\w)"
                         # the same record said in French and English: "des antécédents (dans des affaires de)
                         # terroris…", "a prior terrorism record", "previously convicted of terrorism"
                         r"|antécédents\s+(?:\S+\s+){0,4}?terroris|(?:prior|previous|past)\s+(?:terrorism|terror)(?:-related)?\s+"
                         r"(?:records?|convictions?|cases?)|(?:terrorism|terror)(?:-related)?\s+records?"
                         r"|previously\s+convicted\s+(?:of|for|in)\s+(?:\S+\s+)?terror"),
    ("with_criminal_record", r"سوابق|antécédents|criminal\s+record"),
    # handed over by another country: "8 autres extradées vers le Maroc", "eight were handed over to Morocco"
    ("extradited", r"extrad\w*|handed\s+over\s+to\s+morocco|remis\s+(?:aux\s+autorités\s+marocaines|au\s+maroc)|تم\s+تسليمهم"),
    # people with a past as fighters in a conflict zone ("un passé de combattant", "سبق أن قاتلوا")
    ("former_fighters", r"passé\s+de\s+combattants?|ayant\s+combattu|had\s+fought\s+(?:in|abroad|with)|سبق\s+(?:لهم\s+)?ان\s+قاتلوا|سبق\s+لهم\s+القتال"),
]  # fmt: skip
# Affiliations name a part of a figure ("منها 88 خلية موالية لداعش", "80 في المائة ... موالية لداعش"); they
# come after the subsets above ("الموالين لداعش ... على الأنترنت" is online activity).
_AFFILIATION_CUES = [
    ("syria_iraq_linked", r"سوريا\s+و\s?العراق|العراق\s+و\s?سوريا|الساحه\s+السوريه\s+العراقيه|syro-irak"
                          r"|syrie\s+et\s+(?:en\s+|l['’]\s*)?irak|irak\s+et\s+(?:en\s+|la\s+)?syrie"
                          r"|(?:syria|iraq)\s+and\s+(?:syria|iraq)"),
    # the Sahel branch of a group is named by its region first ("la branche sahélienne de Daech")
    ("sahel_linked", r"الساحل|sahel|sahélien"),
    ("isis_linked", r"داعش|الدوله\s+الاسلاميه|daech|daesh|[ée]tat\s+islamique|\bisis\b|islamic\s+state"),
    # al-Qaeda's Maghreb branch, named in full or by its initials ("على صلة بتنظيم القاعدة في بلاد المغرب الإسلامي",
    # "se réclamant d'Al-Qaïda au Maghreb islamique", "AQMI", "AQIM")
    ("aqim_linked", r"القاعده\s+(?:في\s+|ب)بلاد\s+المغرب|al[\s-]qa[iï]da\s+au\s+maghreb|\baqmi\b|\baqim\b"
                    r"|al[\s-]qa[ie]da\s+in\s+the\s+islamic\s+maghreb"),
    # the "istihlal" current (al-fay' wal-istihlal), named beside ISIS in a split (see decide_subset)
    ("istihlal_linked", r"استحلال|istihlal"),
    # cells acting on their own, linked to no group: the other side of a split by affiliation
    ("autonomous", r"autonom|مستقل(?:ه|ين|ون)?\b|lone\s+wolves|on\s+their\s+own"),
]  # fmt: skip
_SYRIA_IRAQ = re.compile(_AFFILIATION_CUES[0][1])
_SYRIA_ONLY = re.compile(
    r"(?<![\w])(?:ب|في\s+)?سوريا|(?:ال)?سوري[هة]|(?<![\w])(?:en\s+)?syrie|(?<![\w])syria(?:n(?!\s+democratic))?(?![\w])"
)
_SAHEL = re.compile(
    r"(?<!\w)(?:ب|في\s+)?(?:منطقه\s+)?الساحل(?:\s+(?:الافريقي|والصحراء))?(?!\w)|sahel|(?:ب|في\s+)(?:شمال\s+)?مالي(?!\w)"
    r"|(?:au|du|in|northern)\s+mali(?!\w)|burkina|(?:au|du|in)\s+niger(?!\w)"
)
_IRAQ_ONLY = re.compile(r"(?:ال)?عراق(?:يه|ية)?(?!\w)|(?<!\w)(?:en\s+)?irak|(?<!\w)iraq(?:i)?(?!\w)")
_OTHER_THAN_IRAQ = re.compile(r"سوري|syri|ليبيا|libye|libya|turquie|turkey|تركيا")
_IRAQ_OR_OTHER = re.compile(r"عراق|irak|iraq|ليبيا|libye|libya|turquie|turkey|تركيا|sahel|الساحل")
_WOMEN_NOUN = re.compile(r"[\d\s.,]+(?:مغربيات|marocaines)(?![\w])")
# "88 رجلا", "88 hommes": the counted noun names men
# ("50 were men": men as what the part is; "police arrested two men" counts people of no sex in particular)
_MEN_NOUN = re.compile(
    r"[\d\s.,]+(?:(?:étaient|sont)\s+des\s+)?(?:(?:marocains\s+)?(?:رجلا|رجال|hommes)|(?:were|are)\s+men)(?![\w])"
    # "65 men and 30 women": men set against women or children in a breakdown are a sex of their own
    r"|[\d\s.,]+men(?=\s*,?\s*(?:and\s+)?[\d.,]+\s+(?:women|children|minors)(?![\w]))"
)
_OWN_FIGURE = re.compile(r"[\d.,\s]*")
_DIGIT = re.compile(r"\d")
_RESTRICTED_BY_PLACE = {"fighters_joined", "fighters_killed", "fighters_detained_abroad"}
# What became of the fighters who joined: a part "of them" of another metric than its head, whose group is the
# head's (docs/conventions.md), not a part of the killed or of those still there
_FATES = {"fighters_killed", "fighters_in_zone"}


def _zone_of(scope: str, ahead: str) -> str | None:
    """The conflict zone a figure's words restrict it to: Syria and Iraq together, or Syria alone (and no other
    country in the words that follow it: "held in Syria, Iraq and Turkey" is no Syrian figure)."""
    if _SYRIA_IRAQ.search(scope):
        return "syria_iraq_linked"
    own = _OWN_FIGURE.match(ahead)
    following = _DIGIT.search(
        ahead, own.end() if own else 0
    )  # the next item of a breakdown has its own place
    ahead = ahead[: following.start()] if following else ahead
    if _SYRIA_ONLY.search(scope) and not _IRAQ_OR_OTHER.search(scope) and not _IRAQ_OR_OTHER.search(ahead):
        return "syria"
    if _SAHEL.search(scope) and not _SYRIA_ONLY.search(scope) and not _IRAQ_ONLY.search(scope):
        return "sahel"  # "في منطقة الساحل والصحراء", "dans le Sahel", "in northern Mali"
    if (
        _IRAQ_ONLY.search(scope)
        and not _SYRIA_ONLY.search(scope)
        and not _OTHER_THAN_IRAQ.search(scope + ahead)
    ):
        return "iraq"  # "في السجون العراقية", "détenus en Irak"
    return None


# "منهم 1060 بسوريا و589 بالعراق", "dont 246 ont été tués en Syrie et 40 en Irak", "منهم 231 عادوا من سوريا و31 من
# العراق": a part of a fighters' figure placed in (or come back from) one conflict zone right after its number is that
# zone's share (not "in Syria and Iraq" together)
_ZONE_OF_PART = re.compile(
    # (the way there counts as the place: "30 to Libya", "90 vers la Libye", "90 إلى ليبيا")
    r"[\d\s.,]*(?:[^\s\d.,،;؛]+\s+){0,7}?(?:(?:في|in|en|au|dans|من|from|de|to|vers|الي|نحو)\s+|ب|d')"
    r"(?:(?:the|la|le|les|l')\s*)?(?:(?:zone|région|region|area|الساحه|المنطقه|منطقه|بور)\s+)?(?:ال)?"
    # the two together, as one zone: "من الساحة السورية العراقية", "de la zone syro-irakienne", "from the
    # Syria-Iraq zone", "from Iraq and Syria"
    r"(?:(?P<both>(?:السوريه\s+العراقيه|syro-irakienne|syrian-iraqi|syria-iraq|iraqi-syrian|iraq-syria)(?!\w)"
    r"|(?:سوريا|عراق|syrie|irak|syria|iraq)\s*(?:و|et|and)\s*(?:(?:en|in|في|to|vers|الي|au|dans|من|from|de)\s+|ب)?"
    r"(?:l'|ال|the\s+)?"
    r"(?:سوريا|عراق|syrie|irak|syria|iraq)(?!\w))"
    r"|(?P<zone>سوريا|عراق|syrie|irak|syria|iraq|ليبيا|libye|libya)(?!\w)"
    # one zone of several the clause names ("en Syrie, en Irak et en Turquie") is no part's own zone
    r"(?![^\d.;؛]{0,40}?(?<!\w)(?:ال)?(?:سوريا|عراق|تركيا|syrie|irak|turquie|syria|iraq|turkey)(?!\w)))"
)
_OTHER_ZONE = re.compile(r"ليبيا|libye|libya|sahel|الساحل")
_PART_ZONES = {"سوريا": "syria", "syrie": "syria", "syria": "syria", "عراق": "iraq", "irak": "iraq", "iraq": "iraq",
               "ليبيا": "libya", "libye": "libya", "libya": "libya"}  # fmt: skip
_TWO_CURRENTS = ("isis_linked", "istihlal_linked")
# Fighters and returnees are by definition linked to the Syrian-Iraqi zone: as a part of a breakdown that is no
# subset; a figure whose own words restrict it to the zone carries it (decide_subset, _RESTRICTED_BY_PLACE).
_INHERENT = {
    "fighters_joined",
    "fighters_killed",
    "fighters_detained_abroad",
    "returnees",
    "returnees_arrested",
}
_CLAUSE_END = re.compile(r"[،,;؛.:!?؟()]")
_WORD = re.compile(r"[\w'’-]+")
# (an age after "under" is the minors' cue, not the next figure: "31 of those arrested were under 18")
_SUBSET_AFTER_END = re.compile(
    r"[،,;؛.:!?؟()]|(?<!under)(?<!moins\sde)(?<!سن)(?<!دون)\s(?:[وف]|et\s+)?(?!(?:19|20)\d\d(?!\d))\d"
)


@dataclass(frozen=True)
class CountedNoun:
    cls: str  # cell | person | fighter | returnee | plot | attack | attempt | operation | network
    fstart: int
    fend: int
    subset: str | None = None
    metric: str | None = None  # for a noun referred to ("منهم"): the metric of the figure it refers to
    found_by: str = "after"  # after | before | referred | among | list | verb (confidence.py)


_POSSESSIVE = re.compile(r"(?<=[\u0621-\u064a]{3})(?:ها|هم|هن)$")  # "ثلاثة من أفرادها", "من عناصرهم"


@lru_cache(maxsize=4096)  # a pure function of the word: an article repeats its nouns
def noun_class(word: str) -> tuple[str, str | None] | None:
    """(class, subset implied by the noun) of one folded word, or None."""
    readings = [word] + [word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 1]
    readings += [_POSSESSIVE.sub("", reading) for reading in readings if _POSSESSIVE.search(reading)]
    for reading in readings:
        if reading in _NOUNS:
            return _NOUNS[reading], _NOUN_SUBSET.get(reading)
        french = reading.rstrip("s").replace("l'", "").replace("d'", "")
        if french in _FRENCH_NOUNS:
            return _FRENCH_NOUNS[french], _NOUN_SUBSET.get(french)
        if reading in _ENGLISH_NOUNS:
            return _ENGLISH_NOUNS[reading], _NOUN_SUBSET.get(reading)
    return None


# Every written form of a dual, with "و" or "ال" glued on: one set lookup per word of an article.
_DUAL_FORMS = frozenset(_DUALS | {prefix + dual for prefix in ("و", "ال") for dual in _DUALS})


def is_dual(word: str) -> bool:
    return word in _DUAL_FORMS


def any_dual(words: list[str]) -> bool:
    """Whether one of `words` is a dual (one set operation, for the many sentences without one)."""
    return not _DUAL_FORMS.isdisjoint(words)


_NOUN_AFTER = re.compile(
    r"[\s«“\"]*(?:(?P<of>من|de|des|of)\s+)?(?:(?:هذه|هاته|تلك|هولاء|ces|ses|leurs|nos|these|those|the|its|their|our)\s+)?[«“\"]?(?:d')?(?P<noun>[\w'-]+)"
)
_WORD_AFTER = re.compile(r"\s+(?:d')?([\w'-]+)")


_NUMBER_OF_AFTER = re.compile(
    r"\s+(?:le|the|celui)\s+(?:nombre|number|total)\s+(?:des|de|d'|of)\s*(?:the\s+)?"
    # "à 288 le nombre de femmes et à 391 celui des mineurs": the pronoun stands for "the number", the noun is its own
    r"|\s+(?:celui|celle)\s+(?:des|de)\s+|\s+that\s+of\s+(?:the\s+)?"
)


# Patterns of noun_after, _counted and noun_before, compiled once (not looked up in re's cache at every call)
_DEFINITE_NOUN = re.compile(r"(?:و|ب|ل)?ال|لل")
_TERRORIST_AFTER = re.compile(r"\s*(?:ارهابي|متطرف|جهادي|terror|djihad|jihad)")
_TERRORIST_BEFORE = re.compile(r"terror|jihad")
_ZERO_AT = re.compile(r"[وف]?(?:ال)?صفر")
# ("le total des cellules … atteint 183", "مجموع الخلايا …": a total names what it counts as the number of does)
_NUMBER_OF_NOUN = re.compile(
    r"(?:عدد|مجموع|(?:nombre|total)\s+(?:des\s|de\s|d')|(?:number|total)\s+of\s(?:\s*the\s)?)\s*(?P<noun>[\w'-]+)"
    # the people's noun left out before the participle that says what became of them ("put the number held in
    # Syrian camps at 250", "the number killed in Iraq at 100")
    r"|(?<![\w])the\s+number\s+(?P<participle>held|detained|killed|arrested|returned|stranded|repatriated)(?![\w])"
)
_A_DIGIT = re.compile(r"\d")


def noun_after(folded: str, end: int) -> CountedNoun | None:
    """The noun a number counts: the next word, after an optional "من" / "de" / "d'"."""
    number_of = _NUMBER_OF_AFTER.match(
        folded, end
    )  # "à 288 le nombre de femmes", "to eight the number of cells"
    if number_of:
        end = number_of.end() - 1
    match = _NOUN_AFTER.match(folded, end)
    if not match:
        return None
    word = match["noun"]
    if not match["of"] and _DEFINITE_NOUN.match(word):
        return None  # a count is followed by an indefinite noun; "الذكرى العشرون للتفجيرات" is an ordinal
    position = match.end("noun")
    for _ in range(
        4
    ):  # "49 terror cells", "four suspected Islamic State militants": the noun after modifiers
        if word not in _ADJECTIVES:
            break
        following = _WORD_AFTER.match(folded, position)
        if following is None:
            break
        word, position = following.group(1), following.end(1)
        if noun_class(word) is not None:
            return _counted(folded, noun_class(word), following.start(1), following.end(1))
    found = noun_class(match["noun"])
    if found is None:
        copula = _COPULA_AFTER.match(folded, end)
        if copula is not None:
            # "14 are former Daesh members", "5 sont d'anciens détenus", "منهم 3 كانوا أعضاء سابقين": the noun
            # after the copula says what the number counts
            return noun_after(folded, copula.end())
        return None
    return _counted(folded, found, match.start("noun"), match.end("noun"))


# a copula between a number and the noun it counts
_COPULA_AFTER = re.compile(
    r"\s+(?:are|were|sont|étaient|كانوا|كن)(?:\s+(?:all|also|tous|toutes|aussi|également|جميعا|كلهم))?(?=\s)"
)


def _counted(folded: str, found: tuple[str, str | None], start: int, end: int) -> CountedNoun | None:
    cls, subset = found
    if (
        cls == "network"
        and not _TERRORIST_AFTER.match(folded[end : end + 40])
        and not _TERRORIST_BEFORE.search(folded[max(0, start - 20) : start])
    ):
        return None  # networks count only when they are terrorist networks (not trafficking rings)
    if cls == "plot" and _DRAFT_OF.match(folded, end):
        return None  # "4 projets de décret", "مشروعي قانون": drafts of texts a council adopts, not plots
    return CountedNoun(cls, start, end, subset)


# A plot noun ("projet", "مشروع") whose complement is a legal text: a draft law, decree or budget
_DRAFT_OF = re.compile(
    r"\s*(?:de\s+|d')(?:loi|lois|décret|décrets|decret|arrêté|arrêtés|texte|textes|budget|règlement|convention"
    r"|accord|ordonnance|résolution|réforme)(?![\w])|\s*(?:[وف]?(?:ال)?(?:قانون|قوانين|مرسوم|مراسيم|قرار|ميزانيه"
    r"|اتفاقيه|اتفاق|نظام)|ل(?:ل)?(?:قانون|مرسوم))(?![\w])"
)


def noun_before(folded: str, fstart: int) -> CountedNoun | None:
    """ "عدد الموقوفين ... إلى 650" / "le nombre de cellules ... à 207": the noun of "عدد" before the number."""
    before = folded[max(0, fstart - 200) : fstart]  # "عدد" farther than this is not this number's
    offset = max(0, fstart - 200)
    is_zero = _ZERO_AT.match(folded, fstart)  # (truth only: as matching folded[fstart:], without the copy)
    linked = is_zero or re.search(
        r"(?:الي|بلغ|وصل|ناهز|يبلغ|تبلغ|بلغت|هو|هي|:|à|a\s+atteint|atteint|atteignait|de|to|reached|reach|reaches|totals"
        r"|totaled|totalled|is|was|stood\s+at|at"
        r"|topped|exceeded|surpassed|rose\s+to|fell\s+to|dropped\s+to)\s*$",
        _strip_qualifier(before),
    )
    # "عدد القتلى يتجاوز 700", "le nombre dépasse 700": a verb that qualifies the number also links it (the
    # qualifier stripped above took it)
    linked = linked or re.search(
        r"(?:يتجاوز|تجاوز|يفوق|فاق|يناهز|ناهز|يقارب|قارب|dépasse|dépassé|exceeds|tops)\s*$", before
    )
    # "وبلغ عدد المقاتلين 1699": the verb before "عدد" links the count to the number after its noun
    linked = linked or re.search(
        r"(?:بلغ|وصل|ناهز|يبلغ|تجاوز|يتجاوز|فاق|قارب|يناهز|يقارب)\s+عدد\s+\S+(?:\s+\S+){0,3}\s*$", before
    )
    # "وقدر عدد المقاتلين المغاربة بنحو 1600", "يقدر عددهم ب1600": an estimate of the count, its figure after "ب"
    linked = linked or re.search(
        r"(?<![\w])[وف]?(?:قدر|يقدر|تقدر|قدرت|يقدرون|قدروا)\s+عدد\s+\S+(?:\s+\S+){0,8}?\s+ب\s*$",
        _strip_qualifier(before),
    )
    if not linked:
        return None
    candidates = list(_NUMBER_OF_NOUN.finditer(before))
    if not candidates:
        return _arrests_subject(before, offset)
    last = candidates[-1]
    between = before[last.end() :]
    # a year between them ("the number of cells dismantled since 2002 at 214") is a period, not another figure
    # (the qualifier of the number is no word between them: "… was estimated at more than 1,600")
    if (
        _CLAUSE_END.search(between)
        or _A_DIGIT.search(_YEARS.sub("", between))
        or len(_strip_qualifier(between).split()) > 15
    ):
        return None
    if last["participle"]:
        return CountedNoun(
            "person",
            offset + last.start("participle"),
            offset + last.end("participle"),
            None,
            found_by="before",
        )
    found = noun_class(last["noun"])
    if found is None:
        return None
    span = last.span("noun")
    if found[0] == "person" and found[1] is None:
        # "the number of Moroccan fighters", "عدد المغاربة المقاتلين": a people word then the noun it
        # describes: "fighters" is what is counted ("Moroccan" only says whose)
        following = _WORD_AFTER.match(before, span[1])
        described = noun_class(following.group(1)) if following else None
        if described is not None and described[0] in ("fighter", "returnee"):
            found, span = described, following.span(1)
    return CountedNoun(found[0], offset + span[0], offset + span[1], found[1], found_by="before")


# the arrests themselves as the subject the number is linked to: "Arrests linked to those cases exceeded 1,300",
# "les interpellations ont dépassé 1 300", "تجاوزت الاعتقالات 1300"
_ARRESTS_SUBJECT = re.compile(
    r"(?<![\w])(?:arrests|arrestations|interpellations|(?:ال)?(?:اعتقالات|توقيفات))(?![\w])"
)


def _arrests_subject(before: str, offset: int) -> CountedNoun | None:
    candidates = list(_ARRESTS_SUBJECT.finditer(before))
    if not candidates:
        return None
    last = candidates[-1]
    between = before[last.end() :]
    if _CLAUSE_END.search(between) or _A_DIGIT.search(_YEARS.sub("", between)) or len(between.split()) > 8:
        return None
    return CountedNoun(
        "person", offset + last.start(), offset + last.end(), metric="persons_arrested", found_by="before"
    )


# "les femmes étaient 12 en 2023", "the women numbered 12", "women were 12 of them": the noun is the subject of a
# copula right before the number (a definite subject; "ils étaient 12" names no noun)
_COPULA_SUBJECT = re.compile(
    r"(?:^|[\s,،])(?:les|des|ces|the|these|those)\s+(?P<noun>[^\W\d][\w'-]*)\s+"
    r"(?:étaient|etaient|sont|furent|ont\s+été|were|are|numbered|totalled|totaled)"
    r"(?:\s+(?:au\s+nombre\s+de|encore|déjà|still|already))?\s+$"
)
# "Les combattants ayant rejoint la zone syro-irakienne sont au nombre de 1622", "les personnes arrêtées depuis 2015
# sont au nombre de 739": "être au nombre de" names its subject however long the words that describe it (a clause
# without a comma: a list or an aside between them is another construction)
_NUMBERED_SUBJECT = re.compile(
    r"(?:^|[\s,،])(?:les|ces)\s+(?P<noun>[^\W\d][\w'-]*)(?:\s+[^\s,;:.!?()«»\"]+){0,10}?\s+"
    r"(?:sont|étaient|etaient|seraient)\s+au\s+nombre\s+de\s+$"
    # "les femmes parties dans la région sont 226", "the women held in the camps are 138": a bare copula after a
    # participle (or a relative) that describes its subject, without a comma
    r"|(?:^|[\s,،])(?:les|ces|the|these|those)\s+(?P<noun2>[^\W\d][\w'-]*)"
    r"\s+(?:ayant|qui|who|that|[^\W\d][\w'-]*(?:ées?|és|ies?|ues?|us|is|ed|held))(?:\s+[^\s,;:.!?()«»\"]+){0,6}?\s+"
    r"(?:sont|étaient|etaient|were|are|numbered|totalled|totaled)\s+$"
)


def noun_of_copula(folded: str, fstart: int) -> CountedNoun | None:
    """ "les femmes étaient 12", "the women numbered 12": the counted noun is the copula's subject."""
    offset = max(0, fstart - 60)
    match = _COPULA_SUBJECT.search(folded, offset, fstart)
    if match is None:
        match = _NUMBERED_SUBJECT.search(folded, max(0, fstart - 140), fstart)
    if match is None:
        return None
    group = "noun" if match["noun"] else "noun2"
    found = noun_class(match[group])
    if found is None or found[0] not in ("person", "fighter", "returnee", "cell"):
        return None
    return CountedNoun(found[0], match.start(group), match.end(group), found[1], found_by="before")


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_OF_THEM_AFTER = re.compile(
    r"\s*(?P<ref>منهم|منهن|منها|من\s+(?:هولاء|هاته|هذه)|d'entre\s+eux|d'entre\s+elles|of\s+(?:them|whom|which|these|those))"
)
# "فيما عاد 270 إلى المغرب": a verb about people, then a bare number
_PEOPLE_VERB_BEFORE = re.compile(
    r"(?:عاد|عادوا|رجع|رجعوا|التحق|التحقوا|قتل|لقي|اعتقل|اوقف|rentrés|revenus|returned|joined|killed)\s+"
    # "فيما عاد نحو 213 إلى المغرب": the number's qualifier may stand between them
    r"(?:(?:نحو|حوالي|زهاء|قرابه|ازيد\s+من|اكثر\s+من|ما\s+يقارب|près\s+de|plus\s+de|environ|quelque|about|nearly"
    r"|some|around|over|more\s+than)\s+)?$"
)
# "The 2003 bombings killed 33 victims": the number counts a noun of its own the engine does not track (not the people
# counted before); "killed 700 in Syria", "returned 130 since 2015" leave it to them
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|of|from|to|at|on|over|since|during|between|among|and|or|by|for|after|before|last|this|that|who"
    r"|en|de|du|des|dans|à|au|aux|et|ou|par|pour|sur|depuis|entre|parmi|dont|qui|après|avant)(?![\w'-]))"
    r"[a-zàâçéèêëîïôûùüœ][\w'-]*"
)
_OF_THEM_BEFORE = re.compile(r"(?P<ref>منهم|منهن|منها)\s+(?:[^\s\d]+\s+){0,3}$")


# "gives a similar estimate of nearly 1,660", "avance un chiffre comparable de 1 650", "يقدم رقما مماثلا يبلغ 1660":
# another source's figure of what the figure before counted
_SIMILAR_FIGURE_BEFORE = re.compile(
    r"(?P<ref>(?:similar|comparable|close)\s+(?:estimate|figure|number|count|tally|total)"
    r"|(?:estimation|chiffre|nombre|bilan|total)\s+(?:similaire|comparable|proche|voisin)e?"
    r"|(?:رقما|تقديرا|عددا)\s+(?:مماثلا|مشابها|قريبا))"
    r"\s+(?:of|de|d'|يبلغ|من)?\s*(?:(?:nearly|about|around|some|almost|roughly|près\s+de|environ|quelque|نحو|حوالي)\s+)?$"
)


def restates_figure(folded: str, fstart: int) -> bool:
    """Whether the number at `fstart` is given as "a similar estimate" of the figure before."""
    return _SIMILAR_FIGURE_BEFORE.search(folded[max(0, fstart - 50) : fstart]) is not None


def noun_referred(folded: str, fstart: int, fend: int, previous: CountedNoun | None) -> CountedNoun | None:
    """ "قتل منهم نحو 700", "290 منهم": a number counting the people or cells counted just before."""
    if previous is None:
        return None
    match = (
        _OF_THEM_AFTER.match(folded, fend)
        or _OF_THEM_BEFORE.search(folded[max(0, fstart - 40) : fstart])
        or _SIMILAR_FIGURE_BEFORE.search(folded[max(0, fstart - 50) : fstart])
    )
    if not match and previous.cls in ("person", "fighter", "returnee"):
        verb = _PEOPLE_VERB_BEFORE.search(folded[max(0, fstart - 24) : fstart])
        if verb and not _OTHER_NOUN_AFTER.match(folded, fend):
            return CountedNoun(previous.cls, fend, fend, metric=previous.metric, found_by="referred")
    if not match:
        return None
    offset = (
        0
        if match.re is _OF_THEM_AFTER
        else max(0, fstart - (50 if match.re is _SIMILAR_FIGURE_BEFORE else 40))
    )
    return CountedNoun(
        previous.cls,
        offset + match.start("ref"),
        offset + match.end("ref"),
        metric=previous.metric,
        found_by="referred",
    )


# A number followed by a verb and no counted noun: the verb says what is counted ("120 لقوا حتفهم",
# "156 sont rentrés", "84 who returned"). Each frame: (noun class, metric it implies, pattern after the number).
_VERB_LEAD = (
    r"\s*(?:(?:منهم|منهن|من\s+هولاء|d'entre\s+(?:eux|elles)|of\s+them|of\s+whom|others|autres|more|other)\s+)?"
    r"(?:(?:y|en)\s+)?"  # "745 y sont morts": there, in the zone; "200 en sont revenus": of them
    r"(?:(?:ont|sont|se\s+sont|été|étaient|était|seraient|auraient|avaient|avait|have|has|had|been|were|are|was"
    r"|who|qui|قد|ممن|من|would|may|reportedly)\s+)*(?:(?:déjà|already|also|aussi|later|ensuite|then|ainsi)\s+)?"
)
_VERB_FRAMES = [
    (
        # "400 others remain unaccounted for", "350 autres dont le sort reste inconnu", "300 مجهولي المصير"
        "fighter",
        "fighters_unknown_fate",
        r"(?:(?:remain|remains|are\s+still|are)\s+(?:unaccounted\s+for|missing)|(?:remains?|is)\s+unknown"
        r"|(?:dont\s+le\s+sort\s+)?(?:reste|restent|demeure|demeurent|est)\s+inconnu|[وف]?مجهولي\s+المصير)",
    ),
    (
        "fighter",
        "fighters_in_zone",
        r"(?:combat(?:tent|traient|tant)\s+toujours|still\s+fighting|(?:are|were)\s+still\s+(?:fighting|in)"
        r"|[وف]?(?:لا\s+يزالون|ما\s+زالوا)\s+(?:يقاتلون|في))(?![\w])",
    ),
    (
        "fighter",
        "fighters_killed",
        r"(?:[وف]?(?:لقوا|قتلوا|لقي|قتل|قضوا)|tués|tues|morts|péri|trouvé\s+la\s+mort|killed|died)(?![\w])",
    ),
    (
        "fighter",
        "fighters_joined",
        r"(?:[وف]?(?:غادروا|التحقوا|سافروا|انضموا|توجهوا|التحق|غادر)|rejoint|partis|quitté|combattent|ralli\w*"
        r"|enrôlés|rendus\s+(?:en|dans)|joined|left|travel+ed|went|gone|headed|allés)(?![\w])",
    ),
    (
        "returnee",
        "returnees",
        r"(?:[وف]?(?:عادوا|رجعوا|عاد)|revenu(?:e|es|s)?|rentré(?:e|es|s)?|regagné|returned|came\s+(?:back|home)"
        r"|(?:have|has)\s+come\s+(?:back|home)|had\s+come\s+home|went\s+home"
        # brought home by the state: "12 were repatriated", "9 ont été rapatriés", "8 أعيدوا إلى المغرب"
        r"|repatriated|rapatrié(?:e|es|s)?|brought\s+(?:back|home)|[وف]?(?:اعيدوا|رحلوا)"
        r"|(?:from|de)\s+(?:syria|iraq|libya|syrie|irak|libye))(?![\w])",
    ),
    (
        "person",
        "fighters_detained_abroad",
        r"(?:detained|held|stranded|stuck|retenus|détenus|(?:[وف]?(?:يقبعون|محتجزون|محتجزين|معتقلون)))"
        r"(?=\s+(?:in|en|dans|في|ب)\s*(?:the\s+)?(?:syria|iraq|syrie|irak|libya|libye|سوريا|العراق|ليبيا|camps|prisons|مخيمات|سجون))",
    ),
    (
        "person",
        "persons_arrested",
        r"(?:[وف]?(?:احيلوا|اوقفوا|اعتقلوا|تم\s+توقيفهم|تم\s+اعتقالهم)|arrêté(?:e|es|s)?|interpellé(?:e|es|s)?"
        r"|déféré(?:e|es|s)?|poursuivi(?:e|es|s)?|présenté(?:e|es|s)?\s+(?:à|au|devant)|arrested|detained|referred"
        r"|brought|prosecuted|tried|charged"
        # prosecution as a noun: "dont 132 ont donné lieu à des poursuites", "ont fait l'objet de poursuites"
        r"|donné\s+lieu\s+à\s+des\s+poursuites|fait\s+l'objet\s+de\s+poursuites|faced\s+(?:prosecution|charges|trial)"
        # "137 of those prosecuted", "70 percent of those arrested": a share of the people a participle names
        r"|of\s+those\s+(?:arrested|prosecuted|detained|convicted|charged|referred|tried|apprehended|held))(?![\w])",
    ),
]
_VERB_FRAME_PATTERNS = [
    (cls, metric, re.compile(_VERB_LEAD + pattern)) for cls, metric, pattern in _VERB_FRAMES
]


def fighter_frame(folded: str) -> bool:
    """Whether the text speaks of fighters in a conflict zone (people killed there are fighters)."""
    return bool(_compiled(_FIGHTER_FRAME).search(folded))


def noun_of_verb(folded: str, end: int) -> CountedNoun | None:
    """The people a number counts when a verb follows it instead of a noun ("N غادروا المغرب")."""
    for cls, metric, pattern in _VERB_FRAME_PATTERNS:
        match = pattern.match(folded, end)
        if match:
            return CountedNoun(cls, end, end, metric=metric, found_by="verb")
    return None


_QUALIFIER_AT_END = guarded(
    r"(?:اكثر|ازيد|اقل)\s+من\s*$|(?:ما\s+)?(?:يزيد|يفوق|يقارب|يناهز)\s*(?:عن|على|علي)?\s*$|(?:نحو|حوالي|قرابه|زهاء)\s*$"
    r"|(?:plus|moins)\s+de\s*$|environ\s*$"
    r"|(?:more|fewer|less)\s+than\s*$|(?:nearly|about|around|some|over|almost|approximately)\s*$"
    r"|at\s+least\s*$"
)


def _strip_qualifier(text: str) -> str:
    return _QUALIFIER_AT_END.sub("", text).rstrip()


_CUE_WINDOW = 160


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return guarded(pattern)  # the same matches, found faster (literals.py)


@lru_cache(maxsize=64)
def _cue_spans(pattern: str, folded: str) -> tuple[list[int], list[tuple[int, int]]]:
    if not may_match(pattern, folded):
        return [], []  # none of the words every cue holds is in the sentence
    spans = [match.span() for match in _compiled(pattern).finditer(folded)]
    return [start for start, _ in spans], spans


def _nearest(pattern: str, folded: str, fstart: int, fend: int) -> int | None:
    """Distance from the number to the closest match of `pattern` (None when absent).

    Arabic and French put the verb before its object, so a cue after the number counts only in the
    same clause, and then as farther than it is.
    """
    distances = []
    # A cue farther than a clause or two away is not this number's: look in a window around it. The
    # sentence's matches are found once (per pattern) and each number bisects them.
    starts, spans = _cue_spans(pattern, folded)
    if not starts:
        return None  # no cue in the sentence
    low = bisect_left(starts, fstart - _CUE_WINDOW)
    high = bisect_left(starts, fend + _CUE_WINDOW)
    for match_start, match_end in spans[low:high]:
        if match_start < fend and match_end > fstart:
            distances.append(0)  # the cue is the counted noun itself ("250 معتقلا", "80 من الموقوفين")
        elif match_end <= fstart:
            distances.append(fstart - match_end)
        elif match_start >= fend and not _clause_end_between(folded, fend, match_start):
            distances.append(2 * (match_start - fstart))
    return min(distances) if distances else None


@dataclass(frozen=True)
class _Frame:
    """What a sentence (and the text around it) speaks of: decided once per sentence, not per number."""

    foil: bool
    terror: bool
    terror_or_fighters_around: bool
    fighters_around: bool
    other_crime: bool
    detained_abroad: bool


# a place named by pointing back at the sentence before: "stranded in the north-east of the country", "là-bas"
_THAT_PLACE = r"the\s+country|(?:ce|du)\s+pays|là-bas|la-bas|sur\s+place|(?<!\w)there(?!\w)|(?<!\w)هناك(?!\w)|(?:هذا\s+|ذلك\s+)?البلد(?!\w)"
_POINTS_BACK = (
    r"(?:mêmes|memes)\s+(?:statistiques|chiffres|sources|données|donnees)|the\s+same\s+(?:figures|statistics|sources|data)"
    r"|(?:الاحصائيات|الارقام|المصادر|المعطيات|الاحصاءات)\s+(?:نفسها|ذاتها)|sur\s+place|là-bas|la-bas|(?<!\w)هؤلاء(?!\w)"
    r"|(?<!\w)هناك(?!\w)"
    # "745 قتيلا منهم", "700 d'entre eux sont morts", "200 of them were killed": of the fighters just counted
    r"|(?<!\w)منهم(?!\w)|d'entre\s+eux|(?<!\w)of\s+them(?!\w)"
)


@lru_cache(maxsize=16)
def _frame(folded: str, context: str, before: str = "") -> _Frame:
    around = folded + " " + context + " " + before
    detained_abroad = _occurs(_DETAINED, folded) and (
        _occurs(_ABROAD, folded)
        or (_occurs(_CAMPS, folded) or _occurs(_THAT_PLACE, folded))
        and _occurs(_ABROAD, context)
    )
    return _Frame(
        foil=_occurs(_FOIL, folded),
        terror=_occurs(_TERROR_FRAME, folded),
        # people held in camps or prisons abroad are, in this press, fighters and their families
        terror_or_fighters_around=_occurs(f"{_TERROR_FRAME}|{_FIGHTER_FRAME}", around)
        or detained_abroad
        or _occurs(_SINCE_2002, folded),
        # the fighters of the sentence before, pointed back at: "Les mêmes statistiques font état de 745 Marocains
        # tués sur place", "وقد سقط في صفوف هؤلاء 7450 قتيلا"
        fighters_around=_occurs(_FIGHTER_FRAME, folded)
        or _occurs(_POINTS_BACK, folded)
        and _occurs(_FIGHTER_FRAME, context),
        other_crime=_occurs(_OTHER_CRIME, folded),
        detained_abroad=detained_abroad,
    )


def _occurs(pattern: str, text: str) -> bool:
    """`bool(_compiled(pattern).search(text))`, without the search when a word every match holds is absent."""
    return may_match(pattern, text) and _compiled(pattern).search(text) is not None


def _in_clause(pattern: str, folded: str, fstart: int, fend: int) -> bool:
    """Whether `pattern` occurs in the clause of the number at [fstart, fend) (between clause breaks)."""
    if not may_match(pattern, folded):
        return False  # not in the sentence at all
    return bool(_compiled(pattern).search(folded, *_clause_of(folded, fstart, fend)))


@lru_cache(maxsize=8)  # asked for several patterns about the same number
def _clause_of(folded: str, fstart: int, fend: int) -> tuple[int, int]:
    """The bounds _in_clause searches: from the last clause break before the number (within _CUE_WINDOW)
    to the first after it."""
    before = folded[max(0, fstart - _CUE_WINDOW) : fstart]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = max(0, fstart - _CUE_WINDOW) + (breaks[-1].end() if breaks else 0)
    after = _CLAUSE_BREAK.search(folded, fend, fend + _CUE_WINDOW)
    return start, after.start() if after else min(len(folded), fend + _CUE_WINDOW)


_IN_ZONE = (
    r"(?<![\w])[وف]?(?:لا\s+يزال|لا\s+زال|ما\s+زال|ما\s+يزال)\w*+(?!\s+(?:محتجز|معتقل|عالق))|combat\w*\s+toujours"
    r"|toujours\s+(?:sur\s+place|dans\s+les\s+rangs)|still\s+(?:in\s+the\s+ranks|fighting)"
    # a current count, not departures: "remain active", "still operating", "restent actifs", "sont toujours actifs"
    r"|(?<!\w)(?:remain(?:s|ed)?|still)\s+(?:active|operating|operational)(?!\w)"
    r"|(?<!\w)(?:rest(?:e|ent|aient)|(?:sont|seraient|demeurent)\s+(?:toujours|encore))\s+actifs?(?!\w)"
    # still there: "se trouvent encore dans la zone", "are still alive there", "يقاتلون حاليا في صفوف"
    r"|se\s+trouv\w*\s+(?:encore|toujours)|(?:are|were|remain)\s+still\s+(?:alive|there|in\s+the\s+zone)"
    r"|(?<!\w)يقاتلون\s+(?:حاليا|الان|اليوم)"
)
# fighters whose fate nobody knows: "remain unaccounted for", "the fate of 400 others remains unknown", "dont on
# ignore le sort", "au sort inconnu", "مجهولي المصير", "لا يعرف مصيرهم"
_UNKNOWN_FATE = (
    r"unaccounted\s+for|(?<!\w)fate\s+(?:\S+\s+){0,4}?(?:remains?\s+|is\s+|still\s+)*unknown"
    r"|(?<!\w)sort\s+(?:\S+\s+){0,4}?(?:reste\s+|demeure\s+|est\s+|toujours\s+)*inconnu|ignore\s+(?:tout\s+)?le\s+sort"
    r"|مجهول\w*\s+المصير|(?:لا\s+يعرف|لا\s+يعلم|غير\s+معروف)\w*\s+مصير"
)
# "خلية إرهابية تضم 12 عنصرا", "cellule composée de cinq membres", "a cell of 12 members"
_CELL_SIZE = re.compile(
    r"(?:خليه|cellule|cell)\s+(?:[^\s.;؛]+\s+){0,6}(?:تضم|تتكون\s+من|مكونه\s+من|من|composée\s+de|comprenant|de|of"
    r"|made\s+up\s+of|comprising|consisting\s+of)\s*$"
)
# the sentence says a cell was dismantled (shares._DISMANTLED's words)
_CELL_DISMANTLED = re.compile(
    r"فكك|تفكيك|مفكك|الاطاحه|اطاحت|اطاح|démantel|demantel|dismantl|broken\s+up|broke\s+up|break\s+up|neutralis"
    r"|neutraliz|busted|hors\s+d'état|hors\s+d'etat"
)
_CLAUSE_BREAK = re.compile(r"[،,;؛:]|\s(?:فيما|بينما|حيث|while|whereas|where|alors\s+que|où)\s")


# ", âgés de 22 à 38 ans," / ", aged 18 to 40," between a subject and its verb: not a clause of its own
_AGE_APPOSITION = re.compile(
    r"[،,]\s*(?:âgés|agés|âgé|aged|between\s+the\s+ages|تتراوح\s+اعمارهم|يتراوح)[^،,.]{0,45}[،,]"
    # ", dont trois femmes,", ", including two minors,", "، بينهم امرأتان،": a part named between the subject and
    # its verb ("Cinq personnes, dont trois femmes, ont été interpellées")
    r"|[،,]\s*(?:dont|including|among\s+them|[وف]?(?:من)?(?:بينهم|منهم))\s[^،,.;؛:]{1,30}[،,](?=\s*[^\s\d])"
)


# ", combattants et membres de leurs familles,", ", men and women,", "، رجالا ونساء،": a noun phrase of people
# between a subject and its verb says who they are, not what happened to them (kept when its first word is no
# people noun: ", arrêtés hier," is a clause that counts)
_NOUN_APPOSITION = re.compile(r"[،,]\s*(?P<head>[^\W\d][\w'’-]*)[^\d،,.;؛:!?()]{0,60}[،,](?=\s*[^\s\d])")
_PEOPLE_CLASSES = frozenset({"person", "fighter"})


def _blank_apposition(match: re.Match) -> str:
    found = noun_class(match["head"])
    if found is None or found[0] not in _PEOPLE_CLASSES:
        return match.group()
    return " " * len(match.group())


@lru_cache(maxsize=16)
def _without_appositions(folded: str) -> str:
    folded = _AGE_APPOSITION.sub(lambda m: " " * len(m.group()), folded)
    if "," in folded or "،" in folded:
        folded = _NOUN_APPOSITION.sub(_blank_apposition, folded)
    return folded


# A court sentencing people to prison terms: its defendants are not an arrest figure (the arrest was reported
# when it happened): "a condamné les neuf membres … à des peines allant de trois à quinze ans", "sentenced the
# seven defendants to terms of five to ten years", "قضت … بإدانة … بالسجن"
_VERDICT = (
    r"condamn\w*[^.;:]{0,120}?\s(?:à|a)\s+(?:des\s+peines|(?:\S+\s+){0,3}?(?:ans|années)\s+de\s+prison)"
    r"|sentenced[^.;:]{0,120}?\sto\s+(?:(?:\S+\s+){0,4}?(?:years?|terms?)|prison|life)"
    r"|(?:قضت|حكمت)\s+[^.؛]{0,120}?بالسجن"
)
_DEPARTURE = re.compile(r"(?:d[ée]part|departure)")
# A fighter noun qualified by its return: "combattants rentrés", "fighters who have returned", "مقاتلين عادوا"
# the return as the predicate and the prosecution as a second one of the same people, joined by "and": "270
# combattants sont rentrés au Maroc et ont été présentés à la justice", "270 مغربيا عادوا … وأحيلوا جميعا على
# القضاء": every returnee (all prosecuted), not a count of returnees arrested ("97 fighters who returned … had been
# arrested", "توقيف 50 شخصا عادوا من سوريا" stay arrests)
_AND_THEN = re.compile(
    r"(?:(?<!\w)(?:et|and)\s+(?:(?:ont|ils|they|have|had|were|été|been|all|tous|toutes|ensuite|then)\s+){0,3}"
    r"|(?<!\w)[وف](?:تمت?\s+|جرت?\s+)?)$"
)


def _all_then_prosecuted(folded: str, fstart: int, returned_end: int) -> bool:
    _, spans = _cue_spans(_ARREST, folded)
    for _, match_end in spans:
        if match_end <= fstart and fstart - match_end < 60:
            return False  # "توقيف 50 شخصا عادوا": the arrest governs the number
    after = [span for span in spans if span[0] >= returned_end]
    if not after:
        return False
    gap = folded[returned_end : after[0][0]]
    return len(gap) <= 90 and not any(ch.isdigit() for ch in gap) and _AND_THEN.search(gap) is not None


_RETURNED_AFTER = re.compile(
    r"\s+(?:(?:qui|who|that|ont|sont|have|has|had|were|are|été|الذين|ممن)\s+){0,3}"
    r"(?:rentr|revenu|de\s+retour|returned|returning|coming\s+back|come\s+back|came\s+back|[وف]?(?:عادوا|رجعوا|العايدين|عايدين))"
)


# operations carried out with another service: "نفذت بتعاون مع أجهزة أجنبية", "menées en coopération avec",
# "conducted in coordination with foreign agencies" (in the clause right after the counted operations)
_WITH_PARTNER = re.compile(
    r"(?<![\w])(?:(?:ب|بال)(?:تعاون|تنسيق)\s+مع|en\s+(?:étroite\s+)?(?:coopération|collaboration|coordination)\s+avec"
    r"|in\s+(?:close\s+)?(?:cooperation|coordination|collaboration)\s+with"
    # "operations carried out jointly with Germany's police", "menées conjointement avec", "نفذت بشكل مشترك مع"
    r"|jointly\s+with|conjointement\s+avec|بشكل\s+مشترك\s+مع)(?![\w])"
)


_THOSE_BEFORE = re.compile(
    r"(?<![\w])(?:of\s+(?:those|these)|de\s+ces|parmi\s+ces|(?:من\s+)?(?:هذه|هاته|تلك))\s+(?:ال)?$"
)


def decide_metric(
    folded: str,
    noun: CountedNoun,
    fstart: int,
    context: str = "",
    fighters_before: bool = False,
    frame_before: str = "",
) -> str | None:
    """The metric of a number counting `noun` in this sentence.

    `context` is folded text around the sentence (the previous sentence, the title) that tells whether people
    counted here are counted in a terrorism case; `fighters_before`: the figure just before counted fighters or
    returnees (then people who went, came back or died are counted in that frame too); `frame_before`: the last
    sentence before that set figures in a terrorism case or among fighters, while figures go on (it says only
    whether people are counted in that frame, not where they are).
    """
    whole_sentence = folded
    folded = _without_appositions(folded)
    cls = noun.cls
    after_noun = folded[noun.fend : noun.fend + 40]
    if cls in ("cell", "network"):
        if (
            re.match(_NOT_TERROR_CELL, after_noun)
            or may_match(_CARE_UNIT, folded)
            and re.search(_CARE_UNIT, folded[noun.fend : noun.fend + 80])
            or _nearest(_CARE_UNIT, folded, fstart, noun.fend) is not None
            and not _in_clause(_TERROR_WORDS, folded, fstart, noun.fend)
        ):
            return None  # "خلية أزمة", "خلية اليقظة", units for women victims: not terrorist cells
        return "cells_dismantled"
    if cls == "plot":
        return "plots_foiled"
    if cls in ("attack", "attempt", "operation"):
        if cls == "operation" and (
            re.match(rf"\s*(?:\w+\s+)?(?:{_JOINT})", after_noun)
            or re.search(_JOINT, folded[fstart : noun.fstart])
            or _DONE_TOGETHER.search(folded, max(0, fstart - 60), fstart)
            or _WITH_PARTNER.search(folded, noun.fend, min(len(folded), noun.fend + 60))
            # "four of those operations", "trois de ces opérations", "ثلاث من هذه العمليات": the joint operations
            # counted before
            or _THOSE_BEFORE.search(folded, max(0, noun.fstart - 24), noun.fstart)
            and re.search(_JOINT, context)
        ):
            return "joint_operations"
        terrorist = cls == "attack" or re.match(r"\s*(?:ال)?(?:ارهابي|تخريبي|terroris)", after_noun)
        if not terrorist:
            return None
        return (
            "plots_foiled"
            if _frame(folded, context).foil
            else ("terrorist_attacks" if cls != "attempt" else None)
        )
    # (the words an apposition holds still say what the sentence speaks of: "596 لقوا حتفهم، منهم 521 في سوريا")
    frame = _frame(whole_sentence, context, frame_before)
    if cls in ("person", "fighter") and _occurs(_VERDICT, folded):
        return None  # "a condamné les neuf membres … à des peines de trois à quinze ans": a court's verdict
    # people counted outside a terrorism frame (migrants, drug cases...); after a count of fighters, only those
    # who went, came back or died are counted in the fighters' frame (not people arrested for anything else)
    outside_frame = cls == "person" and not frame.terror_or_fighters_around
    if outside_frame and not fighters_before:
        return None
    if cls == "person" and frame.other_crime and not frame.terror:
        return None  # "وعلى مستوى الجريمة العامة ... توقيف 580 ألف شخص": another field of policing
    if cls == "person" and frame.other_crime:
        # "167 personnes … dans des affaires de crime organisé, hors terrorisme": the field named nearer
        other = _nearest(_OTHER_CRIME, folded, fstart, noun.fend)
        terror = _nearest(_TERROR_WORDS, folded, fstart, noun.fend)
        if other is not None and (terror is None or other < terror or _compiled(_NOT_TERROR).search(folded)):
            return None
    arrested = _nearest(_ARREST, folded, fstart, noun.fend)
    if (
        cls == "fighter"
        and _DEPARTURE.match(folded, noun.fstart)
        and not fighter_frame(f"{folded} {context} {frame_before}")
    ):
        return (
            None  # "1 200 départs à la retraite": departures count fighters only where fighters are spoken of
        )
    returned_after = _RETURNED_AFTER.match(folded, noun.fend) if cls in ("fighter", "person") else None
    if cls == "fighter" and returned_after:
        cls = "returnee"  # "270 le nombre de combattants rentrés au Maroc", "مقاتلا عادوا": fighters who came back
    if cls == "returnee":
        if (
            arrested is not None
            and returned_after
            and _all_then_prosecuted(folded, fstart, returned_after.end())
        ):
            return "returnees"  # "270 combattants sont rentrés et ont été présentés à la justice": every returnee
        return "returnees_arrested" if arrested is not None else "returnees"
    fighters_counted = cls in ("fighter", "person") or noun.metric == "fighters_joined"
    cues = {
        "fighters_in_zone": _nearest(_IN_ZONE, folded, fstart, noun.fend) if fighters_counted else None,
        "fighters_unknown_fate": _nearest(_UNKNOWN_FATE, folded, fstart, noun.fend)
        if fighters_counted and frame.fighters_around
        else None,
        "fighters_killed": _nearest(_KILLED, folded, fstart, noun.fend),
        "fighters_joined": _nearest(_JOINED, folded, fstart, noun.fend),
        "persons_arrested": None if outside_frame else arrested,
        "returnees": _nearest(_RETURN, folded, fstart, noun.fend),
    }
    if frame.detained_abroad:
        cues["fighters_detained_abroad"] = _nearest(_DETAINED, folded, fstart, noun.fend)
        cues["persons_arrested"] = None
        if cues["fighters_detained_abroad"] is not None and _in_clause(_DETAINED, folded, fstart, noun.fend):
            cues["fighters_in_zone"] = (
                None  # "ما يزال 250 مقاتلا رهن الاعتقال": still held, not still fighting
            )
    if (
        cues["fighters_unknown_fate"] is not None
        and cues["fighters_in_zone"] is None
        and _in_clause(_UNKNOWN_FATE, folded, fstart, noun.fend)
    ):
        # "400 Moroccans who travelled to Syria remain unaccounted for": the predicate, not the relative clause
        return "fighters_unknown_fate"
    if cls != "fighter" and not frame.fighters_around and noun.metric not in _INHERENT:
        cues["fighters_killed"] = None  # people killed in an attack are victims, not fighters
    present = {metric: distance for metric, distance in cues.items() if distance is not None}
    if (
        not present
        and cls == "person"
        and _CELL_SIZE.search(folded[max(0, fstart - 90) : fstart])
        and _CELL_DISMANTLED.search(folded)
    ):
        # "تفكيك خلية إرهابية تضم 12 عنصرا": the members of a dismantled cell (not of a cell a text only
        # mentions: "une cellule de 3 membres active entre …")
        return "persons_arrested"
    if present:
        nearest = min(present, key=present.get)
        if nearest == "persons_arrested" and noun.metric in ("returnees", "returnees_arrested"):
            return "returnees_arrested"  # "عاد 260 …، تم إيقاف 137 منهم": arrested among the returnees
        both = _in_clause(_RETURN, folded, fstart, noun.fend) and _in_clause(
            _ARREST, folded, fstart, noun.fend
        )
        if (
            nearest in ("persons_arrested", "returnees")
            and both
            and returned_after
            and _all_then_prosecuted(folded, fstart, returned_after.end())
        ):
            return (
                "returnees"  # "270 مغربيا عادوا … وأحيلوا جميعا على القضاء": every returnee, all prosecuted
            )
        if nearest in ("persons_arrested", "returnees") and both:
            return "returnees_arrested"  # "توقيف 50 شخصا عادوا من سوريا", "97 fighters who returned … were arrested"
        if (
            nearest == "persons_arrested"
            and cls == "person"
            and noun.metric is None
            and _prosecution_nearer(folded, fstart, noun.fend)
        ):
            # "112 personnes poursuivies au cours de l'année": the prosecution's count, no arrest; the defendants of
            # one case before a court ("ملف يتابع فيه 9 أشخاص") restate an arrest reported when it was made
            return None if _occurs(_ONE_CASE, folded) else "persons_prosecuted"
        return nearest
    return "fighters_joined" if cls == "fighter" else None


def _prosecution_nearer(folded: str, fstart: int, fend: int) -> bool:
    """Whether a prosecution verb is the number's nearest cue of justice (no arrest or referral nearer)."""
    prosecuted = _nearest(_PROSECUTED, folded, fstart, fend)
    if prosecuted is None:
        return False
    arrested = _nearest(_ARREST_PROPER, folded, fstart, fend)
    return arrested is None or prosecuted < arrested


@lru_cache(maxsize=16)
def _clause_ends(folded: str) -> list[int]:
    """Every position of a clause-ending character in the sentence, in order (found once per sentence)."""
    return [match.start() for match in _CLAUSE_END.finditer(folded)]  # one character each: every one


def _clause_end_between(folded: str, start: int, end: int) -> bool:
    """`_CLAUSE_END.search(folded, start, end)`: whether a clause ends in [start, end)."""
    ends = _clause_ends(folded)
    k = bisect_left(ends, start)
    return k < len(ends) and ends[k] < end


def clause_end_after(folded: str, position: int) -> int:
    """Where the clause running at `position` ends (the next comma, stop or bracket)."""
    ends = _clause_ends(folded)
    k = bisect_left(ends, position)
    return ends[k] if k < len(ends) else len(folded)


def _alternation(cues: list[tuple[str, str]]) -> re.Pattern:
    return guarded("|".join(f"(?P<{subset}>{pattern})" for subset, pattern in cues))


_SUBSET_PATTERN = _alternation(_SUBSET_CUES)
_AFFILIATION_PATTERN = _alternation(_AFFILIATION_CUES)


def _found_subsets(pattern: re.Pattern, scope: str) -> set[str]:
    """Every subset whose cue occurs in `scope`: one scan instead of one search per subset."""
    return {match.lastgroup for match in pattern.finditer(scope)}


@lru_cache(maxsize=4)
def _repatriated_in(folded: str) -> bool:
    """Whether the sentence speaks of repatriation (once per sentence, not once per number)."""
    return _occurs(_REPATRIATED, folded)


_TOPIC = re.compile(
    r"(?<![\w])(?:as\s+for|as\s+to|among|s'agissant|concernant|quant\s+(?:à|aux?)|pour\s+ce\s+qui\s+(?:est|concerne)|parmi"
    r"|[وف]?(?:اما|بخصوص|بالنسبه|فيما\s+يخص|فيما\s+يتعلق|من\s+بين|ضمن))(?![\w])"
)


def _match_start(match: re.Match) -> int:
    return match.start()


_COMPLEMENTIZER = re.compile(r"(?<![\w])(?:[وف]?ب?ان|انه|انها|que|qu'|that)(?![\w])")


def decide_subset(
    folded: str, noun: CountedNoun, fstart: int, scope_start: int = 0, metric: str = "", part: bool = False
) -> str | None:
    """A subset named by the noun itself or by cue words before the number or in the noun's clause.

    `scope_start` is where the words before the number begin (after the previous figure of the sentence,
    whose cue words are its own). `part` says the figure is a part of another (a breakdown, a share).
    """
    if noun.subset:
        return noun.subset
    if _WOMEN_NOUN.match(folded, fstart):
        return "women"  # "290 Marocaines", "290 مغربيات": the counted noun itself
    if _MEN_NOUN.match(folded, fstart):
        return "men"
    if metric in ("returnees", "returnees_arrested") and _repatriated_in(folded):
        return "repatriated"  # brought back by the state, not returned on their own
    # After the noun, the cue words run to the end of the clause or to the next figure ("و14 امرأة").
    # (a noun referred to before the number, "منها 51 مرتبطة بداعش", leaves the clause to run from the number on)
    after_from = max(noun.fend, fstart)
    after_end = _SUBSET_AFTER_END.search(folded, after_from, after_from + _CUE_WINDOW)
    # (from the number on: "dont 220 anciens détenus" puts its cue between the number and the noun)
    after = folded[fstart : after_end.start() if after_end else min(len(folded), after_from + _CUE_WINDOW)]
    before_start = max(scope_start, fstart - _CUE_WINDOW)
    # the words before the clause a speaker reports are the speaker's ("أوضح الوزير لصحفيين مغاربة وأجانب أن 1350
    # مغربيا …", "told foreign reporters that 1,350 …"): the figure's cue words begin at its complementizer
    relayed = max(_COMPLEMENTIZER.finditer(folded, before_start, fstart), key=_match_start, default=None)
    if relayed is not None and not _TOPIC.search(folded, before_start, relayed.start()):
        # (a topic set before the speaker is the figure's: "As for women, the official said that 280 …")
        before_start = relayed.end()
    scope = folded[before_start:fstart] + " " + after
    # (the scope is two slices of the sentence joined by a space: no cue in it when the sentence holds
    # none of the words every cue holds, literals.py)
    found = _found_subsets(_SUBSET_PATTERN, scope) if may_match(_SUBSET_PATTERN.pattern, folded) else set()
    for subset, _pattern in _SUBSET_CUES:  # in order of priority, not of place
        if subset == "foreigners" and metric == "joint_operations":
            continue  # "menées en coopération avec des services étrangers": the partners, not foreigners counted
        if subset in found:
            return subset
    if part and metric in _INHERENT:
        zone = _ZONE_OF_PART.match(folded, fstart)
        # Syria and Iraq together are a part's own zone where the sentence sets them against another ("115
        # from the Syrian-Iraqi zone, 14 in Libya"); alone, they only say who the returnees are
        if zone is not None and (zone["zone"] or _OTHER_ZONE.search(folded)):
            return _PART_ZONES.get(zone["zone"], "syria_iraq_linked")
    if metric in _RESTRICTED_BY_PLACE:
        # "1600 مغربي التحقوا بالتنظيمات المتطرفة في سوريا والعراق", "280 Moroccans held in camps in Syria": a figure
        # restricted to a zone carries it, as the seed's "650 arrested for their activity online" carries its
        # category (CONTRACT, seeds/expected.json 001)
        # (an apposition of people after the noun does not end the clause: "1 137 Marocains, combattants et
        # membres de leurs familles, se trouvent dans des camps du nord de la Syrie")
        own = after
        bare = _without_appositions(folded)
        if bare != folded:
            bare_end = _SUBSET_AFTER_END.search(bare, noun.fend, noun.fend + _CUE_WINDOW)
            own = own + " " + bare[noun.fend : bare_end.start() if bare_end else noun.fend + _CUE_WINDOW]
            scope = scope + " " + own
        ahead = folded[fstart : fstart + 160]
        # Syria and Iraq together restrict any of these figures (docs/conventions.md: "745 killed in Syria and Iraq",
        # "300 still held in Syria and Iraq"); one country alone only the people held there (the fighters who
        # joined or died "in Syria" are the older corpora's whole). The place after the number is the figure's
        # own: before it, a zone may belong to the source ("la Coordination des familles des détenus en Syrie et en
        # Irak recense 476 Marocains bloqués dans le nord-est syrien")
        for zone in (_zone_of(own, ahead), _zone_of(scope, ahead)):
            if (
                zone == "sahel"
                or zone is not None
                and (zone == "syria_iraq_linked") == (metric != "fighters_detained_abroad")
            ):
                return zone  # (fighters in the Sahel are a wave of their own, whatever their metric)
    if not part:
        return None  # "خليتين مواليتين لداعش": the whole figure shares the affiliation, it is not a subset
    if not may_match(_AFFILIATION_PATTERN.pattern, folded):
        return None
    found = _found_subsets(_AFFILIATION_PATTERN, scope)
    if "istihlal_linked" in found and "isis_linked" in found:
        # "85 liées à Daech et six autres à l'istihlal": a part's own group is the one named first after it
        own = next(
            (m.lastgroup for m in _AFFILIATION_PATTERN.finditer(after) if m.lastgroup in _TWO_CURRENTS), None
        )
        found.discard("isis_linked" if own == "istihlal_linked" else "istihlal_linked")
    for subset, _pattern in _AFFILIATION_CUES:
        if subset in found and not (metric in _INHERENT and subset == "syria_iraq_linked"):
            if subset == "isis_linked" and metric in _FATES:
                continue  # "745 of them were killed", "900 d'entre eux combattent toujours dans les rangs de Daech"
            return subset
    return None
