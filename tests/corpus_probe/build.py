"""Writes the "probe" development corpus (tests/corpus_probe/*), its gold expected.json and README.md.

    .venv/bin/python tests/corpus_probe/build.py [--out DIR]

A broad probe of everyday Moroccan counter-terrorism coverage in Arabic, French and English (events, annual
reviews, cumulative totals, fighters abroad, parliamentary answers, analyses, wire copy), written by a fresh hand
to be measured once, untuned, with planted inconsistencies and compatible groups that must not be flagged.

Every article is a Python string, so the gold cannot drift: a claim's `sentence` is the very string placed in the
text. The articles and outlets are invented; they follow the wording and orders of magnitude of real Moroccan
reporting, written anew.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root, for tests.corpus_kit

from tests.corpus_kit import (  # noqa: E402
    SIDEBAR_RULE,
    A,
    C,
    P,
    T,
    aggregator,
    clean,
    cumul,
    html,
    lastn,
    meta,
    resolve,
    since,
    wordpress,
    yr,
    ytd,
)

ARTICLES = []

CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"


def article(fn):
    ARTICLES.append(fn)
    return fn


def page(key, file, lang, fmt, pub, outlet, alias, title, body, claims, traps, summary, **kw):
    """One article: lays the text out in its layout and returns the spec build() turns into a gold entry."""
    if fmt == "aggregator":
        text = aggregator(lang, kw["heads"], title, outlet, pub, body)
    elif fmt == "wordpress":
        text = wordpress(lang, outlet, kw["crumbs"], title, kw["meta_line"], body, kw.get("related", []))
    elif fmt == "clean":
        text = clean(title, kw["date_line"], body)
    else:
        text = html(lang, title, outlet, pub, body, **kw.get("html_kw", {}))
    md_outlet = None if fmt == "clean" else outlet
    return dict(
        key=key,
        file=file,
        format=fmt,
        language=lang,
        text=text,
        metadata=meta(
            title,
            md_outlet,
            None if fmt == "clean" else alias,
            pub,
            fictional=kw.get("fictional", True) and fmt != "clean",
            city=kw.get("city"),
        ),  # fmt: skip
        claims=claims,
        optional_claims=kw.get("optional", []),
        must_not_extract=([SIDEBAR_RULE] if fmt == "aggregator" else []) + traps,
        countries_cited=kw.get("cited", []),
        countries_not_partners=kw.get("not_partners", []),
        summary=summary,
    )


# ================================================================ Arabic (p01-p06)
CELLS, ARRESTS, PLOTS = "cells_dismantled", "persons_arrested", "plots_foiled"
JOINED, KILLED, ABROAD = "fighters_joined", "fighters_killed", "fighters_detained_abroad"
RETURNEES, RET_ARR = "returnees", "returnees_arrested"


def event(date, text):
    return P("event", date, date, text)


@article
def p01():
    pub = "2020-11-17"
    heads = [
        "الوداد يتعادل مع ضيفه 2-2",
        "ارتفاع أسعار الطماطم بنسبة 15 في المائة",
        "مهرجان الرباط في دورته 19",
    ]
    title = "المقاربة الاستباقية تحصي 207 خلايا مفككة"
    s1 = (
        "وكشفت معطيات المديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية تمكنت منذ سنة 2002 "
        "من تفكيك 207 خلايا إرهابية."
    )
    s2 = "كما مكنت هذه العمليات من إحباط أزيد من 500 مخطط إرهابي منذ سنة 2002، وفق المصدر ذاته."
    body = [
        "منذ أحداث 16 ماي 2003 بالدار البيضاء، اختار المغرب مقاربة تقوم على الاستباق.",
        s1,
        s2,
        "وقد عدل القانون 03.03 المتعلق بمكافحة الإرهاب مرتين، ويعاقب على الإشادة بالإرهاب بالسجن حتى 6 سنوات.",
    ]
    raw = "معطيات المديرية العامة لمراقبة التراب الوطني"
    return page(
        "p01", "p01_aggregator_dgst_207.txt", "ar", "aggregator", pub, "الرصد المغربي", "Al Rasd Al Maghribi",
        title, body,
        [C(CELLS, 207, "207", s1, since("2002", pub, "منذ سنة 2002"), A("DGST", raw)),
         C(PLOTS, 500, "500", s2, since("2002", pub, "منذ سنة 2002"), A("DGST", "المصدر ذاته"), q="more_than",
           qt="أزيد من")],
        [T("16 ماي 2003", "date"), T("03.03", "law number"), T("6 سنوات", "sentence length"),
         T("بنسبة 15 في المائة", "sidebar: price rise"), T("207 خلايا مفككة", "title figure repeated in the body")],
        "Aggregator; DGST: 207 cells and more than 500 plots since 2002; title repeats 207.",
        heads=heads,
    )  # fmt: skip


@article
def p02():
    pub = "2024-01-18"
    title = "حصيلة الأمن الوطني: 68 موقوفا في قضايا الإرهاب"
    s1 = (
        "وأوضحت الحصيلة السنوية للمديرية العامة للأمن الوطني أن مصالحها أوقفت خلال السنة الماضية 68 شخصا "
        "للاشتباه في تورطهم في قضايا مرتبطة بالإرهاب، منهم 5 نساء."
    )
    body = [
        "قدمت المديرية العامة للأمن الوطني حصيلتها السنوية في ندوة صحفية بالرباط.",
        s1,
        "وسجلت الحصيلة تراجع الجريمة العنيفة بنسبة 8 في المائة، فيما تلقى الخط 19 أكثر من مليون مكالمة.",
        "كما حجزت المصالح ذاتها 12 مليون درهم من العملات المزيفة.",
    ]
    raw = "الحصيلة السنوية للمديرية العامة للأمن الوطني"
    per = yr("2023", "خلال السنة الماضية")
    return page(
        "p02", "p02_wordpress_dgsn_68.txt", "ar", "wordpress", pub, "صدى الأمن", "Sada Al Amn", title, body,
        [C(ARRESTS, 68, "68", s1, per, A("DGSN", raw)),
         C(ARRESTS, 5, "5", s1, per, A("DGSN", raw), subset="women")],
        [T("بنسبة 8 في المائة", "percentage of crime, not a count"), T("الخط 19", "phone number"),
         T("12 مليون درهم", "money"), T("أكثر من مليون مكالمة", "calls, not a CT figure")],
        "WordPress; DGSN annual review: 68 arrested 'last year' (2023), 5 of them women.",
        crumbs="الرئيسية » أمن", meta_line="18 يناير 2024 - 10:12", related=["توقيف 3 أشخاص في قضية نصب"],
    )  # fmt: skip


@article
def p03():
    pub = "2024-06-20"
    title = "تفكيك خلية موالية لداعش بين تطوان وشفشاون"
    s1 = (
        "تمكن المكتب المركزي للأبحاث القضائية، صباح اليوم الخميس، من تفكيك خلية إرهابية تتكون من أربعة عناصر "
        "ينشطون بمدينتي تطوان وشفشاون."
    )
    s2 = "ويرفع هذا التفكيك عدد الخلايا التي فككتها المصالح المغربية منذ سنة 2002 إلى 214 خلية."
    body = [
        s1,
        "وجاءت العملية بتنسيق مع المصالح الأمنية الإسبانية التي قدمت معلومات استخباراتية دقيقة.",
        "وتتراوح أعمار الموقوفين بين 20 و27 سنة، وكان أحدهم على صلة بعناصر تنشط في سوريا.",
        s2,
    ]
    return page(
        "p03", "p03_clean_bcij_event_214.txt", "ar", "clean", pub, None, None, title, body,
        [C(ARRESTS, 4, "أربعة", s1, event(pub, "صباح اليوم الخميس"), A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
           subset=None),
         C(CELLS, 214, "214", s2, since("2002", pub, "منذ سنة 2002"), A("unspecified"))],
        [T("بين 20 و27 سنة", "ages"), T("سوريا", "conflict zone, not a partner")],
        "Clean; a BCIJ event (four suspects, Spanish intelligence) and the running total 214 cells since 2002.",
        date_line="الخميس 20 يونيو 2024", cited=["ES"],
        not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p04():
    pub = "2023-05-16"
    title = "وزير الداخلية يجيب عن سؤال حول المقاتلين المغاربة"
    s1 = (
        "وأفاد وزير الداخلية في جوابه أمام مجلس النواب بأن 1659 مغربيا التحقوا بالتنظيمات الإرهابية، "
        "منهم 1060 بسوريا و589 بالعراق."
    )
    s2 = "وأضاف الوزير أن 270 منهم عادوا إلى المغرب، منهم 52 امرأة."
    s3 = "وتمت متابعة 137 من العائدين قضائيا بمقتضى قانون مكافحة الإرهاب."
    body = [
        s1,
        s2,
        s3,
        "ويقدر عدد المقاتلين الأجانب الذين توجهوا إلى المنطقة بأكثر من 40 ألف مقاتل من نحو 110 دول.",
        "وذكر الوزير بالقانون 86.14 الذي جرم الالتحاق ببؤر التوتر.",
    ]
    a = A("MOI", "وزير الداخلية")
    cu = cumul(pub)
    return page(
        "p04", "p04_html_moi_fighters_1659.html", "ar", "html", pub, "منبر البرلمان", "Minbar Al Barlamane", title,
        body,
        [C(JOINED, 1659, "1659", s1, cu, a),
         C(JOINED, 1060, "1060", s1, cu, a, subset="syria"),
         C(JOINED, 589, "589", s1, cu, a, subset="iraq"),
         C(RETURNEES, 270, "270", s2, cu, a),
         C(RETURNEES, 52, "52", s2, cu, a, subset="women"),
         C(RET_ARR, 137, "137", s3, cu, a)],
        [T("40 ألف مقاتل", "foreign fighters worldwide, not Moroccans"), T("110 دول", "countries"),
         T("86.14", "law number")],
        "HTML (time tag + JSON-LD); minister in parliament: 1659 joined, of whom 1060 Syria + 589 Iraq (sum 1649).",
        not_partners=[{"country": "SY", "text": "بسوريا", "reason": "conflict zone"},
                      {"country": "IQ", "text": "بالعراق", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p05():
    pub = "2021-03-10"
    heads = ["توقعات بتساقطات ثلجية فوق 1500 متر", "الجيش الملكي يفوز 1-0"]
    title = "باحث: المكتب المركزي فكك 87 خلية منذ إحداثه"
    s1 = (
        "ويرى الباحث في الحركات الإسلامية محمد العلوي أن المكتب المركزي للأبحاث القضائية فكك منذ إحداثه "
        "سنة 2015 ما مجموعه 87 خلية."
    )
    s2 = "وأشار الباحث إلى أن عدد الموقوفين في قضايا الإرهاب منذ 2002 بلغ أزيد من 4300 شخص."
    s3 = "ويوجد أكثر من 250 مقاتلا مغربيا معتقلين في سجون ومخيمات بالخارج، حسب الباحث نفسه."
    body = [
        s1,
        s2,
        s3,
        "وفي المقابل، تشير تقديرات إلى أن تونس صدرت نحو 3000 مقاتل إلى بؤر التوتر.",
    ]
    a = A("analyst", "الباحث في الحركات الإسلامية", "محمد العلوي")
    return page(
        "p05", "p05_aggregator_analyst_87.txt", "ar", "aggregator", pub, "مغرب بريس 24", "Maghrib Press 24", title,
        body,
        [C(CELLS, 87, "87", s1, since("2015", pub, "منذ إحداثه سنة 2015"), a),
         C(ARRESTS, 4300, "4300", s2, since("2002", pub, "منذ 2002"), a, q="more_than", qt="أزيد من"),
         C(ABROAD, 250, "250", s3, cumul(pub), a, q="more_than", qt="أكثر من")],
        [T("1500 متر", "sidebar: altitude"), T("نحو 3000 مقاتل", "Tunisia's figure, not Morocco's"),
         T("87 خلية منذ إحداثه", "title figure repeated in the body")],
        "Aggregator; researcher: 87 BCIJ cells since 2015, more than 4300 arrested since 2002, >250 held abroad.",
        heads=heads, not_partners=[{"country": "TN", "text": "تونس", "reason": "contrasting country"}],
    )  # fmt: skip


@article
def p06():
    pub = "2023-11-02"
    title = "عشرون عاما من مكافحة الإرهاب"
    s1 = "وتمكنت المصالح الأمنية من تفكيك أكثر من 210 خلايا إرهابية منذ 2002، حسب مصادر أمنية."
    s2 = "وتفيد المصادر نفسها بأن أزيد من 740 مقاتلا مغربيا لقوا حتفهم في بؤر التوتر."
    body = [
        "مرت عشرون سنة على اعتماد المغرب لاستراتيجية متعددة الأبعاد في مواجهة التطرف.",
        s1,
        s2,
        "وأكدت المصادر أن عشرات الخلايا كانت على صلة مباشرة بتنظيم داعش، وأن برنامج مصالحة استفاد منه 300 سجين.",
    ]
    a = A("official_unspecified", "مصادر أمنية")
    return page(
        "p06", "p06_wordpress_sources_210.txt", "ar", "wordpress", pub, "الأفق الأمني", "Al Ofok Al Amni", title,
        body,
        [C(CELLS, 210, "210", s1, since("2002", pub, "منذ 2002"), a, q="more_than", qt="أكثر من"),
         C(KILLED, 740, "740", s2, cumul(pub), a, q="more_than", qt="أزيد من")],
        [T("عشرات الخلايا", "vague count"), T("عشرون سنة", "duration"),
         T("300 سجين", "deradicalisation programme beneficiaries, not a CT metric")],
        "WordPress; security sources: more than 210 cells since 2002, more than 740 fighters killed.",
        crumbs="الرئيسية » ملفات", meta_line="الخميس 2 نونبر 2023", related=["المغرب وإسبانيا: تعاون متواصل"],
    )  # fmt: skip


# ================================================================ French (p07-p11)


@article
def p07():
    pub = "2021-05-12"
    title = "Antiterrorisme : le Maroc mise sur l'anticipation"
    s1 = "Selon le BCIJ, plus de 200 cellules terroristes ont été démantelées depuis 2002 dans le Royaume."
    s2 = "Parmi les revenants des zones de conflit, plus de 130 ont été poursuivis en justice, précise la même source."
    body = [
        s1,
        s2,
        "La loi 86-14, adoptée en 2015, punit de 5 à 15 ans de prison le ralliement à un groupe terroriste.",
        "Le standard du bureau (0537 00 00 00) reste ouvert aux signalements.",
    ]
    return page(
        "p07", "p07_clean_bcij_200.txt", "fr", "clean", pub, None, None, title, body,
        [C(CELLS, 200, "200", s1, since("2002", pub, "depuis 2002"), A("BCIJ", "Selon le BCIJ"), q="more_than",
           qt="plus de"),
         C(RET_ARR, 130, "130", s2, cumul(pub), A("BCIJ", "la même source"), q="more_than", qt="plus de")],
        [T("86-14", "law number"), T("de 5 à 15 ans", "sentence length"), T("0537 00 00 00", "phone number")],
        "Clean; BCIJ: more than 200 cells since 2002, more than 130 returnees prosecuted.",
        date_line="Mercredi 12 mai 2021",
    )  # fmt: skip


@article
def p08():
    pub = "2024-09-04"
    title = "Le BCIJ neutralise une cellule à Salé avec l'appui de la DGSI"
    s1 = (
        "Le Bureau central d'investigations judiciaires a démantelé sept cellules depuis le début de l'année."
    )
    s2 = "Depuis sa création en 2015, le BCIJ aurait démantelé 980 cellules, selon un document consulté par notre rédaction."
    body = [
        "L'opération menée à Salé a bénéficié d'informations transmises par la DGSI française.",
        s1,
        s2,
        "Les enquêteurs ont saisi 2 millions de dirhams et des armes blanches ; les suspects ont entre 19 et 31 ans.",
    ]
    a = A("BCIJ", "Le Bureau central d'investigations judiciaires")
    return page(
        "p08", "p08_wordpress_bcij_980.txt", "fr", "wordpress", pub, "L'Écho du Bouregreg", "L'Echo du Bouregreg",
        title, body,
        [C(CELLS, 7, "sept", s1, ytd(pub, "depuis le début de l'année"), a),
         C(CELLS, 980, "980", s2, since("2015", pub, "Depuis sa création en 2015"),
           A("unspecified", "un document consulté par notre rédaction"))],
        [T("2 millions de dirhams", "money"), T("entre 19 et 31 ans", "ages")],
        "WordPress; seven cells year to date; a misprinted 980 BCIJ cells since 2015 (others say ~90); DGSI partner.",
        crumbs="Accueil > Sécurité", meta_line="Publié le 4 septembre 2024", related=["Trafic de drogue : 3 arrestations"],
        cited=["FR"],
    )  # fmt: skip


@article
def p09():
    pub = "2022-12-28"
    title = "Bilan 2022 : douze cellules démantelées"
    s1 = "En 2022, douze cellules terroristes ont été démantelées, selon le ministère de l'Intérieur."
    s2 = "Ces opérations ont conduit à l'interpellation de 62 personnes en 2022, dont 7 femmes."
    body = [
        s1,
        s2,
        "Le taux d'élucidation des affaires a atteint 94 %, et le budget de la sécurité a crû de 6 %.",
        "En Europe, 426 personnes ont été arrêtées pour terrorisme la même année.",
    ]
    a = A("MOI", "le ministère de l'Intérieur")
    return page(
        "p09", "p09_html_moi_bilan_2022.html", "fr", "html", pub, "Maroc Hebdo Sécurité", "Maroc Hebdo Securite",
        title, body,
        [C(CELLS, 12, "douze", s1, yr("2022", "En 2022"), a),
         C(ARRESTS, 62, "62", s2, yr("2022", "en 2022"), a),
         C(ARRESTS, 7, "7", s2, yr("2022", "en 2022"), a, subset="women")],
        [T("94 %", "percentage, not a count"), T("6 %", "budget growth"), T("426 personnes", "Europe's figure")],
        "HTML (JSON-LD only); MOI 2022 review: twelve cells, 62 arrested of whom 7 women; Europe's 426 is a trap.",
        html_kw={"time_tag": False},
    )  # fmt: skip


@article
def p10():
    pub = "2025-02-14"
    heads = ["Raja : victoire 2-0 à domicile", "Météo : jusqu'à 30 mm de pluie"]
    title = "Coopération sécuritaire : Rabat et Berlin renforcent leurs échanges"
    s1 = "D'après une source sécuritaire, 209 cellules terroristes ont été démantelées depuis 2002 au Maroc."
    s2 = "Environ 270 combattants sont rentrés au pays, ajoute cette source."
    body = [
        "Un suspect a été interpellé à Nador sur la base de renseignements fournis par les services allemands.",
        s1,
        s2,
        "L'Allemagne compte, elle, quelque 1 150 islamistes partis en Syrie.",
    ]
    a = A("official_unspecified", "une source sécuritaire")
    return page(
        "p10", "p10_aggregator_source_209.txt", "fr", "aggregator", pub, "Actu Maghreb Express",
        "Actu Maghreb Express", title, body,
        [C(CELLS, 209, "209", s1, since("2002", pub, "depuis 2002"), a),
         C(RETURNEES, 270, "270", s2, cumul(pub), A("official_unspecified", "cette source"), q="about",
           qt="Environ")],
        [T("2-0", "sidebar: score"), T("30 mm", "sidebar: rain"), T("1 150 islamistes", "Germany's figure")],
        "Aggregator; a security source gives 209 cells since 2002 (below 214 in June 2024) and about 270 returnees.",
        heads=heads, cited=["DE"],
    )  # fmt: skip


@article
def p11():
    pub = "2019-10-08"
    title = "Combattants marocains : le dossier du retour"
    s1 = "Près de 1 660 Marocains ont rejoint les groupes armés en Syrie et en Irak, selon les chiffres officiels."
    s2 = "Plus de 700 d'entre eux y ont été tués, d'après les mêmes chiffres."
    body = [
        s1,
        s2,
        "Le chercheur rappelle que la Tunisie et la France comptent davantage de ressortissants partis.",
        "Il évoque un retour possible « dans les 24 heures » d'une dizaine de femmes.",
    ]
    a = A("official_unspecified", "les chiffres officiels")
    return page(
        "p11", "p11_clean_fighters_1660.txt", "fr", "clean", pub, None, None, title, body,
        [C(JOINED, 1660, "1 660", s1, cumul(pub), a, q="about", qt="Près de"),
         C(KILLED, 700, "700", s2, cumul(pub), A("official_unspecified", "les mêmes chiffres"), q="more_than",
           qt="Plus de")],
        [T("24 heures", "duration"), T("une dizaine de femmes", "vague count")],
        "Clean; official figures: about 1 660 joined, more than 700 killed; Tunisia and France merely mentioned.",
        date_line="8 octobre 2019",
        not_partners=[{"country": "TN", "text": "la Tunisie", "reason": "comparison"},
                      {"country": "FR", "text": "la France", "reason": "comparison"},
                      {"country": "SY", "text": "en Syrie", "reason": "conflict zone"}],
    )  # fmt: skip


# ================================================================ English (p12-p15)


@article
def p12():
    pub = "2024-03-02"
    title = "Morocco arrests four ISIS suspects in Tangier"
    s1 = "Moroccan police arrested four suspected Islamic State supporters in Tangier earlier today, the DGSN said."
    s2 = "Security services arrested 75 people on terrorism charges last year, the DGSN added."
    body = [
        s1,
        "The operation followed intelligence shared by the United States Federal Bureau of Investigation.",
        s2,
        "Morocco has not suffered a deadly attack since a 2011 bombing in Marrakech killed 17 people.",
    ]
    return page(
        "p12", "p12_html_wire_75.html", "en", "html", pub, "Atlas Wire", "Atlas Wire", title, body,
        [C(ARRESTS, 4, "four", s1, event(pub, "earlier today"), A("DGSN", "the DGSN"), subset="isis_linked"),
         C(ARRESTS, 75, "75", s2, yr("2023", "last year"), A("DGSN", "the DGSN"))],
        [T("killed 17 people", "victims of a 2011 attack"), T("2011", "year")],
        "HTML (time tag only); wire: four ISIS suspects (FBI intelligence); DGSN 75 arrested in 2023 (p02 says 68).",
        html_kw={"jsonld": False}, cited=["US"],
    )  # fmt: skip


@article
def p13():
    pub = "2023-01-10"
    title = "Reading Morocco's counter-terrorism numbers"
    s1 = "Official data show 21 cells dismantled in 2015, 19 in 2016 and 9 in 2017."
    s2 = "In 2022, authorities broke up 12 cells, according to the interior ministry."
    body = [
        s1,
        s2,
        "Tunisia, by contrast, saw some 3,000 of its citizens travel to Syria, and Iraq held 1,200 foreign detainees.",
        "The author, 45, is a fellow at a Rabat think tank.",
    ]
    od = A("official_unspecified", "Official data")
    return page(
        "p13", "p13_wordpress_analysis_list.txt", "en", "wordpress", pub, "Maghreb Policy Review",
        "Maghreb Policy Review", title, body,
        [C(CELLS, 21, "21", s1, yr("2015", "in 2015"), od),
         C(CELLS, 19, "19", s1, yr("2016", "in 2016"), od),
         C(CELLS, 9, "9", s1, yr("2017", "in 2017"), od),
         C(CELLS, 12, "12", s2, yr("2022", "In 2022"), A("MOI", "the interior ministry"))],
        [T("some 3,000", "Tunisia's figure"), T("1,200 foreign detainees", "Iraq's foreign detainees"),
         T("45", "age")],
        "WordPress; analysis with a list of yearly cells (21, 19, 9) and 12 cells in 2022.",
        crumbs="Home / Analysis", meta_line="January 10, 2023", related=["Sahel: a new front"],
        not_partners=[{"country": "TN", "text": "Tunisia", "reason": "comparison"},
                      {"country": "IQ", "text": "Iraq", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p14():
    pub = "2023-08-22"
    title = "Inside the BCIJ, Morocco's answer to the FBI"
    s1 = "Since its creation in 2015, the BCIJ has dismantled 95 terrorist cells, its director said."
    s2 = "At least 50 women have returned from the conflict zones, he added."
    body = [
        s1,
        s2,
        "The bureau, whose headquarters in Salé employ 300 officers, also handles drug trafficking cases.",
    ]
    a = A("BCIJ", "its director")
    return page(
        "p14", "p14_clean_bcij_95.txt", "en", "clean", pub, None, None, title, body,
        [C(CELLS, 95, "95", s1, since("2015", pub, "Since its creation in 2015"), a),
         C(RETURNEES, 50, "50", s2, cumul(pub), A("BCIJ", "he added"), q="at_least", qt="At least",
           subset="women")],
        [T("300 officers", "staff, not a CT figure")],
        "Clean; BCIJ director: 95 cells since 2015, at least 50 women returnees.",
        date_line="August 22, 2023",
    )  # fmt: skip


@article
def p15():
    pub = "2026-01-05"
    heads = ["Wydad sign striker for 3 years", "Inflation eases to 2.1%"]
    title = "Morocco and Spain extend counter-terrorism partnership"
    s1 = "Moroccan services dismantled 41 cells over the past five years, the DGST said."
    s2 = "More than 4,380 people have been arrested on terrorism charges since 2002, the DGST added."
    s3 = "It also said 260 Moroccan fighters remain detained abroad, mostly in Syria."
    s4 = "More than 510 plots have been foiled since 2002, according to the same statement."
    body = [
        "Abdellatif Hammouchi met his Spanish counterparts in Madrid to extend joint work against jihadist networks.",
        s1,
        s2,
        s3,
        s4,
        "Mali, where armed groups control large areas, was also discussed.",
    ]
    a = A("DGST", "the DGST")
    return page(
        "p15", "p15_aggregator_dgst_spain.txt", "en", "aggregator", pub, "Rabat Daily Digest", "Rabat Daily Digest",
        title, body,
        [C(CELLS, 41, "41", s1, lastn(5, pub, "over the past five years"), a),
         C(ARRESTS, 4380, "4,380", s2, since("2002", pub, "since 2002"), a, q="more_than", qt="More than"),
         C(ABROAD, 260, "260", s3, cumul(pub), A("DGST", "It also said")),
         C(PLOTS, 510, "510", s4, since("2002", pub, "since 2002"), A("DGST", "the same statement"),
           q="more_than", qt="More than")],
        [T("3 years", "sidebar: contract"), T("2.1%", "sidebar: inflation")],
        "Aggregator; DGST: 41 cells in five years, >4,380 arrested, 260 held abroad, >510 plots; Spain partner.",
        heads=heads, cited=["ES"],
        not_partners=[{"country": "ML", "text": "Mali", "reason": "mentioned"},
                      {"country": "SY", "text": "mostly in Syria", "reason": "where held"}],
    )  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(id="i1", kind="cumulative_decrease", refs=[("p03", CELLS, 214), ("p10", CELLS, 209)],
         explanation="Cells dismantled since 2002: 214 (June 2024) then 209 (a security source, Feb 2025): "
         "a running total cannot go down"),
    dict(id="i2", kind="same_period_disagreement", refs=[("p02", ARRESTS, 68), ("p12", ARRESTS, 75)],
         explanation="Persons arrested in 2023 (DGSN, 'last year' in both): 68 in the January 2024 review, "
         "75 in a March 2024 wire"),
    dict(id="i3", kind="internal_arithmetic",
         refs=[("p04", JOINED, 1659), ("p04", JOINED, 1060, "syria"), ("p04", JOINED, 589, "iraq")],
         explanation="Fighters who joined: 1659 in total, broken down as 1060 in Syria and 589 in Iraq, "
         "which add up to 1649"),
    dict(id="i4", kind="implausible_value", refs=[("p14", CELLS, 95), ("p08", CELLS, 980)],
         explanation="BCIJ cells since 2015: 95 (its director, Aug 2023) then 980 (Sept 2024), ten times "
         "the level of the series"),
]  # fmt: skip

MUST_NOT_FLAG = [
    dict(refs=[("p01", CELLS, 207), ("p07", CELLS, 200)],
         reason="cells since 2002: 207 (Nov 2020) and 'more than 200' (May 2021): the bound agrees"),
    dict(refs=[("p06", CELLS, 210), ("p03", CELLS, 214)],
         reason="cells since 2002: 'more than 210' (Nov 2023) then 214 (June 2024): a rising total"),
    dict(refs=[("p05", ARRESTS, 4300), ("p15", ARRESTS, 4380)],
         reason="persons arrested since 2002: 'more than 4300' (2021) and 'more than 4,380' (2026)"),
    dict(refs=[("p11", JOINED, 1660), ("p04", JOINED, 1659)],
         reason="fighters who joined: 'about 1 660' (2019) and 1659 (2023): within the 'about' bound"),
    dict(refs=[("p04", RETURNEES, 270), ("p10", RETURNEES, 270)],
         reason="returnees: 270 (minister, 2023) and 'about 270' (2025) agree"),
    dict(refs=[("p07", RET_ARR, 130), ("p04", RET_ARR, 137)],
         reason="returnees prosecuted: 'more than 130' (2021) then 137 (2023): a rising total"),
    dict(refs=[("p11", KILLED, 700), ("p06", KILLED, 740)],
         reason="fighters killed: 'more than 700' (2019) and 'more than 740' (2023): rising bounds"),
    dict(refs=[("p09", CELLS, 12), ("p13", CELLS, 12)],
         reason="cells in 2022: 'douze' (MOI, French) and 12 (English) are the same figure"),
    dict(refs=[("p01", PLOTS, 500), ("p15", PLOTS, 510)],
         reason="plots foiled since 2002: 'more than 500' (2020) then 'more than 510' (2026)"),
    dict(refs=[("p05", CELLS, 87), ("p14", CELLS, 95)],
         reason="BCIJ cells since 2015: 87 (2021) then 95 (2023): a rising total"),
    dict(refs=[("p05", ABROAD, 250), ("p15", ABROAD, 260)],
         reason="fighters held abroad: 'more than 250' (2021) and 260 (2026) agree"),
    dict(refs=[("p04", RETURNEES, 52, "women"), ("p14", RETURNEES, 50, "women")],
         reason="women returnees: 52 (May 2023) and 'at least 50' (Aug 2023) agree"),
    dict(refs=[("p09", CELLS, 12), ("p13", CELLS, 9)],
         reason="different years (2022 and 2017) of the same metric are never compared"),
    dict(refs=[("p08", CELLS, 7), ("p09", CELLS, 12)],
         reason="a 2024 year-to-date count and the 2022 whole year are different periods"),
]  # fmt: skip


# ================================================================ build and verify


def readme(gold, summaries):
    files = gold["files"]
    n_claims = sum(len(f["claims"]) for f in files)
    n_traps = sum(len(f["must_not_extract"]) for f in files)
    keys = {lang: [f["key"] for f in files if f["language"] == lang] for lang in ("ar", "fr", "en")}
    span = {lang: f"`{k[0]}`-`{k[-1]}`" for lang, k in keys.items()}
    kinds = {}
    for inc in gold["inconsistencies"]:
        kinds[inc["kind"]] = kinds.get(inc["kind"], 0) + 1
    lines = [
        "# Probe: an untuned development corpus of everyday counter-terrorism coverage",
        "",
        f"{len(files)} files -- {len(keys['ar'])} Arabic ({span['ar']}), {len(keys['fr'])} French ({span['fr']}) "
        f"and {len(keys['en'])} English ({span['en']}) -- and their gold, `expected.json`, in the schema of "
        "`../shared/seeds/expected.json` and the vocabulary of `../shared/CONTRACT.md`: "
        f"{n_claims} claims, {n_traps} traps, {len(gold['inconsistencies'])} planted inconsistencies "
        f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) and {len(gold['must_not_flag'])} "
        "compatible groups that must not be flagged.",
        "",
        "It was written by a fresh hand who never read the engines, the other corpora's articles or the blind "
        "splits, to be measured ONCE, untuned: single cells dismantled (events), annual reviews with breakdowns, "
        "cumulative totals since 2002 and since the BCIJ's creation in 2015, fighters who joined, were killed, "
        "returned or are held abroad, a parliamentary answer, analyses, wire copy, lists of yearly figures, "
        "number words and relative periods. Do not tune on it: once the engines have been adjusted to it, it "
        "no longer measures anything.",
        "",
        "Measure the engine with (after `import_articles` of these files into a fresh database):",
        "",
        "```",
        ".venv/bin/python manage.py extract_claims tests/corpus_probe/ --json > /tmp/probe.json",
        ".venv/bin/python manage.py consistency_report --json > /tmp/probe-report.json",
        "python3 ../shared/tools/score.py tests/corpus_probe/expected.json /tmp/probe.json "
        "--report /tmp/probe-report.json",
        "```",
        "",
        "## Conventions (where the contract leaves a choice)",
        "",
        "- A series is (metric, subset, period type and start). Two claims are comparable only inside one series; "
        "different years, 'since 2002' and 'since 2015', all cells and a subset are never compared.",
        "- Bounds: 'more than N' agrees with any value above N; 'at least N' with N and above; 'about N' with a "
        "value within 1% of N (1 660 vs 1659). A running total (since, cumulative_unspecified) may stay or rise.",
        "- Fighters who joined, were killed, returned, returnees prosecuted and fighters held abroad with no stated "
        "start are `cumulative_unspecified` ending on the byline date.",
        "- Relative periods are resolved from the byline: 'السنة الماضية' / 'last year' is the previous calendar "
        "year (`year`), 'depuis le début de l'année' is `year_to_date`, 'over the past five years' is "
        "`last_n_years` with start = publication year - 5; 'اليوم' / 'earlier today' in an event report is an "
        "`event` on the publication date.",
        "- A dismantled cell's suspects are `persons_arrested` with an `event` period; the cell itself is not "
        "counted as a claim ('a cell' is not a number).",
        "- A breakdown ('منهم 1060 بسوريا و589 بالعراق') claims to cover its total: parts by place are the subsets "
        "`syria` / `iraq`; a single sub-figure (women, ISIS-linked) is not a breakdown.",
        "- 'مصادر أمنية', 'une source sécuritaire', 'les chiffres officiels', 'Official data' are "
        "`official_unspecified`; a researcher is `analyst` (with `person` when named); the interior minister or "
        "ministry is `MOI`; a document 'consulted by our newsroom' is `unspecified` with `raw`.",
        "- A figure in a title that the body repeats is a trap (the body's sentence is the claim); so are other "
        "countries' and the world's figures, ages, sentences, law numbers, money, percentages, phone numbers, "
        "vague counts (عشرات, une dizaine).",
        "- Partners need a cue of cooperation or shared intelligence (Spanish services, the French DGSI, German "
        "services, the FBI, meetings to extend joint work); conflict zones, comparisons and places where fighters "
        "are held are `mentioned` (`countries_not_partners`).",
        "",
        "## How it was made",
        "",
        "Everything here is written by `build.py` (`.venv/bin/python tests/corpus_probe/build.py`): articles are "
        "Python strings and each claim's `sentence` is the very string placed in the text. "
        "`tests/test_corpus_probe_gold.py` checks the committed gold without Django and that `build.py` "
        "regenerates the committed bytes (`.venv/bin/python -m pytest tests/test_corpus_probe_gold.py -q -p "
        "no:django`). Edit `build.py`, never the generated files. The articles and outlets are invented "
        "(`outlet_fictional`); stored press pages (Maghress reprints of Hespress, Al3omk, Barlamane, L'Observateur, "
        "Les Echos; Reuters, AFP via Straits Times, CGTN, Middle East Online, Sputnik Afrique, H24info) were read "
        "first for wording and orders of magnitude; no sentence was copied.",
        "",
        "## Planted inconsistencies",
        "",
    ]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']} ({', '.join(inc['claims'])}): {inc['explanation']}")
    lines += ["", "## Must not flag", ""]
    for group in gold["must_not_flag"]:
        lines.append(f"- {', '.join(group['claims'])}: {group['reason']}")
    lines += ["", "## Files", "", "| key | file | language | format | date | claims | what it tests |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for f in files:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {f['language']} | {f['format']} | {f['metadata']['date']} | "
            f"{len(f['claims'])} | {summaries[f['key']]} |"
        )
    return "\n".join(lines) + "\n"


def build(out_dir=HERE):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, summaries = [], {}
    for make in ARTICLES:
        spec = make()
        data = spec["text"].encode("utf-8")
        (out_dir / spec["file"]).write_bytes(data)
        entries.append(
            {
                "key": spec["key"],
                "file": spec["file"],
                "bytes": len(data),
                "format": spec["format"],
                "language": spec["language"],
                "encoding": "utf-8",
                "line_endings": "LF",
                "expected_status": "ok",
                "metadata": spec["metadata"],
                "claims": [{"id": f"c{i}", **c} for i, c in enumerate(spec["claims"], 1)],
                "optional_claims": [{"id": f"o{i}", **c} for i, c in enumerate(spec["optional_claims"], 1)],
                "must_not_extract": spec["must_not_extract"],
                "countries_cited": spec["countries_cited"],
                "countries_not_partners": spec["countries_not_partners"],
                "flags": [],
            }
        )
        summaries[spec["key"]] = spec["summary"]
    gold = {
        "schema_version": "heldout-1",
        "description": "Probe development corpus for ctfacts (Arabic, French, English): untuned everyday coverage, "
        "measured once, with planted inconsistencies and compatible groups. Generated by build.py; see README.md. "
        "Schema: CONTRACT.md and seeds/expected.json.",
        "files_dir": ".",
        "files": entries,
        "inconsistencies": resolve(entries, INCONSISTENCIES),
        "must_not_flag": resolve(entries, MUST_NOT_FLAG),
        "rejections": [],
    }
    (out_dir / "expected.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "README.md").write_text(readme(gold, summaries), encoding="utf-8")
    return gold


def verify(gold, out_dir=HERE):
    out_dir = Path(out_dir)
    problems = []
    for f in gold["files"]:
        raw = (out_dir / f["file"]).read_bytes()
        if len(raw) != f["bytes"]:
            problems.append(f"{f['key']}: size")
        text = raw.decode("utf-8")
        for field in ("title", "outlet", "dateline_city"):
            value = f["metadata"][field]
            if value and value not in text:
                problems.append(f"{f['key']}: metadata {field} not in text")
        for c in f["claims"] + f["optional_claims"]:
            where = f"{f['key']}.{c['id']}"
            if text.count(c["sentence"]) != 1:
                problems.append(f"{where}: sentence found {text.count(c['sentence'])} times")
            for label in ("value_text", "qualifier_text"):
                if c[label] and c[label] not in c["sentence"]:
                    problems.append(f"{where}: {label} not in sentence")
            if c["period"]["text"] and c["period"]["text"] not in c["sentence"]:
                problems.append(f"{where}: period text not in sentence")
            for label in ("raw", "person"):
                if c["attribution"][label] and c["attribution"][label] not in text:
                    problems.append(f"{where}: attribution {label} not in text")
        for t in f["must_not_extract"]:
            if not t["text"].startswith("<") and t["text"] not in text:
                problems.append(f"{f['key']}: trap {t['text']!r} not in text")
        for np_ in f["countries_not_partners"]:
            if np_["text"] not in text:
                problems.append(f"{f['key']}: non-partner text {np_['text']!r} not in text")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(HERE))
    args = parser.parse_args()
    built = build(args.out)
    found = verify(built, args.out)
    for problem in found:
        print("PROBLEM", problem)
    n_claims = sum(len(f["claims"]) for f in built["files"])
    n_traps = sum(len(f["must_not_extract"]) for f in built["files"])
    print(f"{len(built['files'])} files, {n_claims} claims, {n_traps} traps, {len(built['inconsistencies'])} "
          f"inconsistencies, {len(built['must_not_flag'])} must_not_flag groups, {len(found)} problems")  # fmt: skip
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
