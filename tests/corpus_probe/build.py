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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root, for tests.corpus_kit

from tests.corpus_kit import (  # noqa: E402  # noqa: E402,F401 - verify: the gold tests call build.verify
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
    rng,
    run_build,
    since,
    wordpress,
    write_corpus,
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


# ================================================================ Arabic (p01-p12)
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
    s1 = "وتمكنت المصالح الأمنية من تفكيك أكثر من 200 خلية إرهابية منذ 2002، حسب مصادر أمنية."
    s2 = "وتفيد المصادر نفسها بأن أزيد من 740 مقاتلا مغربيا لقوا حتفهم في بؤر التوتر."
    body = [
        "مرت عشرون سنة على اعتماد المغرب لاستراتيجية متعددة الأبعاد في مواجهة التطرف.",
        s1,
        s2,
        "وأكدت المصادر أن عشرات الخلايا كانت على صلة مباشرة بتنظيم داعش، وأن برنامج مصالحة استفاد منه 300 سجين.",
    ]
    a = A("official_unspecified", "مصادر أمنية")
    return page(
        "p06", "p06_wordpress_sources_200.txt", "ar", "wordpress", pub, "الأفق الأمني", "Al Ofok Al Amni", title,
        body,
        [C(CELLS, 200, "200", s1, since("2002", pub, "منذ 2002"), a, q="more_than", qt="أكثر من"),
         C(KILLED, 740, "740", s2, cumul(pub), a, q="more_than", qt="أزيد من")],
        [T("عشرات الخلايا", "vague count"), T("عشرون سنة", "duration"),
         T("300 سجين", "deradicalisation programme beneficiaries, not a CT metric")],
        "WordPress; security sources: more than 200 cells since 2002, more than 740 fighters killed.",
        crumbs="الرئيسية » ملفات", meta_line="الخميس 2 نونبر 2023", related=["المغرب وإسبانيا: تعاون متواصل"],
    )  # fmt: skip


@article
def p07():
    pub = "2018-04-10"
    title = "توقيف 11 متطرفا بفاس ومكناس"
    s1 = (
        "أوقف المكتب المركزي للأبحاث القضائية، اليوم الثلاثاء، 11 شخصا يشتبه في انتمائهم لخلية موالية "
        "لداعش تنشط بفاس ومكناس."
    )
    body = [
        s1,
        "وجاءت العملية بناء على معلومات وفرتها المصالح الأمنية الفرنسية في إطار التعاون الثنائي.",
        "وتتراوح أعمار الموقوفين بين 16 و44 سنة، وحجزت خلال التفتيش 3 كيلوغرامات من مواد كيميائية.",
        "ويأتي هذا التوقيف بعد عملية مماثلة في شهر مارس أسفرت عن توقيف عشرات المشتبه فيهم بعدة دول أوروبية.",
    ]
    a = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    ev = event(pub, "اليوم الثلاثاء")
    return page(
        "p07", "p07_clean_bcij_event_11.txt", "ar", "clean", pub, None, None, title, body,
        [C(ARRESTS, 11, "11", s1, ev, a, subset="isis_linked")],
        [T("بين 16 و44 سنة", "ages"), T("3 كيلوغرامات", "weight"), T("عشرات المشتبه فيهم", "vague count abroad"),
         T("توقيف 11 متطرفا", "title figure repeated in the body")],
        "Clean; 2018 event: 11 ISIS-linked suspects arrested today, on French intelligence; ages and weights are traps.",
        date_line="الثلاثاء 10 أبريل 2018", cited=["FR"],
    )  # fmt: skip


@article
def p08():
    pub = "2022-05-25"
    title = "سؤال كتابي حول العائدين من بؤر التوتر"
    s1 = "وأوضح جواب وزارة الداخلية على سؤال النائب أن عدد العائدين من بؤر التوتر بلغ 258 شخصا."
    s2 = "وأضاف الجواب أن 132 منهم قدموا أمام العدالة."
    body = [
        "توصل مجلس النواب بجواب عن السؤال الكتابي رقم 2174 حول وضعية المغاربة العالقين في سوريا والعراق.",
        s1,
        s2,
        "وتتراوح العقوبات المقررة في حق العائدين بين 5 و10 سنوات سجنا.",
    ]
    a = A("MOI", "جواب وزارة الداخلية")
    return page(
        "p08", "p08_wordpress_moi_returnees_258.txt", "ar", "wordpress", pub, "البرلمان اليوم", "Al Barlaman Al Yawm",
        title, body,
        [C(RETURNEES, 258, "258", s1, cumul(pub), a),
         C(RET_ARR, 132, "132", s2, cumul(pub), A("MOI", "الجواب"))],
        [T("رقم 2174", "question number"), T("بين 5 و10 سنوات", "sentence length")],
        "WordPress; written answer of the interior ministry: 258 returnees, 132 prosecuted.",
        crumbs="الرئيسية » برلمان", meta_line="الأربعاء 25 ماي 2022", related=["لجنة الداخلية تصادق على 4 مشاريع"],
        not_partners=[{"country": "SY", "text": "سوريا", "reason": "conflict zone"},
                      {"country": "IQ", "text": "والعراق", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p09():
    pub = "2025-12-30"
    heads = ["الفتح يتأهل إلى ربع النهائي 1-0", "انخفاض أسعار الذهب إلى 900 درهم للغرام"]
    title = "حصيلة 2025: ثماني خلايا إرهابية"
    s1 = "وأعلنت المديرية العامة لمراقبة التراب الوطني أنها فككت 8 خلايا إرهابية خلال سنة 2025."
    s2 = "وأسفرت هذه العمليات عن توقيف 71 شخصا خلال سنة 2025، منهم 6 نساء و3 قاصرين."
    body = [s1, s2, "وخصصت المديرية 40 في المائة من تدخلاتها لرصد المحتوى المتطرف على الإنترنت."]
    a = A("DGST", "المديرية العامة لمراقبة التراب الوطني")
    per = yr("2025", "خلال سنة 2025")
    return page(
        "p09", "p09_aggregator_dgst_2025.txt", "ar", "aggregator", pub, "الخبر المغربي", "Al Khabar Al Maghribi",
        title, body,
        [C(CELLS, 8, "8", s1, per, a),
         C(ARRESTS, 71, "71", s2, per, a),
         C(ARRESTS, 6, "6", s2, per, a, subset="women"),
         C(ARRESTS, 3, "3", s2, per, a, subset="minors")],
        [T("900 درهم", "sidebar: price"), T("40 في المائة", "percentage of activity"),
         T("ثماني خلايا", "title figure repeated in the body")],
        "Aggregator; DGST 2025 review: 8 cells (below its own September year-to-date 9), 71 arrested.",
        heads=heads,
    )  # fmt: skip


@article
def p10():
    pub = "2019-07-15"
    title = "حوار: قراءة في أرقام مكافحة الإرهاب"
    s1 = (
        "وأكد الباحث سعيد بنعلي أن المصالح المغربية فككت 21 خلية سنة 2015 و19 خلية سنة 2016 "
        "و9 خلايا سنة 2017."
    )
    s2 = "وقدر الباحث عدد المغاربة الذين التحقوا ببؤر التوتر بما لا يقل عن 1600 شخص."
    body = [
        s1,
        s2,
        "وأضاف أن فرنسا وبلجيكا عرفتا التحاق أعداد أكبر من مواطنيهما، وأن المغرب لم يعرف هجوما منذ 2011.",
    ]
    a = A("analyst", "الباحث", "سعيد بنعلي")
    return page(
        "p10", "p10_html_interview_list.html", "ar", "html", pub, "منارة الحوار", "Manarat Al Hiwar", title, body,
        [C(CELLS, 21, "21", s1, yr("2015", "سنة 2015"), a),
         C(CELLS, 19, "19", s1, yr("2016", "سنة 2016"), a),
         C(CELLS, 9, "9", s1, yr("2017", "سنة 2017"), a),
         C(JOINED, 1600, "1600", s2, cumul(pub), a, q="at_least", qt="ما لا يقل عن")],
        [T("منذ 2011", "year")],
        "HTML (time tag + JSON-LD); interview: list 21/19/9 cells for 2015-2017, at least 1600 joined.",
        not_partners=[{"country": "FR", "text": "فرنسا", "reason": "comparison"},
                      {"country": "BE", "text": "وبلجيكا", "reason": "comparison"}],
    )  # fmt: skip


@article
def p11():
    pub = "2026-03-12"
    title = "رأي: الأرقام لا تكفي"
    s1 = "فالمصالح الأمنية فككت أزيد من 220 خلية منذ 2002، حسب معطيات رسمية."
    s2 = "وبلغ عدد الموقوفين في قضايا الإرهاب منذ 2002 نحو 4400 شخص، وفق المعطيات ذاتها."
    body = [
        "منذ هجمات 11 شتنبر 2001 تغيرت مقاربات الدول في مواجهة الإرهاب.",
        s1,
        s2,
        "غير أن الكاتب، وهو أستاذ جامعي يبلغ 58 سنة، يرى أن الوقاية تبدأ من المدرسة.",
    ]
    return page(
        "p11", "p11_wordpress_opinion_220.txt", "ar", "wordpress", pub, "منبر الرأي", "Minbar Al Rai", title, body,
        [C(CELLS, 220, "220", s1, since("2002", pub, "منذ 2002"), A("official_unspecified", "معطيات رسمية"),
           q="more_than", qt="أزيد من"),
         C(ARRESTS, 4400, "4400", s2, since("2002", pub, "منذ 2002"),
           A("official_unspecified", "المعطيات ذاتها"), q="about", qt="نحو")],
        [T("11 شتنبر 2001", "date"), T("58 سنة", "age")],
        "WordPress; opinion: more than 220 cells and about 4400 arrested since 2002 (official data).",
        crumbs="الرئيسية » رأي", meta_line="12 مارس 2026", related=["الجامعة والتطرف"],
    )  # fmt: skip


@article
def p12():
    pub = "2021-09-20"
    heads = ["أمطار غزيرة بطنجة: 45 ملم في ساعتين", "حسنية أكادير يتعادل 0-0"]
    title = "عملية مغربية إسبانية مشتركة ضد خلية داعشية"
    s1 = (
        "وأسفرت العملية المشتركة مع الشرطة الوطنية الإسبانية، اليوم الاثنين، عن توقيف 3 أشخاص بالناظور، "
        "بالموازاة مع توقيف زعيم الخلية بضواحي مدريد."
    )
    body = [
        s1,
        "وأكد بلاغ المديرية العامة للأمن الوطني أن العملية تندرج في إطار التعاون الأمني بين البلدين.",
        "ويبلغ الموقوفون من العمر 24 و26 و29 سنة.",
    ]
    return page(
        "p12", "p12_aggregator_joint_spain_3.txt", "ar", "aggregator", pub, "الريف نيوز", "Rif News", title, body,
        [C(ARRESTS, 3, "3", s1, event(pub, "اليوم الاثنين"), A("DGSN", "بلاغ المديرية العامة للأمن الوطني"))],
        [T("45 ملم", "sidebar: rain"), T("24 و26 و29 سنة", "ages")],
        "Aggregator; joint operation with Spain: 3 arrested in Nador (the leader arrested in Spain is not counted).",
        heads=heads, cited=["ES"],
    )  # fmt: skip


# ================================================================ French (p13-p22)


@article
def p13():
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
        "p13", "p07_clean_bcij_200.txt", "fr", "clean", pub, None, None, title, body,
        [C(CELLS, 200, "200", s1, since("2002", pub, "depuis 2002"), A("BCIJ", "Selon le BCIJ"), q="more_than",
           qt="plus de"),
         C(RET_ARR, 130, "130", s2, cumul(pub), A("BCIJ", "la même source"), q="more_than", qt="plus de")],
        [T("86-14", "law number"), T("de 5 à 15 ans", "sentence length"), T("0537 00 00 00", "phone number")],
        "Clean; BCIJ: more than 200 cells since 2002, more than 130 returnees prosecuted.",
        date_line="Mercredi 12 mai 2021",
    )  # fmt: skip


@article
def p14():
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
        "p14", "p08_wordpress_bcij_980.txt", "fr", "wordpress", pub, "L'Écho du Bouregreg", "L'Echo du Bouregreg",
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
def p15():
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
        "p15", "p09_html_moi_bilan_2022.html", "fr", "html", pub, "Maroc Hebdo Sécurité", "Maroc Hebdo Securite",
        title, body,
        [C(CELLS, 12, "douze", s1, yr("2022", "En 2022"), a),
         C(ARRESTS, 62, "62", s2, yr("2022", "en 2022"), a),
         C(ARRESTS, 7, "7", s2, yr("2022", "en 2022"), a, subset="women")],
        [T("94 %", "percentage, not a count"), T("6 %", "budget growth"), T("426 personnes", "Europe's figure")],
        "HTML (JSON-LD only); MOI 2022 review: twelve cells, 62 arrested of whom 7 women; Europe's 426 is a trap.",
        html_kw={"time_tag": False},
    )  # fmt: skip


@article
def p16():
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
        "p16", "p10_aggregator_source_209.txt", "fr", "aggregator", pub, "Actu Maghreb Express",
        "Actu Maghreb Express", title, body,
        [C(CELLS, 209, "209", s1, since("2002", pub, "depuis 2002"), a),
         C(RETURNEES, 270, "270", s2, cumul(pub), A("official_unspecified", "cette source"), q="about",
           qt="Environ")],
        [T("2-0", "sidebar: score"), T("30 mm", "sidebar: rain"), T("1 150 islamistes", "Germany's figure")],
        "Aggregator; a security source gives 209 cells since 2002 (below 214 in June 2024) and about 270 returnees.",
        heads=heads, cited=["DE"],
    )  # fmt: skip


@article
def p17():
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
        "p17", "p11_clean_fighters_1660.txt", "fr", "clean", pub, None, None, title, body,
        [C(JOINED, 1660, "1 660", s1, cumul(pub), a, q="about", qt="Près de", subset="syria_iraq_linked"),
         C(KILLED, 700, "700", s2, cumul(pub), A("official_unspecified", "les mêmes chiffres"), q="more_than",
           qt="Plus de")],
        [T("24 heures", "duration"), T("une dizaine de femmes", "vague count")],
        "Clean; official figures: about 1 660 joined, more than 700 killed; Tunisia and France merely mentioned.",
        date_line="8 octobre 2019",
        not_partners=[{"country": "TN", "text": "la Tunisie", "reason": "comparison"},
                      {"country": "FR", "text": "la France", "reason": "comparison"},
                      {"country": "SY", "text": "en Syrie", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p18():
    pub = "2018-12-20"
    title = "Le BCIJ dresse son bilan de l'année"
    s1 = "Depuis le début de l'année, le BCIJ a démantelé 11 cellules terroristes."
    s2 = "Entre 2002 et 2018, 184 cellules ont été démantelées au total, rappelle le Bureau."
    body = [
        s1,
        s2,
        "Le Bureau central d'investigations judiciaires compte 1 200 enquêteurs formés, et son numéro vert est le 0800 00 20.",
    ]
    a = A("BCIJ", "le BCIJ")
    return page(
        "p18", "p18_clean_bcij_bilan_2018.txt", "fr", "clean", pub, None, None, title, body,
        [C(CELLS, 11, "11", s1, ytd(pub, "Depuis le début de l'année"), a),
         C(CELLS, 184, "184", s2, rng("2002", "2018", "Entre 2002 et 2018"), A("BCIJ", "le Bureau"))],
        [T("1 200 enquêteurs", "staff"), T("0800 00 20", "phone number")],
        "Clean; BCIJ: 11 cells year to date (2018) and 184 cells between 2002 and 2018 (range).",
        date_line="Jeudi 20 décembre 2018",
    )  # fmt: skip


@article
def p19():
    pub = "2020-06-30"
    title = "Entretien : « Le retour des combattants est un défi »"
    s1 = "Selon le directeur du BCIJ, environ 250 combattants sont rentrés au Maroc."
    s2 = "Il précise que 288 femmes marocaines ont rejoint la zone syro-irakienne."
    body = [
        s1,
        s2,
        "Elles étaient accompagnées de 391 enfants, dont une partie est née sur place.",
        "La Turquie, point de passage de nombreux départs, a été citée à plusieurs reprises.",
    ]
    a = A("BCIJ", "le directeur du BCIJ")
    return page(
        "p19", "p19_html_interview_returnees.html", "fr", "html", pub, "Le Courrier du Détroit",
        "Le Courrier du Detroit", title, body,
        [C(RETURNEES, 250, "250", s1, cumul(pub), a, q="about", qt="environ"),
         C(JOINED, 288, "288", s2, cumul(pub), A("BCIJ", "Il précise"), subset="women")],
        [T("391 enfants", "children taken to the zone, not fighters")],
        "HTML (time tag only); BCIJ director: about 250 returnees, 288 women joined; Turkey only mentioned.",
        html_kw={"jsonld": False},
        not_partners=[{"country": "TR", "text": "La Turquie", "reason": "transit country"}],
    )  # fmt: skip


@article
def p20():
    pub = "2023-03-08"
    heads = [
        "Kénitra : une cellule de veille de 12 agents contre les inondations",
        "Bourse : le MASI gagne 1,2 %",
    ]
    title = "Trois femmes parmi les suspects arrêtés à Kénitra"
    s1 = "Cinq personnes, dont trois femmes, ont été interpellées ce mercredi à Kénitra pour apologie du terrorisme."
    body = [
        s1,
        "Selon la DGSN, les suspects étaient en contact avec des éléments établis en Algérie.",
        "Une cellule d'écoute psychologique de 4 spécialistes a été mise en place pour les familles.",
    ]
    a = A("DGSN", "la DGSN")
    ev = event(pub, "ce mercredi")
    return page(
        "p20", "p20_aggregator_women_kenitra.txt", "fr", "aggregator", pub, "Info Gharb", "Info Gharb", title, body,
        [C(ARRESTS, 5, "Cinq", s1, ev, a),
         C(ARRESTS, 3, "trois", s1, ev, a, subset="women")],
        [T("cellule de veille de 12 agents", "sidebar: a non-terror cell"), T("1,2 %", "sidebar: stock index"),
         T("cellule d'écoute psychologique de 4 spécialistes", "a non-terror cell")],
        "Aggregator; event: five arrested, three of them women (number words); non-terror 'cells' are traps.",
        heads=heads,
        not_partners=[{"country": "DZ", "text": "en Algérie", "reason": "where contacts lived, not a partner"}],
    )  # fmt: skip


@article
def p21():
    pub = "2024-11-20"
    title = "Chambre des conseillers : le ministre fait le point"
    s1 = "Le ministre de l'Intérieur a indiqué que 1 662 Marocains avaient rejoint des groupes terroristes."
    s2 = "Au cours des cinq dernières années, 48 cellules ont été démantelées, a-t-il ajouté."
    body = [
        s1,
        s2,
        "Le ministre a rappelé la loi 03-03 et le plan national doté de 500 millions de dirhams.",
    ]
    a = A("MOI", "Le ministre de l'Intérieur")
    return page(
        "p21", "p21_wordpress_minister_1662.txt", "fr", "wordpress", pub, "Hémicycle.ma", "Hemicycle.ma", title, body,
        [C(JOINED, 1662, "1 662", s1, cumul(pub), a),
         C(CELLS, 48, "48", s2, lastn(5, pub, "Au cours des cinq dernières années"), A("MOI", "a-t-il ajouté"))],
        [T("03-03", "law number"), T("500 millions de dirhams", "money")],
        "WordPress; minister in the upper house: 1 662 joined, 48 cells over the past five years.",
        crumbs="Accueil > Parlement", meta_line="20/11/2024", related=["Budget 2025 : vote en commission"],
    )  # fmt: skip


@article
def p22():
    pub = "2025-09-18"
    title = "Neuf cellules démantelées depuis janvier"
    s1 = "Depuis le début de l'année, neuf cellules terroristes ont été démantelées, selon la DGST."
    s2 = "Le total dépasse désormais les 215 cellules démantelées depuis 2002, précise la même source."
    body = [
        s1,
        s2,
        "La dernière opération, menée avec les services espagnols, a visé un réseau actif à Ceuta et Tétouan.",
    ]
    a = A("DGST", "la DGST")
    return page(
        "p22", "p22_html_dgst_ytd_9.html", "fr", "html", pub, "Maroc Actu Sécurité", "Maroc Actu Securite", title,
        body,
        [C(CELLS, 9, "neuf", s1, ytd(pub, "Depuis le début de l'année"), a),
         C(CELLS, 215, "215", s2, since("2002", pub, "depuis 2002"), A("DGST", "la même source"), q="more_than",
           qt="dépasse")],
        [T("Neuf cellules démantelées depuis janvier", "title figure repeated in the body")],
        "HTML (time tag + JSON-LD); DGST: nine cells year to date (Sept 2025), more than 215 since 2002; Spain.",
        cited=["ES"],
    )  # fmt: skip


# ================================================================ English (p23-p30)


@article
def p23():
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
        "p23", "p12_html_wire_75.html", "en", "html", pub, "Atlas Wire", "Atlas Wire", title, body,
        [C(ARRESTS, 4, "four", s1, event(pub, "earlier today"), A("DGSN", "the DGSN"), subset="isis_linked"),
         C(ARRESTS, 75, "75", s2, yr("2023", "last year"), A("DGSN", "the DGSN"))],
        [T("killed 17 people", "victims of a 2011 attack"), T("2011", "year")],
        "HTML (time tag only); wire: four ISIS suspects (FBI intelligence); DGSN 75 arrested in 2023 (p02 says 68).",
        html_kw={"jsonld": False}, cited=["US"],
    )  # fmt: skip


@article
def p24():
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
        "p24", "p13_wordpress_analysis_list.txt", "en", "wordpress", pub, "Maghreb Policy Review",
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
def p25():
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
        "p25", "p14_clean_bcij_95.txt", "en", "clean", pub, None, None, title, body,
        [C(CELLS, 95, "95", s1, since("2015", pub, "Since its creation in 2015"), a),
         C(RETURNEES, 50, "50", s2, cumul(pub), A("BCIJ", "he added"), q="at_least", qt="At least",
           subset="women")],
        [T("300 officers", "staff, not a CT figure")],
        "Clean; BCIJ director: 95 cells since 2015, at least 50 women returnees.",
        date_line="August 22, 2023",
    )  # fmt: skip


@article
def p26():
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
        "p26", "p15_aggregator_dgst_spain.txt", "en", "aggregator", pub, "Rabat Daily Digest", "Rabat Daily Digest",
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


@article
def p27():
    pub = "2018-08-30"
    title = "Moroccan jihadists: the numbers behind the departures"
    s1 = "Some 1,640 Moroccans have travelled to join militant groups, according to official estimates."
    s2 = "About 600 of them have been killed in the fighting, the same estimates show."
    body = [
        s1,
        s2,
        "Belgian and Dutch nationals of Moroccan origin are counted separately by their own governments.",
        "Worldwide, more than 40,000 foreign fighters went to Iraq and Syria.",
    ]
    return page(
        "p27", "p27_clean_wire_1640.txt", "en", "clean", pub, None, None, title, body,
        [C(JOINED, 1640, "1,640", s1, cumul(pub), A("official_unspecified", "official estimates"), q="about",
           qt="Some"),
         C(KILLED, 600, "600", s2, cumul(pub), A("official_unspecified", "the same estimates"), q="about",
           qt="About")],
        [T("more than 40,000 foreign fighters", "world figure, not Moroccans")],
        "Clean; wire: some 1,640 joined, about 600 killed; the world's 40,000 is a trap.",
        date_line="30 August 2018",
        not_partners=[{"country": "BE", "text": "Belgian", "reason": "nationality"},
                      {"country": "NL", "text": "Dutch", "reason": "nationality"}],
    )  # fmt: skip


@article
def p28():
    pub = "2021-12-01"
    title = "Opinion: what the counter-terrorism figures do not say"
    s1 = "The US State Department's country report credits Morocco with dismantling eight cells in 2020."
    s2 = "The same report counts more than 13,000 terrorist attacks worldwide that year."
    body = [
        s1,
        s2,
        "The writer, who spent 12 years covering the Sahel, argues that prevention matters more than arrests.",
    ]
    return page(
        "p28", "p28_html_opinion_us_report.html", "en", "html", pub, "The Atlas Observer", "The Atlas Observer",
        title, body,
        [C(CELLS, 8, "eight", s1, yr("2020", "in 2020"), A("analyst", "The US State Department's country report"))],
        [T("more than 13,000 terrorist attacks worldwide", "world figure"), T("12 years", "duration")],
        "HTML (JSON-LD only); opinion citing the US report: eight cells in 2020; world attacks are a trap.",
        html_kw={"time_tag": False},
    )  # fmt: skip


@article
def p29():
    pub = "2024-10-03"
    title = "Morocco and Spain bust ISIS recruitment network"
    s1 = (
        "Moroccan and Spanish police arrested six suspects in a joint operation, four in Morocco and two in "
        "Spain, the DGSN said on Thursday."
    )
    s2 = "It was the 22nd joint operation between the two countries since 2014, the statement said."
    body = [
        s1,
        s2,
        "Spain's national police said the network had sent recruits to the Sahel, where groups hold parts of Mali.",
    ]
    a = A("DGSN", "the DGSN")
    return page(
        "p29", "p29_wordpress_joint_spain.txt", "en", "wordpress", pub, "North Africa Ledger", "North Africa Ledger",
        title, body,
        [C(ARRESTS, 4, "four", s1, event(pub, "on Thursday"), a)],
        [T("two in Spain", "arrests made in Spain"), T("six suspects", "the joint total includes Spain's arrests")],
        "WordPress; joint operation with Spain: four arrested in Morocco (two in Spain are a trap), 22nd joint op "
        "(an ordinal: optional).",
        crumbs="Home > Security", meta_line="October 3, 2024", related=["Sahel: three soldiers killed"],
        # an ordinal ("the 22nd … since 2014") states the rank of one operation, not a count: optional, as in
        # corpus_ar a29, corpus_fren f24 and corpus_mix m22/m30 ("la quatrième cellule démantelée depuis …")
        optional=[C("joint_operations", 22, "22", s2, since("2014", pub, "since 2014"), A("DGSN", "the statement"))],
        cited=["ES"],
        not_partners=[{"country": "ML", "text": "Mali", "reason": "conflict zone"}],
    )  # fmt: skip


@article
def p30():
    pub = "2022-01-05"
    heads = ["FAR Rabat beat Raja 2-1", "Fuel prices up 4%"]
    title = "Police review: 11 cells dismantled last year"
    s1 = "The DGSN said it helped dismantle 11 terrorist cells last year."
    s2 = (
        "More than 60 people were arrested in 2021 in terrorism cases, of whom 4 were minors, the DGSN added."
    )
    body = [
        s1,
        s2,
        "The directorate also answered 2.5 million calls on its 19 emergency line.",
    ]
    a = A("DGSN", "The DGSN")
    return page(
        "p30", "p30_aggregator_dgsn_2021.txt", "en", "aggregator", pub, "Morocco Morning Brief",
        "Morocco Morning Brief", title, body,
        [C(CELLS, 11, "11", s1, yr("2021", "last year"), a),
         C(ARRESTS, 60, "60", s2, yr("2021", "in 2021"), A("DGSN", "the DGSN added"), q="more_than", qt="More than"),
         C(ARRESTS, 4, "4", s2, yr("2021", "in 2021"), A("DGSN", "the DGSN added"), subset="minors")],
        [T("2-1", "sidebar: score"), T("4%", "sidebar: fuel prices"), T("2.5 million calls", "calls"),
         T("19 emergency line", "phone number"), T("11 cells dismantled last year", "title figure repeated")],
        "Aggregator; DGSN 2021 review: 11 cells 'last year', more than 60 arrested of whom 4 minors.",
        heads=heads,
    )  # fmt: skip


# ================================================================ cross-file groups

INCONSISTENCIES = [
    dict(id="i1", kind="cumulative_decrease", refs=[("p03", CELLS, 214), ("p16", CELLS, 209)],
         explanation="Cells dismantled since 2002: 214 (June 2024) then 209 (a security source, Feb 2025): "
         "a running total cannot go down"),
    dict(id="i2", kind="same_period_disagreement", refs=[("p02", ARRESTS, 68), ("p23", ARRESTS, 75)],
         explanation="Persons arrested in 2023 (DGSN, 'last year' in both): 68 in the January 2024 review, "
         "75 in a March 2024 wire"),
    dict(id="i3", kind="internal_arithmetic",
         refs=[("p04", JOINED, 1659), ("p04", JOINED, 1060, "syria"), ("p04", JOINED, 589, "iraq")],
         explanation="Fighters who joined: 1659 in total, broken down as 1060 in Syria and 589 in Iraq, "
         "which add up to 1649"),
    dict(id="i4", kind="implausible_value", refs=[("p25", CELLS, 95), ("p14", CELLS, 980)],
         explanation="BCIJ cells since 2015: 95 (its director, Aug 2023) then 980 (Sept 2024), ten times "
         "the level of the series"),
    dict(id="i5", kind="partial_exceeds_whole", refs=[("p22", CELLS, 9), ("p09", CELLS, 8)],
         explanation="Cells dismantled in 2025 (DGST): 9 'since the start of the year' in September 2025, "
         "then 8 for the whole of 2025 in the December review"),
]  # fmt: skip

MUST_NOT_FLAG = [
    dict(refs=[("p01", CELLS, 207), ("p13", CELLS, 200)],
         reason="cells since 2002: 207 (Nov 2020) and 'more than 200' (May 2021): the bound agrees"),
    dict(refs=[("p06", CELLS, 200), ("p03", CELLS, 214)],
         reason="cells since 2002: 'more than 200' (Nov 2023) then 214 (June 2024): the bound agrees"),
    dict(refs=[("p05", ARRESTS, 4300), ("p26", ARRESTS, 4380)],
         reason="persons arrested since 2002: 'more than 4300' (2021) and 'more than 4,380' (2026)"),
    dict(refs=[("p17", JOINED, 1660, "syria_iraq_linked"), ("p04", JOINED, 1659)],
         reason="fighters who joined: 'about 1 660' (2019) and 1659 (2023): within the 'about' bound"),
    dict(refs=[("p04", RETURNEES, 270), ("p16", RETURNEES, 270)],
         reason="returnees: 270 (minister, 2023) and 'about 270' (2025) agree"),
    dict(refs=[("p13", RET_ARR, 130), ("p04", RET_ARR, 137)],
         reason="returnees prosecuted: 'more than 130' (2021) then 137 (2023): a rising total"),
    dict(refs=[("p17", KILLED, 700), ("p06", KILLED, 740)],
         reason="fighters killed: 'more than 700' (2019) and 'more than 740' (2023): rising bounds"),
    dict(refs=[("p15", CELLS, 12), ("p24", CELLS, 12)],
         reason="cells in 2022: 'douze' (MOI, French) and 12 (English) are the same figure"),
    dict(refs=[("p01", PLOTS, 500), ("p26", PLOTS, 510)],
         reason="plots foiled since 2002: 'more than 500' (2020) then 'more than 510' (2026)"),
    dict(refs=[("p05", CELLS, 87), ("p25", CELLS, 95)],
         reason="BCIJ cells since 2015: 87 (2021) then 95 (2023): a rising total"),
    dict(refs=[("p05", ABROAD, 250), ("p26", ABROAD, 260)],
         reason="fighters held abroad: 'more than 250' (2021) and 260 (2026) agree"),
    dict(refs=[("p04", RETURNEES, 52, "women"), ("p25", RETURNEES, 50, "women")],
         reason="women returnees: 52 (May 2023) and 'at least 50' (Aug 2023) agree"),
    dict(refs=[("p15", CELLS, 12), ("p24", CELLS, 9)],
         reason="different years (2022 and 2017) of the same metric are never compared"),
    dict(refs=[("p14", CELLS, 7), ("p15", CELLS, 12)],
         reason="a 2024 year-to-date count and the 2022 whole year are different periods"),
    dict(refs=[("p26", ARRESTS, 4380), ("p11", ARRESTS, 4400)],
         reason="persons arrested since 2002: 'more than 4,380' (Jan 2026) and 'about 4400' (March 2026) agree"),
    dict(refs=[("p04", JOINED, 1659), ("p21", JOINED, 1662)],
         reason="fighters who joined: 1659 (2023) then 1 662 (2024): a running total that rises"),
    dict(refs=[("p27", JOINED, 1640), ("p10", JOINED, 1600)],
         reason="fighters who joined: 'some 1,640' (2018) and 'at least 1600' (2019) agree"),
    dict(refs=[("p27", KILLED, 600), ("p17", KILLED, 700)],
         reason="fighters killed: 'about 600' (2018) then 'more than 700' (2019): a rising total"),
    dict(refs=[("p19", RETURNEES, 250), ("p08", RETURNEES, 258), ("p04", RETURNEES, 270)],
         reason="returnees: 'about 250' (2020), 258 (2022), 270 (2023): a rising total"),
    dict(refs=[("p13", RET_ARR, 130), ("p08", RET_ARR, 132)],
         reason="returnees prosecuted: 'more than 130' (2021) and 132 (2022) agree"),
    dict(refs=[("p10", CELLS, 19), ("p24", CELLS, 19)],
         reason="cells in 2016: 19 in an Arabic interview (2019) and in an English analysis (2023)"),
    dict(refs=[("p21", CELLS, 48), ("p26", CELLS, 41)],
         reason="cells over the past five years: 2019-2024 (48) and 2021-2026 (41) are different periods"),
    dict(refs=[("p22", CELLS, 215), ("p11", CELLS, 220)],
         reason="cells since 2002: 'more than 215' (Sept 2025) then 'more than 220' (March 2026): rising bounds"),
    dict(refs=[("p18", CELLS, 184), ("p01", CELLS, 207)],
         reason="184 cells between 2002 and 2018 (a range) and 207 since 2002 (Nov 2020) are different periods "
         "and agree as a rising total"),
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
        "- In a joint operation only the arrests made in Morocco are a claim ('four in Morocco and two in Spain': "
        "4; the joint total 6 and Spain's 2 are traps); 'the 22nd joint operation since 2014' is an optional `joint_operations` (an ordinal ranks one operation).",
        "- 'Entre 2002 et 2018' is a `range` (start 2002, end 2018), never compared with a running total 'since 2002'.",
        "- Single sub-figures (women, minors, ISIS-linked) carry the total's period and attribution; a number word "
        "(أربعة, sept, douze, cinq, trois, neuf, four, eight) is a claim with `value_text` the word.",
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
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Probe development corpus for ctfacts (Arabic, French, English): untuned everyday coverage, "
        "measured once, with planted inconsistencies and compatible groups. Generated by build.py; see README.md. "
        "Schema: CONTRACT.md and seeds/expected.json.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


def main():
    return run_build(__doc__, HERE, build)


if __name__ == "__main__":
    raise SystemExit(main())
