"""Build the "factcheck" development corpus: 20 invented articles (8 Arabic, 7 French, 5 English) of fact-checks,
explainers and press reviews that put several sources' figures side by side (the DGST, the BCIJ, the DGSN, the
interior ministry, the government spokesman, the foreign minister, an MP, studies, think tanks, NGOs, foreign
reports, the outlet's own count), date the older ones ("les chiffres de mai 2021 faisaient état de 210"), and
name the partner countries of operations; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_factcheck/build.py [--out DIR]

Every outlet and person (officials included) is invented; the sentences are new. Each claim's `sentence` is the
very string placed in the article's text.
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
    P,
    T,
    aggregator,
    clean,
    cumul,
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


def f01():
    pub, outlet = "2025-05-17", "نبض العاصمة"
    title = "في الذكرى 22 لأحداث 16 ماي: حصيلة عقدين من الضربات الاستباقية"
    s0 = "وقدم مدير المكتب المركزي للأبحاث القضائية، المصطفى بنعيسى، أرقاما محينة عن حصيلة العمل الاستباقي."
    s1 = "وبحسب هذه الأرقام، فإن المصالح الأمنية فككت 218 خلية إرهابية منذ سنة 2002."
    s2 = "كما جرى خلال الفترة ذاتها توقيف أزيد من 4600 شخص في قضايا ذات صلة بالإرهاب، يضيف المسؤول الأمني."
    body = [
        "استعاد المشاركون في ندوة نظمت أمس بالدار البيضاء ذكرى تفجيرات 16 ماي 2003 التي خلفت 45 قتيلا.",
        para(s0, s1),
        s2,
        "ويشتغل بمقر المكتب في سلا أزيد من 300 محقق، حسب المنظمين.",
    ]
    side = ["الرجاء يفوز 3-0 على ضيفه", "ارتفاع أسعار الطماطم إلى 12 درهما"]
    text = aggregator("ar", side, title, outlet, pub, body)
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "المصطفى بنعيسى")
    claims = [
        C("cells_dismantled", 218, "218", s1, since("2002", pub, "منذ سنة 2002"), bcij),
        C("persons_arrested", 4600, "4600", s2, since("2002", pub, "خلال الفترة ذاتها"), bcij, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-0", "sidebar: football score"), T("12 درهما", "sidebar: price"),
             T("الذكرى 22", "anniversary ordinal"), T("16 ماي 2003", "a date"),
             T("45 قتيلا", "victims of the 2003 attacks, not a metric of the record"),
             T("300 محقق", "staff numbers")]  # fmt: skip
    return spec("f01", "aggregator", "ar", text, meta(title, outlet, "Nabd Alassima", pub, fictional=True),
                claims, traps, summary="the BCIJ director named in the sentence before the figures ('وبحسب هذه "
                "الأرقام'): 218 cells since 2002, more than 4600 arrested 'خلال الفترة ذاتها', the speaker "
                "repeated after the figure; victims, staff, sidebar")  # fmt: skip


def f02():
    pub = "2025-09-23"
    title = "مدير البسيج: الشراكة مع إسبانيا أثمرت ضربات نوعية"
    s1 = "وقال المسؤول إن المكتب فكك 11 خلية إرهابية منذ بداية السنة الجارية، أغلبها موالية لتنظيم داعش."
    s2 = "وأضاف أن عدد الخلايا التي فككها المكتب منذ إحداثه في مارس 2015 بلغ 101 خلية."
    body = [
        "في حوار خص به الجريدة، عاد مدير المكتب المركزي للأبحاث القضائية، المصطفى بنعيسى، إلى حصيلة الأشهر "
        "الماضية.",
        para(s1, s2),
        "وأشاد بنعيسى بالتنسيق مع المصالح الإسبانية، التي نفذ معها المكتب عمليات متزامنة بين تطوان ومدريد، في "
        "حين أسف لغياب أي تعاون مع الجزائر.",
        "ويقضي أحد الموقوفين في عملية سابقة عقوبة بالسجن ثماني سنوات.",
    ]
    text = wordpress("ar", "أخبار الساحل", "الرئيسية » أمن", title, "الثلاثاء 23 شتنبر 2025 - 10:05", body,
                     ["المنتخب الوطني يتأهل بفوزه 2-1"])  # fmt: skip
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "المصطفى بنعيسى")
    claims = [
        C("cells_dismantled", 11, "11", s1, ytd(pub, "منذ بداية السنة الجارية"), bcij),
        C("cells_dismantled", 101, "101", s2, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
    ]
    traps = [T("مارس 2015", "the BCIJ's creation date, not a count"), T("10:05", "time of day"),
             T("بالسجن ثماني سنوات", "prison term"), T("2-1", "related headline: football score")]  # fmt: skip
    return spec("f02", "wordpress", "ar", text, meta(title, "أخبار الساحل", "Akhbar Assahil", pub, fictional=True),
                claims, traps, partners=["ES"], not_partners=[NP("DZ", "الجزائر", "named as not cooperating")],
                summary="an interview: the BCIJ director named in the paragraph before, 'وقال المسؤول': 11 cells "
                "year to date (above the BCIJ's own 8 for the whole year: planted), 101 since March 2015; partner "
                "Spain, Algeria named as not cooperating")  # fmt: skip


def f03():
    pub = "2026-02-10"
    title = "تدقيق: كم عدد الموقوفين في قضايا الإرهاب خلال 2025؟"
    s1 = (
        "ففي جواب كتابي عن سؤال برلماني، أفاد وزير الداخلية، حسن البناني، بأن 96 شخصا أوقفوا في قضايا إرهابية "
        "خلال العام الماضي."
    )
    s2 = (
        "أما الحصيلة السنوية للمديرية العامة للأمن الوطني، الصادرة في يناير، فتحدثت عن 104 موقوفين خلال العام "
        "الماضي."
    )
    s3 = (
        "وبحسب إحصاء أجريناه انطلاقا من بلاغات المكتب المركزي للأبحاث القضائية، نفذت المصالح المغربية 5 عمليات "
        "مشتركة مع نظيرتها الإسبانية خلال سنة 2025."
    )
    body = [
        "تداولت صفحات على مواقع التواصل رقمين مختلفين لعدد الموقوفين في قضايا الإرهاب، فحاولنا تتبع مصدر كل منهما.",
        s1,
        s2,
        "ويعود الفرق، حسب ما استقيناه، إلى طريقة الاحتساب التي يعتمدها كل طرف.",
        s3,
        "للتواصل مع فريق التدقيق: 0661223344",
    ]
    text = clean(title, "مرصد الحقيقة — الثلاثاء 10 فبراير 2026", body)
    claims = [
        C("persons_arrested", 96, "96", s1, yr("2025", "خلال العام الماضي"),
          A("MOI", "وزير الداخلية", "حسن البناني")),
        C("persons_arrested", 104, "104", s2, yr("2025", "خلال العام الماضي"),
          A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")),
        C("joint_operations", 5, "5", s3, yr("2025", "خلال سنة 2025"), A("unspecified")),
    ]  # fmt: skip
    traps = [T("0661223344", "the fact-check desk's phone number")]
    return spec("f03", "clean", "ar", text, meta(title, "مرصد الحقيقة", "Marsad Alhaqiqa", pub, fictional=True),
                claims, traps, partners=["ES"], summary="a fact-check: the interior minister (named) 96 arrested "
                "'خلال العام الماضي' against the DGSN's 104 (planted, with f16), two voices in one text; the "
                "outlet's own count of joint operations built from BCIJ releases (unspecified); phone")  # fmt: skip


def f04():
    pub = "2026-03-05"
    title = "جولة في صحف الخميس: أرقام الإرهاب ومصير العالقين"
    s1 = (
        "نبدأ جولتنا من يومية «الصباح الجديد»، التي نقلت عن مصادر أمنية أن عدد الخلايا الإرهابية المفككة منذ سنة "
        "2002 تجاوز 220 خلية."
    )
    s2 = (
        "وفي ملف آخر، أوردت أسبوعية «الوطن الآن» أن التنسيقية الوطنية لعائلات المغاربة العالقين في سوريا والعراق "
        "تحصي نحو 480 مغربيا محتجزين في مخيمات شمال شرق سوريا، بينهم نساء وأطفال."
    )
    s3 = (
        "أما يومية «الأحداث اليوم» فاستضافت الباحث في الجماعات المتطرفة، عبد الرحيم الزموري، الذي قدر عدد "
        "المغاربة العائدين من بؤر التوتر بنحو 270 شخصا."
    )
    body = [s1, s2, s3, "وفي الشأن الرياضي، كتبت الجريدة نفسها أن المنتخب الوطني يحتل المرتبة 11 عالميا."]
    text = html("ar", title, "صحف اليوم", pub, body, aside=["الطقس: أمطار تصل إلى 30 ملم"])
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "مصادر أمنية"), q="more_than", qt="تجاوز"),
        C("fighters_detained_abroad", 480, "480", s2, cumul(pub),
          A("analyst", "التنسيقية الوطنية لعائلات المغاربة العالقين في سوريا والعراق"), q="about", qt="نحو",
          subset="syria"),
        C("returnees", 270, "270", s3, cumul(pub),
          A("analyst", "الباحث في الجماعات المتطرفة", "عبد الرحيم الزموري"), q="about", qt="نحو"),
    ]  # fmt: skip
    traps = [T("المرتبة 11", "a sports ranking"), T("30 ملم", "aside: rainfall")]
    return spec("f04", "html", "ar", text, meta(title, "صحف اليوم", "Sohof Alyawm", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "شمال شرق سوريا", "where the camps are"),
                                     NP("IQ", "العراق", "a conflict zone in the NGO's name")],
                summary="a press review: three papers relay three voices (security sources, an NGO, a named "
                "researcher); the relaying paper is never the source; more than 220 cells since 2002, about 480 "
                "held in Syria (zone after the number, not the NGO's name), about 270 returnees; time tag and "
                "JSON-LD")  # fmt: skip


def f05():
    pub, outlet = "2026-04-15", "البرلمان اليوم"
    title = "البناني أمام النواب: المقاربة الاستباقية مستمرة"
    s1 = "وأوضح الوزير أن المكتب المركزي للأبحاث القضائية فكك 97 خلية منذ إحداثه في مارس 2015."
    s2 = (
        "وكان النائب عن فريق المعارضة، رشيد الصنهاجي، قد أشار في سؤاله إلى أن أكثر من 1400 شخص أوقفوا خلال الفترة "
        "نفسها."
    )
    body = [
        para("حل وزير الداخلية، حسن البناني، أمس بمجلس النواب للإجابة عن أسئلة شفوية حول الوضع الأمني.", s1),
        s2,
        "وتستند المتابعات إلى القانون رقم 03.03 المتعلق بمكافحة الإرهاب، فيما حملت الجلسة الرقم 87 في الولاية "
        "الحالية.",
    ]
    side = ["حادثة سير تخلف 4 جرحى بالطريق السيار", "بورصة الدار البيضاء ترتفع بـ0.8 في المائة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 97, "97", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
          A("MOI", "وزير الداخلية", "حسن البناني")),
        C("persons_arrested", 1400, "1400", s2, since("2015-03", pub, "خلال الفترة نفسها"),
          A("PARLIAMENT", "النائب عن فريق المعارضة", "رشيد الصنهاجي"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("4 جرحى", "sidebar: road accident"), T("0.8 في المائة", "sidebar: stock index"),
             T("03.03", "law number"), T("الرقم 87", "the sitting's number")]  # fmt: skip
    return spec("f05", "aggregator", "ar", text, meta(title, outlet, "Albarlamane Alyawm", pub, fictional=True),
                claims, traps, summary="the interior minister speaks of the BCIJ's record (MOI, the BCIJ only the "
                "actor): 97 cells since March 2015, below the BCIJ's 101 and 'plus de 100' (planted decrease); an "
                "MP's own figure 'خلال الفترة نفسها' (PARLIAMENT); law number, sitting number, sidebar")  # fmt: skip


def f06():
    pub = "2026-09-08"
    title = "شرح: لماذا يعد المغرب شريكا مطلوبا في مكافحة الإرهاب؟"
    s1 = "منذ سنة 2002، فككت المصالح المغربية 218 خلية إرهابية، وهو رقم يلخص عقدين من العمل الاستباقي."
    s2 = (
        "وكانت حصيلة ماي 2021، التي قدمها المكتب المركزي للأبحاث القضائية، تتحدث عن 210 خلايا مفككة منذ 2002."
    )
    s3 = "وحسب معطيات المكتب ذاته، فككت عناصره 44 خلية خلال السنوات الخمس الأخيرة."
    body = [
        para(s1, s2),
        s3,
        "وتقاسمت الرباط معلومات استخباراتية مع فرنسا وبلجيكا وألمانيا ساعدت على إحباط اعتداءات فوق أراضيها.",
        "وكانت السلطات الفرنسية قد أعلنت إحباط 9 مخططات إرهابية على ترابها خلال سنة واحدة.",
    ]
    text = wordpress("ar", "آفاق مغاربية", "الرئيسية » ملفات", title, "بقلم هيئة التحرير | 8 شتنبر 2026", body,
                     ["الحكومة تصادق على 14 مشروع مرسوم"])  # fmt: skip
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 218, "218", s1, since("2002", pub, "منذ سنة 2002"), A("unspecified")),
        C("cells_dismantled", 210, "210", s2, since("2002", "2021-05", "منذ 2002"), bcij, as_of="2021-05"),
        C("cells_dismantled", 44, "44", s3, lastn(5, pub, "خلال السنوات الخمس الأخيرة"), bcij),
    ]
    traps = [T("9 مخططات", "France's own figure, not Morocco's"), T("14 مشروع", "related headline")]
    return spec("f06", "wordpress", "ar", text, meta(title, "آفاق مغاربية", "Afaq Maghribia", pub, fictional=True),
                claims, traps, partners=["FR", "BE", "DE"], summary="an explainer: the outlet's own 218 cells since "
                "2002 (stale after 223: planted), the May 2021 figure 210 (as_of), 44 in the last five years "
                "('المكتب ذاته'); partners France, Belgium, Germany; France's own figure")  # fmt: skip


def f07():
    pub = "2025-06-20"
    title = "دراسة: تراجع وتيرة تفكيك الخلايا بعد 2019"
    s1 = "وتفيد الدراسة بأن المكتب فكك ٨٢ خلية إرهابية بين سنتي 2015 و2020، قبل أن تتباطأ الوتيرة."
    s2 = "ويقدر معدو الدراسة عدد المغاربة الذين التحقوا بالتنظيمات المسلحة في سوريا والعراق بنحو ١٦٦٠ شخصا."
    body = [
        "أصدر المركز المغربي للدراسات الأمنية والاستراتيجية دراسة جديدة تتبع حصيلة المكتب المركزي للأبحاث "
        "القضائية منذ تأسيسه.",
        s1,
        s2,
        "وتقع الدراسة في 64 صفحة، وأشرف عليها فريق من 7 باحثين.",
    ]
    text = clean(title, "الجمعة 20 يونيو 2025 | منبر الدراسات", body)
    study = A("analyst", "المركز المغربي للدراسات الأمنية والاستراتيجية")
    claims = [
        C("cells_dismantled", 82, "٨٢", s1, rng("2015", "2020", "بين سنتي 2015 و2020"), study),
        C("fighters_joined", 1660, "١٦٦٠", s2, cumul(pub), study, q="about", qt="نحو",
          subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [T("64 صفحة", "page count"), T("7 باحثين", "the study's team")]
    return spec("f07", "clean", "ar", text, meta(title, "منبر الدراسات", "Minbar Addirasat", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="a think tank's study (analyst, though it counts the BCIJ's work): ٨٢ cells between 2015 "
                "and 2020 (range, Arabic-Indic digits), about ١٦٦٠ fighters in Syria and Iraq; page count")  # fmt: skip


def f08():
    pub = "2026-11-10"
    title = "تقرير أمريكي يشيد بالتعاون الأمني مع المغرب"
    s1 = "وسجل التقرير أن السلطات المغربية فككت ما لا يقل عن ثماني خلايا إرهابية خلال سنة 2025."
    body = [
        "أشاد التقرير السنوي لوزارة الخارجية الأمريكية حول الإرهاب بالتعاون الأمني بين الرباط وواشنطن.",
        s1,
        "ونبه التقرير إلى تدهور الوضع في مالي وبوركينا فاسو، حيث سجلت منطقة الساحل أكثر من 3000 هجوم خلال العام "
        "نفسه.",
        "وصدر التقرير يوم 9 جمادى الأولى 1448.",
    ]
    text = html("ar", title, "الساحل نيوز", pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 8, "ثماني", s1, yr("2025", "خلال سنة 2025"),
          A("analyst", "التقرير السنوي لوزارة الخارجية الأمريكية"), q="at_least", qt="ما لا يقل عن"),
    ]  # fmt: skip
    traps = [T("أكثر من 3000 هجوم", "the Sahel's attacks, not Morocco's record"), T("1448", "Hijri year")]
    return spec("f08", "html", "ar", text, meta(title, "الساحل نيوز", "Assahil News", pub, fictional=True), claims,
                traps, partners=["US"], not_partners=[NP("ML", "مالي", "the Sahel threat"),
                                                      NP("BF", "بوركينا فاسو", "the Sahel threat")],
                summary="a foreign report (the US State Department's, analyst): at least eight cells in 2025 in "
                "words; partner United States; Mali and Burkina Faso mentioned; the Sahel's figure, Hijri date; "
                "JSON-LD alone")  # fmt: skip


# ================================================================ French


def f09():
    pub = "2026-02-12"
    title = "Vérification : 223 cellules démantelées depuis 2002, vraiment ?"
    s1 = (
        "Le chiffre a été avancé lundi par le directeur général de la DGSN et de la DGST, Abdelkader Lahlou, lors "
        "d'une rencontre avec des parlementaires : 223 cellules terroristes auraient été démantelées depuis 2002."
    )
    s2 = (
        "Ce total est cohérent avec les bilans antérieurs : les chiffres de mai 2021 faisaient état de 210 cellules "
        "démantelées depuis 2002, selon le BCIJ."
    )
    s3 = "En mai 2025, le directeur du BCIJ, Mustapha Benaïssa, en comptait 218 sur la même période."
    body = [
        s1,
        para(s2, s3),
        "Verdict : plausible. L'écart entre 2021 et 2026 correspond aux opérations annoncées par communiqué.",
        "Les peines prononcées dans ces dossiers vont de 2 à 30 ans de prison.",
    ]
    text = clean(title, "Jeudi 12 février 2026 — Les Décodeurs du Maghreb", body)
    claims = [
        C("cells_dismantled", 223, "223", s1, since("2002", pub, "depuis 2002"),
          A("DGST", "le directeur général de la DGSN et de la DGST", "Abdelkader Lahlou")),
        C("cells_dismantled", 210, "210", s2, since("2002", "2021-05", "depuis 2002"), A("BCIJ", "le BCIJ"),
          as_of="2021-05"),
        C("cells_dismantled", 218, "218", s3, since("2002", "2025-05", "sur la même période"),
          A("BCIJ", "le directeur du BCIJ", "Mustapha Benaïssa"), as_of="2025-05"),
    ]  # fmt: skip
    traps = [T("Vérification : 223 cellules", "the title's figure, repeated by the body: the body's sentence is the "
               "claim"), T("2 à 30 ans", "prison terms")]  # fmt: skip
    return spec("f09", "clean", "fr", text, meta(title, "Les Décodeurs du Maghreb", "Les Decodeurs du Maghreb", pub,
                fictional=True), claims, traps, summary="a fact-check: the DGSN-DGST director general (named, "
                "DGST) said 223 since 2002; 'les chiffres de mai 2021' 210 and 'En mai 2025' 218 'sur la même "
                "période' (as_of, BCIJ); title figure; prison terms")  # fmt: skip


def f10():
    pub, outlet = "2026-01-20", "Maghreb Flash Info"
    title = "Le BCIJ dresse son bilan de l'année 2025"
    s1 = (
        "Dans son bilan annuel rendu public lundi, le Bureau central d'investigations judiciaires (BCIJ) indique "
        "avoir démantelé 8 cellules terroristes au cours de l'année 2025."
    )
    s2 = "Depuis sa création en mars 2015, le Bureau a neutralisé plus de 100 cellules, ajoute le document."
    body = [
        s1,
        s2,
        "Le bilan salue la coopération avec les services français et espagnols, qui a permis plusieurs arrestations "
        "en Europe.",
        "Le plus jeune des suspects interpellés était âgé de 17 ans.",
    ]
    side = ["Botola Pro : le MAS s'impose 1-0 à Fès", "Carburants : le litre de gasoil à 11,90 dirhams"]
    text = aggregator("fr", side, title, outlet, pub, body)
    bcij = A("BCIJ", "le Bureau central d'investigations judiciaires (BCIJ)")
    claims = [
        C("cells_dismantled", 8, "8", s1, yr("2025", "au cours de l'année 2025"), bcij),
        C("cells_dismantled", 100, "100", s2, since("2015-03", pub, "Depuis sa création en mars 2015"), bcij,
          q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1-0", "sidebar: football score"), T("11,90 dirhams", "sidebar: price"),
             T("17 ans", "age")]  # fmt: skip
    return spec("f10", "aggregator", "fr", text, meta(title, outlet, "Maghreb Flash Info", pub, fictional=True),
                claims, traps, partners=["FR", "ES"], summary="the BCIJ's annual review: 8 cells in 2025 (below "
                "its own 11 by September: planted), more than 100 since March 2015 ('ajoute le document', above "
                "the minister's later 97); partners France and Spain; age, sidebar")  # fmt: skip


def f11():
    pub = "2025-07-02"
    title = "Lutte antiterroriste : le grand écart des chiffres"
    s1 = (
        "Selon des sources sécuritaires citées par l'hebdomadaire, 46 000 personnes auraient été interpellées dans "
        "des affaires de terrorisme depuis 2002."
    )
    s2 = (
        "Un chiffre dix fois supérieur à celui qu'avançait en mai le directeur du BCIJ, qui parlait de plus de "
        "4 600 personnes sur la même période."
    )
    body = [
        "Un hebdomadaire casablancais a publié cette semaine un dossier consacré à la menace terroriste.",
        para(s1, s2),
        "L'hebdomadaire, tiré à 15 000 exemplaires, n'a pas précisé l'origine de ce décompte.",
    ]
    text = wordpress("fr", "Le Courrier de l'Oriental", "Accueil » Décryptage", title,
                     "Publié le 2 juillet 2025 par Karim Tahiri", body,
                     ["Oujda : 3 nouvelles lignes de bus"])  # fmt: skip
    claims = [
        C("persons_arrested", 46000, "46 000", s1, since("2002", pub, "depuis 2002"),
          A("official_unspecified", "des sources sécuritaires")),
        C("persons_arrested", 4600, "4 600", s2, since("2002", "2025-05", "sur la même période"),
          A("BCIJ", "le directeur du BCIJ"), q="more_than", qt="plus de", as_of="2025-05"),
    ]  # fmt: skip
    traps = [T("dix fois", "a ratio, not a count"), T("15 000 exemplaires", "print run"),
             T("3 nouvelles lignes", "related headline")]  # fmt: skip
    return spec("f11", "wordpress", "fr", text, meta(title, "Le Courrier de l'Oriental", "Le Courrier de l'Oriental",
                pub, fictional=True), claims, traps, summary="a decoding piece: security sources quoted by a "
                "weekly give 46 000 arrested since 2002, ten times the BCIJ director's 4 600 (planted implausible); "
                "the May figure dated in the text (as_of), 'sur la même période'; print run, ratio")  # fmt: skip


def f12():
    pub = "2026-01-28"
    title = "Combattants marocains : les chiffres du ministère passés à la loupe"
    s1 = (
        f"D'après les chiffres du ministère de l'Intérieur, 1{NBSP}745 Marocains ont rejoint des zones de conflit : "
        f"1{NBSP}659 en Syrie et en Irak et 95 en Libye."
    )
    body = [
        "Combien de Marocains sont partis combattre à l'étranger ? La question revient à chaque rapatriement.",
        s1,
        "Le ministère n'a pas précisé la date de ce décompte.",
        "Les personnes revenues au Maroc sont poursuivies en vertu de la loi 86-14, qui prévoit des peines de 5 à 15 "
        "ans.",
    ]
    text = html("fr", title, "L'Explicateur", pub, body, jsonld=False)
    moi = A("MOI", "les chiffres du ministère de l'Intérieur")
    claims = [
        C("fighters_joined", 1745, f"1{NBSP}745", s1, cumul(pub), moi),
        C("fighters_joined", 1659, f"1{NBSP}659", s1, cumul(pub), moi, subset="syria_iraq_linked"),
        C("fighters_joined", 95, "95", s1, cumul(pub), moi, subset="libya"),
    ]
    traps = [T("86-14", "law number"), T("5 à 15 ans", "prison terms")]
    return spec("f12", "html", "fr", text, meta(title, "L'Explicateur", "L'Explicateur", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone"),
                                             NP("LY", "Libye", "conflict zone")],
                summary="an explainer of the ministry's figures (MOI): 1 745 fighters said to be 1 659 in Syria and "
                "Iraq and 95 in Libya = 1 754 (planted arithmetic), non-breaking spaces; law number, prison "
                "terms; time tag alone")  # fmt: skip


def f13():
    pub = "2026-03-20"
    title = "Revue de presse : les chiffres de l'antiterrorisme à la une"
    s1 = (
        "À l'issue du Conseil de gouvernement, jeudi, le porte-parole du gouvernement, Youssef Alaoui, a rappelé que "
        "huit cellules avaient été démantelées en 2025, rapporte L'Économiste du Nord."
    )
    s2 = (
        "Le quotidien Al Bayane du Soir cite pour sa part le ministre des Affaires étrangères, Karim Benjelloun, "
        "selon qui le Maroc a mené plus de 30 opérations conjointes avec des services européens depuis 2015."
    )
    s3 = (
        "Enfin, Le Matin du Souss relève que, selon la Coordination des familles des Marocains retenus en Syrie et en "
        "Irak, près de 480 ressortissants restent détenus dans des camps du nord-est syrien."
    )
    body = [
        s1,
        para(s2, "Le ministre a cité en exemple l'Espagne et les Pays-Bas."),
        s3,
        "Le même journal consacre deux pages au Mondial 2030, pour lequel 6 stades seront rénovés.",
    ]
    text = clean(title, "Vendredi 20 mars 2026 — Atlas Matin", body)
    claims = [
        C("cells_dismantled", 8, "huit", s1, yr("2025", "en 2025"),
          A("GOV", "le porte-parole du gouvernement", "Youssef Alaoui")),
        C("joint_operations", 30, "30", s2, since("2015", pub, "depuis 2015"),
          A("MFA", "le ministre des Affaires étrangères", "Karim Benjelloun"), q="more_than", qt="plus de"),
        C("fighters_detained_abroad", 480, "480", s3, cumul(pub),
          A("analyst", "la Coordination des familles des Marocains retenus en Syrie et en Irak"), q="about",
          qt="près de", subset="syria"),
    ]  # fmt: skip
    traps = [T("6 stades", "World Cup stadiums"), T("Mondial 2030", "an event's year")]
    return spec("f13", "clean", "fr", text, meta(title, "Atlas Matin", "Atlas Matin", pub, fictional=True), claims,
                traps, partners=["ES", "NL"], not_partners=[NP("SY", "nord-est syrien", "where the camps are"),
                                                            NP("IQ", "Irak", "a conflict zone in the NGO's name")],
                summary="a press review: the government spokesman (named) 'huit' cells in 2025, the foreign "
                "minister (MFA) more than 30 joint operations since 2015, an NGO near 480 held in Syria; each paper "
                "a relay, never the source; partners Spain and the Netherlands")  # fmt: skip


def f14():
    pub = "2026-05-18"
    title = "Antiterrorisme : trois questions à la chercheuse Salma Rifi"
    s1 = "Entre 2015 et 2020, 82 cellules ont été démantelées selon les bilans du BCIJ, rappelle-t-elle."
    s2 = (
        "Au cours des trois dernières années, la chercheuse estime qu'environ 30 cellules ont été neutralisées, soit "
        "un rythme nettement plus lent."
    )
    body = [
        "La politologue Salma Rifi, chercheuse au Centre atlantique d'analyse des risques, publie une note sur "
        "l'évolution de la menace.",
        s1,
        s2,
        "Sa note de 40 pages s'appuie sur 120 sources ouvertes.",
    ]
    text = html("fr", title, "Le Regard Atlantique", pub, body)
    claims = [
        C("cells_dismantled", 82, "82", s1, rng("2015", "2020", "Entre 2015 et 2020"), A("BCIJ", "les bilans du BCIJ")),
        C("cells_dismantled", 30, "30", s2, lastn(3, pub, "Au cours des trois dernières années"),
          A("analyst", "chercheuse au Centre atlantique d'analyse des risques", "Salma Rifi"), q="about",
          qt="environ"),
    ]  # fmt: skip
    traps = [T("40 pages", "page count"), T("120 sources", "the note's sources")]
    return spec("f14", "html", "fr", text, meta(title, "Le Regard Atlantique", "Le Regard Atlantique", pub,
                fictional=True), claims, traps, summary="an interview with a named researcher: the BCIJ's own "
                "82 cells between 2015 and 2020 recalled by her (BCIJ, range), her own estimate of about 30 in "
                "the last three years (analyst); page count; time tag and JSON-LD")  # fmt: skip


def f15():
    pub = "2026-07-01"
    title = "Décryptage : ce que le rapport des experts de l'ONU dit du Maroc"
    s1 = (
        "Le document reprend des données de la DGST selon lesquelles plus de 500 projets d'attentats ont été "
        "déjoués au Maroc depuis 2002."
    )
    s2 = (
        "Sur les 270 Marocains revenus des zones de conflit, 137 ont été interpellés dès leur arrivée, précise le "
        "rapport en citant le BCIJ."
    )
    body = [
        "Le dernier rapport de l'équipe de surveillance des Nations unies consacre deux paragraphes au Royaume.",
        s1,
        s2,
        "À l'échelle mondiale, les experts estiment à 40 000 le nombre de combattants étrangers partis rejoindre "
        "Daech.",
        "Le rapport souligne enfin l'apport des renseignements marocains aux enquêtes belges.",
    ]
    text = wordpress("fr", "Maroc Décrypté", "Accueil » International", title,
                     "Publié le 1 juillet 2026 à 08:40", body,
                     ["Tanger Med : 9 millions de conteneurs"])  # fmt: skip
    bcij = A("BCIJ", "le BCIJ")
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "depuis 2002"), A("DGST", "des données de la DGST"),
          q="more_than", qt="plus de"),
        C("returnees", 270, "270", s2, cumul(pub), bcij),
        C("returnees_arrested", 137, "137", s2, cumul(pub), bcij),
    ]  # fmt: skip
    traps = [T("40 000", "a world figure, not Morocco's"), T("9 millions", "related headline"),
             T("08:40", "time of day")]  # fmt: skip
    return spec("f15", "wordpress", "fr", text, meta(title, "Maroc Décrypté", "Maroc Decrypte", pub, fictional=True),
                claims, traps, partners=["BE"], summary="a foreign report (UN experts) that quotes Moroccan data: "
                "the DGST's more than 500 plots since 2002 and the BCIJ's 270 returnees of whom 137 arrested "
                "(the body cited, not the report); the world figure 40 000 (trap); partner Belgium")  # fmt: skip


# ================================================================ English


def f16():
    pub, outlet = "2026-01-08", "Atlas Wire Digest"
    title = "DGSN annual review: terrorism arrests and the year ahead"
    s1 = (
        "Its services arrested 104 people in terrorism cases last year, the review says, a figure that includes "
        "suspects handed over to the BCIJ."
    )
    s2 = "Over the same period, 31 of those arrested were under 18, the document adds."
    body = [
        para(
            "The General Directorate of National Security (DGSN) published its annual review on Wednesday.",
            s1,
        ),
        s2,
        "The review credits intelligence sharing with the United States and the United Kingdom for several arrests "
        "abroad.",
        "The DGSN also recruited 8,500 new officers.",
    ]
    side = ["Wydad held 0-0 in Casablanca derby", "Dirham gains 0.4% against euro"]
    text = aggregator("en", side, title, outlet, pub, body)
    dgsn = A("DGSN", "The General Directorate of National Security (DGSN)")
    claims = [
        C("persons_arrested", 104, "104", s1, yr("2025", "last year"), dgsn),
        C("persons_arrested", 31, "31", s2, yr("2025", "Over the same period"), dgsn, subset="minors"),
    ]
    traps = [SIDEBAR_RULE, T("0-0", "sidebar: football score"), T("0.4%", "sidebar: exchange rate"),
             T("under 18", "an age, not a count"), T("8,500 new officers", "staff numbers")]  # fmt: skip
    return spec("f16", "aggregator", "en", text, meta(title, outlet, "Atlas Wire Digest", pub, fictional=True),
                claims, traps, partners=["US", "GB"], summary="the DGSN's annual review named in the sentence "
                "before ('Its services ... the review says'): 104 arrested 'last year' (against the MOI's 96: "
                "planted), 31 minors 'Over the same period'; partners US and UK; age, staff, sidebar")  # fmt: skip


def f17():
    pub = "2025-11-04"
    title = "Fact check: how many Moroccans went to fight in Syria and Iraq?"
    s1 = (
        "The interior ministry's most recent count, given to parliament, is 1,659 Moroccans who joined armed groups "
        "in Syria and Iraq."
    )
    s2 = "The Atlas Security Forum, a Rabat think tank, gives a similar estimate of nearly 1,660."
    s3 = "Of those who went, 270 had come home by March 2021, according to the BCIJ's figures at the time."
    body = [
        "A viral post claims that thousands of Moroccans are still fighting abroad. We checked the official record.",
        s1,
        s2,
        s3,
        "Verdict: misleading. The post has been shared 12,000 times.",
    ]
    text = wordpress("en", "Morocco Check", "Home » Fact checks", title, "November 4, 2025 · 5 min read", body,
                     ["Rabat hosts 3-day Africa security forum"])  # fmt: skip
    claims = [
        C("fighters_joined", 1659, "1,659", s1, cumul(pub), A("MOI", "The interior ministry"),
          subset="syria_iraq_linked"),
        C("fighters_joined", 1660, "1,660", s2, cumul(pub), A("analyst", "The Atlas Security Forum"), q="about",
          qt="nearly", subset="syria_iraq_linked"),
        C("returnees", 270, "270", s3, cumul("2021-03"), A("BCIJ", "the BCIJ's figures"), as_of="2021-03"),
    ]  # fmt: skip
    traps = [
        T("12,000 times", "share count"),
        T("5 min read", "reading time"),
        T("3-day", "related headline"),
    ]
    return spec("f17", "wordpress", "en", text, meta(title, "Morocco Check", "Morocco Check", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="a fact-check: the ministry's 1,659 and a think tank's 'similar estimate of nearly 1,660' "
                "(zone carried from the sentence before), 270 returnees 'by March 2021' (as_of, BCIJ); share "
                "count")  # fmt: skip


def f18():
    pub = "2026-06-10"
    title = "Explainer: who counts Morocco's terrorism figures, and how"
    s1 = (
        "In February, the DGSN-DGST director general, Abdelkader Lahlou, told lawmakers that 223 cells had been "
        "dismantled since 2002."
    )
    s2 = (
        "Arrests are counted separately: more than 4,600 people since 2002, according to the figure the BCIJ "
        "director gave in May 2025."
    )
    body = [
        "Three bodies publish most of the numbers: the DGST, its judicial arm the BCIJ, and the DGSN.",
        s1,
        s2,
        "The United States and Spain are the partners most often named in joint operations.",
        "Law 03-03, passed in 2003, defines terrorism offences; Morocco has about 37 million inhabitants.",
    ]
    text = clean(title, "10 June 2026 | The Rabat Explainer", body)
    claims = [
        C("cells_dismantled", 223, "223", s1, since("2002", "2026-02", "since 2002"),
          A("DGST", "the DGSN-DGST director general", "Abdelkader Lahlou"), as_of="2026-02"),
        C("persons_arrested", 4600, "4,600", s2, since("2002", "2025-05", "since 2002"),
          A("BCIJ", "the BCIJ director"), q="more_than", qt="more than", as_of="2025-05"),
    ]  # fmt: skip
    traps = [T("03-03", "law number"), T("37 million", "population")]
    return spec("f18", "clean", "en", text, meta(title, "The Rabat Explainer", "The Rabat Explainer", pub,
                fictional=True), claims, traps, partners=["US", "ES"], summary="an explainer that dates each "
                "figure ('In February' 223, the BCIJ director's May 2025 4,600: as_of), source before and after "
                "the figure; partners US and Spain; law number, population")  # fmt: skip


def f19():
    pub = "2026-10-14"
    title = "Spain and Morocco: a decade of joint counter-terrorism operations"
    s1 = (
        "Spain's interior ministry said on Monday that its police and Morocco's DGST had carried out 26 joint "
        "operations since 2014."
    )
    s2 = "In Rabat, a DGST official said four of those operations took place during 2024."
    body = [
        s1,
        "In Spain alone, 1,200 people were arrested for jihadist terrorism over the same decade, the ministry added.",
        s2,
        "Italy and Germany have also praised Moroccan tip-offs that led to arrests on their soil.",
    ]
    text = html("en", title, "North Africa Ledger", pub, body)
    claims = [
        C("joint_operations", 26, "26", s1, since("2014", pub, "since 2014"),
          A("unspecified", "Spain's interior ministry"),
          notes="a foreign government speaking, no report: unspecified (docs/conventions.md, 'Outside voices')"),
        C("joint_operations", 4, "four", s2, yr("2024", "during 2024"), A("DGST", "a DGST official")),
    ]  # fmt: skip
    traps = [T("1,200 people", "Spain's own arrests, not Morocco's record")]
    return spec("f19", "html", "en", text, meta(title, "North Africa Ledger", "North Africa Ledger", pub,
                fictional=True), claims, traps, partners=["ES", "IT", "DE"], summary="a foreign government's "
                "figure (Spain's interior ministry speaking: unspecified): 26 joint operations since 2014; an unnamed DGST "
                "official: four in 2024; Spain's own arrests (trap); partners Spain, Italy, Germany; time tag and "
                "JSON-LD")  # fmt: skip


def f20():
    pub = "2026-11-20"
    title = "Morning brief: the spokesman's numbers, checked"
    s1 = (
        "Government spokesman Youssef Alaoui put the total at more than 225 cells dismantled since 2002 at "
        "Thursday's briefing."
    )
    s2 = "So far this year, the BCIJ has taken apart 7 cells, he added."
    s3 = "In October alone, two cells were dismantled in Tetouan and Nador, according to DGST statements."
    body = [
        para(s1, s2),
        s3,
        "One of the Nador suspects planned to travel to Mauritania; French intelligence helped trace him.",
        "The briefing lasted 90 minutes.",
    ]
    text = clean(title, "Friday 20 November 2026 — Maghreb Morning Brief", body)
    gov = A("GOV", "Government spokesman", "Youssef Alaoui")
    claims = [
        C("cells_dismantled", 225, "225", s1, since("2002", pub, "since 2002"), gov, q="more_than", qt="more than"),
        C("cells_dismantled", 7, "7", s2, ytd(pub, "So far this year"), gov),
        C("cells_dismantled", 2, "two", s3, P("month", "2026-10", "2026-10", "In October alone"),
          A("DGST", "DGST statements")),
    ]  # fmt: skip
    traps = [T("90 minutes", "a duration")]
    return spec("f20", "clean", "en", text, meta(title, "Maghreb Morning Brief", "Maghreb Morning Brief", pub,
                fictional=True), claims, traps, partners=["FR"],
                not_partners=[NP("MR", "Mauritania", "a suspect's destination, not a partner")],
                summary="a newsletter: the government spokesman (named, title before the name) more than 225 since "
                "2002 and 7 'So far this year' ('he added'), DGST statements two cells 'In October alone' (month); "
                "partner France, Mauritania mentioned; duration")  # fmt: skip


ARTICLES = [
    f01,
    f02,
    f03,
    f04,
    f05,
    f06,
    f07,
    f08,
    f09,
    f10,
    f11,
    f12,
    f13,
    f14,
    f15,
    f16,
    f17,
    f18,
    f19,
    f20,
]

INCONSISTENCIES = [
    {"id": "factcheck-stale", "kind": "stale_figure",
     "refs": [("f01", "cells_dismantled", 218), ("f09", "cells_dismantled", 223), ("f06", "cells_dismantled", 218)],
     "explanation": "cells dismantled since 2002: 218 (the BCIJ director, May 2025), 223 (the DGSN-DGST director "
                    "general, February 2026); an explainer still prints 218 in September 2026"},
    {"id": "factcheck-decrease", "kind": "cumulative_decrease",
     "refs": [("f02", "cells_dismantled", 101), ("f10", "cells_dismantled", 100), ("f05", "cells_dismantled", 97)],
     "explanation": "the BCIJ's cells since its creation in March 2015: 101 (its director, September 2025), more "
                    "than 100 (its annual review, January 2026), then 97 (the interior minister, April 2026)"},
    {"id": "factcheck-arithmetic", "kind": "internal_arithmetic",
     "refs": [("f12", "fighters_joined", 1745), ("f12", "fighters_joined", 1659, "syria_iraq_linked"),
              ("f12", "fighters_joined", 95, "libya")],
     "explanation": "1745 fighters said to be 1659 in Syria and Iraq and 95 in Libya = 1754, not 1745"},
    {"id": "factcheck-implausible", "kind": "implausible_value",
     "refs": [("f01", "persons_arrested", 4600), ("f11", "persons_arrested", 46000)],
     "explanation": "46000 people arrested since 2002 (security sources quoted by a weekly), ten times the more "
                    "than 4600 the BCIJ director gave"},
    {"id": "factcheck-partial", "kind": "partial_exceeds_whole",
     "refs": [("f02", "cells_dismantled", 11), ("f10", "cells_dismantled", 8)],
     "explanation": "the BCIJ dismantled 11 cells from January to September 2025 (its director), then 8 for the "
                    "whole of 2025 (its annual review)"},
    {"id": "factcheck-disagree", "kind": "same_period_disagreement",
     "refs": [("f03", "persons_arrested", 96), ("f16", "persons_arrested", 104)],
     "explanation": "people arrested in 2025: 96 (the interior minister, 'خلال العام الماضي', February 2026) "
                    "against 104 (the DGSN's annual review, 'last year', January 2026)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("f09", "cells_dismantled", 223), ("f04", "cells_dismantled", 220)],
     "reason": "223 cells since 2002 (February 2026) and 'تجاوز 220' (March 2026) agree"},
    {"refs": [("f09", "cells_dismantled", 223), ("f18", "cells_dismantled", 223)],
     "reason": "the director general's 223 since 2002, told by a fact-check and by an explainer that dates it "
               "'In February'"},
    {"refs": [("f06", "cells_dismantled", 210), ("f01", "cells_dismantled", 218)],
     "reason": "210 since 2002 in May 2021 (as_of), then 218 in May 2025: a total that rises"},
    {"refs": [("f10", "cells_dismantled", 8), ("f13", "cells_dismantled", 8), ("f08", "cells_dismantled", 8)],
     "reason": "8 cells in 2025: the BCIJ's review, the government spokesman's 'huit' and the US report's 'at "
               "least eight' agree"},
    {"refs": [("f03", "persons_arrested", 104), ("f16", "persons_arrested", 104)],
     "reason": "the DGSN's 104 arrested in 2025, quoted by the Arabic fact-check and by the English digest"},
    {"refs": [("f07", "cells_dismantled", 82), ("f14", "cells_dismantled", 82)],
     "reason": "82 cells between 2015 and 2020: a study (Arabic-Indic digits) and the BCIJ's reports recalled by "
               "a researcher"},
    {"refs": [("f07", "fighters_joined", 1660, "syria_iraq_linked"), ("f17", "fighters_joined", 1659,
               "syria_iraq_linked"), ("f17", "fighters_joined", 1660, "syria_iraq_linked")],
     "reason": "about 1660 fighters in Syria and Iraq (two think tanks) and the ministry's 1659 agree"},
    {"refs": [("f04", "fighters_detained_abroad", 480, "syria"), ("f13", "fighters_detained_abroad", 480, "syria")],
     "reason": "about 480 Moroccans held in Syria, the same NGO in an Arabic and a French press review"},
    {"refs": [("f01", "persons_arrested", 4600), ("f11", "persons_arrested", 4600), ("f18", "persons_arrested",
               4600)],
     "reason": "more than 4600 arrested since 2002: the BCIJ director's May 2025 figure and two pieces that date "
               "it"},
    {"refs": [("f17", "returnees", 270), ("f04", "returnees", 270), ("f15", "returnees", 270)],
     "reason": "270 returnees by March 2021 (as_of), a researcher's 'نحو 270' (March 2026) and the BCIJ's 270 "
               "quoted by a UN report (July 2026): an undated total that stays"},
    {"refs": [("f09", "cells_dismantled", 223), ("f20", "cells_dismantled", 225)],
     "reason": "223 cells since 2002 (February 2026), then more than 225 (November 2026): a total that rises"},
]  # fmt: skip

CONVENTIONS = """\
- **A figure the text dates** ("les chiffres de mai 2021 faisaient état de 210", "وكانت حصيلة ماي 2021 …",
  "In February, … told lawmakers", "had come home by March 2021", "qu'avançait en mai le directeur du BCIJ") has
  `as_of` at the precision the text gives (month resolved from the byline: "en mai" in a July 2025 piece is
  2025-05) and its period ends at `as_of`; an undated figure is current on the byline. A weekday of the
  byline's week ("avancé lundi", "said on Monday") does not date a figure; a closed year's figure ("104 in 2025",
  from a review "الصادرة في يناير") has no `as_of`: its year is its period.
- **The speaker, not the body acting**: the interior minister telling MPs what the BCIJ dismantled → MOI; a
  study counting the BCIJ's work → analyst; "selon les bilans du BCIJ, rappelle-t-elle" → BCIJ (she recalls the
  BCIJ's own figure); her own estimate → analyst.
- **The DGSN-DGST director general** (one person heading both) speaking of the counter-terrorism record → DGST.
- **A speaker named in the sentence before** ("وقدم مدير المكتب … أرقاما. وبحسب هذه الأرقام …", "وقال المسؤول",
  "Its services …, the review says") keeps the attribution; `raw` is the phrase that names the source by its
  title or body (where it is first named when the sentence only refers back: "المسؤول", "la même source", "the
  document", "ajoute le document"), `person` the name as printed.
- **Press reviews and relays**: the paper that relays ("نقلت يومية …", "rapporte L'Économiste du Nord", "Le
  quotidien … cite") is never the source; the voice it quotes is.
- **Outside voices**: a think tank, a named researcher, an NGO (the families' coordination) and a foreign report
  (the US State Department's report) → `analyst`; a foreign government speaking without a report (Spain's
  interior ministry "said") → `unspecified` with raw naming it (docs/conventions.md); unnamed security
  sources → `official_unspecified`; the outlet's own count ("بحسب إحصاء أجريناه", an explainer's own sentence) →
  `unspecified` with raw null. A foreign report that quotes a Moroccan body ("reprend des données de la DGST",
  "précise le rapport en citant le BCIJ") is a relay: the body it quotes is the source, like a study's "selon
  les bilans du BCIJ".
- **Titles before names**: "Government spokesman Youssef Alaoui" → GOV, raw the title, person the name; "he
  added" in the next sentence keeps both.
- **Periods**: "خلال الفترة ذاتها", "sur la même période", "Over the same period" inherit the previous sentence's
  period (its end at that sentence's `as_of` when dated); "منذ إحداثه في مارس 2015", "Depuis sa création en mars
  2015" start 2015-03; "بين سنتي 2015 و2020", "Entre 2015 et 2020" are ranges; "خلال السنوات الخمس الأخيرة", "Au
  cours des trois dernières années" are last_n_years (start = byline year − n); "منذ بداية السنة الجارية" is year
  to date, and so is "So far this year"; "In October alone" is a `month` (2026-10); "خلال العام الماضي", "last
  year" = byline year − 1.
- **Zones**: "a similar estimate of nearly 1,660" after the ministry's 1,659 "in Syria and Iraq" carries the
  same subset (`syria_iraq_linked`); people held "dans des camps du nord-est syrien" / "في مخيمات شمال شرق سوريا"
  are `syria` whatever the NGO's name says (docs/conventions.md, rule 6).
- **Bounds** agree as in CONTRACT.md: "تجاوز 220" admits 223; "plus de 100" admits 101; "ما لا يقل عن ثماني"
  admits 8; "نحو 270" admits 270.
- **Traps**: a title figure the body repeats, other countries' figures (France's foiled plots, Spain's own
  arrests, the Sahel's attacks), ratios ("dix fois"), print runs, share counts, page counts, staff numbers, ages
  ("under 18" beside a count of minors), prison terms, law numbers, sitting numbers, Hijri years, sidebar and
  related headlines.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, docs/conventions.md, tests/corpus_kit.py,
tests/corpus_gold_checks.py and the structure of tests/corpus_comms were read; no engine code, and the engine was
never run on these files. Real coverage read through the search tool (BCIJ directors' interviews with the state
agency and EFE, the May 16 anniversary conferences, the families' coordination's counts of Moroccans held in
Syria, Spanish statements on joint operations) showed how outlets set figures side by side and date them; no
sentence was copied, all outlets and people (officials included) are invented, and every sentence was written
fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_factcheck: fact-checks, explainers and press reviews",
        "",
        "A development corpus of 20 invented articles (8 Arabic, 7 French, 5 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) that put several sources' figures side by side: who said",
        "what and when, figures dated by the text (`as_of`), officials named with their title, studies, think",
        "tanks, NGOs and foreign reports, press reviews that relay other papers, the outlet's own count, and the",
        "partner countries of operations.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_factcheck/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_factcheck_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_factcheck --json > /tmp/factcheck.json",
        "    ../shared/tools/score.py tests/corpus_factcheck/expected.json /tmp/factcheck.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'factcheck': fact-checks, explainers and press reviews that set several "
        "sources' figures side by side (DGST, BCIJ, DGSN, ministers, the government spokesman, an MP, studies, "
        "NGOs, foreign reports, the outlet's own count), date them and name partner countries; 20 invented "
        "articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
