"""Build the "speakers" development corpus: 24 invented articles (10 Arabic, 8 French, 6 English) on who gives
a figure: reporting verbs before and after the figure, speakers carried by a pronoun or by "the same source",
officials named by title (some titles holding the body's name), ministers answering MPs, MPs asking, studies,
indexes, foreign reports and researchers, anonymous security sources, official statistics, the outlet's own
count, two or more speakers in one article, direct quotes, attribution after a subordinate clause, attribution in
the lede only, interviews; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_speakers/build.py [--out DIR]

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


def carried(phrase):
    """The note of a claim whose speaker was named before and is carried by `phrase` in its own sentence."""
    return f"speaker carried by '{phrase}' from an earlier sentence"


# ================================================================ Arabic


def s01():
    pub, outlet = "2024-05-14", "بوابة الشاوية"
    title = "المدير العام للأمن الوطني ومراقبة التراب الوطني يستعرض حصيلة مكافحة الإرهاب"
    s1 = (
        "أكد المدير العام للأمن الوطني ولمراقبة التراب الوطني، في كلمة ألقاها بمناسبة الذكرى الثامنة والستين "
        "لتأسيس الأمن الوطني، أن المصالح الأمنية تمكنت من تفكيك 210 خلية إرهابية منذ سنة 2002."
    )
    s2 = "وأضاف أن هذه العمليات مكنت من إحباط أزيد من 500 مخطط تخريبي خلال الفترة نفسها."
    body = [para(s1, s2), "وحضر الحفل 1200 موظف من مختلف الرتب والأسلاك."]
    side = ["الوداد يفوز 2-0 على ضيفه", "تساقطات مطرية تصل إلى 40 ملم"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dg = A("DGST", "المدير العام للأمن الوطني ولمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"), dg),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "خلال الفترة نفسها"), dg, q="more_than",
          qt="أزيد من", notes=carried("وأضاف")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("40 ملم", "sidebar: rainfall"),
             T("1200 موظف", "staff attending a ceremony")]  # fmt: skip
    return spec("s01", "aggregator", "ar", text, meta(title, outlet, "Bawabat Chaouia", pub, fictional=True), claims,
                traps, summary="DG of DGSN-DGST by title ('أكد' before the figure): 210 cells since 2002; 'وأضاف' "
                "carries him to 'أزيد من 500' plots; staff, sidebar")  # fmt: skip


def s02():
    pub, outlet = "2024-03-12", "سلا بريس"
    title = "مدير المكتب المركزي للأبحاث القضائية: اليقظة مستمرة"
    s1 = (
        "كشف مدير المكتب المركزي للأبحاث القضائية، خلال ندوة صحفية بمقر المكتب بسلا، أن هذا الجهاز فكك 95 خلية "
        "إرهابية منذ إحداثه في مارس 2015."
    )
    s2 = "وأوضح المسؤول الأمني أن عدد الأشخاص الذين أوقفهم المكتب خلال الفترة ذاتها ناهز 1350 شخصا، بينهم 80 امرأة."
    body = [s1, s2, "وتحدث المدير لمدة 45 دقيقة أمام نحو 60 صحفيا.",
            "وأشاد بالتعاون الوثيق مع المصالح الأمنية في إسبانيا وفرنسا."]  # fmt: skip
    text = wordpress("ar", outlet, "الرئيسية » أمن", title, "بقلم: هشام الدكالي - 12 مارس 2024", body,
                     ["افتتاح 3 مستشفيات جديدة بجهة الرباط"])  # fmt: skip
    per = since("2015-03", pub, "خلال الفترة ذاتها")
    official = A("BCIJ", "المسؤول الأمني")
    claims = [
        C("cells_dismantled", 95, "95", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
          A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")),
        C("persons_arrested", 1350, "1350", s2, per, official, q="about", qt="ناهز", notes=carried("المسؤول الأمني")),
        C("persons_arrested", 80, "80", s2, per, official, subset="women", notes=carried("المسؤول الأمني")),
    ]  # fmt: skip
    traps = [T("45 دقيقة", "duration"), T("60 صحفيا", "journalists present"),
             T("3 مستشفيات", "related headline")]  # fmt: skip
    return spec("s02", "wordpress", "ar", text, meta(title, outlet, "Sala Press", pub, fictional=True), claims, traps,
                partners=["ES", "FR"], summary="a title holding the body's name (BCIJ director): 95 cells since "
                "March 2015; 'المسؤول الأمني' carries him to arrests 'ناهز 1350' and 80 women; partners Spain, "
                "France")  # fmt: skip


def s03():
    pub, outlet = "2024-07-09", "الوطن الآن"
    title = "وزير الداخلية يعرض الوضع الأمني أمام النواب"
    lede = (
        "قدم وزير الداخلية، اليوم الثلاثاء، أمام لجنة الداخلية والجماعات الترابية بمجلس النواب، عرضا مفصلا حول "
        "الوضع الأمني بالمملكة والتهديدات المحدقة بها."
    )
    s1 = "وتمكنت المصالح الأمنية من إحباط أكثر من 500 مخطط إرهابي منذ سنة 2002."
    s2 = "ومنذ بداية السنة الجارية، فككت هذه المصالح ثلاث خلايا كانت تستعد لتنفيذ عمليات."
    body = [lede, para(s1, s2), "وتضمن العرض 40 صفحة من الجداول والمعطيات.",
            "وأشار العرض إلى تنامي نشاط الجماعات المسلحة في منطقة الساحل، خاصة في مالي."]  # fmt: skip
    text = clean(title, f"{outlet} — الثلاثاء 9 يوليوز 2024", body)
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "منذ سنة 2002"), moi, q="more_than", qt="أكثر من",
          notes="speaker named in the title and the lede only"),
        C("cells_dismantled", 3, "ثلاث", s2, ytd(pub, "منذ بداية السنة الجارية"), moi,
          notes="speaker named in the title and the lede only"),
    ]  # fmt: skip
    traps = [T("40 صفحة", "page count")]
    return spec("s03", "clean", "ar", text, meta(title, outlet, "Alwatan Alan", pub, fictional=True), claims, traps,
                not_partners=[NP("ML", "مالي", "a conflict zone")],
                summary="the interior minister before a committee of MPs, named in title and lede only (MOI, not "
                "PARLIAMENT); figures in the next paragraph; Mali a mere mention")  # fmt: skip


def s04():
    pub, outlet = "2025-01-21", "المرصد النيابي"
    title = "جلسة الأسئلة الشفهية: حصيلة الخلايا المفككة"
    s1 = (
        "وتساءل نائب برلماني عن الفريق الاشتراكي عن تأخر نشر الأرقام، مشيرا إلى أن المصالح الأمنية فككت خليتين "
        "فقط منذ بداية السنة الجارية."
    )
    s2 = "وردا على ذلك، أفاد وزير الداخلية بأن المصالح المختصة فككت 13 خلية إرهابية خلال السنة الماضية."
    s3 = 'وقال الوزير: "لقد عاد 5 مقاتلين خلال السنة نفسها وأحيلوا جميعا على العدالة".'
    body = [s1, s2, s3, "وشارك في الجلسة 95 نائبا.", "وأشاد الوزير بالتنسيق الأمني مع المملكة المتحدة."]
    text = html("ar", title, outlet, pub, body, aside=["4 قوانين جديدة تدخل حيز التنفيذ"])
    claims = [
        C("cells_dismantled", 2, "خليتين", s1, ytd(pub, "منذ بداية السنة الجارية"),
          A("PARLIAMENT", "نائب برلماني عن الفريق الاشتراكي")),
        C("cells_dismantled", 13, "13", s2, yr("2024", "خلال السنة الماضية"), A("MOI", "وزير الداخلية")),
        C("returnees", 5, "5", s3, yr("2024", "خلال السنة نفسها"), A("MOI", "الوزير"), notes=carried("الوزير")),
    ]  # fmt: skip
    traps = [T("95 نائبا", "MPs present"), T("4 قوانين", "aside headline")]
    return spec("s04", "html", "ar", text, meta(title, outlet, "Almarsad Anniyabi", pub, fictional=True), claims,
                traps, partners=["GB"], summary="an MP asking (PARLIAMENT, dual 'خليتين' year to date) and the "
                "interior minister answering (MOI): 13 cells 'خلال السنة الماضية' = 2024; a direct quote by "
                "'الوزير'; time tag and JSON-LD")  # fmt: skip


def s05():
    pub, outlet = "2025-11-04", "صوت الريف"
    title = "مصادر: المغرب في مقدمة الدول المتعاونة أمنيا"
    s1 = (
        "ووفق ما أفادت به مصادر أمنية مطلعة، فإن المصالح المختصة فككت 210 خلية إرهابية منذ سنة 2002، "
        "في إطار مقاربة استباقية."
    )
    s2 = "وأضافت المصادر ذاتها أن 41 من هذه العمليات نفذت بتعاون مع أجهزة استخبارات أجنبية."
    s3 = "وأكدت المصادر نفسها أن المصالح الأمنية أوقفت أمس الإثنين شخصين بمدينة فاس."
    body = [para(s1, s2), s3, "ويبلغ عمر أصغر الموقوفين 17 سنة.",
            "وكانت المخابرات المغربية قد زودت نظيرتها الأمريكية بمعلومات دقيقة في أكثر من مناسبة."]  # fmt: skip
    side = ["ارتفاع صادرات الحوامض بنسبة 8 في المائة", "المنتخب يتأهل بعد فوزه 1-0"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "مصادر أمنية مطلعة")),
        C("joint_operations", 41, "41", s2, since("2002", pub, None), A("official_unspecified", "المصادر ذاتها"),
          notes=carried("المصادر ذاتها")),
        C("persons_arrested", 2, "شخصين", s3, event(pub, "أمس الإثنين"),
          A("official_unspecified", "المصادر نفسها"), notes=carried("المصادر نفسها")),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("8 في المائة", "sidebar: exports"),
        T("1-0", "sidebar: score"),
        T("17 سنة", "age"),
    ]
    return spec("s05", "aggregator", "ar", text, meta(title, outlet, "Sawt Arrif", pub, fictional=True), claims,
                traps, partners=["US"], summary="anonymous security sources (official_unspecified) repeat 210 since "
                "2002 (stale); 'المصادر ذاتها' and 'المصادر نفسها' carry them; weekday event; partner US")  # fmt: skip


def s06():
    pub, outlet = "2024-11-26", "مدار الأخبار"
    title = "باحث: الأرقام الرسمية لا تروي كل شيء"
    s1 = "بحسب الإحصائيات الرسمية، فقد تم توقيف أزيد من 4300 شخص في قضايا مرتبطة بالإرهاب منذ سنة 2002."
    s2 = (
        "غير أن الباحث في الجماعات المتطرفة، يوسف البقالي، يرى أن عدد المغاربة الذين لقوا حتفهم في بؤر "
        "التوتر يتجاوز 700، وهو رقم لا تعلنه السلطات."
    )
    s3 = "وأضاف أن قرابة 100 منهم قضوا في معارك بالعراق."
    body = [s1, para(s2, s3), "ويبلغ البقالي من العمر 52 سنة، وقد ألف 4 كتب حول الظاهرة."]
    text = wordpress("ar", outlet, "الرئيسية » حوارات وآراء", title, "بقلم: ليلى العمراني - 26 نونبر 2024", body,
                     ["توقيف 5 أشخاص بتهمة النصب"])  # fmt: skip
    analyst = A("analyst", "الباحث في الجماعات المتطرفة", "يوسف البقالي")
    claims = [
        C("persons_arrested", 4300, "4300", s1, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "الإحصائيات الرسمية"), q="more_than", qt="أزيد من"),
        C("fighters_killed", 700, "700", s2, cumul(pub), analyst, q="more_than", qt="يتجاوز"),
        C("fighters_killed", 100, "100", s3, cumul(pub), analyst, q="about", qt="قرابة", subset="iraq",
          notes=carried("وأضاف")),
    ]  # fmt: skip
    traps = [T("52 سنة", "age"), T("4 كتب", "books written"), T("توقيف 5 أشخاص", "related headline")]
    return spec("s06", "wordpress", "ar", text, meta(title, outlet, "Madar Alakhbar", pub, fictional=True), claims,
                traps, not_partners=[NP("IQ", "العراق", "a conflict zone")],
                summary="two speakers: official statistics ('بحسب') 'أزيد من 4300' arrested since 2002, a named "
                "researcher 'يتجاوز 700' killed; 'وأضاف' carries him; age, books, related headline")  # fmt: skip


def s07():
    pub, outlet = "2024-08-19", "أصداء الأطلس"
    title = "دراسة: نحو 1660 مغربيا التحقوا بالتنظيمات المتطرفة"
    s1 = (
        "كشفت دراسة حديثة أصدرها مرصد الساحل للدراسات الأمنية أن نحو 1660 مغربيا التحقوا بالتنظيمات الإرهابية "
        "في سوريا والعراق."
    )
    s2 = "وأبرزت الدراسة أن 270 منهم عادوا إلى المغرب، 200 من سوريا و60 من العراق."
    body = [s1, s2, "وتقع الدراسة في 180 صفحة، وشارك في إعدادها 6 باحثين."]
    text = clean(title, f"{outlet} — الإثنين 19 غشت 2024", body)
    study = A("analyst", "الدراسة")
    claims = [
        C("fighters_joined", 1660, "1660", s1, cumul(pub), A("analyst", "مرصد الساحل للدراسات الأمنية"), q="about",
          qt="نحو", subset="syria_iraq_linked"),
        C("returnees", 270, "270", s2, cumul(pub), study, notes=carried("الدراسة")),
        C("returnees", 200, "200", s2, cumul(pub), study, subset="syria", notes=carried("الدراسة")),
        C("returnees", 60, "60", s2, cumul(pub), study, subset="iraq", notes=carried("الدراسة")),
    ]  # fmt: skip
    traps = [T("180 صفحة", "page count"), T("6 باحثين", "authors"),
             T("دراسة: نحو 1660", "title figure that the body repeats")]  # fmt: skip
    return spec("s07", "clean", "ar", text, meta(title, outlet, "Asdaa Alatlas", pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "سوريا", "a conflict zone"), NP("IQ", "العراق", "a conflict zone")],
                summary="a think tank's study (analyst): about 1660 fighters; 'الدراسة' carries it to 270 returnees "
                "= 200 + 60 (planted arithmetic); the title's figure repeated by the body")  # fmt: skip


def s08():
    pub, outlet = "2025-06-03", "الأمن والمجتمع"
    title = "الأمن الوطني يكشف حصيلة محاربة التطرف الرقمي"
    s1 = (
        "صرح الناطق الرسمي باسم المديرية العامة للأمن الوطني بأن مصالح الشرطة أوقفت 57 شخصا للاشتباه في تورطهم "
        "في الإشادة بالإرهاب عبر الإنترنت خلال سنة 2024."
    )
    s2 = "6 منهم قاصرون، يوضح المسؤول ذاته."
    s3 = "وبحسب تتبع الموقع للبلاغات الرسمية، فقد تم تفكيك 5 خلايا منذ بداية السنة الجارية."
    body = [s1, s2, s3, "وتضم المديرية أكثر من 80 ألف موظف.",
            "وأشار الناطق الرسمي إلى تعاون مثمر مع الأجهزة الأمنية البلجيكية."]  # fmt: skip
    text = html("ar", title, outlet, pub, body, time_tag=False)
    dgsn = A("DGSN", "الناطق الرسمي باسم المديرية العامة للأمن الوطني")
    claims = [
        C("persons_arrested", 57, "57", s1, yr("2024", "خلال سنة 2024"), dgsn, subset="online_activity"),
        C("persons_arrested", 6, "6", s2, yr("2024", None), A("DGSN", "المسؤول ذاته"), subset="minors",
          notes=carried("المسؤول ذاته")),
        C("cells_dismantled", 5, "5", s3, ytd(pub, "منذ بداية السنة الجارية"), A("unspecified")),
    ]  # fmt: skip
    traps = [T("80 ألف موظف", "staff")]
    return spec("s08", "html", "ar", text, meta(title, outlet, "Alamn wa Almujtamaa", pub, fictional=True), claims,
                traps, partners=["BE"], summary="DGSN spokesman by title ('صرح'); the verb after the figure ('6 "
                "منهم قاصرون، يوضح المسؤول ذاته'); the outlet's own tally (unspecified, raw null); JSON-LD "
                "alone")  # fmt: skip


def s09():
    pub, outlet = "2025-10-14", "طنجة 24 ساعة"
    title = "وزير الخارجية يشيد بالتعاون الأمني المغربي الإسباني"
    s1 = (
        "قال وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، في ندوة صحفية مشتركة مع نظيره "
        "الإسباني، إن البلدين نفذا أكثر من 20 عملية أمنية مشتركة خلال السنوات الخمس الماضية."
    )
    s2 = "ونقلا عن الوزير، أفادت وكالة الأنباء الرسمية بأن المملكة استعادت 42 من رعاياها الذين كانوا عالقين في مخيمات شمال شرق سوريا منذ سنة 2023."
    body = [s1, s2, "واستغرقت المباحثات بين الوزيرين 3 ساعات."]
    side = ["انطلاق الدورة 15 لمعرض الكتاب", "الرجاء يتعادل 2-2 مع مضيفه"]
    text = aggregator("ar", side, title, outlet, pub, body)
    mfa = A("MFA", "وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج")
    claims = [
        C("joint_operations", 20, "20", s1, lastn(5, pub, "خلال السنوات الخمس الماضية"), mfa, q="more_than",
          qt="أكثر من"),
        C("returnees", 42, "42", s2, since("2023", pub, "منذ سنة 2023"), A("MFA", "الوزير"),
          subset="repatriated",
          notes=carried("نقلا عن الوزير") + "; a news agency relays the minister, who is the speaker; nationals "
          "brought back by the state are subset repatriated (corpus, corpus_ar, corpus_mix)"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("الدورة 15", "sidebar: book fair edition"), T("2-2", "sidebar: score"),
             T("3 ساعات", "duration")]  # fmt: skip
    return spec("s09", "aggregator", "ar", text, meta(title, outlet, "Tanja 24 Saa", pub, fictional=True), claims,
                traps, partners=["ES"], not_partners=[NP("SY", "سوريا", "camps in a conflict zone")],
                summary="the foreign minister by his full title (MFA): 'أكثر من 20' joint operations with Spain in "
                "the past five years; a news agency relays him ('نقلا عن الوزير') for 42 repatriated; Syria a mention")  # fmt: skip


def s10():
    pub, outlet = "2025-05-27", "العدالة اليوم"
    title = "سؤال برلماني حول العائدين من بؤر التوتر"
    s1 = (
        "وجهت نائبة برلمانية عن فريق التقدم والاشتراكية سؤالا كتابيا إلى وزير العدل، أكدت فيه أن 137 عائدا من "
        "بؤر التوتر اعتقلوا فور وصولهم إلى المغرب."
    )
    s2 = "وفي جوابه، أوضح وزير العدل أن عدد العائدين الذين اعتقلوا وأحيلوا على القضاء بلغ 137 عائدا."
    s3 = (
        "ومن جهتها، أعلنت المندوبية العامة لإدارة السجون وإعادة الإدماج أن 312 معتقلا في قضايا التطرف استفادوا من "
        "برنامج مصالحة منذ إطلاقه سنة 2017."
    )
    body = [s1, s2, s3, "ويشار إلى أن النائبة تبلغ من العمر 41 سنة."]
    text = wordpress("ar", outlet, "الرئيسية » برلمان", title, "بقلم: محمد الصديقي - 27 ماي 2025", body,
                     ["افتتاح 3 مؤسسات سجنية جديدة"])  # fmt: skip
    claims = [
        C("returnees_arrested", 137, "137", s1, cumul(pub), A("PARLIAMENT", "نائبة برلمانية عن فريق التقدم والاشتراكية")),
        C("returnees_arrested", 137, "137", s2, cumul(pub), A("GOV", "وزير العدل")),
    ]  # fmt: skip
    optional = [
        C("reconciliation_beneficiaries", 312, "312", s3, since("2017", pub, "منذ إطلاقه سنة 2017"),
          A("official_unspecified", "المندوبية العامة لإدارة السجون وإعادة الإدماج"),
          notes="the prison administration, a body the contract does not list: official_unspecified"),
    ]  # fmt: skip
    traps = [T("41 سنة", "age"), T("3 مؤسسات سجنية", "related headline")]
    return spec("s10", "wordpress", "ar", text, meta(title, outlet, "Aladala Alyawm", pub, fictional=True), claims,
                traps, optional=optional, summary="an MP's written question (PARLIAMENT) and the justice minister's "
                "answer (GOV) agree on 137; the prison administration (official_unspecified, optional figure "
                "outside the contract's metrics); age")  # fmt: skip


# ================================================================ French


def s11():
    pub, outlet = "2025-02-10", "Le Matin du Détroit"
    title = "Le patron de la DGSN-DGST dresse le bilan de la lutte antiterroriste"
    s1 = (
        "Le Maroc, qui a fait de l'anticipation le pilier de sa doctrine sécuritaire depuis les attentats de "
        "Casablanca, a démantelé plus de 200 cellules terroristes depuis 2002, selon le directeur général de la "
        "Sûreté nationale et de la Surveillance du territoire."
    )
    s2 = "« Au cours de l'année écoulée, nos services ont déjoué 9 projets d'attentat », a-t-il précisé."
    body = [s1, s2, "Il s'exprimait devant 300 invités réunis à Rabat.",
            "Il a salué la qualité de la coopération avec la France."]  # fmt: skip
    side = ["Le Wydad s'impose 3-1 à domicile", "Inflation : 2,1 % en janvier"]
    text = aggregator("fr", side, title, outlet, pub, body)
    dg = A("DGST", "le directeur général de la Sûreté nationale et de la Surveillance du territoire")
    claims = [
        C("cells_dismantled", 200, "200", s1, since("2002", pub, "depuis 2002"), dg, q="more_than", qt="plus de",
          notes="'selon' at the end of a long sentence, after a subordinate clause"),
        C("plots_foiled", 9, "9", s2, yr("2024", "Au cours de l'année écoulée"), dg,
          notes=carried("a-t-il précisé") + "; a direct quote"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-1", "sidebar: score"), T("2,1 %", "sidebar: inflation"),
             T("300 invités", "guests at the speech")]  # fmt: skip
    return spec("s11", "aggregator", "fr", text, meta(title, outlet, "Le Matin du Detroit", pub, fictional=True),
                claims, traps, partners=["FR"], summary="'selon' the DG of DGSN-DGST after a subordinate clause: "
                "'plus de 200' since 2002; a quote with the figure inside and 'a-t-il précisé' after it; "
                "'l'année écoulée' = 2024")  # fmt: skip


def s12():
    pub, outlet = "2025-04-15", "Maroc Sécurité Hebdo"
    title = "Terrorisme : la DGSN publie son bilan"
    s1 = (
        "Plus de 4300 personnes ont été interpellées dans des affaires de terrorisme depuis 2002, indique la "
        "Direction générale de la sûreté nationale dans son bilan annuel."
    )
    s2 = "Quelque 310 d'entre elles avaient déjà purgé une peine pour des faits similaires, souligne le même document."
    s3 = "Selon notre décompte, fondé sur les communiqués publiés, 18 cellules ont été démantelées en 2022."
    body = [s1, s2, s3, "Le bilan compte 96 pages."]
    text = wordpress("fr", outlet, "Accueil » Sécurité", title, "Par Karim Bennani | 15 avril 2025", body,
                     ["Casablanca : 12 blessés dans un accident de bus"])  # fmt: skip
    claims = [
        C("persons_arrested", 4300, "4300", s1, since("2002", pub, "depuis 2002"),
          A("DGSN", "la Direction générale de la sûreté nationale"), q="more_than", qt="Plus de",
          notes="the verb after the figure ('indique la DGSN')"),
        C("persons_arrested", 310, "310", s2, since("2002", pub, None), A("DGSN", "le même document"),
          q="about", qt="Quelque", subset="former_detainees", notes=carried("souligne le même document")),
        C("cells_dismantled", 18, "18", s3, yr("2022", "en 2022"), A("unspecified")),
    ]  # fmt: skip
    traps = [T("96 pages", "page count"), T("12 blessés", "related headline")]
    return spec("s12", "wordpress", "fr", text, meta(title, outlet, "Maroc Securite Hebdo", pub, fictional=True),
                claims, traps, summary="the verb after the figure ('indique la DGSN'): 'Plus de 4300' since 2002; "
                "'souligne le même document' after the figure carries it (former detainees); the outlet's own count (unspecified, "
                "raw null)")  # fmt: skip


def s13():
    pub, outlet = "2025-03-20", "Le Courrier de Salé"
    title = "Dix ans du BCIJ : le bilan de son chef"
    s1 = (
        "Le chef du Bureau central d'investigations judiciaires a affirmé jeudi que ses équipes avaient démantelé 91 "
        "cellules depuis la création du bureau en mars 2015."
    )
    s2 = "D'après la même source, 1400 suspects ont été arrêtés sur la même période."
    s3 = (
        "Le politologue Hamid Zerouali estime pour sa part qu'environ 300 Marocains restent détenus en Syrie et en "
        "Irak, un dossier que le bureau n'a pas évoqué."
    )
    body = [s1, s2, "Il a rappelé la coopération avec la Belgique et l'Espagne.", s3,
            "Le bureau emploie environ 150 enquêteurs."]  # fmt: skip
    text = clean(title, f"{outlet} — jeudi 20 mars 2025", body)
    claims = [
        C("cells_dismantled", 91, "91", s1, since("2015-03", pub, "depuis la création du bureau en mars 2015"),
          A("BCIJ", "Le chef du Bureau central d'investigations judiciaires")),
        C("persons_arrested", 1400, "1400", s2, since("2015-03", pub, "sur la même période"),
          A("BCIJ", "la même source"), notes=carried("la même source")),
        C("fighters_detained_abroad", 300, "300", s3, cumul(pub), A("analyst", "Le politologue", "Hamid Zerouali"),
          q="about", qt="environ",
          notes="held in Syria and Iraq together: the whole stock held abroad, no zone (docs/conventions.md)"),
    ]  # fmt: skip
    traps = [T("150 enquêteurs", "staff")]
    mentions = [NP("SY", "Syrie", "a conflict zone"), NP("IQ", "Irak", "a conflict zone")]
    return spec("s13", "clean", "fr", text, meta(title, outlet, "Le Courrier de Sale", pub, fictional=True), claims,
                traps, partners=["BE", "ES"], not_partners=mentions, summary="the BCIJ's chief (title, 'a affirmé'): 91 cells since March "
                "2015 (below s02's 95: planted); 'D'après la même source' 1400 arrested; a named political scientist 'estime' about 300 detained abroad; staff; partners")  # fmt: skip


def s14():
    pub, outlet = "2023-09-18", "L'Écho de l'Oriental"
    title = "Le BCIJ a démantelé 11 cellules depuis janvier"
    s1 = (
        "Depuis le début de l'année, 11 cellules terroristes ont été démantelées, a indiqué lundi un responsable du "
        "Bureau central d'investigations judiciaires."
    )
    s2 = "De source sécuritaire, on apprend par ailleurs que 7 Marocains ont été rapatriés de Syrie au mois d'août."
    body = [s1, s2, "Les suspects sont âgés de 19 à 41 ans."]
    text = html(
        "fr", title, outlet, pub, body, jsonld=False, aside=["Tanger : 5 ans de prison pour un passeur"]
    )
    claims = [
        C("cells_dismantled", 11, "11", s1, ytd(pub, "Depuis le début de l'année"),
          A("BCIJ", "un responsable du Bureau central d'investigations judiciaires")),
        C("returnees", 7, "7", s2, P("month", "2023-08", "2023-08", "au mois d'août"),
          A("official_unspecified", "source sécuritaire"), subset="repatriated",
          notes="nationals repatriated in one month, not the running total of returnees (corpus, corpus_ar, corpus_mix)"),
    ]  # fmt: skip
    traps = [T("19 à 41 ans", "ages"), T("5 ans de prison", "aside: prison term"),
             T("11 cellules depuis janvier", "title figure that the body repeats")]  # fmt: skip
    return spec("s14", "html", "fr", text, meta(title, outlet, "L'Echo de l'Oriental", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syrie", "a conflict zone")],
                summary="two speakers: a BCIJ official after the figure ('a indiqué'), 11 cells year to date; 'De "
                "source sécuritaire' (official_unspecified) 7 returnees in August; time tag alone")  # fmt: skip


def s15():
    pub, outlet = "2024-10-08", "Justice Mag"
    title = "Justice : les chiffres du terrorisme devant les députés"
    s1 = (
        "Le ministre de la Justice a indiqué mardi devant la commission de la justice de la Chambre des "
        "représentants que 148 personnes avaient été présentées au parquet pour des faits de terrorisme en 2023."
    )
    s2 = "Elles comptaient 9 femmes, a ajouté le ministre."
    s3 = "En 2022, elles étaient 162, rappelle le rapport annuel de la Présidence du ministère public."
    body = [s1, s2, s3, "La séance a duré 4 heures."]
    text = wordpress("fr", outlet, "Accueil » Parlement", title, "Par Nadia Chraibi — 8 octobre 2024", body,
                     ["Procès de Salé : 10 ans de prison requis"])  # fmt: skip
    claims = [
        C("persons_arrested", 148, "148", s1, yr("2023", "en 2023"), A("GOV", "Le ministre de la Justice"),
          notes="referral to the prosecutor counted as arrests; a minister before MPs is not PARLIAMENT"),
        C("persons_arrested", 9, "9", s2, yr("2023", None), A("GOV", "le ministre"), subset="women",
          notes=carried("a ajouté le ministre")),
        C("persons_arrested", 162, "162", s3, yr("2022", "En 2022"),
          A("official_unspecified", "la Présidence du ministère public"),
          notes="the Public Prosecution, a judicial body the contract does not list: official_unspecified"),
    ]  # fmt: skip
    traps = [T("4 heures", "duration"), T("10 ans de prison", "related headline: prison term")]
    return spec("s15", "wordpress", "fr", text, meta(title, outlet, "Justice Mag", pub, fictional=True), claims,
                traps, summary="the justice minister (GOV) before MPs: 148 presented to the prosecutor in 2023, 'a "
                "ajouté le ministre' 9 women; 'rappelle le rapport' of the Public Prosecution (official_unspecified) "
                "162 in 2022")  # fmt: skip


def s16():
    pub, outlet = "2025-12-02", "Atlas Hebdo"
    title = "Conseil de gouvernement : point sur la menace terroriste"
    s1 = (
        "Le porte-parole du gouvernement a déclaré jeudi, à l'issue du Conseil de gouvernement, que le BCIJ avait "
        "démantelé 100 cellules depuis sa création en mars 2015."
    )
    s2 = "« Depuis le début de l'année, sept cellules ont été neutralisées », a-t-il poursuivi."
    body = [s1, s2, "Le Conseil a adopté 12 projets de décret.",
            "Il a évoqué la menace persistante au Sahel, notamment au Mali et au Burkina Faso."]  # fmt: skip
    text = clean(title, f"{outlet} — mardi 2 décembre 2025", body)
    gov = A("GOV", "Le porte-parole du gouvernement")
    claims = [
        C("cells_dismantled", 100, "100", s1, since("2015-03", pub, "depuis sa création en mars 2015"), gov,
          notes="the spokesman gives the BCIJ's count: the speaker is GOV"),
        C("cells_dismantled", 7, "sept", s2, ytd(pub, "Depuis le début de l'année"), gov,
          notes=carried("a-t-il poursuivi") + "; a direct quote"),
    ]  # fmt: skip
    traps = [T("12 projets de décret", "decrees adopted")]
    return spec("s16", "clean", "fr", text, meta(title, outlet, "Atlas Hebdo", pub, fictional=True), claims, traps,
                not_partners=[NP("ML", "Mali", "a conflict zone"), NP("BF", "Burkina Faso", "a conflict zone")],
                summary="the government spokesman (GOV) gives the BCIJ's 100 cells since 2015; a quote 'sept' "
                "carried by 'a-t-il poursuivi'; Mali, Burkina Faso mere mentions")  # fmt: skip


def s17():
    pub, outlet = "2024-06-25", "Regards du Sud"
    title = "« Le nombre de revenants reste sous-estimé »"
    lede = "Entretien avec Salma Idrissi, chercheuse à l'Observatoire maghrébin des extrémismes, 38 ans."
    q1 = "Combien de Marocains ont rejoint les zones de conflit ?"
    s1 = "Nos recoupements aboutissent à environ 1670 combattants partis depuis 2012 vers la Syrie et l'Irak."
    q2 = "Et combien sont revenus ?"
    s2 = "Au moins 250, dont une trentaine de femmes."
    q3 = "Les chiffres officiels sont-ils fiables ?"
    s3 = "Les autorités parlent de 1659 départs ; nous arrivons à un total proche, mais nous comptons les binationaux."
    body = [lede, q1, s1, q2, s2, q3, s3]
    side = ["Le Raja battu 0-2 à Fès", "Carburant : 14 dirhams le litre"]
    text = aggregator("fr", side, title, outlet, pub, body)
    her = A("analyst", "chercheuse à l'Observatoire maghrébin des extrémismes", "Salma Idrissi")
    note = "an interview: the interviewee's body is stated once at the top"
    claims = [
        C("fighters_joined", 1670, "1670", s1, since("2012", pub, "depuis 2012"), her, q="about", qt="environ",
          subset="syria_iraq_linked", notes=note),
        C("returnees", 250, "250", s2, cumul(pub), her, q="at_least", qt="Au moins", notes=note),
        C("returnees", 30, "une trentaine", s2, cumul(pub), her, q="about", qt="une trentaine", subset="women",
          notes=note),
        C("fighters_joined", 1659, "1659", s3, cumul(pub), A("official_unspecified", "Les autorités"),
          subset="syria_iraq_linked", notes="the interviewee quotes the authorities' figure"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("0-2", "sidebar: score"), T("14 dirhams", "sidebar: price"), T("38 ans", "age")]
    return spec("s17", "aggregator", "fr", text, meta(title, outlet, "Regards du Sud", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "la Syrie", "a conflict zone"), NP("IQ", "l'Irak", "a conflict zone")],
                summary="an interview (Q/A) with a named researcher, body stated once at the top: about 1670 since "
                "2012, 'Au moins 250' returnees, 'une trentaine' women; she quotes the authorities' 1659")  # fmt: skip


def s18():
    pub, outlet = "2025-09-09", "Le Quotidien de l'Atlas"
    title = "La DGST et les services français renforcent leur coopération"
    s1 = (
        "Depuis le début de l'année, la coopération entre la DGST et les services français a permis 4 opérations "
        "conjointes, précise un communiqué de la Direction générale de la surveillance du territoire."
    )
    s2 = "Le même communiqué rappelle que 1659 Marocains ont rejoint les foyers de tension en Syrie et en Irak."
    body = [s1, s2, "L'une de ces opérations a mobilisé 200 agents."]
    text = html("fr", title, outlet, pub, body)
    claims = [
        C("joint_operations", 4, "4", s1, ytd(pub, "Depuis le début de l'année"),
          A("DGST", "un communiqué de la Direction générale de la surveillance du territoire")),
        C("fighters_joined", 1659, "1659", s2, cumul(pub), A("DGST", "Le même communiqué"),
          subset="syria_iraq_linked", notes=carried("Le même communiqué")),
    ]  # fmt: skip
    traps = [T("200 agents", "agents deployed")]
    return spec("s18", "html", "fr", text, meta(title, outlet, "Le Quotidien de l'Atlas", pub, fictional=True),
                claims, traps, partners=["FR"], not_partners=[NP("SY", "Syrie", "a conflict zone")],
                summary="'précise un communiqué' of the DGST after the figure: 4 joint operations with France; 'Le "
                "même communiqué' 1659 fighters; time tag and JSON-LD")  # fmt: skip


# ================================================================ English


def s19():
    pub, outlet = "2025-06-18", "Maghreb Ledger"
    title = "Morocco has dismantled 215 terror cells since 2002, official says"
    s1 = (
        "A senior official of the General Directorate for Territorial Surveillance told the Maghreb Ledger that "
        "Moroccan services had dismantled 215 terrorist cells since 2002."
    )
    s2 = "He added that more than 500 terrorist plots had been foiled over the same period."
    body = [para(s1, s2), "The official, 54, asked not to be named.",
            "He praised intelligence sharing with the United States and Spain."]  # fmt: skip
    side = ["Wydad beat FAR 2-1 in Rabat derby", "Tomato prices hit 9 dirhams a kilo"]
    text = aggregator("en", side, title, outlet, pub, body)
    dgst = A("DGST", "A senior official of the General Directorate for Territorial Surveillance")
    claims = [
        C("cells_dismantled", 215, "215", s1, since("2002", pub, "since 2002"), dgst),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "over the same period"), dgst, q="more_than",
          qt="more than", notes=carried("He added")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-1", "sidebar: score"), T("9 dirhams", "sidebar: price"), T("54", "age"),
             T("dismantled 215 terror cells since 2002, official says", "title figure that the body repeats")]  # fmt: skip
    return spec("s19", "aggregator", "en", text, meta(title, outlet, "Maghreb Ledger", pub, fictional=True), claims,
                traps, partners=["US", "ES"], summary="'told' the outlet: a DGST official, 215 cells since 2002 "
                "(the title repeats it); 'He added' 'more than 500' plots; age; partners")  # fmt: skip


def s20():
    pub, outlet = "2025-02-11", "Casablanca Tribune"
    title = "DGSN annual review highlights counter-terrorism gains"
    s1 = (
        "The General Directorate of National Security said in its annual review that 16 terrorist cells were "
        "dismantled last year."
    )
    s2 = "It noted that 210 suspects were arrested over the same period, seven of them women."
    body = [s1, s2, "The DGSN employs some 80,000 staff."]
    text = html("en", title, outlet, pub, body)
    dgsn = A("DGSN", "The General Directorate of National Security")
    claims = [
        C("cells_dismantled", 16, "16", s1, yr("2024", "last year"), dgsn),
        C("persons_arrested", 210, "210", s2, yr("2024", "over the same period"), dgsn, notes=carried("It noted")),
        C("persons_arrested", 7, "seven", s2, yr("2024", "over the same period"), dgsn, subset="women",
          notes=carried("It noted")),
    ]  # fmt: skip
    traps = [T("80,000 staff", "staff")]
    return spec("s20", "html", "en", text, meta(title, outlet, "Casablanca Tribune", pub, fictional=True), claims,
                traps, summary="the DGSN's annual review: 16 cells 'last year' = 2024 (s04's 13: planted); 'It "
                "noted' carries it to 210 arrests and seven women; time tag and JSON-LD")  # fmt: skip


def s21():
    pub, outlet = "2024-12-10", "Rabat Review"
    title = "How outside reports see Morocco's terrorism record"
    s1 = (
        "According to the Global Terrorism Index, the kingdom recorded two terrorist attacks over the past five "
        "years."
    )
    s2 = (
        "The US State Department's latest country report on terrorism, for its part, says Moroccan authorities "
        "have arrested some 43,000 people on terrorism charges since 2002."
    )
    s3 = "Analyst Omar Tazi believes the number of Moroccans detained abroad is around 300."
    s4 = "Official figures, by contrast, put the number held in Syrian camps and prisons at 250."
    body = [s1, s2, para(s3, s4), "Tazi, 47, teaches at a university in Rabat."]
    text = wordpress("en", outlet, "Home » Analysis", title, "By Sarah Lamrani | December 10, 2024", body,
                     ["Casablanca tram line 3 opens to passengers"])  # fmt: skip
    claims = [
        C("terrorist_attacks", 2, "two", s1, lastn(5, pub, "over the past five years"),
          A("analyst", "the Global Terrorism Index"),
          notes="an international index's count of attacks on Moroccan soil: analyst, an outside report (docs/conventions.md)"),
        C("persons_arrested", 43000, "43,000", s2, since("2002", pub, "since 2002"),
          A("analyst", "The US State Department's latest country report on terrorism"), q="about",
          qt="some", notes="a foreign government's report: analyst, an outside report (docs/conventions.md, "
          "'Outside voices')"),
        C("fighters_detained_abroad", 300, "300", s3, cumul(pub), A("analyst", "Analyst", "Omar Tazi"), q="about",
          qt="around"),
        C("fighters_detained_abroad", 250, "250", s4, cumul(pub), A("official_unspecified", "Official figures"),
          subset="syria"),
    ]  # fmt: skip
    traps = [T("47", "age"), T("line 3", "related headline: tram line")]
    return spec("s21", "wordpress", "en", text, meta(title, outlet, "Rabat Review", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syrian", "camps in a conflict zone")],
                summary="three outside voices (an index and the US State Department's report: analyst, outside "
                "reports; a named analyst: analyst) and official figures; 'some 43,000' since 2002 (ten times s12's 4300: planted)")  # fmt: skip


def s22():
    pub, outlet = "2024-02-06", "Atlantic Post"
    title = "Moroccan anti-terror bureau reviews its year"
    s1 = (
        "The Central Bureau of Judicial Investigations dismantled nine terrorist cells in 2023, a tally that, "
        "despite a quieter second half, matched the bureau's usual pace, officials at the bureau said on Monday."
    )
    s2 = "The same source said 148 suspects had been arrested in those operations, 4 of them foreigners."
    body = [s1, s2, "The bureau's headquarters in Salé opened in 2015 with 120 staff.",
            "Officials credited cooperation with Germany for one of the arrests."]  # fmt: skip
    text = html("en", title, outlet, pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 9, "nine", s1, yr("2023", "in 2023"), A("BCIJ", "officials at the bureau"),
          notes="'officials said' at the end of a long sentence, after a subordinate clause"),
        C("persons_arrested", 148, "148", s2, yr("2023", None), A("BCIJ", "The same source"),
          notes=carried("The same source")),
        C("persons_arrested", 4, "4", s2, yr("2023", None), A("BCIJ", "The same source"), subset="foreigners",
          notes=carried("The same source")),
    ]  # fmt: skip
    traps = [T("120 staff", "staff"), T("2015", "a bare year")]
    return spec("s22", "html", "en", text, meta(title, outlet, "Atlantic Post", pub, fictional=True), claims, traps,
                partners=["DE"], summary="'officials at the bureau said' after a subordinate clause: nine BCIJ cells "
                "in 2023 (below its 11 by September: planted); 'The same source' 148 arrested; JSON-LD "
                "alone")  # fmt: skip


def s23():
    pub, outlet = "2025-08-12", "Rabat Courier"
    title = "Interior minister defends security record before MPs"
    s1 = (
        "Answering a question in the House of Representatives, the Interior Minister said security services had "
        "foiled more than 500 terrorist plots since 2002."
    )
    s2 = "An opposition MP, citing a parliamentary committee report, said 1,020 people had been arrested between 2018 and 2024."
    s3 = "The minister did not dispute the number but noted that 62 returnees had been arrested and prosecuted since 2019."
    body = [s1, s2, s3, "The session lasted 3 hours."]
    text = clean(title, f"{outlet} — Tuesday 12 August 2025", body)
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "since 2002"), A("MOI", "the Interior Minister"),
          q="more_than", qt="more than", notes="a minister answering MPs is the ministry, not PARLIAMENT"),
        C("persons_arrested", 1020, "1,020", s2, rng("2018", "2024", "between 2018 and 2024"),
          A("PARLIAMENT", "An opposition MP")),
        C("returnees_arrested", 62, "62", s3, since("2019", pub, "since 2019"), A("MOI", "The minister"),
          notes=carried("The minister")),
    ]  # fmt: skip
    traps = [T("3 hours", "duration")]
    return spec("s23", "clean", "en", text, meta(title, outlet, "Rabat Courier", pub, fictional=True), claims, traps,
                summary="the interior minister answering MPs (MOI) and an opposition MP (PARLIAMENT): 'more than "
                "500' plots since 2002, 1,020 arrested 2018-2024; 'The minister' carries him to 62 returnees")  # fmt: skip


def s24():
    pub, outlet = "2025-05-06", "North Africa Monitor"
    title = '"We work with Spain almost every month"'
    lede = (
        "In an interview with North Africa Monitor, the director of the Central Bureau of Judicial Investigations, "
        "Karim Ouazzani, discussed cooperation with European services."
    )
    q1 = "How often do you work with Spanish services?"
    s1 = "We have carried out more than 20 joint operations with Spain over the past five years."
    q2 = "And this year?"
    s2 = "Since January, we have dismantled five cells and arrested 31 people."
    body = [lede, q1, s1, q2, s2, "He took office 18 months ago."]
    text = clean(title, f"{outlet} — Tuesday 6 May 2025", body)
    bcij = A("BCIJ", "the director of the Central Bureau of Judicial Investigations", "Karim Ouazzani")
    note = "an interview: the interviewee's body is stated once at the top"
    claims = [
        C("joint_operations", 20, "20", s1, lastn(5, pub, "over the past five years"), bcij, q="more_than",
          qt="more than", notes=note),
        C("cells_dismantled", 5, "five", s2, ytd(pub, "Since January"), bcij, notes=note),
        C("persons_arrested", 31, "31", s2, ytd(pub, "Since January"), bcij, notes=note),
    ]  # fmt: skip
    traps = [T("18 months", "duration")]
    return spec("s24", "clean", "en", text, meta(title, outlet, "North Africa Monitor", pub, fictional=True), claims,
                traps, partners=["ES"], summary="an interview (Q/A) with the BCIJ director (title and name), body "
                "stated once in the lede: 'more than 20' joint operations with Spain, five cells and 31 arrests since January")  # fmt: skip


ARTICLES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18,
            s19, s20, s21, s22, s23, s24]  # fmt: skip

INCONSISTENCIES = [
    {"id": "speakers-stale", "kind": "stale_figure",
     "refs": [("s01", "cells_dismantled", 210), ("s19", "cells_dismantled", 215), ("s05", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (DG of DGSN-DGST, May 2024), 215 (a DGST official, June 2025); "
                    "anonymous security sources repeat 210 in November 2025"},
    {"id": "speakers-decrease", "kind": "cumulative_decrease",
     "refs": [("s02", "cells_dismantled", 95), ("s13", "cells_dismantled", 91)],
     "explanation": "BCIJ cells since March 2015: 95 (its director, March 2024) then 91 (its chief, March 2025)"},
    {"id": "speakers-arithmetic", "kind": "internal_arithmetic",
     "refs": [("s07", "returnees", 270), ("s07", "returnees", 200, "syria"), ("s07", "returnees", 60, "iraq")],
     "explanation": "a study's 270 returnees said to be 200 from Syria and 60 from Iraq = 260, not 270"},
    {"id": "speakers-implausible", "kind": "implausible_value",
     "refs": [("s12", "persons_arrested", 4300), ("s21", "persons_arrested", 43000)],
     "explanation": "some 43,000 arrested since 2002 in a foreign report, ten times the 'more than 4300' the DGSN "
                    "and official statistics give"},
    {"id": "speakers-partial", "kind": "partial_exceeds_whole",
     "refs": [("s14", "cells_dismantled", 11), ("s22", "cells_dismantled", 9)],
     "explanation": "the BCIJ dismantled 11 cells from January to mid-September 2023, then nine (9) for the whole "
                    "of 2023"},
    {"id": "speakers-disagree", "kind": "same_period_disagreement",
     "refs": [("s04", "cells_dismantled", 13), ("s20", "cells_dismantled", 16)],
     "explanation": "cells dismantled in 2024: 13 (the interior minister answering MPs, 'السنة الماضية', January "
                    "2025) against 16 (the DGSN's review, 'last year', February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("s01", "cells_dismantled", 210), ("s11", "cells_dismantled", 200)],
     "reason": "210 (May 2024) and 'plus de 200' (February 2025) since 2002 agree"},
    {"refs": [("s11", "cells_dismantled", 200), ("s19", "cells_dismantled", 215)],
     "reason": "'plus de 200' (February 2025) admits 215 (June 2025)"},
    {"refs": [("s02", "cells_dismantled", 95), ("s16", "cells_dismantled", 100)],
     "reason": "the BCIJ's cells since March 2015 rise from 95 (its director, March 2024) to 100 (the government "
               "spokesman, December 2025)"},
    {"refs": [("s01", "plots_foiled", 500), ("s03", "plots_foiled", 500), ("s19", "plots_foiled", 500),
              ("s23", "plots_foiled", 500)],
     "reason": "'more than 500' plots foiled since 2002 from four speakers (DGST twice, the interior minister twice): "
               "bounds that agree"},
    {"refs": [("s06", "persons_arrested", 4300), ("s12", "persons_arrested", 4300)],
     "reason": "'أزيد من 4300' (official statistics) and 'Plus de 4300' (DGSN) arrested since 2002 agree"},
    {"refs": [("s17", "fighters_joined", 1659, "syria_iraq_linked"),
              ("s07", "fighters_joined", 1660, "syria_iraq_linked"),
              ("s18", "fighters_joined", 1659, "syria_iraq_linked")],
     "reason": "1659 (the authorities, June 2024), about 1660 (a study, August 2024) and 1659 (DGST, September "
               "2025): an official and a think tank that agree"},
    {"refs": [("s09", "joint_operations", 20), ("s24", "joint_operations", 20)],
     "reason": "'more than 20' joint operations with Spain over the past five years: the foreign minister and the "
               "BCIJ director agree"},
    {"refs": [("s04", "cells_dismantled", 13), ("s04", "cells_dismantled", 2)],
     "reason": "the minister's 13 for 2024 and the MP's two since January 2025: different periods"},
    {"refs": [("s02", "persons_arrested", 1350), ("s13", "persons_arrested", 1400)],
     "reason": "arrests by the BCIJ since March 2015 rise from about 1350 (March 2024) to 1400 (March 2025)"},
    {"refs": [("s15", "persons_arrested", 148), ("s15", "persons_arrested", 162)],
     "reason": "148 presented to the prosecutor in 2023 (the minister) and 162 in 2022 (the Public Prosecution): "
               "two speakers, different years"},
    {"refs": [("s15", "persons_arrested", 148), ("s22", "persons_arrested", 148)],
     "reason": "148 arrested in 2023: the justice minister and the BCIJ agree"},
    {"refs": [("s10", "returnees_arrested", 137), ("s10", "returnees_arrested", 137, None, 1)],
     "reason": "137 returnees arrested: the MP's question and the justice minister's answer agree"},
    {"refs": [("s17", "fighters_joined", 1670, "syria_iraq_linked"),
              ("s17", "fighters_joined", 1659, "syria_iraq_linked")],
     "reason": "about 1670 since 2012 (the researcher) and the authorities' 1659 (undated): different periods, "
               "close values"},
    {"refs": [("s17", "returnees", 250), ("s07", "returnees", 270)],
     "reason": "'Au moins 250' returnees (June 2024) admits the study's 270 (August 2024)"},
    {"refs": [("s21", "fighters_detained_abroad", 300), ("s21", "fighters_detained_abroad", 250, "syria")],
     "reason": "around 300 detained abroad (an analyst) and 250 in Syria (official figures): a part within a whole"},
]  # fmt: skip

CONVENTIONS = """\
- **Who speaks** is the person or body who gives the figure in the text, not the body whose work it counts: the
  government spokesman giving the BCIJ's count is `GOV`; a researcher quoting "les autorités" gives an
  `official_unspecified` figure.
- **Titles** map to bodies, with or without a name: the BCIJ's director or chief, "a BCIJ official", "officials at
  the bureau" → `BCIJ`; the director general of DGSN-DGST and a DGST communiqué or official → `DGST`; the DGSN's
  spokesman and its annual review → `DGSN`; the interior minister → `MOI`; the foreign minister → `MFA`; the
  government spokesman and the justice minister → `GOV`.
- **Parliament**: a minister answering MPs (in plenary, in committee, in writing) is his ministry; an MP asking or
  citing a committee report is `PARLIAMENT`.
- **Bodies the contract does not list** (the Presidency of the Public Prosecution, the prison administration
  DGAPR) are `official_unspecified` with their name in `raw`; anonymous security sources ("مصادر أمنية مطلعة", "de
  source sécuritaire"), "الإحصائيات الرسمية", "Official figures" → `official_unspecified`.
- **Outside voices**: a study, a think tank, a named researcher → `analyst`; so are an international index's
  count about Morocco (Global Terrorism Index) and a foreign government's report (the US State Department's
  country report), `raw` naming them (docs/conventions.md, "Outside voices"; until the twelfth session they were
  `unspecified`).
- **The outlet's own count** ("Selon notre décompte", "بحسب تتبع الموقع") → `unspecified` with `raw` null.
- **Carried speakers**: a person-marked verb or pronoun ("وأضاف", "a-t-il précisé", "He added", "It noted") takes
  the nearest earlier naming as `raw`; a noun phrase in the claim's own sentence ("المصدر ذاته", "المسؤول ذاته",
  "la même source", "le même document", "The same source", "The minister") is the `raw`, the body being the one
  named before. A speaker named only in the title and lede carries to the figures of the next paragraphs; an
  interview's figures belong to the interviewee named once at the top. The claims' `notes` say which.
- **Periods** as in the other corpora: "السنة الماضية", "last year", "l'année écoulée" = the byline's year − 1;
  "منذ بداية السنة الجارية", "Depuis le début de l'année", "Since January" = year to date; inherited periods
  ("خلال الفترة ذاتها", "sur la même période", "over the same period", or none in the sentence) take the previous
  sentence's; an undated running total is `cumulative_unspecified`; "أمس الإثنين" is the last Monday on or before
  the byline.
- **Referral to the prosecutor** ("présentées au parquet") counts as arrests (`persons_arrested`), as in
  corpus_courts; the prison administration's programme beneficiaries are an optional figure outside the metrics.
- **Bounds** agree as in CONTRACT.md: "plus de 200" admits 210 and 215; "Au moins 250" admits 270.
- **Traps**: ages, durations, staff and audience numbers, page counts, scores, prices, prison terms, a bare year,
  sidebar, aside and related headlines, and a title's figure that the body repeats.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, tests/corpus_kit.py, tests/corpus_gold_checks.py, the structure of
tests/corpus_dates and the conventions of other corpora's READMEs were read; no engine code, and the engine was
never run on these files. Real Moroccan coverage read through the search tool (the BCIJ director's press
conferences, "كشف مدير المكتب المركزي للأبحاث القضائية", "وأضاف الخيام", "أكد ذات المصدر", figures given by title
and carried by the same source) gave the reporting patterns; no sentence was copied, all outlets and non-official
people are invented, officials appear by title only, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_speakers: who gives the figure",
        "",
        "A development corpus of 24 invented articles (10 Arabic, 8 French, 6 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on attribution: reporting verbs before and after the",
        "figure, speakers carried by a pronoun or 'the same source', titles, ministers and MPs, studies and",
        "foreign reports, anonymous sources, the outlet's own count, two speakers in one article, interviews.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_speakers/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_speakers_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_speakers --json > /tmp/speakers.json",
        "    ../shared/tools/score.py tests/corpus_speakers/expected.json /tmp/speakers.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'speakers': attribution in all its forms (verbs before and after the "
        "figure, carried speakers, titles, ministers and MPs, analysts and foreign reports, anonymous sources, "
        "the outlet's own count, two speakers, interviews); 24 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
