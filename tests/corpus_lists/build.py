"""Build the "lists" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) on the figures a
reader finds in enumerations, breakdowns and number words: year-by-year and zone-by-zone lists where only the
first item carries the counted noun, breakdowns of a total and remainders, number words in every case (Arabic
accusative, genitive and dual forms, French and English compounds and approximations), digits with narrow and
ordinary no-break spaces, commas and dots, Arabic-Indic digits, a number followed by a verb with no counted noun,
key-figure boxes and bullet lines, percent shares; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_lists/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text; several claims of one enumeration share their sentence.
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

NNBSP = "\u202f"  # narrow no-break space, a thousands separator
NBSP = "\u00a0"  # no-break space, a thousands separator


def pct(claim):
    """A percent share of a counted whole: the whole's metric, the share's subset, unit percent."""
    claim["unit"] = "percent"
    return claim


# ================================================================ Arabic


def l01():
    pub, outlet = "2024-02-10", "نافذة الأطلس"
    title = "ثلاث سنوات من تفكيك الخلايا"
    s1 = "وأفاد مصدر أمني أن المصالح المختصة فككت 21 خلية إرهابية سنة 2015 و19 سنة 2016 و9 سنة 2017."
    s2 = "وارتبطت 18 خلية من خلايا سنة 2015 بتنظيم داعش، بحسب المصدر نفسه."
    body = [para(s1, s2), "وتراوحت أعمار الموقوفين بين 19 و45 سنة."]
    side = ["الوداد يفوز 2-0 على ضيفه", "أمطار رعدية مرتقبة بعدد من الأقاليم"]
    text = aggregator("ar", side, title, outlet, pub, body)
    src = A("official_unspecified", "مصدر أمني")
    claims = [
        C("cells_dismantled", 21, "21", s1, yr("2015", "سنة 2015"), src),
        C("cells_dismantled", 19, "19", s1, yr("2016", "سنة 2016"), src),
        C("cells_dismantled", 9, "9", s1, yr("2017", "سنة 2017"), src),
        C("cells_dismantled", 18, "18", s2, yr("2015", "سنة 2015"), A("official_unspecified", "المصدر نفسه"),
          subset="isis_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("بين 19 و45 سنة", "ages")]
    return spec("l01", "aggregator", "ar", text, meta(title, outlet, "Nafidat Al-Atlas", pub, fictional=True),
                claims, traps, summary="year after the number, noun on the first item only (21 خلية ... و19 ... و9); "
                "ISIS-linked part of 2015; ages, sidebar score")  # fmt: skip


def l02():
    pub, outlet = "2024-04-02", "صوت الرباط"
    title = "أرقام المكتب المركزي للأبحاث القضائية"
    s1 = (
        "وحسب إحصائيات المكتب المركزي للأبحاث القضائية، بلغ عدد الموقوفين في قضايا الإرهاب سنة 2015 ما مجموعه "
        "275 شخصا، وفي 2016 ما مجموعه 244، ثم 186 خلال 2017."
    )
    s2 = "وأوضحت الإحصائيات ذاتها أن سبعة وأربعين عادوا إلى المغرب سنة 2016، 39 منهم من سوريا والعراق و8 من ليبيا."
    body = [
        s1,
        s2,
        "وأشاد التقرير بتبادل المعلومات مع إسبانيا.",
        "ويبلغ ثمن النسخة الورقية من التقرير 100 درهم.",
    ]
    text = wordpress("ar", outlet, "الرئيسية » أمن", title, "بقلم: نزهة العلوي - 2 أبريل 2024", body,
                     ["افتتاح 4 ملاعب للقرب بسلا"])  # fmt: skip
    bcij = A("BCIJ", "إحصائيات المكتب المركزي للأبحاث القضائية")
    same = A("BCIJ", "الإحصائيات ذاتها")
    claims = [
        C("persons_arrested", 275, "275", s1, yr("2015", "سنة 2015"), bcij),
        C("persons_arrested", 244, "244", s1, yr("2016", "في 2016"), bcij),
        C("persons_arrested", 186, "186", s1, yr("2017", "خلال 2017"), bcij),
        C("returnees", 47, "سبعة وأربعين", s2, yr("2016", "سنة 2016"), same),
        C("returnees", 39, "39", s2, yr("2016", "سنة 2016"), same, subset="syria_iraq_linked"),
        C("returnees", 8, "8", s2, yr("2016", "سنة 2016"), same, subset="libya"),
    ]  # fmt: skip
    traps = [T("100 درهم", "money"), T("4 ملاعب", "related headline")]
    return spec("l02", "wordpress", "ar", text, meta(title, outlet, "Sawt Arribat", pub, fictional=True), claims,
                traps, partners=["ES"], not_partners=[NP("LY", "ليبيا", "origin of returnees")],
                summary="year before the number ('سنة 2015 ما مجموعه 275 شخصا، وفي 2016 ما مجموعه 244'); "
                "'سبعة وأربعين عادوا' (number word + verb, no noun) and its zone breakdown; money")  # fmt: skip


def l03():
    pub = "2024-06-18"
    title = "عقدان من إحباط المخططات"
    s1 = (
        "ومنذ سنة 2002، أحبطت الأجهزة الأمنية أكثر من 500 مخطط إرهابي، حسب ما أكده المدير العام للأمن الوطني "
        "ومراقبة التراب الوطني."
    )
    s2 = "ومنذ مطلع السنة الجارية، أحبطت المصالح ذاتها مخططين كانا يستهدفان منشآت حيوية."
    s3 = "وتعود أولى هذه الملفات إلى تفجيرات 16 ماي 2003 بالدار البيضاء."
    body = [s1, s2, s3, "ويمكن للمواطنين التبليغ عبر الرقم 0537 71 22 33."]
    text = clean(title, "أصداء الريف — الثلاثاء 18 يونيو 2024", body)
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "منذ سنة 2002"),
          A("DGST", "المدير العام للأمن الوطني ومراقبة التراب الوطني"), q="more_than", qt="أكثر من"),
        C("plots_foiled", 2, "مخططين", s2, ytd(pub, "منذ مطلع السنة الجارية"), A("DGST", "المصالح ذاتها")),
    ]  # fmt: skip
    traps = [T("16 ماي 2003", "a date"), T("0537 71 22 33", "a phone number")]
    return spec("l03", "clean", "ar", text, meta(title, "أصداء الريف", "Asdae Arrif", pub, fictional=True), claims,
                traps, summary="dual in the accusative ('مخططين'), year to date; more than 500 since 2002; a bare "
                "date and a phone number")  # fmt: skip


def l04():
    pub = "2024-05-14"
    title = "وزير الداخلية يعرض الحصيلة"
    s1 = "وقال وزير الداخلية إن المصالح الأمنية فككت منذ سنة 2002 أزيد من مائتي خلية إرهابية."
    s2 = "وأضاف الوزير أن 745 لقوا حتفهم في سوريا والعراق، وأن 270 عادوا إلى أرض الوطن."
    body = [s1, s2, "وذكّر بمقتضيات القانون 03.03 المتعلق بمكافحة الإرهاب.",
            "ونوه بالتنسيق مع فرنسا وبلجيكا في تبادل المعلومات."]  # fmt: skip
    text = html("ar", title, "المرصد الأمني", pub, body, aside=["5 مشاريع جديدة بجهة سوس"])
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("cells_dismantled", 200, "مائتي", s1, since("2002", pub, "منذ سنة 2002"), moi, q="more_than",
          qt="أزيد من"),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("MOI", "الوزير"), subset="syria_iraq_linked"),
        C("returnees", 270, "270", s2, cumul(pub), A("MOI", "الوزير")),
    ]  # fmt: skip
    traps = [T("03.03", "law number"), T("5 مشاريع", "aside headline")]
    return spec("l04", "html", "ar", text, meta(title, "المرصد الأمني", "Almarsad Alamni", pub, fictional=True),
                claims, traps, partners=["FR", "BE"],
                not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="genitive hundreds ('أزيد من مائتي خلية'); 'N لقوا حتفهم' and 'N عادوا' with no noun; law "
                "number; time tag and JSON-LD")  # fmt: skip


def l05():
    pub, outlet = "2025-01-08", "نبض المغرب"
    title = "أرقام رئيسية عن تفكيك الخلايا"
    b1, b2, b3 = "- 2019: 14 خلية", "- 2020: 8 خلايا", "- 2021: 13"
    s4 = "وبحسب المعطيات نفسها، أوقفت المصالح الأمنية منذ سنة 2015 ألفا وثلاثمائة مشتبه فيه."
    s5 = "كما جرى تفكيك بضع عشرات من شبكات الاستقطاب عبر الإنترنت."
    body = ["أرقام رئيسية حسب معطيات المديرية العامة لمراقبة التراب الوطني:", b1, b2, b3, s4, s5]
    side = ["الرجاء يتعادل 1-1 مع ضيفه", "ارتفاع أسعار المحروقات"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 14, "14", b1, yr("2019", "2019"), dgst),
        C("cells_dismantled", 8, "8", b2, yr("2020", "2020"), dgst),
        C("cells_dismantled", 13, "13", b3, yr("2021", "2021"), dgst),
        C("persons_arrested", 1300, "ألفا وثلاثمائة", s4, since("2015", pub, "منذ سنة 2015"),
          A("DGST", "المعطيات نفسها")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1-1", "sidebar score"), T("بضع عشرات", "a vague count (a few dozen)")]
    return spec("l05", "aggregator", "ar", text, meta(title, outlet, "Nabd Almaghrib", pub, fictional=True), claims,
                traps, summary="key-figure box flattened into bullet lines (the third without a noun); thousands "
                "in the accusative ('ألفا وثلاثمائة'); 'بضع عشرات' vague")  # fmt: skip


def l06():
    pub = "2024-03-20"
    title = "الأمن الوطني يكشف حصيلته"
    s1 = "وأعلنت المديرية العامة للأمن الوطني أنها أوقفت 4300 شخص في قضايا الإرهاب منذ سنة 2002."
    s2 = "وأحصت المديرية خلال الفترة نفسها سبعا وخمسين امرأة من بين الموقوفين."
    s3 = "وفي سنة 2023 وحدها، فككت المصالح الأمنية ست عشرة خلية."
    body = [s1, s2, s3, "ويعمل بالمديرية أزيد من 70 ألف موظف."]
    text = wordpress("ar", "الرقيب", "الرئيسية » مجتمع", title, "الرقيب - 20 مارس 2024", body,
                     ["تعيين 9 ولاة جدد"])  # fmt: skip
    dgsn = A("DGSN", "المديرية العامة للأمن الوطني")
    claims = [
        C("persons_arrested", 4300, "4300", s1, since("2002", pub, "منذ سنة 2002"), dgsn),
        C("persons_arrested", 57, "سبعا وخمسين", s2, since("2002", pub, "خلال الفترة نفسها"), A("DGSN", "المديرية"),
          subset="women"),
        C("cells_dismantled", 16, "ست عشرة", s3, yr("2023", "سنة 2023"), A("unspecified", "المصالح الأمنية")),
    ]  # fmt: skip
    traps = [T("70 ألف موظف", "staff number"), T("9 ولاة", "related headline")]
    return spec("l06", "wordpress", "ar", text, meta(title, "الرقيب", "Arraqib", pub, fictional=True), claims,
                traps, summary="accusative compound with a feminine noun ('سبعا وخمسين امرأة'), inherited period; "
                "'ست عشرة خلية'; staff number")  # fmt: skip


def l07():
    pub = "2025-03-05"
    title = "العائدون من بؤر التوتر"
    s1 = (
        "وحسب الباحث في الجماعات المتطرفة، يوسف الزياني، فقد بلغ عدد العائدين من بؤر التوتر 270، منهم 190 من "
        "سوريا و52 من العراق و16 من ليبيا."
    )
    s2 = "وأوضح الزياني أن 137 من العائدين أحيلوا على القضاء، والباقي أخلي سبيلهم بعد البحث معهم."
    s3 = "وأشار إلى أن 1664 غادروا المغرب نحو سوريا والعراق منذ سنة 2012."
    body = [s1, s2, s3, "ويبلغ الزياني من العمر 41 عاما."]
    text = clean(title, "مرآة سوس — الأربعاء 5 مارس 2025", body)
    ana = A("analyst", "الباحث في الجماعات المتطرفة", "يوسف الزياني")
    ana2 = A("analyst", None, "الزياني")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), ana),
        C("returnees", 190, "190", s1, cumul(pub), ana, subset="syria"),
        C("returnees", 52, "52", s1, cumul(pub), ana, subset="iraq"),
        C("returnees", 16, "16", s1, cumul(pub), ana, subset="libya"),
        C("returnees_arrested", 137, "137", s2, cumul(pub), ana2),
        C("fighters_joined", 1664, "1664", s3, since("2012", pub, "منذ سنة 2012"), ana2,
          subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [T("41 عاما", "age")]
    return spec("l07", "clean", "ar", text, meta(title, "مرآة سوس", "Mirat Souss", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone"),
                                     NP("LY", "ليبيا", "conflict zone")],
                summary="zone-by-zone breakdown that does not add up (190+52+16 != 270, planted); remainder "
                "'والباقي' (no figure); 'N غادروا المغرب' with no noun; age")  # fmt: skip


def l08():
    pub = "2025-07-22"
    title = "المقاتلون المغاربة في أرقام"
    s1 = (
        "وأفاد تقرير المرصد المغربي للدراسات الاستراتيجية بأن ١٦٦٤ مغربيا التحقوا بالتنظيمات المتطرفة في سوريا "
        "والعراق منذ سنة 2012، وأن 56 في المائة منهم انضموا إلى تنظيم داعش."
    )
    s2 = "وفي شهر يونيو الماضي، فككت المصالح الأمنية خليتين بطنجة وتطوان."
    body = [s1, s2, "ويقع التقرير في 48 صفحة."]
    text = html("ar", title, "الحدث الأمني", pub, body, time_tag=False)
    obs = A("analyst", "المرصد المغربي للدراسات الاستراتيجية")
    claims = [
        C("fighters_joined", 1664, "١٦٦٤", s1, since("2012", pub, "منذ سنة 2012"), obs, subset="syria_iraq_linked"),
        pct(C("fighters_joined", 56, "56", s1, since("2012", pub, "منذ سنة 2012"), obs, subset="isis_linked")),
        C("cells_dismantled", 2, "خليتين", s2, P("month", "2025-06", "2025-06", "في شهر يونيو الماضي"),
          A("unspecified", "المصالح الأمنية")),
    ]  # fmt: skip
    traps = [T("48 صفحة", "page count")]
    return spec("l08", "html", "ar", text, meta(title, "الحدث الأمني", "Alhadath Alamni", pub, fictional=True),
                claims, traps,
                not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="Arabic-Indic digits (١٦٦٤); a percent share of that whole ('56 في المائة منهم'); dual "
                "'خليتين', month; JSON-LD alone")  # fmt: skip


def l09():
    pub = "2025-10-20"
    title = "حصيلة الأمن الوطني منذ بداية السنة"
    s1 = (
        "وحسب المديرية العامة للأمن الوطني، أوقفت مصالحها منذ مطلع السنة الجارية 85 مشتبها فيه في قضايا "
        "الإرهاب، من بينهم 12 قاصرا و7 نساء."
    )
    s2 = "وأدين أحد الموقوفين بالسجن 10 سنوات نافذة."
    body = [s1, s2, "ويمكن التبليغ عبر الرقم الأخضر 5050."]
    text = clean(title, "بوابة الجنوب — الإثنين 20 أكتوبر 2025", body)
    dgsn = A("DGSN", "المديرية العامة للأمن الوطني")
    per = ytd(pub, "منذ مطلع السنة الجارية")
    claims = [
        C("persons_arrested", 85, "85", s1, per, dgsn),
        C("persons_arrested", 12, "12", s1, per, dgsn, subset="minors"),
        C("persons_arrested", 7, "7", s1, per, dgsn, subset="women"),
    ]
    traps = [T("السجن 10 سنوات", "prison term"), T("5050", "a phone number")]
    return spec("l09", "clean", "ar", text, meta(title, "بوابة الجنوب", "Bawabat Aljanoub", pub, fictional=True),
                claims, traps, summary="year to date with a breakdown (minors, women) that is not a partition; "
                "prison term, hotline")  # fmt: skip


def l10():
    pub, outlet = "2025-12-03", "صدى المدائن"
    title = "عشر سنوات من عمل المكتب"
    s1 = "وفكك المكتب المركزي للأبحاث القضائية منذ إحداثه في مارس 2015 ما مجموعه ٩٦ خلية."
    s2 = "وكانت حصيلة المكتب سنة 2022 ثماني خلايا، مقابل 16 في 2023 و7 في 2024."
    body = [para(s1, s2), "ويشغل المكتب مقرا من 3 طوابق بسلا."]
    side = ["المنتخب يفوز 4-1 وديا", "انطلاق مهرجان الفيلم بطنجة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 96, "٩٦", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
        C("cells_dismantled", 8, "ثماني", s2, yr("2022", "سنة 2022"), A("BCIJ", "المكتب")),
        C("cells_dismantled", 16, "16", s2, yr("2023", "في 2023"), A("BCIJ", "المكتب")),
        C("cells_dismantled", 7, "7", s2, yr("2024", "في 2024"), A("BCIJ", "المكتب")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("4-1", "sidebar score"), T("3 طوابق", "building floors")]
    return spec("l10", "aggregator", "ar", text, meta(title, outlet, "Sada Almadaen", pub, fictional=True), claims,
                traps, summary="Arabic-Indic digits (٩٦) since the BCIJ's creation; genitive number word "
                "'ثماني خلايا' heading a list whose later items have no noun")  # fmt: skip


# ================================================================ French


def l11():
    pub, outlet = "2024-09-12", "L'Écho du Détroit"
    title = "Trois années de démantèlements"
    s1 = "Le BCIJ a démantelé 49 cellules entre 2015 et 2017, dont 21 en 2015, 19 en 2016 et 9 l'année suivante."
    s2 = "Parmi les cellules de 2015, 18 étaient liées à Daech, précise le Bureau."
    body = [para(s1, s2), "Le principal suspect, âgé de 34 ans, a été présenté au parquet."]
    side = ["Le Raja s'impose 2-1 à domicile", "Météo : vague de chaleur sur le Souss"]
    text = aggregator("fr", side, title, outlet, pub, body)
    bcij = A("BCIJ", "Le BCIJ")
    claims = [
        C("cells_dismantled", 49, "49", s1, rng("2015", "2017", "entre 2015 et 2017"), bcij),
        C("cells_dismantled", 21, "21", s1, yr("2015", "en 2015"), bcij),
        C("cells_dismantled", 19, "19", s1, yr("2016", "en 2016"), bcij),
        C("cells_dismantled", 9, "9", s1, yr("2017", "l'année suivante"), bcij),
        C("cells_dismantled", 18, "18", s2, yr("2015", "de 2015"), A("BCIJ", "le Bureau"), subset="isis_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-1", "sidebar score"), T("34 ans", "age")]
    return spec("l11", "aggregator", "fr", text, meta(title, outlet, "L'Echo du Detroit", pub, fictional=True),
                claims, traps, summary="'dont 21 en 2015, 19 en 2016 et 9 l'année suivante' (a total, items "
                "without a noun, a relative year); ISIS-linked part; age, sidebar")  # fmt: skip


def l12():
    pub = "2025-02-11"
    title = "Le Parlement passe les chiffres au crible"
    s1 = "En 2017, 11 cellules ont été démantelées, après 19 en 2016, selon un rapport parlementaire."
    s2 = "Sur ces 11 cellules, 8 étaient affiliées à Daech, les autres à des groupes locaux."
    s3 = "Le même rapport recense mille cent personnes interpellées entre 2015 et 2020."
    body = [s1, s2, s3, "Le texte vise l'article 218-1 du code pénal."]
    text = wordpress("fr", "Maroc Vigie", "Accueil » Politique", title, "Par Karim Alaoui | 11 février 2025",
                     body, ["3 conseils pour bien préparer le bac"])  # fmt: skip
    parl = A("PARLIAMENT", "un rapport parlementaire")
    same = A("PARLIAMENT", "Le même rapport")
    claims = [
        C("cells_dismantled", 11, "11", s1, yr("2017", "En 2017"), parl),
        C("cells_dismantled", 19, "19", s1, yr("2016", "en 2016"), parl),
        C("cells_dismantled", 8, "8", s2, yr("2017", None), parl, subset="isis_linked",
          notes="the period of 'ces 11 cellules' (2017) is carried from the previous sentence"),
        C("persons_arrested", 1100, "mille cent", s3, rng("2015", "2020", "entre 2015 et 2020"), same),
    ]  # fmt: skip
    traps = [T("218-1", "article of the penal code"), T("3 conseils", "related headline")]
    return spec("l12", "wordpress", "fr", text, meta(title, "Maroc Vigie", "Maroc Vigie", pub, fictional=True),
                claims, traps, summary="year before the number ('En 2017, 11 cellules ..., après 19 en 2016'); "
                "remainder 'les autres' (no figure); 'mille cent'; 2017 disagrees with l01 (planted)")  # fmt: skip


def l13():
    pub = "2025-01-20"
    title = "La DGST dresse son bilan"
    s1 = "Depuis 2002, la DGST a démantelé deux cent dix cellules terroristes."
    s2 = (
        f"Selon la DGST, sur les 1{NNBSP}664 Marocains partis en Syrie et en Irak, 745 ont été tués et 270 sont "
        "revenus au Maroc."
    )
    body = [s1, s2, "Un ancien combattant de 26 ans a écopé de cinq ans de prison."]
    text = clean(title, "Le Quotidien de l'Oriental — lundi 20 janvier 2025", body)
    dgst = A("DGST", "la DGST")
    claims = [
        C("cells_dismantled", 210, "deux cent dix", s1, since("2002", pub, "Depuis 2002"), dgst),
        C("fighters_joined", 1664, f"1{NNBSP}664", s2, cumul(pub), dgst, subset="syria_iraq_linked"),
        C("fighters_killed", 745, "745", s2, cumul(pub), dgst),
        C("returnees", 270, "270", s2, cumul(pub), dgst),
    ]  # fmt: skip
    traps = [T("26 ans", "age"), T("cinq ans de prison", "prison term")]
    return spec("l13", "clean", "fr", text, meta(title, "Le Quotidien de l'Oriental", "Le Quotidien de l'Oriental",
                pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="'deux cent dix'; a narrow no-break space (1\u202f664); 'N ont été tués', 'N sont "
                "revenus' with no noun; age, prison term")  # fmt: skip


def l14():
    pub = "2024-11-05"
    title = "Dix ans d'interpellations antiterroristes"
    s1 = (
        "Selon le ministère de l'Intérieur, 275 personnes ont été arrêtées en 2015 ; en 2016, 244 ; "
        "et l'année d'après, 186."
    )
    s2 = "Les femmes représentaient 5 % des personnes arrêtées en 2016, ajoute le ministère."
    body = [s1, s2, "Cette coopération avec l'Espagne a été saluée.", "La réunion a duré 2 heures."]
    text = html("fr", title, "Atlas Info Hebdo", pub, body, jsonld=False, aside=["12 recettes pour l'été"])
    moi = A("MOI", "le ministère de l'Intérieur")
    claims = [
        C("persons_arrested", 275, "275", s1, yr("2015", "en 2015"), moi),
        C("persons_arrested", 244, "244", s1, yr("2016", "en 2016"), moi),
        C("persons_arrested", 186, "186", s1, yr("2017", "l'année d'après"), moi),
        pct(C("persons_arrested", 5, "5", s2, yr("2016", "en 2016"), A("MOI", "le ministère"), subset="women")),
    ]  # fmt: skip
    traps = [T("2 heures", "duration"), T("12 recettes", "aside headline")]
    return spec("l14", "html", "fr", text, meta(title, "Atlas Info Hebdo", "Atlas Info Hebdo", pub, fictional=True),
                claims, traps, partners=["ES"], summary="semicolon list, year before the number, 'l'année d'après'; "
                "a percent share of a year's arrests; time tag alone")  # fmt: skip


def l15():
    pub = "2025-02-25"
    title = "La DGSN publie ses chiffres"
    s1 = f"La DGSN affirme avoir interpellé 4{NBSP}400 personnes pour terrorisme depuis 2002."
    s2 = "Depuis janvier, une quarantaine de suspects ont été arrêtés, selon la même source."
    body = [s1, s2, "Le plus jeune a 22 ans.", "Une ligne est ouverte au 05 22 48 17 30."]
    text = clean(title, "Casablanca Soir — mardi 25 février 2025", body)
    claims = [
        C("persons_arrested", 4400, f"4{NBSP}400", s1, since("2002", pub, "depuis 2002"), A("DGSN", "La DGSN")),
        C("persons_arrested", 40, "une quarantaine", s2, ytd(pub, "Depuis janvier"), A("DGSN", "la même source"),
          q="about", qt="une quarantaine"),
    ]  # fmt: skip
    traps = [T("22 ans", "age"), T("05 22 48 17 30", "a phone number")]
    return spec("l15", "clean", "fr", text, meta(title, "Casablanca Soir", "Casablanca Soir", pub, fictional=True),
                claims, traps, summary="a no-break space (4\u00a0400); 'une quarantaine', year to date; age, phone "
                "number")  # fmt: skip


def l16():
    pub = "2025-04-15"
    title = "Le BCIJ, dix ans après"
    s1 = "Le BCIJ a démantelé 90 cellules depuis sa création en mars 2015, selon son directeur."
    s2 = "Parmi les personnes interpellées par le Bureau, les femmes étaient 12 en 2023 et 9 en 2024."
    body = [s1, s2, "Le directeur a salué l'apport des services français.",
            "Le Bureau dispose d'un budget de 40 millions de dirhams."]  # fmt: skip
    text = wordpress("fr", "Le Reporter du Sahel", "Accueil » Sécurité", title, "Publié le 15 avril 2025", body,
                     ["5 idées de sorties à Rabat"])  # fmt: skip
    bcij = A("BCIJ", "son directeur")
    claims = [
        C("cells_dismantled", 90, "90", s1, since("2015-03", pub, "depuis sa création en mars 2015"), bcij),
        C("persons_arrested", 12, "12", s2, yr("2023", "en 2023"), A("BCIJ", "le Bureau"), subset="women"),
        C("persons_arrested", 9, "9", s2, yr("2024", "en 2024"), A("BCIJ", "le Bureau"), subset="women"),
    ]  # fmt: skip
    traps = [T("40 millions de dirhams", "money"), T("5 idées", "related headline")]
    return spec("l16", "wordpress", "fr", text, meta(title, "Le Reporter du Sahel", "Le Reporter du Sahel", pub,
                fictional=True), claims, traps, partners=["FR"],
                summary="a breakdown whose head carries the subset ('les femmes étaient 12 en 2023 et 9 en "
                "2024'); since the BCIJ's creation; money")  # fmt: skip


def l17():
    pub, outlet = "2025-05-28", "Le Petit Rifain"
    title = "Un politologue chiffre la menace"
    s1 = f"Selon le politologue Hamid Berrada, le Maroc a déjoué plus de 5{NBSP}000 projets d'attentats depuis 2002."
    s2 = "Il estime à 1.137 le nombre de combattants marocains ayant rejoint Daech."
    body = [para(s1, s2), "Âgé de 52 ans, il enseigne à Oujda."]
    side = ["Le Wydad bat l'AS FAR 1-0", "Le prix de la tomate flambe"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("plots_foiled", 5000, f"5{NBSP}000", s1, since("2002", pub, "depuis 2002"),
          A("analyst", "le politologue", "Hamid Berrada"), q="more_than", qt="plus de"),
        C("fighters_joined", 1137, "1.137", s2, cumul(pub), A("analyst", None, "Hamid Berrada")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1-0", "sidebar score"), T("52 ans", "age")]
    return spec("l17", "aggregator", "fr", text, meta(title, outlet, "Le Petit Rifain", pub, fictional=True), claims,
                traps, summary="a dot as thousands separator (1.137); more than 5\u00a0000 plots, ten times the "
                "500 of l03 (planted); age, sidebar")  # fmt: skip


def l18():
    pub = "2025-06-30"
    title = "Chiffres clés de la lutte antiterroriste"
    s1 = "Le porte-parole du gouvernement a évoqué plus de 4000 personnes arrêtées depuis 2002."
    b1, b2, b3 = "2019 : 14 cellules démantelées", "2020 : 8", "2021 : 13"
    body = [s1, "Chiffres clés de la DGST :", b1, b2, b3, "Le Conseil se réunit 2 fois par mois."]
    text = html("fr", title, "Maghreb Vigilance", pub, body)
    dgst = A("DGST", "Chiffres clés de la DGST")
    claims = [
        C("persons_arrested", 4000, "4000", s1, since("2002", pub, "depuis 2002"),
          A("GOV", "Le porte-parole du gouvernement"), q="more_than", qt="plus de"),
        C("cells_dismantled", 14, "14", b1, yr("2019", "2019"), dgst),
        C("cells_dismantled", 8, "8", b2, yr("2020", "2020"), dgst),
        C("cells_dismantled", 13, "13", b3, yr("2021", "2021"), dgst),
    ]  # fmt: skip
    traps = [T("2 fois par mois", "a frequency")]
    return spec("l18", "html", "fr", text, meta(title, "Maghreb Vigilance", "Maghreb Vigilance", pub,
                fictional=True), claims, traps, summary="a key-figure table flattened into lines ('2020 : 8'); "
                "more than 4000 since 2002 (government spokesman); time tag and JSON-LD")  # fmt: skip


# ================================================================ English


def l19():
    pub, outlet = "2024-10-01", "Atlas Wire Daily"
    title = "Two years of dismantled cells"
    s1 = (
        "Of the 40 cells the BCIJ dismantled in 2015 and 2016, 21 were broken up in the first year and 19 in "
        "the second."
    )
    s2 = "Sixteen of the cells dismantled in 2016 were tied to ISIS and the rest to local groups, the bureau said."
    body = [para(s1, s2), "The bureau shared intelligence with Spain on several cases.",
            "One suspect, aged 29, was a taxi driver."]  # fmt: skip
    side = ["Raja and Wydad draw 2-2", "Heatwave expected in Marrakech"]
    text = aggregator("en", side, title, outlet, pub, body)
    bcij = A("BCIJ", "the BCIJ")
    claims = [
        C("cells_dismantled", 40, "40", s1, rng("2015", "2016", "in 2015 and 2016"), bcij),
        C("cells_dismantled", 21, "21", s1, yr("2015", "the first year"), bcij),
        C("cells_dismantled", 19, "19", s1, yr("2016", "the second"), bcij),
        C("cells_dismantled", 16, "Sixteen", s2, yr("2016", "in 2016"), A("BCIJ", "the bureau"),
          subset="isis_linked"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-2", "sidebar score"), T("aged 29", "age")]
    return spec("l19", "aggregator", "en", text, meta(title, outlet, "Atlas Wire Daily", pub, fictional=True),
                claims, traps, partners=["ES"], summary="'21 were broken up in the first year and 19 in the "
                "second' (a total and its items by ordinal year); 'Sixteen' opening a sentence")  # fmt: skip


def l20():
    pub = "2025-03-18"
    title = "Counting terrorism arrests"
    s1 = "The interior ministry says 275 people were arrested in 2015 and 244 in 2016."
    s2 = "A dozen women were among those arrested in 2016, the ministry added."
    s3 = "Researcher Nadia Benjelloun counts more than 1,300 arrests since 2015."
    body = [s1, s2, s3, "Some defendants received 10-year prison sentences."]
    text = wordpress("en", "Morocco Ledger", "Home » Security", title, "March 18, 2025 | By Staff", body,
                     ["7 things to do in Fez this spring"])  # fmt: skip
    moi = A("MOI", "The interior ministry")
    claims = [
        C("persons_arrested", 275, "275", s1, yr("2015", "in 2015"), moi),
        C("persons_arrested", 244, "244", s1, yr("2016", "in 2016"), moi),
        C("persons_arrested", 12, "A dozen", s2, yr("2016", "in 2016"), A("MOI", "the ministry"), subset="women",
          q="about", qt="A dozen"),
        C("persons_arrested", 1300, "1,300", s3, since("2015", pub, "since 2015"),
          A("analyst", "Researcher", "Nadia Benjelloun"), q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("10-year prison", "prison term"), T("7 things", "related headline")]
    return spec("l20", "wordpress", "en", text, meta(title, "Morocco Ledger", "Morocco Ledger", pub, fictional=True),
                claims, traps, summary="'275 people ... in 2015 and 244 in 2016'; 'A dozen' women; a named "
                "researcher with a comma-separated figure; prison term")  # fmt: skip


def l21():
    pub = "2025-06-10"
    title = "Security sources update the tally"
    s1 = "Security sources say two hundred and seven cells have been dismantled since 2002."
    s2 = "In 2023, 12 were repatriated from camps in northeast Syria, the same sources said."
    s3 = "Scores of suspects have also been questioned."
    body = [s1, s2, s3, "The 2003 Casablanca bombings killed 33 victims."]
    text = clean(title, "The Rabat Observer — Tuesday, June 10, 2025", body)
    claims = [
        C("cells_dismantled", 207, "two hundred and seven", s1, since("2002", pub, "since 2002"),
          A("official_unspecified", "Security sources")),
        C("returnees", 12, "12", s2, yr("2023", "In 2023"), A("official_unspecified", "the same sources"),
          subset="repatriated"),
    ]  # fmt: skip
    traps = [
        T("Scores of suspects", "a vague count"),
        T("33 victims", "victims of a past attack, not a metric"),
    ]
    return spec("l21", "clean", "en", text, meta(title, "The Rabat Observer", "The Rabat Observer", pub,
                fictional=True), claims, traps, not_partners=[NP("SY", "Syria", "conflict zone")],
                summary="'two hundred and seven' below the DGST's 210 of January (planted); 'N were "
                "repatriated' with no noun; 'Scores of' vague")  # fmt: skip


def l22():
    pub = "2025-11-14"
    title = "A decade of counter-terrorism in figures"
    s1 = "Since 2002, 4,300 people have been arrested on terrorism charges, according to the DGSN."
    s2 = "In 2019 the DGST broke up 14 cells; in 2020, 8; in 2021, 13."
    body = [
        s1,
        s2,
        "Morocco works with Spain, France and the United States.",
        "The agency employs 2,500 staff.",
    ]
    text = html("en", title, "North Africa Security Brief", pub, body, jsonld=False)
    # the DGSN, cited for the first figure, goes on speaking for the next sentence, which cites no one: the
    # source decides the org, not the body acting (the convention of every other gold)
    dgsn = A("DGSN", "the DGSN")
    claims = [
        C("persons_arrested", 4300, "4,300", s1, since("2002", pub, "Since 2002"), dgsn),
        C("cells_dismantled", 14, "14", s2, yr("2019", "In 2019"), dgsn),
        C("cells_dismantled", 8, "8", s2, yr("2020", "in 2020"), dgsn),
        C("cells_dismantled", 13, "13", s2, yr("2021", "in 2021"), dgsn),
    ]  # fmt: skip
    traps = [T("2,500 staff", "staff number")]
    return spec("l22", "html", "en", text, meta(title, "North Africa Security Brief", "North Africa Security Brief",
                pub, fictional=True), claims, traps, partners=["ES", "FR", "US"],
                summary="semicolon list with the noun on the first item ('14 cells; in 2020, 8; in 2021, 13'); "
                "4,300 since 2002 repeated after 4\u00a0400 (stale, planted); staff; time tag alone")  # fmt: skip


def l23():
    pub = "2025-08-05"
    title = "Think tank tallies Moroccan fighters"
    s1 = "The Atlas Institute for Security Studies says 1,664 Moroccans joined groups in Syria and Iraq."
    s2 = "On Monday police arrested four suspects in Tangier and 6 others in Tetouan."
    body = [s1, s2, "The institute's report runs to 120 pages."]
    text = clean(title, "Sahara Sentinel — Tuesday, August 5, 2025", body)
    ev = event(pub, "On Monday")
    claims = [
        C("fighters_joined", 1664, "1,664", s1, cumul(pub), A("analyst", "The Atlas Institute for Security Studies"),
          subset="syria_iraq_linked"),
        C("persons_arrested", 4, "four", s2, ev, A("unspecified")),
        C("persons_arrested", 6, "6", s2, ev, A("unspecified")),
    ]  # fmt: skip
    traps = [T("120 pages", "page count")]
    return spec("l23", "clean", "en", text, meta(title, "Sahara Sentinel", "Sahara Sentinel", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="'four suspects in Tangier and 6 others in Tetouan' (a place list, 'others'); weekday "
                "event; 1,664 fighters")  # fmt: skip


def l24():
    pub = "2026-01-20"
    title = "DGSN reports 2025 results"
    s1 = "The DGSN said 62 people were arrested on terrorism charges in 2025."
    s2 = "Last year, 10 cells were dismantled, and ISIS-linked cells made up 80% of them."
    body = [s1, s2, "The DGSN hotline, 19, received thousands of calls."]
    text = html("en", title, "Casablanca Herald", pub, body, time_tag=False)
    dgsn = A("DGSN", "The DGSN")
    claims = [
        C("persons_arrested", 62, "62", s1, yr("2025", "in 2025"), dgsn),
        C("cells_dismantled", 10, "10", s2, yr("2025", "Last year"), A("DGSN", "The DGSN")),
        pct(C("cells_dismantled", 80, "80%", s2, yr("2025", "Last year"), A("DGSN", "The DGSN"),
              subset="isis_linked")),
    ]  # fmt: skip
    traps = [T("hotline, 19", "a phone number"), T("thousands of calls", "a vague count")]
    return spec("l24", "html", "en", text, meta(title, "Casablanca Herald", "Casablanca Herald", pub,
                fictional=True), claims, traps, summary="62 for the whole of 2025, below the 85 of l09 by October "
                "(planted); 'Last year' = 2025 and an 80% share; JSON-LD alone")  # fmt: skip


ARTICLES = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20,
            l21, l22, l23, l24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "lists-disagree", "kind": "same_period_disagreement",
     "refs": [("l01", "cells_dismantled", 9), ("l12", "cells_dismantled", 11)],
     "explanation": "cells dismantled in 2017: 9 (a security source, third item of a list) against 11 (a "
                    "parliamentary report)"},
    {"id": "lists-decrease", "kind": "cumulative_decrease",
     "refs": [("l13", "cells_dismantled", 210), ("l21", "cells_dismantled", 207)],
     "explanation": "cells since 2002: 210 ('deux cent dix', DGST, January 2025) then 207 ('two hundred and "
                    "seven', June 2025): a running total cannot go down"},
    {"id": "lists-arithmetic", "kind": "internal_arithmetic",
     "refs": [("l07", "returnees", 270), ("l07", "returnees", 190, "syria"), ("l07", "returnees", 52, "iraq"),
              ("l07", "returnees", 16, "libya")],
     "explanation": "270 returnees said to be 190 from Syria, 52 from Iraq and 16 from Libya = 258, not 270"},
    {"id": "lists-implausible", "kind": "implausible_value",
     "refs": [("l03", "plots_foiled", 500), ("l17", "plots_foiled", 5000)],
     "explanation": "more than 5000 plots foiled since 2002, ten times the more than 500 the DGST gives"},
    {"id": "lists-partial", "kind": "partial_exceeds_whole",
     "refs": [("l09", "persons_arrested", 85), ("l24", "persons_arrested", 62)],
     "explanation": "the DGSN arrested 85 people from January to October 2025, then 62 for the whole of 2025"},
    {"id": "lists-stale", "kind": "stale_figure",
     "refs": [("l06", "persons_arrested", 4300), ("l15", "persons_arrested", 4400),
              ("l22", "persons_arrested", 4300)],
     "explanation": "people arrested since 2002: 4300 (March 2024), 4400 (February 2025); 4,300 repeated in "
                    "November 2025"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("l01", "cells_dismantled", 21), ("l11", "cells_dismantled", 21), ("l19", "cells_dismantled", 21)],
     "reason": "21 cells in 2015: first items of three lists (Arabic, French, English) that agree"},
    {"refs": [("l01", "cells_dismantled", 19), ("l11", "cells_dismantled", 19), ("l12", "cells_dismantled", 19),
              ("l19", "cells_dismantled", 19)],
     "reason": "19 cells in 2016: second items of four lists that agree"},
    {"refs": [("l01", "cells_dismantled", 18, "isis_linked"), ("l11", "cells_dismantled", 18, "isis_linked")],
     "reason": "18 ISIS-linked cells in 2015, in Arabic and in French"},
    {"refs": [("l02", "persons_arrested", 275), ("l14", "persons_arrested", 275),
              ("l20", "persons_arrested", 275)],
     "reason": "275 arrested in 2015: the BCIJ, the interior ministry in French and in English agree"},
    {"refs": [("l02", "persons_arrested", 244), ("l14", "persons_arrested", 244),
              ("l20", "persons_arrested", 244)],
     "reason": "244 arrested in 2016: second items that agree across three languages"},
    {"refs": [("l01", "cells_dismantled", 9), ("l11", "cells_dismantled", 9)],
     "reason": "9 cells in 2017: 'سنة 2017' and 'l'année suivante' (the year after 2016) agree"},
    {"refs": [("l02", "persons_arrested", 186), ("l14", "persons_arrested", 186)],
     "reason": "186 arrested in 2017 ('خلال 2017', 'l'année d'après'): third items that agree"},
    {"refs": [("l05", "cells_dismantled", 14), ("l18", "cells_dismantled", 14), ("l22", "cells_dismantled", 14)],
     "reason": "14 cells in 2019 in three key-figure boxes or lists"},
    {"refs": [("l05", "cells_dismantled", 8), ("l18", "cells_dismantled", 8), ("l22", "cells_dismantled", 8)],
     "reason": "8 cells in 2020: items without a noun that agree"},
    {"refs": [("l04", "cells_dismantled", 200), ("l13", "cells_dismantled", 210)],
     "reason": "more than 200 cells since 2002 (May 2024) admits 210 (January 2025)"},
    {"refs": [("l07", "fighters_joined", 1664, "syria_iraq_linked"),
              ("l08", "fighters_joined", 1664, "syria_iraq_linked")],
     "reason": "1664 Moroccans left for Syria and Iraq since 2012, in Western and Arabic-Indic digits"},
    {"refs": [("l13", "fighters_joined", 1664, "syria_iraq_linked"),
              ("l23", "fighters_joined", 1664, "syria_iraq_linked")],
     "reason": "1\u202f664 and 1,664 fighters in Syria and Iraq: undated totals that agree"},
    {"refs": [("l04", "fighters_killed", 745, "syria_iraq_linked"), ("l13", "fighters_killed", 745)],
     "reason": "745 killed ('لقوا حتفهم', 'ont été tués'): undated totals that agree"},
    {"refs": [("l04", "returnees", 270), ("l13", "returnees", 270)],
     "reason": "270 returnees ('عادوا', 'sont revenus'): undated totals that agree"},
    {"refs": [("l06", "cells_dismantled", 16), ("l10", "cells_dismantled", 16)],
     "reason": "16 cells in 2023: 'ست عشرة' (March 2024) and the BCIJ's tally (December 2025) agree"},
    {"refs": [("l16", "cells_dismantled", 90), ("l10", "cells_dismantled", 96)],
     "reason": "the BCIJ's cells since March 2015 rise from 90 (April 2025) to 96 (December 2025)"},
    {"refs": [("l15", "persons_arrested", 4400), ("l18", "persons_arrested", 4000)],
     "reason": "4\u00a0400 since 2002 (February 2025) and more than 4000 (June 2025) agree"},
    {"refs": [("l05", "persons_arrested", 1300), ("l20", "persons_arrested", 1300)],
     "reason": "1300 since 2015 ('ألفا وثلاثمائة', January 2025) and more than 1,300 (March 2025) agree"},
]  # fmt: skip

CONVENTIONS = """\
- **Each item of a list is its own claim** with its own period, even when only the first item carries the counted
  noun ("21 خلية سنة 2015 و19 سنة 2016 و9 سنة 2017", "dont 21 en 2015, 19 en 2016 et 9 l'année suivante",
  "in 2020, 8; in 2021, 13"); the items share their sentence, which occurs once in the file. A total that heads
  the list ("49 cellules entre 2015 et 2017") is a claim of its own period (a `range`).
- **Relative years inside a list** are resolved from the previous item: "l'année suivante", "l'année d'après" =
  the year after the item before; "the first year" and "the second" = the years of the total's range.
- **Breakdowns**: a part takes its subset from the breakdown's head or its own words ("18 ... بتنظيم داعش",
  "les femmes étaient 12 en 2023 et 9 en 2024", "39 منهم من سوريا والعراق و8 من ليبيا") and the total's period;
  a remainder with no figure ("والباقي", "les autres", "the rest") is not a claim; places (Tangier, Tetouan) are not subsets.
  Only a breakdown that claims to be complete is checked against its total (l07); minors and women of l09 are
  not a partition.
- **Number words** keep the printed words as `value_text`: "سبعة وأربعين", "سبعا وخمسين", "ألفا وثلاثمائة",
  "مائتي", "ست عشرة", "ثماني", duals ("خليتين", "مخططين"), "deux cent dix", "mille cent", "two hundred and seven",
  "Sixteen", "four". "une quarantaine" and "A dozen" are `about`; "بضع عشرات", "Scores of", "thousands of" are
  vague, never claims.
- **Digits**: the thousands separator may be a narrow no-break space (U+202F), a no-break space (U+00A0), a comma
  or a dot ("1.137" is 1137); Arabic-Indic digits (١٦٦٤، ٩٦) are read as digits.
- **A number followed by a verb** with no counted noun ("745 لقوا حتفهم", "1664 غادروا المغرب", "745 ont été
  tués", "270 sont revenus", "12 were repatriated") counts the subject the sentence names (fighters, returnees).
- **Key-figure boxes and bullet lines**: each line is the claim's sentence ("- 2020: 8 خلايا", "2020 : 8"); the
  box's heading gives the attribution.
- **Percent shares** ("56 في المائة منهم", "5 %", "80%") are claims with `unit` percent, the metric of the whole
  and the subset of the share, and the whole's period.
- **Undated totals** ("sur les 1\u202f664 Marocains partis", "270 عادوا") are `cumulative_unspecified` ending at the
  byline; "le BCIJ ... depuis sa création en mars 2015" is `since` 2015-03.
- **Bounds** agree as in CONTRACT.md: "أزيد من مائتي" admits 210, "plus de 4000" admits 4\u00a0400.
- **Traps**: ages, prison terms, dates, scores, phone numbers (a hotline "19", "5050"), staff numbers, page
  counts, money, law numbers, sidebar, aside and related headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, tests/corpus_kit.py, tests/corpus_gold_checks.py and the structure
of tests/corpus_dates were read; no engine code, and the engine was never run on these files. Real coverage read
through the search tool (yearly tallies such as 21 cells in 2015 and 19 in 2016 with their ISIS-linked part, 275
and 244 people arrested, returnees split between Syria-Iraq and Libya) confirmed the shapes and magnitudes of the
lists; no sentence was copied, all outlets and people are invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_lists: figures in enumerations, breakdowns and number words",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on figures in lists, breakdowns and number words.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_lists/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_lists_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_lists --json > /tmp/lists.json",
        "    ../shared/tools/score.py tests/corpus_lists/expected.json /tmp/lists.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'lists': figures in year-by-year and zone-by-zone enumerations, "
        "breakdowns and remainders, number words in every case and form, separators and Arabic-Indic digits, "
        "flattened tables and percent shares; 24 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
