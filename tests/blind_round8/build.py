"""Builds the round-8 blind set: 30 pages (12 Arabic, 10 French, 8 English), expected.json and README.md.

Run in place (`python tests/blind_round8/build.py`) it regenerates the committed bytes. Every outlet and person is
invented; the articles were written for this set from the patterns of real Moroccan coverage, in new words.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

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
    rng,
    run_build,
    since,
    wordpress,
    write_corpus,
    yr,
    ytd,
)


def event(pub, weekday, text):
    d = date.fromisoformat(pub)
    day = (d - timedelta(days=(d.weekday() - weekday) % 7)).isoformat()
    return P("event", day, day, text)


def page(key, lang, fmt, text, md, claims, traps, *, partners=(), others=(), opt=(), summary=""):
    ext = "html" if fmt == "html" else "txt"
    return {
        "key": key,
        "file": f"{key}.{ext}",
        "format": fmt,
        "language": lang,
        "text": text,
        "metadata": md,
        "claims": claims,
        "optional_claims": list(opt),
        "must_not_extract": traps,
        "countries_cited": list(partners),
        "countries_not_partners": [{"country": c, "text": t, "reason": r} for c, t, r in others],
        "summary": summary,
    }


# ================================================================ Arabic


def r01():
    pub = "2019-05-16"
    title = "ستة عشر عاما بعد تفجيرات الدار البيضاء.. اليقظة الأمنية لا تنام"
    outlet = "صدى المدائن"
    s1 = "وتفيد مصادر من المديرية العامة لمراقبة التراب الوطني بأن المصالح المختصة فككت أكثر من 180 خلية إرهابية منذ سنة 2002."
    s2 = "وأضافت المصادر ذاتها أن هذه العمليات مكنت من إجهاض ما يزيد عن 350 مخططا تخريبيا منذ سنة 2002، كان بعضها يستهدف منشآت حيوية."
    body = [
        "تحل اليوم الذكرى السادسة عشرة لأحداث 16 ماي 2003 التي هزت الدار البيضاء وخلفت 45 قتيلا، ولا تزال ذكراها حاضرة في أذهان سكان المدينة.",
        "ومنذ ذلك التاريخ، غيرت المملكة مقاربتها الأمنية، فصار العمل الاستباقي عنوانها الأبرز.",
        s1,
        s2,
        "ويرى متابعون أن قانون مكافحة الإرهاب رقم 03.03 الذي صدر بعد أسابيع من التفجيرات شكل الإطار القانوني لهذه الحصيلة.",
    ]
    sidebar = ["الرجاء يتعادل مع الجيش الملكي 1-1", "ارتفاع أسعار الأضاحي بنسبة 12 في المائة",
               "مهرجان موازين يعلن عن الدورة 18"]  # fmt: skip
    text = aggregator("ar", sidebar, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 180, "180", s1, since("2002", pub, "منذ سنة 2002"),
          A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني"), q="more_than", qt="أكثر من"),
        C("plots_foiled", 350, "350", s2, since("2002", pub, "منذ سنة 2002"),
          A("DGST", "المصادر ذاتها"), q="more_than", qt="ما يزيد عن",
          notes="source inherited from the previous sentence (المصادر ذاتها)"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("1-1", "sidebar: football score"), T("12 في المائة", "sidebar: prices"),
             T("16 ماي 2003", "date of the attacks"), T("45 قتيلا", "victims of the 2003 attacks, not a CT-record metric"),
             T("03.03", "law number"), T("الذكرى السادسة عشرة", "anniversary ordinal")]  # fmt: skip
    return page("r01", "ar", "aggregator", text, meta(title, outlet, "Sada Al Madaen", pub, fictional=True),
                claims, traps, summary="anniversary news item; DGST sources, since 2002, source inherited")  # fmt: skip


def r02():
    pub = "2020-01-28"
    title = "تقرير المهمة الاستطلاعية: المغاربة العالقون في بؤر التوتر"
    site = "بوابة المجلس اليوم"
    s1 = "وخلص تقرير المهمة الاستطلاعية التابعة لمجلس النواب إلى أن 1659 مغربيا التحقوا بالتنظيمات المسلحة في سوريا والعراق."
    s2 = "ومن بين هؤلاء، يورد التقرير البرلماني أن 290 امرأة غادرن المملكة نحو المنطقة نفسها، كثيرات منهن رفقة أطفالهن."
    body = [
        "قدمت المهمة الاستطلاعية المؤقتة، المكونة من 13 نائبا، تقريرها حول أوضاع الأطفال والنساء والمقاتلين المغاربة في سوريا والعراق.",
        s1,
        s2,
        "وطالب النواب بتسريع إجراءات الترحيل، مشيرين إلى أن عدد المقاتلين الأجانب في المنطقة تجاوز 40 ألفا قدموا من أزيد من 100 دولة، بحسب تقديرات دولية.",
        "ويعود أول رصد من هذا النوع إلى سنة 2015، حين سجلت السلطات عشرات حالات المغادرة شهريا.",
        "وأكد التقرير أن الوضع في المخيمات التي تشرف عليها القوات الكردية شمال سوريا يزداد سوءا.",
    ]
    meta_line = "بواسطة: هيئة التحرير | 28 يناير 2020"
    text = wordpress("ar", site, "الرئيسية » سياسة » البرلمان", title, meta_line, body,
                     ["البرلمان يصادق على 14 مشروع قانون في دورة استثنائية", "لجنة المالية تناقش ميزانية 2020"])  # fmt: skip
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), A("PARLIAMENT", "تقرير المهمة الاستطلاعية التابعة لمجلس النواب"),
          notes="the Syria/Iraq zone is the metric's default: subset null"),
        C("fighters_joined", 290, "290", s2, cumul(pub), A("PARLIAMENT", "التقرير البرلماني"), subset="women"),
    ]  # fmt: skip
    traps = [T("عشرات حالات المغادرة", "vague count"), T("13 نائبا", "members of the mission"), T("40 ألفا", "world figure: all foreign fighters"),
             T("أزيد من 100 دولة", "countries of origin, world"), T("14 مشروع قانون", "related headline"),
             T("ميزانية 2020", "related headline, year")]  # fmt: skip
    others = [("SY", "شمال سوريا", "conflict zone"), ("IQ", "في سوريا والعراق", "conflict zone")]
    return page("r02", "ar", "wordpress", text, meta(title, site, "Bawabat Al Majlis Al Yawm", pub, fictional=True),
                claims, traps, others=others, summary="parliamentary mission report; fighters and women")  # fmt: skip


def r03():
    pub = "2022-11-03"
    title = 'تفكيك خلية موالية لـ"داعش" بتطوان'
    s1 = "وبهذه العملية يرتفع عدد الخلايا التي جرى تفكيكها بالمملكة إلى أزيد من 210 خلايا منذ 2002."
    o1 = "وأوقفت عناصر المكتب المركزي للأبحاث القضائية، يوم الأربعاء، أربعة متطرفين تتراوح أعمارهم بين 21 و35 سنة."
    body = [
        o1,
        "وكان المشتبه فيهم، حسب المعطيات الأولية، يعتزمون تنفيذ مشروع إرهابي بعد أن بايعوا زعيم التنظيم.",
        "وأسفرت عمليات التفتيش عن حجز أسلحة بيضاء ومبلغ 12000 درهم وهواتف محمولة.",
        s1,
        "وسيحال الموقوفون على النيابة العامة المكلفة بقضايا الإرهاب فور انتهاء البحث.",
    ]
    text = clean(title, "الخميس 3 نونبر 2022 - الرباط", body)
    claims = [C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ 2002"), A("unspecified"),
                q="more_than", qt="أزيد من", notes="the outlet's own recall of the record")]  # fmt: skip
    opt = [
        C(
            "persons_arrested",
            4,
            "أربعة",
            o1,
            event(pub, 2, "يوم الأربعاء"),
            A("BCIJ", "عناصر المكتب المركزي للأبحاث القضائية"),
        )
    ]
    traps = [T("بين 21 و35 سنة", "ages"), T("12000 درهم", "money seized")]
    return page("r03", "ar", "clean", text, meta(title, None, None, pub, city="الرباط"), claims, traps, opt=opt,
                summary="cell news item recalling the record; outlet's own figure; members of the cell optional")  # fmt: skip


def r04():
    pub = "2021-05-17"
    title = "ندوة بالرباط تستعرض حصيلة المكتب المركزي للأبحاث القضائية"
    outlet = "المشهد المغربي"
    s1 = "وقال المراقب العام بالمكتب المركزي للأبحاث القضائية، سعيد الوزاني، إن المصالح الأمنية أحبطت أزيد من 500 مشروع تخريبي منذ سنة 2002."
    s2 = 'وأوضح المسؤول الأمني أن المكتب فكك 83 خلية إرهابية منذ إحداثه سنة 2015، من بينها 77 خلية على صلة بتنظيم "داعش".'
    s3 = "وكانت سنة 2015 الأكثر كثافة، إذ عرفت تفكيك 21 خلية، قبل أن يتراجع العدد في السنوات اللاحقة."
    body = [
        "نظم مرصد جامعي للدراسات الأمنية ندوة وطنية بمناسبة الذكرى الثامنة عشرة لأحداث 16 ماي.",
        s1,
        s2,
        s3,
        "وشارك في الندوة باحثون من خمس جامعات مغربية، إضافة إلى خبراء من إسبانيا قدموا تجربة بلادهم.",
    ]
    text = html("ar", title, outlet, pub, body, jsonld=False)
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "منذ سنة 2002"), A("BCIJ", "المراقب العام بالمكتب المركزي للأبحاث القضائية", "سعيد الوزاني"),
          q="more_than", qt="أزيد من"),
        C("cells_dismantled", 83, "83", s2, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", "المسؤول الأمني"),
          notes="77 of them ISIS-linked: a part printed in the total's sentence, kept as optional"),
        C("cells_dismantled", 21, "21", s3, yr("2015", "سنة 2015"), A("BCIJ", "المسؤول الأمني")),
    ]  # fmt: skip
    opt = [C("cells_dismantled", 77, "77", s2, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", "المسؤول الأمني"),
             subset="isis_linked")]  # fmt: skip
    traps = [T("الذكرى الثامنة عشرة", "anniversary ordinal"), T("خمس جامعات", "count of universities")]
    others = [("ES", "خبراء من إسبانيا", "experts at a seminar, no cooperation stated")]
    return page("r04", "ar", "html", text, meta(title, outlet, "Al Mashhad Al Maghribi", pub, fictional=True),
                claims, traps, others=others, opt=opt, summary="seminar report, named official by title; html <time> only")  # fmt: skip


def r05():
    pub = "2023-05-16"
    title = "عشرون عاما من الحرب على الإرهاب: قراءة في الأرقام"
    outlet = "مدار الخبر 24"
    s1 = "وحسب حصيلة رسمية للمديرية العامة لمراقبة التراب الوطني، بلغ عدد الموقوفين في قضايا الإرهاب ٤٤٥٠ شخصا منذ سنة ٢٠٠٢."
    s2 = 'أما الخلايا المرتبطة بتنظيم "داعش" فقد وصل عددها إلى 92 خلية منذ 2013، وفق المصدر نفسه.'
    body = [
        "عشرون سنة مرت على أحداث الدار البيضاء، وهي مدة كافية لتقييم السياسة الأمنية للمملكة.",
        s1,
        s2,
        'ويقضي عدد من المدانين عقوبات تصل إلى 30 سنة سجنا، فيما استفاد آخرون من برنامج "مصالحة" الذي أطلق سنة 2017.',
    ]
    text = html("ar", title, outlet, pub, body, time_tag=False)
    claims = [
        C("persons_arrested", 4450, "٤٤٥٠", s1, since("2002", pub, "منذ سنة ٢٠٠٢"),
          A("DGST", "حصيلة رسمية للمديرية العامة لمراقبة التراب الوطني"), notes="Arabic-Indic digits"),
        C("cells_dismantled", 92, "92", s2, since("2013", pub, "منذ 2013"), A("DGST", "المصدر نفسه"), subset="isis_linked"),
    ]  # fmt: skip
    traps = [
        T("عشرون سنة", "duration"),
        T("30 سنة سجنا", "prison sentence"),
        T("سنة 2017", "programme launch year"),
    ]
    return page("r05", "ar", "html", text, meta(title, outlet, "Madar Al Khabar 24", pub, fictional=True), claims, traps,
                summary="20-year analysis; Arabic-Indic digits; html JSON-LD only")  # fmt: skip


def r06():
    pub = "2022-06-10"
    title = "العائدون من بؤر التوتر.. ملف مفتوح على كل الاحتمالات"
    outlet = "الأنباء المغاربية"
    s1 = "وتقدر مصادر مطلعة عدد العائدين من الساحة السورية العراقية بنحو 270 شخصا، أغلبهم أحيلوا على القضاء."
    s2 = "وفي السياق ذاته، عادت 97 امرأة إلى المغرب، حسب المصادر نفسها، وأخضعن لبرامج مواكبة اجتماعية."
    body = [
        "لا يزال ملف المغاربة العالقين في سوريا يثير قلق عائلاتهم التي تطالب بترحيلهم.",
        s1,
        s2,
        "وتؤكد الجمعيات أن مئات الأطفال ما زالوا في مخيمات شمال شرق سوريا، بينما أعاد العراق أكثر من 1500 من مواطنيه خلال العام الجاري.",
        "ويذكر أن المغرب رحل سنة 2019 ثمانية من مواطنيه بتنسيق مع الولايات المتحدة.",
    ]
    text = html("ar", title, outlet, pub, body)
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), A("unspecified", "مصادر مطلعة"), q="about", qt="بنحو"),
        C("returnees", 97, "97", s2, cumul(pub), A("unspecified", "المصادر نفسها"), subset="women"),
    ]  # fmt: skip
    traps = [T("مئات الأطفال", "vague count"), T("أكثر من 1500 من مواطنيه", "another country's figure (Iraq)"),
             T("ثمانية من مواطنيه", "one repatriation operation in 2019, not the returnee total")]  # fmt: skip
    others = [
        ("IQ", "بينما أعاد العراق", "another country's repatriations"),
        ("SY", "مخيمات شمال شرق سوريا", "conflict zone"),
    ]
    return page("r06", "ar", "html", text, meta(title, outlet, "Al Anbaa Al Maghribia", pub, fictional=True), claims,
                traps, partners=["US"], others=others, summary="returnees feature; informed sources; html both dates")  # fmt: skip


def r07():
    pub = "2024-01-02"
    title = "حصيلة 2023: الأمن الوطني يكشف أرقامه"
    outlet = "الرباط المسائية"
    s1 = "وأوردت الحصيلة السنوية للمديرية العامة للأمن الوطني أن مصالح الأمن فككت إحدى عشرة خلية إرهابية خلال سنة 2023."
    s2 = "وأسفرت هذه العمليات خلال السنة ذاتها عن توقيف 58 شخصا يشتبه في ارتباطهم بتنظيمات متطرفة."
    body = [
        s1,
        s2,
        "وعلى صعيد آخر، تمكنت المصالح ذاتها من تفكيك خلية إجرامية لتهريب المخدرات وحجز 19 طنا من مخدر الشيرا.",
        "كما عالجت الشرطة القضائية أزيد من 700 ألف قضية، ووضعت رقم النجدة 19 رهن إشارة المواطنين.",
    ]
    sidebar = ["توقعات بتساقطات مطرية بعدد من المدن", "الوداد يفوز 3-0", "سعر الذهب يرتفع إلى 2000 دولار"]
    text = aggregator("ar", sidebar, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 11, "إحدى عشرة", s1, yr("2023", "خلال سنة 2023"),
          A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني"), notes="number in words"),
        C("persons_arrested", 58, "58", s2, yr("2023", "خلال السنة ذاتها"), A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني"),
          notes="period inherited from the previous sentence"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-0", "sidebar score"), T("19 طنا", "drug seizure"),
             T("خلية إجرامية لتهريب المخدرات", "non-terror cell"), T("700 ألف قضية", "general crime"),
             T("رقم النجدة 19", "phone number"), T("حصيلة 2023", "year in the title")]  # fmt: skip
    return page("r07", "ar", "aggregator", text, meta(title, outlet, "Rabat Al Masaiya", pub, fictional=True), claims,
                traps, summary="DGSN annual review; number words; inherited period; drug cell trap")  # fmt: skip


def r08():
    pub = "2026-02-10"
    title = "رأي: الأمن الاستباقي ليس وصفة جاهزة"
    site = "منبر الرأي الحر"
    s1 = "لقد تمكنت الأجهزة المغربية، في تقديري، من تفكيك 210 خلايا إرهابية منذ 2002، وهو رقم يعكس قوة الاستعلام أكثر مما يعكس حجم التهديد."
    s2 = "كما التحق أكثر من 1600 مغربي بساحات القتال في سوريا والعراق، وهذه حقيقة لا يمكن القفز عليها."
    body = [
        "يكثر الحديث هذه الأيام عن النموذج المغربي في مكافحة الإرهاب، وكأنه وصفة قابلة للتصدير.",
        s1,
        s2,
        "غير أن القانون رقم 86.14 الذي جرم الالتحاق بالبؤر ورفع العقوبات إلى 10 سنوات سجنا لم يكن كافيا وحده.",
        "محمد العلوي الطاهري، أستاذ العلوم السياسية بجامعة فاس.",
    ]
    meta_line = "عبد المجيد الكاتب | الثلاثاء 10 فبراير 2026"
    text = wordpress(
        "ar", site, "الرئيسية » آراء", title, meta_line, body, ["رأي: من يحمي الشباب من التطرف الرقمي؟"]
    )
    raw = "محمد العلوي الطاهري، أستاذ العلوم السياسية"
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ 2002"), A("analyst", raw, "محمد العلوي الطاهري"),
          notes="op-ed author, signed at the end"),
        C("fighters_joined", 1600, "1600", s2, cumul(pub), A("analyst", raw, "محمد العلوي الطاهري"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("86.14", "law number"), T("10 سنوات سجنا", "sentence"), T("10 فبراير 2026", "byline date")]
    others = [("SY", "ساحات القتال في سوريا", "conflict zone")]
    return page("r08", "ar", "wordpress", text, meta(title, site, "Minbar Al Raay Al Hurr", pub, fictional=True), claims,
                traps, others=others, summary="op-ed; analyst signed at the end; stale total")  # fmt: skip


def r09():
    pub = "2025-01-03"
    title = "الأمن الوطني يقدم حصيلته السنوية"
    s1 = "وأعلنت المديرية العامة للأمن الوطني، في حصيلتها السنوية، أنها ساهمت في تفكيك 12 خلية إرهابية خلال السنة الماضية."
    s2 = "وخلال الفترة ذاتها، جرى توقيف 61 شخصا للاشتباه في تورطهم في قضايا ذات صلة بالإرهاب."
    body = [
        "كشفت المؤسسة الأمنية عن أرقام سنة كاملة من العمل الميداني.",
        s1,
        s2,
        "وفي مجال السلامة الطرقية، سجلت المصالح ذاتها أزيد من 3000 حادثة، كما فككت خلية لليقظة الرقمية مكلفة بالابتزاز الإلكتروني.",
    ]
    text = clean(title, "الجمعة 3 يناير 2025", body)
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2024", "خلال السنة الماضية"), A("DGSN", "المديرية العامة للأمن الوطني"),
          notes="relative year resolved from the byline"),
        C("persons_arrested", 61, "61", s2, yr("2024", "خلال الفترة ذاتها"), A("DGSN", "المديرية العامة للأمن الوطني"),
          notes="period inherited"),
    ]  # fmt: skip
    traps = [T("3000 حادثة", "road accidents"), T("خلية لليقظة الرقمية", "non-terror cell")]
    return page("r09", "ar", "clean", text, meta(title, None, None, pub), claims, traps,
                summary="DGSN annual review; last year; the same period")  # fmt: skip


def r10():
    pub = "2024-09-20"
    title = "إجهاض مخطط إرهابي بالراشيدية"
    outlet = "أخبار الجنوب الشرقي"
    o1 = 'وأوقفت عناصر الأمن، أمس الخميس، خمسة أشخاص موالين لتنظيم "داعش" بمدينة الراشيدية.'
    s1 = "وبحسب معطيات المديرية العامة للأمن الوطني، فقد بلغ عدد الموقوفين في قضايا الإرهاب 68 شخصا منذ بداية السنة الجارية."
    body = [
        o1,
        "ويتراوح سن المشتبه فيهم بين 19 و41 سنة، وكان أحدهم قد أدين سابقا بسنتين حبسا.",
        s1,
        "ويمكن للمواطنين التبليغ عبر الرقم 0537000000 المخصص لهذا الغرض.",
    ]
    sidebar = ["زلزال بقوة 4.2 درجات", "افتتاح الموسم الدراسي بـ8 ملايين تلميذ"]
    text = aggregator("ar", sidebar, title, outlet, pub, body)
    claims = [C("persons_arrested", 68, "68", s1, ytd(pub, "منذ بداية السنة الجارية"),
                A("DGSN", "معطيات المديرية العامة للأمن الوطني"))]  # fmt: skip
    opt = [C("persons_arrested", 5, "خمسة", o1, event(pub, 3, "أمس الخميس"), A("unspecified"))]
    traps = [SIDEBAR_RULE, T("4.2 درجات", "sidebar: earthquake"), T("8 ملايين تلميذ", "sidebar"),
             T("بين 19 و41 سنة", "ages"), T("بسنتين حبسا", "sentence"), T("0537000000", "phone number")]  # fmt: skip
    return page("r10", "ar", "aggregator", text, meta(title, outlet, "Akhbar Al Janoub Acharqi", pub, fictional=True),
                claims, traps, opt=opt, summary="cell news; DGSN year-to-date figure")  # fmt: skip


def r11():
    pub = "2022-03-15"
    title = "حوار مع مدير المكتب المركزي للأبحاث القضائية"
    site = "الحوار نت المغربية"
    s1 = "وأكد مدير المكتب، عبد الكريم البوزيدي، أن المكتب المركزي للأبحاث القضائية فكك أزيد من 90 خلية إرهابية منذ إحداثه سنة 2015."
    s2 = '"أوقفنا منذ 2015 أكثر من 1400 شخص في إطار هذه القضايا"، يقول البوزيدي.'
    s3 = "وفي السنوات الثلاث الأخيرة وحدها، فكك المكتب 31 خلية، حسب المسؤول ذاته."
    body = [
        "في هذا الحوار، يتحدث المسؤول الأمني عن التحديات التي تواجهها المملكة.",
        s1,
        s2,
        s3,
        "ويضيف أن التنسيق مع فرنسا وإسبانيا مكن من إحباط عمليات خارج المغرب، وأن الأبحاث تستغرق أحيانا 96 ساعة قابلة للتمديد.",
    ]
    meta_line = "حاوره: يوسف بنعلي | 15 مارس 2022"
    text = wordpress(
        "ar", site, "الرئيسية » حوارات", title, meta_line, body, ["الأمن يحجز 3 أطنان من الشيرا"]
    )
    claims = [
        C("cells_dismantled", 90, "90", s1, since("2015", pub, "منذ إحداثه سنة 2015"), A("BCIJ", "مدير المكتب", "عبد الكريم البوزيدي"),
          q="more_than", qt="أزيد من"),
        C("persons_arrested", 1400, "1400", s2, since("2015", pub, "منذ 2015"), A("BCIJ", "يقول البوزيدي", "عبد الكريم البوزيدي"),
          q="more_than", qt="أكثر من", notes="quote, speaker after"),
        C("cells_dismantled", 31, "31", s3, lastn(3, pub, "في السنوات الثلاث الأخيرة"), A("BCIJ", "المسؤول ذاته")),
    ]  # fmt: skip
    traps = [T("96 ساعة", "custody duration"), T("3 أطنان", "related headline, drugs")]
    return page("r11", "ar", "wordpress", text, meta(title, site, "Al Hiwar Net", pub, fictional=True), claims, traps,
                partners=["FR", "ES"], summary="interview with BCIJ director; quote with speaker after; last three years")  # fmt: skip


def r12():
    pub = "2021-07-01"
    title = "وزير العدل: هذه وضعية المغاربة المعتقلين في بؤر التوتر"
    s1 = "وأفاد وزير العدل، في جواب كتابي على سؤال برلماني، بأن 252 مقاتلا مغربيا يوجدون رهن الاعتقال خارج المملكة."
    s2 = "ويتوزع هؤلاء بين 229 معتقلا في سوريا و14 في العراق و9 في تركيا، حسب الوزير."
    body = [
        "جاء ذلك في جواب على السؤال الكتابي رقم 2345 الذي وجهه فريق نيابي.",
        s1,
        s2,
        "وذكر الوزير بأن الفصل 218-1 من القانون الجنائي يعاقب على الالتحاق بالتنظيمات الإرهابية.",
    ]
    text = clean(title, "الخميس فاتح يوليوز 2021", body)
    a = A("GOV", "وزير العدل")
    claims = [
        C("fighters_detained_abroad", 252, "252", s1, cumul(pub), a),
        C("fighters_detained_abroad", 229, "229", s2, cumul(pub), a, subset="syria"),
        C("fighters_detained_abroad", 14, "14", s2, cumul(pub), a, subset="iraq"),
        C("fighters_detained_abroad", 9, "9", s2, cumul(pub), a, subset="turkey"),
    ]
    traps = [T("رقم 2345", "question number"), T("218-1", "article of the penal code")]
    others = [("TR", "9 في تركيا", "place of detention"), ("SY", "معتقلا في سوريا", "place of detention")]
    return page("r12", "ar", "clean", text, meta(title, None, None, pub), claims, traps, others=others,
                summary="minister's written answer; breakdown that adds up")  # fmt: skip


# ================================================================ French


def r13():
    pub = "2021-05-17"
    title = "Terrorisme : 210 cellules démantelées depuis 2002"
    outlet = "Le Courrier du Bouregreg"
    s1 = "Au total, 210 cellules terroristes ont été démantelées au Maroc depuis 2002, a indiqué le contrôleur général Karim Lahlou, du BCIJ."
    s2 = "Selon le même responsable, plus de 4 300 personnes ont été interpellées depuis 2002 dans des affaires liées au terrorisme."
    body = [
        "Le responsable s'exprimait lors d'une rencontre organisée à l'occasion du 18e anniversaire des attentats de Casablanca.",
        s1,
        s2,
        "Il a rappelé que les suspects, âgés pour certains de 17 ans, sont poursuivis en vertu de la loi 03-03.",
    ]
    sidebar = ["Bourse : le MASI gagne 0,8%", "Météo : jusqu'à 42 degrés attendus"]
    text = aggregator("fr", sidebar, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), A("BCIJ", "le contrôleur général Karim Lahlou, du BCIJ", "Karim Lahlou")),
        C("persons_arrested", 4300, "4 300", s2, since("2002", pub, "depuis 2002"), A("BCIJ", "le même responsable"),
          q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T(title, "title figure repeated by the body"), T("0,8%", "sidebar: stock index"),
             T("18e anniversaire", "ordinal"), T("17 ans", "age"), T("03-03", "law number")]  # fmt: skip
    return page("r13", "fr", "aggregator", text, meta(title, outlet, "Le Courrier du Bouregreg", pub, fictional=True),
                claims, traps, summary="seminar; title figure repeated by the body; source after")  # fmt: skip


def r14():
    pub = "2020-10-05"
    title = "Revenants : le casse-tête sécuritaire"
    site = "Hebdo Atlantique"
    s1 = "D'après le directeur du BCIJ, 270 combattants sont revenus des zones de conflit."
    s2 = "Parmi eux, 245 sont rentrés de Syrie, 17 d'Irak et 5 de Libye, a-t-il détaillé."
    body = [
        "Le retour des combattants marocains reste un défi majeur pour les services de sécurité.",
        s1,
        s2,
        "Des dizaines de familles attendent toujours des nouvelles de leurs proches restés là-bas.",
        "La loi 86-14 prévoit des peines de 5 à 10 ans de prison pour ceux qui rejoignent un groupe armé à l'étranger.",
    ]
    meta_line = "Par Leila Amrani | 5 octobre 2020"
    text = wordpress(
        "fr", site, "Accueil » Société", title, meta_line, body, ["Covid-19 : 2 500 nouveaux cas"]
    )
    a = A("BCIJ", "le directeur du BCIJ")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), a),
        C("returnees", 245, "245", s2, cumul(pub), a, subset="syria"),
        C("returnees", 17, "17", s2, cumul(pub), a, subset="iraq"),
        C("returnees", 5, "5", s2, cumul(pub), a, subset="libya"),
    ]
    traps = [
        T("Des dizaines de familles", "vague count"),
        T("86-14", "law number"),
        T("de 5 à 10 ans", "sentences"),
        T("2 500 nouveaux cas", "related headline"),
    ]
    others = [("LY", "5 de Libye", "conflict zone")]
    return page("r14", "fr", "wordpress", text, meta(title, site, "Hebdo Atlantique", pub, fictional=True), claims,
                traps, others=others, summary="returnees breakdown that does not add up")  # fmt: skip


def r15():
    pub = "2025-02-12"
    title = "Antiterrorisme : une année chargée"
    s1 = "Une douzaine de cellules ont été neutralisées en 2024, selon le bilan annuel de la DGSN."
    body = [
        "L'année écoulée a confirmé la persistance de la menace.",
        s1,
        "Par ailleurs, une cellule de crise a été mise en place lors des inondations, et 1 200 policiers ont été mobilisés.",
    ]
    text = clean(title, "Mercredi 12 février 2025", body)
    claims = [C("cells_dismantled", 12, "douzaine", s1, yr("2024", "en 2024"), A("DGSN", "le bilan annuel de la DGSN"),
                q="about", qt="Une douzaine")]  # fmt: skip
    traps = [T("cellule de crise", "non-terror cell"), T("1 200 policiers", "police deployment")]
    return page("r15", "fr", "clean", text, meta(title, None, None, pub), claims, traps,
                summary="short item; number word 'douzaine' with about")  # fmt: skip


def r16():
    pub = "2025-03-20"
    title = "Rabat et Madrid, une coopération antiterroriste exemplaire"
    outlet = "L'Observateur du Détroit"
    s1 = "Selon le ministère de l'Intérieur espagnol, les deux pays ont mené une vingtaine d'opérations conjointes depuis 2014."
    s2 = "Au Maroc, plus de 220 cellules ont été démantelées depuis 2002, selon le ministère de l'Intérieur."
    s3 = "En mai 2021, le BCIJ évoquait 210 cellules démantelées depuis 2002."
    body = [
        "La coopération entre le Maroc et l'Espagne est citée en exemple en Europe.",
        s1,
        s2,
        s3,
        "L'Espagne a arrêté pour sa part 81 djihadistes présumés en 2024 sur son propre sol.",
    ]
    text = html("fr", title, outlet, pub, body, jsonld=False)
    claims = [
        C("joint_operations", 20, "vingtaine", s1, since("2014", pub, "depuis 2014"),
          A("unspecified", "le ministère de l'Intérieur espagnol"), q="about", qt="une vingtaine",
          notes="a foreign body: org unspecified, raw keeps it"),
        C("cells_dismantled", 220, "220", s2, since("2002", pub, "depuis 2002"), A("MOI", "le ministère de l'Intérieur"),
          q="more_than", qt="plus de"),
        C("cells_dismantled", 210, "210", s3, since("2002", "2021-05", "depuis 2002"), A("BCIJ", "le BCIJ"), as_of="2021-05",
          notes="figure dated by the text"),
    ]  # fmt: skip
    traps = [T("81 djihadistes présumés", "another country's figure")]
    return page("r16", "fr", "html", text, meta(title, outlet, "L'Observateur du Détroit", pub, fictional=True), claims,
                traps, partners=["ES"], summary="cooperation story; foreign body; as_of figure; html <time> only")  # fmt: skip


def r17():
    pub = "2023-09-08"
    title = "Combattants marocains : ce que disent les chiffres"
    outlet = "Focus Maghrébin Hebdo"
    s1 = "Près de 1 660 Marocains ont rejoint des groupes armés en Syrie et en Irak, selon les chiffres officiels."
    s2 = "Toujours selon ces chiffres, 742 d'entre eux ont trouvé la mort sur place."
    body = [
        s1,
        s2,
        "À l'échelle mondiale, l'ONU estimait à plus de 40 000 le nombre de combattants étrangers partis dans la zone.",
        "En 2013 et 2014, les départs se comptaient par centaines chaque trimestre.",
        "La Tunisie, voisine, comptait de son côté quelque 3 000 ressortissants partis au combat.",
    ]
    text = html("fr", title, outlet, pub, body, time_tag=False)
    claims = [
        C("fighters_joined", 1660, "1 660", s1, cumul(pub), A("official_unspecified", "les chiffres officiels"),
          q="about", qt="Près de"),
        C("fighters_killed", 742, "742", s2, cumul(pub), A("official_unspecified", "ces chiffres")),
    ]  # fmt: skip
    traps = [
        T("par centaines", "vague count"),
        T("40 000", "world figure"),
        T("3 000 ressortissants", "another country's figure"),
    ]
    others = [("TN", "La Tunisie, voisine", "another country's figures")]
    return page("r17", "fr", "html", text, meta(title, outlet, "Focus Maghrébin Hebdo", pub, fictional=True), claims, traps,
                others=others, summary="feature on fighters; official figures; world/other-country traps")  # fmt: skip


def r18():
    pub = "2022-02-14"
    title = "« La menace s'est déplacée vers le Sahel »"
    outlet = "Rabat Actu Plus"
    s1 = "« Plus de 200 cellules ont été démantelées depuis 2002, c'est considérable », estime le politologue Hicham Berrada."
    body = [
        "Entretien avec un spécialiste des mouvements djihadistes.",
        s1,
        "Il rappelle que le chercheur a publié 3 ouvrages et que le Mali a connu plus de 1 000 attaques en un an.",
    ]
    text = html("fr", title, outlet, pub, body)
    claims = [C("cells_dismantled", 200, "200", s1, since("2002", pub, "depuis 2002"),
                A("analyst", "le politologue Hicham Berrada", "Hicham Berrada"), q="more_than", qt="Plus de")]  # fmt: skip
    traps = [T("3 ouvrages", "books"), T("plus de 1 000 attaques", "another country's attacks")]
    others = [("ML", "le Mali a connu", "another country")]
    return page("r18", "fr", "html", text, meta(title, outlet, "Rabat Actu Plus", pub, fictional=True), claims, traps,
                others=others, summary="interview; analyst after a quote; html both dates")  # fmt: skip


def r19():
    pub = "2024-03-04"
    title = "Le Maroc face à la menace diffuse"
    outlet = "Le Quotidien du Sud"
    s2 = "Entre 2015 et 2018, 60 cellules avaient été démantelées, rappelle-t-il."
    s1 = "Pour le chercheur Omar Tazi, 14 cellules ont été démantelées en 2023, un chiffre stable par rapport aux années précédentes."
    body = [
        "La menace terroriste a changé de visage, observent les spécialistes.",
        s1,
        s2,
        "Il note que 60% des recrues ont moins de 30 ans.",
    ]
    sidebar = ["CAN 2025 : le tirage au sort fixé", "Inflation : 3,1% en janvier"]
    text = aggregator("fr", sidebar, title, outlet, pub, body)
    claims = [
        C(
            "cells_dismantled",
            14,
            "14",
            s1,
            yr("2023", "en 2023"),
            A("analyst", "le chercheur Omar Tazi", "Omar Tazi"),
        ),
        C(
            "cells_dismantled",
            60,
            "60",
            s2,
            rng("2015", "2018", "Entre 2015 et 2018"),
            A("analyst", "rappelle-t-il", "Omar Tazi"),
            notes="range; agrees with 21 + 19 + 9 + 11 year by year elsewhere",
        ),
    ]
    traps = [
        SIDEBAR_RULE,
        T("3,1%", "sidebar"),
        T("60%", "share of recruits, not counted"),
        T("moins de 30 ans", "age"),
    ]
    return page("r19", "fr", "aggregator", text, meta(title, outlet, "Le Quotidien du Sud", pub, fictional=True), claims,
                traps, summary="analysis; researcher before figure; a range (entre X et Y)")  # fmt: skip


def r20():
    pub = "2023-07-11"
    title = "Vingt ans de lutte antiterroriste"
    site = "Infos du Royaume"
    s1 = "Selon des sources sécuritaires, plus de 5000 projets terroristes ont été déjoués depuis 2002."
    s2 = "Ces mêmes sources indiquent que 137 revenants ont été arrêtés à leur retour au pays."
    body = [
        s1,
        s2,
        "Le numéro vert 080 100 47 47 reste ouvert aux familles inquiètes.",
    ]
    meta_line = "Rédaction | 11 juillet 2023"
    text = wordpress(
        "fr", site, "Accueil » National", title, meta_line, body, ["Tourisme : 6,5 millions d'arrivées"]
    )
    claims = [
        C("plots_foiled", 5000, "5000", s1, since("2002", pub, "depuis 2002"), A("official_unspecified", "des sources sécuritaires"),
          q="more_than", qt="plus de", notes="looks misprinted (500): extracted as printed"),
        C("returnees_arrested", 137, "137", s2, cumul(pub), A("official_unspecified", "Ces mêmes sources")),
    ]  # fmt: skip
    traps = [T("080 100 47 47", "phone"), T("6,5 millions", "related headline")]
    return page("r20", "fr", "wordpress", text, meta(title, site, "Infos du Royaume", pub, fictional=True), claims, traps,
                summary="security sources; misprinted plots")  # fmt: skip


def r21():
    pub = "2023-10-25"
    title = "Le BCIJ, huit ans après"
    s1 = "Depuis sa création en 2015, le bureau a démantelé 95 cellules terroristes, a déclaré son directeur."
    s2 = "Il a ajouté qu'environ 1 450 personnes ont été arrêtées depuis 2015."
    body = [
        "Le Bureau central d'investigations judiciaires a fêté ses huit ans.",
        "Il avait été inauguré le 20 mars 2015 à Salé.",
        s1,
        s2,
        "Le siège de Salé accueille 300 enquêteurs, selon la même source.",
    ]
    text = clean(title, "Mercredi 25 octobre 2023", body)
    claims = [
        C("cells_dismantled", 95, "95", s1, since("2015", pub, "Depuis sa création en 2015"), A("BCIJ", "son directeur")),
        C("persons_arrested", 1450, "1 450", s2, since("2015", pub, "depuis 2015"), A("BCIJ", "son directeur"),
          q="about", qt="environ"),
    ]  # fmt: skip
    traps = [T("20 mars 2015", "inauguration date"), T("huit ans", "duration"), T("300 enquêteurs", "staff")]
    return page("r21", "fr", "clean", text, meta(title, None, None, pub), claims, traps,
                summary="BCIJ anniversary; source after")  # fmt: skip


def r22():
    pub = "2026-05-16"
    title = "Salé : lourdes peines pour une cellule de Daech"
    outlet = "Justice Hebdo"
    s1 = "Depuis le début de l'année, trois cellules ont été démantelées dans le Royaume."
    body = [
        "La chambre criminelle de Salé a condamné sept accusés à des peines allant de 4 à 15 ans de prison.",
        "Le plus jeune, âgé de 20 ans, devra aussi payer une amende de 50 000 dirhams.",
        s1,
    ]
    sidebar = ["Foot : victoire 2-1 du FUS", "Immobilier : +4% à Rabat"]
    text = aggregator("fr", sidebar, title, outlet, pub, body)
    claims = [C("cells_dismantled", 3, "trois", s1, ytd(pub, "Depuis le début de l'année"), A("unspecified"))]
    traps = [SIDEBAR_RULE, T("sept accusés", "defendants of one trial"), T("de 4 à 15 ans", "sentences"),
             T("20 ans", "age"), T("50 000 dirhams", "fine"), T("2-1", "score")]  # fmt: skip
    return page("r22", "fr", "aggregator", text, meta(title, outlet, "Justice Hebdo", pub, fictional=True), claims,
                traps, summary="court report; year to date by the outlet")  # fmt: skip


# ================================================================ English


def r23():
    pub = "2021-03-22"
    title = "Morocco says hundreds still held in Syrian camps"
    outlet = "Atlas Wire Service"
    s1 = "More than 1,600 Moroccans travelled to Syria and Iraq to fight with militant groups, the head of the BCIJ told the agency."
    s2 = "They included 290 women, he said."
    body = [
        "RABAT (AWS) - Morocco's counter-terrorism chief said on Monday that repatriating nationals from Syria remains a challenge.",
        s1,
        s2,
        "Dozens of women and children remain in camps run by Kurdish-led forces in northeast Syria, the official added.",
        "Police also seized 59.9 tonnes of cannabis resin over six years, the official added.",
    ]
    sidebar = ["Oil prices climb 2%", "Raja beat Wydad 2-0"]
    text = aggregator("en", sidebar, title, outlet, pub, body)
    claims = [
        C("fighters_joined", 1600, "1,600", s1, cumul(pub), A("BCIJ", "the head of the BCIJ"), q="more_than", qt="More than"),
        C("fighters_joined", 290, "290", s2, cumul(pub), A("BCIJ", "he said"), subset="women"),
    ]  # fmt: skip
    traps = [
        T("Dozens of women and children", "vague count"),
        SIDEBAR_RULE,
        T("59.9 tonnes", "drug seizures"),
        T("six years", "duration"),
        T("2-0", "score"),
    ]
    others = [("SY", "Syrian camps", "conflict zone")]
    return page("r23", "en", "aggregator", text, meta(title, outlet, "Atlas Wire Service", pub, fictional=True), claims,
                traps, others=others, summary="wire copy; BCIJ chief; women subset")  # fmt: skip


def r24():
    pub = "2024-05-16"
    title = "BCIJ chief: 'Vigilance is our doctrine'"
    site = "Morocco Daylight"
    s1 = "Since 2002, Moroccan security services have dismantled 220 terrorist cells, BCIJ director Youssef Amrani said."
    s2 = "The bureau alone has taken down more than 100 cells since 2015, he added."
    s3 = "Over the last five years, 52 cells were taken down, according to Amrani."
    body = [
        "Speaking on the 21st anniversary of the Casablanca bombings, the official reviewed the record.",
        s1,
        s2,
        s3,
        "He thanked partners in Germany and the Netherlands for shared intelligence.",
    ]
    meta_line = "By Sara Bennani | May 16, 2024"
    text = wordpress(
        "en", site, "Home » Politics", title, meta_line, body, ["Morocco hosts 2030 World Cup meeting"]
    )
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "Since 2002"), A("BCIJ", "BCIJ director Youssef Amrani", "Youssef Amrani")),
        C("cells_dismantled", 100, "100", s2, since("2015", pub, "since 2015"), A("BCIJ", "he added"), q="more_than", qt="more than"),
        C("cells_dismantled", 52, "52", s3, lastn(5, pub, "Over the last five years"), A("BCIJ", "according to Amrani", "Youssef Amrani")),
    ]  # fmt: skip
    traps = [T("21st anniversary", "ordinal"), T("2030 World Cup", "related headline")]
    return page("r24", "en", "wordpress", text, meta(title, site, "Morocco Daylight", pub, fictional=True), claims,
                traps, partners=["DE", "NL"], summary="interview; source after; last five years")  # fmt: skip


def r25():
    pub = "2024-02-01"
    title = "Analysis: The quiet war on terror cells"
    s1 = "Eleven cells were dismantled in 2023, official figures show."
    body = [
        "Morocco's security model has drawn praise abroad.",
        s1,
        "The 2003 Casablanca bombings, which killed 33 people and 12 attackers, forced a rethink.",
        "Each cell had between 3 and 7 members aged 18 to 45.",
    ]
    text = clean(title, "Thursday, February 1, 2024", body)
    claims = [
        C(
            "cells_dismantled",
            11,
            "Eleven",
            s1,
            yr("2023", "in 2023"),
            A("official_unspecified", "official figures"),
        )
    ]
    traps = [
        T("33 people", "victims of the 2003 attacks"),
        T("12 attackers", "attackers killed in 2003"),
        T("between 3 and 7 members", "cell size range"),
        T("18 to 45", "ages"),
    ]
    return page("r25", "en", "clean", text, meta(title, None, None, pub), claims, traps,
                summary="analysis; number word at sentence start")  # fmt: skip


def r26():
    pub = "2025-01-05"
    title = "Morocco's police publish 2024 security review"
    outlet = "North Coast Post"
    s1 = "The DGSN said 12 terror cells were broken up last year."
    s2 = "Sixty-one suspects were arrested in terrorism cases over the same period, according to the review."
    body = [
        s1,
        s2,
        "The review also lists 1.2 million calls to the emergency line 19.",
    ]
    text = html("en", title, outlet, pub, body, jsonld=False)
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2024", "last year"), A("DGSN", "The DGSN")),
        C(
            "persons_arrested",
            61,
            "Sixty-one",
            s2,
            yr("2024", "over the same period"),
            A("DGSN", "the review"),
        ),
    ]
    traps = [T("1.2 million calls", "calls"), T("line 19", "phone number"), T(title, "year in title")]
    return page("r26", "en", "html", text, meta(title, outlet, "North Coast Post", pub, fictional=True), claims, traps,
                summary="DGSN review; last year; same period; html <time> only")  # fmt: skip


def r27():
    pub = "2025-03-10"
    title = "US report credits Morocco's counterterrorism record"
    outlet = "Maghreb Ledger"
    s1 = "The U.S. State Department's annual country report said 4,380 people had been arrested on terrorism charges in Morocco since 2002."
    s2 = "It added that more than 500 plots have been foiled since 2002."
    body = [
        s1,
        s2,
        "The report, which covers calendar year 2023, runs to some 300 pages.",
        "Washington provided $12 million in security assistance, the report noted.",
    ]
    text = html("en", title, outlet, pub, body, time_tag=False)
    a = A("unspecified", "The U.S. State Department's annual country report")
    claims = [
        C("persons_arrested", 4380, "4,380", s1, since("2002", pub, "since 2002"), a, notes="foreign body"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "since 2002"), a, q="more_than", qt="more than"),
    ]
    traps = [
        T("some 300 pages", "length of the report"),
        T("calendar year 2023", "report period, no figure"),
        T("$12 million", "money"),
    ]
    return page("r27", "en", "html", text, meta(title, outlet, "Maghreb Ledger", pub, fictional=True), claims, traps,
                partners=["US"], summary="foreign body's report; html JSON-LD only")  # fmt: skip


def r28():
    pub = "2025-06-30"
    title = "A decade of the BCIJ, year by year"
    outlet = "Casablanca Review"
    s = [
        "In 2015, its first year, the bureau dismantled 21 cells.",
        "The figure fell to 19 in 2016 and to 9 in 2017.",
        "BCIJ data show 11 cells were broken up in 2018.",
        "Overall, 1,662 Moroccans joined armed groups in Syria and Iraq, according to BCIJ data.",
    ]
    body = ["Ten years after its launch, the BCIJ's record tells a story of decline.", *s,
            "The bureau employs some 250 agents in Sale."]  # fmt: skip
    text = html("en", title, outlet, pub, body)
    b = A("BCIJ", "BCIJ data")
    claims = [
        C("cells_dismantled", 21, "21", s[0], yr("2015", "In 2015"), b),
        C("cells_dismantled", 19, "19", s[1], yr("2016", "in 2016"), b),
        C("cells_dismantled", 9, "9", s[1], yr("2017", "in 2017"), b),
        C("cells_dismantled", 11, "11", s[2], yr("2018", "in 2018"), b),
        C("fighters_joined", 1662, "1,662", s[3], cumul(pub), b),
    ]
    traps = [T("Ten years", "duration"), T("some 250 agents", "staff")]
    return page("r28", "en", "html", text, meta(title, outlet, "Casablanca Review", pub, fictional=True), claims, traps,
                summary="year-by-year feature; html both dates")  # fmt: skip


def r29():
    pub = "2024-11-12"
    title = "Returnees: Morocco's long game"
    outlet = "Sahara Herald"
    s1 = "About 280 fighters have returned to Morocco, security sources said."
    body = [
        "The question of returnees still divides experts.",
        s1,
        "Several hundred relatives have petitioned the government to bring home family members.",
        "Algeria and Mauritania have published no comparable figures.",
    ]
    sidebar = ["Rain expected in 12 provinces", "Dirham steady at 10.8 to the euro"]
    text = aggregator("en", sidebar, title, outlet, pub, body)
    claims = [
        C(
            "returnees",
            280,
            "280",
            s1,
            cumul(pub),
            A("official_unspecified", "security sources"),
            q="about",
            qt="About",
        )
    ]
    traps = [
        T("Several hundred relatives", "vague count"),
        SIDEBAR_RULE,
        T("12 provinces", "sidebar"),
        T("10.8", "sidebar exchange rate"),
    ]
    others = [("DZ", "Algeria and Mauritania", "named as publishing no figures")]
    return page("r29", "en", "aggregator", text, meta(title, outlet, "Sahara Herald", pub, fictional=True), claims, traps,
                others=others, summary="returnees; security sources after")  # fmt: skip


def r30():
    pub = "2025-10-20"
    title = "Spain and Morocco deepen security ties"
    s1 = "More than 20 joint operations have been carried out with Spain since 2014, Morocco's interior minister said."
    s2 = "Foreign Minister Karim Sabri told reporters that Morocco had dismantled more than 220 terrorist cells since 2002."
    body = [
        "The two neighbours signed a new protocol in Madrid.",
        s1,
        s2,
        "Spanish police, for their part, detained 78 suspected jihadists on Spanish soil last year.",
        "The protocol runs for 5 years and covers 3 areas.",
    ]
    text = clean(title, "October 20, 2025", body)
    claims = [C("joint_operations", 20, "20", s1, since("2014", pub, "since 2014"), A("MOI", "Morocco's interior minister"),
                q="more_than", qt="More than"),
              C("cells_dismantled", 220, "220", s2, since("2002", pub, "since 2002"),
                A("MFA", "Foreign Minister Karim Sabri", "Karim Sabri"), q="more_than", qt="more than")]  # fmt: skip
    traps = [
        T("78 suspected jihadists", "another country's arrests"),
        T("5 years", "duration"),
        T("3 areas", "count of areas"),
    ]
    return page("r30", "en", "clean", text, meta(title, None, None, pub), claims, traps, partners=["ES"],
                summary="cooperation; interior minister by title; foreign minister (MFA)")  # fmt: skip


ARTICLES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
            r21, r22, r23, r24, r25, r26, r27, r28, r29, r30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "i1", "kind": "stale_figure", "refs": [("r13", "cells_dismantled", 210), ("r24", "cells_dismantled", 220),
                                                  ("r08", "cells_dismantled", 210)],
     "explanation": "210 cells since 2002 (May 2021), 220 (May 2024), then an op-ed in 2026 repeats 210"},
    {"id": "i2", "kind": "cumulative_decrease", "refs": [("r05", "persons_arrested", 4450), ("r27", "persons_arrested", 4380)],
     "explanation": "4450 arrested since 2002 (May 2023), then 4380 (March 2025): a running total cannot go down"},
    {"id": "i3", "kind": "internal_arithmetic", "refs": [("r14", "returnees", 270), ("r14", "returnees", 245, "syria"),
                                                         ("r14", "returnees", 17, "iraq"), ("r14", "returnees", 5, "libya")],
     "explanation": "270 returnees but the breakdown 245 + 17 + 5 makes 267"},
    {"id": "i4", "kind": "implausible_value", "refs": [("r04", "plots_foiled", 500), ("r20", "plots_foiled", 5000)],
     "explanation": "more than 500 plots foiled since 2002 (2021), then more than 5000 (2023): ten times more, unsupported"},
    {"id": "i5", "kind": "same_period_disagreement", "refs": [("r07", "cells_dismantled", 11), ("r19", "cells_dismantled", 14)],
     "explanation": "cells dismantled in 2023: 11 (DGSN review) against 14 (a researcher)"},
    {"id": "i6", "kind": "partial_exceeds_whole", "refs": [("r10", "persons_arrested", 68), ("r09", "persons_arrested", 61)],
     "explanation": "DGSN: 68 arrested by September 2024, but 61 for the whole of 2024"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r01", "cells_dismantled", 180), ("r13", "cells_dismantled", 210)], "reason": "more than 180 (2019) then 210 (2021): rising total"},
    {"refs": [("r18", "cells_dismantled", 200), ("r03", "cells_dismantled", 210)], "reason": "more than 200 then more than 210 (2022): bounds agree"},
    {"refs": [("r03", "cells_dismantled", 210), ("r24", "cells_dismantled", 220)], "reason": "more than 210 (2022) then 220 (2024): rising total"},
    {"refs": [("r24", "cells_dismantled", 220), ("r16", "cells_dismantled", 220)], "reason": "220 (2024) then more than 220 (2025): compatible"},
    {"refs": [("r13", "cells_dismantled", 210), ("r16", "cells_dismantled", 210)], "reason": "the same May 2021 figure, dated by the 2025 text (as_of): not stale"},
    {"refs": [("r13", "persons_arrested", 4300), ("r05", "persons_arrested", 4450)], "reason": "more than 4300 (2021) then 4450 (2023): rising total"},
    {"refs": [("r02", "fighters_joined", 1659), ("r23", "fighters_joined", 1600)], "reason": "1659 then more than 1600: bounds agree"},
    {"refs": [("r17", "fighters_joined", 1660), ("r28", "fighters_joined", 1662)], "reason": "about 1660 and 1662: within rounding"},
    {"refs": [("r28", "fighters_joined", 1662), ("r08", "fighters_joined", 1600)], "reason": "1662 then more than 1600: bounds agree"},
    {"refs": [("r02", "fighters_joined", 290, "women"), ("r23", "fighters_joined", 290, "women")], "reason": "290 women in both sources: same figure"},
    {"refs": [("r14", "returnees", 270), ("r06", "returnees", 270)], "reason": "270 then about 270: the same figure"},
    {"refs": [("r06", "returnees", 270), ("r29", "returnees", 280)], "reason": "about 270 (2022) then about 280 (2024): rising total"},
    {"refs": [("r07", "cells_dismantled", 11), ("r25", "cells_dismantled", 11)], "reason": "11 cells in 2023 in both: same figure"},
    {"refs": [("r09", "cells_dismantled", 12), ("r15", "cells_dismantled", 12), ("r26", "cells_dismantled", 12)],
     "reason": "12 and about 12 cells in 2024 (relative year resolved): same figure"},
    {"refs": [("r09", "persons_arrested", 61), ("r26", "persons_arrested", 61)], "reason": "61 arrested in 2024 in both: same figure"},
    {"refs": [("r04", "plots_foiled", 500), ("r27", "plots_foiled", 500)], "reason": "more than 500 plots in both: bounds agree"},
    {"refs": [("r04", "cells_dismantled", 83), ("r11", "cells_dismantled", 90), ("r21", "cells_dismantled", 95),
              ("r24", "cells_dismantled", 100)], "reason": "BCIJ cells since 2015: 83, more than 90, 95, more than 100: rising"},
    {"refs": [("r11", "persons_arrested", 1400), ("r21", "persons_arrested", 1450)], "reason": "more than 1400 then about 1450: rising"},
    {"refs": [("r04", "cells_dismantled", 21), ("r28", "cells_dismantled", 21)], "reason": "21 cells in 2015 in both: same figure"},
    {"refs": [("r12", "fighters_detained_abroad", 252), ("r12", "fighters_detained_abroad", 229, "syria"),
              ("r12", "fighters_detained_abroad", 14, "iraq"), ("r12", "fighters_detained_abroad", 9, "turkey")],
     "reason": "252 detained abroad = 229 + 14 + 9: the breakdown adds up"},
    {"refs": [("r16", "cells_dismantled", 220), ("r30", "cells_dismantled", 220)], "reason": "more than 220 cells since 2002 in March and October 2025: bounds agree"},
    {"refs": [("r16", "joint_operations", 20), ("r30", "joint_operations", 20)], "reason": "about 20 then more than 20 joint operations since 2014: compatible"},
]  # fmt: skip


def readme(gold, summaries):
    rows = "\n".join(
        f"| {f['key']} | `{f['file']}` | {f['language']} | {f['format']} | {f['metadata']['date']} | "
        f"{len(f['claims'])} | {summaries[f['key']]} |"
        for f in gold["files"]
    )
    incs = "\n".join(
        f"- `{i['id']}` {i['kind']}: {i['explanation']} ({', '.join(i['claims'])})"
        for i in gold["inconsistencies"]
    )
    n_claims = sum(len(f["claims"]) for f in gold["files"])
    n_traps = sum(len(f["must_not_extract"]) for f in gold["files"])
    return f"""# Blind set, round 8

A held-out measurement set: {len(gold["files"])} pages (12 Arabic, 10 French, 8 English), {n_claims} claims,
{n_traps} traps, {len(gold["inconsistencies"])} planted inconsistencies (one of each kind), {len(gold["must_not_flag"])}
compatible groups. Written by a helper who never saw the engine nor the corpora it was tuned on; outlets and
people are invented (outlet_fictional true), the texts new, modelled on real Moroccan coverage (wire copy,
annual reviews, interviews, parliamentary answers, op-eds, court reports, cooperation stories).

Measure (never tune on it):

    python manage.py extract_claims tests/blind_round8 --json > /tmp/x.json
    python ../shared/tools/score.py tests/blind_round8/expected.json /tmp/x.json

Rebuild: `python tests/blind_round8/build.py` regenerates every byte. Gold self-test:
`tests/test_blind_round8_gold.py`.

| key | file | lang | layout | published | claims | what it tests |
|---|---|---|---|---|---|---|
{rows}

## Inconsistencies

{incs}

## Conventions

- Fighters who joined the Syria/Iraq zone: metric `fighters_joined`, subset null (the zone is the default);
  a running figure without a start ("have joined", "have returned") is `cumulative_unspecified` ending on the
  byline.
- A foreign body (U.S. State Department, Spanish Interior Ministry) giving a figure about Morocco:
  org `unspecified`, raw keeps the body's name.
- Unnamed "security sources" (مصادر أمنية, sources sécuritaires) are `official_unspecified`; "informed
  sources" (مصادر مطلعة) are `unspecified` with the raw kept; the outlet's own recall has raw null.
- An op-ed's figure belongs to its signed author (`analyst`).
- The number of members of the cell just dismantled is an optional claim (`persons_arrested`, event).
- A breakdown printed in the same sentence as its total ("83 cells, 77 of them ISIS-linked") keeps the part
  as optional; a breakdown in its own sentence is required.
- "Une douzaine", "une vingtaine": qualifier `about`, value 12, 20.
- A figure the text dates ("En mai 2021, le BCIJ évoquait 210") has as_of and its period ends there.
- Bounds: more than N is N+1..∞; about N is ±1%; a running total may stay or rise.
- "The last N years" / "السنوات الثلاث الأخيرة": `last_n_years`, start = publication year − N; "entre 2015 et
  2018": `range`. "Last year" / "السنة الماضية" is the year before the byline's; "the same period" /
  "خلال الفترة ذاتها" inherits the previous sentence's period.
- A figure in the title that the body repeats is a trap (the body's sentence is the claim); a year in a title
  ("حصيلة 2023") is a trap.
- Non-terror "cells" (drug-smuggling, crisis, cyber-vigilance units) and other countries' or world figures are
  traps; so are ages, prison terms, phone and law numbers, money, staff counts.

## How it was made

Real Moroccan coverage of BCIJ/DGST/DGSN figures (MAP-relayed interviews, annual reviews, parliamentary
mission reports, wire copy) was read for its patterns: who gives the figure, where the source sits, how
periods are phrased, which numbers surround the claims. Every sentence here is new; magnitudes follow the real
orders (about 200+ cells since 2002, about 1,650 fighters, a few hundred returnees) but the values are
invented. Pages are printed in tests/corpus_kit.py's layouts (HTML with `<time datetime>` alone in r04, r16,
r26, JSON-LD alone in r05, r17, r27, both in r06, r18, r28).
"""


def build(out_dir=HERE):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Round-8 blind set: 30 pages ar/fr/en about Morocco's counter-terrorism figures. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
