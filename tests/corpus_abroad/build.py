"""Build the "abroad" development corpus: 30 invented articles (12 Arabic, 10 French, 8 English) about Moroccans
who joined armed groups abroad, those killed, returnees, nationals held in camps and prisons, and joint
operations with partner countries; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_abroad/build.py [--out DIR]

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

# ================================================================ Arabic


def a01():
    pub, outlet = "2019-03-15", "الساحل بريس"
    title = "حصيلة رسمية: المغاربة في بؤر التوتر بين قتيل وعائد"
    s1 = (
        "وكشف مدير المكتب المركزي للأبحاث القضائية، عبد الرحيم الودغيري، خلال لقاء صحافي بسلا، أن "
        "1659 مغربيا التحقوا بالتنظيمات المتطرفة في سوريا والعراق."
    )
    s2 = "وأضاف المسؤول ذاته أن 745 منهم لقوا حتفهم في العمليات القتالية أو في عمليات انتحارية."
    s3 = "أما العائدون إلى أرض الوطن فقد بلغ عددهم 270 شخصا، جرت إحالتهم جميعا على القضاء."
    body = [
        'عاد ملف المقاتلين المغاربة في الخارج إلى الواجهة بعد انهيار آخر معاقل تنظيم "داعش" شرق سوريا.',
        para(s1, s2),
        para(s3, "ويتابع هؤلاء بموجب القانون 86.14 الذي جرم الالتحاق بمعسكرات التدريب خارج المملكة."),
        para(
            "وأشار الودغيري إلى أن المغرب يعمل بتنسيق وثيق مع الولايات المتحدة في تتبع مسارات هؤلاء "
            "المقاتلين، مذكرا بأن عدد المقاتلين الأجانب في المنطقة تجاوز 40 ألف مقاتل من أزيد من 100 بلد."
        ),
    ]
    side = [
        "توقيف 12 مهربا للمخدرات بميناء طنجة المتوسط",
        "الوداد يتعادل 1-1 أمام الرجاء",
        "ارتفاع أسعار الطماطم بنسبة 15 في المائة",
    ]
    text = aggregator("ar", side, title, outlet, pub, body)
    bc = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية", "عبد الرحيم الودغيري")
    claims = [
        C(
            "fighters_joined",
            1659,
            "1659",
            s1,
            cumul(pub),
            bc,
            notes="all Moroccans who joined groups in Syria/Iraq",
            subset="syria_iraq_linked",
        ),
        C("fighters_killed", 745, "745", s2, cumul(pub), bc),
        C(
            "returnees",
            270,
            "270",
            s3,
            cumul(pub),
            A("BCIJ", "المسؤول ذاته"),
            notes="'المسؤول ذاته' carries on",
        ),
    ]
    traps = [
        SIDEBAR_RULE,
        T("توقيف 12 مهربا", "sidebar: drug smugglers"),
        T("1-1", "sidebar: football score"),
        T("15 في المائة", "sidebar: prices"),
        T("86.14", "law number"),
        T("40 ألف مقاتل", "the world's total of foreign fighters, not Morocco's"),
        T("أزيد من 100 بلد", "number of countries of origin"),
    ]
    return spec("a01", "aggregator", "ar", text, meta(title, outlet, "Sahel Press", pub, fictional=True), claims,
                traps, partners=["US"], not_partners=[NP("SY", "سوريا", "conflict zone")],
                summary="BCIJ press conference 2019: joined / killed / returned (three cumulative series); world "
                        "total, law number; US partner by 'بتنسيق وثيق'")  # fmt: skip


def a02():
    pub = "2020-06-10"
    title = 'نساء مغربيات في قلب "الخلافة": من الالتحاق إلى العودة'
    s1 = (
        "وحسب معطيات حصلت عليها الجريدة من مصادر بالمديرية العامة لمراقبة التراب الوطني، فإن عدد "
        "المغربيات اللواتي التحقن بمناطق النزاع بلغ 288 امرأة."
    )
    s2 = "وتفيد المصادر نفسها بأن قرابة 100 امرأة منهن عدن إلى المغرب رفقة أطفالهن."
    body = [
        "لم يكن التحاق النساء بالتنظيمات الإرهابية في سوريا ظاهرة هامشية كما اعتقد كثيرون في البداية.",
        para(s1, "وتتراوح أعمار أغلبهن بين 18 و35 سنة، وقد سافرت معظمهن عبر تركيا رفقة أزواجهن."),
        para(s2, "وخضعت العائدات لأبحاث قضائية قبل أن يستفيد بعضهن من برامج المواكبة."),
    ]
    text = wordpress(
        "ar",
        "مرصد الأخبار",
        "الرئيسية » وطني » أمن",
        title,
        "بقلم: سعاد الوزاني - 10 يونيو 2020",
        body,
        ["إطلاق برنامج جديد لدعم المقاولات الصغرى", "تساقطات مطرية مرتقبة بعدد من المدن"],
    )
    claims = [
        C(
            "fighters_joined",
            288,
            "288",
            s1,
            cumul(pub),
            A("DGST", "مصادر بالمديرية العامة لمراقبة التراب الوطني"),
            subset="women",
        ),
        C(
            "returnees",
            100,
            "100",
            s2,
            cumul(pub),
            A("DGST", "المصادر نفسها"),
            q="about",
            qt="قرابة",
            subset="women",
        ),
    ]
    traps = [T("18 و35 سنة", "ages")]
    return spec("a02", "wordpress", "ar", text, meta(title, "مرصد الأخبار", "Marsad Al Akhbar", pub, fictional=True),
                claims, traps, not_partners=[NP("TR", "تركيا", "transit country, no cooperation cue")],
                summary="women who joined (subset of the 1659) and women returnees (subset of the 270), DGST sources; "
                        "ages; Turkey only a route")  # fmt: skip


def a03():
    pub = "2021-04-20"
    title = "الباحث يوسف العلمي: حصيلة القتلى في صفوف المغاربة أثقل مما يبدو"
    s1 = (
        "ويرى الباحث في الجماعات المتطرفة يوسف العلمي أن أزيد من 740 مقاتلا مغربيا قتلوا في سوريا "
        "والعراق، وهو رقم يقترب مما أعلنته السلطات."
    )
    body = [
        "يقارن الباحث المغربي بين حالة المملكة وحالة دول أوروبية عرفت الظاهرة نفسها.",
        s1,
        "وفي فرنسا وحدها، يضيف العلمي، غادر نحو 1900 شخص للالتحاق بالتنظيمات ذاتها، وقتل منهم ما يقارب 300.",
        "ويذكر أن أصغر المقاتلين المغاربة سنا لم يكن يتجاوز 16 سنة حين غادر مدينة الفنيدق.",
    ]
    text = clean(title, "صدى الرباط — الثلاثاء 20 أبريل 2021", body)
    claims = [C("fighters_killed", 740, "740", s1, cumul(pub), A("analyst", "الباحث في الجماعات المتطرفة",
                "يوسف العلمي"), q="more_than", qt="أزيد من", subset="syria_iraq_linked")]  # fmt: skip
    traps = [
        T("نحو 1900 شخص", "France's own fighters (a comparison)"),
        T("ما يقارب 300", "France's own dead"),
        T("16 سنة", "age"),
    ]
    return spec(
        "a03",
        "clean",
        "ar",
        text,
        meta(title, "صدى الرباط", "Sada Rabat", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("FR", "فرنسا", "origin of a comparison, no cooperation")],
        summary="an analyst's 'more than 740' killed; France's own figures are traps and France no partner",
    )


def a04():
    pub = "2020-11-05"
    title = "العائدون من بؤر التوتر أمام القضاء"
    s1 = "وأكد المكتب المركزي للأبحاث القضائية أن 270 مغربيا عادوا من مناطق النزاع بسوريا والعراق."
    s2 = (
        "وأوضح المكتب في معطيات حديثة أنه أوقف منذ 2015 ما مجموعه 137 عائدا، بعد دخول القانون "
        "المتعلق بالالتحاق ببؤر التوتر حيز التنفيذ."
    )
    body = [
        "تطرح عودة المقاتلين تحديات أمنية وقضائية متشابكة.",
        s1,
        para(s2, "وتتراوح العقوبات التي صدرت في حق بعضهم بين 10 و15 سنة سجنا نافذا."),
    ]
    text = html("ar", title, "الأطلس 24", pub, body, jsonld=False, aside=["مباراة ودية للمنتخب يوم 12 نونبر"])
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), A("BCIJ", "المكتب المركزي للأبحاث القضائية")),
        C(
            "returnees_arrested",
            137,
            "137",
            s2,
            since("2015", pub, "منذ 2015"),
            A("BCIJ", "المكتب"),
            notes="part of the 270 returnees",
        ),
    ]
    traps = [T("بين 10 و15 سنة", "prison terms"), T("12 نونبر", "aside: a date")]
    return spec(
        "a04",
        "html",
        "ar",
        text,
        meta(title, "الأطلس 24", "Atlas 24", pub, fictional=True),
        claims,
        traps,
        summary="returnees 270 and, as a part, 137 returnees arrested since 2015 (BCIJ); prison terms",
    )


def a05():
    pub = "2022-10-04"
    title = "لجنة برلمانية: مغربيات وأطفال عالقون في المخيمات"
    s1 = (
        "وأفاد تقرير المهمة الاستطلاعية البرلمانية بأن عدد المغاربة المحتجزين في مخيمات شمال شرق سوريا "
        "يبلغ 671 شخصا، من بينهم 280 امرأة و391 قاصرا."
    )
    body = [
        "عرضت لجنة الخارجية بمجلس النواب خلاصات مهمتها حول أوضاع المغاربة العالقين في بؤر التوتر.",
        s1,
        "ويعيش هؤلاء في مخيم الهول الذي يؤوي نحو 56 ألف شخص من 55 جنسية، إلى جانب مخيم روج.",
        "ودعت اللجنة إلى تسريع مسطرة الترحيل، مشيرة إلى أن بعض الأطفال قضوا 5 سنوات في المخيم.",
    ]
    side = ["افتتاح الدورة 22 لمعرض الكتاب", "سعر الدرهم يرتفع أمام الأورو"]
    text = aggregator("ar", side, title, "الضفة نيوز", pub, body)
    par = A("PARLIAMENT", "تقرير المهمة الاستطلاعية البرلمانية")
    claims = [
        C(
            "fighters_detained_abroad",
            671,
            "671",
            s1,
            cumul(pub),
            par,
            notes="held in the Syrian camps",
            subset="syria",
        ),
        C("fighters_detained_abroad", 280, "280", s1, cumul(pub), par, subset="women"),
        C("fighters_detained_abroad", 391, "391", s1, cumul(pub), par, subset="minors"),
    ]
    traps = [
        SIDEBAR_RULE,
        T("الدورة 22", "sidebar: fair edition"),
        T("نحو 56 ألف شخص", "camp population of all nationalities"),
        T("55 جنسية", "number of nationalities"),
        T("5 سنوات", "years spent in the camp"),
    ]
    return spec(
        "a05",
        "aggregator",
        "ar",
        text,
        meta(title, "الضفة نيوز", "Addiffa News", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("SY", "سوريا", "the place of the camps")],
        summary="parliamentary mission: 671 held = 280 women + 391 minors (adds up); al-Hol population trap",
    )


def a06():
    pub = "2023-05-18"
    title = 'عملية أمنية مشتركة مع إسبانيا تطيح بموالين لـ"داعش"'
    s1 = (
        "وأسفرت العملية التي نفذتها المديرية العامة لمراقبة التراب الوطني يوم الثلاثاء عن توقيف 3 "
        "أشخاص بكل من الناظور وطنجة، فيما أوقفت الشرطة الإسبانية 2 آخرين ببرشلونة."
    )
    body = [
        'في إطار التعاون الأمني الثنائي بين المغرب وإسبانيا، جرى تنسيق عملية متزامنة ضد خلية موالية لـ"داعش".',
        s1,
        "ويبلغ أحد الموقوفين 23 سنة، وكان يعتزم الالتحاق بصفوف التنظيم في منطقة الساحل.",
    ]
    text = wordpress(
        "ar",
        "نبض الشمال",
        "الرئيسية » حوادث",
        title,
        "آخر تحديث: الخميس 18 ماي 2023",
        body,
        ["حملة تحسيسية ضد حرائق الغابات"],
    )
    claims = [
        C(
            "persons_arrested",
            3,
            "3",
            s1,
            event(pub, "يوم الثلاثاء"),
            A("DGST", "المديرية العامة لمراقبة التراب الوطني"),
            notes="arrests on Moroccan soil",
        )
    ]
    traps = [
        T("2 آخرين", "arrests made by the Spanish police on Spanish soil: Spain's own count"),
        T("23 سنة", "age"),
    ]
    return spec(
        "a06",
        "wordpress",
        "ar",
        text,
        meta(title, "نبض الشمال", "Nabd Achamal", pub, fictional=True),
        claims,
        traps,
        partners=["ES"],
        summary="joint operation with Spain: 3 arrested in Morocco; Spain's 2 a trap",
    )


def a07():
    pub = "2025-07-08"
    title = "عائدون جدد من سوريا ومتابعات قضائية"
    s1 = (
        "وبحسب حصيلة المكتب المركزي للأبحاث القضائية، فقد عاد منذ بداية السنة 19 مغربيا من بؤر التوتر، "
        "جرى توقيف 14 منهم للاشتباه في تورطهم في أعمال إرهابية."
    )
    body = [
        "عرفت الأشهر الأخيرة عودة متفرقة لمغاربة كانوا في مناطق النزاع، عبر مسارات مختلفة.",
        s1,
        "ويتعلق الأمر بأشخاص تتراوح أعمارهم بين 25 و47 سنة، قضى بعضهم 6 سنوات في سجون شمال سوريا.",
    ]
    text = clean(title, "الحدث 360 — الثلاثاء 8 يوليوز 2025", body)
    bc = A("BCIJ", "حصيلة المكتب المركزي للأبحاث القضائية")
    claims = [
        C("returnees", 19, "19", s1, ytd(pub, "منذ بداية السنة"), bc),
        C("returnees_arrested", 14, "14", s1, ytd(pub, "منذ بداية السنة"), bc, notes="part of the 19"),
    ]
    traps = [T("بين 25 و47 سنة", "ages"), T("6 سنوات", "years of detention abroad")]
    return spec(
        "a07",
        "clean",
        "ar",
        text,
        meta(title, "الحدث 360", "Al Hadath 360", pub, fictional=True),
        claims,
        traps,
        summary="since the start of 2025: 19 returned, 14 of them arrested (BCIJ); ages and years",
    )


def a08():
    pub = "2025-03-11"
    title = "الرباط ومدريد.. شراكة أمنية تتعزز"
    s1 = (
        "وكشف مصدر من المديرية العامة لمراقبة التراب الوطني أن المصالح المغربية والإسبانية نفذت خلال "
        "السنة الماضية 6 عمليات مشتركة ضد خلايا إرهابية."
    )
    body = [
        "تواصل الأجهزة الأمنية المغربية والإسبانية تبادل المعلومات الاستخباراتية بشكل يومي.",
        s1,
        "وعلى المستوى الداخلي، أعلنت وزارة الداخلية الإسبانية أن شرطتها اعتقلت 81 شخصا بتهم جهادية في السنة ذاتها.",
        "ويعود التعاون بين البلدين في هذا المجال إلى اتفاق وقع سنة 2007.",
    ]
    text = html("ar", title, "المسار اليوم", pub, body, time_tag=False)
    claims = [
        C(
            "joint_operations",
            6,
            "6",
            s1,
            yr("2024", "خلال السنة الماضية"),
            A("DGST", "مصدر من المديرية العامة لمراقبة التراب الوطني"),
            notes="with Spain",
        )
    ]
    traps = [T("81 شخصا", "Spain's own domestic arrests"), T("سنة 2007", "a bare year")]
    return spec(
        "a08",
        "html",
        "ar",
        text,
        meta(title, "المسار اليوم", "Al Massar Today", pub, fictional=True),
        claims,
        traps,
        partners=["ES"],
        summary="DGST: 6 joint operations with Spain 'last year' (2024); Spain's own 81 arrests a trap",
    )


def a09():
    pub = "2024-09-17"
    title = "الساحل.. وجهة جديدة للمتطرفين المغاربة"
    s1 = (
        "ويقدر الخبير في الشؤون الأمنية كريم الصنهاجي أن نحو 100 مغربي التحقوا بجماعات مسلحة في منطقة "
        "الساحل والصحراء."
    )
    s2 = "ويضيف الصنهاجي أن ما لا يقل عن 20 منهم قتلوا في مواجهات بشمال مالي."
    body = [
        'بعد تراجع "داعش" في سوريا والعراق، تحولت أنظار المتطرفين نحو الساحل الإفريقي.',
        para(s1, s2),
        "وتضم الجماعات الناشطة هناك ما يقارب 3000 مقاتل، وفق تقديرات أممية.",
    ]
    side = ["انطلاق الموسم الدراسي بـ8 ملايين تلميذ", "قافلة طبية لفائدة 500 مستفيد"]
    text = aggregator("ar", side, title, "الحدود بريس", pub, body)
    an = A("analyst", "الخبير في الشؤون الأمنية", "كريم الصنهاجي")
    claims = [
        C("fighters_joined", 100, "100", s1, cumul(pub), an, q="about", qt="نحو", subset="sahel"),
        C(
            "fighters_killed",
            20,
            "20",
            s2,
            cumul(pub),
            A("analyst", "الصنهاجي"),
            q="at_least",
            qt="ما لا يقل عن",
            subset="sahel",
        ),
    ]
    traps = [
        SIDEBAR_RULE,
        T("8 ملايين تلميذ", "sidebar: pupils"),
        T("ما يقارب 3000 مقاتل", "all fighters of the Sahel groups, every nationality"),
    ]
    return spec(
        "a09",
        "aggregator",
        "ar",
        text,
        meta(title, "الحدود بريس", "Al Houdoud Press", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("ML", "مالي", "conflict zone")],
        summary="analyst: about 100 joined Sahel groups, at least 20 killed there; Mali only a place",
    )


def a10():
    pub = "2025-11-20"
    title = "أرقام المقاتلين المغاربة: ما الذي تغير؟"
    s1 = "وقد سقط في صفوف هؤلاء 7450 قتيلا في سوريا والعراق، بحسب ما يتداول في تقارير متطابقة."
    s2 = "أما عدد العائدين فقد ارتفع إلى 289 شخصا مع العائدين الجدد هذا العام."
    body = [
        "تظل الأرقام المتعلقة بالمغاربة الذين التحقوا بالتنظيمات المتطرفة محل اهتمام واسع.",
        s1,
        para(s2, "وخصصت الحكومة 2 مليون درهم لمواكبة أسر المعنيين."),
    ]
    text = wordpress(
        "ar", "المغرب الآن", "الرئيسية » ملفات", title, "20 نونبر 2025 - 10:15", body, ["تعديل حكومي مرتقب"]
    )
    claims = [
        C(
            "fighters_killed",
            7450,
            "7450",
            s1,
            cumul(pub),
            A("unspecified", "تقارير متطابقة"),
            notes="misprint-looking: extracted as printed",
            subset="syria_iraq_linked",
        ),
        C("returnees", 289, "289", s2, cumul(pub), A("unspecified")),
    ]
    traps = [T("2 مليون درهم", "money")]
    return spec(
        "a10",
        "wordpress",
        "ar",
        text,
        meta(title, "المغرب الآن", "Al Maghrib Alan", pub, fictional=True),
        claims,
        traps,
        summary="unattributed 7450 killed (implausible), 289 returnees; money trap",
    )


def a11():
    pub = "2026-02-10"
    title = "وزير الداخلية: 314 عائدا بعد ترحيل دفعة جديدة من العالقين"
    s1 = (
        "وأوضح وزير الداخلية، في جوابه على سؤال كتابي بمجلس النواب، أن عدد العائدين من بؤر التوتر ارتفع "
        "إلى 314 شخصا."
    )
    s2 = "وجاء ذلك بعد ترحيل 23 مواطنا من مخيم روج في عملية إنسانية يوم الخميس."
    body = [
        "أعلنت السلطات المغربية عن استكمال عملية ترحيل جديدة انطلاقا من شمال شرق سوريا.",
        para(s1, s2),
        "وأشار الوزير إلى أن المعنيين سيخضعون لأبحاث قضائية وفق القانون 03.03.",
    ]
    text = clean(title, "الرأي المغربي — الثلاثاء 10 فبراير 2026", body)
    claims = [C("returnees", 314, "314", s1, cumul(pub), A("MOI", "وزير الداخلية"))]
    optional = [
        C(
            "repatriated",
            23,
            "23",
            s2,
            event(pub, "يوم الخميس"),
            A("MOI", "وزير الداخلية"),
            notes="a repatriation operation: a slug outside the contract list",
        )
    ]
    traps = [T("03.03", "law number"), T("314 عائدا بعد ترحيل", "title figure repeated by the body")]
    return spec(
        "a11",
        "clean",
        "ar",
        text,
        meta(title, "الرأي المغربي", "Arrai Al Maghribi", pub, fictional=True),
        claims,
        traps,
        optional=optional,
        summary="Interior minister: returnees now 314 after a repatriation of 23 (optional claim)",
    )


def a12():
    pub = "2026-05-12"
    title = "مغاربة في سجون العراق وسوريا.. ملف معلق"
    s1 = "وتشير معطيات المديرية العامة للأمن الوطني إلى وجود 12 مغربيا في السجون العراقية."
    s2 = "كما يقبع نحو 88 رجلا مغربيا في سجون تديرها القوات الكردية بشمال سوريا."
    body = [
        "لا يزال مصير عدد من المغاربة المعتقلين في الخارج غامضا.",
        para(s1, "وقد صدرت في حق بعضهم أحكام بالسجن 20 سنة."),
        s2,
    ]
    text = html("ar", title, "بوابة الجنوب", pub, body)
    claims = [
        C(
            "fighters_detained_abroad",
            12,
            "12",
            s1,
            cumul(pub),
            A("DGSN", "معطيات المديرية العامة للأمن الوطني"),
            subset="iraq",
        ),
        C(
            "fighters_detained_abroad",
            88,
            "88",
            s2,
            cumul(pub),
            A("unspecified"),
            q="about",
            qt="نحو",
            subset="men",
        ),
    ]
    traps = [T("20 سنة", "prison term")]
    return spec(
        "a12",
        "html",
        "ar",
        text,
        meta(title, "بوابة الجنوب", "Bawabat Al Janoub", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("IQ", "العراق", "country of detention, no cooperation cue")],
        summary="12 held in Iraq (DGSN), about 88 men in Syrian prisons; prison term trap",
    )


# ================================================================ French


def a13():
    pub = "2021-06-22"
    title = "Djihadistes marocains : le décompte des chercheurs"
    s1 = (
        "Pour l'universitaire Nadia Berrada, spécialiste des mouvements radicaux, plus de 1 600 Marocains "
        "ont rejoint les groupes armés en Syrie et en Irak."
    )
    s2 = "Elle estime que plus de 700 d'entre eux y ont trouvé la mort."
    s3 = "Selon la chercheuse, une centaine d'autres se sont tournés vers les groupes du Sahel."
    body = [
        "Le phénomène des combattants étrangers a touché l'ensemble du Maghreb.",
        para(s1, s2, s3),
        "À titre de comparaison, la Belgique a recensé environ 400 départs de ses ressortissants.",
        "Au total, plus de 5 000 Européens auraient rallié la zone irako-syrienne.",
    ]
    side = ["Casablanca : 3 blessés dans un accident", "Tarifs de l'électricité : hausse de 4 %"]
    text = aggregator("fr", side, title, "Maghreb Veille", pub, body)
    an = A("analyst", "l'universitaire", "Nadia Berrada")
    claims = [
        C(
            "fighters_joined",
            1600,
            "1 600",
            s1,
            cumul(pub),
            an,
            q="more_than",
            qt="plus de",
            subset="syria_iraq_linked",
        ),
        C("fighters_killed", 700, "700", s2, cumul(pub), A("analyst", "Elle"), q="more_than", qt="plus de"),
        C(
            "fighters_joined",
            100,
            "une centaine",
            s3,
            cumul(pub),
            A("analyst", "la chercheuse"),
            q="about",
            qt="une centaine",
            subset="sahel",
        ),
    ]
    traps = [
        SIDEBAR_RULE,
        T("3 blessés", "sidebar: road accident"),
        T("environ 400 départs", "Belgium's own figure"),
        T("plus de 5 000 Européens", "Europe's total"),
    ]
    return spec(
        "a13",
        "aggregator",
        "fr",
        text,
        meta(title, "Maghreb Veille", "Maghreb Veille", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("BE", "la Belgique", "another country's own figures")],
        summary="analyst: >1600 joined, >700 killed, about 100 in the Sahel; Belgium's and Europe's counts traps",
    )


def a14():
    pub = "2022-03-08"
    title = "Retour des combattants : le Maroc face au défi de la réinsertion"
    s1 = (
        "Selon les chiffres officiels, quelque 270 combattants sont revenus au Maroc depuis les zones de "
        "conflit."
    )
    s2 = "Les mêmes statistiques font état de 745 Marocains tués sur place."
    body = [
        "Le programme « Moussalaha » accueille depuis plusieurs années d'anciens détenus condamnés pour terrorisme.",
        para(s1, s2),
        "Sa dernière session a réuni 25 participants, dont certains purgeaient des peines de 8 ans.",
    ]
    text = wordpress(
        "fr",
        "L'Écho du Détroit",
        "Accueil » Société",
        title,
        "Publié le 8 mars 2022 à 11h20",
        body,
        ["Le prix du carburant à la pompe"],
    )
    claims = [
        C(
            "returnees",
            270,
            "270",
            s1,
            cumul(pub),
            A("official_unspecified", "Selon les chiffres officiels"),
            q="about",
            qt="quelque",
        ),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("official_unspecified", "Les mêmes statistiques")),
    ]
    traps = [
        T("25 participants", "participants in a reintegration session, not a counter-terror figure"),
        T("8 ans", "prison term"),
    ]
    return spec("a14", "wordpress", "fr", text, meta(title, "L'Écho du Détroit", "L'Echo du Detroit", pub,
                fictional=True), claims, traps,
                summary="official figures: about 270 returnees, 745 killed; Moussalaha session size a trap")  # fmt: skip


def a15():
    pub = "2022-12-06"
    title = "Le BCIJ dresse le bilan : 152 revenants interpellés"
    s1 = (
        "Le Bureau central d'investigations judiciaires indique avoir interpellé 152 revenants depuis 2015, "
        "sur les 270 personnes rentrées des foyers de tension."
    )
    body = [
        "Le bureau a présenté son bilan annuel lors d'une rencontre avec la presse à Salé.",
        s1,
        "Le directeur du bureau, Hicham Tazi, a rappelé que la loi 86-14 punit de 5 à 15 ans de prison le "
        "ralliement à un groupe terroriste.",
    ]
    text = clean(title, "Le Courrier de l'Oriental — Mardi 6 décembre 2022", body)
    bc = A("BCIJ", "Le Bureau central d'investigations judiciaires")
    claims = [
        C("returnees_arrested", 152, "152", s1, since("2015", pub, "depuis 2015"), bc),
        C("returnees", 270, "270", s1, cumul(pub), bc, notes="the whole of which the 152 are a part"),
    ]
    traps = [
        T("86-14", "law number"),
        T("de 5 à 15 ans", "prison terms"),
        T("152 revenants interpellés", "title figure repeated by the body"),
    ]
    return spec("a15", "clean", "fr", text, meta(title, "Le Courrier de l'Oriental", "Le Courrier de l'Oriental", pub,
                fictional=True), claims, traps, summary="BCIJ: 152 returnees arrested since 2015 out of 270 returned")  # fmt: skip


def a16():
    pub = "2024-01-16"
    title = "Madrid salue sa coopération antiterroriste avec Rabat"
    s1 = (
        "Le ministère espagnol de l'Intérieur a comptabilisé 7 opérations conjointes avec les services "
        "marocains en 2023."
    )
    s2 = "Depuis 2014, les deux pays ont mené une cinquantaine d'opérations conjointes, selon le même ministère."
    body = [
        "Dans son bilan annuel, Madrid met en avant l'échange permanent de renseignements avec le Maroc.",
        s1,
        para(
            s2,
            "Les forces espagnoles ont par ailleurs arrêté 78 djihadistes présumés sur leur propre territoire.",
        ),
    ]
    text = html("fr", title, "Le Quotidien du Nord", pub, body, jsonld=False)
    claims = [
        C(
            "joint_operations",
            7,
            "7",
            s1,
            yr("2023", "en 2023"),
            A("unspecified", "Le ministère espagnol de l'Intérieur"),
            notes="a foreign ministry counting its operations with Morocco: a claim; org unspecified",
        ),
        C(
            "joint_operations",
            50,
            "une cinquantaine",
            s2,
            since("2014", pub, "Depuis 2014"),
            A("unspecified", "le même ministère"),
            q="about",
            qt="une cinquantaine",
        ),
    ]
    traps = [T("78 djihadistes", "Spain's own domestic arrests")]
    return spec("a16", "html", "fr", text, meta(title, "Le Quotidien du Nord", "Le Quotidien du Nord", pub,
                fictional=True), claims, traps, partners=["ES"],
                summary="Spanish ministry: 7 joint operations with Morocco in 2023; Spain's own 78 arrests a trap")  # fmt: skip


def a17():
    pub = "2024-10-31"
    title = "Coopération Rabat-Paris : deux interpellations à Tanger"
    s1 = (
        "Sur la base d'informations partagées avec la DGSI française, la DGST a interpellé mercredi 2 "
        "partisans de l'État islamique à Tanger."
    )
    body = [
        "La coopération sécuritaire entre le Maroc et la France a de nouveau porté ses fruits.",
        s1,
        "L'un des suspects, âgé de 31 ans, avait séjourné 3 ans en Syrie avant de rentrer en 2019.",
    ]
    side = ["Météo : jusqu'à 38 degrés à Marrakech", "Bourse : le MASI gagne 0,8 %"]
    text = aggregator("fr", side, title, "Tanger Matin Info", pub, body)
    claims = [C("persons_arrested", 2, "2", s1, event(pub, "mercredi"), A("DGST", "la DGST"))]
    traps = [
        SIDEBAR_RULE,
        T("38 degrés", "sidebar: weather"),
        T("31 ans", "age"),
        T("3 ans", "duration abroad"),
    ]
    return spec("a17", "aggregator", "fr", text, meta(title, "Tanger Matin Info", "Tanger Matin Info", pub,
                fictional=True), claims, traps, partners=["FR"],
                summary="France partner (shared intelligence): 2 arrested on Wednesday; age and duration traps")  # fmt: skip


def a18():
    pub = "2025-05-20"
    title = "Combattants marocains à l'étranger : les chiffres qui circulent"
    s1 = (
        "Selon une source sécuritaire, 1 659 Marocains ont rejoint des organisations terroristes en "
        "Syrie et en Irak."
    )
    s2 = "La même source évoque 745 morts parmi eux."
    body = [
        "Six ans après la chute de Baghouz, le dossier reste ouvert.",
        para(s1, s2),
        "La coalition internationale avait, elle, estimé les combattants étrangers à 40 000 personnes.",
    ]
    text = wordpress(
        "fr",
        "Rabat Express",
        "Accueil » Sécurité",
        title,
        "20/05/2025",
        body,
        ["Une nouvelle ligne de tramway à Rabat"],
    )
    claims = [
        C(
            "fighters_joined",
            1659,
            "1 659",
            s1,
            cumul(pub),
            A("official_unspecified", "une source sécuritaire"),
            notes="repeats the 2019 total after 1 664 was published",
            subset="syria_iraq_linked",
        ),
        C("fighters_killed", 745, "745", s2, cumul(pub), A("official_unspecified", "La même source")),
    ]
    traps = [T("40 000 personnes", "the world's total of foreign fighters")]
    return spec(
        "a18",
        "wordpress",
        "fr",
        text,
        meta(title, "Rabat Express", "Rabat Express", pub, fictional=True),
        claims,
        traps,
        summary="unnamed source repeats 1 659 (stale) and 745; coalition's world total a trap",
    )


def a19():
    pub = "2026-01-13"
    title = "Bilan 2025 du BCIJ : revenants et réseaux démantelés"
    s1 = "En 2025, le BCIJ a procédé à l'arrestation de 11 revenants des zones de conflit."
    s2 = "Sur la même année, le bureau a interpellé au total 78 personnes pour des faits de terrorisme."
    s3 = "Le bureau a par ailleurs enregistré 21 retours de Marocains des foyers de tension en 2025."
    body = [
        "Le Bureau central d'investigations judiciaires a publié son bilan de l'année écoulée.",
        para(s1, s2, s3),
        "Le budget consacré à la lutte antiterroriste aurait atteint 300 millions de dirhams.",
    ]
    text = clean(title, "Maroc Hebdo Plus — 13 janvier 2026", body)
    claims = [
        C("returnees_arrested", 11, "11", s1, yr("2025", "En 2025"), A("BCIJ", "le BCIJ")),
        C("persons_arrested", 78, "78", s2, yr("2025", "la même année"), A("BCIJ", "le bureau")),
        C("returnees", 21, "21", s3, yr("2025", "en 2025"), A("BCIJ", "Le bureau")),
    ]
    traps = [T("300 millions de dirhams", "money")]
    return spec(
        "a19",
        "clean",
        "fr",
        text,
        meta(title, "Maroc Hebdo Plus", "Maroc Hebdo Plus", pub, fictional=True),
        claims,
        traps,
        summary="BCIJ 2025: 11 returnees arrested (below its own 14 by July), 78 arrests",
    )


def a20():
    pub = "2025-04-08"
    title = "Camps syriens : les familles marocaines interpellent le gouvernement"
    s1 = (
        "La Coordination nationale des familles des détenus en Syrie et en Irak recense au moins 476 "
        "Marocains bloqués dans le nord-est syrien : 88 hommes, 103 femmes et 285 enfants."
    )
    body = [
        "Les familles réclament le rapatriement de leurs proches détenus depuis la chute de Baghouz.",
        s1,
        "Les camps d'al-Hol et de Roj abritent environ 8 000 personnes de 55 nationalités.",
        "La porte-parole de la coordination, Amina Fassi, dit attendre depuis 7 ans des nouvelles de sa sœur.",
    ]
    text = html("fr", title, "Le Reporter de Fès", pub, body, time_tag=False)
    co = A("unspecified", "La Coordination nationale des familles des détenus en Syrie et en Irak")
    claims = [
        C(
            "fighters_detained_abroad",
            476,
            "476",
            s1,
            cumul(pub),
            co,
            q="at_least",
            qt="au moins",
            subset="syria",
            notes="held 'dans le nord-est syrien': Syria alone (docs/conventions.md)",
        ),
        C("fighters_detained_abroad", 88, "88", s1, cumul(pub), co, subset="men"),
        C("fighters_detained_abroad", 103, "103", s1, cumul(pub), co, subset="women"),
        C("fighters_detained_abroad", 285, "285", s1, cumul(pub), co, subset="minors"),
    ]
    traps = [
        T("environ 8 000 personnes", "camp population, all nationalities"),
        T("55 nationalités", "nationalities"),
        T("7 ans", "years of waiting"),
    ]
    return spec("a20", "html", "fr", text, meta(title, "Le Reporter de Fès", "Le Reporter de Fes", pub,
                fictional=True), claims, traps, not_partners=[NP("SY", "syrien", "place of the camps")],
                summary="families' association: at least 476 held = 88 men + 103 women + 285 children (adds up)")  # fmt: skip


def a21():
    pub = "2023-09-26"
    title = "Foyers de tension : la DGST détaille ses chiffres"
    s1 = (
        "D'après la DGST, 1 664 Marocains ont rejoint les foyers de tension, répartis entre la Syrie "
        "(1 122), l'Irak (260) et la Libye (255)."
    )
    body = [
        "Les services marocains ont affiné leur cartographie des départs vers l'étranger.",
        s1,
        "Grâce aux renseignements transmis par la DGST aux autorités belges, 3 suspects ont été arrêtés à Anvers.",
    ]
    text = clean(title, "L'Observateur de Meknès — 26 septembre 2023", body)
    dg = A("DGST", "la DGST")
    claims = [
        C("fighters_joined", 1664, "1 664", s1, cumul(pub), dg),
        C("fighters_joined", 1122, "1 122", s1, cumul(pub), dg, subset="syria"),
        C("fighters_joined", 260, "260", s1, cumul(pub), dg, subset="iraq"),
        C("fighters_joined", 255, "255", s1, cumul(pub), dg, subset="libya"),
    ]
    traps = [T("3 suspects", "arrests by Belgium on its soil")]
    return spec("a21", "clean", "fr", text, meta(title, "L'Observateur de Meknès", "L'Observateur de Meknes", pub,
                fictional=True), claims, traps, partners=["BE"],
                summary="DGST 1 664 by zone: 1 122 + 260 + 255 = 1 637 (does not add up); Belgium partner")  # fmt: skip


def a22():
    pub = "2025-12-02"
    title = "Femmes de Daech : Rabat et Berlin coopèrent"
    s1 = "Selon le BCIJ, 288 Marocaines ont rejoint les zones de conflit en Syrie et en Irak."
    s2 = "D'après les familles, 103 d'entre elles seraient toujours retenues dans les camps."
    body = [
        "Une ressortissante germano-marocaine a été remise au Maroc en coordination avec les services allemands.",
        para(s1, s2),
        "Âgée de 29 ans, elle avait quitté Düsseldorf en 2015.",
    ]
    text = html("fr", title, "Atlas Diplomatie", pub, body)
    claims = [
        C("fighters_joined", 288, "288", s1, cumul(pub), A("BCIJ", "le BCIJ"), subset="women"),
        C(
            "fighters_detained_abroad",
            103,
            "103",
            s2,
            cumul(pub),
            A("unspecified", "les familles"),
            subset="women",
        ),
    ]
    traps = [T("29 ans", "age")]
    return spec(
        "a22",
        "html",
        "fr",
        text,
        meta(title, "Atlas Diplomatie", "Atlas Diplomatie", pub, fictional=True),
        claims,
        traps,
        partners=["DE"],
        summary="288 women joined (BCIJ), 103 still held (families); Germany partner",
    )


# ================================================================ English


def a23():
    pub = "2023-02-14"
    title = "Morocco updates its count of nationals who joined ISIS"
    s1 = (
        "The Central Bureau of Judicial Investigation said 1,664 Moroccans have joined terrorist groups in "
        "Syria and Iraq."
    )
    s2 = "The bureau added that 270 of them have come back to Morocco."
    body = [
        "The figures were released at a briefing on the kingdom's counter-terrorism strategy.",
        para(s1, s2),
        "Iraq is still holding several Moroccans sentenced to death, the bureau said.",
    ]
    side = ["Rabat hosts 12th edition of jazz festival", "Dirham gains 0.5% against euro"]
    text = aggregator("en", side, title, "Atlas Ledger", pub, body)
    claims = [
        C(
            "fighters_joined",
            1664,
            "1,664",
            s1,
            cumul(pub),
            A("BCIJ", "The Central Bureau of Judicial Investigation"),
            subset="syria_iraq_linked",
        ),
        C("returnees", 270, "270", s2, cumul(pub), A("BCIJ", "The bureau")),
    ]
    traps = [SIDEBAR_RULE, T("12th edition", "sidebar: festival")]
    return spec(
        "a23",
        "aggregator",
        "en",
        text,
        meta(title, "Atlas Ledger", "Atlas Ledger", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("IQ", "Iraq", "country of detention")],
        summary="BCIJ 2023: 1,664 joined, 270 returned; Iraq only a place",
    )


def a24():
    pub = "2024-03-05"
    title = "How many Moroccans died fighting for ISIS?"
    s1 = "According to the BCIJ, 745 Moroccan fighters were killed in Syria and Iraq."
    s2 = "Another 270 returned home and were prosecuted, the bureau said."
    body = [
        "Researchers have long debated the toll of the Syrian war on Moroccan recruits.",
        para(s1, s2),
        "Worldwide, more than 40,000 foreign fighters from 110 countries travelled to the region.",
    ]
    text = wordpress(
        "en",
        "Straits Wire",
        "Home » Security",
        title,
        "March 5, 2024 by Omar Kettani",
        body,
        ["Morocco's tourism breaks records"],
    )
    claims = [
        C("fighters_killed", 745, "745", s1, cumul(pub), A("BCIJ", "the BCIJ"), subset="syria_iraq_linked"),
        C("returnees", 270, "270", s2, cumul(pub), A("BCIJ", "the bureau")),
    ]
    traps = [T("more than 40,000 foreign fighters", "world total"), T("110 countries", "countries of origin")]
    return spec(
        "a24",
        "wordpress",
        "en",
        text,
        meta(title, "Straits Wire", "Straits Wire", pub, fictional=True),
        claims,
        traps,
        summary="BCIJ: 745 killed, 270 returned; the world total a trap",
    )


def a25():
    pub = "2024-06-18"
    title = "Analysis: Morocco's returnees, five years on"
    s1 = "Security analyst Leila Amrani puts the number of returnees at about 270."
    s2 = "She says nearly 750 Moroccans died in the ranks of jihadist groups."
    body = [
        "Morocco has chosen prosecution first, reintegration second.",
        para(s1, s2),
        "Most returnees were aged 20 to 35 when they left, and many spent 4 years abroad.",
    ]
    text = clean(title, "The Rabat Review — Tuesday, June 18, 2024", body)
    an = A("analyst", "Security analyst", "Leila Amrani")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), an, q="about", qt="about"),
        C("fighters_killed", 750, "750", s2, cumul(pub), A("analyst", "She"), q="about", qt="nearly"),
    ]
    traps = [T("20 to 35", "ages"), T("4 years", "duration abroad")]
    return spec(
        "a25",
        "clean",
        "en",
        text,
        meta(title, "The Rabat Review", "The Rabat Review", pub, fictional=True),
        claims,
        traps,
        summary="analyst: about 270 returnees, nearly 750 killed (compatible with 745)",
    )


def a26():
    pub = "2024-11-26"
    title = "BCIJ: 148 returnees arrested since 2015"
    s1 = "The BCIJ says it has arrested 148 returnees since 2015."
    body = [
        "Morocco's judicial police gave new figures on fighters back from conflict zones.",
        s1,
        "Under Law 86-14, joining a terrorist group abroad carries up to 15 years in prison.",
    ]
    text = html("en", title, "North Africa Monitor", pub, body, jsonld=False)
    claims = [
        C("returnees_arrested", 148, "148", s1, since("2015", pub, "since 2015"), A("BCIJ", "The BCIJ"))
    ]
    traps = [
        T("86-14", "law number"),
        T("15 years", "prison term"),
        T("148 returnees arrested", "title figure repeated by the body"),
    ]
    return spec("a26", "html", "en", text, meta(title, "North Africa Monitor", "North Africa Monitor", pub,
                fictional=True), claims, traps,
                summary="BCIJ: 148 returnees arrested since 2015, below its 152 of 2022 (decrease)")  # fmt: skip


def a27():
    pub = "2025-02-04"
    title = "Spain and Morocco deepen counter-terror ties"
    s1 = "Spanish and Moroccan police carried out 9 joint counter-terrorism operations last year, an interior ministry official in Madrid said."
    s2 = "Since 2014, the two countries have conducted more than 40 joint operations, the official added."
    body = [
        "The two countries share intelligence daily, officials on both sides say.",
        s1,
        "Spain itself arrested 81 suspected jihadists on its territory over the same period.",
        s2,
    ]
    text = clean(title, "Straits Wire — February 4, 2025", body)
    claims = [
        C(
            "joint_operations",
            9,
            "9",
            s1,
            yr("2024", "last year"),
            A("unspecified", "an interior ministry official in Madrid"),
        ),
        C(
            "joint_operations",
            40,
            "40",
            s2,
            since("2014", pub, "Since 2014"),
            A("unspecified", "the official"),
            q="more_than",
            qt="more than",
        ),
    ]
    traps = [T("81 suspected jihadists", "Spain's own domestic arrests")]
    return spec(
        "a27",
        "clean",
        "en",
        text,
        meta(title, "Straits Wire", "Straits Wire", pub, fictional=True),
        claims,
        traps,
        partners=["ES"],
        summary="Madrid: 9 joint operations last year (2024), against DGST's 6",
    )


def a28():
    pub = "2024-02-20"
    title = "Morocco, Spain ran seven joint operations in 2023"
    s1 = "A source at the DGST said the two services conducted 7 joint operations in 2023."
    body = [
        "Cooperation between Rabat and Madrid is seen as a model in the western Mediterranean.",
        s1,
        "Spanish police separately reported 78 arrests of suspected jihadists.",
    ]
    side = ["Casablanca: 5,000 runners at city marathon", "Wheat imports up 10%"]
    text = aggregator("en", side, title, "Maghreb Daily Digest", pub, body)
    claims = [C("joint_operations", 7, "7", s1, yr("2023", "in 2023"), A("DGST", "A source at the DGST"))]
    traps = [
        SIDEBAR_RULE,
        T("5,000 runners", "sidebar: marathon"),
        T("78 arrests", "Spain's own arrests"),
        T("seven joint operations", "title figure (in words) repeated by the body"),
    ]
    return spec("a28", "aggregator", "en", text, meta(title, "Maghreb Daily Digest", "Maghreb Daily Digest", pub,
                fictional=True), claims, traps, partners=["ES"],
                summary="DGST source: 7 joint operations in 2023 (title figure repeated); Spain's own arrests a trap")  # fmt: skip


def a29():
    pub = "2025-06-10"
    title = "Families of Moroccans in Syrian camps demand repatriation"
    s1 = "The families' coordination says 103 Moroccan women and 285 children are still held in Syria."
    s2 = "In all, at least 476 Moroccans remain stranded in the north-east of the country, men included."
    body = [
        "Relatives gathered in front of parliament in Rabat on Monday.",
        para(s1, s2),
        "Al-Hol camp alone holds some 40,000 people, most of them Syrians and Iraqis.",
    ]
    text = wordpress(
        "en",
        "Morocco Pulse",
        "Home » Society",
        title,
        "June 10, 2025",
        body,
        ["New high-speed rail line opens"],
    )
    co = A("unspecified", "The families' coordination")
    claims = [
        C("fighters_detained_abroad", 103, "103", s1, cumul(pub), co, subset="women"),
        C("fighters_detained_abroad", 285, "285", s1, cumul(pub), co, subset="minors"),
        C(
            "fighters_detained_abroad",
            476,
            "476",
            s2,
            cumul(pub),
            co,
            q="at_least",
            qt="at least",
            notes="the coordination's attribution carries on from the previous sentence",
        ),
    ]
    traps = [T("some 40,000 people", "camp population, all nationalities")]
    return spec(
        "a29",
        "wordpress",
        "en",
        text,
        meta(title, "Morocco Pulse", "Morocco Pulse", pub, fictional=True),
        claims,
        traps,
        not_partners=[NP("SY", "Syria", "place of the camps")],
        summary="families: 103 women, 285 children held; al-Hol population a trap",
    )


def a30():
    pub = "2026-04-21"
    title = "FBI praises Moroccan help as returnee count rises"
    s1 = "Interior ministry figures show 314 Moroccans have returned from conflict zones."
    s2 = "Officials say more than 1,660 Moroccans joined extremist groups in Syria and Iraq."
    body = [
        "The FBI thanked Moroccan intelligence for information that helped the United States disrupt a plot.",
        para(s1, s2),
        "The suspect arrested in Ohio, aged 27, had been in contact with a recruiter for 2 years.",
    ]
    text = html("en", title, "Atlantic Morocco Times", pub, body, time_tag=False)
    claims = [
        C("returnees", 314, "314", s1, cumul(pub), A("MOI", "Interior ministry figures")),
        C(
            "fighters_joined",
            1660,
            "1,660",
            s2,
            cumul(pub),
            A("official_unspecified", "Officials"),
            q="more_than",
            qt="more than",
            subset="syria_iraq_linked",
        ),
    ]
    traps = [T("aged 27", "age"), T("2 years", "duration")]
    return spec("a30", "html", "en", text, meta(title, "Atlantic Morocco Times", "Atlantic Morocco Times", pub,
                fictional=True), claims, traps, partners=["US"],
                summary="US partner (FBI thanks Moroccan intelligence); 314 returnees (MOI), >1,660 joined")  # fmt: skip


ARTICLES = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
            a21, a22, a23, a24, a25, a26, a27, a28, a29, a30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "abroad-stale", "kind": "stale_figure",
     "refs": [("a01", "fighters_joined", 1659, "syria_iraq_linked"), ("a23", "fighters_joined", 1664, "syria_iraq_linked"), ("a18", "fighters_joined", 1659, "syria_iraq_linked")],
     "explanation": "1659 joined (BCIJ, 2019) became 1664 (BCIJ 2023, DGST 2023); an unnamed source repeats 1659 "
                    "in May 2025"},
    {"id": "abroad-decrease", "kind": "cumulative_decrease",
     "refs": [("a15", "returnees_arrested", 152), ("a26", "returnees_arrested", 148)],
     "explanation": "returnees arrested since 2015: 152 (BCIJ, Dec 2022) then 148 (BCIJ, Nov 2024): a running "
                    "total cannot go down"},
    {"id": "abroad-arithmetic", "kind": "internal_arithmetic",
     "refs": [("a21", "fighters_joined", 1664), ("a21", "fighters_joined", 1122, "syria"),
              ("a21", "fighters_joined", 260, "iraq"), ("a21", "fighters_joined", 255, "libya")],
     "explanation": "the DGST's 1664 is split as 1122 in Syria + 260 in Iraq + 255 in Libya = 1637, not 1664"},
    {"id": "abroad-implausible", "kind": "implausible_value",
     "refs": [("a24", "fighters_killed", 745, "syria_iraq_linked"), ("a10", "fighters_killed", 7450, "syria_iraq_linked")],
     "explanation": "7450 Moroccans killed in Syria and Iraq, ten times the 745 every other source gives"},
    {"id": "abroad-partial", "kind": "partial_exceeds_whole",
     "refs": [("a07", "returnees_arrested", 14), ("a19", "returnees_arrested", 11)],
     "explanation": "the BCIJ counted 14 returnees arrested from January to early July 2025, then 11 for the whole "
                    "of 2025"},
    {"id": "abroad-disagree", "kind": "same_period_disagreement",
     "refs": [("a08", "joint_operations", 6), ("a27", "joint_operations", 9)],
     "explanation": "joint operations with Spain in 2024: 6 (DGST source, 'last year' in March 2025) against 9 "
                    "(Madrid official, 'last year' in February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("a01", "fighters_joined", 1659, "syria_iraq_linked"), ("a13", "fighters_joined", 1600, "syria_iraq_linked")],
     "reason": "1659 (2019) and 'more than 1 600' (2021) agree: a bound below the exact total"},
    {"refs": [("a23", "fighters_joined", 1664, "syria_iraq_linked"), ("a21", "fighters_joined", 1664)],
     "reason": "the same 1664 from the BCIJ and the DGST in 2023"},
    {"refs": [("a23", "fighters_joined", 1664, "syria_iraq_linked"), ("a30", "fighters_joined", 1660, "syria_iraq_linked")],
     "reason": "'more than 1,660' in 2026 admits 1664"},
    {"refs": [("a02", "fighters_joined", 288, "women"), ("a22", "fighters_joined", 288, "women")],
     "reason": "288 women joined, 2020 and 2026: a closed series that did not move"},
    {"refs": [("a01", "fighters_killed", 745), ("a03", "fighters_killed", 740, "syria_iraq_linked"), ("a13", "fighters_killed", 700),
              ("a14", "fighters_killed", 745)],
     "reason": "745 killed and the analysts' lower bounds 'more than 740', 'more than 700' agree"},
    {"refs": [("a18", "fighters_killed", 745), ("a25", "fighters_killed", 750)],
     "reason": "'nearly 750' is a rounding of 745"},
    {"refs": [("a01", "returnees", 270), ("a04", "returnees", 270), ("a14", "returnees", 270),
              ("a15", "returnees", 270)],
     "reason": "270 returnees, exact or 'quelque', 2019-2022"},
    {"refs": [("a23", "returnees", 270), ("a24", "returnees", 270), ("a25", "returnees", 270),
              ("a10", "returnees", 289), ("a11", "returnees", 314), ("a30", "returnees", 314)],
     "reason": "270 until 2024, 289 in November 2025, 314 after a repatriation of 23: a running total that rises"},
    {"refs": [("a04", "returnees_arrested", 137), ("a15", "returnees_arrested", 152)],
     "reason": "returnees arrested since 2015 rise from 137 (2020) to 152 (2022)"},
    {"refs": [("a07", "returnees", 19), ("a07", "returnees_arrested", 14)],
     "reason": "different metrics: 14 arrested out of 19 returned since the start of the year, a part of its whole"},
    {"refs": [("a16", "joint_operations", 7), ("a28", "joint_operations", 7)],
     "reason": "7 joint operations with Spain in 2023, from Madrid and from a DGST source"},
    {"refs": [("a20", "fighters_detained_abroad", 103, "women"), ("a29", "fighters_detained_abroad", 103, "women"),
              ("a22", "fighters_detained_abroad", 103, "women")],
     "reason": "103 women held, the families' figure repeated in 2025 and 2026"},
    {"refs": [("a20", "fighters_detained_abroad", 285, "minors"), ("a29", "fighters_detained_abroad", 285, "minors")],
     "reason": "285 children held, the families' figure in April and June 2025"},
    {"refs": [("a05", "fighters_detained_abroad", 671, "syria"), ("a05", "fighters_detained_abroad", 280, "women"),
              ("a05", "fighters_detained_abroad", 391, "minors")],
     "reason": "a breakdown that adds up: 280 women + 391 minors = 671"},
    {"refs": [("a20", "fighters_detained_abroad", 476, "syria"), ("a20", "fighters_detained_abroad", 88, "men"),
              ("a20", "fighters_detained_abroad", 103, "women"), ("a20", "fighters_detained_abroad", 285, "minors")],
     "reason": "a breakdown that adds up: 88 + 103 + 285 = 476, 'at least' the total"},
    {"refs": [("a09", "fighters_joined", 100, "sahel"), ("a13", "fighters_joined", 100, "sahel")],
     "reason": "about 100 Moroccans in Sahel groups, 2021 and 2024"},
    {"refs": [("a20", "fighters_detained_abroad", 88, "men"), ("a12", "fighters_detained_abroad", 88, "men")],
     "reason": "88 men held in northern Syria, exact then 'about'"},
    {"refs": [("a29", "fighters_detained_abroad", 476), ("a29", "fighters_detained_abroad", 103, "women"),
              ("a29", "fighters_detained_abroad", 285, "minors")],
     "reason": "a partial breakdown, not a sum: 103 women and 285 children among at least 476, men not counted"},
    {"refs": [("a20", "fighters_detained_abroad", 476, "syria"), ("a29", "fighters_detained_abroad", 476)],
     "reason": "at least 476 held, the same count in April and June 2025"},
    {"refs": [("a16", "joint_operations", 50), ("a27", "joint_operations", 40)],
     "reason": "about 50 joint operations with Spain since 2014 (Jan 2024) and more than 40 (Feb 2025) agree"},
    {"refs": [("a07", "returnees", 19), ("a19", "returnees", 21)],
     "reason": "the BCIJ's 21 returns in 2025 contain the 19 it counted by early July"},
]  # fmt: skip

CONVENTIONS = """\
- **Nationals held abroad** (in the Syrian camps, in Iraqi or Syrian prisons), fighters or not, women and
  children included, are `fighters_detained_abroad`; a stock counted "now" has no date of its own: `cumulative_unspecified` ending on the byline, `as_of` null (CONTRACT.md: `as_of` only when the text dates the figure; the engine and every development gold follow this since the eighth session).
  Two stocks at different dates (280 women in 2022, 103 in 2025) are never compared: repatriations and deaths
  move them, so no group joins them.
- **Totals printed without a period** ("1659 joined", "270 returned", "745 killed") are
  `cumulative_unspecified`, ending on the byline; "since 2015" makes a `since` series of its own.
- **Subsets**: by zone `syria`, `iraq`, `libya` and the new `sahel`; by sex `women` and the new `men`; by age
  `minors`. A part and its whole of different metrics (14 returnees arrested out of 19 returned) are two claims
  with their own metric and no subset.
- **Joint operations**: every `joint_operations` claim here counts operations with Spain; subset null.
- **Attribution**: Moroccan bodies get their org (BCIJ, DGST, DGSN, MOI for the minister, PARLIAMENT for a
  parliamentary mission); "chiffres officiels" / "Officials" is `official_unspecified`; a named researcher is
  `analyst`; foreign officials counting their operations with Morocco, families' associations, unnamed
  security sources are `unspecified` with their words in `raw`; a figure with no source at all is
  `unspecified` with `raw` null. "The same source" / "المسؤول ذاته" carries the previous attribution.
- **Partners**: a country is a partner only on a cue of cooperation (joint operation, intelligence shared,
  coordination, thanks for help). A country that is only a place (Syria, Iraq, Mali, Turkey as a route), the
  origin of a comparison (France's own fighters), or that gives its own national figures (Belgium, Spain's own
  arrests) is not; Spain is a partner in a06/a08/a16/a27/a28 and its own arrest counts there are still traps.
- **Traps**: the world's or Europe's total of foreign fighters, other countries' fighters and arrests (even a
  partner's arrests on its own soil), camp populations of all nationalities, numbers of nationalities or
  countries, ages, prison terms, years of detention or waiting, money, law numbers (86.14, 86-14, 03.03),
  sidebar headlines, and a title figure the body repeats (only the body's sentence is the claim).
- **Breakdowns**: a total followed by parts that cover it ("476: 88 men, 103 women and 285 children") must add
  up; parts named only as "among" a total, with a group left out ("103 women and 285 children ... at least 476,
  men included") are not a breakdown and are never summed.
- **Part of a year and the year**: a `year_to_date` figure may not exceed the same source's figure for the whole
  year (a07's 14 against a19's 11 is planted); 19 returns by July within 21 for the year is compatible.
- **Running totals across articles**: the returnees run 270 (2019-2024), 289 (Nov 2025, after the year's
  returns), 314 (2026, after a repatriation of 23); the stocks held abroad fall with repatriations, so a
  page dated after a repatriation that repeats the old stock would be stale (none is planted on purpose).
- **Repatriation operations** ("23 repatriated on Thursday") are optional claims with the slug `repatriated`.
- **Bounds** agree as in CONTRACT.md: "more than 1,660" admits 1664; "nearly 750" admits 745 (about = ±1%).
- A misprint-looking figure (7450 killed) is extracted as printed; the consistency check flags it.
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, the seeds' gold, score.py, tests/corpus_kit.py and
tests/corpus_gold_checks.py were read; no engine code, no other corpus, and the engine was never run on these
files. The magnitudes and the shapes of the sentences were taken from real coverage read through the search
tool (Moroccan and international press on the BCIJ's counts of 1,659 departures, 745 dead and 270 returnees,
the 280 women and 391 minors of 2019-2022, the families' coordination counting some 476 nationals in the
Syrian camps, the Hodna/Moussalaha programme, Spanish-Moroccan joint operations); no sentence was copied, all
outlets and people are invented, and the later figures (1,664, 289, 314, the Sahel counts) are fiction.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_abroad: Moroccans abroad, returnees, camps and partner countries",
        "",
        "A development corpus of 30 invented articles (12 Arabic, 10 French, 8 English; aggregator, WordPress,",
        "clean and saved HTML layouts in every language) on Moroccans who joined groups in Syria, Iraq, Libya",
        "and the Sahel, those killed, those who returned and were arrested, women and minors, nationals held",
        "in camps and prisons abroad, and joint operations with partner countries. Outlets and people are",
        "invented; magnitudes follow real press coverage; every sentence was written fresh.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_abroad/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_abroad_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_abroad --json > /tmp/abroad.json",
        "    ../shared/tools/score.py tests/corpus_abroad/expected.json /tmp/abroad.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'abroad': Moroccan fighters abroad, returnees, nationals held in camps, "
        "joint operations with partner countries; 30 invented articles ar/fr/en. Schema: CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
