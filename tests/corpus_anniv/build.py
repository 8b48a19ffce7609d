"""Build the "anniv" development corpus: 20 invented articles (8 Arabic, 7 French, 5 English) on anniversaries,
year-end reviews and retrospectives: the 16 May 2003 Casablanca attacks remembered, a decade of the BCIJ, the
DGSN's annual review, "the year in security", a think tank's ten-year review and parliamentary budget debates;
with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_anniv/build.py [--out DIR]

Every outlet and person is invented; the sentences are new. Each claim's `sentence` is the very string placed in
the article's text. The texts are period-heavy: since 2002, since the BCIJ's creation in March 2015, the last
decade, during the year, the first half, from January to September, between 2015 and 2023, paired years, the
same period, last year, a month by its Mashriq or Moroccan name, year-by-year lists.
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


def month(ym, text):
    return P("month", ym, ym, text)


# ================================================================ Arabic


def v01():
    pub, outlet = "2023-05-16", "كازا نيوز 24"
    title = "عشرون سنة على تفجيرات 16 ماي: الحصيلة بالأرقام"
    s1 = "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 212 خلية إرهابية منذ سنة 2002."
    s2 = "وأوقفت المصالح الأمنية خلال الفترة ذاتها أزيد من 4200 شخص في قضايا مرتبطة بالإرهاب."
    s3 = "كما مكنت المقاربة الاستباقية من إحباط ما يزيد عن 500 مخطط تخريبي خلال المدة نفسها."
    body = [
        para(
            "تحل اليوم الذكرى العشرون للتفجيرات الانتحارية التي ضربت الدار البيضاء ليلة 16 ماي 2003، وخلفت "
            "عشرات الضحايا بين قتيل وجريح.",
            "ولا تزال ذاكرة المدينة تحمل آثار تلك الليلة التي غيرت نظرة المغاربة إلى الخطر الإرهابي.",
        ),
        para(s1, s2, s3),
        para(
            "وكان البرلمان قد صادق، بعد أسبوعين فقط من الاعتداءات، على القانون 03.03 المتعلق بمكافحة الإرهاب.",
            "وتراوحت أعمار منفذي التفجيرات بين 20 و24 سنة، وكان أغلبهم يقطن الأحياء الهامشية للمدينة.",
        ),
        "ويرى متابعون أن تلك الأحداث دفعت الدولة إلى بناء مقاربة شاملة تجمع بين الأمن والدين والتنمية.",
    ]
    side = ["الرجاء يفوز 2-0 على ضيفه", "ارتفاع أسعار الطماطم إلى 12 درهما"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 212, "212", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C("persons_arrested", 4200, "4200", s2, since("2002", pub, "خلال الفترة ذاتها"), dgst, q="more_than",
          qt="أزيد من"),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "خلال المدة نفسها"), dgst, q="more_than",
          qt="ما يزيد عن"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("12 درهما", "sidebar: a price"),
             T("عشرات الضحايا", "a vague count (dozens) of the 2003 victims"), T("16 ماي 2003", "a date"),
             T("03.03", "law number"), T("بين 20 و24 سنة", "ages"),
             T("الذكرى العشرون", "anniversary ordinal"), T("<the title's twenty years>", "years since the attacks"), T("أسبوعين", "a duration")]  # fmt: skip
    return spec("v01", "aggregator", "ar", text, meta(title, outlet, "Casa News 24", pub, fictional=True), claims,
                traps, summary="the 20th anniversary of 16 May 2003 (DGST data): 212 cells since 2002, more than "
                "4200 arrested 'خلال الفترة ذاتها' and more than 500 plots 'خلال المدة نفسها' (both inherit since "
                "2002); law 03.03, ages, vague 'عشرات', sidebar")  # fmt: skip


def v02():
    pub, outlet = "2025-03-24", "هبة الأطلس"
    title = "عقد على إحداث البسيج: أرقام سنوات المواجهة"
    s1 = (
        "وكشفت معطيات المكتب المركزي للأبحاث القضائية أن عناصره فككت 21 خلية سنة 2015، و19 سنة 2016، و9 سنة "
        "2017، قبل أن يتراجع الإيقاع في السنوات اللاحقة."
    )
    s2 = "وبلغ مجموع ما فككه المكتب أكثر من 90 خلية منذ إحداثه في مارس 2015، حسب المصدر نفسه."
    body = [
        "يطفئ المكتب المركزي للأبحاث القضائية هذا الشهر شمعته العاشرة، بعد عقد من العمل الميداني في مواجهة "
        "الخلايا المتطرفة.",
        s1,
        s2,
        para(
            "ويضم المكتب، الذي يوجد مقره بمدينة سلا، أزيد من 300 عنصر مؤهل.",
            "ويشتغل تحت إشراف النيابة العامة طبقا للمادة 108 من قانون المسطرة الجنائية.",
        ),
        "ويجمع المتتبعون على أن تراجع عدد الخلايا المفككة سنة بعد أخرى يعكس نجاعة العمل الاستباقي.",
    ]
    text = wordpress("ar", outlet, "الرئيسية » أمن", title, "بقلم: محمد الإدريسي - 24 مارس 2025", body,
                     ["افتتاح الدورة 16 للمعرض الدولي للفلاحة"])  # fmt: skip
    bcij = A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 21, "21", s1, yr("2015", "سنة 2015"), bcij),
        C("cells_dismantled", 19, "19", s1, yr("2016", "سنة 2016"), bcij),
        C("cells_dismantled", 9, "9", s1, yr("2017", "سنة 2017"), bcij),
        C("cells_dismantled", 90, "90", s2, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij, q="more_than",
          qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("مارس 2015", "the BCIJ's creation date, not a count"), T("300 عنصر", "staff numbers"),
             T("للمادة 108", "an article of the code of criminal procedure"),
             T("الدورة 16", "related headline"), T("شمعته العاشرة", "anniversary ordinal")]  # fmt: skip
    return spec("v02", "wordpress", "ar", text, meta(title, outlet, "Hibat Al Atlas", pub, fictional=True), claims,
                traps, summary="a decade of the BCIJ (BCIJ data): the year-by-year list 21 in 2015, 19 in 2016, 9 "
                "in 2017 (one sentence, three year claims) and more than 90 since March 2015; staff numbers, "
                "article number, ordinal")  # fmt: skip


def v03():
    pub, outlet = "2025-05-16", "يومية الساحل"
    title = "22 عاما على أحداث الدار البيضاء: اليقظة مستمرة"
    s1 = "وأكدت مصادر من المديرية العامة لمراقبة التراب الوطني أن عدد الخلايا الإرهابية المفككة منذ 2002 بلغ 220 خلية."
    s2 = "وأضافت المصادر ذاتها أن أزيد من 100 خلية فُككت في العقد الأخير وحده، معظمها موال لتنظيم داعش."
    body = [
        "يستحضر المغاربة اليوم ذكرى الاعتداءات التي هزت العاصمة الاقتصادية قبل اثنين وعشرين عاما، في ليلة ما "
        "زالت حاضرة في ذاكرة البيضاويين.",
        "ويرى مراقبون أن الضربات الاستباقية حالت دون تكرار سيناريو تلك الليلة، رغم استمرار محاولات الاستقطاب عبر الشبكات الاجتماعية.",
        "وتحرص السلطات على مواكبة المعتقلين السابقين ضمن برامج المصالحة وإعادة الإدماج داخل المؤسسات السجنية.",
        s1,
        s2,
        "وتواصل الرباط تنسيقها الأمني مع إسبانيا، التي تبادلت معها المعلومات في عمليات مشتركة عدة.",
        "ويقضي عدد من المدانين في هذه الملفات عقوبات سجنية تصل إلى 30 سنة.",
    ]
    text = clean(title, f"{outlet} — الجمعة 16 ماي 2025", body)
    dgst = A("DGST", "مصادر من المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "منذ 2002"), dgst),
        C("cells_dismantled", 100, "100", s2, lastn(10, pub, "في العقد الأخير"), dgst, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [T("<the title's 22 years>", "years since the attacks, not a count"),
             T("اثنين وعشرين عاما", "years since the attacks, in words"), T("30 سنة", "prison term")]  # fmt: skip
    return spec("v03", "clean", "ar", text, meta(title, outlet, "Yawmiyat Assahil", pub, fictional=True), claims,
                traps, partners=["ES"], summary="the 22nd anniversary: sources in the DGST (DGST) give 220 cells "
                "since 2002 and more than 100 'في العقد الأخير' (last ten years); partner Spain; years since the "
                "attacks in digits and words, prison term")  # fmt: skip


def v04():
    pub, outlet = "2024-12-30", "الأمن اليوم"
    title = "المديرية العامة للأمن الوطني تكشف حصيلتها السنوية"
    s1 = (
        "وأفادت الحصيلة السنوية للمديرية العامة للأمن الوطني بأن مصالحها ساهمت في تفكيك إحدى عشرة خلية "
        "إرهابية خلال سنة 2024."
    )
    s2 = "وخلال شهر دجنبر الجاري وحده، جرى تفكيك خليتين بكل من تطوان وبركان، وفق الحصيلة ذاتها."
    body = [
        "استعرضت المديرية العامة للأمن الوطني، كعادتها في نهاية كل سنة، أبرز مؤشرات نشاطها الأمني.",
        "وتضمنت الحصيلة أيضا مؤشرات الجريمة العادية وحوادث السير ومحاربة الاتجار في المخدرات، إلى جانب مجهودات التحديث الرقمي لمصالح الشرطة.",
        "وأبرزت الوثيقة أن العمليات المرتبطة بالإرهاب جرت في إطار تنسيق مستمر مع باقي الأجهزة الأمنية.",
        s1,
        s2,
        "وذكّرت المديرية بأن الرقم 19 يظل متاحا للتبليغ، وبأنها عززت صفوفها بتوظيف 7000 شرطي جديد.",
    ]
    text = html("ar", title, outlet, pub, body, aside=["الأمن الوطني يحتفي بـ 68 سنة على تأسيسه"])
    dgsn = A("DGSN", "الحصيلة السنوية للمديرية العامة للأمن الوطني")
    claims = [
        C("cells_dismantled", 11, "إحدى عشرة", s1, yr("2024", "خلال سنة 2024"), dgsn),
        C("cells_dismantled", 2, "خليتين", s2, month("2024-12", "شهر دجنبر الجاري"), dgsn),
    ]
    traps = [T("الرقم 19", "a phone number"), T("7000 شرطي", "staff numbers"), T("68 سنة", "aside headline")]
    return spec("v04", "html", "ar", text, meta(title, outlet, "Al Amn Alyawm", pub, fictional=True), claims,
                traps, summary="the DGSN's annual review (DGSN): eleven cells in 2024 in words (below its own 14 by "
                "October: planted), two in 'شهر دجنبر الجاري' (Moroccan month name, dual); the phone number 19, "
                "recruits; time tag and JSON-LD")  # fmt: skip


def v05():
    pub, outlet = "2025-01-08", "نبض الوطن"
    title = "سنة أمنية حافلة: حصيلة مكافحة الإرهاب"
    s1 = "وأفادت مصادر أمنية بأن 73 شخصا أوقفوا في قضايا الإرهاب خلال السنة الماضية."
    s2 = "ومن بين هؤلاء الموقوفين خمسة قاصرين وامرأتان، حسب المصادر نفسها."
    body = [
        "مع انصرام السنة، تعود الأسئلة حول حصيلة المواجهة اليومية مع الخلايا المتطرفة.",
        "ويؤكد متتبعون أن التهديد لم يختف، بل غير أشكاله، إذ بات الاستقطاب يتم في الغالب عبر الفضاء الرقمي وبين فئات شابة.",
        para(s1, s2),
        "وجرت عدة عمليات بتنسيق مع المصالح الأمنية الفرنسية.",
        "وصدرت في حق عدد من المتابعين أحكام بالسجن تراوحت بين 5 و15 سنة.",
    ]
    side = ["أمطار رعدية مرتقبة بـ 7 أقاليم", "المنتخب النسوي يفوز 3-1"]
    text = aggregator("ar", side, title, outlet, pub, body)
    src = A("official_unspecified", "مصادر أمنية")
    claims = [
        C("persons_arrested", 73, "73", s1, yr("2024", "خلال السنة الماضية"), src),
        C("persons_arrested", 5, "خمسة", s2, yr("2024", None), src, subset="minors"),
        C("persons_arrested", 2, "امرأتان", s2, yr("2024", None), src, subset="women"),
    ]
    traps = [SIDEBAR_RULE, T("7 أقاليم", "sidebar"), T("3-1", "sidebar: football score"),
             T("بين 5 و15 سنة", "prison terms")]  # fmt: skip
    return spec("v05", "aggregator", "ar", text, meta(title, outlet, "Nabd Alwatan", pub, fictional=True), claims,
                traps, partners=["FR"], summary="a year-end review from security sources (official_unspecified): "
                "73 arrested 'خلال السنة الماضية' = 2024 (against the ministry's 81: planted), of them five minors "
                "and two women (period inherited, no text); partner France; prison terms, sidebar")  # fmt: skip


def v06():
    pub, outlet = "2024-11-14", "البرلمان 24"
    title = "لجنة الداخلية تناقش الميزانية الفرعية: الإرهاب حاضر في النقاش"
    s1 = (
        "وأوضح وزير الداخلية، خلال تقديمه الميزانية الفرعية لوزارته أمام لجنة الداخلية بمجلس النواب، أن "
        "المصالح الأمنية فككت 9 خلايا إرهابية من يناير إلى متم شتنبر 2024."
    )
    s2 = "وأشار الوزير إلى توقيف 41 شخصا خلال الفترة ذاتها."
    s3 = "في المقابل، ذكّر نائب من المعارضة بأن عدد الموقوفين في قضايا الإرهاب بلغ 64 شخصا خلال سنة 2023."
    body = [
        "انكب أعضاء لجنة الداخلية والجماعات الترابية، على مدى يومين، على مناقشة مشروع الميزانية الفرعية.",
        "وطالب عدد من النواب بتعزيز الموارد البشرية لمصالح الاستعلامات، وبمزيد من الشفافية في نشر المعطيات الإحصائية المتعلقة بالملفات الإرهابية.",
        para(s1, s2),
        s3,
        "ورُصد لمشروع الميزانية الفرعية للوزارة أزيد من 40 مليار درهم.",
    ]
    text = wordpress("ar", outlet, "الرئيسية » برلمان", title, "الخميس 14 نونبر 2024 - 18:05", body,
                     ["مجلس النواب يصادق على 12 مشروع قانون"])  # fmt: skip
    rnge = rng("2024-01", "2024-09", "من يناير إلى متم شتنبر 2024")
    claims = [
        C("cells_dismantled", 9, "9", s1, rnge, A("MOI", "وزير الداخلية")),
        C("persons_arrested", 41, "41", s2, rng("2024-01", "2024-09", "خلال الفترة ذاتها"), A("MOI", "الوزير")),
        C("persons_arrested", 64, "64", s3, yr("2023", "خلال سنة 2023"), A("PARLIAMENT", "نائب من المعارضة")),
    ]  # fmt: skip
    traps = [T("40 مليار درهم", "money"), T("18:05", "time of day"), T("يومين", "a duration"),
             T("12 مشروع قانون", "related headline")]  # fmt: skip
    return spec("v06", "wordpress", "ar", text, meta(title, outlet, "Albarlamane 24", pub, fictional=True), claims,
                traps, summary="a parliamentary budget debate: the interior minister (MOI) gives 9 cells 'من يناير "
                "إلى متم شتنبر 2024' (range of months, Moroccan month name) and 41 arrested 'خلال الفترة ذاتها'; an "
                "opposition MP (PARLIAMENT) 64 arrested in 2023 (two voices); money, time of day")  # fmt: skip


def v07():
    pub, outlet = "2025-06-20", "مسارات"
    title = "العائدون من بؤر التوتر: قراءة في الأرقام"
    s1 = (
        "ويقدّر الباحث في الجماعات المتطرفة، عادل بنسودة، أن 1659 مغربيا التحقوا بالتنظيمات المسلحة في "
        "سوريا والعراق."
    )
    s2 = "ويضيف الباحث أن 270 منهم عادوا إلى المغرب، أوقف 137 منهم فور وصولهم."
    s3 = "ومنذ كانون الثاني (يناير) 2025، أوقفت السلطات 6 عائدين آخرين قادمين من تركيا، بحسب تقديره."
    body = [
        "بعد أزيد من عقد على موجة الالتحاق بساحات القتال، لا يزال ملف العائدين يطرح أسئلة أمنية واجتماعية.",
        "ويطالب الباحث بتوسيع برامج إعادة الإدماج لتشمل أسر العائدين، معتبرا أن المقاربة الزجرية وحدها لا تكفي.",
        "كما يدعو إلى نشر معطيات رسمية مفصلة حول مآل من لم يعودوا بعد.",
        s1,
        s2,
        s3,
        "ويتراوح سن أغلب العائدين بين 25 و40 عاما، بحسب الدراسة التي أنجزها.",
    ]
    text = clean(title, f"{outlet} | 20 يونيو 2025", body)
    who = A("analyst", "الباحث في الجماعات المتطرفة", "عادل بنسودة")
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), who, subset="syria_iraq_linked"),
        C("returnees", 270, "270", s2, cumul(pub), who),
        C("returnees_arrested", 137, "137", s2, cumul(pub), who),
        C("returnees_arrested", 6, "6", s3, since("2025-01", pub, "منذ كانون الثاني (يناير) 2025"), who),
    ]
    traps = [T("بين 25 و40 عاما", "ages"), T("أزيد من عقد", "a duration")]
    return spec("v07", "clean", "ar", text, meta(title, outlet, "Masarat", pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone"),
                              NP("TR", "تركيا", "a transit country, not a partner")],
                summary="a researcher (analyst, named) on returnees: 1659 joined in Syria and Iraq, 270 'منهم' came "
                "home (no zone), 137 of them arrested, 6 more 'منذ كانون الثاني (يناير) 2025' (Mashriq month with "
                "its alias: since 2025-01); ages; Syria, Iraq, Turkey mentioned")  # fmt: skip


def v08():
    pub, outlet = "2025-12-28", "مغرب الغد"
    title = "المغرب في 2025: عام من اليقظة الأمنية"
    s1 = (
        "وبحسب إحصاء أنجزته الجريدة استنادا إلى البلاغات الرسمية، فككت الأجهزة الأمنية ٨ خلايا إرهابية خلال "
        "النصف الأول من السنة."
    )
    s2 = "وبذلك يصل عدد الخلايا المفككة منذ 2002 إلى ٢١٢ خلية، وفق الإحصاء نفسه."
    body = [
        "نودع سنة 2025 وقد ظل الملف الأمني في صدارة اهتمامات الرأي العام، بين عمليات استباقية ومحاكمات.",
        "وشهدت السنة أيضا صدور أحكام في ملفات قديمة، واستمرار برامج المصالحة داخل السجون، إلى جانب حملات توعية في المؤسسات التعليمية.",
        "ويرى خبراء أن التحدي الأكبر بات يأتي من منطقة الساحل ومن التجنيد عبر الإنترنت.",
        s1,
        s2,
        "وعلى الصعيد العالمي، سجل مؤشر الإرهاب العالمي أكثر من 7500 وفاة خلال السنة السابقة.",
    ]
    text = html("ar", title, outlet, pub, body, time_tag=False, aside=["أبرز 10 أحداث طبعت السنة"])
    own = A("unspecified")
    claims = [
        C("cells_dismantled", 8, "٨", s1, ytd(pub, "خلال النصف الأول من السنة"), own),
        C("cells_dismantled", 212, "٢١٢", s2, since("2002", pub, "منذ 2002"), own),
    ]
    traps = [T("7500 وفاة", "a world figure (Global Terrorism Index)"), T("10 أحداث", "aside headline")]
    return spec("v08", "html", "ar", text, meta(title, outlet, "Maghrib Alghad", pub, fictional=True), claims,
                traps, summary="a year-end review, the outlet's own count (unspecified, raw null), Arabic-Indic "
                "digits: ٨ cells 'خلال النصف الأول من السنة' (year_to_date, January-June) and ٢١٢ since 2002 (stale after "
                "220); a world figure; JSON-LD alone")  # fmt: skip


# ================================================================ French


def v09():
    pub, outlet = "2024-05-17", "Casa Flash Info"
    title = "Attentats du 16 mai : 21 ans après, la vigilance reste de mise"
    s1 = "Selon la DGST, plus de 210 cellules terroristes ont été démantelées depuis 2002."
    s2 = "Sur la même période, plus de 4 300 personnes ont été interpellées, précise la même source."
    body = [
        "Casablanca a commémoré jeudi le souvenir des victimes des attentats qui avaient endeuillé la ville en "
        "mai 2003.",
        para(s1, s2),
        "La loi 03-03 relative à la lutte contre le terrorisme avait été adoptée dans la foulée des attaques.",
        "Depuis, le Royaume mise sur une approche qui associe prévention, encadrement religieux et "
        "renseignement.",
    ]
    side = ["Botola : le WAC s'impose 3-0", "Le prix du gasoil baisse de 20 centimes"]
    text = aggregator("fr", side, title, outlet, pub, body)
    dgst = A("DGST", "la DGST")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), dgst, q="more_than",
          qt="plus de"),
        C("persons_arrested", 4300, "4 300", s2, since("2002", pub, "Sur la même période"), dgst, q="more_than",
          qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("3-0", "sidebar: football score"), T("20 centimes", "sidebar: a price"),
             T("<the title's 21 years>", "years since the attacks"), T("03-03", "law number")]  # fmt: skip
    return spec("v09", "aggregator", "fr", text, meta(title, outlet, "Casa Flash Info", pub, fictional=True),
                claims, traps, summary="the 21st anniversary (DGST): more than 210 cells since 2002 (admits 212 the "
                "year before) and more than 4 300 arrested 'Sur la même période', 'la même source'; law number, "
                "years since, sidebar")  # fmt: skip


def v10():
    pub, outlet = "2025-03-21", "Le Courrier de Salé"
    title = "Le BCIJ souffle sa dixième bougie"
    s1 = (
        "Le directeur du BCIJ a indiqué que le Bureau central avait démantelé 97 cellules depuis sa création en "
        "mars 2015, dont 89 liées à Daech."
    )
    s2 = "Ces opérations ont conduit à l'interpellation de 1 350 personnes, dont 31 femmes et 58 mineurs, a-t-il ajouté."
    body = [
        "Dix ans après son installation à Salé, le Bureau central d'investigations judiciaires a dressé le bilan "
        "d'une décennie de travail.",
        s1,
        s2,
        para(
            "Il a salué la coopération avec l'Espagne et la France, qui a permis plusieurs opérations conjointes.",
            "Le Bureau compte environ 400 agents.",
        ),
    ]
    text = wordpress("fr", outlet, "Accueil » Sécurité", title, "Publié le 21 mars 2025 par Karim Bennani", body,
                     ["Salé : 3 nouveaux parcs inaugurés"])  # fmt: skip
    bcij = A("BCIJ", "Le directeur du BCIJ")
    per = since("2015-03", pub, "depuis sa création en mars 2015")
    inherited = since("2015-03", pub, None)
    claims = [
        C("cells_dismantled", 97, "97", s1, per, bcij),
        C("cells_dismantled", 89, "89", s1, per, bcij, subset="isis_linked"),
        C("persons_arrested", 1350, "1 350", s2, inherited, bcij),
        C("persons_arrested", 31, "31", s2, inherited, bcij, subset="women"),
        C("persons_arrested", 58, "58", s2, inherited, bcij, subset="minors"),
    ]
    traps = [T("environ 400 agents", "staff numbers"), T("3 nouveaux parcs", "related headline"),
             T("dixième bougie", "anniversary ordinal"), T("Dix ans après", "a duration"), T("plusieurs opérations conjointes", "a vague count")]  # fmt: skip
    return spec("v10", "wordpress", "fr", text, meta(title, outlet, "Le Courrier de Sale", pub, fictional=True),
                claims, traps, partners=["ES", "FR"], summary="a decade of the BCIJ: its director (BCIJ) gives 97 "
                "cells since March 2015, of which 89 ISIS-linked, and 1 350 arrested with 31 women and 58 minors "
                "(period inherited by 'Ces opérations'); partners Spain and France; staff, vague count")  # fmt: skip


def v11():
    pub, outlet = "2025-01-06", "L'Observateur du Bouregreg"
    title = "2024, l'année sécuritaire en chiffres"
    s1 = "Selon les données de la DGSN, douze cellules terroristes avaient été démantelées en 2023 et onze en 2024."
    body = [
        "Comme chaque début d'année, notre rédaction revient sur les douze mois écoulés dans le domaine de la "
        "sécurité.",
        "L'année a été marquée par une série d'opérations menées dans plusieurs régions, souvent à l'aube et sans incident.",
        "Les autorités insistent sur le caractère préventif de ces interventions, la plupart des cellules ayant été neutralisées avant tout passage à l'acte.",
        "Les observateurs notent toutefois que la propagande en ligne reste le principal vecteur de recrutement.",
        s1,
        "Les suspects sont poursuivis sur la base de l'article 218-1 du Code pénal.",
        "Le numéro vert 080 100 47 47 reste ouvert aux signalements des citoyens.",
    ]
    text = clean(title, f"{outlet}, lundi 6 janvier 2025", body)
    dgsn = A("DGSN", "les données de la DGSN")
    claims = [
        C("cells_dismantled", 12, "douze", s1, yr("2023", "en 2023"), dgsn),
        C("cells_dismantled", 11, "onze", s1, yr("2024", "en 2024"), dgsn),
    ]
    traps = [T("douze mois", "a duration"), T("218-1", "an article of the penal code"),
             T("080 100 47 47", "a phone number")]  # fmt: skip
    return spec("v11", "clean", "fr", text, meta(title, outlet, "L'Observateur du Bouregreg", pub,
                fictional=True), claims, traps, summary="the year in figures (DGSN data): paired years in words, "
                "'douze ... en 2023 et onze en 2024' (two year claims in one sentence); 'douze mois' a duration, "
                "penal code article, phone number")  # fmt: skip


def v12():
    pub, outlet = "2024-10-21", "Le Journal du Nord"
    title = "Terrorisme : la DGSN dresse un bilan d'étape"
    s1 = (
        "Depuis le début de l'année, les services de police ont contribué au démantèlement de 14 cellules "
        "terroristes, en coordination avec la DGST, indique la Direction générale de la sûreté nationale."
    )
    body = [
        "À quelques semaines de la fin de l'année, la police nationale a rendu public un premier bilan de son "
        "action antiterroriste.",
        "Le document ne précise pas le nombre de personnes interpellées lors de ces opérations.",
        s1,
        "Plusieurs de ces opérations ont bénéficié de renseignements fournis par la Belgique.",
        "Les suspects, âgés de 18 à 35 ans, ont été présentés au parquet de Rabat.",
    ]
    text = html("fr", title, outlet, pub, body, jsonld=False)
    claims = [
        C("cells_dismantled", 14, "14", s1, ytd(pub, "Depuis le début de l'année"),
          A("DGSN", "la Direction générale de la sûreté nationale")),
    ]  # fmt: skip
    traps = [T("âgés de 18 à 35 ans", "ages")]
    return spec("v12", "html", "fr", text, meta(title, outlet, "Le Journal du Nord", pub, fictional=True), claims,
                traps, partners=["BE"], summary="the DGSN's interim review (source at the end of the sentence, "
                "though it credits the DGST): 14 cells 'Depuis le début de l'année' 2024, more than its own 11 for "
                "the whole year (planted); partner Belgium; ages; time tag alone")  # fmt: skip


def v13():
    pub, outlet = "2024-07-02", "La Vigie marocaine"
    title = "Premier semestre 2024 : le point sur la menace"
    s1 = "Selon le politologue Youssef Amrani, 6 cellules terroristes ont été démantelées au premier semestre 2024."
    s2 = "Une trentaine de personnes ont été arrêtées sur la même période, estime-t-il."
    body = [
        "Six mois après le début de l'année, le rythme des opérations antiterroristes ne faiblit pas.",
        "Pour le chercheur, la menace s'est fragmentée : les projets sont plus modestes, mais plus difficiles à détecter.",
        "Il plaide pour un renforcement des programmes de déradicalisation en milieu carcéral.",
        para(s1, s2),
        "Certaines cellules entretenaient des contacts avec des groupes armés actifs au Mali.",
        "En 2023, le Maroc avait accueilli 14,5 millions de touristes, un record que les autorités tiennent à "
        "protéger.",
    ]
    text = clean(title, f"{outlet} — 2 juillet 2024", body)
    who = A("analyst", "le politologue", "Youssef Amrani")
    claims = [
        C("cells_dismantled", 6, "6", s1, rng("2024-01", "2024-06", "au premier semestre 2024"), who),
        C("persons_arrested", 30, "trentaine", s2, rng("2024-01", "2024-06", "sur la même période"), who,
          q="about", qt="Une trentaine"),
    ]  # fmt: skip
    traps = [T("Six mois", "a duration"), T("14,5 millions", "tourist arrivals"),
             T("<the title's 2024>", "a bare year")]  # fmt: skip
    return spec("v13", "clean", "fr", text, meta(title, outlet, "La Vigie marocaine", pub, fictional=True), claims,
                traps, not_partners=[NP("ML", "Mali", "a conflict zone, not a partner")],
                summary="a mid-year review by a named political scientist (analyst): 6 cells 'au premier semestre "
                "2024' (range January-June) and 'Une trentaine' arrested 'sur la même période'; tourist figure, "
                "duration; Mali mentioned")  # fmt: skip


def v14():
    pub, outlet = "2025-04-10", "Le Monde de l'Atlas"
    title = "Dix ans de lutte antiterroriste passés au crible"
    s1 = (
        "Le rapport de l'Observatoire maghrébin de la sécurité recense 21 cellules démantelées en 2015, 190 en "
        "2016 et 9 en 2017."
    )
    s2 = "Entre 2015 et 2023, le même rapport dénombre quelque 1 100 personnes interpellées."
    body = [
        "Un think tank basé à Rabat publie une rétrospective de la décennie écoulée.",
        "Le rapport salue l'efficacité du renseignement marocain mais regrette le manque de données publiques détaillées.",
        s1,
        s2,
        "À titre de comparaison, six attentats ont été déjoués en France en 2023.",
        "Le document de 84 pages sera présenté à la presse le 15 avril.",
    ]
    text = html("fr", title, outlet, pub, body, time_tag=False)
    who = A("analyst", "Le rapport de l'Observatoire maghrébin de la sécurité")
    claims = [
        C("cells_dismantled", 21, "21", s1, yr("2015", "en 2015"), who),
        C("cells_dismantled", 190, "190", s1, yr("2016", "en 2016"), who),
        C("cells_dismantled", 9, "9", s1, yr("2017", "en 2017"), who),
        C("persons_arrested", 1100, "1 100", s2, rng("2015", "2023", "Entre 2015 et 2023"),
          A("analyst", "le même rapport"), q="about", qt="quelque"),
    ]  # fmt: skip
    traps = [T("six attentats", "another country's figure (France)"), T("84 pages", "page count"),
             T("15 avril", "a date"), T("Dix ans", "a duration in the title")]  # fmt: skip
    return spec("v14", "html", "fr", text, meta(title, outlet, "Le Monde de l'Atlas", pub, fictional=True),
                claims, traps, not_partners=[NP("FR", "France", "another country's figure, not cooperation")],
                summary="a think tank's ten-year review (analyst): the year-by-year list with a misprint, 190 cells "
                "in 2016 (the BCIJ's 19: planted), 21 and 9 agree; 'quelque 1 100' arrested 'Entre 2015 et 2023' "
                "(range); France's figure a trap; JSON-LD alone")  # fmt: skip


def v15():
    pub, outlet = "2025-11-20", "Hémicycle Info"
    title = "Budget de l'Intérieur : les députés interrogent le ministre sur le terrorisme"
    s1 = (
        "Devant la commission de l'intérieur de la Chambre des représentants, le ministre de l'Intérieur a fait "
        "état de 10 cellules démantelées de janvier à septembre 2025."
    )
    s2 = "Un député de la majorité a pour sa part avancé le chiffre de 47 personnes arrêtées sur la même période."
    body = [
        "L'examen du budget sectoriel du ministère de l'Intérieur a donné lieu à un long débat sur la sécurité.",
        s1,
        s2,
        "Le budget du ministère dépasse 46 milliards de dirhams.",
    ]
    side = ["Météo : jusqu'à 30 mm de pluie", "Le dirham gagne 0,4 % face à l'euro"]
    text = aggregator("fr", side, title, outlet, pub, body)
    claims = [
        C("cells_dismantled", 10, "10", s1, rng("2025-01", "2025-09", "de janvier à septembre 2025"),
          A("MOI", "le ministre de l'Intérieur")),
        C("persons_arrested", 47, "47", s2, rng("2025-01", "2025-09", "sur la même période"),
          A("PARLIAMENT", "Un député de la majorité")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("46 milliards de dirhams", "money"), T("30 mm", "sidebar: rainfall"),
             T("0,4 %", "sidebar: exchange rate")]  # fmt: skip
    return spec("v15", "aggregator", "fr", text, meta(title, outlet, "Hemicycle Info", pub, fictional=True), claims,
                traps, summary="a budget debate: the minister (MOI) gives 10 cells 'de janvier à septembre 2025' "
                "(range of months), an MP (PARLIAMENT) 47 arrested 'sur la même période' (inherited range); "
                "money, sidebar")  # fmt: skip


# ================================================================ English


def v16():
    pub, outlet = "2025-02-11", "Atlas Wire Digest"
    title = "Ministry tells MPs of terrorism arrests"
    s1 = "The interior ministry told parliament that 81 suspects were arrested in terrorism cases last year."
    body = [
        "Lawmakers pressed the government on its counter-terrorism record during a plenary session on Monday.",
        "Opposition members asked for more detailed statistics on the profiles of those detained, including their age and region.",
        s1,
        "The ministry credited intelligence sharing with the United States for several of the operations.",
        "Suspects face up to 20 years in prison under Law 03-03.",
    ]
    side = ["Wydad held 1-1 in Rabat", "Fuel prices up 15 cents"]
    text = aggregator("en", side, title, outlet, pub, body)
    claims = [C("persons_arrested", 81, "81", s1, yr("2024", "last year"), A("MOI", "The interior ministry"))]
    traps = [SIDEBAR_RULE, T("1-1", "sidebar: football score"), T("15 cents", "sidebar: a price"),
             T("20 years in prison", "prison term"), T("03-03", "law number")]  # fmt: skip
    return spec("v16", "aggregator", "en", text, meta(title, outlet, "Atlas Wire Digest", pub, fictional=True),
                claims, traps, partners=["US"], summary="the interior ministry (MOI) in parliament: 81 arrested "
                "'last year' = 2024, against the security sources' 73 (planted); partner United States; prison "
                "term, law number, sidebar")  # fmt: skip


def v17():
    pub, outlet = "2025-10-15", "Morocco Policy Review"
    title = "Ten years of the BCIJ: a think tank's assessment"
    s1 = "The Rabat Centre for Strategic Studies counts 93 cells dismantled by the BCIJ since its creation in March 2015."
    s2 = "In the past ten years, about 1,400 people were arrested in terrorism cases, the centre's report adds."
    body = [
        "A decade after the Central Bureau of Judicial Investigations opened its doors in Salé, researchers have "
        "taken stock.",
        "The report describes the bureau as the judicial arm of the domestic intelligence service and praises its preventive approach.",
        "It also calls for more transparency on the outcome of the trials that followed the arrests.",
        s1,
        s2,
        "Worldwide, terrorism deaths stood at 8,352 in 2023, the report notes, citing the Global Terrorism Index.",
    ]
    text = wordpress("en", outlet, "Home » Analysis", title, "October 15, 2025 · 6 min read", body,
                     ["Morocco climbs 5 places in competitiveness index"])  # fmt: skip
    claims = [
        C("cells_dismantled", 93, "93", s1, since("2015-03", pub, "since its creation in March 2015"),
          A("analyst", "The Rabat Centre for Strategic Studies")),
        C("persons_arrested", 1400, "1,400", s2, lastn(10, pub, "In the past ten years"),
          A("analyst", "the centre's report"), q="about", qt="about"),
    ]  # fmt: skip
    traps = [T("8,352", "a world figure"), T("6 min read", "reading time"), T("5 places", "related headline"),
             T("A decade", "a duration")]  # fmt: skip
    return spec("v17", "wordpress", "en", text, meta(title, outlet, "Morocco Policy Review", pub, fictional=True),
                claims, traps, summary="a think tank's ten-year review (analyst): 93 BCIJ cells since March 2015, "
                "below the BCIJ's own 97 (planted decrease); about 1,400 arrested 'In the past ten years' "
                "(last_n_years 10); world figure, reading time")  # fmt: skip


def v18():
    pub, outlet = "2025-05-17", "The Casablanca Courier"
    title = "Casablanca remembers, 22 years on"
    s1 = "Citing DGST figures, officials said 220 terrorist cells had been dismantled since 2002."
    s2 = "More than 500 plots were foiled over the same period, they added."
    body = [
        "Relatives of the victims laid flowers on Friday evening at the places struck in May 2003.",
        "Survivors say the scars of that night have not faded, even as the city has changed around the sites of the blasts.",
        "Officials used the occasion to stress that the threat has moved online and towards the Sahel.",
        s1,
        s2,
        "Spain's intelligence services have worked closely with their Moroccan counterparts ever since.",
        "A memorial ceremony was held at 11 a.m. near one of the sites.",
    ]
    text = clean(title, f"{outlet}, Saturday 17 May 2025", body)
    dgst = A("DGST", "DGST figures")
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "since 2002"), dgst),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "over the same period"), dgst, q="more_than",
          qt="More than"),
    ]  # fmt: skip
    traps = [T("<the title's 22 years>", "years since the attacks"), T("11 a.m.", "time of day"),
             T("May 2003", "a date")]  # fmt: skip
    return spec("v18", "clean", "en", text, meta(title, outlet, "The Casablanca Courier", pub, fictional=True),
                claims, traps, partners=["ES"], summary="the 22nd anniversary in English (DGST figures): 220 cells "
                "since 2002, more than 500 plots 'over the same period'; partner Spain; time of day, years since")  # fmt: skip


def v19():
    pub, outlet = "2025-01-05", "North Africa Security Monitor"
    title = "The year in security: Morocco's 2024"
    s1 = "According to DGSN figures, Moroccan security services dismantled eleven terrorist cells in 2024."
    s2 = "In January 2024 alone, three cells were broken up, the same figures show."
    body = [
        "As the new year begins, we look back at twelve months of counter-terrorism work in the kingdom.",
        "Most of the operations took place at dawn and ended without casualties, the review notes.",
        "Officials say online recruitment remains the main concern for the coming year.",
        s1,
        s2,
        "Elsewhere in the region, Mali and Burkina Faso faced more than 1,000 attacks.",
    ]
    text = html("en", title, outlet, pub, body, aside=["Top 5 stories of the year"])
    dgsn = A("DGSN", "DGSN figures")
    claims = [
        C("cells_dismantled", 11, "eleven", s1, yr("2024", "in 2024"), dgsn),
        C("cells_dismantled", 3, "three", s2, month("2024-01", "In January 2024"), dgsn),
    ]
    traps = [T("1,000 attacks", "other countries' figure"), T("twelve months", "a duration"),
             T("Top 5", "aside headline")]  # fmt: skip
    return spec("v19", "html", "en", text, meta(title, outlet, "North Africa Security Monitor", pub,
                fictional=True), claims, traps, not_partners=[NP("ML", "Mali", "other countries' figure"),
                NP("BF", "Burkina Faso", "other countries' figure")], summary="'the year in security' (DGSN "
                "figures): eleven cells in 2024 (words), three 'In January 2024' alone (month); other countries' "
                "figure; time tag and JSON-LD")  # fmt: skip


def v20():
    pub, outlet = "2025-09-09", "Sahara and Sahel Analysis"
    title = "Moroccan foreign fighters: the numbers a decade on"
    s1 = (
        "Of the 1,700 Moroccans who travelled to conflict zones, 1,659 went to Syria and Iraq and 30 to Libya, "
        "according to the Institute for Maghreb Security Studies."
    )
    s2 = "Some 745 of them were killed in combat, the institute says."
    body = [
        "Ten years after the peak of departures, a new report revisits the question of Moroccan fighters abroad.",
        "The authors call for a clearer policy on the families still held in camps in the region.",
        "They also note that official figures have rarely been updated in recent years.",
        s1,
        s2,
        "The report runs to 120 pages and draws on 35 interviews with families.",
    ]
    text = html("en", title, outlet, pub, body, jsonld=False)
    who = A("analyst", "the Institute for Maghreb Security Studies")
    claims = [
        C("fighters_joined", 1700, "1,700", s1, cumul(pub), who),
        C("fighters_joined", 1659, "1,659", s1, cumul(pub), who, subset="syria_iraq_linked"),
        C("fighters_joined", 30, "30", s1, cumul(pub), who, subset="libya"),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("analyst", "the institute"), q="about", qt="Some"),
    ]
    traps = [T("120 pages", "page count"), T("35 interviews", "the report's method"),
             T("Ten years", "a duration")]  # fmt: skip
    return spec("v20", "html", "en", text, meta(title, outlet, "Sahara and Sahel Analysis", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone"),
                NP("LY", "Libya", "conflict zone")], summary="a think tank on foreign fighters (analyst): 1,700 "
                "left, 1,659 to Syria and Iraq and 30 to Libya = 1,689 (planted), 'Some 745 of them' killed (no "
                "zone); page count; time tag alone")  # fmt: skip


ARTICLES = [
    v01,
    v02,
    v03,
    v04,
    v05,
    v06,
    v07,
    v08,
    v09,
    v10,
    v11,
    v12,
    v13,
    v14,
    v15,
    v16,
    v17,
    v18,
    v19,
    v20,
]

INCONSISTENCIES = [
    {"id": "anniv-stale", "kind": "stale_figure",
     "refs": [("v01", "cells_dismantled", 212), ("v03", "cells_dismantled", 220), ("v08", "cells_dismantled", 212)],
     "explanation": "cells dismantled since 2002: 212 (DGST data, May 2023), 220 (DGST sources, May 2025); a "
                    "year-end review repeats 212 in December 2025"},
    {"id": "anniv-decrease", "kind": "cumulative_decrease",
     "refs": [("v10", "cells_dismantled", 97), ("v17", "cells_dismantled", 93)],
     "explanation": "BCIJ cells since March 2015: 97 (its director, March 2025) then 93 (a think tank, October "
                    "2025): a running total cannot go down"},
    {"id": "anniv-arithmetic", "kind": "internal_arithmetic",
     "refs": [("v20", "fighters_joined", 1700), ("v20", "fighters_joined", 1659, "syria_iraq_linked"),
              ("v20", "fighters_joined", 30, "libya")],
     "explanation": "1700 fighters said to be 1659 in Syria and Iraq and 30 in Libya = 1689, not 1700"},
    {"id": "anniv-implausible", "kind": "implausible_value",
     "refs": [("v02", "cells_dismantled", 19), ("v14", "cells_dismantled", 190)],
     "explanation": "190 cells in 2016 in a think tank's year-by-year list, ten times the BCIJ's 19 for 2016"},
    {"id": "anniv-partial", "kind": "partial_exceeds_whole",
     "refs": [("v12", "cells_dismantled", 14), ("v04", "cells_dismantled", 11)],
     "explanation": "the DGSN counted 14 cells from January to 21 October 2024, then 11 for the whole of 2024 in "
                    "its annual review"},
    {"id": "anniv-disagree", "kind": "same_period_disagreement",
     "refs": [("v05", "persons_arrested", 73), ("v16", "persons_arrested", 81)],
     "explanation": "people arrested in 2024: 73 (security sources, 'خلال السنة الماضية', January 2025) against "
                    "81 (interior ministry, 'last year', February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("v01", "cells_dismantled", 212), ("v09", "cells_dismantled", 210)],
     "reason": "212 cells since 2002 (May 2023), then 'plus de 210' (May 2024): the bound admits 212 and more"},
    {"refs": [("v03", "cells_dismantled", 220), ("v18", "cells_dismantled", 220)],
     "reason": "220 cells since 2002: the DGST's figure told on the anniversary in Arabic and the next day in "
               "English"},
    {"refs": [("v04", "cells_dismantled", 11), ("v11", "cells_dismantled", 11), ("v19", "cells_dismantled", 11)],
     "reason": "11 cells in 2024: the DGSN's annual review, the paired years in French and 'the year in security' "
               "agree"},
    {"refs": [("v10", "cells_dismantled", 97), ("v02", "cells_dismantled", 90)],
     "reason": "the BCIJ's cells since March 2015: 97 (its director, 21 March 2025) and 'أكثر من 90' (24 March "
               "2025) agree"},
    {"refs": [("v02", "cells_dismantled", 9), ("v14", "cells_dismantled", 9)],
     "reason": "9 cells in 2017 in both year-by-year lists (the BCIJ's data and the think tank's, whose 2016 "
               "figure alone is misprinted)"},
    {"refs": [("v07", "fighters_joined", 1659, "syria_iraq_linked"),
              ("v20", "fighters_joined", 1659, "syria_iraq_linked")],
     "reason": "1659 Moroccans who joined in Syria and Iraq: a researcher (June 2025) and a think tank (September "
               "2025) agree"},
    {"refs": [("v01", "plots_foiled", 500), ("v18", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002 (May 2023 and May 2025): two lower bounds that agree"},
    {"refs": [("v01", "persons_arrested", 4200), ("v09", "persons_arrested", 4300)],
     "reason": "more than 4200 arrested since 2002 (May 2023), then more than 4 300 (May 2024): a total that rises"},
]  # fmt: skip

CONVENTIONS = """\
- **Months within one year**: a span of months ("من يناير إلى متم شتنبر 2024", "de janvier à septembre 2025", "au
  premier semestre 2024") is a `range` whose start and end have the month's precision ("2024-01" to "2024-09"; a
  first half of a year named is January to June of it). A first half with no year named ("خلال النصف الأول من
  السنة") is `year_to_date` of the byline's year, as corpus_ar codes "خلال الأشهر الستة الأولى من
  السنة" (a09, a39; changed by the engine-anniv round, which first had it a `range`); "since the start of the year"
  ("Depuis le début de l'année", "منذ بداية السنة") is `year_to_date` too.
  One month ("خلال شهر دجنبر الجاري", "In January 2024") is `month`, start = end = "YYYY-MM"; "الجاري" is the
  byline's month.
- **Month names**: Moroccan (يناير، شتنبر، نونبر، دجنبر، يونيو، يوليوز), Mashriq with the alias in brackets
  ("كانون الثاني (يناير) 2025") and French or English names resolve alike; "منذ كانون الثاني (يناير) 2025" is
  `since` with start "2025-01".
- **The last decade**: "في العقد الأخير", "In the past ten years" are `last_n_years` with n = 10 (start = byline
  year − 10). "Entre 2015 et 2023" is a `range` of years.
- **Year-by-year lists and paired years**: "21 خلية سنة 2015، و19 سنة 2016، و9 سنة 2017", "douze ... en 2023 et
  onze en 2024" give one `year` claim per year, all with the one sentence; no claim for the total the list
  implies.
- **The same period**: "خلال الفترة ذاتها", "Sur la même période", "sur la même période", "over the same period",
  "خلال المدة نفسها" inherit the previous claim's period (type, start, end) and keep their own words as text; a
  breakdown sentence with no period words ("ومن بين هؤلاء الموقوفين…", "Ces opérations ont conduit à…") inherits
  it with text null.
- **Relative years**: "خلال السنة الماضية", "last year" = the byline's year − 1 (a year-end review in January
  speaks for the year just ended).
- **Breakdowns**: women, minors and ISIS-linked parts are subsets of the same metric and period; they overlap and
  are never summed. A breakdown by destination (Syria and Iraq together → `syria_iraq_linked`, Libya → `libya`)
  is a partition of the people who left and must add up (v20). "270 منهم عادوا" is every returnee (no zone);
  "Some 745 of them were killed" is `fighters_killed` with no zone (docs/conventions.md 3-4).
- **Sources**: sources within the DGST, "DGST figures", "Citing DGST figures, officials said" → DGST; the DGSN's
  annual or interim review → DGSN even when it credits the DGST; the BCIJ's data or director → BCIJ; the interior
  minister in a budget debate → MOI; an MP → PARLIAMENT; a think tank, its report or a named researcher →
  `analyst`; "مصادر أمنية" → `official_unspecified`; the outlet's own count ("إحصاء أنجزته الجريدة") → `unspecified`
  with raw null. Carried sources: "حسب المصدر نفسه", "المصادر ذاتها", "la même source", "a-t-il ajouté", "the
  same figures show", "they added".
- **Undated totals** of fighters, returnees and returnees arrested are `cumulative_unspecified` ending at the
  byline.
- **Bounds** agree as in CONTRACT.md: "plus de 210" admits 212; "أكثر من 90" admits 97.
- **Traps**: years since the attacks ("22 عاما", "اثنين وعشرين عاما", "21 ans", "22 years on"), anniversary
  ordinals ("شمعته العاشرة", "dixième bougie"), durations ("douze mois", "twelve months", "A decade"), dates,
  bare years, law, penal code and procedure article numbers, phone numbers (including the police's 19), money,
  staff and recruit numbers, ages, prison terms, page counts, another country's figures (France, Mali and Burkina
  Faso), world figures (the Global Terrorism Index), vague counts ("عشرات", "plusieurs"), sidebar, aside and
  related headlines.
"""

HOW = """\
Written blind to the engine: only RULES.md, writer_common.md, CONTRACT.md, docs/conventions.md,
tests/corpus_kit.py, tests/corpus_gold_checks.py and corpus_comms (build.py, README, gold test) as the template
were read; no engine code, and the engine was never run on these files. Real anniversary pieces on 16 May 2003,
BCIJ director interviews (year-by-year lists, "dont X femmes et Y mineurs") and the interior ministry's budget
report to parliament ("in 2023 alone… until the end of September 2024…") read through the search tool showed the
patterns; no sentence was copied, all outlets and non-official people are invented, every sentence is new and
the figures are invented.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_anniv: anniversaries, year-end reviews and retrospectives",
        "",
        "A development corpus of 20 invented articles (8 Arabic, 7 French, 5 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on period-heavy pieces: the 16 May 2003 Casablanca",
        "attacks remembered, a decade of the BCIJ, the DGSN's annual review, the year in security, a think tank's",
        "ten-year review, parliamentary budget debates.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_anniv/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_anniv_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_anniv --json > /tmp/anniv.json",
        "    ../shared/tools/score.py tests/corpus_anniv/expected.json /tmp/anniv.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'anniv': anniversaries, year-end reviews and retrospectives (16 May 2003, "
        "a decade of the BCIJ, the DGSN's annual review, the year in security, a think tank's ten-year review, "
        "parliamentary budget debates), period-heavy; 20 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
