"""Build the "review" development corpus: 30 invented articles (12 Arabic, 10 French, 8 English) of year-end
reviews, anniversary retrospectives (since 2002, since 16 May 2003, since the BCIJ's creation in 2015), op-eds,
think-tank notes and international indices about Morocco's counter-terrorism record; with their gold
(expected.json) and README.md.

    .venv/bin/python tests/corpus_review/build.py [--out DIR]

Every outlet and person is invented; the figures follow the magnitudes of real press coverage, the sentences
are new. Each claim's `sentence` is the very string placed in the article's text.
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

THIN = "\u202f"


def m(title, outlet, alias, pub):
    return meta(title, outlet, alias, pub, fictional=True)


# ================================================================ Arabic


def r01():
    pub, outlet = "2021-05-16", "بوابة المحيط"
    title = "في الذكرى الـ18 لأحداث 16 ماي: حصيلة ثقيلة للخلايا المفككة"
    s1 = (
        "وأوضح المراقب العام بالمكتب المركزي للأبحاث القضائية، حميد الزموري، خلال ندوة بالدار البيضاء، "
        "أن المصالح الأمنية فككت 210 خلايا إرهابية منذ سنة 2002."
    )
    s2 = "وبحسب المسؤول نفسه، فإن عدد الموقوفين في إطار هذه القضايا بلغ أزيد من 4304 أشخاص منذ 2002."
    s3 = "كما مكنت المقاربة الاستباقية من إحباط ما يزيد عن 500 مشروع إرهابي منذ سنة 2002، يضيف الزموري."
    body = [
        "استعاد المشاركون في الندوة ذكرى التفجيرات التي هزت الدار البيضاء ليلة 16 ماي 2003.",
        para(s1, s2),
        para(s3, "وذكر بأن القانون 03.03 المتعلق بمكافحة الإرهاب شكل نقطة تحول في المعالجة القضائية."),
    ]
    side = ["ارتفاع مبيعات السيارات بنسبة 12 في المائة", "الجيش الملكي يفوز 2-0", "تعيين 14 عاملا جديدا"]
    text = aggregator("ar", side, title, outlet, pub, body)
    bc = A("BCIJ", "المراقب العام بالمكتب المركزي للأبحاث القضائية", "حميد الزموري")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"), bc),
        C("persons_arrested", 4304, "4304", s2, since("2002", pub, "منذ 2002"), A("BCIJ", "المسؤول نفسه"),
          q="more_than", qt="أزيد من"),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "منذ سنة 2002"), bc, q="more_than", qt="ما يزيد عن"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("12 في المائة", "sidebar: car sales"),
        T("2-0", "sidebar: football score"),
        T("الـ18", "the anniversary's ordinal in the title"),
        T("16 ماي 2003", "a date"),
        T("03.03", "law number"),
    ]
    return spec("r01", "aggregator", "ar", text, m(title, outlet, "Bawabat Al Mohit", pub), claims, traps,
                summary="18th anniversary of 16 May: 210 cells, >4304 arrested, >500 plots since 2002 (BCIJ); law "
                        "number and date traps")  # fmt: skip


def r02():
    pub, outlet = "2021-12-30", "المشهد الأمني"
    title = "ست سنوات من عمل البسيج: الخلايا المفككة سنة بعد سنة"
    s1 = "وأكد المكتب المركزي للأبحاث القضائية في حصيلته السنوية أنه فكك 83 خلية إرهابية منذ إحداثه سنة 2015."
    s2 = (
        "وتتوزع هذه الحصيلة بين 21 خلية في 2015، و19 خلية في 2016، و9 خلايا في 2017، و11 خلية في 2018، "
        "و14 خلية في 2019، و8 خلايا في 2020، وخلية واحدة في 2021."
    )
    body = [
        "يقدم المكتب كل نهاية سنة حصيلة عمله في مجال مكافحة الإرهاب.",
        s1,
        para(s2, "ويرى المكتب أن أزيد من 90 في المائة من هذه الخلايا كانت موالية لتنظيم داعش."),
        "ويعزو مسؤولوه تراجع العدد في السنتين الأخيرتين إلى نجاعة الضربات الاستباقية.",
    ]
    text = wordpress("ar", outlet, "الرئيسية » أمن » حصيلة", title, "بتاريخ 30 دجنبر 2021 - 09:40", body,
                     ["مهرجان للفيلم القصير بالحسيمة", "انطلاق عملية إحصاء الماشية"])  # fmt: skip
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    same = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [C("cells_dismantled", 83, "83", s1, since("2015", pub, "منذ إحداثه سنة 2015"), bc)]
    for value, text_, year in [("21", "في 2015", "2015"), ("19", "في 2016", "2016"), ("9", "في 2017", "2017"),
                               ("11", "في 2018", "2018"), ("14", "في 2019", "2019"), ("8", "في 2020", "2020"),
                               ("واحدة", "في 2021", "2021")]:  # fmt: skip
        claims.append(
            C("cells_dismantled", 1 if value == "واحدة" else int(value), value, s2, yr(year, text_), same)
        )
    share = C("cells_dismantled", 90, "90", "ويرى المكتب أن أزيد من 90 في المائة من هذه الخلايا كانت موالية لتنظيم داعش.",
              since("2015", pub, None), same, q="more_than", qt="أزيد من", subset="isis_linked",
              notes="a share of the 83 cells since 2015 (unit percent), as the older golds keep such shares")  # fmt: skip
    share["unit"] = "percent"
    claims.append(share)
    traps = [T("السنتين الأخيرتين", "a vague span, no figure")]
    return spec("r02", "wordpress", "ar", text, m(title, outlet, "Al Mashhad Al Amni", pub), claims, traps,
                summary="BCIJ year-end 2021: 83 cells since 2015 and a list of seven years (21, 19, 9, 11, 14, 8, "
                        "one); a share trap")  # fmt: skip


def r03():
    pub, outlet = "2023-05-16", "صوت الأطلس"
    title = "عشرون عاما بعد 16 ماي: كيف تغيرت المقاربة الأمنية؟"
    s1 = (
        "ويرى الباحث في الحركات الإسلامية كمال بنسودة أن المغرب فكك أكثر من 200 خلية إرهابية منذ 2002، "
        "معتبرا أن الرقم وحده لا يكفي لقياس النجاعة."
    )
    s2 = (
        "غير أن مصدرا من المديرية العامة لمراقبة التراب الوطني حدد العدد بدقة في 216 خلية منذ 2002، "
        "أوقف في إطارها ما يناهز 4400 شخص."
    )
    body = [
        "مرت عشرون سنة على الهجمات التي استهدفت الدار البيضاء، وتغيرت معها أدوات مكافحة الإرهاب.",
        s1,
        s2,
        "وقد قضى بعض المدانين في تلك الأحداث أزيد من 15 سنة خلف القضبان.",
    ]
    text = clean(title, "صوت الأطلس — الثلاثاء 16 ماي 2023", body)
    dgst = A("DGST", "مصدرا من المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 200, "200", s1, since("2002", pub, "منذ 2002"),
          A("analyst", "الباحث في الحركات الإسلامية", "كمال بنسودة"), q="more_than", qt="أكثر من"),
        C("cells_dismantled", 216, "216", s2, since("2002", pub, "منذ 2002"), dgst),
        C("persons_arrested", 4400, "4400", s2, since("2002", pub, "منذ 2002"), dgst, q="about", qt="ما يناهز"),
    ]  # fmt: skip
    traps = [T("أزيد من 15 سنة", "a prison term"), T("عشرون سنة", "a duration")]
    return spec("r03", "clean", "ar", text, m(title, outlet, "Sawt Al Atlas", pub), claims, traps,
                summary="20th anniversary: an analyst's 'more than 200' and the DGST's 216 cells since 2002 (two "
                        "voices), about 4400 arrested")  # fmt: skip


def r04():
    pub, outlet = "2024-03-05", "الرباط اليوم"
    title = "تسع سنوات على إحداث المكتب المركزي للأبحاث القضائية"
    s1 = "وحسب حصيلة المكتب المركزي للأبحاث القضائية، فقد تم تفكيك 92 خلية إرهابية منذ إحداثه في 2015."
    s2 = "وأفاد المصدر ذاته بأن أكثر من 1400 شخص أوقفوا منذ 2015 في قضايا ذات صلة بالإرهاب."
    body = [
        "تحل هذه الأيام الذكرى التاسعة لإحداث المكتب بموجب تعديل قانون المسطرة الجنائية.",
        s1,
        s2,
        "ويشتغل بالمكتب أزيد من 300 عنصر من الضباط والمحققين.",
    ]
    text = html("ar", title, outlet, pub, body, jsonld=False, aside=["توقعات الطقس ليوم 6 مارس"])
    claims = [
        C("cells_dismantled", 92, "92", s1, since("2015", pub, "منذ إحداثه في 2015"),
          A("BCIJ", "المكتب المركزي للأبحاث القضائية")),
        C("persons_arrested", 1400, "1400", s2, since("2015", pub, "منذ 2015"), A("BCIJ", "المصدر ذاته"),
          q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("أزيد من 300 عنصر", "the bureau's staff"), T("6 مارس", "aside: a date")]
    return spec("r04", "html", "ar", text, m(title, outlet, "Rabat Alyaoum", pub), claims, traps,
                summary="BCIJ 9th anniversary: 92 cells and more than 1400 arrested since 2015; staff count "
                        "trap")  # fmt: skip


def r05():
    pub, outlet = "2025-01-08", "أخبار الساعة"
    title = "حصيلة 2024: خمس خلايا مفككة في سنة واحدة"
    s1 = (
        "وأفادت المديرية العامة للأمن الوطني، في حصيلتها السنوية، بأن المصالح الأمنية فككت 5 خلايا "
        "إرهابية خلال السنة الماضية."
    )
    s2 = "ويمثل هذا الرقم ارتفاعا طفيفا مقارنة بـ4 خلايا تم تفكيكها سنة 2023، أي بزيادة 25 في المائة."
    body = [
        "قدمت المديرية حصيلة عملها برسم السنة المنصرمة في مختلف المجالات.",
        para(s1, s2),
        "كما عالجت مصالحها أزيد من 700 ألف قضية زجرية في المجموع.",
    ]
    side = ["تساقطات ثلجية بمرتفعات تفوق 1500 متر", "صعود مؤشر البورصة"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgsn = A("DGSN", "المديرية العامة للأمن الوطني")
    claims = [
        C("cells_dismantled", 5, "5", s1, yr("2024", "خلال السنة الماضية"), dgsn),
        C("cells_dismantled", 4, "4", s2, yr("2023", "سنة 2023"), dgsn),
    ]
    traps = [
        SIDEBAR_RULE,
        T("1500 متر", "sidebar: altitude"),
        T("خمس خلايا مفككة", "a title figure the body repeats"),
        T("25 في المائة", "a percentage change"),
        T("700 ألف قضية", "all criminal cases"),
    ]
    return spec("r05", "aggregator", "ar", text, m(title, outlet, "Akhbar Assaa", pub), claims, traps,
                summary="DGSN review of 2024: 5 cells 'last year' against 4 in 2023; title figure, percentage "
                        "and case-load traps")  # fmt: skip


def r06():
    pub, outlet = "2025-01-20", "منبر المغرب"
    title = "المغرب نموذج في مكافحة الإرهاب"
    s1 = "تمكن المغرب من تفكيك 2190 خلية إرهابية منذ سنة 2002، في واحدة من أقوى الحصائل في المنطقة."
    s2 = "وتم بفضل هذه العمليات إحباط أزيد من ٥٠٠ مخطط إرهابي منذ 2002."
    body = [s1, s2, "وشاهد الشريط الذي يوثق هذه العمليات أكثر من 1245 شخصا على المنصة."]
    text = wordpress("ar", outlet, "الرئيسية » رأي", title, "نشر بتاريخ 20 يناير 2025", body,
                     ["الحكومة تصادق على مشروع قانون جديد"])  # fmt: skip
    claims = [
        C("cells_dismantled", 2190, "2190", s1, since("2002", pub, "منذ سنة 2002"), A("unspecified"),
          notes="misprint-looking: ten times the series; extracted as printed"),
        C("plots_foiled", 500, "٥٠٠", s2, since("2002", pub, "منذ 2002"), A("unspecified"), q="more_than",
          qt="أزيد من", notes="Arabic-Indic digits"),
    ]  # fmt: skip
    traps = [T("1245 شخصا", "view count"), T("واحدة من أقوى الحصائل", "'one of', not a count")]
    return spec("r06", "wordpress", "ar", text, m(title, outlet, "Minbar Al Maghrib", pub), claims, traps,
                summary="unattributed 2190 cells since 2002 (implausible) and more than ٥٠٠ plots (Arabic-Indic); "
                        "view count trap")  # fmt: skip


def r07():
    pub, outlet = "2024-12-28", "الجريدة الأمنية"
    title = "قراءة في حصيلة سنة من العمل الاستخباراتي"
    s1 = "وأكدت مصادر من المديرية العامة لمراقبة التراب الوطني أن عدد الخلايا المفككة منذ 2002 بلغ ٢١٩ خلية."
    s2 = "وخلال السنوات الخمس الأخيرة وحدها جرى تفكيك نحو 45 خلية، تقول المصادر ذاتها."
    body = [
        "مع نهاية السنة، تعود الأرقام الأمنية لتتصدر النقاش العمومي.",
        para(s1, s2),
        "وتحتل المملكة المرتبة 79 في مؤشر الإرهاب العالمي، ضمن الدول الأقل تأثرا.",
    ]
    text = clean(title, f"{outlet} | السبت 28 دجنبر 2024", body)
    claims = [
        C("cells_dismantled", 219, "٢١٩", s1, since("2002", pub, "منذ 2002"),
          A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني"), notes="Arabic-Indic digits"),
        C("cells_dismantled", 45, "45", s2, lastn(5, pub, "خلال السنوات الخمس الأخيرة"),
          A("DGST", "المصادر ذاتها"), q="about", qt="نحو"),
    ]  # fmt: skip
    traps = [T("المرتبة 79", "a rank in an index")]
    return spec("r07", "clean", "ar", text, m(title, outlet, "Al Jarida Al Amnia", pub), claims, traps,
                summary="DGST sources: ٢١٩ cells since 2002 (Arabic-Indic), about 45 in the last five years; GTI rank "
                        "trap")  # fmt: skip


def r08():
    pub, outlet = "2025-05-16", "هسبريس الجنوب"
    title = "22 عاما على تفجيرات الدار البيضاء"
    s1 = (
        "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد ارتفع عدد الخلايا الإرهابية المفككة "
        "منذ 2002 إلى 222 خلية."
    )
    s2 = "وكانت الأرقام الرسمية لشهر نونبر 2020 تتحدث عن 207 خلايا منذ 2002."
    body = [
        "في مثل هذا اليوم من سنة 2003، استهدفت تفجيرات متزامنة مواقع بالدار البيضاء.",
        s1,
        s2,
        "ويقارن خبراء هذه الحصيلة بدول الجوار، حيث تجاوز عدد الموقوفين في الجزائر 1000 شخص.",
    ]
    text = html("ar", title, outlet, pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 222, "222", s1, since("2002", pub, "منذ 2002"),
          A("DGST", "المديرية العامة لمراقبة التراب الوطني")),
        C("cells_dismantled", 207, "207", s2, since("2002", "2020-11", "منذ 2002"),
          A("official_unspecified", "الأرقام الرسمية"), as_of="2020-11", notes="the text dates the figure"),
    ]  # fmt: skip
    traps = [T("22 عاما", "title: a duration"), T("1000 شخص", "another country's arrests (Algeria)")]
    return spec("r08", "html", "ar", text, m(title, outlet, "Hespress Al Janoub", pub), claims, traps,
                not_partners=[NP("DZ", "الجزائر", "a comparison, no cooperation")],
                summary="22nd anniversary: DGST 222 cells since 2002; the November 2020 figures' 207 (as_of); "
                        "Algeria's arrests a trap")  # fmt: skip


def r09():
    pub, outlet = "2023-08-10", "الشمال الآن"
    title = "البسيج يواصل ضرباته الاستباقية"
    s1 = "وتمكن المكتب المركزي للأبحاث القضائية منذ بداية السنة من تفكيك خليتين إرهابيتين."
    s2 = "وبلغ عدد الموقوفين منذ بداية السنة 58 شخصا، حسب المكتب نفسه."
    body = [
        "تتواصل العمليات الأمنية ضد الخلايا المتطرفة في عدد من المدن.",
        s1,
        para(s2, "وتتراوح أعمار أغلبهم بين 19 و34 سنة."),
    ]
    side = ["حريق غابوي يأتي على 40 هكتارا", "مغاربة العالم يعودون عبر عملية مرحبا"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 2, "خليتين", s1, ytd(pub, "منذ بداية السنة"),
          A("BCIJ", "المكتب المركزي للأبحاث القضائية"), notes="dual number word"),
        C("persons_arrested", 58, "58", s2, ytd(pub, "منذ بداية السنة"), A("BCIJ", "المكتب نفسه")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("40 هكتارا", "sidebar: forest fire"), T("بين 19 و34 سنة", "ages")]
    return spec("r09", "aggregator", "ar", text, m(title, outlet, "Achamal Alan", pub), claims, traps,
                summary="BCIJ year to date 2023: two cells (dual word), 58 arrested; ages")  # fmt: skip


def r10():
    pub, outlet = "2024-01-06", "مدار24"
    title = "المكتب المركزي للأبحاث القضائية يكشف حصيلة سنة كاملة"
    s1 = (
        "وأفاد المكتب المركزي للأبحاث القضائية بأنه فكك خلال السنة الماضية أربع خلايا إرهابية، منها ثلاث "
        "موالية لتنظيم داعش وخلية واحدة على صلة بتنظيم القاعدة في بلاد المغرب الإسلامي."
    )
    s2 = "كما أوقف المكتب 52 شخصا خلال الفترة ذاتها."
    body = [s1, s2, "وكانت إحدى الخلايا تضم 6 أشقاء ينحدرون من أسرة واحدة."]
    text = wordpress("ar", outlet, "الرئيسية » مجتمع", title, "مدار24 | 6 يناير 2024", body,
                     ["افتتاح سوق تضامني بوجدة", "أسعار المحروقات تستقر"])  # fmt: skip
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    period = yr("2023", "خلال السنة الماضية")
    claims = [
        C("cells_dismantled", 4, "أربع", s1, period, bc),
        C("cells_dismantled", 3, "ثلاث", s1, period, bc, subset="isis_linked"),
        C("cells_dismantled", 1, "واحدة", s1, period, bc, subset="aqim_linked"),
        C("persons_arrested", 52, "52", s2, yr("2023", "خلال الفترة ذاتها"), A("BCIJ", "المكتب"),
          notes="the period is the previous sentence's"),
    ]  # fmt: skip
    traps = [
        T("6 أشقاء", "members of one cell, a family detail"),
        T("أسرة واحدة", "'one family', not a count"),
    ]
    return spec("r10", "wordpress", "ar", text, m(title, outlet, "Madar24", pub), claims, traps,
                summary="BCIJ review of 2023 'last year': four cells = three ISIS + one AQIM (adds up); 52 "
                        "arrested in 'the same period'")  # fmt: skip


def r11():
    pub, outlet = "2026-03-10", "منبر التحليل"
    title = "رأي: الاستباق الأمني وحدود الأرقام"
    s1 = "ويكفي التذكير بأن 216 خلية إرهابية فككت منذ 2002، كما يكتب الباحث عمر الكتاني."
    s2 = "ويضيف الكتاني أن أزيد من 90 خلية فككت خلال العقد الأخير وحده."
    body = [
        "يكتب الباحث في الشؤون الأمنية عمر الكتاني عن حدود القراءة الرقمية للحصيلة الأمنية.",
        s1,
        s2,
        "أما تونس، فقد أعلنت تفكيك 62 خلية في سنة واحدة، وهو رقم لا يقارن بالحالة المغربية.",
    ]
    text = clean(title, f"{outlet} - 10 مارس 2026", body)
    an = A("analyst", "الباحث في الشؤون الأمنية", "عمر الكتاني")
    claims = [
        C("cells_dismantled", 216, "216", s1, since("2002", pub, "منذ 2002"), an, notes="stale: 222 in May 2025"),
        C("cells_dismantled", 90, "90", s2, lastn(10, pub, "خلال العقد الأخير"), an, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [T("62 خلية", "Tunisia's own cells")]
    return spec("r11", "clean", "ar", text, m(title, outlet, "Minbar Attahlil", pub), claims, traps,
                not_partners=[NP("TN", "تونس", "another country's figures, no cooperation")],
                summary="op-ed 2026: 216 cells since 2002 (stale after 222), more than 90 in the last decade; "
                        "Tunisia's 62 a trap")  # fmt: skip


def r12():
    pub, outlet = "2025-03-12", "لوسيت أنفو"
    title = "البسيج في عشر سنوات: حصيلة وأرقام"
    s1 = "وأعلن المكتب المركزي للأبحاث القضائية أنه فكك 89 خلية إرهابية منذ إحداثه سنة 2015."
    s2 = f"وأوقف المكتب منذ 2015 ما مجموعه 1{NBSP}450 شخصا."
    s3 = "وتوزعت حصيلة السنوات الثلاث الأخيرة بين 5 خلايا سنة 2022 و4 خلايا سنة 2023 و5 خلايا سنة 2024."
    body = [
        "احتفى المكتب بمرور عشر سنوات على إحداثه بحضور مسؤولين أمنيين من دول شريكة.",
        s1,
        para(s2, s3),
        "وأشاد المتدخلون بالعمليات المنجزة بتنسيق مع المصالح الأمنية الإسبانية.",
    ]
    text = html("ar", title, outlet, pub, body)
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 89, "89", s1, since("2015", pub, "منذ إحداثه سنة 2015"), bc,
          notes="below the bureau's own 92 of March 2024"),
        C("persons_arrested", 1450, f"1{NBSP}450", s2, since("2015", pub, "منذ 2015"), A("BCIJ", "المكتب")),
        C("cells_dismantled", 5, "5", s3, yr("2022", "سنة 2022"), A("BCIJ", "المكتب")),
        C("cells_dismantled", 4, "4", s3, yr("2023", "سنة 2023"), A("BCIJ", "المكتب")),
        C("cells_dismantled", 5, "5", s3, yr("2024", "سنة 2024"), A("BCIJ", "المكتب")),
    ]  # fmt: skip
    traps = [
        T("عشر سنوات", "a duration"),
        T("السنوات الثلاث الأخيرة", "a frame for the list, not a period of its own"),
    ]
    return spec("r12", "html", "ar", text, m(title, outlet, "Lusite Info", pub), claims, traps, partners=["ES"],
                summary="BCIJ 10th anniversary: 89 cells since 2015 (below its 92 of 2024), 1 450 arrested; a list "
                        "'5 in 2022, 4 in 2023 and 5 in 2024' (83 + 5 + 4 = 92, so 89 is the slip); Spain partner")  # fmt: skip


# ================================================================ French


def r13():
    pub, outlet = "2022-12-29", "Le Veilleur"
    title = "Bilan 2022 : le BCIJ maintient la pression"
    s1 = (
        "Selon le Bureau central d'investigations judiciaires, cinq cellules terroristes ont été démantelées "
        "en 2022, dont 3 affiliées à Daech et 1 se réclamant d'Al-Qaïda au Maghreb islamique."
    )
    s2 = f"Le même bureau a interpellé 1{THIN}357 personnes depuis 2015."
    body = [
        "L'année 2022 s'achève sur un bilan sécuritaire contrasté.",
        para(s1, s2),
        "Le nombre d'affaires liées à l'apologie en ligne a progressé de 35 %, selon la même source.",
    ]
    side = ["Inflation : les prix ont grimpé de 6,6 %", "Botola : victoire 3-1 du MAS"]
    text = aggregator("fr", side, title, outlet, pub, body)
    bc = A("BCIJ", "Bureau central d'investigations judiciaires")
    claims = [
        C("cells_dismantled", 5, "cinq", s1, yr("2022", "en 2022"), bc),
        C("cells_dismantled", 3, "3", s1, yr("2022", "en 2022"), bc, subset="isis_linked"),
        C("cells_dismantled", 1, "1", s1, yr("2022", "en 2022"), bc, subset="aqim_linked"),
        C("persons_arrested", 1357, f"1{THIN}357", s2, since("2015", pub, "depuis 2015"), A("BCIJ", "Le même bureau")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("6,6 %", "sidebar: inflation"), T("3-1", "sidebar: score"),
             T("35 %", "a percentage change")]  # fmt: skip
    return spec("r13", "aggregator", "fr", text, m(title, outlet, "Le Veilleur", pub), claims, traps,
                summary="BCIJ 2022: five cells split as 3 ISIS + 1 AQIM (does not add up); 1 357 arrested since "
                        "2015 (thin space)")  # fmt: skip


def r14():
    pub, outlet = "2023-05-17", "L'Observateur du Souss"
    title = "Vingt ans après le 16 mai, le temps du bilan"
    s1 = (
        "Pour le politologue Driss Lamrani, plus de 210 cellules ont été démantelées depuis 2002, ce qui "
        "place le Maroc parmi les pays les plus actifs en matière de prévention."
    )
    s2 = "Toujours selon Lamrani, plus de 500 projets d'attentats ont été déjoués depuis 2002."
    body = [
        "Le 16 mai 2003, Casablanca découvrait le terrorisme de masse.",
        s1,
        s2,
        "La loi 03-03, adoptée dans la foulée, reste le socle de l'arsenal pénal.",
    ]
    text = wordpress("fr", outlet, "Accueil > Société > Sécurité", title, "Publié le 17 mai 2023 à 08h15",
                     body, ["Festival Timitar : la programmation dévoilée"])  # fmt: skip
    an = A("analyst", "le politologue", "Driss Lamrani")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), an, q="more_than",
          qt="plus de"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "depuis 2002"), A("analyst", "Lamrani"),
          q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("16 mai 2003", "a date"), T("03-03", "law number")]
    return spec("r14", "wordpress", "fr", text, m(title, outlet, "L'Observateur du Souss", pub), claims, traps,
                summary="analyst, 20 years on: more than 210 cells and more than 500 plots since 2002; date and "
                        "law traps")  # fmt: skip


def r15():
    pub, outlet = "2024-12-30", "Maroc Sécurité Hebdo"
    title = "Sécurité : ce que retient la DGSN de l'année 2024"
    s1 = "Depuis le début de l'année, la DGSN a contribué au démantèlement de 5 cellules terroristes."
    s2 = "Près de 60 personnes ont été interpellées depuis le début de l'année dans ces affaires, précise la DGSN."
    body = [
        s1,
        s2,
        "À l'échelle de l'Union européenne, Europol a recensé 426 arrestations pour terrorisme sur la même période.",
    ]
    text = clean(title, f"{outlet} — Lundi 30 décembre 2024", body)
    dgsn = A("DGSN", "la DGSN")
    claims = [
        C("cells_dismantled", 5, "5", s1, ytd(pub, "Depuis le début de l'année"), dgsn),
        C("persons_arrested", 60, "60", s2, ytd(pub, "depuis le début de l'année"), dgsn, q="about",
          qt="Près de"),
    ]  # fmt: skip
    traps = [T("426 arrestations", "the EU's arrests (Europol)")]
    return spec("r15", "clean", "fr", text, m(title, outlet, "Maroc Sécurité Hebdo", pub), claims, traps,
                summary="DGSN year to date 2024: 5 cells, nearly 60 arrested; Europol's EU arrests a "
                        "trap")  # fmt: skip


def r16():
    pub, outlet = "2025-03-12", "Tel Quel Plus"
    title = "Le BCIJ a dix ans : radiographie d'une décennie"
    s1 = "En dix ans, le BCIJ revendique plus de 85 cellules démantelées depuis sa création en 2015."
    s2 = f"Plus de 1{NBSP}400 personnes ont été arrêtées depuis 2015, selon le bureau."
    S16_3 = "Il a aussi traité les dossiers des 270 Marocains revenus des foyers de tension syro-irakiens."
    body = [
        s1,
        s2,
        "Le bureau a multiplié les échanges de renseignements avec la DGSI française et le FBI américain.",
        S16_3,
        "Ses enquêteurs travaillent parfois plus de 72 heures d'affilée lors des grandes opérations.",
    ]
    text = html("fr", title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 85, "85", s1, since("2015", pub, "depuis sa création en 2015"),
          A("BCIJ", "le BCIJ"), q="more_than", qt="plus de"),
        C("persons_arrested", 1400, f"1{NBSP}400", s2, since("2015", pub, "depuis 2015"), A("BCIJ", "le bureau"),
          q="more_than", qt="Plus de"),
        C("returnees", 270, "270", S16_3, cumul(pub), A("BCIJ", "le bureau"), notes="'Il' is the bureau"),
    ]  # fmt: skip
    traps = [T("72 heures", "a duration"), T("dix ans", "a duration")]
    return spec("r16", "html", "fr", text, m(title, outlet, "Tel Quel Plus", pub), claims, traps,
                partners=["FR", "US"],
                summary="BCIJ ten years: more than 85 cells, more than 1 400 arrested since 2015; France and US "
                        "partners (intelligence shared)")  # fmt: skip


def r17():
    pub, outlet = "2025-01-15", "Le Courrier de l'Oriental"
    title = "Global Terrorism Index : le Maroc loin des zones rouges"
    s1 = "Selon les services marocains, 61 personnes ont été interpellées l'an dernier pour des faits liés au terrorisme."
    s2 = "Entre 2007 et 2024, l'indice ne recense que 10 attaques sur le sol marocain."
    body = [
        "L'édition annuelle du Global Terrorism Index classe le Maroc au 82e rang mondial, avec un score de 0,2.",
        para(s2, "Le rapport recense 7 555 morts dans le monde, dont 1 532 au seul Burkina Faso."),
        s1,
    ]
    side = ["Prix du carburant : baisse de 20 centimes", "Le Raja en quart de finale"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 61, "61", s1, yr("2024", "l'an dernier"), A("official_unspecified", "les services marocains")),
        C("terrorist_attacks", 10, "10", s2, rng("2007", "2024", "Entre 2007 et 2024"), A("analyst", "l'indice"),
          notes="an index's count of attacks in Morocco is a claim about Morocco"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("20 centimes", "sidebar: money"), T("82e rang", "a rank"), T("score de 0,2", "an index score"),
             T("7 555 morts", "world deaths"), T("1 532", "Burkina Faso's deaths")]  # fmt: skip
    return spec("r17", "aggregator", "fr", text, m(title, outlet, "Le Courrier de l'Oriental", pub), claims,
                traps, not_partners=[NP("BF", "Burkina Faso", "another country's figures")],
                summary="GTI 2025: rank, world and Burkina Faso deaths are traps; 61 arrested 'l'an dernier' "
                        "(official); the index's 10 attacks in Morocco 2007-2024 (range)")  # fmt: skip


def r18():
    pub, outlet = "2024-03-08", "Centre Ibn Battuta"
    title = "Note d'analyse : dix ans de démantèlements"
    s1 = (
        "Sur les cinq dernières années, plus de 40 cellules ont été neutralisées, relève la chercheuse "
        "Salma Berrada dans une note du Centre Ibn Battuta."
    )
    s2 = "Entre 2015 et 2018, 60 cellules avaient été démantelées, précise la chercheuse."
    body = [
        s1,
        s2,
        "À titre de comparaison, la Belgique a ouvert 137 dossiers de terrorisme en 2016.",
        "Le taux d'élucidation atteindrait 95 %, selon la note.",
    ]
    text = wordpress("fr", outlet, "Accueil > Publications", title, "8 mars 2024 — Notes",
                     body, ["Séminaire sur la radicalisation en ligne"])  # fmt: skip
    an = A("analyst", "la chercheuse", "Salma Berrada")
    claims = [
        C("cells_dismantled", 40, "40", s1, lastn(5, pub, "Sur les cinq dernières années"), an, q="more_than",
          qt="plus de"),
        C("cells_dismantled", 60, "60", s2, rng("2015", "2018", "Entre 2015 et 2018"), an),
    ]  # fmt: skip
    traps = [T("137 dossiers", "Belgium's own cases"), T("95 %", "a percentage")]
    return spec("r18", "wordpress", "fr", text, m(title, outlet, outlet, pub),
                claims, traps, not_partners=[NP("BE", "la Belgique", "a comparison")],
                summary="think-tank note: more than 40 cells in five years, 60 between 2015 and 2018 (range); "
                        "Belgium's cases a trap")  # fmt: skip


def r19():
    pub, outlet = "2021-02-10", "La Tribune de Rabat"
    title = "Le ministre de l'Intérieur dresse le bilan devant les députés"
    s1 = (
        "Le ministre de l'Intérieur, Hassan Benjelloun, a indiqué devant la Chambre des représentants que "
        f"4{NBSP}304 personnes avaient été interpellées depuis 2002."
    )
    s2 = "Le ministre a ajouté que plus de deux cents cellules avaient été démantelées depuis 2002."
    body = [s1, s2, "La séance a duré plus de 3 heures."]
    text = clean(title, f"Mercredi 10 février 2021 | {outlet}", body)
    moi = A("MOI", "Le ministre de l'Intérieur", "Hassan Benjelloun")
    claims = [
        C("persons_arrested", 4304, f"4{NBSP}304", s1, since("2002", pub, "depuis 2002"), moi),
        C("cells_dismantled", 200, "deux cents", s2, since("2002", pub, "depuis 2002"), A("MOI", "Le ministre"),
          q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("3 heures", "a duration")]
    return spec("r19", "clean", "fr", text, m(title, outlet, "La Tribune de Rabat", pub), claims, traps,
                summary="Interior minister in parliament: 4 304 arrested and more than 'deux cents' cells since "
                        "2002")  # fmt: skip


def r20():
    pub, outlet = "2023-12-14", "Afrique Vigie"
    title = "Washington salue la coopération antiterroriste du Maroc"
    s1 = (
        "Le rapport annuel du Département d'État américain relève que le Maroc a démantelé cinq cellules "
        "en 2022."
    )
    body = [
        s1,
        "Le document salue la coopération étroite entre Rabat et les États-Unis en matière de renseignement.",
        "Il recense par ailleurs plus de 8 000 attaques dans le monde, dont une majorité au Sahel et au Mali.",
    ]
    text = html("fr", title, outlet, pub, body, time_tag=False)
    claims = [C("cells_dismantled", 5, "cinq", s1, yr("2022", "en 2022"),
                A("analyst", "Le rapport annuel du Département d'État américain"))]  # fmt: skip
    traps = [T("8 000 attaques", "world attacks")]
    return spec("r20", "html", "fr", text, m(title, outlet, "Afrique Vigie", pub), claims, traps,
                partners=["US"], not_partners=[NP("ML", "Mali", "a place")],
                summary="US State Department report: five cells in 2022; US partner; world attacks a "
                        "trap")  # fmt: skip


def r21():
    pub, outlet = "2026-01-06", "Le Matinal"
    title = "Antiterrorisme : la DGSN publie son bilan annuel"
    s1 = "La DGSN indique avoir participé au démantèlement de 6 cellules terroristes l'an dernier, contre cinq en 2024."
    s2 = "Au total, 71 personnes ont été interpellées l'an dernier dans des affaires de terrorisme, selon la DGSN."
    body = [s1, s2, "La hausse des signalements en ligne atteint 18 %."]
    side = ["Météo : vague de froid sur l'Atlas", "Coupe du Trône : tirage au sort"]
    text = aggregator("fr", side, title, outlet, pub, body)
    dgsn = A("DGSN", "La DGSN")
    claims = [
        C("cells_dismantled", 6, "6", s1, yr("2025", "l'an dernier"), dgsn),
        C("cells_dismantled", 5, "cinq", s1, yr("2024", "en 2024"), dgsn),
        C("persons_arrested", 71, "71", s2, yr("2025", "l'an dernier"), A("DGSN", "la DGSN")),
    ]
    traps = [SIDEBAR_RULE, T("18 %", "a percentage")]
    return spec("r21", "aggregator", "fr", text, m(title, outlet, "Le Matinal", pub), claims, traps,
                summary="DGSN review of 2025: 6 cells 'l'an dernier' against five in 2024, 71 "
                        "arrested")  # fmt: skip


def r22():
    pub, outlet = "2025-05-16", "Médias Atlas"
    title = "16 mai : vingt-deux ans de vigilance"
    s1 = "D'après la DGST, 222 cellules ont été démantelées depuis 2002."
    s2 = "Les chiffres de 2019 faisaient état de 183 cellules depuis 2002."
    body = [s1, s2, "Une stèle inaugurée en 2004 rappelle le nom des victimes."]
    text = clean(title, f"{outlet}, vendredi 16 mai 2025", body)
    claims = [
        C("cells_dismantled", 222, "222", s1, since("2002", pub, "depuis 2002"), A("DGST", "la DGST")),
        C("cells_dismantled", 183, "183", s2, since("2002", "2019", "depuis 2002"), A("official_unspecified",
          "Les chiffres de 2019"), as_of="2019", notes="the text dates the figure"),
    ]  # fmt: skip
    traps = [T("2004", "a bare year")]
    return spec("r22", "clean", "fr", text, m(title, outlet, "Médias Atlas", pub), claims, traps,
                summary="22 years on: DGST 222 cells since 2002; the 2019 figures' 183 (as_of); bare-year "
                        "trap")  # fmt: skip


# ================================================================ English


def r23():
    pub, outlet = "2025-02-03", "Maghreb Insight"
    title = "Analysis: Morocco's quiet year on the counter-terrorism front"
    s1 = "Morocco dismantled 7 terrorist cells last year, according to security analyst Karim Tazi."
    s2 = "At least 60 people were arrested last year, Tazi estimates."
    body = [
        s1,
        s2,
        "Tazi notes that the share of online recruitment cases rose to 40% of the total.",
    ]
    side = ["Rabat hosts 3-day tech summit", "Dirham steady against euro"]
    text = aggregator("en", side, title, outlet, pub, body)
    an = A("analyst", "security analyst", "Karim Tazi")
    claims = [
        C("cells_dismantled", 7, "7", s1, yr("2024", "last year"), an),
        C("persons_arrested", 60, "60", s2, yr("2024", "last year"), A("analyst", "Tazi"), q="at_least",
          qt="At least"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-day", "sidebar: duration"), T("40%", "a share")]
    return spec("r23", "aggregator", "en", text, m(title, outlet, "Maghreb Insight", pub), claims, traps,
                summary="analyst: 7 cells 'last year' (2024, against the DGSN's 5), at least 60 arrested; a share "
                        "trap")  # fmt: skip


def r24():
    pub, outlet = "2024-06-20", "Atlas Wire"
    title = "State Department report credits Morocco's cooperation"
    s1 = "Morocco reported dismantling four terrorist cells in 2023, the State Department report said."
    body = [
        "The annual Country Reports on Terrorism praised Morocco's cooperation with the United States.",
        s1,
        "Worldwide, the report counts attacks in 13 countries of the Sahel and West Africa, led by Mali.",
    ]
    text = wordpress("en", outlet, "Home > World > Maghreb", title, "June 20, 2024 by Atlas Wire staff", body,
                     ["Tangier port traffic hits record"])  # fmt: skip
    claims = [C("cells_dismantled", 4, "four", s1, yr("2023", "in 2023"),
                A("analyst", "the State Department report"))]  # fmt: skip
    traps = [T("13 countries", "number of countries")]
    return spec("r24", "wordpress", "en", text, m(title, outlet, "Atlas Wire", pub), claims, traps,
                partners=["US"], not_partners=[NP("ML", "Mali", "a place")],
                summary="US Country Reports: four cells in 2023; US partner; number of countries a "
                        "trap")  # fmt: skip


def r25():
    pub, outlet = "2026-03-16", "The Rabat Review"
    title = "Op-ed: Two decades of prevention"
    s1 = "Since 2002, more than 220 cells have been taken apart, writes researcher Nadia Cherkaoui."
    s2 = "Cherkaoui counts more than 500 foiled plots since 2002 and about 4,500 arrests since 2002."
    body = [
        s1,
        s2,
        "By contrast, Europol reported 426 terrorism arrests across the EU in a single year.",
    ]
    text = clean(title, f"{outlet} — March 16, 2026", body)
    an = A("analyst", "researcher", "Nadia Cherkaoui")
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "Since 2002"), an, q="more_than", qt="more than"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "since 2002"), A("analyst", "Cherkaoui"),
          q="more_than", qt="more than"),
        C("persons_arrested", 4500, "4,500", s2, since("2002", pub, "since 2002"), A("analyst", "Cherkaoui"),
          q="about", qt="about"),
    ]  # fmt: skip
    traps = [T("426 terrorism arrests", "the EU's arrests")]
    return spec("r25", "clean", "en", text, m(title, outlet, "The Rabat Review", pub), claims, traps,
                summary="op-ed: more than 220 cells, more than 500 plots, about 4,500 arrests since 2002; EU "
                        "arrests a trap")  # fmt: skip


def r26():
    pub, outlet = "2025-03-20", "North Africa Post Online"
    title = "BCIJ at ten: a decade of pre-emptive strikes"
    s1 = "The BCIJ says it has dismantled 89 cells since its creation in 2015."
    s2 = "According to the 2022 figures, 1,357 people had been arrested since 2015."
    body = [
        s1,
        s2,
        "Joint work with Spain's Guardia Civil has become routine; Spain itself arrested 81 jihadists last year.",
    ]
    text = html("en", title, outlet, pub, body, jsonld=False)
    claims = [
        C("cells_dismantled", 89, "89", s1, since("2015", pub, "since its creation in 2015"), A("BCIJ", "The BCIJ")),
        C("persons_arrested", 1357, "1,357", s2, since("2015", "2022", "since 2015"),
          A("official_unspecified", "the 2022 figures"), as_of="2022", notes="the text dates the figure"),
    ]  # fmt: skip
    traps = [T("81 jihadists", "Spain's own arrests")]
    return spec("r26", "html", "en", text, m(title, outlet, "North Africa Post Online", pub), claims, traps,
                partners=["ES"],
                summary="BCIJ at ten: 89 cells since 2015 (the decrease again); the 2022 figures' 1,357 arrested (as_of); Spain "
                        "partner, its own arrests a trap")  # fmt: skip


def r27():
    pub, outlet = "2023-05-16", "Morocco Daily Ledger"
    title = "Twenty years after Casablanca bombings"
    s1 = "The DGST has dismantled 216 cells since 2002, a senior official told the paper."
    s2 = "Nearly 4,400 suspects have been arrested since 2002, the official added."
    body = ["Twenty years ago, coordinated blasts hit Casablanca.", s1, s2]
    text = html("en", title, outlet, pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 216, "216", s1, since("2002", pub, "since 2002"), A("DGST", "The DGST")),
        C("persons_arrested", 4400, "4,400", s2, since("2002", pub, "since 2002"), A("DGST", "the official"),
          q="about", qt="Nearly"),
    ]  # fmt: skip
    traps = [T("Twenty years", "a duration")]
    return spec("r27", "html", "en", text, m(title, outlet, "Morocco Daily Ledger", pub), claims, traps,
                summary="20 years on: DGST 216 cells and nearly 4,400 arrested since 2002")  # fmt: skip


def r28():
    pub, outlet = "2025-12-30", "Casablanca Courier"
    title = "Year in review: security services keep up the pace"
    s1 = "Since the start of the year, 6 cells have been dismantled, the DGSN said in its annual review."
    s2 = "The DGSN put the number of people arrested since the start of the year at 68."
    body = [s1, s2, "Morocco moved up to 84th in the Global Terrorism Index."]
    text = wordpress("en", outlet, "Home > National", title, "December 30, 2025", body,
                     ["Marrakech marathon draws record crowd"])  # fmt: skip
    dgsn = A("DGSN", "the DGSN")
    claims = [
        C("cells_dismantled", 6, "6", s1, ytd(pub, "Since the start of the year"), dgsn),
        C("persons_arrested", 68, "68", s2, ytd(pub, "since the start of the year"), A("DGSN", "The DGSN")),
    ]
    traps = [T("84th", "a rank")]
    return spec("r28", "wordpress", "en", text, m(title, outlet, "Casablanca Courier", pub), claims, traps,
                summary="DGSN year to date 2025: 6 cells, 68 arrested (within the year's 6 and 71); GTI rank "
                        "trap")  # fmt: skip


def r29():
    pub, outlet = "2022-05-16", "Sahara Tribune"
    title = "A decade of prevention: Morocco's record under scrutiny"
    s1 = (
        "Over the past decade, more than 100 cells have been dismantled, according to analyst Youssef Alaoui."
    )
    s2 = "Officials say more than 1,300 people have been arrested since 2015."
    body = [
        s1,
        s2,
        "After the 2016 Brussels attacks, Moroccan services shared intelligence with Belgium.",
    ]
    text = clean(title, f"May 16, 2022 · {outlet}", body)
    claims = [
        C("cells_dismantled", 100, "100", s1, lastn(10, pub, "Over the past decade"),
          A("analyst", "analyst", "Youssef Alaoui"), q="more_than", qt="more than"),
        C("persons_arrested", 1300, "1,300", s2, since("2015", pub, "since 2015"),
          A("official_unspecified", "Officials"), q="more_than", qt="more than"),
    ]  # fmt: skip
    traps = [T("2016", "a bare year")]
    return spec("r29", "clean", "en", text, m(title, outlet, "Sahara Tribune", pub), claims, traps,
                partners=["BE"],
                summary="analyst: more than 100 cells in the past decade; officials: more than 1,300 arrested since "
                        "2015; Belgium partner")  # fmt: skip


def r30():
    pub, outlet = "2024-12-29", "Hespress Global"
    title = "DGST closes 2024 with record cooperation"
    s1 = "The DGST said it had contributed to dismantling 219 cells since 2002."
    s2 = "It carried out 14 joint operations with Spanish and French services in 2024, the agency added."
    s3 = "The agency still counts 270 returnees from Syria and Iraq."
    body = [s1, s2, para(s3, "Spain separately reported arresting 81 suspects on its own soil.")]
    text = html("en", title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 219, "219", s1, since("2002", pub, "since 2002"), A("DGST", "The DGST")),
        C("joint_operations", 14, "14", s2, yr("2024", "in 2024"), A("DGST", "the agency")),
        C("returnees", 270, "270", s3, cumul(pub), A("DGST", "The agency")),
    ]
    traps = [T("81 suspects", "Spain's own arrests")]
    return spec("r30", "html", "en", text, m(title, outlet, "Hespress Global", pub), claims, traps,
                partners=["ES", "FR"],
                summary="DGST year-end 2024: 219 cells since 2002, 14 joint operations with Spain and France; "
                        "Spain's own arrests a trap")  # fmt: skip


ARTICLES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
            r21, r22, r23, r24, r25, r26, r27, r28, r29, r30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "review-stale", "kind": "stale_figure",
     "refs": [("r03", "cells_dismantled", 216), ("r08", "cells_dismantled", 222), ("r11", "cells_dismantled", 216)],
     "explanation": "cells dismantled since 2002: 216 (DGST, May 2023) rose to 222 (DGST, May 2025); an op-ed of "
                    "March 2026 still repeats 216"},
    {"id": "review-decrease", "kind": "cumulative_decrease",
     "refs": [("r04", "cells_dismantled", 92), ("r12", "cells_dismantled", 89), ("r26", "cells_dismantled", 89)],
     "explanation": "cells dismantled by the BCIJ since 2015: 92 (March 2024) then 89 (12 and 20 March 2025): a "
                    "running total cannot go down (83 + 5 + 4 + 5 would make 97)"},
    {"id": "review-arithmetic", "kind": "internal_arithmetic",
     "refs": [("r13", "cells_dismantled", 5), ("r13", "cells_dismantled", 3, "isis_linked"),
              ("r13", "cells_dismantled", 1, "aqim_linked")],
     "explanation": "the BCIJ's five cells of 2022 are split as 3 linked to ISIS + 1 to AQIM = 4, not 5"},
    {"id": "review-implausible", "kind": "implausible_value",
     "refs": [("r07", "cells_dismantled", 219), ("r06", "cells_dismantled", 2190)],
     "explanation": "2190 cells dismantled since 2002 (unsourced, January 2025), ten times the 219 the DGST gave "
                    "a month earlier"},
    {"id": "review-partial", "kind": "partial_exceeds_whole",
     "refs": [("r09", "persons_arrested", 58), ("r10", "persons_arrested", 52)],
     "explanation": "the BCIJ counted 58 arrests from January to August 2023, then 52 for the whole of 2023"},
    {"id": "review-disagree", "kind": "same_period_disagreement",
     "refs": [("r05", "cells_dismantled", 5), ("r23", "cells_dismantled", 7)],
     "explanation": "cells dismantled in 2024: 5 (DGSN, 'السنة الماضية' in January 2025) against 7 (an analyst, "
                    "'last year' in February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r08", "cells_dismantled", 207), ("r19", "cells_dismantled", 200), ("r01", "cells_dismantled", 210),
              ("r14", "cells_dismantled", 210)],
     "reason": "cells since 2002 rise: 207 (figures of November 2020), 'more than 200' (Feb 2021), 210 (May "
               "2021), 'more than 210' (2023)"},
    {"refs": [("r22", "cells_dismantled", 183), ("r01", "cells_dismantled", 210)],
     "reason": "the 2019 figures' 183 and 210 in 2021: a running total that rises"},
    {"refs": [("r03", "cells_dismantled", 200), ("r03", "cells_dismantled", 216)],
     "reason": "two voices in one article agree: the analyst's 'more than 200' admits the DGST's 216"},
    {"refs": [("r03", "cells_dismantled", 216), ("r27", "cells_dismantled", 216)],
     "reason": "the same 216 from the DGST on the 20th anniversary, in Arabic and English"},
    {"refs": [("r07", "cells_dismantled", 219), ("r30", "cells_dismantled", 219)],
     "reason": "the DGST's 219 at the end of 2024, in two outlets"},
    {"refs": [("r08", "cells_dismantled", 222), ("r22", "cells_dismantled", 222), ("r25", "cells_dismantled", 220)],
     "reason": "222 in May 2025 and 'more than 220' in March 2026 agree"},
    {"refs": [("r19", "persons_arrested", 4304), ("r01", "persons_arrested", 4304), ("r03", "persons_arrested", 4400),
              ("r27", "persons_arrested", 4400), ("r25", "persons_arrested", 4500)],
     "reason": "arrests since 2002 rise: 4 304, 'more than 4304', about 4 400 (2023), about 4,500 (2026)"},
    {"refs": [("r01", "plots_foiled", 500), ("r14", "plots_foiled", 500), ("r06", "plots_foiled", 500),
              ("r25", "plots_foiled", 500)],
     "reason": "'more than 500' plots foiled since 2002, repeated from 2021 to 2026"},
    {"refs": [("r02", "cells_dismantled", 83), ("r04", "cells_dismantled", 92)],
     "reason": "the BCIJ's cells since 2015 rise from 83 (Dec 2021) to 92 (March 2024)"},
    {"refs": [("r04", "cells_dismantled", 92), ("r16", "cells_dismantled", 85)],
     "reason": "'more than 85' cells since 2015 in March 2025 admits the 92 of March 2024"},
    {"refs": [("r26", "persons_arrested", 1357), ("r29", "persons_arrested", 1300), ("r13", "persons_arrested", 1357),
              ("r04", "persons_arrested", 1400), ("r16", "persons_arrested", 1400),
              ("r12", "persons_arrested", 1450)],
     "reason": "arrests since 2015 rise: 'more than 1,300' (May 2022), 1 357 (2022), 'more than 1400' (2024), "
               "1 450 (2025)"},
    {"refs": [("r05", "cells_dismantled", 4), ("r10", "cells_dismantled", 4), ("r24", "cells_dismantled", 4),
              ("r12", "cells_dismantled", 4)],
     "reason": "four cells in 2023 from the DGSN, the BCIJ (twice) and the US report"},
    {"refs": [("r10", "cells_dismantled", 4), ("r10", "cells_dismantled", 3, "isis_linked"),
              ("r10", "cells_dismantled", 1, "aqim_linked")],
     "reason": "a breakdown that adds up: 3 linked to ISIS + 1 to AQIM = 4 cells in 2023"},
    {"refs": [("r13", "cells_dismantled", 5), ("r20", "cells_dismantled", 5), ("r12", "cells_dismantled", 5)],
     "reason": "five cells in 2022 from the BCIJ (2022 and 2025) and the US report"},
    {"refs": [("r17", "persons_arrested", 61), ("r23", "persons_arrested", 60)],
     "reason": "61 arrested in 2024 and 'at least 60' agree"},
    {"refs": [("r07", "cells_dismantled", 45), ("r18", "cells_dismantled", 40)],
     "reason": "the last five years from 2019: about 45 (DGST) and 'more than 40' (analyst) agree"},
    {"refs": [("r28", "cells_dismantled", 6), ("r21", "cells_dismantled", 6)],
     "reason": "the DGSN's 6 cells by 30 December 2025 are within its 6 for the whole of 2025"},
    {"refs": [("r28", "persons_arrested", 68), ("r21", "persons_arrested", 71)],
     "reason": "68 arrests by 30 December 2025 are within the 71 of the whole year"},
    {"refs": [("r15", "cells_dismantled", 5), ("r21", "cells_dismantled", 5)],
     "reason": "5 cells by 30 December 2024 are within the 5 of the whole of 2024"},
    {"refs": [("r16", "returnees", 270), ("r30", "returnees", 270)],
     "reason": "270 returnees, a total printed without a period, from the BCIJ (2025) and the DGST (2024)"},
    {"refs": [("r09", "cells_dismantled", 2), ("r10", "cells_dismantled", 4)],
     "reason": "two cells by August 2023 are within the four of the whole year (BCIJ)"},
]  # fmt: skip

CONVENTIONS = """\
- **Totals printed without a period** ("270 returnees") are `cumulative_unspecified`, ending on the byline.
- **Running totals**: "since 2002", "since the BCIJ's creation in 2015" and "since 2015" are `since` series
  starting "2002" and "2015"; they may stay or rise, never fall. The 16 May 2003 anniversaries are only the
  occasion: their figures count from 2002, as the press does. Annual counts and running totals are never compared (services count differently).
- **Figures the text dates** ("les chiffres de 2019 faisaient état de 183", "according to the 2022 figures",
  "أرقام نونبر 2020") carry `as_of` at the precision given, and their period ends on that date; every other
  figure has `as_of` null and ends on the byline.
- **Relative periods** are resolved from the byline: "السنة الماضية", "l'an dernier", "last year" are the
  byline's year minus one, even in a review published in January; "the past decade" / "العقد الأخير" is
  `last_n_years` with n = 10, "the last five years" n = 5; "since the start of the year" is `year_to_date`.
  A period stated in the previous sentence ("خلال الفترة ذاتها") is inherited.
- **The planted disagreement** on 2024 is r05 against r23; the other sources (r12, r21) also give 5, so a finding
  may name them beside r05 (no compatible group joins the 5s, for that reason). The planted decrease names both
  pages that print 89 after the 92.
- **Comparisons with earlier years** ("مقارنة بـ4 خلايا سنة 2023", "contre cinq en 2024") are claims for that
  year, attributed to the same speaker. Lists of years ("21 in 2015, 19 in 2016 ...") give one claim a year,
  all with the list's sentence; "entre 2015 et 2018" is a `range`.
- **Subsets**: `isis_linked` and the new `aqim_linked` (cells linked to al-Qaeda in the Islamic Maghreb). A
  total followed by its parts by affiliation must add up (r10 does, r13 is planted not to).
- **Attribution**: BCIJ, DGST, DGSN, MOI (the minister before parliament); "الأرقام الرسمية", "les services
  marocains", "Officials", "the 2022 figures" are `official_unspecified`; a named researcher or a think-tank
  note is `analyst`; a foreign report on Morocco's own figures (the US State Department) is `analyst` too
  (docs/conventions.md, "Outside voices"); an unsourced figure is `unspecified` with `raw` null. "المصدر ذاته" /
  "the same bureau"
  carries the previous attribution.
- **International indices and reports**: Morocco's rank or score in the Global Terrorism Index, world or EU
  totals (deaths, attacks, Europol's arrests), other countries' figures (Tunisia, Algeria, Belgium, Burkina
  Faso, Spain's own arrests) are traps; only figures about Morocco's record are claims.
- **Indices' counts about Morocco** (attacks recorded on Moroccan soil between two years) are claims
  (`terrorist_attacks`, `range`, `analyst` with the index in `raw`).
- **Traps**: percentage changes (a share of a counted whole, "أزيد من 90 في المائة من هذه الخلايا", is a
  `percent` claim of that whole's period, as in the older golds); percentage changes ("بزيادة 25 في المائة", "35 %", "40%"), ranks, durations (twenty
  years, ten years, 72 hours), dates and bare years, ages, prison terms, staff counts, case loads, view counts,
  law numbers (03.03, 03-03), sidebar headlines, and a title figure the body repeats.
- **Partners**: only on a cue of cooperation (intelligence shared, joint operations, coordination praised);
  a country giving its own figures or named as a place (Mali, Burkina Faso, Tunisia, Algeria) is a mention.
- **Numbers**: words in Arabic (أربع، ثلاث، واحدة، the dual خليتين), French (cinq) and English (four);
  Arabic-Indic digits (٢١٩، ٥٠٠); thousands with a no-break space, a narrow no-break space or a comma.
- **Bounds** agree as in CONTRACT.md: "more than 220" admits 222; "about" is ±1%; a later exact figure above
  an earlier bound agrees.
- A misprint-looking figure (2190 cells) is extracted as printed; the consistency check flags it.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, tests/corpus_kit.py, tests/corpus_gold_checks.py
and the abroad corpus's structure were read; no engine code, and the engine was never run on these files. The
magnitudes and the shapes of the sentences follow real coverage read through the search tool (the BCIJ's
anniversary counts of some 210 cells since 2002, more than 4,300 arrests and more than 500 plots foiled, its
year-by-year list 21/19/9/11/14/8/1 from 2015 to 2021, other countries' yearly reviews); no sentence was
copied, all outlets and people are invented, and the later figures (216, 219, 222, 89, 92...) are fiction.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_review: year-end reviews, anniversaries, op-eds and international indices",
        "",
        "A development corpus of 30 invented articles (12 Arabic, 10 French, 8 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) of annual security reviews, retrospectives since 2002,",
        "since 16 May 2003 and since the BCIJ's creation in 2015, op-eds and think-tank notes, and international",
        "reports (Global Terrorism Index, US State Department, Europol) whose other countries' and world figures",
        "are traps. Outlets and people are invented; magnitudes follow real press coverage; every sentence was",
        "written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_review/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_review_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_review --json > /tmp/review.json",
        "    ../shared/tools/score.py tests/corpus_review/expected.json /tmp/review.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'review': year-end reviews, anniversary retrospectives, op-eds and "
        "international indices on Morocco's counter-terrorism record; 30 invented articles ar/fr/en. "
        "Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
