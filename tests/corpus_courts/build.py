"""Build the "courts" development corpus: 30 invented articles (12 Arabic, 10 French, 8 English) about justice and
prosecution in Morocco's counter-terrorism record: trials and verdicts at the Salé anti-terror court, appeals, the
Public Prosecution's annual reports, the BCIJ referring suspects to the prosecutor, returnees prosecuted, prisons
and the Moussalaha programme, extraditions with partner countries and the anti-terror laws; with their gold
(expected.json) and README.md.

    .venv/bin/python tests/corpus_courts/build.py [--out DIR]

Every outlet and person is invented; the figures follow the magnitudes of real press coverage, the sentences
are new. Each claim's `sentence` is the very string placed in the article's text.
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
    lastn,
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

THIN = "\u202f"


# ================================================================ Arabic


def c01():
    pub, outlet = "2021-03-16", "منبر العدالة"
    title = "مدير المكتب المركزي للأبحاث القضائية: القضاء شريك أساسي في مواجهة الإرهاب"
    s1 = (
        "وأوضح مدير المكتب المركزي للأبحاث القضائية، الحسين بنعلي، في مداخلته أمام قضاة ومحامين بالرباط، "
        "أن المصالح الأمنية فككت منذ سنة 2002 ما مجموعه 209 خلية إرهابية."
    )
    s2 = "وتابع بأن عدد الموقوفين في هذه القضايا، منذ التاريخ ذاته، بلغ أزيد من 3500 شخص قدموا جميعا أمام العدالة."
    body = [
        "احتضنت العاصمة ندوة حول العدالة الجنائية في قضايا الإرهاب بمشاركة ممثلين عن النيابة العامة.",
        para(s1, s2),
        para(
            "وذكر المتدخل بأن القانون 03.03 المتعلق بمكافحة الإرهاب جاء مباشرة بعد أحداث 16 ماي 2003، "
            "وأن الفصل 218-1 منه يعدد الأفعال التي تكتسي طابعا إرهابيا."
        ),
    ]
    side = [
        "توقيف 14 شخصا في قضية نصب بمراكش",
        "الجيش الملكي يفوز 2-0",
        "ارتفاع المداخيل الجبائية بـ9 في المائة",
    ]
    text = aggregator("ar", side, title, outlet, pub, body)
    bc = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "الحسين بنعلي")
    claims = [
        C("cells_dismantled", 209, "209", s1, since("2002", pub, "منذ سنة 2002"), bc),
        C("persons_arrested", 3500, "3500", s2, since("2002", pub, "منذ التاريخ ذاته"), bc, q="more_than",
          qt="أزيد من", notes="the period 'since the same date' points back to 2002 in the previous sentence"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("توقيف 14 شخصا", "sidebar: a fraud case"),
        T("2-0", "sidebar: football score"),
        T("03.03", "law number"),
        T("16 ماي 2003", "a date"),
        T("218-1", "article number of the penal code"),
    ]
    return spec("c01", "aggregator", "ar", text, meta(title, outlet, "Minbar Al Adala", pub, fictional=True), claims,
                traps, summary="BCIJ director before judges: 209 cells and more than 3500 arrested since 2002 (period "
                "inherited by 'منذ التاريخ ذاته'); law and article numbers, date")  # fmt: skip


def c02():
    pub, outlet = "2022-06-21", "المرصد القضائي"
    title = "تقرير النيابة العامة: قضايا الإرهاب تحت المجهر"
    s1 = (
        "وسجلت رئاسة النيابة العامة في تقريرها السنوي برسم سنة 2021 ما مجموعه 97 قضية تتعلق بالإرهاب، "
        "توبع فيها 183 شخصا."
    )
    s2 = "كما قدمت الشرطة القضائية أمام النيابات العامة المختصة خلال السنة نفسها 147 مشتبها فيه بعد انتهاء فترة الحراسة النظرية."
    s3 = (
        "وللمقارنة، فقد قدم أمام النيابة العامة في القضايا ذاتها 296 و251 و188 مشتبها فيه في سنوات 2018 و2019 "
        "و2020 على التوالي، وفق التقارير السابقة للرئاسة."
    )
    body = [
        "يخصص التقرير السنوي حول تنفيذ السياسة الجنائية حيزا مهما لقضايا الإرهاب والتطرف.",
        s1,
        para(s2, "وبلغت نسبة البت في الملفات الرائجة أمام غرفتي الجنايات بسلا 86 في المائة."),
        "ويشير التقرير إلى أن الإشادة بالإرهاب تظل أكثر التهم تكرارا، أمام التحريض والانتماء إلى عصابة.",
        s3,
    ]
    text = wordpress("ar", outlet, "الرئيسية » قضاء", title, "الثلاثاء 21 يونيو 2022 - 10:15", body,
                     ["مباراة في التوظيف بوزارة العدل", "افتتاح محكمة جديدة بتمارة"])  # fmt: skip
    pp = A("official_unspecified", "رئاسة النيابة العامة")
    claims = [
        C("persons_arrested", 147, "147", s2, yr("2021", "خلال السنة نفسها"), pp,
          notes="suspects presented to the prosecutor after police custody: arrests; the year is the report's 2021, "
                "inherited from the previous sentence; the report carries on"),
        C("persons_arrested", 296, "296", s3, yr("2018", "2018"), A("official_unspecified", "التقارير السابقة للرئاسة"),
          notes="a list distributed over years by 'على التوالي'"),
        C("persons_arrested", 251, "251", s3, yr("2019", "2019"), A("official_unspecified", "التقارير السابقة للرئاسة")),
        C("persons_arrested", 188, "188", s3, yr("2020", "2020"), A("official_unspecified", "التقارير السابقة للرئاسة")),
    ]  # fmt: skip
    optional = [
        C("terrorism_cases", 97, "97", s1, yr("2021", "برسم سنة 2021"), pp),
        C("persons_prosecuted", 183, "183", s1, yr("2021", "برسم سنة 2021"), pp),
    ]
    traps = [T("86 في المائة", "a court's case-disposal rate, not a counter-terrorism count")]
    return spec("c02", "wordpress", "ar", text, meta(title, outlet, "Al Marsad Al Qadai", pub, fictional=True), claims,
                traps, optional=optional, summary="Public Prosecution report for 2021: 147 presented to the prosecutor "
                "(arrests, year inherited); 296, 251, 188 for 2018-2020 'على التوالي' (a list over years); cases and "
                "people prosecuted optional; disposal rate a trap")  # fmt: skip


def c03():
    pub, outlet = "2022-11-08", "صوت سلا"
    title = "أحكام بالسجن في حق عائدين من سوريا"
    s1 = "وللتذكير، فإن 1659 مغربيا التحقوا بساحات القتال في سوريا والعراق، وفق أرقام المكتب المركزي للأبحاث القضائية."
    s2 = "ويبلغ عدد الذين عادوا منهم إلى المغرب 270 شخصا، بحسب المصدر ذاته."
    body = [
        "وزعت غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا، مساء الإثنين، "
        "أحكاما تراوحت بين سنتين وثماني سنوات سجنا نافذا على أحد عشر متهما.",
        "وأدانت المحكمة المتهم الرئيسي بثماني سنوات، مع أداء غرامة قدرها 10 آلاف درهم.",
        para(s1, s2),
    ]
    text = clean(title, "صوت سلا — الثلاثاء 8 نونبر 2022", body)
    claims = [
        C(
            "fighters_joined",
            1659,
            "1659",
            s1,
            cumul(pub),
            A("BCIJ", "أرقام المكتب المركزي للأبحاث القضائية"),
            subset="syria_iraq_linked",
        ),
        C(
            "returnees",
            270,
            "270",
            s2,
            cumul(pub),
            A("BCIJ", "المصدر ذاته"),
            notes="'المصدر ذاته' carries on",
        ),
    ]
    traps = [
        T("بين سنتين وثماني سنوات", "prison terms"),
        T("أحد عشر متهما", "defendants in one trial: a court count, not an arrest figure"),
        T("10 آلاف درهم", "a fine (money)"),
    ]
    return spec("c03", "clean", "ar", text, meta(title, outlet, "Sawt Salé", pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "سوريا", "conflict zone")],
                summary="a Salé verdict (eleven defendants, terms, fine: traps) with the BCIJ's 1659 joined and 270 "
                        "returned as background")  # fmt: skip


def c04():
    pub, outlet = "2023-03-15", "أنباء الشمال"
    title = "إحالة موالين لداعش على الوكيل العام للملك بالرباط"
    s1 = (
        "وأحال المكتب المركزي للأبحاث القضائية يوم الإثنين خمسة مشتبه بهم على الوكيل العام للملك المكلف "
        "بقضايا الإرهاب، بعد تفكيك خلية كانت تنشط بين تطوان والفنيدق."
    )
    body = [
        para(
            s1,
            "وجرى تحديد هوية أفراد الخلية بفضل معلومات دقيقة تقاسمتها المصالح الأمنية الإسبانية مع نظيرتها المغربية.",
        ),
        "وتتراوح أعمار الموقوفين بين 19 و34 سنة، وسيتابعون طبقا للمادة 3 من قانون المسطرة الجنائية.",
    ]
    text = html("ar", title, outlet, pub, body, jsonld=False, aside=["حفل توزيع جوائز الصحافة يوم 18 مارس"])
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "يوم الإثنين"), A("BCIJ", "المكتب المركزي للأبحاث القضائية"),
          notes="suspects referred to the prosecutor after their arrest: arrests on that day"),
    ]  # fmt: skip
    traps = [T("بين 19 و34 سنة", "ages"), T("للمادة 3", "article number"), T("18 مارس", "aside: a date")]
    return spec("c04", "html", "ar", text, meta(title, outlet, "Anbaa Achamal", pub, fictional=True), claims, traps,
                partners=["ES"], summary="BCIJ refers five (word) suspects on Monday; Spain partner (intelligence "
                "shared); ages, article number")  # fmt: skip


def c05():
    pub, outlet = "2023-10-24", "الرباط اليوم"
    title = "ثماني سنوات على إحداث المكتب المركزي للأبحاث القضائية"
    s1 = (
        "ومنذ إحداثه سنة 2015، فكك المكتب اثنتين وتسعين خلية إرهابية، وأوقف 1386 شخصا أحيلوا على النيابة "
        "العامة، حسب حصيلة رسمية للمكتب."
    )
    body = [
        "يخلد المكتب المركزي للأبحاث القضائية الذكرى الثامنة لإحداثه، بعد ثماني سنوات من العمل الميداني.",
        s1,
        "ويشتغل المكتب تحت إشراف النيابة العامة، وتخضع محاضره لرقابة قضاة غرفة الجنايات بسلا.",
    ]
    side = ["إطلاق خط جوي جديد نحو 7 وجهات أوروبية", "حملة تلقيح تستهدف 300 ألف طفل"]
    text = aggregator("ar", side, title, outlet, pub, body)
    bc = A("BCIJ", "حصيلة رسمية للمكتب")
    claims = [
        C("cells_dismantled", 92, "اثنتين وتسعين", s1, since("2015", pub, "منذ إحداثه سنة 2015"), bc),
        C("persons_arrested", 1386, "1386", s1, since("2015", pub, "منذ إحداثه سنة 2015"), bc),
    ]
    traps = [SIDEBAR_RULE, T("7 وجهات", "sidebar: flights"), T("300 ألف طفل", "sidebar: vaccination"),
             T("ثماني سنوات من العمل", "duration")]  # fmt: skip
    return spec("c05", "aggregator", "ar", text, meta(title, outlet, "Rabat Today", pub, fictional=True), claims, traps,
                summary="BCIJ since 2015: ninety-two (words, accusative) cells, 1386 arrested; durations")  # fmt: skip


def c06():
    pub, outlet = "2024-06-12", "بوابة القانون"
    title = "بلجيكا تسلم المغرب مطلوبا في قضية إرهابية"
    s1 = (
        "وبذلك يرتفع عدد الأشخاص الذين أوقفهم المكتب المركزي للأبحاث القضائية منذ بداية السنة إلى 31 "
        "شخصا، وفق معطيات المكتب."
    )
    body = [
        "تسلمت السلطات المغربية من نظيرتها البلجيكية مواطنا صدرت في حقه مذكرة بحث دولية، في إطار التعاون القضائي "
        "بين البلدين.",
        "وكان المعني بالأمر قد صدر في حقه حكم غيابي بالسجن 20 سنة، قبل أن يطعن فيه بالاستئناف.",
        s1,
        "وأيدت غرفة الجنايات الاستئنافية بسلا، في ملف منفصل، الأحكام الصادرة في حق سبعة متهمين.",
    ]
    text = wordpress(
        "ar",
        outlet,
        "الرئيسية » تقارير",
        title,
        "12 يونيو 2024",
        body,
        ["امتحانات البكالوريا: 500 ألف مترشح"],
    )
    claims = [C("persons_arrested", 31, "31", s1, ytd(pub, "منذ بداية السنة"), A("BCIJ", "معطيات المكتب"))]
    traps = [T("20 سنة", "a prison term"), T("سبعة متهمين", "defendants on appeal: a court count"),
             T("500 ألف مترشح", "related headline: exam candidates")]  # fmt: skip
    return spec("c06", "wordpress", "ar", text, meta(title, outlet, "Bawabat Al Qanoun", pub, fictional=True), claims,
                traps, partners=["BE"], summary="Belgium hands over a wanted man (partner); BCIJ: 31 arrested since the "
                "start of 2024; appeal defendants and a term are traps")  # fmt: skip


def c07():
    pub, outlet = "2025-02-18", "الحدث القضائي"
    title = "غرفة الجنايات بسلا تفتتح السنة بملفات ثقيلة"
    s1 = (
        "وكشف مصدر من المديرية العامة لمراقبة التراب الوطني أنه فككت خلال السنة الماضية اثنتا عشرة خلية "
        "إرهابية، وأن أغلب أفرادها يمثلون حاليا أمام القضاء."
    )
    body = [
        "تنظر غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بسلا هذه الأيام في ملفات متعددة.",
        s1,
        "وفي أولى الجلسات، أجلت المحكمة النظر في ملف يتابع فيه 9 أشخاص إلى غاية 4 مارس المقبل لإعداد الدفاع.",
    ]
    text = clean(title, "الحدث القضائي | الثلاثاء 18 فبراير 2025", body)
    claims = [
        C("cells_dismantled", 12, "اثنتا عشرة", s1, yr("2024", "خلال السنة الماضية"),
          A("DGST", "مصدر من المديرية العامة لمراقبة التراب الوطني"), notes="nominative number word, subject of a passive verb"),
    ]  # fmt: skip
    traps = [T("9 أشخاص", "defendants in one trial"), T("4 مارس", "a hearing date")]
    return spec("c07", "clean", "ar", text, meta(title, outlet, "Al Hadath Al Qadai", pub, fictional=True), claims,
                traps, summary="DGST source: twelve (nominative words) cells 'last year' (2024); defendants and a "
                "hearing date are traps")  # fmt: skip


def c08():
    pub, outlet = "2024-09-25", "جريدة الحقائق"
    title = "العائدون من بؤر التوتر: حصيلة المتابعات القضائية"
    s1 = "وحسب المكتب المركزي للأبحاث القضائية، فقد أحيل على القضاء 137 عائدا من بؤر التوتر."
    s2 = "ويتعلق الأمر بـ115 عائدا من سوريا، و14 من العراق، و6 من ليبيا."
    body = [
        "يتابع العائدون من مناطق النزاع بموجب القانون 86.14 الذي تمم مجموعة القانون الجنائي.",
        para(s1, s2),
        "وتتراوح العقوبات المقررة لجريمة الالتحاق بتنظيم إرهابي بالخارج بين 5 و15 سنة سجنا.",
    ]
    text = html("ar", title, outlet, pub, body, time_tag=False)
    bc = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("returnees_arrested", 137, "137", s1, cumul(pub), bc,
          notes="returnees brought to justice after their arrest: returnees_arrested"),
        C("returnees_arrested", 115, "115", s2, cumul(pub), bc, subset="syria"),
        C("returnees_arrested", 14, "14", s2, cumul(pub), bc, subset="iraq"),
        C("returnees_arrested", 6, "6", s2, cumul(pub), bc, subset="libya"),
    ]  # fmt: skip
    traps = [T("86.14", "law number"), T("بين 5 و15 سنة", "the penalty range of the law")]
    return spec("c08", "html", "ar", text, meta(title, outlet, "Al Haqaiq", pub, fictional=True), claims, traps,
                not_partners=[NP("LY", "ليبيا", "conflict zone")],
                summary="BCIJ: 137 returnees brought to justice = 115 Syria + 14 Iraq + 6 Libya = 135 (does not add "
                        "up); law number, penalty range")  # fmt: skip


def c09():
    pub, outlet = "2026-01-20", "سلا نيوز"
    title = "الإرهاب أمام القضاء: عام من المحاكمات"
    s1 = "ومنذ 2002، جرى تفكيك ٢١٣ خلية إرهابية بالمملكة."
    s2 = "واستفاد من برنامج مصالحة ما يناهز 380 سجينا منذ إطلاقه، حصل عدد منهم على عفو ملكي."
    body = [
        "أسدلت غرفة الجنايات بسلا الستار على سنة قضائية حافلة بملفات الإرهاب والإشادة به.",
        s1,
        para(s2, "وانطلقت الدورة السابعة عشرة من البرنامج بمشاركة 20 نزيلا."),
    ]
    side = ["تساقطات ثلجية بارتفاع 1200 متر", "المنتخب يصعد إلى المركز 11 عالميا"]
    text = aggregator("ar", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 213, "٢١٣", s1, since("2002", pub, "منذ 2002"), A("unspecified"),
                notes="Arabic-Indic digits; no source at all")]  # fmt: skip
    optional = [C("deradicalisation_participants", 380, "380", s2, since("2017", pub, "منذ إطلاقه"), A("unspecified"),
                  q="about", qt="ما يناهز", notes="Moussalaha since its launch (2017, not printed here)")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1200 متر", "sidebar: altitude"), T("المركز 11", "sidebar: ranking"),
             T("20 نزيلا", "the size of one Moussalaha session")]  # fmt: skip
    return spec("c09", "aggregator", "ar", text, meta(title, outlet, "Salé News", pub, fictional=True), claims, traps,
                optional=optional, summary="unattributed ٢١٣ cells since 2002 in 2026, after 218 (stale; Arabic-Indic "
                "digits); Moussalaha participants optional; session size a trap")  # fmt: skip


def c10():
    pub, outlet = "2025-02-04", "الأمن والمجتمع"
    title = "الحصيلة السنوية: مكافحة الإرهاب في أرقام"
    s1 = (
        "وأشارت الحصيلة السنوية للمديرية العامة للأمن الوطني إلى توقيف ستة وسبعين شخصا خلال سنة 2024 "
        "للاشتباه في ارتباطهم بقضايا الإرهاب والتطرف."
    )
    body = [
        "استعرضت المديرية العامة للأمن الوطني حصيلة أنشطتها برسم السنة المنصرمة.",
        s1,
        "وتوزعت المتابعات بين الإشادة بالإرهاب والتحريض عليه، وتراوحت أعمار المعنيين بين 16 و58 سنة.",
    ]
    text = wordpress("ar", outlet, "الرئيسية » أمن", title, "نشر بتاريخ 4 فبراير 2025", body,
                     ["حجز 3 أطنان من المخدرات بالداخلة"])  # fmt: skip
    claims = [C("persons_arrested", 76, "ستة وسبعين", s1, yr("2024", "خلال سنة 2024"),
                A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني"), notes="genitive number word")]  # fmt: skip
    traps = [T("بين 16 و58 سنة", "ages"), T("3 أطنان", "related headline: drugs")]
    return spec("c10", "wordpress", "ar", text, meta(title, outlet, "Al Amn wal Mujtama", pub, fictional=True),
                claims, traps, summary="DGSN annual review: seventy-six (genitive words) arrested in 2024; ages")  # fmt: skip


def c11():
    pub, outlet = "2022-04-05", "مدارات"
    title = "هل نجحت المقاربة القضائية في مواجهة التطرف؟"
    s1 = (
        "ويرى الباحث في العلوم الجنائية منير التازي أن ما يزيد عن 3600 شخص اعتقلوا في قضايا مرتبطة "
        "بالإرهاب منذ سنة 2002."
    )
    s2 = (
        "في المقابل، تفيد معطيات المكتب المركزي للأبحاث القضائية بأن ما يناهز 1300 شخص أوقفوا منذ إحداث "
        "المكتب سنة 2015."
    )
    s3 = "ويقدر التازي عدد المعتقلين حاليا في قضايا الإرهاب بنحو 1000 سجين موزعين على عدة مؤسسات سجنية."
    body = [
        "يطرح الباحثون أسئلة حول حصيلة عقدين من تطبيق قانون مكافحة الإرهاب.",
        para(s1, s2),
        para(s3, "ويعتبر أن القانون رقم 86-14 وسع نطاق التجريم ليشمل الالتحاق ببؤر التوتر."),
    ]
    text = clean(title, "مدارات - 5 أبريل 2022", body)
    claims = [
        C("persons_arrested", 3600, "3600", s1, since("2002", pub, "منذ سنة 2002"),
          A("analyst", "الباحث في العلوم الجنائية", "منير التازي"), q="more_than", qt="ما يزيد عن"),
        C("persons_arrested", 1300, "1300", s2, since("2015", pub, "منذ إحداث المكتب سنة 2015"),
          A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية"), q="about", qt="ما يناهز"),
    ]  # fmt: skip
    optional = [
        C("terrorism_inmates", 1000, "1000", s3, cumul(pub), A("analyst", "التازي"), q="about", qt="بنحو")
    ]
    traps = [T("86-14", "law number")]
    return spec("c11", "clean", "ar", text, meta(title, outlet, "Madarat", pub, fictional=True), claims, traps,
                optional=optional, summary="two voices on arrests: an analyst's 'more than 3600' since 2002, the BCIJ's "
                "'about 1300' since 2015; inmates optional; law number")  # fmt: skip


def c12():
    pub, outlet = "2025-06-27", "المغرب الحقوقي"
    title = "مصالحة: دورة جديدة لفائدة معتقلي قضايا الإرهاب"
    s1 = "وأكد مسؤول بالمديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية أحبطت أكثر من 500 مخطط إرهابي منذ 2002."
    s3 = "وأضاف المسؤول ذاته أن نحو 270 مغربيا عادوا من بؤر التوتر، وأحيلوا جميعا على القضاء."
    s2 = "وبلغ عدد المستفيدين من البرنامج منذ انطلاقه سنة 2017 ما مجموعه 363 نزيلا، استفاد 210 منهم من العفو."
    body = [
        "اختتمت بالسجن المحلي سلا 2 الدورة السادسة عشرة من برنامج مصالحة، بعد تكوين دام 200 ساعة.",
        s2,
        para(s1, s3),
    ]
    text = html("ar", title, outlet, pub, body)
    claims = [C("plots_foiled", 500, "500", s1, since("2002", pub, "منذ 2002"),
                A("DGST", "مسؤول بالمديرية العامة لمراقبة التراب الوطني"), q="more_than", qt="أكثر من")]  # fmt: skip
    claims.append(C("returnees", 270, "270", s3, cumul(pub), A("DGST", "المسؤول ذاته"), q="about", qt="نحو",
                      notes="the speaker is named in the previous sentence"))  # fmt: skip
    dg = A("unspecified", None)
    optional = [
        C("deradicalisation_participants", 363, "363", s2, since("2017", pub, "منذ انطلاقه سنة 2017"), dg),
        C("pardoned", 210, "210", s2, since("2017", pub, "منذ انطلاقه سنة 2017"), dg),
    ]
    traps = [
        T("200 ساعة", "duration of the training"),
        T("الدورة السادسة عشرة", "a session's ordinal"),
        T("سلا 2", "the name of a prison"),
    ]
    return spec("c12", "html", "ar", text, meta(title, outlet, "Al Maghrib Al Houqouqi", pub, fictional=True), claims,
                traps, optional=optional, summary="Moussalaha session: 363 participants, 210 pardoned (optional); DGST: "
                "more than 500 plots foiled since 2002, then 'the same official': about 270 returnees; hours a trap")  # fmt: skip


# ================================================================ French


def c13():
    pub, outlet = "2020-09-29", "Le Courrier de Salé"
    title = "Un revenant de Syrie condamné à Salé"
    s1 = (
        "Selon le BCIJ, quelque 270 Marocains sont rentrés des zones de conflit, et 137 d'entre eux ont été "
        "interpellés puis déférés devant le parquet."
    )
    body = [
        "La chambre criminelle de premier degré chargée des affaires de terrorisme, à l'annexe de la cour d'appel "
        "de Rabat à Salé, a condamné mardi un ancien combattant à cinq ans de prison ferme.",
        "Poursuivi en vertu de l'article 218-1-1 du code pénal, l'accusé avait séjourné en Syrie entre 2014 et 2017.",
        s1,
    ]
    side = ["Météo : jusqu'à 38 degrés à Marrakech", "Le dirham gagne 0,3 % face au dollar"]
    text = aggregator("fr", side, title, outlet, pub, body)
    bc = A("BCIJ", "le BCIJ")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), bc, q="about", qt="quelque"),
        C("returnees_arrested", 137, "137", s1, cumul(pub), bc, notes="part of the 270"),
    ]
    traps = [SIDEBAR_RULE, T("38 degrés", "sidebar: weather"), T("0,3 %", "sidebar: currency"),
             T("cinq ans de prison", "a prison term"), T("218-1-1", "article number"),
             T("entre 2014 et 2017", "years of a stay abroad")]  # fmt: skip
    return spec("c13", "aggregator", "fr", text, meta(title, outlet, "Le Courrier de Salé", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syrie", "conflict zone")],
                summary="a returnee sentenced (term, article: traps); BCIJ: about 270 returned, 137 of them arrested "
                        "and referred")  # fmt: skip


def c14():
    pub, outlet = "2023-05-16", "Maroc Justice Hebdo"
    title = "Coopération judiciaire : Rabat et Paris resserrent les liens"
    s1 = f"Depuis 2002, la DGST a démantelé 213 cellules terroristes et interpellé plus de 4{THIN}000 personnes."
    body = [
        "Les ministères de la Justice marocain et français ont signé un protocole pour accélérer l'exécution des "
        "commissions rogatoires et des demandes d'extradition dans les affaires de terrorisme.",
        s1,
        "Le texte prévoit une réponse aux demandes d'entraide dans un délai de 60 jours.",
    ]
    text = wordpress("fr", outlet, "Accueil » Justice", title, "Mis à jour le 16 mai 2023", body,
                     ["Justice : 3 nouveaux tribunaux de commerce"])  # fmt: skip
    dg = A("DGST", "la DGST")
    claims = [
        C("cells_dismantled", 213, "213", s1, since("2002", pub, "Depuis 2002"), dg),
        C("persons_arrested", 4000, f"4{THIN}000", s1, since("2002", pub, "Depuis 2002"), dg, q="more_than",
          qt="plus de", notes="narrow no-break space in the thousands"),
    ]  # fmt: skip
    traps = [T("60 jours", "a deadline"), T("3 nouveaux tribunaux", "related headline")]
    return spec("c14", "wordpress", "fr", text, meta(title, outlet, "Maroc Justice Hebdo", pub, fictional=True),
                claims, traps, partners=["FR"], summary="France partner (judicial cooperation); DGST since 2002: 213 "
                "cells, more than 4 000 arrested (thin space); a deadline")  # fmt: skip


def c15():
    pub, outlet = "2021-11-30", "L'Hémicycle"
    title = "Le ministre de la Justice défend le bilan antiterroriste devant les députés"
    s1 = (
        "Plus de 500 projets d'attentats ont été déjoués depuis 2002, a affirmé le ministre de la Justice, "
        "Karim Benslimane, en réponse à une question orale."
    )
    s2 = "Le ministre a ajouté que près de 900 personnes purgent actuellement une peine dans des affaires de terrorisme."
    body = [
        "La séance des questions orales à la Chambre des représentants a été consacrée mardi à la politique pénale.",
        para(s1, s2),
        "Il a rappelé que la loi 03-03 a été amendée en 2015 pour réprimer les départs vers les foyers de tension.",
    ]
    text = clean(title, "L'Hémicycle, mardi 30 novembre 2021", body)
    mj = A("GOV", "le ministre de la Justice", "Karim Benslimane")
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "depuis 2002"), mj, q="more_than", qt="Plus de")
    ]
    optional = [
        C("terrorism_inmates", 900, "900", s2, cumul(pub), A("GOV", "Le ministre"), q="about", qt="près de")
    ]
    traps = [T("03-03", "law number"), T("en 2015", "a bare year")]
    return spec("c15", "clean", "fr", text, meta(title, outlet, "L'Hémicycle", pub, fictional=True), claims, traps,
                optional=optional, summary="Justice minister (GOV): more than 500 plots foiled since 2002 (verb after "
                "the figure); inmates optional; law number")  # fmt: skip


def c16():
    pub, outlet = "2024-02-20", "Le Quotidien du Droit"
    title = "Le parquet publie ses chiffres sur le terrorisme"
    s1 = (
        "En 2023, soixante-trois suspects ont été présentés au parquet à l'issue de leur garde à vue, selon le "
        "rapport annuel de la Présidence du ministère public."
    )
    s1b = "Ils étaient 71 en 2022, d'après la même source."
    s2 = "Le même rapport recense 112 personnes poursuivies pour des faits de terrorisme au cours de l'année."
    body = [
        para(s1, s1b),
        para(s2, "Le taux de jugement des affaires pendantes atteint 88 % devant les chambres de Salé."),
        "L'apologie du terrorisme reste, de loin, la première infraction poursuivie.",
    ]
    text = html("fr", title, outlet, pub, body, jsonld=False)
    pp = A("official_unspecified", "la Présidence du ministère public")
    claims = [C("persons_arrested", 63, "soixante-trois", s1, yr("2023", "En 2023"), pp,
                notes="suspects presented to the prosecutor after custody: arrests"),
              C("persons_arrested", 71, "71", s1b, yr("2022", "en 2022"), A("official_unspecified", "la même source"),
                notes="the figure before the verb, the speaker after it")]  # fmt: skip
    optional = [C("persons_prosecuted", 112, "112", s2, yr("2023", "au cours de l'année"),
                  A("official_unspecified", "Le même rapport"))]  # fmt: skip
    traps = [T("88 %", "a case-disposal rate")]
    return spec("c16", "html", "fr", text, meta(title, outlet, "Le Quotidien du Droit", pub, fictional=True), claims,
                traps, optional=optional, summary="Public Prosecution report 2023: sixty-three (words) presented to the "
                "prosecutor, 71 in 2022; 112 prosecuted optional; a rate")  # fmt: skip


def c17():
    pub, outlet = "2024-04-09", "Atlas Info"
    title = "Appel : les peines de la cellule de Tiflet confirmées"
    s1 = (
        "Le ministre de l'Intérieur a rappelé, la semaine dernière, que plus de 210 cellules ont été "
        "démantelées depuis 2002."
    )
    body = [
        "La chambre criminelle d'appel de Salé a confirmé lundi les peines prononcées contre les neuf membres de la "
        "cellule dite de Tiflet, allant de trois à quinze ans de réclusion.",
        "Une amende de 20 000 dirhams a été infligée à chacun des accusés.",
        s1,
    ]
    side = ["Foot : le WAC s'impose 3-1", "Un incendie ravage 40 hectares de forêt"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"),
                A("MOI", "Le ministre de l'Intérieur"), q="more_than", qt="plus de")]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-1", "sidebar: football"), T("40 hectares", "sidebar: fire"),
             T("neuf membres", "defendants in one appeal: a court count"),
             T("de trois à quinze ans", "prison terms"), T("20 000 dirhams", "a fine (money)")]  # fmt: skip
    return spec("c17", "aggregator", "fr", text, meta(title, outlet, "Atlas Info", pub, fictional=True), claims, traps,
                summary="appeal verdict (nine defendants, terms, fine: traps); Interior minister: more than 210 cells "
                        "since 2002 (passive)")  # fmt: skip


def c18():
    pub, outlet = "2024-11-22", "Le Maghreb Juridique"
    title = "Extradé vers les Pays-Bas, un suspect de terrorisme sera jugé à Rotterdam"
    s1 = (
        "D'après le politologue Adil Berrada, plus de 1 600 Marocains ont rejoint les rangs des groupes "
        "armés en Syrie et en Irak."
    )
    body = [
        "Le Maroc a remis jeudi aux autorités néerlandaises un ressortissant binational visé par un mandat d'arrêt "
        "européen, au terme d'une procédure d'extradition menée en étroite coopération avec La Haye.",
        "La justice néerlandaise a prononcé l'an dernier 45 condamnations pour terrorisme sur son propre sol.",
        s1,
    ]
    text = wordpress("fr", outlet, "Accueil » International", title, "22 novembre 2024", body,
                     ["Marrakech accueille 2 000 congressistes"])  # fmt: skip
    claims = [C("fighters_joined", 1600, "1 600", s1, cumul(pub), A("analyst", "le politologue", "Adil Berrada"),
                q="more_than", qt="plus de", subset="syria_iraq_linked")]  # fmt: skip
    traps = [
        T("45 condamnations", "the Netherlands' own convictions"),
        T("2 000 congressistes", "related headline"),
    ]
    return spec("c18", "wordpress", "fr", text, meta(title, outlet, "Le Maghreb Juridique", pub, fictional=True),
                claims, traps, partners=["NL"],
                not_partners=[NP("IQ", "Irak", "conflict zone")],
                summary="Netherlands partner (extradition in close cooperation), its own convictions a trap; analyst: "
                        "more than 1 600 joined")  # fmt: skip


def c19():
    pub, outlet = "2025-04-15", "Info Sud Maroc"
    title = "Terrorisme : le procès de la cellule d'Agadir renvoyé"
    s1 = "Au total, 760 personnes ont été arrêtées en 2024 dans des affaires liées au terrorisme, selon un décompte du site."
    body = [
        "La chambre criminelle de Salé a renvoyé au 6 mai le procès des membres présumés d'une cellule démantelée à "
        "Agadir, à la demande de la défense.",
        "Les accusés encourent jusqu'à 30 ans de réclusion en vertu de la loi antiterroriste.",
        s1,
    ]
    text = clean(title, "Info Sud Maroc — 15 avril 2025", body)
    claims = [C("persons_arrested", 760, "760", s1, yr("2024", "en 2024"), A("unspecified", "un décompte du site"),
                notes="ten times the 76 the DGSN and the BCIJ give: extracted as printed, flagged by the check")]  # fmt: skip
    traps = [T("6 mai", "a hearing date"), T("30 ans de réclusion", "the maximum penalty")]
    return spec("c19", "clean", "fr", text, meta(title, outlet, "Info Sud Maroc", pub, fictional=True), claims, traps,
                summary="760 arrested in 2024 (implausible, ten times 76); a hearing date and the maximum penalty "
                        "are traps")  # fmt: skip


def c20():
    pub, outlet = "2025-01-28", "Le Petit Juriste"
    title = "Le BCIJ dresse le bilan de dix ans d'enquêtes"
    s1 = (
        f"Depuis sa création en 2015, le Bureau central d'investigations judiciaires a démantelé 98 cellules et "
        f"interpellé 1{THIN}357 personnes, toutes déférées devant la justice."
    )
    body = [
        "Le patron du Bureau central d'investigations judiciaires a reçu la presse au siège de Salé.",
        s1,
        "Des ressortissants maliens figuraient parmi les suspects d'une cellule démantelée en 2024.",
    ]
    text = html("fr", title, outlet, pub, body, time_tag=False)
    bc = A("BCIJ", "le Bureau central d'investigations judiciaires")
    claims = [
        C("cells_dismantled", 98, "98", s1, since("2015", pub, "Depuis sa création en 2015"), bc),
        C("persons_arrested", 1357, f"1{THIN}357", s1, since("2015", pub, "Depuis sa création en 2015"), bc,
          notes="below the BCIJ's own 1386 of October 2023: a running total that goes down"),
    ]  # fmt: skip
    traps = [T("dix ans", "a duration"), T("en 2024", "a bare year")]
    return spec("c20", "html", "fr", text, meta(title, outlet, "Le Petit Juriste", pub, fictional=True), claims, traps,
                not_partners=[NP("ML", "maliens", "a nationality")],
                summary="BCIJ since 2015: 98 cells, 1 357 arrested (thin space; below its 1386 of 2023: decrease); "
                        "Mali only a nationality")  # fmt: skip


def c21():
    pub, outlet = "2025-09-30", "Détroit Actu"
    title = "L'Espagne extrade vers le Maroc un partisan de Daech"
    s1 = (
        "Depuis le début de l'année, le BCIJ a interpellé 58 personnes soupçonnées de liens avec des "
        "organisations terroristes."
    )
    body = [
        "Les autorités espagnoles ont remis au Maroc un homme recherché pour apologie du terrorisme, dans le cadre "
        "de la coopération judiciaire entre Rabat et Madrid.",
        "De son côté, la police espagnole a arrêté 81 djihadistes présumés sur son territoire l'an passé.",
        s1,
    ]
    side = ["Rentrée : 8 millions d'élèves", "Le prix du gasoil baisse de 20 centimes"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 58, "58", s1, ytd(pub, "Depuis le début de l'année"), A("BCIJ", "le BCIJ"))
    ]
    traps = [SIDEBAR_RULE, T("8 millions", "sidebar: pupils"), T("20 centimes", "sidebar: money"),
             T("81 djihadistes", "Spain's own arrests on its soil")]  # fmt: skip
    return spec("c21", "aggregator", "fr", text, meta(title, outlet, "Détroit Actu", pub, fictional=True), claims,
                traps, partners=["ES"], summary="Spain partner (extradition); Spain's own 81 arrests a trap; BCIJ: 58 "
                "arrested since the start of 2025")  # fmt: skip


def c22():
    pub, outlet = "2026-03-10", "Tribune Pénitentiaire"
    title = "Moussalaha, neuf ans après"
    s1 = (
        "Parmi les revenants des foyers de tension, plus de 150 ont été arrêtés depuis 2015, indique le BCIJ."
    )
    s2 = "Au total, près de 400 détenus ont suivi le programme depuis 2017, et une centaine ont été graciés."
    body = [
        "Le programme Moussalaha, conçu pour les condamnés dans des affaires de terrorisme, fête ses neuf ans.",
        s2,
        s1,
        "Chaque session dure trois mois et réunit une vingtaine de détenus à la prison de Salé.",
    ]
    text = wordpress("fr", outlet, "Accueil » Prisons", title, "10 mars 2026 à 08:40", body,
                     ["Un nouveau centre de formation pour 150 détenues"])  # fmt: skip
    claims = [C("returnees_arrested", 150, "150", s1, since("2015", pub, "depuis 2015"), A("BCIJ", "le BCIJ"),
                q="more_than", qt="plus de", notes="speaker after the figure")]  # fmt: skip
    optional = [
        C("deradicalisation_participants", 400, "400", s2, since("2017", pub, "depuis 2017"), A("unspecified", None),
          q="about", qt="près de"),
        C("pardoned", 100, "une centaine", s2, since("2017", pub, "depuis 2017"), A("unspecified", None), q="about",
          qt="une centaine"),
    ]  # fmt: skip
    traps = [T("neuf ans", "a duration"), T("trois mois", "a duration"), T("une vingtaine de détenus", "session size"),
             T("150 détenues", "related headline")]  # fmt: skip
    return spec("c22", "wordpress", "fr", text, meta(title, outlet, "Tribune Pénitentiaire", pub, fictional=True),
                claims, traps, optional=optional, summary="BCIJ: more than 150 returnees arrested since 2015 (speaker "
                "after); Moussalaha participants and pardons optional; session size a trap")  # fmt: skip


# ================================================================ English


def c23():
    pub, outlet = "2019-11-12", "Maghreb Ledger"
    title = "Salé court jails ISIS recruiter as foreign fighter files pile up"
    s1 = "The BCIJ says 1,659 Moroccans travelled to Syria and Iraq to join extremist groups."
    s2 = "Since 2002, at least 180 terrorist cells have been broken up in the kingdom, officials say."
    body = [
        "The anti-terror court in Salé sentenced a 41-year-old recruiter to twelve years in prison on Monday.",
        para(s1, s2),
        "Worldwide, more than 40,000 foreign fighters are believed to have joined the so-called caliphate.",
    ]
    side = ["Casablanca tram line 3 opens", "Dirham steady at 10.7 to the euro"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 1659, "1,659", s1, cumul(pub), A("BCIJ", "The BCIJ"), subset="syria_iraq_linked"),
        C("cells_dismantled", 180, "180", s2, since("2002", pub, "Since 2002"), A("official_unspecified", "officials"),
          q="at_least", qt="at least"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("line 3", "sidebar"), T("10.7", "sidebar: exchange rate"), T("41-year-old", "age"),
             T("twelve years", "a prison term"), T("more than 40,000 foreign fighters", "the world's total")]  # fmt: skip
    return spec("c23", "aggregator", "en", text, meta(title, outlet, "Maghreb Ledger", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="BCIJ: 1,659 joined; officials: at least 180 cells since 2002; a verdict's age and term, the world total and sidebar are traps")  # fmt: skip


def c24():
    pub, outlet = "2025-01-16", "North Africa Brief"
    title = "Three held in joint Moroccan-Spanish raid as 2024 tally is released"
    s1 = (
        "Moroccan police detained 3 suspects in Nador and Tetouan on Tuesday in a raid coordinated with Spain's "
        "Guardia Civil, the BCIJ said."
    )
    s2 = "In 2024, the bureau arrested 76 people in terrorism-related cases, all of them brought before the prosecutor."
    body = [
        s1,
        "Spanish officers arrested 2 more suspects in Algeciras the same day.",
        s2,
    ]
    text = wordpress("en", outlet, "Home » Security", title, "January 16, 2025", body,
                     ["Tangier port traffic up 12%"])  # fmt: skip
    bc = A("BCIJ", "the BCIJ")
    claims = [
        C("persons_arrested", 3, "3", s1, event(pub, "on Tuesday"), bc),
        C("persons_arrested", 76, "76", s2, yr("2024", "In 2024"), A("BCIJ", "the bureau")),
    ]
    traps = [T("2 more suspects", "Spain's own arrests on its soil"), T("12%", "related headline")]
    return spec("c24", "wordpress", "en", text, meta(title, outlet, "North Africa Brief", pub, fictional=True), claims,
                traps, partners=["ES"], summary="Spain partner (coordinated raid): 3 arrested on Tuesday, Spain's own 2 "
                "a trap; BCIJ: 76 arrested in 2024")  # fmt: skip


def c25():
    pub, outlet = "2025-03-04", "Rabat Observer"
    title = "Interior minister: 218 cells dismantled since 2002"
    s1 = (
        "Since 2002, Moroccan security services have dismantled 218 terrorist cells, Interior Minister Rachid "
        "Lamrani told the House of Councillors."
    )
    body = [
        s1,
        "The minister said the cases had been handled by the Salé court, where hearings can last up to 8 hours.",
        "He also cited the 2015 amendment of Law 03-03 as a turning point.",
    ]
    text = clean(title, "Rabat Observer, 4 March 2025", body)
    claims = [C("cells_dismantled", 218, "218", s1, since("2002", pub, "Since 2002"),
                A("MOI", "Interior Minister", "Rachid Lamrani"))]  # fmt: skip
    traps = [
        T("up to 8 hours", "a duration"),
        T("03-03", "law number"),
        T("218 cells dismantled", "title figure repeated by the body"),
    ]
    return spec("c25", "clean", "en", text, meta(title, outlet, "Rabat Observer", pub, fictional=True), claims, traps,
                summary="Interior minister: 218 cells since 2002 (title figure repeated by the body); law number, "
                        "duration")  # fmt: skip


def c26():
    pub, outlet = "2023-07-05", "Morocco Courts Today"
    title = "Prosecutor outlines returnee cases at Salé"
    s1 = (
        "Nearly 270 Moroccans have come back from Syria and Iraq, and 137 of them have been prosecuted after "
        "their arrest, the prosecutor general at the Salé annex said."
    )
    body = [
        "Defence lawyers asked for leniency for two women who returned with 5 children.",
        s1,
        "Under Article 218-1-1, joining a terrorist group abroad carries 5 to 15 years.",
    ]
    text = html("en", title, outlet, pub, body)
    pg = A("official_unspecified", "the prosecutor general at the Salé annex")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), pg, q="about", qt="Nearly"),
        C(
            "returnees_arrested",
            137,
            "137",
            s1,
            cumul(pub),
            pg,
            notes="prosecuted after arrest: returnees_arrested",
        ),
    ]
    traps = [T("5 children", "one family's children"), T("218-1-1", "article number"),
             T("5 to 15 years", "the penalty range")]  # fmt: skip
    return spec("c26", "html", "en", text, meta(title, outlet, "Morocco Courts Today", pub, fictional=True), claims,
                traps, summary="prosecutor general (by title): nearly 270 returned, 137 prosecuted after arrest; "
                "article number, penalty range")  # fmt: skip


def c27():
    pub, outlet = "2025-12-02", "Sahara Wire Digest"
    title = "Morocco's terror caseload: two decades in court"
    s1 = (
        "The DGST puts the number of people arrested in terrorism cases since 2002 at more than 4,300, nearly all "
        "of whom were tried at Salé."
    )
    s2 = "Over the past three years, 41 cells were broken up, according to the same agency."
    body = [
        para(s1, s2),
        "A single trial in 2004 involved 87 defendants, still a record for the court.",
    ]
    side = ["Atlas Lions climb to 11th in FIFA ranking", "Rain brings dams to 38% capacity"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [
        C("persons_arrested", 4300, "4,300", s1, since("2002", pub, "since 2002"), A("DGST", "The DGST"),
          q="more_than", qt="more than"),
        C("cells_dismantled", 41, "41", s2, lastn(3, pub, "Over the past three years"),
          A("DGST", "the same agency")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("11th", "sidebar: ranking"), T("38%", "sidebar: dams"),
             T("87 defendants", "defendants in one trial")]  # fmt: skip
    return spec("c27", "aggregator", "en", text, meta(title, outlet, "Sahara Wire Digest", pub, fictional=True),
                claims, traps, summary="DGST: more than 4,300 arrested since 2002, 41 cells in the past three years "
                "(last_n_years); a trial's defendants a trap")  # fmt: skip


def c28():
    pub, outlet = "2025-05-20", "The Atlas Record"
    title = "Returnees in the dock: where they came from"
    s1 = "According to the BCIJ, 152 returnees have been arrested since 2015."
    s2 = "Of these, 128 had come back from Syria, 19 from Iraq and 5 from Libya."
    body = [
        "Most returnees arrested in Morocco are tried under the 2015 amendment to the anti-terror law.",
        para(s1, s2),
        "Sentences for returnees have averaged about 6 years, lawyers say.",
    ]
    text = wordpress(
        "en", outlet, "Home » Justice", title, "May 20, 2025", body, ["Fez medina restoration phase 2"]
    )
    bc = A("BCIJ", "the BCIJ")
    claims = [
        C("returnees_arrested", 152, "152", s1, since("2015", pub, "since 2015"), bc),
        C("returnees_arrested", 128, "128", s2, since("2015", pub, None), bc, subset="syria",
          notes="the period carries from the previous sentence"),
        C("returnees_arrested", 19, "19", s2, since("2015", pub, None), bc, subset="iraq"),
        C("returnees_arrested", 5, "5", s2, since("2015", pub, None), bc, subset="libya"),
    ]  # fmt: skip
    traps = [T("about 6 years", "average sentence"), T("phase 2", "related headline")]
    return spec("c28", "wordpress", "en", text, meta(title, outlet, "The Atlas Record", pub, fictional=True), claims,
                traps, not_partners=[NP("LY", "Libya", "conflict zone")],
                summary="BCIJ: 152 returnees arrested since 2015 = 128 Syria + 19 Iraq + 5 Libya (adds up); average "
                        "sentence a trap")  # fmt: skip


def c29():
    pub, outlet = "2025-03-25", "Maghreb Justice Review"
    title = "Ministry report: fewer cells, more online cases"
    s1 = "Last year, 9 terrorist cells were dismantled, a justice ministry official told reporters."
    body = [
        "The justice ministry presented its annual report on criminal policy in Rabat.",
        s1,
        "The official said online incitement cases had risen by 30 percent.",
    ]
    text = clean(title, "Maghreb Justice Review | Tuesday 25 March 2025", body)
    claims = [
        C("cells_dismantled", 9, "9", s1, yr("2024", "Last year"), A("GOV", "a justice ministry official"))
    ]
    traps = [T("30 percent", "a rise in a kind of case, not a count")]
    return spec("c29", "clean", "en", text, meta(title, outlet, "Maghreb Justice Review", pub, fictional=True), claims,
                traps, summary="justice ministry official: 9 cells 'last year' (2024), against the DGST's twelve; a "
                "percentage trap")  # fmt: skip


def c30():
    pub, outlet = "2026-01-27", "Casablanca Chronicle"
    title = "BCIJ year in review: arrests and a French extradition"
    s1 = "The BCIJ arrested 51 people in 2025 on terrorism charges, its annual review shows."
    body = [
        "France extradited to Morocco a suspect wanted by the Salé court, thanking Rabat for its cooperation on the file.",
        s1,
        "The suspect faces up to 10 years in prison and a fine of 500,000 dirhams.",
    ]
    text = html("en", title, outlet, pub, body, jsonld=False)
    claims = [C("persons_arrested", 51, "51", s1, yr("2025", "in 2025"), A("BCIJ", "The BCIJ"),
                notes="below the 58 the BCIJ counted by September 2025")]  # fmt: skip
    traps = [T("up to 10 years", "a penalty"), T("500,000 dirhams", "a fine (money)")]
    return spec("c30", "html", "en", text, meta(title, outlet, "Casablanca Chronicle", pub, fictional=True), claims,
                traps, partners=["FR"], summary="France partner (extradition, thanks); BCIJ: 51 arrested in 2025, below "
                "its 58 by September (partial exceeds whole); penalty and fine traps")  # fmt: skip


ARTICLES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
            c21, c22, c23, c24, c25, c26, c27, c28, c29, c30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "courts-stale", "kind": "stale_figure",
     "refs": [("c14", "cells_dismantled", 213), ("c25", "cells_dismantled", 218), ("c09", "cells_dismantled", 213)],
     "explanation": "cells dismantled since 2002: 213 (DGST, May 2023) became 218 (Interior minister, March 2025); "
                    "an unsourced page repeats 213 in January 2026"},
    {"id": "courts-decrease", "kind": "cumulative_decrease",
     "refs": [("c05", "persons_arrested", 1386), ("c20", "persons_arrested", 1357)],
     "explanation": "people arrested by the BCIJ since 2015: 1386 (BCIJ, October 2023) then 1357 (BCIJ, January "
                    "2025): a running total cannot go down"},
    {"id": "courts-arithmetic", "kind": "internal_arithmetic",
     "refs": [("c08", "returnees_arrested", 137), ("c08", "returnees_arrested", 115, "syria"),
              ("c08", "returnees_arrested", 14, "iraq"), ("c08", "returnees_arrested", 6, "libya")],
     "explanation": "the BCIJ's 137 returnees brought to justice are split as 115 from Syria + 14 from Iraq + 6 from "
                    "Libya = 135, not 137"},
    {"id": "courts-implausible", "kind": "implausible_value",
     "refs": [("c10", "persons_arrested", 76), ("c19", "persons_arrested", 760)],
     "explanation": "760 people arrested in 2024, ten times the 76 the DGSN and the BCIJ give for that year"},
    {"id": "courts-partial", "kind": "partial_exceeds_whole",
     "refs": [("c21", "persons_arrested", 58), ("c30", "persons_arrested", 51)],
     "explanation": "the BCIJ counted 58 arrests from January to the end of September 2025, then 51 for the whole "
                    "of 2025"},
    {"id": "courts-disagree", "kind": "same_period_disagreement",
     "refs": [("c07", "cells_dismantled", 12), ("c29", "cells_dismantled", 9)],
     "explanation": "cells dismantled in 2024: 12 (DGST source, 'السنة الماضية' in February 2025) against 9 "
                    "(justice ministry official, 'last year' in March 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("c23", "cells_dismantled", 180), ("c01", "cells_dismantled", 209), ("c14", "cells_dismantled", 213)],
     "reason": "cells since 2002: 'at least 180' (2019), 209 (March 2021), 213 (May 2023), a total that rises"},
    {"refs": [("c01", "cells_dismantled", 209), ("c17", "cells_dismantled", 210), ("c25", "cells_dismantled", 218)],
     "reason": "209 (2021), 'more than 210' (2024) and 218 (2025): a running total and a bound that admits it"},
    {"refs": [("c01", "persons_arrested", 3500), ("c11", "persons_arrested", 3600),
              ("c14", "persons_arrested", 4000), ("c27", "persons_arrested", 4300)],
     "reason": "people arrested since 2002: lower bounds that rise, 3500 (2021), 3600 (2022), 4 000 (2023), 4,300 "
               "(2025)"},
    {"refs": [("c11", "persons_arrested", 1300), ("c05", "persons_arrested", 1386)],
     "reason": "BCIJ arrests since 2015: about 1300 (April 2022) then 1386 (October 2023), a total that rises"},
    {"refs": [("c05", "cells_dismantled", 92), ("c20", "cells_dismantled", 98)],
     "reason": "BCIJ cells since 2015: 92 (2023) then 98 (2025), a total that rises"},
    {"refs": [("c13", "returnees", 270), ("c03", "returnees", 270), ("c26", "returnees", 270),
              ("c12", "returnees", 270)],
     "reason": "270 returnees, 'quelque', exact, 'nearly' and 'نحو', 2020-2025"},
    {"refs": [("c13", "returnees_arrested", 137), ("c26", "returnees_arrested", 137)],
     "reason": "137 returnees arrested and brought to justice, 2020 and 2023: the same count"},
    {"refs": [("c28", "returnees_arrested", 152), ("c22", "returnees_arrested", 150)],
     "reason": "returnees arrested since 2015: 152 (May 2025) and 'more than 150' (March 2026) agree"},
    {"refs": [("c28", "returnees_arrested", 152), ("c28", "returnees_arrested", 128, "syria"),
              ("c28", "returnees_arrested", 19, "iraq"), ("c28", "returnees_arrested", 5, "libya")],
     "reason": "a breakdown that adds up: 128 from Syria + 19 from Iraq + 5 from Libya = 152"},
    {"refs": [("c10", "persons_arrested", 76), ("c24", "persons_arrested", 76)],
     "reason": "76 arrested in 2024, from the DGSN's review and from the BCIJ"},
    {"refs": [("c06", "persons_arrested", 31), ("c24", "persons_arrested", 76)],
     "reason": "the BCIJ's 31 arrests by June 2024 lie within its 76 for the whole of 2024"},
    {"refs": [("c15", "plots_foiled", 500), ("c12", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002, the justice minister in 2021 and a DGST official in 2025"},
    {"refs": [("c23", "fighters_joined", 1659, "syria_iraq_linked"), ("c03", "fighters_joined", 1659, "syria_iraq_linked"),
              ("c18", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "1,659 joined (2019, 2022) and an analyst's 'plus de 1 600' (2024) agree"},
    {"refs": [("c13", "returnees", 270), ("c13", "returnees_arrested", 137)],
     "reason": "different metrics: 137 arrested among about 270 returned, a part of its whole"},
    {"refs": [("c26", "returnees", 270), ("c26", "returnees_arrested", 137)],
     "reason": "different metrics: 137 prosecuted after arrest among nearly 270 returnees, a part of its whole"},
    {"refs": [("c11", "persons_arrested", 3600), ("c11", "persons_arrested", 1300)],
     "reason": "two voices, two periods: an analyst's total since 2002 and the BCIJ's since 2015 are never compared"},
    {"refs": [("c07", "cells_dismantled", 12), ("c27", "cells_dismantled", 41)],
     "reason": "twelve cells in 2024 fit within the DGST's 41 over the three years to December 2025"},
    {"refs": [("c01", "cells_dismantled", 209), ("c05", "cells_dismantled", 92)],
     "reason": "two series: all services since 2002 and the BCIJ alone since 2015, never compared"},
]  # fmt: skip

CONVENTIONS = """\
- **Court counts are not arrest counts.** The number of defendants in one trial or appeal ("أحد عشر متهما",
  "les neuf membres de la cellule", "87 defendants"), prison terms, penalty ranges, fines, hearing dates, the
  court's case-disposal rate and the hours or months of a Moussalaha session are traps: CONTRACT.md's metrics count
  arrests, cells, plots and people abroad, and a verdict restates an earlier arrest without being one.
- **Referral to the prosecutor is an arrest.** Suspects "presented to the prosecutor after police custody" or
  "referred to the prosecutor general" by the BCIJ or the police are `persons_arrested` (event, year or
  year-to-date as the text says); the Public Prosecution's own yearly counts of **cases registered** and **people
  prosecuted** are figures outside the contract's list: optional claims with the new slugs `terrorism_cases` and
  `persons_prosecuted`.
- **Returnees prosecuted**: returnees "brought to justice", "arrested and referred", "prosecuted after their
  arrest" are `returnees_arrested`; the returnees themselves are `returnees`.
- **Prisons and Moussalaha**: inmates held in terrorism cases, Moussalaha participants and those pardoned after it
  are optional claims with the new slugs `terrorism_inmates`, `deradicalisation_participants` and `pardoned`;
  the size of one session is a trap.
- **Law and article numbers** (03.03, 03-03, 86.14, 86-14, 218-1, 218-1-1, للمادة 3) are traps, and so are bare
  years and dates.
- **Periods**: "منذ سنة 2002", "Depuis 2002", "since 2002" make the series since 2002; "since its creation in
  2015" the BCIJ's own series since 2015 (never compared with the former); "منذ التاريخ ذاته" and a breakdown's
  second sentence inherit the previous sentence's period; "السنة الماضية" / "last year" is the byline's year minus
  one; "منذ بداية السنة" / "Depuis le début de l'année" is `year_to_date`; a stock without a period is
  `cumulative_unspecified` ending on the byline, `as_of` null.
- **Attribution**: BCIJ, DGST, DGSN (its annual review), MOI (the Interior minister), GOV (the justice minister
  and a justice ministry official); the Presidency of the Public Prosecution and the prosecutor general at the
  Salé annex are judicial, not government: `official_unspecified` with their words in `raw`; a named researcher is
  `analyst`; a website's own count is `unspecified` with its words; a figure with no source is `unspecified` with
  `raw` null. "المصدر ذاته", "the same agency", "the bureau", "Le même rapport" carry the previous attribution.
- **Partners**: a country is a partner on a cue of judicial or police cooperation: an extradition granted or
  received (Belgium, the Netherlands, Spain, France), intelligence shared (Spain), a coordinated raid (Spain), a
  cooperation protocol (France). Syria, Iraq, Libya are places; Mali only a nationality. A partner's own
  convictions or arrests on its soil (the Netherlands' 45, Spain's 81 and 2) are traps.
- **Breakdowns**: a total followed by parts that cover it ("152: 128 from Syria, 19 from Iraq and 5 from Libya")
  must add up; c08's 115 + 14 + 6 against 137 is planted.
- **Running totals**: cells since 2002 run 209 (2021), 213 (2023), 218 (2025); the BCIJ's arrests since 2015 run
  about 1300 (2022), 1386 (2023) and its 1357 of 2025 is planted as a decrease.
- **Bounds** agree as in CONTRACT.md: "more than 210" admits 213 and 218; "plus de 1 600" admits 1659; "about"
  is ±1%.
- A misprint-looking figure (760 arrested in 2024) is extracted as printed; the consistency check flags it.
- **Number words** are the claim's `value_text`: Arabic in the nominative (اثنتا عشرة), accusative (اثنتين وتسعين)
  and genitive (ستة وسبعين), French (soixante-trois); Arabic-Indic digits (٢١٣) and narrow no-break spaces in
  thousands (4 000, 1 357) are read as the number.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, tests/corpus_kit.py, tests/corpus_gold_checks.py
and corpus_abroad's build.py, README and gold test (for the structure) were read; no engine code, and the engine
was never run on these files. The shapes of the sentences and the magnitudes were taken from real coverage read
through the search tool (verdicts of the Salé annex court's first-instance and appeal chambers distributing terms
over a dozen defendants in separate files, the Presidency of the Public Prosecution's yearly counts of people
prosecuted for terrorism, the police's yearly referrals to the prosecutor, the Moussalaha programme's running
count of participants and royal pardons); no sentence was copied, all outlets and people are invented, and the
figures after 2023 are fiction.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_courts: trials, prosecutors, prisons and extraditions",
        "",
        "A development corpus of 30 invented articles (12 Arabic, 10 French, 8 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on the justice side of Morocco's counter-terrorism",
        "record: verdicts and appeals at the Salé anti-terror court, the Public Prosecution's annual reports, the",
        "BCIJ referring suspects to the prosecutor, returnees prosecuted, prisons and the Moussalaha programme,",
        "extraditions with partner countries and the anti-terror laws. Outlets and people are invented;",
        "magnitudes follow real press coverage; every sentence was written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_courts/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_courts_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_courts --json > /tmp/courts.json",
        "    ../shared/tools/score.py tests/corpus_courts/expected.json /tmp/courts.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'courts': trials at Salé, the Public Prosecution's reports, BCIJ referrals, "
        "returnees prosecuted, prisons and Moussalaha, extraditions with partner countries; 30 invented articles "
        "ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
