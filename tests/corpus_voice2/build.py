"""Build the "voice2" development corpus: 30 invented articles (12 Arabic, 10 French, 8 English) in which the hard
part is who says a figure: interviews in question-and-answer form, TV and radio transcripts, press conferences with
several speakers, parliamentary question time, officials named once then by surname, titles without names,
anonymous sources, think tanks and the outlet's own count; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_voice2/build.py [--out DIR]

Every outlet and every private person is invented; public bodies and office-holders' titles are real; the figures
follow the magnitudes of real press coverage, the sentences are new. Each claim's `sentence` is the very string
placed in the article's text.
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

THIN = "\u2009"
NNBSP = "\u202f"


# ================================================================ Arabic


def v01():
    pub, outlet = "2021-06-15", "منبر القبة"
    title = "جلسة الأسئلة الشفوية: الإرهاب يعود إلى قبة البرلمان"
    s1 = (
        "وتساءل النائب سعيد الغماري عن حصيلة السياسة الاستباقية، مذكرا بأن الأجهزة فككت أكثر من 200 خلية "
        "إرهابية منذ 2002 دون أن تنشر الحكومة تفاصيل كافية."
    )
    s2 = (
        "ورد وزير الداخلية، عبد الوافي لفتيت، بأن المصالح الأمنية فككت منذ سنة 2002 ما مجموعه 210 خلايا "
        "إرهابية، وأوقفت أزيد من 4200 شخص."
    )
    body = [
        "خصص مجلس النواب جزءا من جلسة الثلاثاء لأسئلة تتعلق بمكافحة الإرهاب والتطرف.",
        para(s1, "وجاء سؤاله تحت رقم 2187 ضمن الأسئلة الموجهة إلى القطاع."),
        s2,
        "وأضاف لفتيت أن المقاربة المغربية تقوم على الاستباق، داعيا إلى عدم التهويل، وقد استغرق جوابه 6 دقائق.",
    ]
    side = [
        "افتتاح 3 مراكز صحية جديدة بإقليم الحوز",
        "المنتخب يفوز 2-0 وديا",
        "ارتفاع مبيعات الإسمنت بـ 8 في المائة",
    ]
    text = aggregator("ar", side, title, outlet, pub, body)
    moi = A("MOI", "وزير الداخلية", "عبد الوافي لفتيت")
    p = since("2002", pub, "منذ سنة 2002")
    claims = [
        C("cells_dismantled", 200, "200", s1, since("2002", pub, "منذ 2002"),
          A("PARLIAMENT", "النائب سعيد الغماري", "سعيد الغماري"), q="more_than", qt="أكثر من",
          notes="the MP's figure in his question"),
        C("cells_dismantled", 210, "210", s2, p, moi, notes="the minister's answer"),
        C("persons_arrested", 4200, "4200", s2, p, moi, q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("3 مراكز صحية", "sidebar"),
        T("2-0", "sidebar: score"),
        T("8 في المائة", "sidebar: percent"),
        T("رقم 2187", "the question's number"),
        T("6 دقائق", "duration"),
    ]
    return spec("v01", "aggregator", "ar", text, meta(title, outlet, "Minbar Al Qobba", pub, fictional=True), claims,
                traps, summary="question time: the MP's 'more than 200' cells (PARLIAMENT) and Laftit's 210 and "
                "'more than 4200' arrested since 2002 (MOI); question number, duration")  # fmt: skip


def v02():
    pub = "2023-03-20"
    title = "حوار | مدير البسيج: الخطر الإرهابي لم يختف بل غير جلده"
    s1 = "فككنا ٩٦ خلية إرهابية منذ إحداث المكتب سنة 2015، وكان أغلبها مواليا لتنظيم داعش."
    s2 = "أما الأشخاص الذين قدمناهم إلى العدالة منذ 2015 فيتجاوز عددهم 1400 مشتبه فيه."
    body = [
        "استقبلنا مدير المكتب المركزي للأبحاث القضائية، حبوب الشرقاوي، بمقر المكتب بسلا، وكان هذا الحوار.",
        "س: ما حصيلة عمل المكتب منذ إحداثه؟",
        "ج: " + s1,
        "س: وماذا عن الموقوفين؟",
        "ج: " + s2 + " بعضهم لم يتجاوز 17 سنة.",
        "س: هل تغيرت طبيعة التهديد؟",
        "ج: نعم، عشرات الشباب يتم استقطابهم عبر الإنترنت في أقل من 3 أشهر.",
    ]
    text = wordpress("ar", "الأفق بريس", "الرئيسية » حوارات", title, "بقلم: نادية البقالي - 20 مارس 2023", body,
                     ["مهرجان الفيلم بطنجة في دورته 24", "أمطار رعدية بعدد من المناطق"])  # fmt: skip
    bc = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "حبوب الشرقاوي")
    claims = [
        C("cells_dismantled", 96, "٩٦", s1, since("2015", pub, "منذ إحداث المكتب سنة 2015"), bc,
          notes="Arabic-Indic digits; the interviewee named once at the top, answers under ج"),
        C("persons_arrested", 1400, "1400", s2, since("2015", pub, "منذ 2015"), bc, q="more_than",
          qt="يتجاوز"),
    ]  # fmt: skip
    traps = [T("17 سنة", "age"), T("3 أشهر", "duration"), T("عشرات الشباب", "vague count")]
    return spec("v02", "wordpress", "ar", text, meta(title, "الأفق بريس", "Al Ofok Press", pub, fictional=True),
                claims, traps, summary="Q&A interview (س/ج) with the BCIJ director named once: ٩٦ cells and "
                "more than 1400 presented to justice since 2015; age, vague 'عشرات'")  # fmt: skip


def v03():
    pub = "2023-11-08"
    title = "المغرب ومكافحة الإرهاب: أرقام الاستباق"
    s1 = (
        "وأبرزت حصيلة المديرية العامة لمراقبة التراب الوطني أن المصالح المختصة فككت 214 خلية إرهابية منذ "
        "2002."
    )
    s2 = "وأوضحت الحصيلة ذاتها أن هذه العمليات مكنت من إحباط أزيد من 500 مخطط إرهابي خلال الفترة نفسها."
    body = [
        "يحيي المغرب كل سنة ذكرى اعتداءات 16 ماي 2003 التي خلفت 45 قتيلا في الدار البيضاء.",
        s1,
        s2,
        "ويعاقب القانون 03.03 على الإشادة بالإرهاب وتمويله.",
    ]
    text = clean(title, "صوت الشمال — الأربعاء 8 نونبر 2023", body)
    dg = A("DGST", "حصيلة المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "منذ 2002"), dg),
        C("plots_foiled", 500, "500", s2, since("2002", pub, None), A("DGST", "الحصيلة ذاتها"), q="more_than",
          qt="أزيد من", notes="'خلال الفترة نفسها' inherits since 2002"),
    ]  # fmt: skip
    traps = [
        T("16 ماي 2003", "a date"),
        T("45 قتيلا", "victims of the 2003 attacks"),
        T("03.03", "law number"),
    ]
    return spec("v03", "clean", "ar", text, meta(title, "صوت الشمال", "Sawt Achamal", pub, fictional=True), claims,
                traps, summary="DGST record: 214 cells since 2002 and more than 500 plots 'during the same period' "
                "(inherited); 2003 victims, law number")  # fmt: skip


def v04():
    pub = "2024-02-12"
    title = "ندوة صحافية بسلا: متحدثان وحصيلتان"
    s1 = "وقال مدير المكتب المركزي للأبحاث القضائية إن المكتب فكك خلال سنة 2023 ست خلايا إرهابية."
    s2 = (
        "من جهته، أفاد الناطق الرسمي باسم المديرية العامة للأمن الوطني بأن سبعة قاصرين أوقفوا "
        "سنة 2023 في قضايا مرتبطة بالإرهاب."
    )
    body = [
        "احتضن مقر المكتب المركزي للأبحاث القضائية ندوة صحافية حضرها نحو 60 صحافيا.",
        s1,
        s2,
        "وعرض المتحدثان محجوزات شملت 4 بنادق صيد وأسلحة بيضاء.",
    ]
    text = html("ar", title, "الرباط اليوم", pub, body, jsonld=False, aside=["قرعة كأس العرش يوم 20 فبراير"])
    claims = [
        C("cells_dismantled", 6, "ست", s1, yr("2023", "خلال سنة 2023"),
          A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية"), notes="number in words"),
        C("persons_arrested", 7, "سبعة", s2, yr("2023", "سنة 2023"),
          A("DGSN", "الناطق الرسمي باسم المديرية العامة للأمن الوطني"), subset="minors"),
    ]  # fmt: skip
    traps = [T("نحو 60 صحافيا", "journalists at the conference"), T("4 بنادق", "weapons seized"),
             T("20 فبراير", "aside: a date")]  # fmt: skip
    return spec("v04", "html", "ar", text, meta(title, "الرباط اليوم", "Rabat Alyaoum", pub, fictional=True), claims,
                traps, summary="press conference, two speakers: BCIJ six cells in 2023 (words), DGSN spokesman "
                "seven minors arrested in 2023; seized guns, audience")  # fmt: skip


def v05():
    pub, outlet = "2022-05-10", "شاشة نيوز"
    title = "في برنامج حواري: باحث يعيد فتح ملف المقاتلين المغاربة"
    s1 = "الأستاذ إدريس الكتاني: أزيد من 1600 مغربي التحقوا بالتنظيمات المسلحة في سوريا والعراق، وهذا رقم ثقيل."
    s2 = "الكتاني: الأرقام الرسمية تتحدث عن 745 قتيلا منهم، وأنا أعتبرها أرقاما دقيقة."
    body = [
        "المذيعة: مرحبا بكم في الحلقة 12 من برنامج ملفات، ضيفنا الباحث في الحركات الإسلامية إدريس الكتاني.",
        s1,
        "المذيعة: وكم قتل منهم؟",
        s2,
        "المذيعة: شكرا لكم، نلتقي الأسبوع المقبل في الساعة العاشرة.",
    ]
    side = ["تخفيض أسعار 5 أدوية", "الرجاء ينهزم 1-2"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 1600, "1600", s1, cumul(pub), A("analyst", "الباحث في الحركات الإسلامية", "إدريس الكتاني"), subset="syria_iraq_linked",
          q="more_than", qt="أزيد من"),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("official_unspecified", "الأرقام الرسمية"),
          notes="the analyst relays the official figures: the voice is the official count"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("5 أدوية", "sidebar"),
        T("1-2", "sidebar: score"),
        T("الحلقة 12", "episode number"),
    ]
    return spec("v05", "aggregator", "ar", text, meta(title, outlet, "Shasha News", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "سوريا", "conflict zone")],
                summary="TV transcript: the analyst's own 'more than 1600' joined (analyst) and the official "
                "745 killed he relays (official_unspecified); episode number")  # fmt: skip


def v06():
    pub = "2024-06-03"
    title = "ضيف الإذاعة: المغرب أمام جيل جديد من المتطرفين"
    s1 = (
        "وقال الخبير الأمني محمد الطاهري، في حديث لإذاعة محلية، إن المصالح المغربية أحبطت منذ 2002 ما "
        "مجموعه 5000 مخطط إرهابي."
    )
    s2 = "وأضاف الطاهري أن عدد العائدين من بؤر التوتر بلغ 270 شخصا، أحيلوا جميعا على القضاء."
    body = [
        "استضاف برنامج صباحي على أثير الإذاعة خبيرا في الشؤون الأمنية لمدة 45 دقيقة.",
        s1,
        s2,
        "وختم بأن تكلفة التطرف على الاقتصاد قد تصل إلى 2 مليار درهم سنويا.",
    ]
    text = wordpress("ar", "أثير 24", "الرئيسية » مجتمع", title, "نشر يوم الإثنين 3 يونيو 2024", body,
                     ["تعيين 7 عمال جدد", "موسم الحج: أول فوج يغادر"])  # fmt: skip
    an = A("analyst", "الخبير الأمني", "محمد الطاهري")
    claims = [
        C("plots_foiled", 5000, "5000", s1, since("2002", pub, "منذ 2002"), an,
          notes="ten times the 'more than 500' every official gives: extracted as printed"),
        C("returnees", 270, "270", s2, cumul(pub), A("analyst", "الطاهري", "محمد الطاهري")),
    ]  # fmt: skip
    traps = [T("45 دقيقة", "duration"), T("2 مليار درهم", "money")]
    return spec("v06", "wordpress", "ar", text, meta(title, "أثير 24", "Atheer 24", pub, fictional=True), claims,
                traps, summary="radio guest: 5000 plots foiled since 2002 (implausible) and 270 returnees, the "
                "second sentence by surname only; money, duration")  # fmt: skip


def v07():
    pub = "2025-02-18"
    title = "لفتيت أمام النواب: حصيلة السنة الماضية"
    s1 = (
        "وفي سؤالها، ذكّرت النائبة ليلى المريني بأن أكثر من 4000 شخص أوقفوا في قضايا الإرهاب منذ 2002، "
        "متسائلة عن برامج إعادة الإدماج."
    )
    s2 = (
        "وأجاب وزير الداخلية بأن المصالح الأمنية تمكنت خلال السنة الماضية من تفكيك ثماني خلايا وتوقيف 78 "
        "شخصا."
    )
    body = [
        "شهدت جلسة الأسئلة الشفوية بمجلس النواب نقاشا حول السياسة الأمنية.",
        s1,
        s2,
        "وأشار المسؤول الحكومي إلى أن برنامج مصالحة استفاد منه 300 سجين منذ انطلاقه.",
    ]
    text = clean(title, "الصباح الجديد — الثلاثاء 18 فبراير 2025", body)
    moi = A("MOI", "وزير الداخلية")
    p = yr("2024", "خلال السنة الماضية")
    claims = [
        C("persons_arrested", 4000, "4000", s1, since("2002", pub, "منذ 2002"),
          A("PARLIAMENT", "النائبة ليلى المريني", "ليلى المريني"), q="more_than", qt="أكثر من"),
        C("cells_dismantled", 8, "ثماني", s2, p, moi),
        C("persons_arrested", 78, "78", s2, p, moi, notes="the minister's answer, 'last year' from February 2025"),
    ]  # fmt: skip
    traps = [T("300 سجين", "beneficiaries of a programme")]
    return spec("v07", "clean", "ar", text, meta(title, "الصباح الجديد", "Assabah Jadid", pub, fictional=True),
                claims, traps, summary="question time: the MP's 'more than 4000' since 2002 (PARLIAMENT); the "
                "minister's eight cells and 78 arrested 'last year' (2024, MOI); Moussalaha count")  # fmt: skip


def v08():
    pub = "2025-06-20"
    title = "حصيلة نصف سنة من العمل الاستباقي"
    s1 = (
        "وأوضح مسؤول بالمكتب المركزي للأبحاث القضائية أن المكتب فكك منذ بداية السنة 9 خلايا إرهابية، "
        "أغلبها في طور التخطيط."
    )
    s2 = "فيما كشف مصدر أمني أن عدد الموقوفين منذ بداية السنة تجاوز 40 شخصا."
    body = [
        "تتواصل العمليات الأمنية ضد الخلايا المتطرفة في عدد من المدن.",
        s1,
        s2,
        "ويتراوح عمر الموقوفين بين 19 و44 سنة.",
    ]
    text = html("ar", title, "نبأ المغرب", pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 9, "9", s1, ytd(pub, "منذ بداية السنة"),
          A("BCIJ", "مسؤول بالمكتب المركزي للأبحاث القضائية")),
        C("persons_arrested", 40, "40", s2, ytd(pub, "منذ بداية السنة"), A("official_unspecified", "مصدر أمني"),
          q="more_than", qt="تجاوز"),
    ]  # fmt: skip
    traps = [T("بين 19 و44 سنة", "ages")]
    return spec("v08", "html", "ar", text, meta(title, "نبأ المغرب", "Naba Al Maghrib", pub, fictional=True), claims,
                traps, summary="BCIJ official: 9 cells since the start of 2025; an anonymous 'مصدر أمني' (unspecified): "
                "more than 40 arrested; ages")  # fmt: skip


def v09():
    pub, outlet = "2020-10-12", "المضيق أنفو"
    title = "عملية مشتركة مع إسبانيا تطيح بخلية عابرة للحدود"
    s1 = (
        "وأفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن أربعة أشخاص أوقفوا يوم الخميس بتطوان والفنيدق، "
        "في عملية نسقت مع الشرطة الإسبانية."
    )
    body = [
        "في إطار التعاون الأمني بين الرباط ومدريد، جرى تبادل المعلومات حول شبكة تستقطب الشباب.",
        s1,
        "وأوقفت الشرطة الإسبانية من جهتها شخصين ببرشلونة، بينما يبلغ زعيم الخلية 31 سنة.",
    ]
    side = ["إغلاق 14 مقهى مخالفا", "منحة جديدة لـ 900 طالب"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الخميس"),
                A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني"), notes="arrests on Moroccan soil")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("14 مقهى", "sidebar"), T("900 طالب", "sidebar"),
             T("شخصين ببرشلونة", "Spain's own arrests on its soil"), T("31 سنة", "age")]  # fmt: skip
    return spec("v09", "aggregator", "ar", text, meta(title, outlet, "Mdiq Info", pub, fictional=True), claims, traps,
                partners=["ES"], summary="DGST communiqué: four arrested on Thursday (words) with Spain (partner); "
                "Spain's own two arrests a trap; age")  # fmt: skip


def v10():
    pub = "2022-12-05"
    title = "2022 في مرآة الأرقام: سنة بلا اعتداء"
    s1 = "وحسب إحصاء أعدته الجريدة انطلاقا من البلاغات الرسمية، فقد فككت خلال سنة 2022 ما لا يقل عن 9 خلايا."
    body = [
        "لم تشهد المملكة أي اعتداء إرهابي خلال السنة الجارية، رغم تصاعد التهديد في منطقة الساحل.",
        s1,
        "واعتمدنا في هذا الإحصاء على 27 بلاغا نشرت على مدى 11 شهرا.",
    ]
    text = wordpress("ar", "الملاحظ الجديد", "الرئيسية » ملفات", title, "الإثنين 5 دجنبر 2022 - 10:20", body,
                     ["أسعار المحروقات تستقر"])  # fmt: skip
    claims = [C("cells_dismantled", 9, "9", s1, yr("2022", "خلال سنة 2022"),
                A("unspecified", "إحصاء أعدته الجريدة"), q="at_least", qt="ما لا يقل عن",
                notes="the outlet's own count")]  # fmt: skip
    traps = [T("27 بلاغا", "number of communiqués counted"), T("11 شهرا", "duration")]
    return spec("v10", "wordpress", "ar", text, meta(title, "الملاحظ الجديد", "Al Moulahid", pub, fictional=True),
                claims, traps,
                summary="the outlet's own compilation (unspecified): at least 9 cells in 2022; the counts of its "
                "sources are traps")  # fmt: skip


def v11():
    pub = "2026-01-15"
    title = "حموشي: الاستباق خيار لا رجعة فيه"
    s1 = (
        "وأكد المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي، أن المديرية العامة لمراقبة "
        "التراب الوطني فككت أكثر من 220 خلية إرهابية منذ 2002."
    )
    s2 = "وأبرز حموشي أن المصالح ذاتها أحبطت أزيد من 500 مخطط إرهابي منذ ذلك التاريخ."
    body = [
        "جاء ذلك في كلمة ألقاها خلال لقاء دولي حول الأمن احتضنته الرباط بمشاركة 40 وفدا.",
        s1,
        s2,
        "وأشاد بالتعاون الاستخباراتي الوثيق مع الولايات المتحدة وفرنسا، الذي مكن من تبادل المعلومات في الوقت المناسب.",
    ]
    text = clean(title, "الرباط بوست — الخميس 15 يناير 2026", body)
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "منذ 2002"),
          A("DGST", "المدير العام للأمن الوطني ولمراقبة التراب الوطني", "عبد اللطيف حموشي"), q="more_than",
          qt="أكثر من"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "منذ ذلك التاريخ"), A("DGST", "حموشي", "عبد اللطيف حموشي"),
          q="more_than", qt="أزيد من", notes="surname only after the first mention; 'since that date' = 2002"),
    ]  # fmt: skip
    traps = [T("40 وفدا", "number of delegations")]
    return spec("v11", "clean", "ar", text, meta(title, "الرباط بوست", "Rabat Post", pub, fictional=True), claims,
                traps, partners=["US", "FR"], summary="Hammouchi named once, then 'حموشي': more than 220 cells and "
                "more than 500 plots since 2002 (DGST); US and France partners (intelligence)")  # fmt: skip


def v12():
    pub = "2023-01-20"
    title = "المكتب المركزي للأبحاث القضائية يكشف حصيلته السنوية"
    s1 = "وأفاد المكتب المركزي للأبحاث القضائية بأنه فكك 10 خلايا إرهابية خلال السنة الماضية."
    body = [
        "نشر المكتب حصيلة أنشطته في مجال مكافحة الإرهاب والجريمة المنظمة.",
        s1,
        "وفي مجال المخدرات، حجز المكتب 60 طنا من الشيرا خلال الفترة نفسها.",
    ]
    text = html("ar", title, "البوابة 212", pub, body)
    claims = [C("cells_dismantled", 10, "10", s1, yr("2022", "خلال السنة الماضية"),
                A("BCIJ", "المكتب المركزي للأبحاث القضائية"))]  # fmt: skip
    traps = [T("60 طنا", "drug seizures")]
    return spec("v12", "html", "ar", text, meta(title, "البوابة 212", "Al Bawaba 212", pub, fictional=True), claims,
                traps, summary="BCIJ annual record: 10 cells 'last year' (2022); drug seizures a trap")  # fmt: skip


# ================================================================ French


def v13():
    pub, outlet = "2022-09-14", "Maghreb Dépêches"
    title = "Antiterrorisme : ce que disent les chiffres"
    s1 = (
        "Selon une source proche du dossier, plus de 4 000 personnes ont été interpellées dans des affaires de "
        "terrorisme depuis 2002."
    )
    body = [
        "La coopération sécuritaire reste au cœur de la diplomatie marocaine.",
        s1,
        "La même source souligne que l'Algérie demeure le seul voisin à refuser tout échange d'informations.",
        "Un détenu a été condamné à 20 ans de réclusion en appel.",
    ]
    side = ["Bourse : le MASI gagne 1,2 %", "Botola : 3 matchs reportés"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 4000, "4 000", s1, since("2002", pub, "depuis 2002"),
                A("unspecified", "une source proche du dossier"), q="more_than", qt="plus de")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1,2 %", "sidebar"), T("3 matchs", "sidebar"), T("20 ans", "prison term")]
    return spec("v13", "aggregator", "fr", text, meta(title, outlet, "Maghreb Depeches", pub, fictional=True), claims,
                traps, not_partners=[NP("DZ", "l'Algérie", "named as not cooperating")],
                summary="anonymous 'source proche du dossier' (unspecified): more than 4 000 arrested since "
                "2002; Algeria named as refusing cooperation; prison term")  # fmt: skip


def v14():
    pub = "2023-06-01"
    title = "Entretien avec le patron du BCIJ : « La menace vient du Sahel »"
    s1 = f"Depuis 2002, ce sont 4{NNBSP}330 personnes qui ont été interpellées pour des faits liés au terrorisme."
    s2 = "Le Bureau a démantelé une centaine de cellules depuis 2015, la plupart affiliées à Daech."
    body = [
        "Le directeur du Bureau central d'investigations judiciaires, Habboub Cherkaoui, nous a reçus à Salé.",
        "Q : Quel est le bilan global ?",
        "R : " + s1,
        "Q : Et le BCIJ lui-même ?",
        "R : " + s2 + " Nous travaillons en étroite coopération avec l'Espagne et la France.",
        "Q : Combien de temps dure une enquête ?",
        "R : Parfois 18 mois de surveillance avant une interpellation.",
    ]
    text = wordpress("fr", "L'Hebdo de l'Atlas", "Accueil » Entretiens", title, "Par Karim Ouazzani | 1 juin 2023",
                     body, ["Festival Gnaoua : la 24e édition annoncée"])  # fmt: skip
    bc = A("BCIJ", "Le directeur du Bureau central d'investigations judiciaires", "Habboub Cherkaoui")
    claims = [
        C("persons_arrested", 4330, f"4{NNBSP}330", s1, since("2002", pub, "Depuis 2002"), bc,
          notes="narrow no-break space; the answer under R :"),
        C("cells_dismantled", 100, "une centaine", s2, since("2015", pub, "depuis 2015"), bc, q="about",
          qt="une centaine"),
    ]  # fmt: skip
    traps = [T("18 mois", "duration"), T("24e édition", "related headline")]
    return spec("v14", "wordpress", "fr", text, meta(title, "L'Hebdo de l'Atlas", "Hebdo Atlas", pub, fictional=True),
                claims, traps, partners=["ES", "FR"],
                summary="Q/R interview, the BCIJ director named once: 4 330 (narrow space) arrested since 2002 and "
                "'une centaine' of cells since 2015; Spain and France partners")  # fmt: skip


def v15():
    pub = "2024-03-05"
    title = "Conférence de presse : le BCIJ et la DGSN dressent le bilan 2023"
    s1 = "Le patron du BCIJ a indiqué que six cellules avaient été démantelées en 2023."
    s2 = "En 2023, 63 personnes ont été interpellées, dont 58 hommes et 4 femmes, a-t-il précisé."
    s3 = "Le porte-parole de la DGSN a, pour sa part, évoqué sept mineurs arrêtés en 2023 pour apologie ou projet d'attentat."
    body = [
        "Deux responsables se sont succédé au micro mardi à Salé, devant une cinquantaine de journalistes.",
        s1,
        s2,
        s3,
        "Les saisies comprenaient 2 fusils et 1 500 dirhams.",
    ]
    text = clean(title, "Le Courrier de Salé — 5 mars 2024", body)
    bc = A("BCIJ", "Le patron du BCIJ")
    claims = [
        C("cells_dismantled", 6, "six", s1, yr("2023", "en 2023"), bc),
        C("persons_arrested", 63, "63", s2, yr("2023", "En 2023"), bc, notes="'a-t-il précisé': the BCIJ head"),
        C("persons_arrested", 58, "58", s2, yr("2023", "En 2023"), bc, subset="men"),
        C("persons_arrested", 4, "4", s2, yr("2023", "En 2023"), bc, subset="women"),
        C("persons_arrested", 7, "sept", s3, yr("2023", "en 2023"), A("DGSN", "Le porte-parole de la DGSN"),
          subset="minors"),
    ]  # fmt: skip
    traps = [T("une cinquantaine de journalistes", "audience"), T("2 fusils", "seizures"),
             T("1 500 dirhams", "money")]  # fmt: skip
    return spec("v15", "clean", "fr", text, meta(title, "Le Courrier de Salé", "Courrier de Sale", pub,
                fictional=True), claims, traps,
                summary="press conference, two speakers: BCIJ six cells and 63 arrested = 58 men + 4 women (does not "
                "add up) in 2023, 'a-t-il précisé' after the figure; DGSN seven minors")  # fmt: skip


def v16():
    pub = "2021-11-22"
    title = "Plateau télé : les djihadistes marocains, dix ans après"
    s1 = "Le présentateur rappelle que, selon le BCIJ, 1 659 Marocains ont rejoint les groupes armés en Syrie et en Irak."
    s2 = "Karim Benslimane : « Plus de 700 d'entre eux sont morts, c'est mon estimation à partir des avis de décès. »"
    body = [
        "Transcription partielle de l'émission Décryptage, diffusée dimanche soir.",
        s1,
        s2,
        "Le chercheur compare avec la France, qui a vu partir environ 1 300 de ses ressortissants.",
    ]
    text = html("fr", title, "Écran Maroc", pub, body, jsonld=False)
    claims = [
        C("fighters_joined", 1659, "1 659", s1, cumul(pub), A("BCIJ", "selon le BCIJ"), subset="syria_iraq_linked"),
        C("fighters_killed", 700, "700", s2, cumul(pub), A("analyst", "Karim Benslimane", "Karim Benslimane"),
          q="more_than", qt="Plus de", notes="speaker label of the transcript"),
    ]  # fmt: skip
    traps = [T("environ 1 300", "France's own fighters")]
    return spec("v16", "html", "fr", text, meta(title, "Écran Maroc", "Ecran Maroc", pub, fictional=True), claims,
                traps, not_partners=[NP("FR", "la France", "origin of a comparison"),
                                     NP("SY", "Syrie", "conflict zone")],
                summary="TV transcript: the host's 1 659 joined (BCIJ) and the researcher's 'plus de 700' killed "
                "under his speaker label (analyst); France a comparison")  # fmt: skip


def v17():
    pub, outlet = "2025-05-27", "Info Maroc Express"
    title = "Sécurité : le Maroc, un modèle cité en exemple"
    s1 = "Une source sécuritaire affirme que 210 cellules ont été démantelées depuis 2002."
    s2 = "Plus de 500 projets d'attentats ont été déjoués au cours de la même période, selon cette source."
    body = [
        "Le modèle marocain de lutte antiterroriste suscite l'intérêt de nombreux pays africains.",
        s1,
        s2,
        "Un séminaire a réuni 35 pays à Marrakech.",
    ]
    side = ["Météo : 38 degrés attendus à Fès", "Le dirham stable face à l'euro"]
    text = aggregator("fr", side, title, outlet, pub, body)
    src = A("official_unspecified", "Une source sécuritaire")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), src,
          notes="repeats the 2021 total after 214 (2023)"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, None), A("official_unspecified", "cette source"),
          q="more_than", qt="Plus de", notes="period inherited, the source given after the figure"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("38 degrés", "sidebar"), T("35 pays", "number of countries")]
    return spec("v17", "aggregator", "fr", text, meta(title, outlet, "Info Maroc Express", pub, fictional=True),
                claims, traps, summary="anonymous security source: 210 cells since 2002 (stale) and more than 500 "
                "plots 'selon cette source' after the figure; number of countries")  # fmt: skip


def v18():
    pub = "2025-09-10"
    title = "Laftit devant la commission de l'Intérieur"
    s1 = (
        "Le ministre de l'Intérieur, Abdelouafi Laftit, a indiqué que 4 290 personnes avaient été arrêtées "
        "depuis 2002 dans le cadre de la lutte antiterroriste."
    )
    s2 = "Quelque 270 combattants sont rentrés au pays, a ajouté Laftit."
    s3 = "Parmi eux, 137 ont été interpellés dès leur arrivée, selon le ministre."
    body = [
        "La commission de l'Intérieur de la Chambre des représentants a examiné mercredi le budget sectoriel.",
        s1,
        para(s2, s3),
        "Le ministre a défendu une hausse de 9 % des crédits.",
    ]
    text = wordpress("fr", "Parlement Hebdo", "Accueil » Politique", title, "Publié le 10 septembre 2025", body,
                     ["Rentrée scolaire : 8 millions d'élèves"])  # fmt: skip
    claims = [
        C("persons_arrested", 4290, "4 290", s1, since("2002", pub, "depuis 2002"),
          A("MOI", "Le ministre de l'Intérieur", "Abdelouafi Laftit")),
        C("returnees", 270, "270", s2, cumul(pub), A("MOI", "Laftit", "Abdelouafi Laftit"), q="about", qt="Quelque",
          notes="surname only, after the figure"),
        C("returnees_arrested", 137, "137", s3, cumul(pub), A("MOI", "le ministre"), notes="part of the 270"),
    ]  # fmt: skip
    traps = [T("9 %", "budget"), T("8 millions", "related headline")]
    return spec("v18", "wordpress", "fr", text, meta(title, "Parlement Hebdo", "Parlement Hebdo", pub,
                fictional=True), claims, traps,
                summary="Laftit in committee: 4 290 arrested since 2002 (below 4 330 of 2023: decrease); 'quelque 270' "
                "returnees, 'a ajouté Laftit' after the figure, 137 of them arrested 'selon le ministre'; budget percent")  # fmt: skip


def v19():
    pub = "2020-12-10"
    title = "Un think tank publie un rapport sur l'extrémisme violent"
    s1 = (
        "Selon le rapport de l'Institut Atlas d'études stratégiques, 1 659 Marocains ont rejoint des groupes "
        "terroristes au Levant, dont 288 femmes."
    )
    body = [
        "Le rapport de 120 pages s'appuie sur des données publiques et des entretiens.",
        s1,
        "Les auteurs comparent le cas marocain à celui de la Belgique, qui compte plus de 400 départs.",
    ]
    text = clean(title, "Le Fil du Maghreb — jeudi 10 décembre 2020", body)
    an = A("analyst", "le rapport de l'Institut Atlas d'études stratégiques")
    claims = [
        C("fighters_joined", 1659, "1 659", s1, cumul(pub), an),
        C("fighters_joined", 288, "288", s1, cumul(pub), an, subset="women", notes="a part, not a breakdown"),
    ]
    traps = [T("120 pages", "report length"), T("plus de 400 départs", "Belgium's own fighters")]
    return spec("v19", "clean", "fr", text, meta(title, "Le Fil du Maghreb", "Fil du Maghreb", pub, fictional=True),
                claims, traps, not_partners=[NP("BE", "la Belgique", "origin of a comparison")],
                summary="a think tank's report (analyst): 1 659 joined, 288 women among them; Belgium's departures "
                "a trap")  # fmt: skip


def v20():
    pub = "2024-10-02"
    title = "À la radio, le patron du BCIJ défend le renseignement marocain"
    s1 = "Plus de 100 cellules ont été démantelées par le BCIJ depuis 2015, a déclaré son directeur au micro de Radio Atlas."
    body = [
        "L'invité de la matinale a consacré l'essentiel de son intervention à la coopération internationale.",
        s1,
        "Il a rappelé que des informations transmises par Rabat à l'Allemagne avaient permis d'arrêter un suspect.",
        "L'émission a été suivie par 200 000 auditeurs, selon la station.",
    ]
    text = html("fr", title, "Radio Atlas Info", pub, body, time_tag=False)
    claims = [C("cells_dismantled", 100, "100", s1, since("2015", pub, "depuis 2015"),
                A("BCIJ", "son directeur"), q="more_than", qt="Plus de", notes="the verb and speaker after the figure")]  # fmt: skip
    traps = [T("200 000 auditeurs", "audience")]
    return spec("v20", "html", "fr", text, meta(title, "Radio Atlas Info", "Radio Atlas", pub, fictional=True),
                claims, traps, partners=["DE"],
                summary="radio: the BCIJ head (title only): more than 100 cells since 2015, speaker after the "
                "figure; Germany partner (intelligence passed); audience")  # fmt: skip


def v21():
    pub, outlet = "2026-02-20", "Actu Rabat"
    title = "Le porte-parole du gouvernement salue les services de sécurité"
    s1 = (
        "Plus de 220 cellules terroristes ont été démantelées depuis 2002, a souligné le porte-parole du "
        "gouvernement à l'issue du Conseil."
    )
    body = [
        "Le Conseil de gouvernement a adopté jeudi 4 projets de décrets.",
        s1,
        "Il a également annoncé le recrutement de 5 000 policiers.",
    ]
    side = ["Tourisme : 17 millions de visiteurs", "Mondial 2030 : les stades avancent"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 220, "220", s1, since("2002", pub, "depuis 2002"),
                A("GOV", "le porte-parole du gouvernement"), q="more_than", qt="Plus de")]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("17 millions", "sidebar"),
        T("4 projets", "decrees"),
        T("5 000 policiers", "recruitment"),
    ]
    return spec("v21", "aggregator", "fr", text, meta(title, outlet, "Actu Rabat", pub, fictional=True), claims,
                traps, summary="government spokesman (GOV): more than 220 cells since 2002, the speaker after the "
                "figure; decrees and recruitment traps")  # fmt: skip


def v22():
    pub = "2024-05-16"
    title = "Bourita : « Le renseignement marocain protège aussi l'Europe »"
    s1 = (
        "Le ministre des Affaires étrangères a précisé que le Maroc et l'Espagne avaient mené 9 opérations "
        "conjointes l'an dernier contre des réseaux terroristes."
    )
    body = [
        "S'exprimant lors d'un point de presse avec son homologue espagnol, le chef de la diplomatie a insisté sur la confiance mutuelle.",
        s1,
        "De son côté, Madrid a rappelé que sa police avait arrêté 78 djihadistes présumés sur son sol la même année.",
    ]
    text = html("fr", title, "Diplomatie Maroc", pub, body)
    claims = [C("joint_operations", 9, "9", s1, yr("2023", "l'an dernier"),
                A("MFA", "Le ministre des Affaires étrangères"), notes="with Spain")]  # fmt: skip
    traps = [T("78 djihadistes", "Spain's own arrests on its soil")]
    return spec("v22", "html", "fr", text, meta(title, "Diplomatie Maroc", "Diplomatie Maroc", pub, fictional=True),
                claims, traps, partners=["ES"],
                summary="foreign minister (MFA): 9 joint operations with Spain 'l'an dernier' (2023); Spain's own "
                "arrests a trap")  # fmt: skip


# ================================================================ English


def v23():
    pub, outlet = "2025-03-04", "Atlas Wire"
    title = "Morocco held scores of terror suspects in 2024, BCIJ chief says"
    s1 = "The head of the Central Bureau of Judicial Investigation told reporters that 85 suspects were arrested last year."
    body = [
        "Speaking at a briefing in Sale on Monday, the bureau's director took questions for 40 minutes.",
        s1,
        "He added that one suspect was only 15 years old.",
    ]
    side = ["Rabat tram adds 12 stations", "Wydad beat FAR 3-1"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 85, "85", s1, yr("2024", "last year"),
                A("BCIJ", "The head of the Central Bureau of Judicial Investigation"),
                notes="against the minister's 78 for the same year")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("12 stations", "sidebar"), T("3-1", "sidebar"), T("40 minutes", "duration"),
             T("15 years old", "age"), T("scores of", "vague count in the title")]  # fmt: skip
    return spec("v23", "aggregator", "en", text, meta(title, outlet, "Atlas Wire", pub, fictional=True), claims,
                traps, summary="BCIJ head at a briefing: 85 arrested 'last year' (2024), against the minister's 78; "
                "duration, age")  # fmt: skip


def v24():
    pub = "2026-01-28"
    title = "BCIJ review: fewer cells, more lone actors"
    s1 = "Last year, the BCIJ dismantled seven cells, according to its annual review published on Tuesday."
    body = [
        "The bureau's annual review points to a shift towards isolated, self-radicalised individuals.",
        s1,
        "The review runs to 64 pages and covers 2 regions in detail.",
    ]
    text = wordpress("en", "Morocco Ledger", "Home » Security", title, "January 28, 2026 by Sara Bennis", body,
                     ["Casablanca port traffic up"])  # fmt: skip
    claims = [C("cells_dismantled", 7, "seven", s1, yr("2025", "Last year"), A("BCIJ", "the BCIJ"),
                notes="the whole of 2025, below the 9 the BCIJ counted by June 2025")]  # fmt: skip
    traps = [T("64 pages", "report length"), T("2 regions", "regions")]
    return spec("v24", "wordpress", "en", text, meta(title, "Morocco Ledger", "Morocco Ledger", pub,
                fictional=True), claims, traps,
                summary="BCIJ annual review: seven cells 'last year' (2025), below its own 9 by June 2025; the "
                "source after the figure")  # fmt: skip


def v25():
    pub = "2023-11-30"
    title = "Q&A: 'Returnees are the long-term challenge'"
    s1 = "Official figures put the number of returnees at 270, and most were prosecuted."
    s3 = "Of those, 137 were arrested on arrival, according to the same official data."
    s2 = "My own estimate is that more than 1,600 Moroccans went, and many never came back."
    body = [
        "We spoke to Leila Amrani, a researcher at the Rabat Centre for Security Studies.",
        "Q: How many came back?",
        "A: " + s1,
        "Q: Were they all arrested?",
        "A: " + s3,
        "Q: And how many left?",
        "A: " + s2 + " Some were 14 when they left.",
    ]
    text = clean(title, "The Rabat Review, November 30, 2023", body)
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), A("official_unspecified", "Official figures")),
        C("returnees_arrested", 137, "137", s3, cumul(pub), A("official_unspecified", "the same official data")),
        C("fighters_joined", 1600, "1,600", s2, cumul(pub), A("analyst", "a researcher", "Leila Amrani"),
          q="more_than", qt="more than", notes="the interviewee named once at the top"),
    ]  # fmt: skip
    traps = [T("14 when they left", "age")]
    return spec("v25", "clean", "en", text, meta(title, "The Rabat Review", "Rabat Review", pub, fictional=True),
                claims, traps, summary="Q&A with a researcher named once: official 270 returnees and 137 arrested "
                "(official_unspecified) and her own 'more than 1,600' (analyst); age")  # fmt: skip


def v26():
    pub = "2023-12-12"
    title = "Inside Morocco's counter-terrorism machine"
    s1 = "A senior security official, speaking on condition of anonymity, said 214 cells had been dismantled since 2002."
    s2 = f"More than 4{THIN}300 people had been arrested over the same period, the official said."
    body = [
        "Morocco has not suffered a major attack since 2011, when 17 people died in Marrakech.",
        s1,
        s2,
    ]
    text = html("en", title, "North Africa Monitor", pub, body, jsonld=False)
    src = A("official_unspecified", "A senior security official")
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "since 2002"), src),
        C("persons_arrested", 4300, f"4{THIN}300", s2, since("2002", pub, None), A("official_unspecified", "the official"),
          q="more_than", qt="More than", notes="thin space; period inherited; speaker after the figure"),
    ]  # fmt: skip
    traps = [T("17 people", "victims of 2011"), T("since 2011", "a bare year")]
    return spec("v26", "html", "en", text, meta(title, "North Africa Monitor", "NA Monitor", pub, fictional=True),
                claims, traps, summary="anonymous senior official (unspecified): 214 cells since 2002 and more than "
                "4 300 (thin space) over the same period; 2011 victims")  # fmt: skip


def v27():
    pub, outlet = "2021-09-08", "Sahara Newswire"
    title = "Morocco says it shares intelligence with Washington on returning fighters"
    s1 = "According to Morocco's interior ministry, 1,659 Moroccans joined militant groups in Syria and Iraq."
    s2 = "Officials say 745 of them were killed in fighting or suicide attacks."
    body = [
        "Morocco has shared intelligence with the United States on the movements of foreign fighters, the ministry said.",
        s1,
        s2,
        "Worldwide, more than 40,000 foreigners travelled to the region.",
    ]
    side = ["Oil prices dip 2%", "Agadir hosts 5th investment forum"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C(
            "fighters_joined",
            1659,
            "1,659",
            s1,
            cumul(pub),
            A("MOI", "Morocco's interior ministry"),
            subset="syria_iraq_linked",
        ),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("official_unspecified", "Officials")),
    ]
    traps = [SIDEBAR_RULE, T("2%", "sidebar"), T("5th", "sidebar"), T("more than 40,000", "world total")]
    return spec("v27", "aggregator", "en", text, meta(title, outlet, "Sahara Newswire", pub, fictional=True), claims,
                traps, partners=["US"], not_partners=[NP("IQ", "Iraq", "conflict zone")],
                summary="wire: 1,659 joined 'according to' the interior ministry (MOI), 745 killed 'Officials say' "
                "(official_unspecified); US partner; world total")  # fmt: skip


def v28():
    pub = "2022-04-25"
    title = "The women who left: a BCIJ spokesman speaks"
    s1 = "The BCIJ spokesman said 288 Moroccan women had travelled to the conflict zones."
    s2 = "He said 11 cells were dismantled last year, most of them pledging allegiance to Islamic State."
    body = [
        "In a rare television interview, the bureau's spokesman described the profile of those who leave.",
        s1,
        s2,
        "The interview lasted 25 minutes.",
    ]
    text = wordpress("en", "Maghreb Mirror", "Home » Features", title, "Posted on April 25, 2022", body,
                     ["Ramadan prices under watch"])  # fmt: skip
    claims = [
        C("fighters_joined", 288, "288", s1, cumul(pub), A("BCIJ", "The BCIJ spokesman"), subset="women"),
        C("cells_dismantled", 11, "11", s2, yr("2021", "last year"), A("BCIJ", "He"),
          notes="'He' is the spokesman of the previous sentence", q="exact"),
    ]  # fmt: skip
    traps = [T("25 minutes", "duration")]
    return spec("v28", "wordpress", "en", text, meta(title, "Maghreb Mirror", "Maghreb Mirror", pub,
                fictional=True), claims, traps,
                summary="TV interview: BCIJ spokesman, 288 women joined; 'He said' 11 cells 'last year' (2021); "
                "duration")  # fmt: skip


def v29():
    pub = "2024-07-09"
    title = "By our count: the first half of 2024"
    s1 = "By our count, at least 5 cells have been dismantled since the start of the year."
    s2 = "In all, 1,659 Moroccans travelled to Syria and Iraq to fight."
    body = [
        "Our newsroom tracked every official communiqué published this year.",
        s1,
        s2,
        "The youngest suspect arrested this year was 17.",
    ]
    text = html("en", title, "Casablanca Chronicle", pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 5, "5", s1, ytd(pub, "since the start of the year"), A("unspecified", "By our count"),
          q="at_least", qt="at least", notes="the outlet's own count"),
        C("fighters_joined", 1659, "1,659", s2, cumul(pub), A("unspecified"), notes="no source at all", subset="syria_iraq_linked"),
    ]  # fmt: skip
    traps = [T("was 17", "age")]
    return spec("v29", "html", "en", text, meta(title, "Casablanca Chronicle", "Casablanca Chronicle", pub,
                fictional=True), claims, traps,
                summary="the outlet's own count (unspecified): at least 5 cells since the start of 2024; 1,659 "
                "joined with no source at all; age")  # fmt: skip


def v30():
    pub = "2025-11-18"
    title = "Interior minister and DGST chief at counter-terrorism forum"
    s1 = "Interior Minister Abdelouafi Laftit told the forum that more than 500 terrorist plots had been thwarted since 2002."
    s2 = "More than 210 cells have been dismantled since 2002, the DGST said in a statement read at the same forum."
    body = [
        "The forum in Rabat brought together officials from Spain and France, Morocco's closest security partners, who praised joint investigations.",
        s1,
        s2,
        "Participants from 30 countries attended.",
    ]
    text = html("en", title, "Morocco Today", pub, body)
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "since 2002"),
          A("MOI", "Interior Minister", "Abdelouafi Laftit"), q="more_than", qt="more than"),
        C("cells_dismantled", 210, "210", s2, since("2002", pub, "since 2002"), A("DGST", "the DGST"),
          q="more_than", qt="More than"),
    ]  # fmt: skip
    traps = [T("30 countries", "number of countries")]
    return spec("v30", "html", "en", text, meta(title, "Morocco Today", "Morocco Today", pub, fictional=True),
                claims, traps, partners=["ES", "FR"],
                summary="forum, two speakers: Laftit's more than 500 plots (MOI) and the DGST's more than 210 cells "
                "since 2002; Spain and France partners")  # fmt: skip


ARTICLES = [v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
            v21, v22, v23, v24, v25, v26, v27, v28, v29, v30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "voice2-stale", "kind": "stale_figure",
     "refs": [("v01", "cells_dismantled", 210), ("v03", "cells_dismantled", 214), ("v17", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (Interior minister, June 2021) became 214 (DGST, November "
                    "2023); an anonymous security source repeats 210 in May 2025"},
    {"id": "voice2-decrease", "kind": "cumulative_decrease",
     "refs": [("v14", "persons_arrested", 4330), ("v18", "persons_arrested", 4290)],
     "explanation": "people arrested since 2002: 4330 (BCIJ director, June 2023) then 4290 (Interior minister, "
                    "September 2025): a running total cannot go down"},
    {"id": "voice2-arithmetic", "kind": "internal_arithmetic",
     "refs": [("v15", "persons_arrested", 63), ("v15", "persons_arrested", 58, "men"),
              ("v15", "persons_arrested", 4, "women")],
     "explanation": "the BCIJ head's 63 people arrested in 2023 are split as 58 men + 4 women = 62, not 63"},
    {"id": "voice2-implausible", "kind": "implausible_value",
     "refs": [("v03", "plots_foiled", 500), ("v06", "plots_foiled", 5000)],
     "explanation": "a radio guest's 5000 plots foiled since 2002, ten times the 'more than 500' every official "
                    "source gives"},
    {"id": "voice2-partial", "kind": "partial_exceeds_whole",
     "refs": [("v08", "cells_dismantled", 9), ("v24", "cells_dismantled", 7)],
     "explanation": "the BCIJ counted 9 cells dismantled from January to June 2025, then 7 for the whole of 2025"},
    {"id": "voice2-disagree", "kind": "same_period_disagreement",
     "refs": [("v07", "persons_arrested", 78), ("v23", "persons_arrested", 85)],
     "explanation": "people arrested in 2024: 78 (Interior minister in parliament, 'السنة الماضية' in February "
                    "2025) against 85 (BCIJ head, 'last year' in March 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("v01", "cells_dismantled", 200), ("v01", "cells_dismantled", 210)],
     "reason": "the MP's 'more than 200' and the minister's 210 since 2002, in one sitting, agree"},
    {"refs": [("v03", "cells_dismantled", 214), ("v26", "cells_dismantled", 214)],
     "reason": "214 cells since 2002 from the DGST and an anonymous official, November and December 2023"},
    {"refs": [("v26", "cells_dismantled", 214), ("v30", "cells_dismantled", 210)],
     "reason": "'more than 210' in November 2025 admits 214"},
    {"refs": [("v26", "cells_dismantled", 214), ("v11", "cells_dismantled", 220), ("v21", "cells_dismantled", 220)],
     "reason": "214 (2023) then 'more than 220' (DGST and the government spokesman, 2026): a running total that rises"},
    {"refs": [("v01", "persons_arrested", 4200), ("v13", "persons_arrested", 4000), ("v14", "persons_arrested", 4330)],
     "reason": "people arrested since 2002: 'more than 4200' (2021), 'more than 4 000' (2022), 4 330 (2023)"},
    {"refs": [("v14", "persons_arrested", 4330), ("v26", "persons_arrested", 4300), ("v07", "persons_arrested", 4000)],
     "reason": "4 330 (June 2023) and the later bounds 'more than 4 300' and the MP's 'more than 4000' agree"},
    {"refs": [("v03", "plots_foiled", 500), ("v17", "plots_foiled", 500), ("v30", "plots_foiled", 500),
              ("v11", "plots_foiled", 500)],
     "reason": "'more than 500' plots foiled since 2002, from the DGST, a source, the minister and Hammouchi"},
    {"refs": [("v02", "cells_dismantled", 96), ("v14", "cells_dismantled", 100), ("v20", "cells_dismantled", 100)],
     "reason": "BCIJ cells since 2015: 96 (March 2023), 'une centaine' (June 2023), 'plus de 100' (2024) rise"},
    {"refs": [("v04", "cells_dismantled", 6), ("v15", "cells_dismantled", 6)],
     "reason": "six cells in 2023, the BCIJ director in Arabic and in French"},
    {"refs": [("v04", "persons_arrested", 7, "minors"), ("v15", "persons_arrested", 7, "minors")],
     "reason": "seven minors arrested in 2023, the DGSN spokesman at two press conferences"},
    {"refs": [("v10", "cells_dismantled", 9), ("v12", "cells_dismantled", 10)],
     "reason": "the outlet's 'at least 9' cells in 2022 admits the BCIJ's 10"},
    {"refs": [("v19", "fighters_joined", 1659), ("v16", "fighters_joined", 1659, "syria_iraq_linked"), ("v27", "fighters_joined", 1659, "syria_iraq_linked"),
              ("v05", "fighters_joined", 1600, "syria_iraq_linked"), ("v25", "fighters_joined", 1600),
              ("v29", "fighters_joined", 1659, "syria_iraq_linked")],
     "reason": "1 659 joined (think tank, BCIJ, ministry, no source) and the analysts' 'more than 1 600' agree"},
    {"refs": [("v16", "fighters_killed", 700), ("v27", "fighters_killed", 745), ("v05", "fighters_killed", 745)],
     "reason": "745 killed (official figures) and a researcher's 'more than 700' agree"},
    {"refs": [("v25", "returnees", 270), ("v06", "returnees", 270), ("v18", "returnees", 270)],
     "reason": "270 returnees, official, a radio guest and the minister's 'quelque 270'"},
    {"refs": [("v25", "returnees_arrested", 137), ("v18", "returnees_arrested", 137)],
     "reason": "137 returnees arrested, the official data relayed in 2023 and the minister in 2025"},
    {"refs": [("v18", "returnees", 270), ("v18", "returnees_arrested", 137)],
     "reason": "different metrics: 137 arrested among some 270 returnees, a part of its whole"},
    {"refs": [("v19", "fighters_joined", 288, "women"), ("v28", "fighters_joined", 288, "women")],
     "reason": "288 women joined, a think tank (2020) and the BCIJ spokesman (2022)"},
]  # fmt: skip

CONVENTIONS = """\
- **The voice is the one who gives the figure**, not the one who prints it: in an interview (س/ج, Q/R, Q/A) the
  answers belong to the interviewee named once at the top; in a transcript, to the speaker's label; a host who
  quotes "selon le BCIJ" gives the BCIJ's figure; an analyst who relays "الأرقام الرسمية" / "Official figures"
  gives an `official_unspecified` figure, while his own estimate is `analyst`.
- **Parliament**: the figure an MP puts in a question is `PARLIAMENT` (the MP in `person`); the minister's answer
  is `MOI` (Interior). A think tank's report or a named researcher is `analyst`; the government spokesman is `GOV`;
  the foreign minister is `MFA`; the DGSN spokesman is `DGSN`; Hammouchi speaking of what the DGST dismantled is
  `DGST`; the BCIJ director, "le patron du BCIJ", its spokesman or an official of the bureau is `BCIJ`.
- **Later mentions**: a surname alone ("Laftit", "حموشي", "الطاهري") or a pronoun ("He", "a-t-il précisé") keeps
  the speaker of the first mention; `raw` holds the words printed near the figure, `person` the full name given
  earlier in the article. A verb after the figure ("a ajouté Laftit", "the official said") counts as before it.
- **Anonymous sources**: an unnamed security source or official ("مصدر أمني", "Une source sécuritaire", "A senior
  security official") is `official_unspecified`, as in every older development gold; a source that need not be
  official ("une source proche du dossier") and the outlet's own count ("إحصاء أعدته الجريدة", "By our count") are
  `unspecified` with their words in `raw`; a figure with no source at all is `unspecified` with `raw` null.
- **Fighters who joined "in Syria and Iraq"** carry `syria_iraq_linked`, as in every older development gold.
- **Periods**: "منذ 2002", "depuis 2002", "since 2002" and "منذ ذلك التاريخ" after 2002 make a `since` series
  ending on the byline; "خلال الفترة نفسها", "au cours de la même période", "over the same period" inherit it
  (period text null). "السنة الماضية", "l'an dernier", "last year" are the byline's year minus one; "منذ بداية
  السنة", "since the start of the year" are `year_to_date`. Totals without a period are `cumulative_unspecified`.
- **Subsets**: `women`, `minors` and the new `men` for people arrested; `women` for those who joined. Parts named
  only as "dont 288 femmes" beside a total are not a breakdown; "63 ... dont 58 hommes et 4 femmes" is one and
  must add up (it does not: planted). Minors are counted apart and never summed with men and women.
- **Returnees arrested** ("Parmi eux, 137 ont été interpellés", "Of those, 137 were arrested") are
  `returnees_arrested`, their own metric beside `returnees`, never a subset of it.
- **Partners**: only on a cue of cooperation (a joint operation, intelligence shared or passed, "étroite
  coopération", "closest security partners"). Syria, Iraq as places, France and Belgium as comparisons and
  Algeria named as refusing cooperation are mentions; a partner's own arrests on its soil are traps.
- **Traps**: question numbers, durations of answers and programmes, episode numbers, audiences, ages, prison terms,
  money, percentages, report lengths, numbers of countries or delegations, victims of past attacks, seizures,
  law numbers (03.03), vague counts ("عشرات", "scores of"), sidebar headlines.
- **Number forms**: Arabic words (ست، سبعة، ثماني، أربعة), Arabic-Indic digits (٩٦), a narrow no-break space
  (4 330) and a thin space (4 300), French and English words (six, sept, une centaine, seven).
- **Bounds** agree as in CONTRACT.md: "more than 210" admits 214; "une centaine" (about 100) and "plus de 100"
  share 101; a running total may stay or rise from one date to the next.
- Nothing in this corpus is dated by the text: `as_of` is null everywhere.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, tests/corpus_kit.py, tests/corpus_gold_checks.py
and tests/corpus_abroad (for the structure) were read; no engine code, and the engine was never run on these
files. The shapes of the sentences (the BCIJ director's Q/R interviews, press conferences where the BCIJ director
and the DGSN spokesman speak in turn, question time with the Interior minister, radio and TV guests) and the
magnitudes (some 210 cells and more than 4 000 arrests since 2002, more than 500 plots foiled, about 100 cells
since 2015, 1 659 departures, 745 dead, 270 returnees, 288 women) were taken from real coverage read through the
search tool; no sentence was copied, outlets and private people are invented, and the later figures are fiction.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_voice2: who says it (interviews, transcripts, question time, anonymous sources)",
        "",
        "A development corpus of 30 invented articles (12 Arabic, 10 French, 8 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) where attribution is the hard part: Q&A interviews,",
        "TV and radio transcripts, press conferences with two speakers, parliamentary question time (the MP's",
        "figure and the minister's), officials named once then by surname, titles without names, anonymous",
        "sources, think tanks and the outlet's own count. Outlets and private people are invented; magnitudes",
        "follow real press coverage; every sentence was written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_voice2/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_voice2_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_voice2 --json > /tmp/voice2.json",
        "    ../shared/tools/score.py tests/corpus_voice2/expected.json /tmp/voice2.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'voice2': who gives a figure (interviews, transcripts, press conferences, "
        "question time, anonymous sources, analysts); 30 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
