"""Build the "dates" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) on the two hardest
things to read in counter-terrorism coverage, periods and sources: since a year or an event, single years,
ranges, year to date, months, last N years, weekday events, undated running totals, inherited periods, figures
the text dates itself (as_of); sources before and after the verb, carried by a pronoun, titles without names,
analysts and anonymous security sources; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_dates/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.corpus_kit import (  # noqa: E402
    NP,
    SIDEBAR_RULE,
    A,
    C,
    P,
    T,
    aggregator,
    clean,
    cumul,
    event,
    html,
    lastn,
    meta,
    para,
    readme_sections,
    rng,
    run_build,
    since,
    spec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

# ================================================================ Arabic


def t01():
    pub, outlet = "2024-05-20", "منبر الشمال"
    title = "حصيلة عقدين من مكافحة الإرهاب"
    s1 = (
        "وكشف مصدر من المديرية العامة لمراقبة التراب الوطني أن المصالح المختصة فككت 210 خلية إرهابية "
        "منذ سنة 2002، وفي مقدمتها الخلايا التي تشكلت بعد أحداث 16 ماي 2003."
    )
    s2 = "وأضاف المصدر ذاته أنها أحبطت ما يزيد عن 500 مخطط إرهابي خلال الفترة ذاتها."
    s3 = "وحسب الباحث في الشؤون الأمنية، إدريس الفاسي، فقد عاد نحو 270 مقاتلا إلى المغرب خلال العقد الأخير."
    body = [para(s1, s2), "وأدين أحد المتهمين سنة 2004 بالسجن 20 سنة نافذة.", s3]
    side = ["فوز الرجاء 3-1 على ضيفه", "ارتفاع أسعار الطماطم إلى 12 درهما"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "مصدر من المديرية العامة لمراقبة التراب الوطني")
    per = since("2002", pub, "منذ سنة 2002")
    claims = [
        C("cells_dismantled", 210, "210", s1, per, dgst),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة ذاتها"), dgst,
          q="more_than", qt="ما يزيد عن"),
        C("returnees", 270, "270", s3, lastn(10, pub, "خلال العقد الأخير"), A("analyst", "الباحث في الشؤون الأمنية",
          "إدريس الفاسي"), q="about", qt="نحو"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-1", "sidebar: football score"), T("بالسجن 20 سنة", "prison term"),
             T("16 ماي 2003", "a date, not a count")]  # fmt: skip
    return spec("t01", "aggregator", "ar", text, meta(title, outlet, "Minbar Achamal", pub, fictional=True), claims,
                traps, summary="since 2002 (16 May 2003 a bare date), period inherited by 'خلال الفترة ذاتها' and source by "
                "'المصدر ذاته'; analyst, last decade; prison term, sidebar")  # fmt: skip


def t02():
    pub = "2024-03-12"
    title = "المكتب المركزي للأبحاث القضائية في تسع سنوات"
    s1 = "أعلن مدير المكتب المركزي للأبحاث القضائية أن المكتب فكك 95 خلية منذ إحداثه في مارس 2015."
    s2 = "وأوضح أن عدد الموقوفين بين 2015 و2020 بلغ 1100 شخص."
    s3 = "وفي شهر فبراير الماضي وحده أوقفت عناصر المكتب 14 مشتبها فيهم."
    body = [s1, s2, s3, "وتضم مقرات المكتب 3 طوابق بمدينة سلا.", "وأشاد المدير بتبادل المعلومات مع فرنسا."]
    text = wordpress("ar", "الرباط اليوم", "الرئيسية » وطنية", title, "بقلم: سعاد بناني - 12 مارس 2024", body,
                     ["افتتاح 5 مراكز صحية بالرباط"])  # fmt: skip
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 95, "95", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
        C("persons_arrested", 1100, "1100", s2, rng("2015", "2020", "بين 2015 و2020"), bcij),
        C("persons_arrested", 14, "14", s3, P("month", "2024-02", "2024-02", "في شهر فبراير الماضي"),
          A("BCIJ", "عناصر المكتب")),
    ]  # fmt: skip
    traps = [T("3 طوابق", "building floors"), T("5 مراكز صحية", "related headline"),
             T("تسع سنوات", "a duration in the title")]  # fmt: skip
    return spec("t02", "wordpress", "ar", text, meta(title, "الرباط اليوم", "Rabat Alyawm", pub, fictional=True),
                claims, traps, partners=["FR"], summary="BCIJ director (title, no name): since its creation in March 2015, range "
                "2015-2020, month 'فبراير الماضي'; pronoun carries the source")  # fmt: skip


def t03():
    pub = "2025-10-07"
    title = "المغرب يواصل يقظته الأمنية"
    s1 = "ووفق مصادر أمنية، فقد تم تفكيك 210 خلية إرهابية منذ سنة 2002."
    s2 = "وأوقفت المصالح الأمنية أمس الإثنين ثلاثة أشخاص بمدينة مراكش."
    s3 = "وتفيد إحصائيات سنة 2021 بأن 1659 مغربيا التحقوا بالتنظيمات الإرهابية في سوريا والعراق."
    body = [s1, s2, "وتتراوح أعمارهم بين 22 و35 سنة.", s3]
    text = clean(title, "صدى الجنوب — الثلاثاء 7 أكتوبر 2025", body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "مصادر أمنية")),
        C("persons_arrested", 3, "ثلاثة", s2, event(pub, "أمس الإثنين"), A("unspecified", "المصالح الأمنية")),
        C("fighters_joined", 1659, "1659", s3, cumul("2021"), A("official_unspecified", "إحصائيات سنة 2021"),
          subset="syria_iraq_linked", as_of="2021"),
    ]  # fmt: skip
    traps = [T("بين 22 و35 سنة", "ages")]
    return spec("t03", "clean", "ar", text, meta(title, "صدى الجنوب", "Sada Aljanoub", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="anonymous security sources repeat 210 since 2002 (stale); weekday event; figures dated "
                "by the text (as_of 2021)")  # fmt: skip


def t04():
    pub = "2024-01-15"
    title = "حصيلة السنة الماضية"
    s1 = "وقال وزير الداخلية أمام البرلمان إن المصالح الأمنية فككت 12 خلية إرهابية خلال السنة الماضية."
    s2 = "وأشار النائب البرلماني إلى أن الخلايا المفككة منذ مطلع السنة الجارية بلغت خليتين."
    s3 = "وأكد الوزير أن المغرب أحبط أكثر من 500 مخطط إرهابي منذ أحداث 16 ماي 2003."
    body = [s1, "وقد استغرقت الجلسة 3 ساعات.", s2, s3, "وأشاد الوزير بالتنسيق الأمني مع إسبانيا."]
    text = html("ar", title, "المرصد البرلماني", pub, body, aside=["7 مشاريع قوانين على طاولة اللجنة"])
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2023", "خلال السنة الماضية"), A("MOI", "وزير الداخلية")),
        C("cells_dismantled", 2, "خليتين", s2, ytd(pub, "منذ مطلع السنة الجارية"),
          A("PARLIAMENT", "النائب البرلماني")),
        C("plots_foiled", 500, "500", s3, P("since", "2003-05-16", pub, "منذ أحداث 16 ماي 2003"),
          A("MOI", "الوزير"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("3 ساعات", "duration"), T("7 مشاريع قوانين", "aside headline")]
    return spec("t04", "html", "ar", text, meta(title, "المرصد البرلماني", "Almarsad Albarlamani", pub,
                fictional=True), claims, traps, partners=["ES"],
                summary="interior minister (title) 'السنة الماضية' = 2023; an MP, year to date; dual noun; since an event (16 May 2003), 'الوزير' "
                "carries the minister; partner Spain; "
                "time tag and JSON-LD")  # fmt: skip


def t05():
    pub, outlet = "2025-06-30", "نبض المدينة"
    title = "مخططات إرهابية في مهدها"
    s1 = "وحسب معطيات رسمية، أحبطت المصالح الأمنية 4 مخططات إرهابية منذ مطلع السنة الجارية."
    s2 = "وكانت المعطيات نفسها قد سجلت 9 مخططات خلال سنة 2024 بأكملها."
    body = [s1, s2, "وشارك في العمليات أزيد من 60 عنصرا من القوات الخاصة."]
    side = ["تساقطات مطرية تصل إلى 40 ملم", "الوداد يتعادل 1-1"]
    text = aggregator("ar", side, title, outlet, pub, body)
    off = A("official_unspecified", "معطيات رسمية")
    claims = [
        C("plots_foiled", 4, "4", s1, ytd(pub, "منذ مطلع السنة الجارية"), off),
        C("plots_foiled", 9, "9", s2, yr("2024", "خلال سنة 2024"), A("official_unspecified", "المعطيات نفسها")),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("1-1", "sidebar score"),
        T("40 ملم", "rainfall"),
        T("60 عنصرا", "agents deployed"),
    ]
    return spec("t05", "aggregator", "ar", text, meta(title, outlet, "Nabd Almadina", pub, fictional=True), claims,
                traps, summary="official data, source before the verb ('حسب'): year to date, then a whole year "
                "carried by 'المعطيات نفسها'; agents, rainfall, sidebar")  # fmt: skip


def t06():
    pub = "2025-09-15"
    title = "الحكومة تعرض حصيلة مكافحة التطرف"
    s1 = "وفي شهر غشت الماضي، فككت المديرية العامة لمراقبة التراب الوطني 3 خلايا موالية لتنظيم داعش."
    s2 = "من جهته، قال الناطق الرسمي باسم الحكومة إن 1100 شخص أوقفوا بين 2015 و2020."
    body = [s1, s2, "وعقد المجلس الحكومي اجتماعه الأسبوعي الذي دام 4 ساعات."]
    text = wordpress("ar", "أخبار الساحل", "الرئيسية » سياسة", title, "بقلم: هشام الودغيري - 15 شتنبر 2025",
                     body, ["تعيين 12 عاملا جديدا"])  # fmt: skip
    claims = [
        C("cells_dismantled", 3, "3", s1, P("month", "2025-08", "2025-08", "في شهر غشت الماضي"),
          A("DGST", "المديرية العامة لمراقبة التراب الوطني"), subset="isis_linked"),
        C("persons_arrested", 1100, "1100", s2, rng("2015", "2020", "بين 2015 و2020"),
          A("GOV", "الناطق الرسمي باسم الحكومة")),
    ]  # fmt: skip
    traps = [T("4 ساعات", "duration"), T("12 عاملا", "related headline: appointments")]
    return spec("t06", "wordpress", "ar", text, meta(title, "أخبار الساحل", "Akhbar Assahil", pub, fictional=True),
                claims, traps, summary="month 'غشت الماضي' (Moroccan month name) = 2025-08; the government "
                "spokesman (title) repeats t02's 1100 for 2015-2020")  # fmt: skip


def t07():
    pub = "2024-11-25"
    title = "المقاتلون المغاربة بين العودة والاعتقال"
    s1 = "وقدر مركز الأطلس للدراسات الاستراتيجية عدد المغاربة المعتقلين في سوريا والعراق بنحو 300 شخص."
    s2 = "وعاد 45 مقاتلا إلى المغرب في السنوات الثلاث الأخيرة، بحسب المركز ذاته."
    body = [s1, s2, "وصدر التقرير في 80 صفحة."]
    text = clean(title, "الملاحظ — الإثنين 25 نونبر 2024", body)
    center = A("analyst", "مركز الأطلس للدراسات الاستراتيجية")
    claims = [
        C("fighters_detained_abroad", 300, "300", s1, cumul(pub), center, q="about", qt="بنحو"),
        C("returnees", 45, "45", s2, lastn(3, pub, "في السنوات الثلاث الأخيرة"), A("analyst", "المركز ذاته")),
    ]  # fmt: skip
    traps = [T("80 صفحة", "report length")]
    return spec("t07", "clean", "ar", text, meta(title, "الملاحظ", "Almoulahid", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="a think tank: detained abroad with no period (unspecified); last three years carried "
                "by 'المركز ذاته'")  # fmt: skip


def t08():
    pub = "2025-12-08"
    title = "توقيف خمسة متطرفين بسلا"
    s1 = "أوقف المكتب المركزي للأبحاث القضائية يوم السبت خمسة أشخاص بمدينة سلا."
    s2 = "وبذلك يرتفع عدد الخلايا التي فككها المكتب منذ 2015 إلى 100 خلية، حسب بلاغ له."
    body = [s1, s2, "وحجزت لدى الموقوفين 6 هواتف محمولة."]
    text = html("ar", title, "سلا نيوز", pub, body, time_tag=False, jsonld=True)
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "يوم السبت"), bcij),
        C("cells_dismantled", 100, "100", s2, since("2015", pub, "منذ 2015"), A("BCIJ", "بلاغ له")),
    ]  # fmt: skip
    traps = [T("6 هواتف", "seized items"), T("توقيف خمسة متطرفين", "title figure the body repeats")]
    return spec("t08", "html", "ar", text, meta(title, "سلا نيوز", "Sala News", pub, fictional=True), claims,
                traps, summary="weekday 'يوم السبت'; BCIJ 100 since 2015; JSON-LD alone")  # fmt: skip


def t09():
    pub, outlet = "2026-01-10", "الجريدة المغاربية"
    title = "مدير الأمن يستعرض حصيلة 2025"
    s1 = "وقال المدير العام للأمن الوطني ومراقبة التراب الوطني إن مصالحه فككت 220 خلية إرهابية منذ 2002."
    s2 = "وخلال سنة 2025، أوقفت هذه المصالح 70 شخصا للاشتباه في تورطهم في قضايا الإرهاب."
    body = [s1, s2, "وتم تخصيص 300 مليون درهم لتحديث المعدات."]
    side = ["ارتفاع عدد السياح بنسبة 12 في المائة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dg = A("DGST", "المدير العام للأمن الوطني ومراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "منذ 2002"), dg),
        C("persons_arrested", 70, "70", s2, yr("2025", "خلال سنة 2025"), A("DGST", "هذه المصالح")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("300 مليون درهم", "money"), T("12 في المائة", "sidebar percentage")]
    return spec("t09", "aggregator", "ar", text, meta(title, outlet, "Aljarida Almaghribiya", pub, fictional=True),
                claims, traps, summary="the DGSN-DGST director general (title): 220 since 2002; a single year "
                "carried by 'هذه المصالح'; money")  # fmt: skip


def t10():
    pub = "2025-04-02"
    title = "ملف العائدين من بؤر التوتر"
    s1 = "وتفيد حصيلة أعدتها الجريدة بأن 137 عائدا أحيلوا على القضاء فور وصولهم."
    s2 = "وطالب نائب برلماني بتسريع إعادة الأطفال العالقين في المخيمات."
    body = [s1, s2, "ويبلغ عمر أصغرهم 9 سنوات."]
    text = clean(title, "المستقل — الأربعاء 2 أبريل 2025", body)
    claims = [
        C("returnees_arrested", 137, "137", s1, cumul(pub), A("unspecified")),
    ]
    traps = [T("9 سنوات", "age")]
    return spec("t10", "clean", "ar", text, meta(title, "المستقل", "Almoustaqil", pub, fictional=True), claims,
                traps, summary="the outlet's own tally, no period (unspecified, raw null); an MP who gives no "
                "figure; age")  # fmt: skip


# ================================================================ French


def t11():
    pub, outlet = "2025-02-10", "Le Courrier du Détroit"
    title = "Terrorisme : le bilan de deux décennies"
    s1 = "Plus de 200 cellules terroristes ont été démantelées depuis 2002, selon le directeur général de la DGSN-DGST."
    s2 = "D'après le porte-parole du gouvernement, une trentaine de projets d'attentats ont été déjoués de 2016 à 2019."
    body = [
        s1,
        s2,
        "Le dispositif mobilise 4 000 agents.",
        "Il a salué la coopération avec les services américains.",
    ]
    side = ["Le WAC s'impose 2-0", "Hausse de 8 % du trafic aérien"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 200, "200", s1, since("2002", pub, "depuis 2002"),
          A("DGST", "le directeur général de la DGSN-DGST"), q="more_than", qt="Plus de"),
        C("plots_foiled", 30, "une trentaine", s2, rng("2016", "2019", "de 2016 à 2019"),
          A("GOV", "le porte-parole du gouvernement"), q="about", qt="une trentaine"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("2-0", "sidebar score"),
        T("4 000 agents", "staff, not a counter-terrorism count"),
    ]
    return spec("t11", "aggregator", "fr", text, meta(title, outlet, "Le Courrier du Detroit", pub, fictional=True),
                claims, traps, partners=["US"], summary="'selon' after the clause: DG of DGSN-DGST (title), more than 200 since 2002; "
                "'D'après' the government spokesman, range de 2016 à 2019")  # fmt: skip


def t12():
    pub = "2025-06-18"
    title = "Retour des combattants : les chiffres"
    s1 = (
        "Au total, 4400 personnes ont été interpellées dans des affaires de terrorisme depuis 2002, "
        "indique la DGSN dans son rapport."
    )
    s2 = "Sur les 300 revenants, 200 rentraient de Syrie et 90 d'Irak, précise le même rapport."
    body = [s1, s2, "Le rapport compte 96 pages."]
    text = wordpress("fr", "Atlas Hebdo", "Accueil » Sécurité", title, "Par Karim Tazi - 18 juin 2025", body,
                     ["Les 10 plages les plus propres"])  # fmt: skip
    dgsn = A("DGSN", "la DGSN")
    claims = [
        C("persons_arrested", 4400, "4400", s1, since("2002", pub, "depuis 2002"), dgsn),
        C("returnees", 300, "300", s2, cumul(pub), dgsn),
        C("returnees", 200, "200", s2, cumul(pub), dgsn, subset="syria"),
        C("returnees", 90, "90", s2, cumul(pub), dgsn, subset="iraq"),
    ]  # fmt: skip
    traps = [T("96 pages", "report length"), T("Les 10 plages", "related headline")]
    return spec("t12", "wordpress", "fr", text, meta(title, "Atlas Hebdo", "Atlas Hebdo", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="verb after the figure ('indique la DGSN'); undated running total of "
                "returnees: 200 from Syria + 90 from Iraq != 300 (planted); 4400 since 2002")  # fmt: skip


def t13():
    pub = "2025-03-20"
    title = "Le BCIJ fête ses dix ans"
    s1 = "Le BCIJ a démantelé 91 cellules depuis sa création en mars 2015, selon des chiffres officiels."
    s2 = "Au cours des cinq dernières années, quelque 600 suspects ont été arrêtés par le bureau."
    s3 = "Avant-hier mardi, il a interpellé cinq personnes à Agadir."
    body = [s1, s2, s3, "Le bureau emploie 180 enquêteurs."]
    text = clean(title, "La Vigie du Souss — jeudi 20 mars 2025", body)
    claims = [
        C("cells_dismantled", 91, "91", s1, since("2015-03", pub, "depuis sa création en mars 2015"),
          A("official_unspecified", "des chiffres officiels")),
        C("persons_arrested", 600, "600", s2, lastn(5, pub, "Au cours des cinq dernières années"),
          A("BCIJ", "le bureau"), q="about", qt="quelque"),
        C("persons_arrested", 5, "cinq", s3, event(pub, "Avant-hier mardi"), A("BCIJ", "il")),
    ]  # fmt: skip
    traps = [T("180 enquêteurs", "staff")]
    return spec("t13", "clean", "fr", text, meta(title, "La Vigie du Souss", "La Vigie du Souss", pub,
                fictional=True), claims, traps, summary="since its creation in March 2015: 91 (below t02's 95, "
                "planted); last five years; 'Avant-hier' event, pronoun 'il' carries the BCIJ")  # fmt: skip


def t14():
    pub = "2024-09-16"
    title = "Neuf mois d'opérations antiterroristes"
    s1 = "Depuis janvier, la DGST a démantelé 11 cellules, a affirmé une source de la DGST."
    s2 = "En octobre dernier, les services avaient arrêté 17 suspects, rappelle la même source."
    body = [s1, s2, "L'opération a duré 48 heures."]
    text = html("fr", title, "Le Matin du Rif", pub, body, time_tag=True, jsonld=False)
    src = A("DGST", "la même source")
    claims = [
        C("cells_dismantled", 11, "11", s1, ytd(pub, "Depuis janvier"), A("DGST", "une source de la DGST")),
        C("persons_arrested", 17, "17", s2, P("month", "2023-10", "2023-10", "En octobre dernier"), src),
    ]  # fmt: skip
    traps = [T("48 heures", "duration")]
    return spec("t14", "html", "fr", text, meta(title, "Le Matin du Rif", "Le Matin du Rif", pub, fictional=True),
                claims, traps, summary="DGST 11 cells 'Depuis janvier' 2024 (t22's 9 for 2024 is below: planted); "
                "'En octobre dernier' = 2023-10; time tag alone")  # fmt: skip


def t15():
    pub, outlet = "2022-12-30", "L'Écho de l'Oriental"
    title = "Bilan 2022 de la lutte antiterroriste"
    s1 = "Selon le ministre de l'Intérieur, 14 cellules terroristes ont été démantelées en 2022."
    s2 = "Au cours de la même période, quelque 120 suspects ont été arrêtés, a-t-il ajouté."
    body = [s1, s2, "La réunion a rassemblé 35 gouverneurs."]
    side = ["Le Raja gagne 3-0", "Essence : +2 dirhams"]
    text = aggregator("fr", side, title, outlet, pub, body)
    moi = A("MOI", "le ministre de l'Intérieur")
    claims = [
        C("cells_dismantled", 14, "14", s1, yr("2022", "en 2022"), moi),
        C("persons_arrested", 120, "120", s2, yr("2022", "Au cours de la même période"), moi, q="about",
          qt="quelque"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-0", "sidebar score"), T("35 gouverneurs", "officials at a meeting")]
    return spec("t15", "aggregator", "fr", text, meta(title, outlet, "L'Echo de l'Oriental", pub, fictional=True),
                claims, traps, summary="'Selon' the interior minister (title): 14 cells in 2022; 'la même "
                "période' inherited and 'a-t-il ajouté' carries the minister")  # fmt: skip


def t16():
    pub = "2025-10-22"
    title = "Oujda : nouvelles interpellations"
    s1 = "En septembre dernier, 6 suspects ont été interpellés dans la région, d'après la DGSN."
    s2 = "Lundi, trois autres personnes ont été arrêtées à Oujda, a indiqué la même source."
    body = [s1, s2, "Les enquêteurs ont saisi 2 ordinateurs."]
    text = wordpress("fr", "Oujda Info", "Accueil » Régions", title, "Par Samir Lahlou - 22 octobre 2025", body,
                     ["Les 7 merveilles de Figuig"])  # fmt: skip
    claims = [
        C("persons_arrested", 6, "6", s1, P("month", "2025-09", "2025-09", "En septembre dernier"),
          A("DGSN", "la DGSN")),
        C("persons_arrested", 3, "trois", s2, event(pub, "Lundi"), A("DGSN", "la même source")),
    ]  # fmt: skip
    traps = [T("2 ordinateurs", "seized items"), T("Les 7 merveilles", "related headline")]
    return spec("t16", "wordpress", "fr", text, meta(title, "Oujda Info", "Oujda Info", pub, fictional=True),
                claims, traps, summary="'d'après' after the clause: month 'septembre dernier'; weekday 'Lundi' "
                "carried by 'la même source'")  # fmt: skip


def t17():
    pub = "2025-05-05"
    title = "Combattants marocains : une décennie plus tard"
    s1 = "Pour le politologue Youssef Berrada, près de 1600 Marocains ont rejoint la Syrie et l'Irak depuis 2012."
    s2 = "Il estime qu'environ 300 d'entre eux sont revenus au pays."
    body = [s1, s2, "Il a publié 3 livres sur la question."]
    text = clean(title, "Regards du Sud — lundi 5 mai 2025", body)
    an = A("analyst", "le politologue", "Youssef Berrada")
    claims = [
        C("fighters_joined", 1600, "1600", s1, since("2012", pub, "depuis 2012"), an, q="about", qt="près de",
          subset="syria_iraq_linked"),
        C("returnees", 300, "300", s2, cumul(pub), A("analyst", "Il", "Youssef Berrada"), q="about", qt="environ"),
    ]  # fmt: skip
    traps = [T("3 livres", "books")]
    return spec("t17", "clean", "fr", text, meta(title, "Regards du Sud", "Regards du Sud", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="a named analyst: since 2012; the pronoun 'Il' carries him to an undated total")  # fmt: skip


def t18():
    pub = "2026-02-03"
    title = "Les revenants au cœur du débat"
    s1 = "D'après les chiffres de 2022, 260 combattants étaient rentrés au Maroc."
    s2 = "Un député a avancé le chiffre de 2000 jeunes partis depuis 2013."
    body = [s1, s2, "La séance a duré 5 heures."]
    text = html("fr", title, "Hebdo Parlement", pub, body, time_tag=True, jsonld=True)
    claims = [
        C("returnees", 260, "260", s1, cumul("2022"), A("official_unspecified", "les chiffres de 2022"),
          as_of="2022"),
        C("fighters_joined", 2000, "2000", s2, since("2013", pub, "depuis 2013"), A("PARLIAMENT", "Un député")),
    ]  # fmt: skip
    traps = [T("5 heures", "duration")]
    return spec("t18", "html", "fr", text, meta(title, "Hebdo Parlement", "Hebdo Parlement", pub, fictional=True),
                claims, traps, summary="figures the text dates ('les chiffres de 2022': as_of 2022); an MP, since "
                "2013")  # fmt: skip


# ================================================================ English


def t19():
    pub, outlet = "2025-06-02", "Maghreb Ledger"
    title = "Morocco's counter-terrorism record in numbers"
    s1 = "Over the past decade Morocco dismantled more than 90 cells linked to ISIS, analysts at the Atlas Policy Forum said."
    s2 = "According to the DGST, 215 cells have been dismantled since 2002."
    body = [s1, s2, "The forum published 12 reports in 2024.", "It credits intelligence sharing with Spain."]
    side = ["Raja beat Wydad 2-1", "Dirham steady at 10.8 to the dollar"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 90, "90", s1, lastn(10, pub, "Over the past decade"),
          A("analyst", "analysts at the Atlas Policy Forum"), q="more_than", qt="more than", subset="isis_linked"),
        C("cells_dismantled", 215, "215", s2, since("2002", pub, "since 2002"), A("DGST", "the DGST")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-1", "sidebar score"), T("12 reports", "publications")]
    return spec("t19", "aggregator", "en", text, meta(title, outlet, "Maghreb Ledger", pub, fictional=True), claims,
                traps, partners=["ES"], summary="think tank, past decade; 'According to the DGST' 215 since 2002")  # fmt: skip


def t20():
    pub = "2024-02-05"
    title = "Police tally last year's operations"
    s1 = "The DGSN said 15 terrorist cells were dismantled last year."
    s2 = "Over the same period, 160 suspects were arrested, it added."
    body = [s1, s2, "The police report runs to 40 pages.", "It credited joint work with Belgium."]
    text = wordpress("en", "Casablanca Courier", "Home » Security", title, "By Leila Amrani - 5 February 2024",
                     body, ["5 tips for Ramadan"])  # fmt: skip
    moi = A("DGSN", "The DGSN")
    claims = [
        C("cells_dismantled", 15, "15", s1, yr("2023", "last year"), moi),
        C("persons_arrested", 160, "160", s2, yr("2023", "Over the same period"), moi),
    ]  # fmt: skip
    traps = [T("40 pages", "report length"), T("5 tips", "related headline")]
    return spec("t20", "wordpress", "en", text, meta(title, "Casablanca Courier", "Casablanca Courier", pub,
                fictional=True), claims, traps, partners=["BE"], summary="'last year' = 2023: 15 cells (t04's 12, planted); "
                "'Over the same period' inherited, 'it' carries the DGSN")  # fmt: skip


def t21():
    pub = "2025-11-03"
    title = "Suspects held in Tetouan raid"
    s1 = "Police arrested four suspects on Saturday in Tetouan, the DGSN said."
    s2 = (
        "Some 44000 people have been arrested in terrorism cases since 2002, the newspaper's own tally shows."
    )
    s3 = "So far this year, the BCIJ has dismantled seven cells, its director told reporters."
    body = [s1, s2, s3, "The suspects are aged 19 to 30 and had planned to travel to Mali."]
    text = clean(title, "Northern Dispatch — Monday 3 November 2025", body)
    claims = [
        C("persons_arrested", 4, "four", s1, event(pub, "on Saturday"), A("DGSN", "the DGSN")),
        C("persons_arrested", 44000, "44000", s2, since("2002", pub, "since 2002"), A("unspecified"),
          q="about", qt="Some"),
        C("cells_dismantled", 7, "seven", s3, ytd(pub, "So far this year"), A("BCIJ", "the BCIJ")),
    ]  # fmt: skip
    traps = [T("aged 19 to 30", "ages")]
    return spec("t21", "clean", "en", text, meta(title, "Northern Dispatch", "Northern Dispatch", pub,
                fictional=True), claims, traps, not_partners=[NP("ML", "Mali", "a destination, not a partner")],
                summary="weekday event; the outlet's own tally 44000 (ten times "
                "t12's 4400, planted); year to date")  # fmt: skip


def t22():
    pub = "2025-01-22"
    title = "DGST reviews 2024"
    s1 = "In 2024 the DGST dismantled nine cells, it said in its annual review."
    s2 = "Between 2012 and the end of 2016, 1,600 Moroccans joined militant groups in Syria and Iraq, the review recalls."
    body = [s1, s2, "Cooperation with Spain and France produced 8 joint tips."]
    text = html("en", title, "Rabat Observer", pub, body, time_tag=False, jsonld=True)
    dgst = A("DGST", "the DGST")
    claims = [
        C("cells_dismantled", 9, "nine", s1, yr("2024", "In 2024"), dgst),
        C("fighters_joined", 1600, "1,600", s2, rng("2012", "2016", "Between 2012 and the end of 2016"), dgst,
          subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [T("8 joint tips", "a vague count of tips, not a metric of the contract")]
    return spec("t22", "html", "en", text, meta(title, "Rabat Observer", "Rabat Observer", pub, fictional=True),
                claims, traps, partners=["ES", "FR"],
                not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="DGST nine cells in 2024 (below its 11 by September: planted); range 2012 to end of 2016; "
                "JSON-LD alone; partners Spain, France")  # fmt: skip


def t23():
    pub = "2025-09-01"
    title = "Summer sweep nets suspects"
    s1 = "In August, security services arrested 12 suspects, a government spokesman said."
    s2 = "In the past three years, the DGSN says, 35 cells were broken up."
    body = [s1, s2, "The spokesman spoke for 20 minutes."]
    text = wordpress("en", "Atlantic Post", "Home » Nation", title, "By Omar Idrissi - 1 September 2025", body,
                     ["Top 10 beaches"])  # fmt: skip
    claims = [
        C("persons_arrested", 12, "12", s1, P("month", "2025-08", "2025-08", "In August"),
          A("GOV", "a government spokesman")),
        C("cells_dismantled", 35, "35", s2, lastn(3, pub, "In the past three years"), A("DGSN", "the DGSN")),
    ]  # fmt: skip
    traps = [T("20 minutes", "duration"), T("Top 10 beaches", "related headline")]
    return spec("t23", "wordpress", "en", text, meta(title, "Atlantic Post", "Atlantic Post", pub, fictional=True),
                claims, traps, summary="month 'In August'; source inside the clause ('the DGSN says'), past three "
                "years")  # fmt: skip


def t24():
    pub = "2026-03-10"
    title = "Two brothers held in Fez"
    s1 = "On Monday the BCIJ arrested two brothers in Fez."
    s2 = "Since January, eight cells have been dismantled, according to an official source."
    body = [s1, s2, "The brothers are 24 and 27 years old."]
    text = clean(title, "Fez Daily — Tuesday 10 March 2026", body)
    claims = [
        C("persons_arrested", 2, "two", s1, event(pub, "On Monday"), A("BCIJ", "the BCIJ")),
        C("cells_dismantled", 8, "eight", s2, ytd(pub, "Since January"),
          A("official_unspecified", "an official source")),
    ]  # fmt: skip
    traps = [T("24 and 27 years old", "ages")]
    return spec("t24", "clean", "en", text, meta(title, "Fez Daily", "Fez Daily", pub, fictional=True), claims,
                traps, summary="weekday 'On Monday'; 'Since January' year to date, 'according to' an official "
                "source")  # fmt: skip


ARTICLES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16, t17, t18,
            t19, t20, t21, t22, t23, t24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "dates-stale", "kind": "stale_figure",
     "refs": [("t01", "cells_dismantled", 210), ("t19", "cells_dismantled", 215), ("t03", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002/2003: 210 (May 2024), 215 (June 2025); security sources repeat 210 "
                    "in October 2025"},
    {"id": "dates-decrease", "kind": "cumulative_decrease",
     "refs": [("t02", "cells_dismantled", 95), ("t13", "cells_dismantled", 91)],
     "explanation": "BCIJ cells since March 2015: 95 (March 2024) then 91 (March 2025)"},
    {"id": "dates-arithmetic", "kind": "internal_arithmetic",
     "refs": [("t12", "returnees", 300), ("t12", "returnees", 200, "syria"), ("t12", "returnees", 90, "iraq")],
     "explanation": "300 returnees said to be 200 from Syria and 90 from Iraq = 290, not 300"},
    {"id": "dates-implausible", "kind": "implausible_value",
     "refs": [("t12", "persons_arrested", 4400), ("t21", "persons_arrested", 44000)],
     "explanation": "44000 people arrested since 2002, ten times the 4400 the DGSN gives"},
    {"id": "dates-partial", "kind": "partial_exceeds_whole",
     "refs": [("t14", "cells_dismantled", 11), ("t22", "cells_dismantled", 9)],
     "explanation": "the DGST dismantled 11 cells from January to mid-September 2024, then 9 for the whole of 2024"},
    {"id": "dates-disagree", "kind": "same_period_disagreement",
     "refs": [("t04", "cells_dismantled", 12), ("t20", "cells_dismantled", 15)],
     "explanation": "cells dismantled in 2023: 12 (interior minister, 'السنة الماضية', January 2024) against 15 "
                    "(DGSN, 'last year', February 2024)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("t12", "returnees", 300), ("t17", "returnees", 300)],
     "reason": "about 300 returnees (an analyst, May 2025) and 300 (the DGSN, June 2025): undated totals that agree"},
    {"refs": [("t18", "returnees", 260), ("t12", "returnees", 300)],
     "reason": "260 returnees as of 2022, then 300 in 2025: a running total that rises"},
    {"refs": [("t02", "persons_arrested", 1100), ("t06", "persons_arrested", 1100)],
     "reason": "1100 arrested between 2015 and 2020: the BCIJ director and the government spokesman agree"},
    {"refs": [("t02", "cells_dismantled", 95), ("t08", "cells_dismantled", 100)],
     "reason": "the BCIJ's cells since 2015 rise from 95 (March 2024) to 100 (December 2025)"},
    {"refs": [("t19", "cells_dismantled", 215), ("t09", "cells_dismantled", 220)],
     "reason": "cells since 2002 rise from 215 (June 2025) to 220 (January 2026)"},
    {"refs": [("t01", "plots_foiled", 500), ("t04", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled, since 2002 and since 16 May 2003, both bounds that agree"},
    {"refs": [("t17", "fighters_joined", 1600, "syria_iraq_linked"),
              ("t22", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "about 1600 since 2012 and 1,600 from 2012 to 2016: the same magnitude, different periods"},
    {"refs": [("t11", "cells_dismantled", 200), ("t19", "cells_dismantled", 215)],
     "reason": "'plus de 200' (February 2025) admits 215 (June 2025)"},
    {"refs": [("t01", "cells_dismantled", 210), ("t11", "cells_dismantled", 200)],
     "reason": "210 (May 2024) and 'plus de 200' (February 2025) agree"},
    {"refs": [("t03", "fighters_joined", 1659, "syria_iraq_linked"),
              ("t22", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "1659 as of 2021 (cumulative) and 1,600 from 2012 to 2016: different periods"},
]  # fmt: skip

CONVENTIONS = """\
- **Since an event or a creation** ("منذ أحداث 16 ماي 2003", "depuis sa création en mars 2015") is `since` with
  start at the precision the text gives (2003-05-16, 2015-03); the national totals since 16 May 2003 and since
  2002 are one series.
- **Relative periods** are resolved from the byline: "السنة الماضية", "last year" = the byline's year − 1;
  "في شهر فبراير الماضي", "En octobre dernier" = the last such month before the byline (a `month`);
  "Avant-hier" = byline − 2 days (`event`); "أمس الإثنين", "on Saturday" = the last such weekday on or before it;
  "خلال العقد الأخير", "Over the past decade" = `last_n_years` n=10; "Au cours des cinq dernières années" n=5.
- **Year to date**: "منذ مطلع السنة الجارية", "Depuis janvier", "So far this year".
- **Ranges**: "بين 2015 و2020", "de 2016 à 2019", "Between 2012 and the end of 2016" (start and end years).
- **Inherited periods**: "خلال الفترة ذاتها", "Over the same period" take the previous sentence's period (its
  text is the inheriting phrase).
- **Undated running totals** ("Sur les 300 revenants") are `cumulative_unspecified` ending at the byline.
- **Figures the text dates** ("إحصائيات سنة 2021") carry `as_of` 2021; their cumulative period ends then.
- **Sources**: titles without names map to bodies (BCIJ director → BCIJ, DG of DGSN-DGST → DGST, interior
  minister → MOI, government spokesman → GOV, an MP → PARLIAMENT); "مصادر أمنية", "une source sécuritaire",
  "des chiffres officiels" → `official_unspecified`; a named researcher or a think tank → `analyst`; the
  outlet's own tally → `unspecified` with raw null; "المصدر ذاته", "la même source", "il", "it" carry the previous
  attribution.
- **Bounds** agree as in CONTRACT.md: "plus de 200" admits 210 and 215.
- **Traps**: ages, prison terms, durations, staff numbers, page counts, scores, sidebar and related headlines,
  bare dates.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, tests/corpus_kit.py, tests/corpus_gold_checks.py
and the structure of tests/corpus_regions were read; no engine code, and the engine was never run on these files.
Real Moroccan coverage read through the search tool (tallies since 2002 and since the BCIJ's creation in 2015,
"more than 500" plots, "more than 4,300" arrested, yearly breakdowns) confirmed the magnitudes; no sentence was
copied, all outlets and people are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_dates: periods and sources",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on periods and sources.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_dates/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_dates_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_dates --json > /tmp/dates.json",
        "    ../shared/tools/score.py tests/corpus_dates/expected.json /tmp/dates.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'dates': periods (since, year, range, year to date, month, last N years, "
        "event, cumulative, inherited, as_of) and sources in every position; 24 invented articles ar/fr/en. "
        "Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
