"""Who a figure comes from: the body named in an attributing phrase ("وبحسب مصادر في المديرية العامة
لمراقبة التراب الوطني", "وفق آخر حصيلة نشرتها وزارة الداخلية", "تشير الإحصائيات الرسمية").

A body named as the actor ("نجحت الأجهزة الأمنية في تفكيك...") is not a source: an organisation counts
only when an attributing word (according to, announced, revealed, report, toll...) comes shortly
before it, or when the phrase is a source by itself ("الإحصائيات الرسمية").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claims.extraction.literals import (  # (guarded: the same matches, found faster)
    Vocabulary,
    guarded,
    has_arabic,
    has_latin,
    may_match,
    search,
)
from claims.extraction.normalize import FoldedText, fold
from claims.extraction.records import Attribution

_ORGS = {
    "DGST": ["قطب المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني",
             "قطب الأمن الوطني ومراقبة التراب الوطني", "pôle DGSN-DGST", "DGSN-DGST", "DGSN/DGST",
             # the head of both services ("the head of the DGSN and DGST", "le patron de la DGSN et de la DGST"):
             # the pole's counter-terrorism record
             "DGSN and DGST", "DGSN and the DGST", "DGSN et de la DGST", "DGSN et DGST", "DGSN et la DGST",
             "المديرية العامة لمراقبة التراب الوطني", "مديرية مراقبة التراب الوطني", "مراقبة التراب الوطني",
             "DGST", "DST", "الديستي", "la direction générale de la surveillance du territoire", "la surveillance du territoire",
             "General Directorate of Territorial Surveillance", "Directorate General of Territorial Surveillance",
             "territorial surveillance", "domestic intelligence agency", "domestic intelligence service",
             "le renseignement intérieur", "renseignement intérieur marocain", "المخابرات الداخلية"],
    "BCIJ": ["المكتب المركزي للأبحاث القضائية", "BCIJ", "البسيج", "bureau central d'investigations judiciaires",
             "bureau central des investigations judiciaires", "bureau central d'investigation judiciaire",
             "Central Bureau of Judicial Investigation", "Central Bureau of Judicial Investigations",
             "Central Bureau for Judicial Investigations", "Central Bureau for Judicial Investigation",
             "counter-terrorism bureau", "counterterrorism bureau", "anti-terrorism bureau", "anti-terror bureau",
             "Morocco's FBI", "le FBI marocain", "الإف بي آي المغربي", "l'office antiterroriste"],
    "DGSN": ["المديرية العامة للأمن الوطني", "DGSN", "مديرية الشرطة القضائية", "الفرقة الوطنية للشرطة القضائية",
             "la direction de la police judiciaire", "directeur central de la police judiciaire",
             "la brigade nationale de la police judiciaire", "BNPJ", "la sûreté nationale", "Sûreté nationale",
             "national police", "the national police", "Judicial Police Directorate", "المدير العام للأمن الوطني",
             "مصالح الأمن الوطني", "directeur général de la sûreté nationale", "Director General of National Security",
             "head of the national police", "la direction générale de la sûreté nationale",
             "General Directorate of National Security", "Directorate General of National Security",
             # the national police in the regions: a city's police headquarters and its chief
             "ولاية أمن", "ولاية الأمن", "والي أمن", "والي الأمن", "المنطقة الأمنية", "الأمن الإقليمي",
             "wilaya de sûreté", "la wilaya de sûreté", "sûreté régionale", "la sûreté régionale",
             "sûreté préfectorale", "la sûreté préfectorale", "préfecture de police", "la préfecture de police",
             "regional police", "the regional police", "regional security headquarters", "police prefecture"],
    "MOI": ["وزارة الداخلية", "وزير الداخلية", "الداخلية", "le ministère de l'intérieur", "le ministre de l'intérieur",
            "ministère de l'intérieur", "ministre de l'intérieur", "l'intérieur", "Interior Ministry", "Ministry of Interior",
            "Ministry of the Interior", "Interior Minister", "Minister of Interior", "Minister of the Interior",
            # the territorial administration answers to the interior: a region's wali, a province's governor
            "والي جهة", "والي الجهة", "والي ولاية", "عامل إقليم", "عامل عمالة", "le wali de la région",
            "wali de la région", "le wali", "la wilaya de la région", "gouverneur de la province",
            "le gouverneur de la province", "the wali", "wali of the region", "regional governor",
            "provincial governor"],
    "PARLIAMENT": ["البرلمان", "مجلس النواب", "مجلس المستشارين", "برلماني", "البرلمانية", "برلمانية", "le parlement",
                   "la chambre des représentants", "la chambre des conseillers", "parliament", "House of Representatives", "House of Councillors",
                   "parliamentary", "المهمة الاستطلاعية", "مهمة استطلاعية", "mission d'information",
                   "commission parlementaire", "mission parlementaire", "parliamentary mission", "parliamentary committee"],
    "MFA": ["وزارة الخارجية", "وزير الخارجية", "الخارجية المغربية", "رئيس الدبلوماسية المغربية",
            "chef de la diplomatie", "le ministère des affaires étrangères",
            "la diplomatie marocaine", "Foreign Minister", "Foreign Ministry", "Ministry of Foreign Affairs",
            "Minister of Foreign Affairs", "ministre des affaires étrangères", "ministère des affaires étrangères",
            "وزارة الشؤون الخارجية", "وزير الشؤون الخارجية"],
    "GOV": ["الوزير المنتدب المكلف بالعلاقات مع البرلمان", "المكلف بالعلاقات مع البرلمان",
            "chargé des relations avec le parlement", "in charge of relations with parliament",
            "minister for relations with parliament", "رئيس الحكومة", "الناطق الرسمي باسم الحكومة", "الناطق باسم الحكومة", "الحكومة", "le gouvernement",
            "gouvernement", "porte-parole du gouvernement", "government spokesman", "government spokesperson",
            "the government", "head of government"],
    "official_unspecified": ["مصادر أمنية", "مصدر أمني", "مصدر مسؤول", "مسؤول أمني", "مسؤولون أمنيون",
                             "مسؤولين أمنيين", "السلطات المغربية", "السلطات الأمنية", "sources sécuritaires",
                             "source sécuritaire", "responsables sécuritaires", "autorités marocaines",
                             "الإحصائيات الرسمية", "الإحصاءات الرسمية", "الأرقام الرسمية", "أرقام رسمية",
                             "إحصائيات رسمية", "المعطيات الرسمية", "معطيات رسمية", "مصادر رسمية", "بيانات رسمية",
                             "les chiffres officiels", "chiffres officiels", "statistiques officielles",
                             "sources officielles", "security sources", "security source", "official figures",
                             "official statistics", "official data", "Moroccan authorities", "the authorities", "les autorités",
                             "security officials", "a security official", "official sources", "مصادر مطلعة",
                             "مصدر مطلع", "آخر الأرقام", "الأرقام المتوفرة", "المعطيات المتوفرة", "sources proches",
                             "sources informées", "source proche", "une source proche", "source proche du dossier",
                             "مصدر مقرب", "مصادر مقربة", "a source close to", "sources close to", "informed sources", "well-informed sources", "sources bien informées",
                             "official statements", "communiqués officiels", "بلاغات رسمية", "البلاغات الرسمية",
                             "bilan officiel", "le bilan officiel", "التقديرات الرسمية", "تقديرات رسمية",
                             "estimations officielles", "les estimations officielles", "official estimates", "official tally", "official toll", "الحصيلة الرسمية",
                             "responsable du renseignement", "un ancien responsable", "un haut responsable",
                             "a senior official", "a top official", "a security official", "an intelligence official",
                             "intelligence officials", "security official", "Moroccan official", "Moroccan officials",
                             "government official", "responsable sécuritaire", "responsable marocain",
                             "responsables marocains", "source autorisée", "مصدر مأذون", "مسؤول استخباراتي", "مسؤول رفيع", "Morocco says", "Morocco said", "officials say", "officials said",
                             "Rabat says", "Rabat said", "le Maroc affirme", "le Royaume affirme",
                             "an official source", "official source", "une source officielle", "source officielle",
                             "مصدر رسمي"],
    "analyst": ["الخبير", "خبير", "خبراء", "المحلل", "محلل", "محللون", "الباحث", "باحث", "باحثون", "الأستاذ الجامعي",
                "l'expert", "expert", "experts", "l'analyste", "analyste", "le chercheur", "chercheur", "spécialiste",
                "politologue", "le politologue", "la politologue", "chercheuse", "la chercheuse", "political scientist",
                "دراسة", "الدراسة", "مركز للدراسات", "مركز الدراسات", "معهد", "المعهد", "مرصد", "المرصد",
                "étude", "l'étude", "une étude", "think tank", "think-tank", "institut", "l'institut", "observatoire",
                "analyst", "analysts", "researcher", "researchers", "study", "a study", "the study", "institute",
                "think tank", "observatory", "centre for", "center for",
                "مراقبون", "متتبعون", "للدراسات", "صوفان", "Soufan", "observateurs", "observers",
                "by my count", "by our count", "by my own count", "by our own count", "my own count",
                "selon mes propres calculs", "selon mon propre décompte", "selon mon décompte", "حسب إحصائي",
                "selon mes calculs", "d'après mes calculs", "selon nos calculs",
                "حسب تقديري", "في تقديري", "في رأيي", "حسب رأيي", "à mon sens", "à mon avis", "selon moi",
                "selon nos estimations", "d'après nos estimations", "in my view", "in my opinion", "our own estimate",
                "my own estimate", "by our estimate", "by my estimate", "in our estimate", "association", "coordination nationale", "National Coordination",
                "coordination des familles", "Coordination of Families", "NGO", "ONG",
                "تنسيقية", "التنسيقية", "جمعية", "Human Rights Watch", "Amnesty International"],
}  # fmt: skip
# Offices: a title names the body its holder speaks for, in the three languages ("le député", "Morocco's
# permanent representative to the UN", "وزير العدل"). A member of parliament speaks for parliament (an MP's
# question citing a figure); a minister of another portfolio than the interior or foreign affairs, the head of
# government and its spokesperson for the government; Morocco's envoys abroad for foreign affairs; academics
# for themselves (analyst). The holder's name, printed next to the title, is the claim's person.
_OFFICES = {
    "PARLIAMENT": ["النائب البرلماني", "النائبة البرلمانية", "نائب برلماني", "نائبة برلمانية", "النائبة", "النائب",
        # an MP by the side of the house ("نائب من المعارضة"; "نائب" alone is any deputy: "نائب المدير")
        "نائب من المعارضة", "نائبة من المعارضة", "نائب من الأغلبية", "نائبة من الأغلبية", "نائب معارض", "نائبة معارضة",
        "المستشار البرلماني", "المستشارة البرلمانية", "le député", "la députée", "député", "députée",
        "le parlementaire", "la parlementaire", "parlementaire", "le sénateur", "la sénatrice", "MP", "lawmaker",
        "legislator", "member of parliament", "parliamentarian", "senator", "sénatrice", "sénateur",
        # a member of the upper chamber by the chamber's word, not "conseiller" alone (an adviser)
        "conseiller de l'opposition", "conseillère de l'opposition", "conseiller de la majorité",
        "conseillère de la majorité", "conseiller parlementaire", "conseillère parlementaire",
        "opposition councillor", "member of the House of Councillors"],
    "DGST": ["المدير العام للأمن الوطني ومراقبة التراب الوطني", "المدير العام للأمن الوطني ولمراقبة التراب الوطني",
        "directeur général de la DGSN et de la DGST", "directeur général de la sûreté nationale et de la surveillance du territoire",
        "director general of national security and territorial surveillance", "DGSN and DGST chief",
        "head of the DGSN and the DGST"],
    "BCIJ": ["the Central Bureau", "le Bureau central", "مدير المكتب المركزي", "directeur du Bureau central"],
    "GOV": ["وزارة العدل", "ministère de la Justice", "Ministry of Justice", "Justice Ministry", "وزير العدل", "وزيرة العدل", "وزير الأوقاف والشؤون الإسلامية", "وزير الأوقاف",
        "الوزير المنتدب المكلف بحقوق الإنسان", "الناطقة الرسمية باسم الحكومة", "الناطقة باسم الحكومة",
        "le ministre de la justice", "ministre de la justice", "la ministre de la justice", "garde des sceaux",
        "ministre des habous", "chef du gouvernement", "le chef du gouvernement", "premier ministre",
        "porte-parole de l'exécutif", "justice minister", "minister of justice", "prime minister",
        "islamic affairs minister", "minister of islamic affairs"],
    "MFA": ["الممثل الدائم للمغرب", "الممثل الدائم للمملكة", "المندوب الدائم للمغرب", "سفير المغرب", "سفيرة المغرب",
        "السفير المغربي", "سفير المملكة", "représentant permanent du Maroc", "représentante permanente du Maroc",
        "ambassadeur du Maroc", "ambassadrice du Maroc", "l'ambassadeur marocain", "l'ambassadrice marocaine",
        "diplomate marocain", "Morocco's permanent representative", "Morocco's ambassador", "Morocco's envoy",
        "Moroccan ambassador", "Moroccan envoy", "permanent representative of Morocco", "ambassador of Morocco"],
    "analyst": ["مؤسسة", "Foundation", "Fondation", "Endowment", "Carnegie", "Brookings", "مركز السياسات", "مركز أبحاث", "مركز بحوث", "مركز بحثي", "مركز تفكير", "مراكز البحث", "الباحثة", "باحثة", "الخبيرة", "خبيرة", "المحللة", "محللة", "الأستاذة الجامعية",
        "أستاذ العلوم السياسية", "أستاذة العلوم السياسية", "universitaire", "l'universitaire",
        "enseignant-chercheur", "enseignante-chercheuse", "professeur de science politique",
        "professeure de science politique", "professeur d'université", "professeure", "academic", "professor",
        "scholar", "les auteurs de l'étude", "les auteurs du rapport", "معدو الدراسة", "معدو التقرير",
        # the authors named again ("selon les mêmes auteurs", "according to the same authors")
        "les mêmes auteurs", "the same authors", "the report's authors", "the study's authors",
        # think tanks' papers and the authors of opinion pieces (an op-ed's author gives their own reading)
        "policy brief", "policy paper", "research paper", "note d'analyse", "une note du centre", "la note du centre",
        "note de l'institut", "document de travail", "ورقة بحثية", "ورقة تحليلية", "ورقة سياسات", "الورقة البحثية",
        "le centre", "du centre", "the centre", "the center", "research centre", "research center",
        "كاتب المقال", "صاحب المقال", "كاتب الرأي", "l'auteur de la tribune", "l'auteur de l'article", "l'auteur",
        "the author", "columnist", "the columnist", "chroniqueur", "éditorialiste", "editorialist", "op-ed"],
}  # fmt: skip
for _body, _titles in _OFFICES.items():
    _ORGS[_body] += _titles
# "المعطيات المتوفرة" (the data available), "des sources concordantes": nothing says the source is official
_UNOFFICIAL_SOURCES = [
    "المعطيات المتوفرة",
    "sources concordantes",
    "des sources concordantes",
    "concurring sources",
    # estimates no one is named for ("فتقدر بعض التقديرات عددهم بنحو 250", "some estimates put", "selon certaines
    # estimations"): unsourced, not the body named before
    "بعض التقديرات",
    "تقديرات غير رسمية",
    "some estimates",
    "unofficial estimates",
    "certaines estimations",
    "des estimations non officielles",
]
_ORGS["official_unspecified"] = [p for p in _ORGS["official_unspecified"] if p not in _UNOFFICIAL_SOURCES]
_ORGS["unspecified"] = _ORGS.get("unspecified", []) + _UNOFFICIAL_SOURCES
# How foreign and international bodies are coded: none is a Moroccan body of the contract's list, and the
# contract's "official" (الإحصائيات الرسمية) is Morocco's own; `raw` names them. Both corpora written by hands
# that never read the engine (corpus_voices v19/v25, corpus_desk d10/d23/d28) code foreign ministries and
# police `unspecified`; corpus_ar's a37, older, had them official (one claim there disagrees).
FOREIGN_GOVERNMENT = "unspecified"
INTERNATIONAL_BODY = "unspecified"
# A REPORT, study or index such a body issues (the US State Department's Country Reports on Terrorism, the UN
# monitoring team's report, the Global Terrorism Index) is an outside study of Morocco's record, coded as a think
# tank's is (issue 15; docs/conventions.md, "Outside voices"); the body speaking without one keeps the codes above.
OUTSIDE_REPORT = "analyst"
# Foreign government bodies known by their own name (one named with its country's adjective, "وزارة الداخلية
# الإسبانية", "the US Interior Ministry", is found by _foreign_body).
_FOREIGN_GOVERNMENT_BODIES = ["الخارجية الأمريكية", "الخارجية الأميركية", "الحرس المدني", "Département d'État",
                              "Département d'Etat", "la Garde civile", "Guardia Civil", "Policía Nacional",
                              "State Department", "Department of State", "Country Reports on Terrorism",
                              "Federal Bureau of Investigation", "FBI", "CIA"]  # fmt: skip
_INTERNATIONAL_BODIES = ["الأمم المتحدة", "الأممية", "الأممي", "مجلس الأمن الدولي", "فريق الرصد", "يوروبول",
                         "الإنتربول", "الأنتربول", "Nations unies", "Organisation des Nations unies", "l'ONU",
                         "onusien", "onusienne", "équipe de surveillance", "Europol", "Interpol", "United Nations",
                         "the UN", "UN report", "UN monitors", "UN experts", "UN panel", "UN team",
                         "UN Security Council", "Monitoring Team",
                         # an international index counts attacks on Moroccan soil as an international body does
                         # (corpus_review r17, corpus_speakers s21: unspecified, the index in raw)
                         "مؤشر الإرهاب العالمي", "Global Terrorism Index", "Indice mondial du terrorisme"]  # fmt: skip
# Officials named by a title of no body in the list (prosecutors): official, but a source only when a
# reporting word attributes the figure to them, not by being named ("under the supervision of the prosecutor").
_OFFICIAL_TITLES = ["النائب العام", "الوكيل العام للملك", "وكيل الملك", "رئيس النيابة العامة", "procureur général du Roi",
                    "procureur du Roi", "le procureur général", "public prosecutor", "the prosecutor",
                    "prosecutor general", "attorney general",
                    # the prosecution's office and whoever speaks for it at a hearing
                    "ممثل النيابة العامة", "النيابة العامة", "le ministère public", "le parquet",
                    "the prosecution",
                    # the judicial and prison bodies the contract does not list, named in full
                    "رئاسة النيابة العامة", "Présidence du ministère public", "Public Prosecution",
                    "Presidency of the Public Prosecution", "المندوبية العامة لإدارة السجون وإعادة الإدماج",
                    "المندوبية العامة لإدارة السجون", "Délégation générale à l'administration pénitentiaire",
                    "DGAPR", "prison administration", "l'administration pénitentiaire"]  # fmt: skip
_ORGS["official_unspecified"] += _OFFICIAL_TITLES
# Morocco's services named as a whole: most often the actor of the sentence ("les services marocains ont
# démantelé …"); a source only when a reporting word attributes the figure to them ("Selon les services marocains, …")
_MOROCCAN_SERVICES = ["les services marocains", "services marocains", "Moroccan services", "Moroccan security services",
                      "المصالح المغربية", "الأجهزة الأمنية المغربية"]  # fmt: skip
_ORGS["official_unspecified"] += _MOROCCAN_SERVICES
_ORGS[FOREIGN_GOVERNMENT] = _ORGS.get(FOREIGN_GOVERNMENT, []) + _FOREIGN_GOVERNMENT_BODIES
_ORGS[INTERNATIONAL_BODY] = _ORGS.get(INTERNATIONAL_BODY, []) + _INTERNATIONAL_BODIES
# Named, these are no source by themselves (as "official figures" is): a reporting word must attribute the figure.
_NEEDS_CUE = tuple(
    fold(name)
    for name in _OFFICIAL_TITLES + _FOREIGN_GOVERNMENT_BODIES + _INTERNATIONAL_BODIES + _MOROCCAN_SERVICES
)
_SERVICES_FOLDED = tuple(fold(name) for name in _MOROCCAN_SERVICES)
_OUTSIDE_FOLDED = tuple(fold(name) for name in _FOREIGN_GOVERNMENT_BODIES + _INTERNATIONAL_BODIES)
# Names that identify both a person and the body they speak for.
_PEOPLE = {
    "عبد اللطيف حموشي": "DGST", "حموشي": "DGST", "الحموشي": "DGST",
    "عبد الحق الخيام": "BCIJ", "الخيام": "BCIJ", "حبوب الشرقاوي": "BCIJ", "الشرقاوي حبوب": "BCIJ",
    "حبوب": "BCIJ",
    "عبد الوافي لفتيت": "MOI", "لفتيت": "MOI", "ناصر بوريطة": "MFA", "بوريطة": "MFA",
    "Abdellatif Hammouchi": "DGST", "Hammouchi": "DGST", "Abdelhak Khiame": "BCIJ",
    "Abdelouafi Laftit": "MOI", "Laftit": "MOI", "Nasser Bourita": "MFA", "Bourita": "MFA",
    "Khiame": "BCIJ", "El Khiame": "BCIJ", "Khiam": "BCIJ", "El Khayam": "BCIJ", "Al Khayam": "BCIJ",
    "Al-Khayam": "BCIJ", "Habboub Cherkaoui": "BCIJ", "Cherkaoui Habboub": "BCIJ", "Habboub": "BCIJ",
    "Mohamed Hassad": "MOI", "Hassad": "MOI", "محمد حصاد": "MOI", "حصاد": "MOI",
    "Mustapha El Khalfi": "GOV", "El Khalfi": "GOV", "مصطفى الخلفي": "GOV", "الخلفي": "GOV",
    "Mustapha Baitas": "GOV", "Baitas": "GOV", "مصطفى بايتاس": "GOV", "بايتاس": "GOV",
    "الشرقي الضريس": "MOI", "Charki Draiss": "MOI", "Draiss": "MOI",
    "بوبكر سبيك": "DGSN", "Boubker Sabik": "DGSN", "Sabik": "DGSN", "محمد النيفاوي": "BCIJ", "النيفاوي": "BCIJ",
    "Mohamed Nifaoui": "BCIJ", "Nifaoui": "BCIJ",
    "عبد اللطيف وهبي": "GOV", "وهبي": "GOV", "Abdellatif Ouahbi": "GOV", "Ouahbi": "GOV",
    "عزيز أخنوش": "GOV", "أخنوش": "GOV", "Aziz Akhannouch": "GOV", "Akhannouch": "GOV",
    "سعد الدين العثماني": "GOV", "Saad Eddine El Othmani": "GOV", "El Othmani": "GOV",
    "عمر هلال": "MFA", "هلال": "MFA", "Omar Hilale": "MFA", "Hilale": "MFA", "نور الدين بوطيب": "MOI", "بوطيب": "MOI",
    "Noureddine Boutayeb": "MOI", "Boutayeb": "MOI", "خالد الزروالي": "MOI", "Khalid Zerouali": "MOI",
    "Mohamed Moufakir": "MOI", "Moufakir": "MOI", "Abdelhak El Khiam": "BCIJ",
    "محمد الدخيسي": "DGSN", "الدخيسي": "DGSN", "Mohamed Dkhissi": "DGSN", "Dkhissi": "DGSN",
}  # fmt: skip
_CUES = [
    "بحسب", "حسب", "وفق", "وفقا", "طبقا", "استنادا", "نقلا عن", "بناء على", "كشف", "كشفت", "أعلن", "أعلنت",
    "أفاد", "أفادت", "أكد", "أكدت", "أوضح", "أوضحت", "ذكر", "ذكرت", "قال", "قالت", "أشار", "أشارت", "تشير",
    "يشير", "تفيد", "يفيد", "صرح", "صرحت", "أضاف", "أضافت", "نشرتها", "نشرها", "أصدرتها", "أصدرها", "عرضها",
    "قدمها", "شدد", "شددت", "أبرز", "أبرزت", "لفت", "لفتت", "أورد", "أوردت", "سجل", "سجلت", "تقرير", "بلاغ",
    "حصيلة", "معطيات", "أرقام", "إحصائيات", "مصادر", "مصدر", "تصريح", "عن", "لدى", "يرى", "ترى", "يعتبر",
    "اعتبر", "يؤكد", "تؤكد", "ذكر", "بلاغات", "بيانات", "a souligné", "estime",
    # a communiqué named in the accusative ("غير أن بلاغا للمكتب …"), a body that "spoke of" a figure
    "بلاغا", "بيانا", "تحدث عن", "تحدثت عن",
    # the speaker between the verb and its "عن" ("تحدثت المديرية العامة … عن 190 خلية")
    "تحدث", "تحدثت",
    # a communiqué named before its body ("Un communiqué de la DGSN a été diffusé", "توصلت الجريدة ببلاغ من
    # المكتب", "صدر بيان عن المديرية"); in French the noun with its article and its "de" (a bare "communiqué" may
    # be a participle, "Dans un communiqué, la DGSN a précisé" is the DGSN's by its verb)
    *(f"{article} communiqué {of}" for article in ("un", "le", "du", "d'un", "ce", "son", "leur")
      for of in ("de", "du", "des")),
    "ببلاغ", "بيان", "ببيان",
    "selon", "d'après", "a indiqué", "a annoncé", "a révélé", "a affirmé", "a déclaré", "a précisé",
    "rapport", "bilan", "sources", "source", "chiffres", "indique", "annonce", "révèle", "rappelle", "souligne",
    "a-t-il précisé", "a-t-il indiqué", "a-t-il ajouté", "précise", "ajoute", "affirme", "explique", "note",
    "قدر", "قدرت", "يقدر", "قدّر", "أفادت", "حسبما", "وفقا", "جاء في", "جواب", "رد",
    "according to", "said", "says", "stated", "announced", "revealed", "reported", "indicated", "noted",
    "added", "explained", "told", "estimated", "estimates", "figures", "data", "report", "statement",
    "toll", "tally", "cited by", "quoted by", "a rappelé", "a souligné", "a ajouté", "a expliqué", "a noté",
    "a estimé", "a confié", "a livré", "a présenté", "a dévoilé", "a fait état", "a détaillé", "a relevé",
    "à en croire", "a en croire", "dévoilés par", "dévoilé par", "livrés par", "révélés par", "communiqués par",
    "a fait savoir", "a dit", "a confirmé", "a insisté", "a cité", "cite", "a rapporté", "rapporte",
    "pointed out", "recalled", "mentioned", "stressed", "underlined", "highlighted", "disclosed", "confirmed",
    "revealed by", "announced by", "released by", "presented by", "as stated by",
    "évalue", "évaluent", "a évalué",
    # a passive estimate names its author after it ("est estimé à 745 par les auteurs du rapport")
    "estimé", "estimée", "estimés", "estimées", "يضيف", "تضيف", "يقول", "تقول", "يوضح", "توضح", "يبرز", "تبرز", "كشف عنها", "كشف عنه", "أعلن عنها",
    "صرح به", "أدلى", "حسب ما", "وفق ما", "أحصى", "أحصت", "رصد", "رصدت",
    # a question that cites a figure ("Dans sa question, la députée évoque …", "تساءلت النائبة عن …")
    "تساءل", "تساءلت", "ساءل", "ساءلت", "سأل", "سألت", "استفسر", "استفسرت", "أثار", "أثارت", "نبه", "نبهت",
    # an op-ed's or a note's author writes ("كما يكتب الباحث …", "writes researcher …", "écrit le chercheur …");
    # a source in the accusative ("غير أن مصدرا من المديرية حدد …")
    "يكتب", "تكتب", "كتب", "كتبت", "writes", "écrit", "a écrit", "relève", "مصدرا",
    "évoque", "a évoqué", "interpelle", "a interpellé", "وجه", "وجهت", "a adressé", "a posé", "addressed", "s'interroge", "s'est interrogé", "s'est interrogée",
    "mentionne", "a mentionné", "asked", "questioned", "cited", "raised", "claimed", "argued", "warned", "wrote",
    # an answer reports its speaker's figure ("وأجاب وزير الداخلية بأن …", "le ministre a répondu que …")
    "أجاب", "أجابت", "a répondu", "répond", "répondant", "replied", "answered", "responded",
    # plural verbs of a study's authors, of observers ("estiment les auteurs", "say the researchers")
    "estiment", "affirment", "indiquent", "soulignent", "notent", "relèvent", "avancent", "rappellent",
    "précisent", "révèlent", "chiffrent", "say", "note", "estimate", "believe", "يرون", "يقدرون", "يؤكدون",
    "يعتقد", "تعتقد",
    # a member citing figures ("استشهد النائب بأرقام وزارة الداخلية", "مستشهدا بمعطيات المندوبية"): their owner's
    "استشهد", "استشهدت", "مستشهدا", "مستشهدة", "بأرقام", "بمعطيات", "بإحصائيات", "ببيانات",
    "citant", "en citant", "citing", "relaying", "relayant", "quoting",
]  # fmt: skip
# Reporting verbs that may follow their subject: "the Interior Ministry said", "وزارة الداخلية أعلنت".
_CUES_AFTER = [
    "said", "says", "stated", "announced", "revealed", "reported", "indicated", "noted", "added", "explained",
    "estimated", "estimates", "told", "informed", "أبلغ", "أبلغت", "a indiqué", "a rappelé", "a souligné",
    "a ajouté", "a expliqué", "a estimé", "a confié", "a livré", "a présenté", "a dévoilé", "a fait état",
    "a détaillé", "presented", "unveiled", "gave", "put the number", "استعرض", "قدم", "أحصى", "rappelant",
    "soulignant", "précisant", "indiquant", "ajoutant", "noting", "adding", "saying", "'s count", "’s count",
    "pointed out", "recalled", "mentioned", "stressed", "underlined", "highlighted", "disclosed", "confirmed",
    "a fait savoir", "a dit", "a confirmé", "a insisté", "a rapporté", "يضيف", "تضيف", "يقول", "تقول",
    "ont annoncé", "ont indiqué", "ont révélé", "ont affirmé", "ont précisé", "ont fait savoir", "ont déclaré",
    "ont rapporté", "ont souligné", "ont expliqué", "found", "concluded", "a conclu", "خلص", "خلصت", "évalue", "évaluent", "a évalué", "puts",
    "put the total", "put the figure", "put the number", "put the toll", "put their number", "put its number",
    "counted", "counts", "recorded", "released", "published", "a publié", "publie", "a rendu public", "a rendu publics", "a rendu publiques", "a rendu publique", "a dévoilé", "faisait état", "fait état", "a recensé", "recense", "dénombre", "أحصى",
    "أحصت", "a fait savoir", "a annoncé", "a révélé", "a affirmé", "a déclaré", "a précisé",
    "indique", "annonce", "révèle", "estime", "affirme", "précise", "أعلنت", "أعلن", "كشفت", "كشف", "أفادت", "أفاد",
    "أكدت", "أكد", "أوضحت", "أوضح", "ذكرت", "ذكر", "قالت", "قال", "أبرزت", "أبرز", "قدرت", "قدر",
    "évoque", "a évoqué", "évoquant", "cite", "a cité", "citant", "a interpellé le ministre", "a interpellé la ministre", "a interpellé le gouvernement", "interpelle le ministre",
    "interpelle le gouvernement", "a questionné", "a adressé", "questioned", "mentionne", "a mentionné", "avance", "a avancé",
    # the participle after an auxiliary an aside splits ("a pour sa part avancé", "a quant à lui avancé")
    "avancé",
    "asked", "cited", "citing", "claimed", "argued", "wrote", "writes", "écrit", "يكتب", "تكتب", "relève", "estiment",
    "notes", "argues", "observes", "rappelle", "souligne", "observe", "soutient", "affirment", "say", "estimate",
    "تساءل", "تساءلت", "يرون", "يقدرون", "أجاب", "أجابت", "a répondu", "répond", "replied", "answered",
    "responded",
    # a view held after its holder ("Analyst X believes …", "le chercheur pense que …", "الباحث … يرى أن …")
    "believes", "believe", "thinks", "considers", "pense", "considère", "يرى", "ترى", "يعتقد", "تعتقد", "يعتبر",
    "تعتبر",
    # a figure someone speaks of ("les autorités parlent de 1659 départs", "officials speak of 1,659")
    "parlent de", "parle de", "parlait de", "parlaient de", "font état", "speak of", "speaks of", "talk of",
    # the same verbs in the imperfect of an earlier count ("le ministère avançait le chiffre de 1100", "les services
    # espagnols évoquaient 800 combattants")
    "avançait", "avançaient", "évoquait", "évoquaient", "estimait", "estimaient", "chiffrait", "chiffraient",
    "faisait état", "faisaient état", "recensait", "recensaient", "dénombrait", "dénombraient",
    "talks of", "يتحدث عن", "تتحدث عن", "يتحدثون عن",
    # the same verbs in the past, a count in the present ("فتحدثت الحصيلة عن …", "تحصي التنسيقية …"), a remark
    # ("وكان النائب … قد أشار في سؤاله إلى أن …")
    "تحدث عن", "تحدثت عن", "تحدثوا عن", "يحصي", "تحصي", "أشار", "أشارت",
]  # fmt: skip
_CUE_WINDOW_WORDS = 20
# A cue cannot reach an organisation past a subordinate clause: "a indiqué que le ministère …", "أكد أن الوزارة"
_SUBORDINATE = re.compile(r"(?<![\w])(?:que|qu'|that|أن|بأن|ان|بان|إن|انه|بانه|انها|بانها)(?![\w])")
_WINDOW_STOP = re.compile(r"[;؛]|\.(?!\w)")
_DATA_NOUN_BEFORE = re.compile(
    r"(?:chiffres|données|statistiques|informations|éléments|bilan|figures|data|statistics|numbers|estimates)\s+$"
)
_SAME_SOURCE = re.compile(
    r"(?:المصدر|المصادر|المتحدث|المسؤول|التقرير|البلاغ|المعطيات|الحصيله|الارقام)\s+(?:ذاته|نفسه|ذاتها|نفسها)"
    r"|(?:la\s+)?même\s+source|the\s+same\s+(?:source|official|officer)|le\s+même\s+(?:responsable|officiel)"
)
# A source named earlier, referred to by a definite noun right after an attributing word
# ("وأوضحت المديرية", "وأشار المسؤول الأمني", "حسب التقرير ذاته", "Le chef de la diplomatie").
_ANAPHOR = re.compile(
    r"(?<![\w])(?:المصدر|المصادر|المسؤول|المتحدث|المديريه|الوزاره|التقرير|البلاغ|المعطيات|الحصيله|الارقام|المكتب"
    r"|الاحصاييات|الاجهزه|المصالح|la\s+même\s+source|le\s+même\s+responsable|the\s+bureau|le\s+bureau"
    r"|la\s+direction(?:\s+générale)?|the\s+directorate(?:\s+general)?"
    # "selon les chiffres du bureau", "according to the ministry's figures": the figures of the body named before
    r"|(?:les\s+)?(?:chiffres|données|statistiques)\s+(?:du\s+bureau|du\s+ministère|de\s+la\s+direction)"
    r"|the\s+(?:bureau|ministry)'s\s+(?:figures|data|statistics)"
    # "حسب حصيلة رسمية للمكتب", "وفق أرقام المديرية": the figures of the body named before, in Arabic
    r"|(?:ال)?(?:ارقام|معطيات|حصيله|احصاييات|احصاءات|بيانات)(?:\s+(?:ال)?(?:رسميه|سنويه))?\s+(?:لل|ال)(?:مكتب|مديريه|وزاره)"
    r"|the\s+ministry|le\s+ministère|the\s+report|le\s+rapport|cette\s+source|ces\s+sources|this\s+source"
    r"|the\s+source|la\s+source|the\s+same\s+source|the\s+(?:same\s+)?official|the\s+same\s+(?:officer|director|chief)"
    r"|le\s+même\s+(?:officiel|directeur|patron)|l'officiel|the\s+study|l'étude|الدراسه"
    r"|the\s+brief|the\s+institute|l'institut|the\s+think\s+tank|le\s+communiqué|ce\s+communiqué|the\s+statement"
    r"|the\s+press\s+release|the\s+ministry's\s+statement|البيان|البلاغ\s+ذاته|le\s+texte|la\s+note"
    r"|le\s+porte-parole|la\s+porte-parole|the\s+spokesman|the\s+spokesperson|the\s+spokeswoman|الناطق"
    r"|le\s+ministre|the\s+minister|الوزير"
    # an index named before ("the Global Terrorism Index … the index counts")
    r"|l'indice|the\s+index|الموشر)(?![\w])"
)
_CUE_RIGHT_AFTER = re.compile(
    r"\s*(?:ne\s+|n')?(?:"
    + "|".join(
        sorted(
            (re.escape(fold(c)) for c in ("notes", "says", "said", "states", "found", "estimates", "counted", "indique",
                                          "note", "relève", "estime", "souligne", "précise", "avance",
                                          "recense", "dénombre", "counts", "records")),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])"
)  # fmt: skip
# "un haut responsable du BCIJ", "a senior official of the Interior Ministry", "مسؤول رفيع في المديرية"
# ("official figures compiled by the BCIJ", "des chiffres officiels établis par la DGSN": the data's author)
_OF_BODY = re.compile(
    r"(?<![\w])(?:du|de\s+la|de\s+l'|des|au|à\s+la|of|at|from|in|by|par|في|ب|من|لدي)(?![\w])"
)
# "مصدر مسؤول بالمديرية", "مسؤول في الوزارة": the preposition glued to the body's name
_OF_CLITIC = re.compile(r"[وف]?(?:بال|لل|ب|ل)(?=\w)")
_FIGURES_OF_BODY = re.compile(
    r"(?:ال)?(?:ارقام|معطيات|حصيله|احصاييات|احصاءات|بيانات)(?:\s+(?:ال)?(?:رسميه|سنويه))?\s+(?:لل|ال)(?:مكتب|مديريه|وزاره)"
)
# The bodies a definite noun can stand for: "المديرية" the DGST or the DGSN, "the bureau" the BCIJ.
_ANAPHOR_KINDS = (
    (re.compile(r"مديريه|direction"), {"DGST", "DGSN"}),
    (re.compile(r"مكتب|bureau"), {"BCIJ"}),
    (re.compile(r"وزاره|ministry|ministère|الوزير|minist"), {"MOI", "MFA", "GOV"}),
)


_SOURCE_NOUN = re.compile(r"(?<![\w])(?:المصدر|المصادر|source|sources)(?![\w])")
_SOURCE_WORD = re.compile(r"مصدر|مصادر|source", re.IGNORECASE)


def _names_a_source(known: Attribution) -> bool:
    """Whether the attribution was given by a source ("مصدر أمني", "selon une source sécuritaire"), or by a
    source-less body whose raw words name none ("la DGST faisait état")."""
    return known.org in ("official_unspecified", "unspecified") or bool(
        known.raw and _SOURCE_WORD.search(known.raw)
    )


def _of_one_kind(noun: str) -> bool:
    """Whether the noun can name only bodies of one kind ("الوزير": a ministry, "le bureau": the BCIJ)."""
    return any(pattern.search(noun) for pattern, _orgs in _ANAPHOR_KINDS)


def _can_name(noun: str, org: str | None) -> bool:
    for pattern, orgs in _ANAPHOR_KINDS:
        if pattern.search(noun):
            return org in orgs
    return True


# a report, a study or an index named anywhere in a sentence (folded text; claims.py asks it too)
REPORT_NOUN = re.compile(r"تقرير|دراس|موشر|report|rapport|study|étude|brief|index|indice")
_FUNCTION_WORDS = {
    "في",
    "من",
    "على",
    "الى",
    "ان",
    "بان",
    "الي",
    "عن",
    "ما",
    "قد",
    "فقد",
    "انه",
    "que",
    "la",
    "le",
    "les",
    "de",
}


@dataclass(frozen=True)
class _OrgMatch:
    org: str
    fstart: int
    fend: int
    person: str | None = None
    needs_cue: bool = False  # a title or a foreign body: a source only when a reporting word attributes it


def _phrase_pattern(phrase: str) -> str:
    """A folded phrase with the prefixes Arabic glues to it: "للمديرية", "بالمديرية", "لوزارة", "ووزارة"."""
    if phrase.startswith("ال"):
        return rf"(?<![\w])[وف]?(?:ال|بال|كال|لل){re.escape(phrase[2:])}(?![\w])"
    if re.match(r"[\u0621-\u064a]", phrase):
        return rf"(?<![\w])(?:[وف]?[بلك]|[وف])?{re.escape(phrase)}(?![\w])"
    return rf"(?<![\w]){re.escape(phrase)}(?![\w])"


def _compile(phrases: dict[str, str]) -> list[tuple[str, str, re.Pattern]]:
    """(org, literal, pattern), longest phrase first; a pattern can only match where its literal
    (the phrase without its article) occurs, which is much cheaper to test than the pattern."""
    rules = sorted(
        ((org, fold(phrase)) for phrase, org in phrases.items()), key=lambda r: len(r[1]), reverse=True
    )
    return [(org, p[2:] if p.startswith("ال") else p, re.compile(_phrase_pattern(p))) for org, p in rules]


_ORG_RULES = _compile({phrase: org for org, phrases in _ORGS.items() for phrase in phrases})
_PEOPLE_RULES = _compile(_PEOPLE)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def _by_script(rules: list[tuple[str, str, re.Pattern]]) -> dict[tuple[bool, bool], list]:
    """The rules a sentence can match, by whether it has Arabic and Latin letters (in the rules' order): a
    literal of one script never occurs in a sentence without it, nor overlaps a match of the other script."""
    arabic = [rule for rule in rules if _ARABIC_LETTER.search(rule[1])]
    latin = [rule for rule in rules if not _ARABIC_LETTER.search(rule[1])]
    return {(True, True): rules, (True, False): arabic, (False, True): latin, (False, False): []}


_PEOPLE_BY_SCRIPT = _by_script(_PEOPLE_RULES)
_ORGS_BY_SCRIPT = _by_script(_ORG_RULES)


class _RulesByLiteral:
    """A script's rules, people first then bodies, each in priority order, as (org, literal, pattern,
    is_person); and their literals (a Vocabulary: an Aho-Corasick automaton), each with the positions of the
    rules it is the literal of. A sentence is scanned once, in C, for all ~180 literals (it was once per three-letter head,
    ~90, then once per rule of the heads found), and the rules whose literal it holds are tried in their order.
    """

    def __init__(self, scripts: tuple[bool, bool]):
        self.rules = tuple((*rule, True) for rule in _PEOPLE_BY_SCRIPT[scripts]) + tuple(
            (*rule, False) for rule in _ORGS_BY_SCRIPT[scripts]
        )
        positions: dict[str, list[int]] = {}
        for position, (_org, literal, _pattern, _is_person) in enumerate(self.rules):
            positions.setdefault(literal, []).append(position)
        self._literals = Vocabulary(positions)
        self._positions = tuple(tuple(found) for found in positions.values())

    def candidates(self, folded: str) -> list[tuple[str, str, re.Pattern, bool]]:
        """The rules whose literal occurs in `folded`, in priority order."""
        found: set[int] = set()
        for literal in self._literals.positions_in(folded):
            found.update(self._positions[literal])
        return [self.rules[position] for position in sorted(found)]


_RULES_BY_SCRIPT = {scripts: _RulesByLiteral(scripts) for scripts in _ORGS_BY_SCRIPT}
# A verb of presenting before its subject, when what is presented is an account ("قدم وزير الداخلية أمام اللجنة
# عرضا حول …", "استعرض المدير العام حصيلة …"): the presenter gives the figures of the account ("قدم" alone is no cue:
# "قدم الدعم", "قدم المتهمون أمام …")
_PRESENTS_ACCOUNT = re.compile(
    r"(?<![\w])[وف]?(?:قدم|قدمت|عرض|عرضت|استعرض|استعرضت)(?=(?:\s+[^\s.]+){1,14}?\s+"
    r"(?:عرضا|تقريرا|حصيله|معطيات|ارقاما|احصاييات|بيانات)(?![\w]))"
)
_CUE_PATTERN = guarded(
    r"(?<![\w])[وف]?(?:"
    + "|".join(sorted((re.escape(fold(c)) for c in _CUES), key=len, reverse=True))
    + r")(?![\w])"
)


# the complementizer opening a reported clause ("ذكّر التقرير بأن", "le rapport rappelle que", "recalls that")
_RELAYS_CLAUSE = re.compile(r"(?<![\w])(?:ب?ان|انه|que|qu'|that)(?![\w])")
_GOVERNMENT_BODIES = {"MOI", "MFA", "GOV", "PARLIAMENT", "DGSN", "official_unspecified"}
_FOREIGN_AFTER = re.compile(
    # (the adjective agrees with the body: "وزارة الداخلية الإسبانية", "وزير الداخلية الإسباني")
    r"\s*(?:ال)?(?:(?:امريكي|اميركي|اسباني|فرنسي|بلجيكي|الماني|بريطاني|هولندي|ايطالي|تونسي|جزايري|عراقي"
    r"|سوري|ليبي|مصري|اوروبي)ه?(?![\u0621-\u064a])"
    r"|espagnol|français|américain|belge|allemand|britannique|néerlandais|italien|tunisien|algérien)"
)
_FOREIGN_BEFORE = guarded(
    r"(?:u\.?s\.?|us|american|spanish|french|belgian|german|british|dutch|tunisian|algerian|european|"
    r"iraqi|syrian|the\s+us)\s+(?:the\s+)?$"
    # "Spain's National Police", "France's interior ministry": another country's own body
    r"|(?<![\w])(?:spain|france|belgium|germany|britain|the\s+netherlands|italy|tunisia|algeria|america|the\s+us"
    r"|the\s+united\s+states|iraq|syria|libya|egypt|mali|niger)(?:'s|’s)\s+$"
)


# "le ministère espagnol de l'Intérieur", "la police française": the adjective between the noun and its name
_FOREIGN_BETWEEN = re.compile(
    r"(?:ministère|ministre|police|garde|services?|autorités|gouvernement)\s+(?:espagnol|français|américain|belge"
    r"|allemand|britannique|néerlandais|italien|tunisien|algérien|européen)\w*\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+)?$"
)


# "an interior ministry official in Madrid", "le ministère de l'Intérieur à Paris", "وزارة الداخلية في مدريد": a body
# placed in a foreign capital is that country's
_FOREIGN_CAPITAL_AFTER = re.compile(
    r"(?:\s+[^\s,،.;]+){0,2}?\s+(?:in|à|a|في|ب)\s*(?:madrid|paris|bruxelles|brussels|berlin|washington|londres|london"
    r"|rome|la\s+haye|the\s+hague|amsterdam|مدريد|باريس|بروكسل|برلين|واشنطن|لندن|روما)(?!\w)"
)


def _foreign_body(folded: str, start: int, end: int) -> bool:
    return bool(
        _FOREIGN_AFTER.match(folded, end)
        or _FOREIGN_CAPITAL_AFTER.match(folded, end)
        or _FOREIGN_BEFORE.search(folded[max(0, start - 20) : start])
        or _FOREIGN_BETWEEN.search(folded[max(0, start - 45) : start])
    )


_PREFIX_CHARS = 4  # the most a rule's pattern reads before its literal: "وبال" (_phrase_pattern)


def _matches_at_literal(pattern: re.Pattern, literal: str, folded: str):
    """`pattern.finditer(folded)` for a rule's pattern, trying only where a match can start: at most
    _PREFIX_CHARS before an occurrence of its literal (every match holds it right after its prefix). The
    positions are tried in order and from the end of the last match, as finditer does; a look-behind still
    sees the text before the position tried."""
    candidates = []
    at = folded.find(literal)
    while at >= 0:
        candidates.extend(range(max(0, at - _PREFIX_CHARS), at + 1))
        at = folded.find(literal, at + 1)
    resume = 0
    for start in sorted(set(candidates)):
        if start < resume:
            continue
        match = pattern.match(folded, start)
        if match is not None:
            yield match
            resume = match.end() if match.end() > start else start + 1
    return


class _Spans:
    """Disjoint spans kept sorted: whether a new span overlaps one of them, in log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        # (a foreign body's span may open a few words earlier, on "the Spanish …": kept as its owner marks it)
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


@lru_cache(maxsize=8)  # asked twice per sentence (its attribution, and the source it names)
def _org_matches(folded: str) -> list[_OrgMatch]:
    taken: list[_OrgMatch] = []
    outside: list[int] = []  # the positions in `taken` of foreign and international bodies
    spans = (
        _Spans()
    )  # the spans taken, for an overlap test in log time (a 10 MB line names a body thousands of times)
    scripts = (has_arabic(folded), has_latin(folded))
    for org, literal, pattern, is_person in _RULES_BY_SCRIPT[scripts].candidates(folded):
        for match in _matches_at_literal(pattern, literal, folded):
            if spans.overlaps(match.start(), match.end()):
                continue
            named, start = org, match.start()
            needs_cue = not is_person and match.group().endswith(_NEEDS_CUE)
            if (
                not is_person
                and org in _GOVERNMENT_BODIES
                and _foreign_body(folded, match.start(), match.end())
            ):
                named = FOREIGN_GOVERNMENT  # "وزارة الداخلية الإسبانية", "le ministère espagnol de l'Intérieur": not Moroccan
                between = _FOREIGN_BETWEEN.search(folded, max(0, start - 45), start)
                start = between.start() if between else start
                needs_cue = True
            elif org == "MOI" and _COMMITTEE_BEFORE.search(folded, max(0, start - 25), start):
                named = (
                    "PARLIAMENT"  # "la commission de l'Intérieur", "لجنة الداخلية": a committee of parliament
                )
            if named == "unspecified" and (named != org or match.group().endswith(_OUTSIDE_FOLDED)):
                outside.append(len(taken))  # a foreign government or an international body
            taken.append(_OrgMatch(named, start, match.end(), "person" if is_person else None, needs_cue))
            spans.add(start, match.end())
    if outside:
        _outside_reports(folded, taken, outside)
    if not taken and ("19" in folded or "20" in folded):
        # "According to the 2022 figures", "Les chiffres de 2019 faisaient état de …", "أرقام 2020": figures the
        # text dates, no body named, are the official ones of that date (README of corpus_review, CONTRACT.md)
        dated = _DATED_DATA.search(folded)
        if dated is not None:
            taken.append(_OrgMatch("official_unspecified", dated.start(), dated.end()))
    if may_match(_COUNT_HEADS.pattern, folded) and _COUNT_HEADS.search(folded):  # (a set look-up, most often)
        for match in _OWN_COUNT.finditer(folded):
            if _COUNT_OF_DATA.match(folded, match.end()):
                continue  # "un décompte établi à partir des communiqués du ministère": the ministry's data
            if not spans.overlaps(match.start(), match.end()):
                taken.append(_OrgMatch("unspecified", match.start(), match.end()))
                spans.add(match.start(), match.end())
    return sorted(taken, key=lambda m: m.fstart)


# A report, study or index: "تقرير الخارجية الأمريكية", "le rapport annuel du Département d'État", "the State
# Department's latest country report", "the Global Terrorism Index", "said in its latest report", "، في تقرير"
_OUTSIDE_REPORT_NOUN = r"(?:ال)?(?:تقرير|تقارير|دراسه|موشر)|reports?|rapports?|study|étude|index|indice"
_OUTSIDE_REPORT_IN_NAME = re.compile(rf"(?<![\w])(?:{_OUTSIDE_REPORT_NOUN})(?![\w])")
# the noun a few words before the body, no punctuation between ("un rapport de l'équipe de surveillance de")
_OUTSIDE_REPORT_BEFORE = re.compile(
    rf"(?<![\w])[وفبل]?(?:{_OUTSIDE_REPORT_NOUN})(?![\w])((?:\s+[^\s,،.;؛:«»()]+){{0,5}}?)\s*$"
)
# the noun right after the body ("the State Department's annual country report", "the UN report"), or the report
# it speaks in ("… said in its latest report", "وزارة الداخلية الإسبانية، في تقرير")
_OUTSIDE_REPORT_AFTER = re.compile(
    rf"(?P<between>(?:'s|’s)?(?:\s+[^\s,،.;؛:«»()]+){{0,3}}?\s+"
    rf"|(?:\s+[^\s,،.;؛:«»()]+){{0,3}}?\s*[,،]?\s*(?P<within>in|dans|في)\s+"
    rf"(?:(?:its|their|a|an|the|son|sa|leur|un|une|le|la)\s+)?(?:[^\s,،.;؛:]+\s+){{0,2}}?)"
    rf"(?:{_OUTSIDE_REPORT_NOUN})(?![\w])"
)
# two names of one body, or a body and the team it holds ("the UN Analytical Support and Sanctions Monitoring Team",
# "l'équipe de surveillance des sanctions de l'ONU"): a few words apart, nothing between that ends a phrase
_SAME_PHRASE = re.compile(r"(?:\s*[^\s,،.;؛:«»()]+){0,5}\s*")
# what may link a report to its issuer although it attributes elsewhere ("تقرير صادر عن", "a report by")
_REPORT_LINKS = {"عن", "لدي", "by", "par"}


def _links_report(between: str) -> bool:
    """Whether the words between a report noun and a body leave them one phrase: no reporting verb ("the
    report says the FBI …"), no clause ("le rapport indique que l'ONU …")."""
    if _SUBORDINATE.search(between):
        return False
    return not any(word not in _REPORT_LINKS and _CUE_PATTERN.fullmatch(word) for word in between.split())


def _outside_reports(folded: str, taken: list[_OrgMatch], outside: list[int]) -> None:
    """Code `analyst` (OUTSIDE_REPORT) the foreign and international bodies of `taken` (at positions `outside`)
    named as the issuer of a report, a study or an index, in place."""
    reporting = set()
    for i in outside:
        m = taken[i]
        before = _OUTSIDE_REPORT_BEFORE.search(folded, max(0, m.fstart - 90), m.fstart)
        after = _OUTSIDE_REPORT_AFTER.match(folded, m.fend)
        if (
            _OUTSIDE_REPORT_IN_NAME.search(folded, m.fstart, m.fend)
            or (before is not None and _links_report(before.group(1)))
            or (after is not None and (after.group("within") or _links_report(after.group("between"))))
        ):
            reporting.add(i)
    # the names of one phrase share it
    ordered = sorted(outside, key=lambda i: taken[i].fstart)
    for _ in range(2):
        for a, b in zip(ordered, ordered[1:], strict=False):
            if (a in reporting) != (b in reporting) and _SAME_PHRASE.fullmatch(
                folded, taken[a].fend, taken[b].fstart
            ):
                reporting.update((a, b))
    for i in reporting:
        m = taken[i]
        taken[i] = _OrgMatch(OUTSIDE_REPORT, m.fstart, m.fend, m.person, m.needs_cue)


_DATED_DATA = re.compile(
    r"(?<![\w])(?:the\s+(?:19|20)\d\d\s+(?:figures|statistics|data)"
    r"|(?:les\s+)?(?:chiffres|statistiques|données)\s+(?:de|du|d')\s*(?:[^\s\d]+\s+)?(?:19|20)\d\d"
    r"|[وف]?(?:ال)?(?:ارقام|احصاييات|احصاءات)\s+(?:(?:سنه|لسنه|شهر|لشهر|عام|لعام)\s+)?(?:[^\s\d]+\s+)?(?:19|20)\d\d)(?!\d)"
)


# Someone's own count: an agency's or an outlet's tally ("an AFP tally", "By Hespress English's count", "d'après
# un décompte de l'agence EFE", "حسب إحصاء أنجزته الجريدة"). No body of the contract's list counts there (a body's
# tally, "the DGSN's tally", "official tally", is that body's, found first): `unspecified`, raw naming the counter.
_COUNT_HEADS = re.compile(r"count|tally|décompte|comptage|recensement|احصاء|تعداد")
_NAME_WORD = r"(?!same\s|même\s|official\s|officiel|latest\s|previous\s|this\s|ce\s)[^\W\d_][\w.&-]*"
# a tally drawn from someone's statements is theirs ("a tally of official statements", "based on DGSN data")
_COUNT_OF_DATA = re.compile(
    r"\s*(?:établi\w*\s+|effectué\w*\s+|réalisé\w*\s+|compiled\s+|drawn\s+up\s+|made\s+)?"
    r"(?:à\s+partir|sur\s+la\s+base|d'après\s+les|based\s+on|from\s+(?:the\s+)?(?:official|data|statements|figures)"
    r"|of\s+(?:the\s+)?(?:official|government|ministry|statements|communiqués|figures|data)|des\s+communiqués"
    r"|من\s+خلال|انطلاقا\s+من|استنادا)"
)
_OWN_COUNT = re.compile(
    rf"(?<![\w])(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}(?:'s|’s)\s+(?:own\s+)?(?:count|tally)(?![\w])"
    rf"|(?<![\w])(?:an?|the|its|their)\s+(?:own\s+)?(?:{_NAME_WORD}\s+){{0,2}}?(?:count|tally)"
    rf"(?:\s+(?:by|of)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?)?(?![\w])"
    rf"|(?<![\w])(?:un|le|son|leur|notre|selon\s+le|d'après\s+le)\s+(?:propre\s+)?(?:décompte|comptage|recensement)"
    rf"(?:\s+(?:de\s+l'agence\s+|de\s+l'|de\s+la\s+|du\s+|de\s+|effectué\s+par\s+(?:l'|le\s+|la\s+)?"
    rf"|établi\s+par\s+(?:l'|le\s+|la\s+)?){_NAME_WORD}(?:\s+{_NAME_WORD})?)?"
    rf"|(?<![\w])(?:احصاء|تعداد)\s+(?:اجرته|اعدته|انجزته|قام\s+به|قامت\s+به)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?"
)


# A French compound verb whose auxiliary and participle an incise parts: "Le porte-parole de la DGSN a, pour sa
# part, évoqué …", "les responsables ont, de leur côté, indiqué …" (the participles of the cues above)
_PARTICIPLES_AFTER = sorted(
    {fold(c).split(" ", 1)[1] for c in _CUES_AFTER if c.startswith(("a ", "ont ")) and c.count(" ") == 1},
    key=len,
    reverse=True,
)
_CUE_AFTER_PATTERN = re.compile(
    r"(?:\s*(?:[^\s.;؛]+\s+){0,8}?[وف]?(?:"
    + "|".join(sorted((re.escape(fold(c)) for c in _CUES_AFTER), key=len, reverse=True))
    + r")|\s*(?:a|ont|avait|avaient)\s*,[^,.;]{1,40},\s*(?:"
    + "|".join(re.escape(p) for p in _PARTICIPLES_AFTER)
    + r"))(?![\w])"
)


# A body after one of these is the object of a preposition, not the subject of the verb that follows
# ("présentés devant le procureur du Roi, a indiqué la DGSN", "أحيلوا على الوكيل العام للملك").
# ("the head of the BCIJ said" is the BCIJ's: a genitive alone is no such preposition)
_OBJECT_OF = re.compile(
    r"(?<![\w])(?:(?:under|sous|تحت)(?:\s+\S+){0,3}?|before|to|with|devant|avec|auprès\s+d[eu']|امام|علي|الي|لدي|مع)"
    r"\s+(?:the\s+|le\s+|la\s+|l'|du\s+|de\s+la\s+|de\s+l'|of\s+the\s+|of\s+)?$"
)
# A sentence opening on "Pour X," gives X's view: "Pour le politologue Karim Lahlou, 40 % …"
_FOR_SPEAKER = re.compile(
    r"\s*(?:et\s+|mais\s+|and\s+|but\s+)?(?:pour|for)\s+(?:le\s+|la\s+|l'|les\s+|the\s+)?"
)
_WORD_COMMA = re.compile(r"(?:\s+[^\s,;.]+){0,4}?\s*,")
# a count or view of the writer's own is a source by itself ("by my count", "à mon sens", "our own estimate")
_SELF_CITING = re.compile(
    r"count|calculs|تقدير|tally|décompte|comptage|recensement|احصاء|تعداد|estimat|رايي|mon\s+sens|mon\s+avis"
    r"|selon\s+moi|my\s+view|my\s+opinion"
)
# A body followed by its data: "a 2021 parliamentary report", "DGST figures", "the BCIJ's statistics", "the State
# Department's latest country report".
_DATA_RIGHT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:\w+\s+){0,2}(?:report|rapport|study|figures|data|statistics|tally|count|statement|communiqué)(?![\w])"
)


# A body that issues a communiqué: the body, a few words of verb ("a diffusé", "put out", "released on Monday"),
# then the release as their object ("La DGSN a diffusé un communiqué", "The bureau put out a statement", "أصدرت
# المديرية العامة للأمن الوطني بلاغا"): the body is the source of the figures the communiqué gives.
_ISSUES_RELEASE = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:un\s+communiqué|a\s+(?:statement|press\s+release)|بلاغا|بيانا)(?![\w])"
)


# a pronoun as the subject of the reporting verb after the body, past a comma ("…, he added", "…, elle a précisé")
_PRONOUN_SUBJECT = re.compile(r"[,،]\s*(?:he|she|they|il|elle|ils|elles)\s")


def _data_named(folded: str, org: _OrgMatch) -> int | None:
    """Start of the data noun right before a Moroccan body ("Le document reprend des données de la DGST selon
    lesquelles …", "the report draws on figures from the Interior Ministry"): its data, a source by themselves when
    no Moroccan speaker of the sentence relays them ("le porte-parole a indiqué …, citant les données de la DGST" is
    the spokesman's, docs/conventions.md "Outside voices" 4)."""
    if org.org not in _SELF_REPORTING | _GOVERNMENT_BODIES - {"official_unspecified"}:
        return None
    data = _DATA_OF_BODY.search(folded, max(0, org.fstart - 40), org.fstart)
    return data.start() if data is not None else None


def _by_its_data(folded: str, start: int, fstart: int) -> bool:
    """Whether a candidate attributed from `start` was found by its data noun alone (_data_named)."""
    if start == fstart or _last_cue_before(folded, fstart) is not None:
        return False
    data = _DATA_OF_BODY.search(folded, max(0, fstart - 40), fstart)
    return data is not None and data.start() == start


def _attributed(folded: str, org: _OrgMatch) -> int | None:
    """Start of the attributing phrase before `org` (or `org` itself when a reporting verb follows it:
    "the Interior Ministry said", or its data: "a parliamentary report"), or None when nothing attributes it."""
    if (org.org == "official_unspecified" and not org.needs_cue) or _SELF_CITING.search(
        folded, org.fstart, org.fend
    ):
        cue = _last_cue_before(folded, org.fstart)
        return cue if cue is not None else org.fstart  # "by my count", "official figures": a source by itself
    cue = _last_cue_before(folded, org.fstart)
    if cue is None:
        data = _data_named(folded, org)
        if data is not None:
            return data
    if cue is None and _FOR_SPEAKER.fullmatch(folded, 0, org.fstart) and _WORD_COMMA.match(folded, org.fend):
        return 0  # "Pour le politologue Karim Lahlou, …", "For the researcher, …": in their view
    if cue is None and folded.endswith(_SERVICES_FOLDED, org.fstart, org.fend):
        return None  # "les services marocains ont démantelé …, a rappelé le patron du BCIJ": the actor, not the source
    said_after = _CUE_AFTER_PATTERN.match(folded, org.fend) if cue is None else None
    if said_after is not None and _PRONOUN_SUBJECT.search(said_after.group()):
        said_after = (
            None  # "So far this year, the BCIJ has taken apart 7 cells, he added": he speaks, not the bureau
        )
    if cue is None and (
        said_after or _DATA_RIGHT_AFTER.match(folded, org.fend) or _ISSUES_RELEASE.match(folded, org.fend)
    ):
        if _OBJECT_OF.search(folded, max(0, org.fstart - 40), org.fstart) and not _DATA_RIGHT_AFTER.match(
            folded, org.fend
        ):
            return (
                None  # "under the supervision of the public prosecutor, …, the bureau said": not the speaker
            )
        return org.fstart
    return cue


def _nearer_subject(folded: str, org: _OrgMatch, matches: list[_OrgMatch]) -> bool:
    """Whether the reporting verb after `org` has another body as its subject, named after a comma between
    them: "Devant la commission de la Chambre, le ministre de l'Intérieur a indiqué …" (the chamber is in the
    fronted complement, the minister speaks), "Before parliament's committee, the minister said …"."""
    after = _CUE_AFTER_PATTERN.match(folded, org.fend)
    if after is None:
        return False
    return any(
        org.fend <= m.fstart < after.end() + 4  # (or right after the verb: "…، أكد وزير الداخلية أن")
        and m.org != org.org
        and m.org != "unspecified"
        and re.search(r"[,،]", folded[org.fend : min(m.fstart, after.end())])
        for m in matches
    )


def _last_words(folded: str, fstart: int, count: int) -> list[str]:
    """folded[:fstart].split()[-count:], splitting only the end of it (a sentence of a thousand figures
    has dozens of bodies, each looking back a few words, not over the whole sentence)."""
    reach = 64 * (count + 1)
    while count > 0 and reach < fstart:
        words = folded[fstart - reach : fstart].split()
        if len(words) > count:  # the first, maybe cut, word is not among the last `count`
            return words[-count:]
        reach *= 4
    return folded[:fstart].split()[-count:]


def _last_cue_before(folded: str, fstart: int, window_words: int = _CUE_WINDOW_WORDS) -> int | None:
    words = _last_words(folded, fstart, window_words)
    window_start = fstart - len(" ".join(words)) - 1 if words else fstart
    window_start = max(0, window_start)
    window = folded[window_start:fstart]
    if _WINDOW_STOP.search(window):  # a full stop ends it; the dot of "برلمان.كوم" or "U.S." does not
        window_start += list(_WINDOW_STOP.finditer(window))[-1].end()
        window = folded[window_start:fstart]
    if window_words > 6:
        # "a indiqué que le ministère …" cuts the window; "selon les chiffres que la DGST a communiqués" does not
        subordinate = [
            m for m in _SUBORDINATE.finditer(window) if not _DATA_NOUN_BEFORE.search(window, 0, m.start())
        ]
        if subordinate:  # "a indiqué que le ministère …": the ministry is in what is reported
            window_start += subordinate[-1].end()
            window = folded[window_start:fstart]
    first = _CUE_PATTERN.search(window)  # the first of finditer's matches: the rest are not needed
    if first is None:
        # (what is presented comes after the presenter: the look-ahead reads past the window, a bounded stretch)
        presents = _PRESENTS_ACCOUNT.search(folded, window_start, min(len(folded), fstart + 240))
        if presents is None or presents.start() >= fstart:
            return None
        start = presents.start()
        return start + 1 if folded[start] in "وف" and _PRESENTS_ACCOUNT.match(folded, start + 1) else start
    start = window_start + first.start()
    return (
        start + 1
        if folded[start] in "وف" and _CUE_PATTERN.fullmatch(folded[start + 1 : window_start + first.end()])
        else start
    )


# A verb of estimating ("قدّر الباحث …", "estime le bilan … à", "put the real number closer to 220"): its subject gives
# their own figure. A body named after the verb as the owner of the thing counted ("حصيلة المكتب", "le bilan de la
# DGST", "the DGST's tally") is its object, not the source (docs/conventions.md, "Who speaks" 4).
_ESTIMATES = re.compile(
    r"(?<![\w])[وف]?(?:قدر|قدرت|يقدر|تقدر|يقدرون|قدروا)(?![\w])"
    r"|(?<![\w])(?:estime|estiment|estimait|estimaient|a\s+estimé|ont\s+estimé|évalue|évaluent|évaluait"
    r"|évaluaient|a\s+évalué|ont\s+évalué|chiffrent|a\s+chiffré)(?=\s+(?:le|la|les|l'|à|a|ce|ces|son|sa|ses"
    r"|leur|leurs)(?![\w]))"
    r"|(?<![\w])(?:puts?|putting|places?|placed)\s+(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:number|figure|total|tally|toll|count)(?![\w])"
    r"|(?<![\w])(?:puts?|estimates?|estimated|reckons?|reckoned)\s+(?:it|them)\s+at(?![\w])"
    r"|(?<!\ban\s)(?<!\bthe\s)(?<![\w])(?:estimates|estimated|reckons|reckoned)(?=\s+(?:the|its|their|his|her)\s)"
)
# the thing counted, whose owner is named right after it ("حصيلة المكتب", "le bilan de la DGST", "the DGST's tally")
_COUNTED_OWNER = re.compile(
    r"(?<![\w])[وفب]?(?:ال)?(?:حصيله|عدد|مجموع|رقم|ارقام|احصاييات|معطيات)\s+$"
    r"|(?<![\w])(?:bilan|nombre|total|chiffre|chiffres|décompte|tally|toll|count|number|figure|figures)"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|of\s+the\s+|of\s+)?$"
)
_COUNTED_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:tally|toll|count|total|number|figures?)(?![\w])"
)
_ESTIMATE_REACH = (
    90  # characters from the subject to its verb ("الباحث المختص في الشأن الأمني رشيد البقالي قدّر")
)


def _owned(folded: str, org: _OrgMatch) -> bool:
    """Whether the body is named as the owner of the thing counted ("حصيلة المكتب", "the DGST's tally")."""
    return bool(
        _COUNTED_OWNER.search(folded, max(0, org.fstart - 30), org.fstart)
        or _COUNTED_AFTER.match(folded, org.fend)
    )


def _estimate_speaker(text: FoldedText, matches: list[_OrgMatch]) -> tuple[int, Attribution] | None:
    """(the verb's position, the subject's attribution) when a body named before an estimating verb, in its clause,
    gives its own figure; None when no such verb, no subject, or a body after the verb is not the owner of what is
    counted (Arabic's verb-first order: "قدرت المديرية العدد بـ…" has the directorate as its subject)."""
    folded = text.folded
    if not matches:
        return None
    verb = _ESTIMATES.search(folded)
    if verb is None:
        return None
    clause_start = 0
    for stop in (_WINDOW_STOP, _SUBORDINATE):
        for m in stop.finditer(folded, 0, verb.start()):
            clause_start = max(clause_start, m.end())
    before = [m for m in matches if clause_start <= m.fstart and m.fend <= verb.start()]
    after = [m for m in matches if m.fstart >= verb.end() and m.fstart - verb.end() <= 80]
    if not before:
        # the verb first ("قدّر الخبير … حصيلة المديرية بـ…"): the subject right after it, then the owner
        if len(after) < 2 or _owned(folded, after[0]) or not any(_owned(folded, m) for m in after[1:]):
            return None
        subject = after[0]
        if subject.org == "unspecified" and subject.needs_cue or subject.fstart - verb.end() > 3:
            return None
        person = (
            subject.person
            and text.original_of(subject.fstart, subject.fend)
            or _named_after_title(text, subject)
        )
        return verb.start(), Attribution(subject.org, person, text.original_of(verb.start(), subject.fend))
    subject = before[-1]
    if verb.start() - subject.fend > _ESTIMATE_REACH or subject.org == "unspecified" and subject.needs_cue:
        return None
    if _OBJECT_OF.search(folded, max(0, subject.fstart - 40), subject.fstart):
        return None
    if not all(_owned(folded, m) for m in after):
        return None  # "قدرت المديرية العامة …": the body after the verb is its subject
    first = subject
    for m in reversed(before[:-1]):  # "Security analyst X, of the Y Institute, puts": the run of one body
        if m.org != subject.org or re.search(r"[;؛]", folded[m.fend : first.fstart]):
            break
        first = m
    named = next((p for p in before if p.person is not None and p.fstart >= first.fstart), None)
    person = (
        text.original_of(named.fstart, named.fend) if named is not None else _named_after_title(text, first)
    )
    return verb.start(), Attribution(subject.org, person, text.original_of(first.fstart, verb.end()))


def find_attribution(
    text: FoldedText,
    previous: Attribution | None = None,
    report: Attribution | None = None,
    named: Attribution | None = None,
    earlier: tuple[Attribution, ...] = (),
) -> Attribution | None:
    """The attribution this sentence states, or None when it states none.

    `previous` is the source named earlier in the article: a sentence that refers back to it ("وأوضحت
    المديرية", "حسب التقرير ذاته") gets it; `report` is the study or report the article named (a think
    tank's, parliament's): "the report notes" is that one's. `earlier` holds the bodies and officials named
    before, latest first: a noun of one kind ("الوزير", "le bureau") that can name neither `previous` nor `named`
    means the latest of them it can name. Where several bodies are attributed, the one closest to the
    first attributing word wins.
    """
    folded = text.folded
    matches = _org_matches(folded)
    people = [m for m in matches if m.person is not None]
    candidates: list[tuple[int, int, Attribution]] = []
    for org in matches:
        start = _attributed(folded, org)
        if start is None or (
            start == org.fstart
            # ("Citing DGST figures, officials said …": the body's own figures are its words, whoever speaks next)
            and not _DATA_RIGHT_AFTER.match(folded, org.fend)
            and _nearer_subject(folded, org, matches)
        ):
            continue
        if org.person is not None:
            person_text = text.original_of(org.fstart, org.fend)
            candidates.append(
                (start, org.fstart, Attribution(org.org, person_text, text.original_of(start, org.fend)))
            )
            continue
        person = next((p for p in people if 0 <= p.fstart - org.fend <= 40), None)
        person_text = (
            text.original_of(person.fstart, person.fend)
            if person
            else _named_before(text, start, org) or _named_after_title(text, org)
        )
        end = person.fend if person else org.fend
        # "DGSN and DGST chief Abdellatif Hammouchi": the official of the table speaks for their own body
        body = person.org if person is not None and person.org in _SELF_REPORTING else org.org
        candidates.append((start, org.fstart, Attribution(body, person_text, text.original_of(start, end))))
    by_data = [i for i, c in enumerate(candidates) if _by_its_data(folded, c[0], c[1])]
    if by_data and any(
        c[2].org not in ("unspecified", "analyst", "official_unspecified")
        for i, c in enumerate(candidates)
        if i not in by_data
    ):
        # a Moroccan speaker who relays a body's data speaks for them
        candidates = [c for i, c in enumerate(candidates) if i not in by_data]
    named_cues = {candidate[0] for candidate in candidates}
    # (a cue naming only "official figures" leaves room for the body they are said to be of: "وفق أرقام رسمية للمكتب")
    unnamed_cues = named_cues - {c[0] for c in candidates if c[2].org != "official_unspecified"}
    if (previous is not None or report is not None or named is not None) and may_match(
        _ANAPHOR.pattern, folded
    ):  # (half the sentences hold none of the nouns that refer back: no scan of them then)
        for match in _ANAPHOR.finditer(folded):
            cue = _last_cue_before(folded, match.start(), window_words=2)
            said = _CUE_RIGHT_AFTER.match(folded, match.end())  # "the report notes", "le rapport indique"
            if cue is not None or said or _SAME_SOURCE.match(folded, match.start()):
                start = cue if cue is not None else match.start()
                if (
                    start in named_cues
                    and not _SAME_SOURCE.match(folded, match.start())
                    and not (start in unnamed_cues and _FIGURES_OF_BODY.fullmatch(match.group()))
                ):
                    continue  # "وحسب المعطيات التي قدمها المكتب …": the data of the body the cue names
                # "the report", "الدراسة": the report or study the article named, else the source before, else
                # the body named before, when the noun can name it ("المديرية" is no bureau)
                meant = report if report is not None and REPORT_NOUN.search(match.group()) else None
                for known in (previous, named):
                    if meant is None and known is not None and _can_name(match.group(), known.org):
                        if _SOURCE_NOUN.search(match.group()) and not _names_a_source(known):
                            continue  # "a précisé cette source": the source named before, not the body acting
                        meant = known
                if meant is None and _of_one_kind(match.group()):
                    meant = next((known for known in earlier if _can_name(match.group(), known.org)), None)
                if meant is None:
                    continue
                candidates.append((start, match.start(), Attribution(meant.org, meant.person, meant.raw)))
    estimate = _estimate_speaker(text, matches)
    if not candidates:
        return estimate[1] if estimate is not None else None
    # an official source named with no attributing word (an actor: "Les autorités marocaines ont démantelé")
    # gives way to any source an attributing word names
    needing_cue = {m.fstart for m in matches if m.needs_cue}  # attributed by a cue, or not a candidate
    cued = [
        c
        for c in candidates
        if not (
            c[2].org == "official_unspecified"
            and c[0] == c[1]
            and c[1] not in needing_cue
            and not _cue_at(folded, c[0])
        )
    ]
    # an authority acting ("وفككت السلطات المغربية …", "Moroccan authorities arrested …") with no attributing
    # word is no source at all; figures, data and sources are sources by themselves
    pool = cued or [c for c in candidates if not _uncued_actor(folded, c)]
    if not pool:
        return estimate[1] if estimate is not None else None
    # (at one place, a body the words refer back to before "official": "وفق أرقام رسمية للمكتب" is the bureau's)
    chosen = min(pool, key=lambda candidate: (*candidate[:2], candidate[2].org == "official_unspecified"))
    if len(pool) > 1 and not _DATA_OF_BODY.search(folded, max(0, chosen[1] - 40), chosen[1]):
        # "ذكّر ممثل النيابة العامة … وفق أرقام المكتب المركزي", "the minister said, citing DGST figures": the
        # body whose figures are quoted is the source, not the speaker who relays them
        owners = [
            c
            for c in pool
            if c[2].org in _SELF_REPORTING | _GOVERNMENT_BODIES - {"official_unspecified"}
            and _DATA_OF_BODY.search(folded, max(0, c[1] - 40), c[1])
        ]
        if owners:
            chosen = min(owners, key=lambda candidate: candidate[:2])
    if chosen[2].org in ("unspecified", "analyst"):
        # "وذكّر التقرير بأن المكتب … كان قد أعلن أن 1659 …", "the report recalls that the DGST had said …": a
        # Moroccan body speaking inside the clause another source relays is the figure's speaker
        relayed = [
            c
            for c in pool
            if c[0] > chosen[0]
            and c[2].org in _SELF_REPORTING | _GOVERNMENT_BODIES - {"official_unspecified"}
            and _RELAYS_CLAUSE.search(folded, chosen[0], c[0])
        ]
        if relayed:
            chosen = min(relayed, key=lambda candidate: candidate[:2])
    if estimate is not None and chosen[1] > estimate[0] and chosen[2].org != estimate[1].org:
        # "الباحث … قدّر حصيلة المكتب بـ91", "the analyst puts the DGST's tally at 220": the estimator speaks
        return estimate[1]
    official = next((m for m in matches if m.fstart == chosen[1] and m.org == "official_unspecified"), None)
    if chosen[2].org == "official_unspecified" and official is not None:
        # "un haut responsable du BCIJ", "a senior official of the Interior Ministry": the body the official
        # speaks for, attached to the words that name them (no comma, no clause between)
        body = next(
            (m for m in matches if m.org in _SELF_REPORTING | _GOVERNMENT_BODIES and m.org != "official_unspecified"
             and 0 <= m.fstart - official.fend <= 30),
            None,
        )  # fmt: skip
        between = folded[official.fend : body.fstart] if body is not None else ""
        if (
            body is not None
            and (_OF_BODY.search(between) or _OF_CLITIC.match(folded, body.fstart))
            and not re.search(r"[،,;؛.:]", between)
            and not _SUBORDINATE.search(between)
            and len(between.split()) <= 4
        ):
            return Attribution(body.org, chosen[2].person, text.original_of(chosen[0], body.fend))
        if _UNNAMED_OFFICIAL.match(folded, official.fstart):
            # "The DGST has dismantled 216 cells, a senior official told the paper", "La DGSN a interpellé …, a
            # indiqué un responsable": an official no one names speaks for the body the sentence opens on
            actor = acting_body(text)
            if actor is not None and any(m.org == actor.org and m.fend <= chosen[0] for m in matches):
                return actor
    if chosen[2].org == "MOI" and _COMMITTEE_BEFORE.search(folded, max(0, chosen[1] - 25), chosen[1]):
        chosen = (chosen[0], chosen[1], Attribution("PARLIAMENT", chosen[2].person, chosen[2].raw))
    chosen = chosen[2]
    if (
        chosen.org == "PARLIAMENT"
        and _ANSWERING_MPS.search(folded)
        and not (_MEMBER.search(chosen.raw and fold(chosen.raw) or "") and not _ANSWER.search(folded))
    ):
        # a minister answering MPs speaks for the ministry, not for parliament
        ministries = [c for c in candidates if c[2].org in ("MOI", "MFA", "GOV")]
        ministries += [
            (m.fstart, m.fstart, Attribution(m.org, None, text.original_of(m.fstart, m.fend)))
            for m in matches
            if m.org in ("MOI", "MFA", "GOV")
        ]
        if ministries:
            return min(ministries, key=lambda candidate: candidate[:2])[2]
    return chosen


# A data noun right before a body: the body's own figures ("أرقام المكتب", "les chiffres de la DGST", "figures
# from the Interior Ministry", "data released by the BCIJ")
_DATA_OF_BODY = re.compile(
    r"(?:(?<![\w])|(?<![\w])[وفب]|(?<![\w])وب)(?:ارقام|معطيات|احصاييات|احصاءات|بيانات|حصيله|chiffres|données|statistiques|bilan|figures|data"
    r"|statistics|numbers)\s+(?:(?:publiés\s+|published\s+|released\s+|communiqués\s+|fournis\s+|provided\s+)?"
    r"(?:de\s+la|de\s+l'|du|des|de|of\s+the|of|from\s+the|from|by\s+the|by|par\s+la|par\s+le|par\s+l'|par)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l')?$"
)
# An official no one names, introduced as one ("a senior official", "un haut responsable", "مسؤول أمني")
_UNNAMED_OFFICIAL = re.compile(
    r"(?:a|an|un|une)\s+(?:[^\s,]+\s+){0,2}?(?:official|responsable|officer)(?![\w])|[وف]?مسوول(?![\w])"
)
_AUTHORITIES = re.compile(
    r"(?:ال)?سلطات|(?:les\s+)?autorités|(?:(?:the\s+)?moroccan\s+)?(?:authorities|officials)|responsables"
)
# "la commission de l'Intérieur (de la Chambre)", "لجنة الداخلية": a committee of parliament, not the ministry
_COMMITTEE_BEFORE = re.compile(
    r"(?<![\w])(?:commission|committee|[وفبل]{0,2}(?:ال)?لجنه)\s+(?:parlementaire\s+)?(?:de\s+l'|de\s+la\s+|de\s+|du\s+|des\s+|on\s+(?:the\s+)?)?$"
)
# "هذا ما خلص إليه الباحث …", "C'est ce qu'affirme …", "That is the conclusion of …": a sentence that gives the
# source of the figures before it
_POINTS_BACK = re.compile(
    r"\s*[وف]?(?:هذا|ذلك|هذه)\s+(?:ما|هي)(?![\w])|\s*c'est\s+(?:ce\s+qu|la\s+conclusion|ce\s+que)"
    r"|\s*(?:this|that|such)\s+(?:is|was|are|were)\s+(?:what|the\s+(?:conclusion|finding|estimate))"
    # the words just quoted, named as such: "Ces propos sont ceux du directeur …", "These were the words of …",
    # "هذه التصريحات أدلى بها …"
    r"|\s*(?:ces|ses|tels)\s+(?:propos|paroles|déclarations)(?![\w])|\s*(?:these|those|such)\s+(?:were|are)\s+the\s+"
    r"(?:words|remarks|comments)(?![\w])|\s*[وف]?(?:هذه\s+التصريحات|هذا\s+الكلام|هذه\s+الكلمات)(?![\w])"
    # the figures just given, named as such with who released them: "Ces chiffres ont été dévoilés par …", "The
    # figures were released by …", "وهي أرقام كشف عنها …" (not "ces chiffres montrent …": a reading of them)
    r"|\s*(?:ces|les)\s+(?:chiffres|données|donnees|statistiques)\s+(?:ont\s+été|avaient\s+été|sont|ont|avaient)\s+"
    r"(?:\w+\s+)?(?:dévoilé|devoile|communiqué|communique|livré|livre|présenté|presente|annoncé|annonce|fourni"
    r"|rendu|révélé|revele|avancé|avance|donné|donne|publié|publie)"
    r"|\s*(?:these|the)\s+(?:figures|numbers|data|statistics)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:released|given|disclosed|presented|provided|announced|published|revealed|supplied|made\s+public)(?![\w])"
    r"|\s*[وف]?(?:هي|هذه|تلك)\s+(?:ال)?(?:ارقام|معطيات|احصاييات|احصاءات|حصيله)\s+(?:[وف]?(?:قد\s+)?)?"
    r"(?:كشف|كشفت|اعلن|اعلنت|قدم|قدمت|ادلي|ادلت|اورد|اوردت|عرض|عرضت)"
)


def points_back(text: FoldedText) -> bool:
    """Whether the sentence opens by pointing at what was just said ("هذا ما يخلص إليه …", "C'est ce que …")."""
    folded = text.folded
    # (a quotation's closing mark printed after its full stop opens the next sentence: "… terroristes. » Ces propos")
    return bool(_POINTS_BACK.match(folded, len(folded) - len(folded.lstrip(" »”\"'"))))


def _uncued_actor(folded: str, candidate: tuple[int, int, Attribution]) -> bool:
    start, fstart, attribution = candidate
    return (
        attribution.org == "official_unspecified"
        and start == fstart
        and not _cue_at(folded, start)
        and bool(_AUTHORITIES.match(folded, fstart))
        and not _CUE_AFTER_PATTERN.match(folded, _AUTHORITIES.match(folded, fstart).end())
    )


def _cue_at(folded: str, start: int) -> bool:
    return (
        bool(_CUE_PATTERN.match(folded, start)) or _last_cue_before(folded, start, window_words=2) is not None
    )


# A reporting verb whose subject is a pronoun or a definite "the official": the speaker named before
# ("a-t-il souligné", "he said", "selon le responsable", "rappelle le document", "وأضاف").
_PRONOUN_REPORT = guarded(
    r"-t-(?:il|elle)(?![\w])|(?<=[^\W\d_])-(?:il|elle|ils|elles)(?![\w])|(?<![\w])(?:il|elle)\s+a\s+(?:indiqué|précisé|ajouté|souligné|expliqué|affirmé|déclaré"
    r"|révélé|rappelé|noté|estimé)|(?<![\w])selon\s+(?:lui|elle)(?![\w])|(?<![\w])according\s+to\s+(?:him|her)(?![\w])"
    r"|(?<![\w])[وف]?(?:حسب|على\s+حد|بحسب)\s+(?:قوله|قولها|تعبيره|تعبيرها)(?![\w])|(?<![\w])[وف]?(?:بحسبه|بحسبها|حسبه|حسبها)(?![\w])|(?<![\w])(?:he|she)\s+(?:said|added|noted"
    r"|explained|told|stated|estimated)|(?<![\w])said\s+(?:he|she)(?![\w])|(?:le|the|la)\s+(?:responsable|document"
    r"|rapport|ministre|directeur|patron|official|report|minister|director|head|chief|bureau|brief|study|étude)"
    r"(?![\w])|(?<![\w])(?:its|his|her|their|son|sa|leur)\s+(?:director|head|chief|spokesman|spokesperson|spokeswoman"
    r"|directeur|directrice|patron|chef|porte-parole|responsable|numéro\s+un)(?![\w])"
)
# "وأضاف …" at the sentence's start: apart from _PRONOUN_REPORT (where it was one more alternative, "^\s*[وف]…")
# because its first characters (white space, و, ف) are in most sentences at most positions: with it, the
# guard let the regex engine try every alternative there, twice the time of the two searches apart.
_REPORT_VERB_OPENING = re.compile(
    r"\s*[وف](?:اضاف|اوضح|اكد|اشار|تابع|زاد|ابرز|كشف|قال|شدد|لفت)(?:ت)?(?![\w])"
)


def speaker_may_be(text: FoldedText, org: str | None) -> bool:
    """Whether the noun that reports at the start of the sentence ("وأوضحت المديرية") can name `org`."""
    return _can_name(text.folded[:40], org)


def speaker_of_kind(text: FoldedText, earlier: tuple[Attribution, ...]) -> Attribution | None:
    """ "Le ministre a ajouté …" after an MP spoke: the latest of `earlier` (latest first) that the noun of one
    kind reporting at the sentence's start ("le ministre", "الوزير", "le bureau") can name, or None."""
    opening = text.folded[:40]
    if not _of_one_kind(opening):
        return None
    return next((known for known in earlier if _can_name(opening, known.org)), None)


def opens_on_report(folded: str) -> bool:
    """Whether a folded text opens on a reporting word ("وقال المسؤول", "وأضاف المتحدث", "Selon le ministre"):
    a label so opened introduces someone's words, it does not name the speaker of a turn."""
    return _REPORT_VERB_OPENING.match(folded) is not None or _CUE_PATTERN.match(folded.lstrip()) is not None


def refers_to_a_speaker(text: FoldedText) -> bool:
    """Whether the sentence reports someone named before ("a-t-il ajouté", "he said", "وأضاف")."""
    folded = text.folded
    return _REPORT_VERB_OPENING.match(folded) is not None or search(_PRONOUN_REPORT, folded) is not None


# a figure its speaker gives as their own reckoning ("By his own estimate, …", "selon ses propres calculs", "حسب
# تقديره", "وفق تقديراتها"): the person who spoke before, not the source they cited
_OWN_RECKONING = re.compile(
    r"(?<![\w])(?:(?:by|on|according\s+to|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:estimates?|count|reckoning|calculations?)"
    r"|(?:selon|d'après)\s+(?:ses|son|sa|leurs?)\s+(?:propres?\s+)?(?:estimations?|calculs|décompte|comptage)"
    r"|[وف]?(?:حسب|بحسب|وفق|وفقا\s+ل)\s*(?:ال)?(?:تقديرات|تقدير|حسابات|احصاء)(?:ه|ها|هم|اته|اتها)(?![\w])"
    r"(?:\s+(?:ال)?(?:خاص|خاصه|شخصي|شخصيه))?)"
)


def own_reckoning(text: FoldedText) -> bool:
    """Whether the sentence gives its figure as the previous speaker's own reckoning ("By his own estimate")."""
    return _OWN_RECKONING.search(text.folded) is not None


def titled_speaker(text: FoldedText) -> Attribution | None:
    """The first office holder the sentence names with their title ("Senator Omar Benjelloun, citing the
    ministry's answer, said …": the senator, not the ministry he cites), or None."""
    for org in _org_matches(text.folded):
        if org.org in ("unspecified", "official_unspecified"):
            continue
        name = org.person or _named_after_title(text, org)
        if name is not None:
            return Attribution(org.org, name, text.original_of(org.fstart, org.fend))
    return None


def named_source(text: FoldedText) -> Attribution | None:
    """The last official of the table the sentence names, else the last body, attributed or not: the speaker
    a later "he said" means. A minister answering MPs is the speaker, not the chamber that asked."""
    matches = [m for m in _org_matches(text.folded) if m.org != "unspecified"]
    if not matches:
        return None
    people = [m for m in matches if m.person is not None]
    if people:
        matches = (
            people  # "Le ministre de l'Intérieur, Abdelouafi Laftit, a répondu aux députés de la Chambre"
        )
    elif any(m.org == "PARLIAMENT" for m in matches) and (
        _ANSWERING_MPS.search(text.folded) or _MINISTER.search(text.folded)
    ):  # "قدم وزير الداخلية عرضا أمام لجنة … بمجلس النواب": the minister speaks, the chamber listens
        matches = [m for m in matches if m.org != "PARLIAMENT"] or matches
    last = matches[-1]
    raw = text.original_of(last.fstart, last.fend)
    return Attribution(last.org, raw if last.person else None, raw)


# A member of parliament asking a question cites the figure (parliament's); only an answer is the ministry's.
_MEMBER = re.compile(
    r"(?<![\w])(?:[وف]?(?:ال)?نايب(?:ه)?|député|députée|parlementaire|sénat\w*|mp|lawmaker|legislator"
    r"|member\s+of\s+parliament|parliamentarian|(?:ال)?مستشار(?:ه)?\s+(?:ال)?برلماني(?:ه)?)(?![\w])"
)
_ANSWER = re.compile(r"جواب|اجاب|ردا\s+على|رده\s+على|في\s+رده|réponse|répond|answer|repl")
_MINISTER = re.compile(r"(?<![\w])(?:[وف]?(?:ال)?وزير|ministre|minister)(?![\w])")
_ANSWERING_MPS = re.compile(
    r"جواب|اجاب|ردا\s+على|رده\s+على|سوال|اسيله|réponse|répondant|question|answer|answering|replying|reply"
)


_NAME_AND_COMMA = re.compile(r"\s+(?:[^\W\d]+\s+){0,3}[^\W\d]+\s*[،,]\s*")


_OFFICE_TITLES = tuple(fold(title) for titles in _OFFICES.values() for title in titles)
# The holder's name right after their title: "le député Karim Alaoui", "Opposition MP Samir Tazi", "النائبة خديجة
# الزموري، …" (Arabic names only when a comma closes them: nothing else tells a name from the next words)
_LATIN_NAME_AFTER = re.compile(r"\s*,?\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?![\w'’-])")
_ARABIC_NAME_AFTER = re.compile(r"\s*[،,]?\s*((?:[\u0621-\u064a]+\s+){1,2}[\u0621-\u064a]+)\s*[،,]")
_NOT_NAME_WORDS = _FUNCTION_WORDS | {"لدى", "لدي", "عن", "باسم", "فريق", "the", "of", "to", "and"}


def _named_after_title(text: FoldedText, org: _OrgMatch) -> str | None:
    """The name printed right after an office's title, or None (a body's name is followed by no one's)."""
    if org.person is not None or not text.folded[org.fstart : org.fend].endswith(_OFFICE_TITLES):
        return None
    original = text.original
    after_at = text.span(org.fstart, org.fend)[1]
    found = _LATIN_NAME_AFTER.match(original, after_at) or _ARABIC_NAME_AFTER.match(original, after_at)
    if found is None:
        return None
    name = found.group(1)
    words = name.split()
    if any(fold(word) in _NOT_NAME_WORDS for word in words) or _org_matches(fold(name)):
        return None
    return name


def _named_before(text: FoldedText, cue_start: int, org: _OrgMatch) -> str | None:
    """ "ويرى عبد الرحيم المنصوري، الباحث في...": a name between the attributing word and the role."""
    cue = _CUE_PATTERN.match(text.folded, cue_start) or _CUE_PATTERN.match(text.folded, max(0, cue_start - 1))
    if cue is None:
        return None
    between = text.folded[cue.end() : org.fstart]
    if not _NAME_AND_COMMA.fullmatch(between):
        return None
    words = between.strip(" ،,").split()
    if len(words) < 2 or any(word in _FUNCTION_WORDS for word in words):
        return None
    start = cue.end() + len(between) - len(between.lstrip())
    return text.original_of(start, start + len(" ".join(words)))


def refers_to_same_source(text: FoldedText) -> bool:
    """ "أوضح المصدر ذاته": the sentence quotes the source named earlier."""
    return bool(_SAME_SOURCE.search(text.folded))


def first_named(text: FoldedText) -> Attribution | None:
    """The first official of the table the text names (with their body), else the first body it names."""
    matches = [m for m in _org_matches(text.folded) if m.org != "unspecified"]
    if not matches:
        return None
    chosen = next((m for m in matches if m.person), matches[0])
    raw = text.original_of(chosen.fstart, chosen.fend)
    return Attribution(chosen.org, raw if chosen.person else None, raw)


def body_beside(text: FoldedText, fstart: int, fend: int, reach: int = 60) -> Attribution | None:
    """The office or body printed next to a name at folded [fstart, fend) ("ضيفنا الباحث في الحركات الإسلامية
    إدريس الكتاني", "Leila Amrani, a researcher at …", "le ministre Ahmed Alaoui"): the nearest within `reach`
    characters, with no sentence break between; a person of the table is their own body."""
    best: tuple[int, _OrgMatch] | None = None
    for match in _org_matches(text.folded):
        if match.org == "unspecified":
            continue
        if match.fstart < fend and fstart < match.fend:
            distance = 0  # the name is itself an official of the table
        elif match.fend <= fstart:
            distance = fstart - match.fend
            between = text.folded[match.fend : fstart]
        else:
            distance = match.fstart - fend
            between = text.folded[fend : match.fstart]
        if distance and (distance > reach or re.search(r"[.;؛:]|(?<![\w])(?:و|and|et)\s", between)):
            continue
        if best is None or distance < best[0]:
            best = (distance, match)
    if best is None:
        return None
    match = best[1]
    return Attribution(match.org, None, text.original_of(match.fstart, match.fend))


def opening_title(text: FoldedText) -> Attribution | None:
    """The office a sentence opens on ("Le chercheur compare …", "The minister added …", "وأضاف الخبير …"):
    who the speaker of the turn before is, when nothing else says it."""
    for match in _org_matches(text.folded[:60]):
        if match.org == "unspecified" or match.person is not None:
            continue
        lead = text.folded[: match.fstart].split()
        if len(lead) <= 2 and all(w in _LEAD_WORDS or _REPORT_VERB_OPENING.fullmatch(" " + w) for w in lead):
            return Attribution(match.org, None, text.original_of(match.fstart, match.fend))
        return None
    return None


_LEAD_WORDS = {"le", "la", "l'", "les", "the", "this", "ce", "cet", "cette", "و", "ف"}


# Bodies that announce their own operations: named as the actor of a sentence that cites no one, they are its source.
_SELF_REPORTING = {"BCIJ", "DGST", "DGSN", "MOI"}
_SUBJECT_REACH = 60  # characters: the subject of a news sentence comes first ("تمكن المكتب المركزي …")
# "أوقفت عناصر المكتب …", "des éléments du BCIJ": agents in the field, reported by someone else
_AGENTS_OF = re.compile(
    r"(?:عناصر|افراد|ضباط|agents|éléments|officers|agents)\s+(?:من\s+|de\s+|du\s+|of\s+(?:the\s+)?)?(?:ال)?$"
)


# A sentence that opens on a fronted complement ("En étroite collaboration avec la police espagnole, le BCIJ a
# interpellé …", "In coordination with the FBI, the bureau …", "وبتنسيق مع المصالح الإسبانية، تمكن المكتب …"): its
# subject comes after the complement's comma
_FRONTED = re.compile(
    r"\s*(?:en|avec|dans|grâce|suite|in|with|following|thanks|[وف]?(?:بتنسيق|بالتنسيق|بتعاون|بالتعاون|في\s+اطار|بناء))"
    r"(?![\w])[^,،.;؛:]{5,140}[,،]"
)


def acting_body(text: FoldedText, named: Attribution | None = None) -> Attribution | None:
    """The first Moroccan security body the sentence names ("Le BCIJ a démantelé …", "تمكن المكتب المركزي …"),
    or the body named before (`named`) when the subject is a definite noun that stands for it ("وأوقف المكتب …",
    "La direction a aussi arrêté …")."""
    fronted = _FRONTED.match(text.folded)
    reach = _SUBJECT_REACH + (fronted.end() if fronted else 0)
    passive = -1  # where the sentence's first passive verb is (found once, when a body is named late)
    for match in _org_matches(text.folded):
        if fronted and match.fstart < fronted.end():
            continue  # named in the fronted complement: a partner or the frame, not the subject
        if match.fstart <= reach:
            if match.org in _SELF_REPORTING and not _AGENTS_OF.search(text.folded, 0, match.fstart):
                raw = text.original_of(match.fstart, match.fend)
                return Attribution(match.org, raw if match.person else None, raw)
            continue
        # named late in the sentence: an object or a complement, not the subject, unless a passive's agent
        if passive == -1:
            found = _PASSIVE.search(text.folded)
            passive = found.start() if found else None
        if passive is None:
            break  # no passive: a body named late is an object or a complement
        if (
            match.org in _SELF_REPORTING
            and not match.person
            and passive < match.fstart
            and _AGENT_BEFORE.search(text.folded, max(0, match.fstart - 40), match.fstart)
        ):
            # "Les neuf suspects ont été interpellés …, au terme d'une enquête du BCIJ", "were arrested by the
            # DGST", "تم توقيفهم من طرف المكتب": the agent of a passive sentence acts, wherever it is named
            raw = text.original_of(match.fstart, match.fend)
            return Attribution(match.org, None, raw)
    if named is not None and named.org in _SELF_REPORTING:
        noun = _BODY_ANAPHOR.search(text.folded, 0, _SUBJECT_REACH)
        if (
            noun is not None
            and _can_name(noun.group(), named.org)
            and not _AGENTS_OF.search(text.folded, 0, noun.start())
            and not _PREPOSITION_BEFORE.search(text.folded, max(0, noun.start() - 12), noun.start())
        ):
            return Attribution(named.org, named.person, named.raw)
    return None


# A definite noun standing for a body named before, as the subject of its own operation.
_BODY_ANAPHOR = re.compile(
    r"(?<![\w])[وف]?(?:المكتب|المديريه|الوزاره)(?![\w])|(?<![\w])(?:the\s+bureau|le\s+bureau|the\s+directorate"
    r"|la\s+direction|the\s+ministry|le\s+ministère)(?![\w])"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w])(?:علي|الي|عن|مع|to|with|at|à|au|avec|auprès\s+du|devant)\s+$|(?<![\w])[بل]$"
)


_PASSIVE = re.compile(
    r"(?<![\w])(?:(?:ont|a|avaient|avait|sont|ont\s+été|avaient\s+été|a\s+été|avait\s+été)\s+été|were|was|have\s+been"
    r"|has\s+been|had\s+been|تم|جرى)(?![\w])"
)
_AGENT_BEFORE = re.compile(
    r"(?:(?<![\w])par|(?<![\w])by|(?:enquête|investigation|opération|operation)\s+(?:menée\s+par\s+|led\s+by\s+|conducted\s+by\s+)?"
    r"(?:du|de\s+la|de\s+l'|des|de|d'|of\s+the|of|by\s+the|by)|من\s+(?:طرف|قبل)|(?:بحث|تحقيق|عمليه)\s+(?:\S+\s+)?(?:ل|لل|اجراه|باشره))"
    r"\s*(?:le|la|l'|les|the)?\s*$"
)


# Voices no one names, counted by their kind ("مراقبون", "des observateurs", "experts say"): analysts, whose view
# holds for the sentence that gives it.
_UNNAMED_VOICES = re.compile(
    r"(?<![\w])(?:[وف]?(?:ال)?(?:مراقبون|مراقبين|متتبعون|متتبعين|خبراء|محللون|محللين|باحثون|باحثين)"
    r"|(?:des\s+|les\s+|certains\s+)?(?:observateurs|experts|analystes|spécialistes|chercheurs)"
    r"|(?:some\s+|many\s+)?(?:observers|experts|analysts|researchers|specialists))(?![\w])"
)


def unnamed_voices(attribution: Attribution) -> bool:
    """Whether an analyst attribution names no one: observers, experts, researchers as a kind."""
    if attribution.org != "analyst" or attribution.person or not attribution.raw:
        return False
    raw = fold(attribution.raw)
    return bool(_UNNAMED_VOICES.search(raw)) and not _NAMED_STUDY.search(raw)


_NAMED_STUDY = re.compile(
    r"دراس|تقرير|معهد|مركز|مرصد|étude|rapport|institut|centre|report|study|institute|center"
)


# A press review relays what another outlet printed: the outlet reports ("وأوردت «…» أن", "نقلت يومية …",
# "Le quotidien X avance", "The same paper reported"), or the text says it cites no one ("sans citer de source").
# A paper is no source of the contract's list: what it prints without citing anyone is `unspecified`, and the
# source another paper (or the same one) cited before does not carry over to it.
_PRESS_NOUN = (
    r"(?:ال)?(?:يوميه|جريده|صحيفه|اسبوعيه|مجله|موقع)|quotidien|journal|hebdomadaire|mensuel|magazine|confrère"
    r"|site|paper|newspaper|daily|weekly|outlet|website|tabloid"
)
_OUTLET_REPORTS = re.compile(
    r"\s*(?:[وف]?(?:اورد|نقل|كتب|نشر|ذكر|افاد|اضاف|انفرد)(?:ت)?\s+(?:(?:ال)?(?:يوميه|جريده|صحيفه|اسبوعيه|مجله"
    r"|موقع)\s+)?«"
    rf"|[وف]?(?:{_PRESS_NOUN})\s+(?:ذاتها|نفسها|ذاته|نفسه)"
    rf"|(?:selon\s+|d'après\s+|according\s+to\s+|and\s+|but\s+|et\s+)?(?:le|la|l'|the|un|a)\s*(?:même\s+|same\s+)?"
    rf"(?:{_PRESS_NOUN})(?![\w]))"
)
_NO_SOURCE = re.compile(
    r"sans\s+(?:citer|nommer|préciser|donner)\s+(?:de|sa|ses|la|sa\s+)?\s*sources?|without\s+(?:citing|naming|giving)"
    r"\s+(?:a|any|its)?\s*sources?|دون\s+(?:ان\s+)?(?:تذكر|يذكر|ذكر|تحدد|يحدد|تحديد|الاشاره\s+الي)\s+(?:ال)?مصدر"
)


# The outlet's own compilation, even of official statements ("وبحسب تجميع أنجزته الجريدة انطلاقا من البلاغات
# الرسمية", "selon un décompte réalisé par la rédaction", "according to a tally compiled by this newspaper"): the
# figure is the outlet's, no one else's
_OUTLET_COMPILATION = re.compile(
    r"(?:تجميع|جرد|احصاء|رصد|تعداد)\s+(?:\S+\s+){0,2}?(?:انجزته|اجرته|اعدته|قامت\s+به)\s+(?:ال)?(?:جريده|صحيفه|يوميه|اسبوعيه|موقع)"
    r"|(?:compilation|décompte|recensement|comptage|pointage)\s+(?:\S+\s+){0,2}?(?:réalisée?|effectuée?|établie?|fait)"
    r"\s+par\s+(?:la\s+rédaction|le\s+journal|notre\s+rédaction|nos\s+soins)"
    r"|(?:compiled|tallied|counted)\s+by\s+(?:this|our|the)\s+(?:newspaper|paper|newsroom|site)"
    r"|(?:notre|our)\s+(?:own\s+)?(?:compilation|décompte|tally)"
    # the outlet's count in the genitive ("وبحسب تتبع الموقع للبلاغات الرسمية", "حسب جرد الجريدة")
    r"|(?<![\w])(?:تجميع|جرد|احصاء|رصد|تعداد|تتبع)\s+(?:ال)(?:جريده|صحيفه|يوميه|اسبوعيه|موقع)(?![\w])"
    # the outlet's count in the first person plural ("بحسب إحصاء أجريناه انطلاقا من بلاغات …", "selon un décompte
    # que nous avons réalisé", "a tally we compiled from …")
    r"|(?<![\w])(?:تجميع|جرد|احصاء|رصد|تعداد|تتبع)\s+(?:\S+\s+)?(?:اجريناه|انجزناه|اعددناه|قمنا\s+به)(?![\w])"
    r"|(?:compilation|décompte|recensement|comptage|pointage)\s+(?:\S+\s+)?que\s+nous\s+avons\s+"
    r"(?:réalisée?|effectuée?|établie?|faite?)"
    r"|(?:tally|count|compilation)\s+(?:that\s+)?we\s+(?:compiled|made|kept|ran|did)(?![\w])"
)


# (words one of which every compilation holds: most sentences hold none, and are not scanned)
_COMPILATION_HINTS = (
    "par",
    "by",
    "نا",
    "nous",
    "we",
    "ت",
    "our",
    "notre",
    "الموقع",
    "الجريده",
    "الصحيفه",
    "اليوميه",
    "الاسبوعيه",
)


def outlet_compiled(text: FoldedText) -> bool:
    """Whether the sentence gives its figures as the outlet's own compilation (of whatever statements)."""
    folded = text.folded
    return (
        any(hint in folded for hint in _COMPILATION_HINTS) and _OUTLET_COMPILATION.search(folded) is not None
    )


# A count in the first person plural ("By our count", "selon nos calculs", "حسب إحصائنا"): in the narration, the
# outlet's own count (a speaker's "our" is his body's: only outside turns and quotations is it the outlet's)
_OUR_COUNT = re.compile(
    r"(?<![\w])(?:our|notre|nos)\s+(?:own\s+|propres?\s+)?(?:count|tally|calculations|décompte|comptage|calculs)(?![\w])"
    r"|(?<![\w])(?:احصاينا|تعدادنا|حساباتنا|احصاءاتنا)(?![\w])"
)


def outlet_counted(attribution: Attribution | None) -> bool:
    """Whether the attribution found is a count in the first person plural ("By our count")."""
    return bool(attribution and attribution.raw and _OUR_COUNT.search(fold(attribution.raw)))


def outlet_reports(text: FoldedText) -> bool:
    """Whether the sentence relays another outlet (it opens on the paper that reports), or says it cites no one."""
    folded = text.folded
    return bool(_OUTLET_REPORTS.match(folded) or _NO_SOURCE.search(folded))


# The speaker's own count ("رقم أحصيته بنفسي من البلاغات", "j'ai moi-même compté", "I counted them myself"): the
# figure is the one who counted, even when he counted from someone else's statements.
_FIRST_PERSON_COUNT = re.compile(
    r"(?:احصيت|احصينا|عددت|عددنا|حسبت|حسبنا|جمعت|جمعنا)\w*\s+(?:\S+\s+)?(?:بنفسي|بانفسنا)"
    r"|(?:j'ai|nous\s+avons)\s+(?:moi-même\s+|nous-mêmes\s+)?(?:compté|recensé|calculé|dénombré)"
    r"|(?:mes|nos)\s+propres\s+(?:calculs|décomptes|comptes)"
    r"|(?<![\w])(?:i|we)\s+(?:have\s+)?(?:counted|tallied|compiled)|(?:my|our)\s+own\s+(?:count|tally|figures)"
    # the speaker's own view ("selon moi", "à mon sens", "في رأيي", "in my view"): his, whoever he speaks for
    r"|(?<![\w])(?:selon\s+moi|a\s+mon\s+(?:sens|avis)|à\s+mon\s+(?:sens|avis)|in\s+my\s+(?:view|opinion)"
    r"|(?:في|حسب)\s+(?:رايي|تقديري))(?![\w])"
)


def counted_by_speaker(text: FoldedText) -> bool:
    """Whether the speaker says the figure is his own count."""
    return _FIRST_PERSON_COUNT.search(text.folded) is not None


# "…, a ajouté le directeur", "…, added Abdelhak Khiame", "وأضاف مدير المكتب …": a speaker who goes on from what
# was said just before (the Arabic verb at the sentence's start: "زاد" elsewhere is "rose")
_ADDS = guarded(
    r"(?<![\w])(?:a\s+ajouté|ajoute|ajoutant|a\s+poursuivi|added|adding|went\s+on\s+to\s+say)(?![\w])"
    r"|^\s*[وف](?:اضاف|زاد|تابع|استطرد)(?:ت)?(?![\w])"
)
# the anonymous official figures a named official may turn out to have given ("selon des chiffres officiels",
# "according to official figures", "وفق أرقام رسمية"), unlike sources who keep their anonymity
_FIGURES_WORD = re.compile(
    r"chiffres|statistiques|données|figures|statistics|data|numbers|ارقام|احصاييات|احصاءات|معطيات|بيانات"
)


# "he added", "a-t-il ajouté", "ajoute-t-elle": the speaker named before adds, not the one this sentence names
_PRONOUN_ADDS = re.compile(
    r"(?<![\w])(?:he|she|they)\s+(?:also\s+)?add(?:ed|s)|added\s+(?:he|she)(?![\w])|-t-(?:il|elle)\s+ajouté"
    r"|ajoute-t-(?:il|elle)|(?<![\w])(?:il|elle)\s+a\s+(?:également\s+|aussi\s+)?ajouté"
)


def adds_to_what_was_said(text: FoldedText) -> bool:
    """Whether the speaker this sentence names "adds" to what the sentence before said."""
    return search(_ADDS, text.folded) is not None and _PRONOUN_ADDS.search(text.folded) is None


def anonymous_official(attribution: Attribution) -> bool:
    """Whether the attribution is to official figures no body is named for."""
    return (
        attribution.org == "official_unspecified"
        and attribution.person is None
        and _FIGURES_WORD.search(fold(attribution.raw or "")) is not None
    )


# "according to figures released on Tuesday", "selon des chiffres dévoilés mardi", "وفق أرقام كشف عنها يوم الثلاثاء":
# figures made public by no one the sentence names; the body the next sentence names gave them
_RELEASED_BY_NO_ONE = re.compile(
    r"(?<![\w])(?:according\s+to|selon|d'après|[وف]?(?:وفق|حسب|بحسب))\s+(?:(?:the|des|les|de|new|official|latest|nouveaux"
    r"|nouvelles|derniers|dernières)\s+){0,2}(?:figures|data|statistics|numbers|chiffres|données|statistiques"
    r"|ارقام|الارقام|معطيات|المعطيات|احصاييات|الاحصاييات)(?:\s+(?:officiels|officielles|رسميه|جديده))?\s+"
    r"(?:released|published|presented|made\s+public|unveiled|issued|dévoilée?s|publiée?s|présentée?s|rendue?s\s+publi\w*"
    r"|communiquée?s|كشف\s+عنها|اعلن\s+عنها|نشرت|قدمت|عرضت)(?![\w])(?![^.]*?\s(?:by|par)\s)"
)


def released_by_no_one(folded: str) -> bool:
    """Whether the (folded) sentence cites figures made public without naming who made them public."""
    return _RELEASED_BY_NO_ONE.search(folded) is not None
