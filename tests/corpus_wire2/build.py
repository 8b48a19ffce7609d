"""Build the "wire2" development corpus: 20 invented articles (5 Arabic, 5 French, 10 English) in the style of
English-language Moroccan outlets and agency wire copy (Reuters, AFP, AP, EFE, MAP dispatches in English and
French, and their Arabic rewrites): datelines, bylines, "Read also" boxes, related links, photo captions; with
their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_wire2/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.corpus_kit import (  # noqa: E402
    NBSP,
    NP,
    SIDEBAR_RULE,
    A,
    C,
    T,
    aggregator,
    clean,
    cumul,
    event,
    html,
    meta,
    para,
    readme_sections,
    run_build,
    since,
    spec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

# ================================================================ Arabic


def w01():
    pub, outlet = "2025-05-06", "فاس تايمز"
    title = "تفكيك خلية موالية لداعش بفاس وحصيلة الخلايا ترتفع إلى 216"
    s1 = (
        "أعلنت المديرية العامة لمراقبة التراب الوطني، في بلاغ لها، أن عناصر المكتب المركزي للأبحاث القضائية "
        "أوقفت يوم الإثنين ثلاثة أشخاص موالين لتنظيم داعش بمدينة فاس."
    )
    s2 = "وأوضح البلاغ أن هذه العملية ترفع عدد الخلايا الإرهابية التي تم تفكيكها منذ سنة 2002 إلى 216 خلية."
    body = [
        s1,
        para("وتتراوح أعمار الموقوفين بين 22 و35 سنة، وقد حجزت بحوزتهم 4 هواتف محمولة وأسلحة بيضاء.", s2),
        "ودعا البلاغ المواطنين إلى التبليغ عن كل نشاط مشبوه عبر الرقم 0535941212.",
    ]
    side = ["المغرب الفاسي يفوز 2-0 على ضيفه", "ارتفاع أسعار الطماطم إلى 9 دراهم"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 3, "ثلاثة", s1, event(pub, "يوم الإثنين"), dgst),
        C("cells_dismantled", 216, "216", s2, since("2002", pub, "منذ سنة 2002"), A("DGST", "البلاغ")),
    ]
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("9 دراهم", "sidebar: a price"),
             T("بين 22 و35 سنة", "ages"), T("4 هواتف", "seized items, not people"),
             T("0535941212", "a phone number"),
             T("حصيلة الخلايا ترتفع إلى 216", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w01", "aggregator", "ar", text, meta(title, outlet, "Fes Times", pub, fictional=True), claims,
                traps, summary="the Arabic rewrite of a DGST statement: the Monday operation (3, word) and the "
                "running total since 2002 (216, repeated from the title); ages, seized phones, phone number, sidebar")  # fmt: skip


def w02():
    pub = "2024-11-20"
    title = "الداخلية: 1659 مغربيا التحقوا بالتنظيمات الإرهابية"
    s1 = (
        "وأفاد وزير الداخلية، في جواب كتابي نشرته وكالة المغرب العربي للأنباء، بأن 1659 مغربيا التحقوا "
        "بالتنظيمات الإرهابية في سوريا والعراق."
    )
    s2 = "وأضاف الجواب أن 745 منهم لقوا حتفهم في ساحات القتال."
    body = [
        "الرباط (ومع) - جاء ذلك ردا على السؤال الكتابي رقم 6031 الذي وجهه فريق برلماني.",
        "وأكد الوزير أن المقاربة المغربية تقوم على الاستباق والتأهيل وإعادة الإدماج، مشيرا إلى أن برنامج المصالحة الموجه للمعتقلين في قضايا التطرف مكّن عشرات منهم من مراجعة أفكارهم.",
        s1,
        s2,
        "ويعاقب القانون رقم 86.14 على الالتحاق بمعسكرات التنظيمات الإرهابية بالسجن من 5 إلى 15 سنة.",
    ]
    text = wordpress("ar", "المشهد الأمني", "الرئيسية » أخبار وطنية", title, "بتاريخ 20 نونبر 2024 | 11:05",
                     body, ["اقرأ أيضا: 7 أسئلة حول قانون مكافحة الإرهاب"])  # fmt: skip
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("MOI", "الجواب")),
    ]
    traps = [T("6031", "the written question's number"), T("86.14", "law number"),
             T("من 5 إلى 15 سنة", "prison terms"), T("7 أسئلة", "related headline"), T("11:05", "time of day")]  # fmt: skip
    return spec("w02", "wordpress", "ar", text, meta(title, "المشهد الأمني", "Almachhad Alamni", pub,
                fictional=True, city="الرباط"), claims, traps,
                not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="MAP relays the interior minister's written answer (MOI, not the agency): 1659 joined in "
                "Syria and Iraq, 745 of them killed (no zone); question and law numbers, prison terms")  # fmt: skip


def w03():
    pub = "2025-01-10"
    title = "حصيلة الأمن الوطني: 63 موقوفا في قضايا الإرهاب"
    s1 = (
        "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن مصالحها أوقفت 63 شخصا للاشتباه في ارتباطهم "
        "بقضايا الإرهاب خلال السنة الماضية، بينهم أربع نساء."
    )
    body = [
        s1,
        "وأشارت الحصيلة إلى تعزيز التنسيق مع الشرطة الإسبانية في تبادل المعلومات.",
        "وأبرزت المديرية أن هذه النتائج تعكس يقظة مصالحها المركزية واللاممركزة، وأن التهديد الإرهابي ما يزال قائما بفعل الدعاية التي تبثها التنظيمات المتطرفة عبر شبكات التواصل الاجتماعي، خاصة في صفوف الشباب. ودعت الحصيلة الأسر إلى مواكبة أبنائها والانتباه إلى أي تغير مفاجئ في سلوكهم.",
        "كما سجلت المديرية تراجع مؤشر الجريمة العنيفة بنسبة 6 في المائة، وخصصت الرقم 19 لتلقي النداءات.",
    ]
    text = clean(title, "الجمعة 10 يناير 2025 - موقع الحدث الأمني", body)
    dgsn = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    claims = [
        C("persons_arrested", 63, "63", s1, yr("2024", "خلال السنة الماضية"), dgsn),
        C("persons_arrested", 4, "أربع", s1, yr("2024", "خلال السنة الماضية"), dgsn, subset="women"),
    ]
    traps = [T("6 في المائة", "a crime-rate change"), T("الرقم 19", "the police phone number"),
             T("63 موقوفا", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w03", "clean", "ar", text, meta(title, "موقع الحدث الأمني", "Alhadath Alamni", pub, fictional=True),
                claims, traps, partners=["ES"], summary="the DGSN's annual review (DGSN): 63 arrested 'السنة "
                "الماضية' (= 2024) of whom four women; partner Spain; crime rate, phone number")  # fmt: skip


def w04():
    pub = "2025-10-22"
    title = "مصدر أمني لفرانس برس: مئات المغاربة ما زالوا محتجزين في سوريا"
    s1 = (
        "ونقلت وكالة فرانس برس عن مصدر أمني مغربي أن نحو 300 مغربي ما زالوا محتجزين في مخيمات وسجون شمال "
        "شرق سوريا."
    )
    body = [
        "الرباط (أ ف ب) - عاد ملف المغاربة العالقين في بؤر التوتر إلى الواجهة.",
        s1,
        "وأوضح المصدر أن بين المحتجزين أطفالا لا تتجاوز أعمارهم 10 سنوات.",
        "وتطالب عائلات المحتجزين منذ سنوات بترحيلهم، فيما تؤكد السلطات المغربية أن كل حالة تدرس على حدة وفق مقاربة أمنية وإنسانية في آن واحد.",
        "وفي العراق، أعلنت السلطات هناك محاكمة أكثر من 1200 أجنبي بتهم الإرهاب.",
    ]
    text = html("ar", title, "أخبار الساحل", pub, body, jsonld=False, aside=["5 وجهات سياحية لعطلة الخريف"])
    claims = [
        C("fighters_detained_abroad", 300, "300", s1, cumul(pub), A("official_unspecified", "مصدر أمني مغربي"),
          q="about", qt="نحو", subset="syria"),
    ]  # fmt: skip
    traps = [T("10 سنوات", "children's ages"), T("1200 أجنبي", "another country's figure (Iraq's trials)"),
             T("5 وجهات", "aside headline"), T("مئات المغاربة", "a vague count in the title")]  # fmt: skip
    return spec("w04", "html", "ar", text, meta(title, "أخبار الساحل", "Akhbar Assahil", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "where they are held"),
                NP("IQ", "العراق", "another country's own trials")],
                summary="an AFP dispatch in Arabic quoting 'a security source' (official_unspecified): about 300 "
                "held in north-eastern Syria (subset syria); Iraq's own figure is a trap; time tag alone")  # fmt: skip


def w05():
    pub, outlet = "2024-12-02", "الرصيف 24"
    title = "خبير: المقاربة الاستباقية جنبت المغرب مئات الاعتداءات"
    s1 = "ويرى الخبير في الشؤون الأمنية رشيد العلمي أن المصالح المغربية أحبطت أزيد من 500 مخطط إرهابي منذ سنة 2002."
    s2 = "وفككت الأجهزة المغربية أكثر من 200 خلية إرهابية منذ عام 2002."
    body = [
        s2,
        para(s1, "وأشار العلمي إلى أن التعاون مع الاستخبارات الأمريكية كان حاسما في عدة عمليات."),
        "وكان العلمي، البالغ من العمر 58 عاما، قد أصدر كتابا من 320 صفحة حول الموضوع.",
        "ويعتبر الخبير أن التحدي المقبل يتمثل في رصد الذئاب المنفردة الذين يتشبعون بالفكر المتطرف عبر الإنترنت بعيدا عن أي تنظيم.",
    ]
    side = ["مصرع 3 أشخاص في حادثة سير بالطريق السيار", "الحكومة ترفع الحد الأدنى للأجور بـ5 في المائة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 200, "200", s2, since("2002", pub, "منذ عام 2002"), A("unspecified"), q="more_than",
          qt="أكثر من"),
        C("plots_foiled", 500, "500", s1, since("2002", pub, "منذ سنة 2002"),
          A("analyst", "الخبير في الشؤون الأمنية", "رشيد العلمي"), q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("58 عاما", "age"), T("320 صفحة", "a book's length"),
             T("3 أشخاص", "sidebar: road accident"), T("مئات الاعتداءات", "a vague count in the title")]  # fmt: skip
    return spec("w05", "aggregator", "ar", text, meta(title, outlet, "Arrassif 24", pub, fictional=True), claims,
                traps, partners=["US"], summary="the outlet's own count (unspecified, raw null): more than 200 "
                "cells since 2002; a named analyst: more than 500 plots; partner the United States; age, book")  # fmt: skip


# ================================================================ French


def w06():
    pub = "2025-06-02"
    title = "Antiterrorisme : le Maroc et la France renforcent leur coopération"
    s1 = (
        f"Plus de 210{NBSP}cellules terroristes ont été démantelées depuis 2002, rappelle la Direction "
        "générale de la surveillance du territoire (DGST) dans un communiqué relayé par la MAP."
    )
    s2 = f"Selon la même source, plus de 4{NBSP}300 personnes ont été interpellées au cours de la même période."
    body = [
        "RABAT, 2 juin (MAP) - Le Maroc et la France ont convenu d'intensifier l'échange de renseignements.",
        "Les deux directions ont tenu une réunion de travail à Rabat, consacrée à la menace dans la bande sahélo-saharienne et aux filières de recrutement en ligne, selon la dépêche.",
        s1,
        s2,
        "Le texte rappelle que la loi 03-03 relative à la lutte contre le terrorisme a été adoptée il y a 22 ans.",
    ]
    text = clean(title, "Lundi 2 juin 2025 — L'Écho de l'Atlas", body)
    dgst = A("DGST", "Direction générale de la surveillance du territoire")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), dgst, q="more_than",
          qt="Plus de"),
        C("persons_arrested", 4300, f"4{NBSP}300", s2, since("2002", pub, "au cours de la même période"),
          A("DGST", "la même source"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("03-03", "law number"), T("22 ans", "a duration"), T("2 juin", "the dispatch's dateline")]
    return spec("w06", "clean", "fr", text, meta(title, "L'Écho de l'Atlas", "Echo de l'Atlas", pub,
                fictional=True, city="RABAT"), claims, traps, partners=["FR"],
                summary="a MAP dispatch relaying a DGST communiqué: more than 210 cells since 2002 and more than "
                "4,300 arrested over 'la même période'; partner France; law number")  # fmt: skip


def w07():
    pub = "2024-10-08"
    title = "Le BCIJ démantèle une cellule à Agadir"
    s1 = (
        "Le Bureau central d'investigations judiciaires (BCIJ) a interpellé jeudi cinq individus soupçonnés "
        "d'allégeance à Daech, à Agadir et Inezgane."
    )
    s2 = (
        "Selon le BCIJ, 14 cellules terroristes ont été démantelées depuis le début de l'année, un rythme "
        "supérieur à celui de l'an passé."
    )
    body = [
        s1,
        "Âgés de 20 à 33 ans, les suspects préparaient, selon l'enquête, des attaques contre des sites sensibles.",
        s2,
        "Un des mis en cause avait déjà purgé une peine de 6 ans de prison.",
        "Les suspects ont été placés en garde à vue sous la supervision du parquet compétent en matière de terrorisme.",
    ]
    text = wordpress("fr", "Souss Info", "Accueil » Société", title, "Publié le 8 octobre 2024 à 16h40", body,
                     ["Lire aussi : 12 communes privées d'eau potable à Tiznit"])  # fmt: skip
    bcij = A("BCIJ", "Le Bureau central d'investigations judiciaires (BCIJ)")
    claims = [
        C("persons_arrested", 5, "cinq", s1, event(pub, "jeudi"), bcij),
        C("cells_dismantled", 14, "14", s2, ytd(pub, "depuis le début de l'année"), A("BCIJ", "le BCIJ")),
    ]
    traps = [T("de 20 à 33 ans", "ages"), T("6 ans de prison", "prison term"), T("16h40", "time of day"),
             T("12 communes", "related headline")]  # fmt: skip
    return spec("w07", "wordpress", "fr", text, meta(title, "Souss Info", "Souss Info", pub, fictional=True),
                claims, traps, summary="a BCIJ operation (Thursday, word 'cinq') and the BCIJ's year-to-date count "
                "(14 cells, October 2024; above its own 11 for the whole of 2024: planted); ages, prison term")  # fmt: skip


def w08():
    pub = "2025-03-14"
    title = "Combattants marocains : le bilan d'un centre de recherche"
    s1 = (
        f"Plus de 1{NBSP}600 Marocains ont rejoint les groupes jihadistes en Syrie et en Irak, estime le "
        "Centre atlantique d'études stratégiques dans un rapport publié jeudi."
    )
    s2 = "Près de 750 d'entre eux auraient été tués sur place, selon le même rapport."
    body = [
        s1,
        s2,
        f"À titre de comparaison, le centre évalue à 5{NBSP}000 le nombre de combattants venus d'Europe.",
        "Le rapport de 84 pages sera présenté à Rabat le 20 mars.",
        "Les auteurs soulignent que les départs se sont presque taris depuis le durcissement de la loi, mais que la question du retour des familles reste entière.",
    ]
    text = html("fr", title, "Le Courrier du Détroit", pub, body, time_tag=False,
                aside=["Ramadan : 3 conseils pour bien s'hydrater"])  # fmt: skip
    center = A("analyst", "Centre atlantique d'études stratégiques")
    claims = [
        C("fighters_joined", 1600, f"1{NBSP}600", s1, cumul(pub), center, q="more_than", qt="Plus de",
          subset="syria_iraq_linked"),
        C("fighters_killed", 750, "750", s2, cumul(pub), A("analyst", "le même rapport"), q="about", qt="Près de"),
    ]  # fmt: skip
    traps = [T(f"5{NBSP}000", "combatants from Europe: another region's figure"), T("84 pages", "a report's length"),
             T("20 mars", "a date"), T("3 conseils", "aside headline")]  # fmt: skip
    return spec("w08", "html", "fr", text, meta(title, "Le Courrier du Détroit", "Courrier du Detroit", pub,
                fictional=True), claims, traps,
                not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="a think tank (analyst): more than 1,600 joined in Syria and Iraq, nearly 750 of them "
                "killed (no zone); Europe's figure a trap; JSON-LD alone")  # fmt: skip


def w09():
    pub, outlet = "2025-06-12", "Maghreb Dépêches"
    title = "Quatre partisans de l'EI arrêtés au Maroc avec l'aide de l'Espagne"
    s1 = (
        "Les services antiterroristes marocains ont arrêté mardi quatre partisans présumés du groupe État "
        "islamique, en coordination avec la police espagnole, a annoncé le BCIJ dans un communiqué."
    )
    body = [
        "RABAT, 12 juin 2025 (AFP) - " + s1,
        "Les suspects, âgés de 19 à 27 ans, ont été interpellés à Tétouan et à Martil.",
        "Ils projetaient, selon le communiqué, de rejoindre une branche de l'organisation au Sahel.",
        "L'Espagne a pour sa part arrêté 81 jihadistes présumés depuis janvier, selon Madrid.",
    ]
    side = ["Bourse de Casablanca : le MASI gagne 0,8 %", "Météo : jusqu'à 41 degrés à Marrakech"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 4, "quatre", s1, event(pub, "mardi"), A("BCIJ", "le BCIJ"))]
    traps = [SIDEBAR_RULE, T("de 19 à 27 ans", "ages"), T("81 jihadistes", "Spain's own arrests"),
             T("0,8 %", "sidebar: stock index"), T("41 degrés", "sidebar: weather"),
             T("Quatre partisans", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w09", "aggregator", "fr", text, meta(title, outlet, "Maghreb Depeches", pub, fictional=True,
                city="RABAT"), claims, traps, partners=["ES"],
                summary="an AFP dispatch in French, the claim in the dateline's paragraph: four arrested on "
                "Tuesday (same operation as w12); partner Spain, whose own 81 arrests are a trap")  # fmt: skip


def w10():
    pub = "2025-09-15"
    title = "Maroc-Espagne : une coopération antiterroriste exemplaire"
    s1 = (
        "Selon des sources sécuritaires citées par l'agence EFE, le Maroc et l'Espagne ont mené au moins "
        "40 opérations conjointes depuis 2017."
    )
    s2 = "Samedi, le BCIJ a encore interpellé deux individus à Nador dans le cadre d'une enquête commune."
    body = [
        "MADRID, 15 sept. (EFE) - " + s1,
        s2,
        "Les deux pays partagent une frontière de 14 kilomètres à Ceuta.",
        "Madrid salue régulièrement la qualité des échanges de renseignements avec Rabat, qui ont permis de neutraliser des réseaux de recrutement actifs des deux côtés du détroit. Les enquêteurs ont saisi du matériel informatique et des documents de propagande, a précisé la même source.",
    ]
    text = html("fr", title, "Rif Hebdo", pub, body, clock="18:05:00+01:00",
                aside=["Rentrée scolaire : 8 millions d'élèves"])  # fmt: skip
    claims = [
        C("joint_operations", 40, "40", s1, since("2017", pub, "depuis 2017"),
          A("official_unspecified", "des sources sécuritaires"), q="at_least", qt="au moins"),
        # the security sources of the sentence before carry to it: the source decides, not the body acting
        # (docs/conventions.md, "Who speaks")
        C("persons_arrested", 2, "deux", s2, event(pub, "Samedi"), A("official_unspecified", "des sources sécuritaires")),
    ]  # fmt: skip
    traps = [T("14 kilomètres", "a border's length"), T("8 millions", "aside headline"),
             T("15 sept.", "the dispatch's dateline")]  # fmt: skip
    return spec("w10", "html", "fr", text, meta(title, "Rif Hebdo", "Rif Hebdo", pub, fictional=True,
                city="MADRID"), claims, traps, partners=["ES"],
                summary="an EFE dispatch in French: at least 40 joint operations with Spain since 2017 "
                "(official_unspecified) and a Saturday arrest of two by the BCIJ, the same sources carried; time tag and JSON-LD")  # fmt: skip


# ================================================================ English


def w11():
    pub = "2024-03-12"
    title = "DGST: Morocco Has Dismantled 210 Terror Cells Since 2002"
    s1 = (
        "Morocco's General Directorate for Territorial Surveillance (DGST) said on Monday that the kingdom's "
        "security services have dismantled 210 terrorist cells since 2002."
    )
    s2 = "The agency added that over 4,000 suspects had been arrested in terrorism-related cases over the same period."
    body = [
        "Rabat - " + s1,
        s2,
        "Photo caption: Members of the BCIJ's special unit during a raid in Had Soualem, 25 km south of Casablanca.",
        "Read also: Morocco, Spain seize 3 tons of cannabis in joint maritime operation",
        "Officials said the figures reflect a 'proactive' strategy built after the Casablanca attacks.",
    ]
    text = wordpress("en", "Atlas Wire English", "Home » Morocco", title, "By Salma Idrissi - March 12, 2024",
                     body, ["Moroccan Police Arrest 12 in Online Fraud Ring"])  # fmt: skip
    dgst = A("DGST", "Morocco's General Directorate for Territorial Surveillance (DGST)")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "since 2002"), dgst),
        C("persons_arrested", 4000, "4,000", s2, since("2002", pub, "over the same period"), A("DGST", "The agency"),
          q="more_than", qt="over"),
    ]  # fmt: skip
    traps = [T("25 km", "a distance in a photo caption"), T("3 tons", "a 'Read also' box"),
             T("Arrest 12", "related headline"), T("210 Terror Cells", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w11", "wordpress", "en", text, meta(title, "Atlas Wire English", "Atlas Wire English", pub,
                fictional=True), claims, traps,
                summary="an English-language outlet relays the DGST: 210 cells since 2002 (March 2024) and over "
                "4,000 arrested 'over the same period' ('The agency' is the DGST here); photo caption, Read also")  # fmt: skip


def w12():
    pub = "2025-06-10"
    title = "Morocco arrests four Islamic State suspects in joint operation with Spain"
    s1 = (
        "Moroccan police arrested four suspected Islamic State supporters on Tuesday in coordination with "
        "Spain's national police, the Central Bureau of Judicial Investigation (BCIJ) said."
    )
    s2 = (
        '"Since 2002, our services have arrested 4,350 people in terrorism cases," BCIJ director Karim Bennani '
        "told reporters in Sale."
    )
    body = [
        "RABAT, June 10 (Reuters) - " + s1,
        "The men, aged 19 to 27, were detained in Tetouan and Martil, a statement said.",
        "The suspects had been in contact with Islamic State members in the Sahel and were planning attacks on security installations, the bureau said, without giving further details.",
        s2,
        "Spain said it had detained 81 suspected jihadists so far this year.",
        "(Reporting by Youssef Ait Lahcen; Editing by Mark Holloway)",
    ]
    text = clean(title, "June 10, 2025 | North Coast Observer", body)
    claims = [
        C("persons_arrested", 4, "four", s1, event(pub, "on Tuesday"),
          A("BCIJ", "the Central Bureau of Judicial Investigation (BCIJ)")),
        C("persons_arrested", 4350, "4,350", s2, since("2002", pub, "Since 2002"),
          A("BCIJ", "BCIJ director", "Karim Bennani")),
    ]  # fmt: skip
    traps = [T("aged 19 to 27", "ages"), T("81 suspected jihadists", "Spain's own figure"),
             T("June 10", "the dispatch's dateline"), T("arrests four Islamic", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w12", "clean", "en", text, meta(title, "North Coast Observer", "North Coast Observer", pub,
                fictional=True, city="RABAT"), claims, traps, partners=["ES"],
                summary="a Reuters dispatch: four arrested on Tuesday with Spain (BCIJ) and the BCIJ director's "
                "quote: 4,350 arrested since 2002; Spain's own 81 a trap; credit line")  # fmt: skip


def w13():
    pub, outlet = "2025-04-07", "Morocco Daily Brief"
    title = "Report: Thousands of Moroccans Joined Jihadist Groups Abroad"
    s1 = (
        "According to official data, 16,590 Moroccans have joined terrorist groups in Syria and Iraq since "
        "the start of the conflict."
    )
    body = [
        s1,
        "Many of them traveled through Turkey, officials said.",
        "The figure could not be independently verified, and the report did not say how many of them had since died or come home. Officials have long warned that returning fighters pose a lasting security risk.",
        "Photo: Moroccan nationals at a camp near Al-Hol, where about 50,000 people are held.",
    ]
    side = ["Ramadan: 4 Tips for Healthy Iftar", "Raja Beat AS FAR 3-1"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 16590, "16,590", s1, cumul(pub, "since the start of the conflict"),
          A("official_unspecified", "official data"), subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("50,000", "a camp's whole population in a photo caption"), T("3-1", "sidebar: score"),
             T("4 Tips", "sidebar headline")]  # fmt: skip
    return spec("w13", "aggregator", "en", text, meta(title, outlet, "Morocco Daily Brief", pub, fictional=True),
                claims, traps, not_partners=[NP("TR", "Turkey", "a transit country"),
                NP("SY", "Syria", "conflict zone")],
                summary="an aggregator piece 'according to official data': 16,590 joined (ten times the ministry's "
                "1,659: planted); Al-Hol caption figure a trap; Turkey mentioned")  # fmt: skip


def w14():
    pub = "2025-01-15"
    title = "BCIJ Dismantled 11 Terror Cells in 2024"
    s1 = "In 2024, the bureau dismantled 11 terrorist cells, according to its annual review."
    s2 = "Two of those operations were carried out jointly with Germany's Federal Criminal Police Office."
    body = [
        "Morocco's Central Bureau of Judicial Investigation (BCIJ) published its yearly figures on Wednesday.",
        s1,
        s2,
        "The BCIJ, set up in 2015, employs some 200 investigators, the review said.",
        "The bureau said most of the suspects had been radicalized online and had pledged allegiance to the Islamic State group before any contact with its members abroad. 'The threat has moved to the internet,' the review said.",
    ]
    text = html("en", title, "Casablanca Ledger", pub, body, time_tag=True, jsonld=False,
                aside=["Read also: Morocco to build 5 new dams by 2027"])  # fmt: skip
    claims = [
        C("cells_dismantled", 11, "11", s1, yr("2024", "In 2024"), A("BCIJ", "the bureau")),
        C("joint_operations", 2, "Two", s2, yr("2024", None), A("BCIJ", "its annual review")),
    ]
    traps = [T("some 200 investigators", "staff numbers"), T("5 new dams", "aside headline"),
             T("11 Terror Cells", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w14", "html", "en", text, meta(title, "Casablanca Ledger", "Casablanca Ledger", pub,
                fictional=True), claims, traps, partners=["DE"],
                summary="the BCIJ's review: 11 cells in 2024 (below its own 14 by October: planted); two joint "
                "operations with Germany (period inherited, no text); staff numbers a trap; time tag alone")  # fmt: skip


def w15():
    pub = "2025-10-20"
    title = "Explainer: How Morocco Became a Counterterrorism Partner"
    s1 = "The DGST's figures show that Moroccan services have dismantled 210 terror cells since 2002."
    s2 = "They have also foiled more than 500 plots in the same period, the directorate says."
    body = [
        "Two decades after the Casablanca bombings of May 16, 2003, which killed 45 people, Morocco's model draws "
        "attention abroad.",
        s1,
        s2,
        "Washington and Rabat signed a new security memorandum in 2024, renewing a 10-year framework.",
        "Analysts credit the model to tight coordination between the intelligence service and the judicial police, and to religious reforms that put imams' training under state supervision.",
    ]
    text = wordpress("en", "The Maghreb Monitor", "Home » Analysis", title, "October 20, 2025 | 6 min read", body,
                     ["Read also: 5 things to know about Morocco's security model"])  # fmt: skip
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "since 2002"), A("DGST", "The DGST's figures")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "in the same period"), A("DGST", "the directorate"),
          q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("45 people", "a past attack's death toll"), T("10-year", "a duration"), T("6 min read", "reading time"),
             T("5 things", "related headline")]  # fmt: skip
    return spec("w15", "wordpress", "en", text, meta(title, "The Maghreb Monitor", "Maghreb Monitor", pub,
                fictional=True), claims, traps, partners=["US"],
                summary="an explainer repeating 'the DGST's figures' of 210 cells since 2002 in October 2025 (stale "
                "after 216); possessive source; partner the United States; the 2003 death toll a trap")  # fmt: skip


def w16():
    pub = "2025-07-15"
    title = "Interior Ministry: 270 Moroccan Jihadists Have Returned Home"
    s1 = (
        "The interior ministry said in a written reply to parliament that 270 Moroccan fighters had returned "
        "home: 232 from Syria and Iraq and 42 from Libya."
    )
    body = [
        "RABAT, July 15 (AP) - " + s1,
        "Returnees face prison terms of up to 15 years under Law 86.14, the ministry noted.",
        "The reply said every returnee is questioned by the BCIJ on arrival and brought before the prosecutor in charge of terrorism cases, and that families of those still abroad are kept informed. Rights groups have urged the authorities to speed up the repatriation of women and children.",
        "Libya's own authorities say they hold 'more than 1,000 foreign fighters,' the reply added.",
    ]
    text = clean(title, "Tuesday, July 15, 2025 - Rabat Dispatch", body)
    moi = A("MOI", "The interior ministry")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), moi),
        C("returnees", 232, "232", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("returnees", 42, "42", s1, cumul(pub), moi, subset="libya"),
    ]
    traps = [T("15 years", "prison term"), T("86.14", "law number"), T("1,000 foreign fighters", "Libya's own figure"),
             T("270 Moroccan Jihadists", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w16", "clean", "en", text, meta(title, "Rabat Dispatch", "Rabat Dispatch", pub, fictional=True,
                city="RABAT"), claims, traps,
                not_partners=[NP("LY", "Libya", "a conflict zone with its own figure")],
                summary="an AP dispatch of a written reply (MOI): 270 returnees = 232 from Syria and Iraq + 42 from "
                "Libya (274: planted); a quote in quotes with Libya's figure; law number")  # fmt: skip


def w17():
    pub = "2025-02-03"
    title = "Morocco Arrested Dozens of Terror Suspects Last Year, Ministry Says"
    s1 = (
        "Moroccan security services arrested 58 people on terrorism charges last year, including five minors, "
        "the interior ministry said on Monday."
    )
    body = [
        s1,
        "A ministry spokesman said the youngest suspect was 16 years old.",
        "The ministry did not say how many cells the suspects belonged to, but officials have repeatedly warned that recruiters now target teenagers through encrypted messaging apps and gaming platforms.",
        "France's interior minister said his country had thwarted 9 attacks in the same year.",
    ]
    text = html("en", title, "Parliament Street Daily", pub, body, clock="12:15:00+01:00",
                aside=["Photo gallery: 20 images of Rabat's new tram line"])  # fmt: skip
    moi = A("MOI", "the interior ministry")
    claims = [
        C("persons_arrested", 58, "58", s1, yr("2024", "last year"), moi),
        C("persons_arrested", 5, "five", s1, yr("2024", "last year"), moi, subset="minors"),
    ]
    traps = [T("16 years old", "age"), T("9 attacks", "France's own figure"), T("20 images", "aside headline"),
             T("Dozens of Terror Suspects", "a vague count in the title")]  # fmt: skip
    return spec("w17", "html", "en", text, meta(title, "Parliament Street Daily", "Parliament Street Daily", pub, fictional=True),
                claims, traps, not_partners=[NP("FR", "France", "another country's own figure, no cooperation said")],
                summary="the interior ministry (MOI): 58 arrested 'last year' (= 2024; the DGSN said 63: planted), "
                "five minors; France's own figure a trap; time tag and JSON-LD")  # fmt: skip


def w18():
    pub, outlet = "2025-11-04", "Kasbah Digest EN"
    title = "Security Source: Morocco Tally of Terror Arrests Tops 4,100"
    s1 = (
        "A security source told AFP that the bureau has arrested 4,100 suspects in terrorism cases since 2002, "
        "including returnees from conflict zones."
    )
    s2 = "The same source said a dozen cells had been dismantled since January."
    body = [
        s1,
        s2,
        "One suspect arrested in Berrechid had tried to reach Mali, the source said.",
        "The source, who asked not to be named because he was not authorized to speak to the press, said the bureau's caseload had shifted toward lone actors radicalized online.",
        "Photo: A BCIJ officer outside the bureau's headquarters in Sale, Oct. 28, 2025.",
    ]
    side = ["Wydad Sign 2 New Strikers", "Gas Prices Rise 40 Centimes"]
    text = aggregator("en", side, title, outlet, pub, body)
    src = A("official_unspecified", "A security source")
    claims = [
        C("persons_arrested", 4100, "4,100", s1, since("2002", pub, "since 2002"), src),
        C("cells_dismantled", 12, "a dozen", s2, ytd(pub, "since January"), A("official_unspecified", "The same source"),
          q="about", qt="a dozen"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("Oct. 28, 2025", "a photo caption's date"), T("40 Centimes", "sidebar: fuel price"),
             T("2 New Strikers", "sidebar headline"), T("Tops 4,100", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w18", "aggregator", "en", text, meta(title, outlet, "Kasbah Digest EN", pub, fictional=True),
                claims, traps, not_partners=[NP("ML", "Mali", "a destination, not a partner")],
                summary="'a security source told AFP' (official_unspecified, AFP a relay): 4,100 arrested since "
                "2002 (below the BCIJ's 4,350 in June: planted), 'a dozen' cells since January; Mali mentioned")  # fmt: skip


def w19():
    pub = "2025-05-20"
    title = "Morocco's Terror Cell Count Reaches 216, DGST Says"
    s1 = (
        "Moroccan authorities have dismantled 216 terrorist cells since 2002, the DGST said in a statement, "
        "crediting intelligence shared with the FBI for several of them."
    )
    s2 = (
        "Security analyst Nadia Berrada, of the Rabat Institute for Security Studies, put the real number closer "
        "to 220 cells since 2002."
    )
    body = [
        "RABAT, May 20 (AFP) - " + s1,
        s2,
        "Berrada, 41, said the bureau's 'proactive approach' was 'the key.'",
        "The statement did not give a breakdown by year, and the DGST did not respond to a request for comment on the gap between its tally and independent estimates.",
        "Photo caption: A screen shows 3 suspects' seized weapons, May 19.",
        "(Writing by Hicham Tazi; editing by Claire Duval)",
    ]
    text = clean(title, "May 20, 2025 - The Northern Post", body)
    claims = [
        C("cells_dismantled", 216, "216", s1, since("2002", pub, "since 2002"), A("DGST", "the DGST")),
        C("cells_dismantled", 220, "220", s2, since("2002", pub, "since 2002"),
          A("analyst", "Rabat Institute for Security Studies", "Nadia Berrada"), q="about", qt="closer to"),
    ]  # fmt: skip
    traps = [T("41", "age"), T("3 suspects'", "a photo caption"), T("May 19", "a caption date"),
             T("Reaches 216", "a figure in the title that the body repeats")]  # fmt: skip
    return spec("w19", "clean", "en", text, meta(title, "The Northern Post", "Northern Post", pub, fictional=True,
                city="RABAT"), claims, traps, partners=["US"],
                summary="an AFP dispatch: the DGST's 216 cells since 2002 and an analyst's 'closer to 220' (two "
                "speakers, one metric); partner the United States (FBI); age and photo caption traps")  # fmt: skip


def w20():
    pub = "2025-08-05"
    title = "Morocco, Belgium Step Up Intelligence Sharing on Returnees"
    s1 = "Some 270 Moroccans have returned from conflict zones, officials said, most of them now in prison."
    body = [
        "Morocco and Belgium agreed on Monday to expand the exchange of intelligence on returning fighters.",
        s1,
        "Belgium's federal prosecutor says about 130 Belgian nationals remain in Syria.",
        "Under the deal, the two countries' liaison officers will meet regularly and share files on suspects with links to both, officials said, adding that cooperation had already led to several joint investigations.",
        "Read also: 7 Moroccan cities to host Africa Cup matches",
    ]
    text = wordpress("en", "Morocco Now News", "Home » Politics", title, "Published on Aug. 5, 2025 at 10:12",
                     body, ["BCIJ Arrests 2 in Tangier"])  # fmt: skip
    claims = [
        C(
            "returnees",
            270,
            "270",
            s1,
            cumul(pub),
            A("official_unspecified", "officials"),
            q="about",
            qt="Some",
        ),
    ]
    traps = [T("about 130 Belgian nationals", "Belgium's own figure"), T("7 Moroccan cities", "a 'Read also' box"),
             T("Arrests 2", "related headline"), T("10:12", "time of day")]  # fmt: skip
    return spec("w20", "wordpress", "en", text, meta(title, "Morocco Now News", "Morocco Now News", pub,
                fictional=True), claims, traps, partners=["BE"],
                not_partners=[NP("SY", "Syria", "where Belgium's nationals are")],
                summary="'officials said' (official_unspecified): some 270 returnees; partner Belgium whose own "
                "130 is a trap; Read also, related headline")  # fmt: skip


ARTICLES = [
    w01,
    w02,
    w03,
    w04,
    w05,
    w06,
    w07,
    w08,
    w09,
    w10,
    w11,
    w12,
    w13,
    w14,
    w15,
    w16,
    w17,
    w18,
    w19,
    w20,
]

INCONSISTENCIES = [
    {"id": "wire2-stale", "kind": "stale_figure",
     "refs": [("w11", "cells_dismantled", 210), ("w01", "cells_dismantled", 216), ("w15", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (DGST, March 2024), 216 (DGST statement, May 2025); an "
                    "October 2025 explainer repeats 210 as 'the DGST's figures'"},
    {"id": "wire2-decrease", "kind": "cumulative_decrease",
     "refs": [("w12", "persons_arrested", 4350), ("w18", "persons_arrested", 4100)],
     "explanation": "people arrested since 2002: 4,350 (BCIJ director to Reuters, June 2025) then 4,100 (a "
                    "security source to AFP, November 2025): a running total cannot go down"},
    {"id": "wire2-arithmetic", "kind": "internal_arithmetic",
     "refs": [("w16", "returnees", 270), ("w16", "returnees", 232, "syria_iraq_linked"),
              ("w16", "returnees", 42, "libya")],
     "explanation": "270 returnees said to be 232 from Syria and Iraq and 42 from Libya = 274, not 270"},
    {"id": "wire2-implausible", "kind": "implausible_value",
     "refs": [("w02", "fighters_joined", 1659, "syria_iraq_linked"),
              ("w13", "fighters_joined", 16590, "syria_iraq_linked")],
     "explanation": "16,590 Moroccans joined in Syria and Iraq 'according to official data', ten times the 1659 of "
                    "the interior ministry (a stray digit)"},
    {"id": "wire2-partial", "kind": "partial_exceeds_whole",
     "refs": [("w07", "cells_dismantled", 14), ("w14", "cells_dismantled", 11)],
     "explanation": "the BCIJ dismantled 14 cells from January to early October 2024, then 11 for the whole of 2024"},
    {"id": "wire2-disagree", "kind": "same_period_disagreement",
     "refs": [("w03", "persons_arrested", 63), ("w17", "persons_arrested", 58)],
     "explanation": "people arrested in 2024: 63 (DGSN annual review, 'السنة الماضية', January 2025) against 58 "
                    "(interior ministry, 'last year', February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("w19", "cells_dismantled", 216), ("w01", "cells_dismantled", 216), ("w06", "cells_dismantled", 210)],
     "reason": "216 cells since 2002 (DGST via AFP, May 20, and its Arabic rewrite, May 6) and 'plus de 210' "
               "(DGST via MAP, June 2) agree"},
    {"refs": [("w12", "persons_arrested", 4), ("w09", "persons_arrested", 4)],
     "reason": "the same Tuesday's four arrests (June 10, 2025) told by Reuters in English and AFP in French"},
    {"refs": [("w02", "fighters_joined", 1659, "syria_iraq_linked"),
              ("w08", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "1659 fighters (the ministry, November 2024) and 'plus de 1 600' (a think tank, March 2025) agree"},
    {"refs": [("w16", "returnees", 270), ("w20", "returnees", 270)],
     "reason": "270 returnees (the ministry's reply, July 2025) and 'some 270' (officials, August 2025) agree"},
    {"refs": [("w11", "persons_arrested", 4000), ("w06", "persons_arrested", 4300),
              ("w12", "persons_arrested", 4350)],
     "reason": "over 4,000 (March 2024), plus de 4 300 (June 2, 2025), 4,350 (June 10, 2025): a total that rises"},
]  # fmt: skip

CONVENTIONS = """\
- **Wire relays are transparent**: Reuters, AFP, AP, EFE and MAP ("(Reuters) -", "a security source told AFP",
  "cited by the EFE agency", "relayé par la MAP") are never the source; the source is the body or voice they quote
  ("a security source" → `official_unspecified`; "the DGST said in a statement" → DGST).
- **"The agency", "the bureau", "the directorate"** refer back to the body last named: after the DGST, "The
  agency added" is the DGST (w11); "the bureau" after the BCIJ is the BCIJ. A possessive ("The DGST's figures")
  is an attribution to that body. In w18 "the bureau" is what is counted, not who speaks: the speaker is the
  security source.
- **Datelines** ("RABAT, June 10 (Reuters) -", "MADRID, 15 sept. (EFE) -") give `dateline_city` as printed
  (capitals kept); the dateline's own date is a trap, never a period. A claim sentence may follow the dateline
  on the same line (the dateline is not part of the sentence).
- **Carried periods**: "over the same period", "au cours de la même période", "in the same period" take the
  previous sentence's `since`; the period text is the phrase of the claim's own sentence. A period carried with
  no phrase of its own (w14 c2 "Two of those operations") has `text` null.
- **Relative years**: "last year", "السنة الماضية" = byline year − 1 (`year`); "depuis le début de l'année",
  "since January" = `year_to_date`.
- **Number words and approximations**: "a dozen" is `about` 12 with `value_text` and `qualifier_text` both
  "a dozen"; "Some 270" is `about`; "closer to 220" (an analyst's estimate) is `about`; "over 4,000" is
  `more_than`.
- **Outlet names keep the word printed before them** ("موقع الحدث الأمني", as the other corpora keep "جريدة
  الساحل"): the outlet is the name as the byline prints it (w03; changed in the engine-wire2 round, the gold
  had dropped "موقع").
- **A figure in the title that the body repeats** is listed as a trap (the body's sentence is the claim).
- **Photo captions, "Read also" boxes and related headlines** never hold claims, even when they speak of
  arrests; a caption's date is a trap.
- **Other countries' figures** (Spain's 81 arrests, France's 9 attacks, Libya's 1,000 foreign fighters,
  Belgium's 130 nationals, Al-Hol's 50,000, Europe's 5,000 fighters, Iraq's 1200 trials) are traps; a country
  named only for its own figure, as a transit, a destination or a zone is `mentioned`, not a partner; a partner
  is one Morocco works with in the text (joint operation, shared intelligence, stepped-up cooperation).
- **Undated totals** (fighters, returnees, held abroad) are `cumulative_unspecified` ending at the byline;
  "since the start of the conflict" is kept as that period's text.
- **Bounds** as in CONTRACT.md: "plus de 210" admits 216; "plus de 1 600" admits 1659; "Some 270" admits 270.
"""

HOW = """\
Written blind to the engine: only RULES.md, writer_common.md, CONTRACT.md, docs/conventions.md,
tests/corpus_kit.py, tests/corpus_gold_checks.py and the comms template were read; the engine was never run on
these files. Real wire and English-language Moroccan coverage read through the search tool (BCIJ statements
relayed in English, Reuters/AFP dispatches on joint Moroccan-Spanish arrests, BCIJ heads' running totals) gave
the patterns: ages "aged between 19 and 28", "Read Also:" lines, credit lines, other countries' own tallies in
the same dispatch. No sentence was copied; all outlets and people are invented.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_wire2: English-language Moroccan outlets and wire copy",
        "",
        "A development corpus of 20 invented articles (5 Arabic, 5 French, 10 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) in the style of Moroccan English-language outlets and",
        "agency dispatches (Reuters, AFP, AP, EFE, MAP) with datelines, credit lines, photo captions and",
        "'Read also' boxes.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_wire2/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_wire2_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_wire2 --json > /tmp/wire2.json",
        "    ../shared/tools/score.py tests/corpus_wire2/expected.json /tmp/wire2.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'wire2': English-language Moroccan outlets and agency wire copy "
        "(Reuters, AFP, AP, EFE, MAP) with datelines, bylines, photo captions and 'Read also' boxes; 20 invented "
        "articles (5 ar, 5 fr, 10 en). Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
