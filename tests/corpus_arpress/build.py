"""Build the "arpress" development corpus: 20 invented articles (14 Arabic, 3 French, 3 English) in the styles of
the Moroccan Arabic-language daily press: operation reports relaying DGST communiqués, running totals since 2002,
the BCIJ's record since March 2015, fighters and returnees, women and minors, interviews, press reviews and
agency (و.م.ع) dispatches; with their gold (expected.json) and README.md.

    .venv/bin/python tests/corpus_arpress/build.py [--out DIR]

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

DGST_FULL = "المديرية العامة لمراقبة التراب الوطني"

# ================================================================ Arabic


def a01():
    pub, outlet = "2025-03-10", "نبض الرباط"
    title = "تطوان: تفكيك خلية موالية لداعش كانت تخطط لاستهداف منشآت حيوية"
    s1 = (
        "أفاد بلاغ للمديرية العامة لمراقبة التراب الوطني أن عناصر المكتب المركزي للأبحاث القضائية تمكنت، "
        "يوم الأحد، من توقيف ٤ متطرفين ينشطون بمدينتي تطوان وشفشاون."
    )
    s2 = "وبهذه العملية يرتفع عدد الخلايا الإرهابية التي جرى تفكيكها منذ سنة 2002 إلى أزيد من 210 خلايا، وفق البلاغ ذاته."
    body = [
        para(s1, "وتتراوح أعمار المشتبه فيهم بين 22 و35 سنة، وجرت العملية ليلة 9 رمضان 1446."),
        "وحجزت المصالح الأمنية أسلحة بيضاء ومخطوطات تحريضية ومعدات إلكترونية.",
        s2,
        "وسيتم تقديم الموقوفين أمام النيابة العامة المختصة بمجرد انتهاء البحث.",
    ]
    side = ["الرجاء يفوز 2-0 على ضيفه", "ارتفاع أسعار الطماطم إلى 12 درهما للكيلوغرام"]
    text = aggregator("ar", side, title, outlet, pub, body)
    dgst = A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 4, "٤", s1, event(pub, "يوم الأحد"), dgst),
        C("cells_dismantled", 210, "210", s2, since("2002", pub, "منذ سنة 2002"), dgst, q="more_than",
          qt="أزيد من"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("2-0", "sidebar: football score"), T("12 درهما", "sidebar: a price"),
             T("بين 22 و35 سنة", "ages"), T("9 رمضان 1446", "a Hijri date")]  # fmt: skip
    return spec("a01", "aggregator", "ar", text, meta(title, outlet, "Nabd Arribat", pub, fictional=True), claims,
                traps, summary="a DGST communiqué relayed by an aggregator: four arrests written in Arabic-Indic "
                "digits (Sunday event) and 'أزيد من 210 خلايا منذ 2002'; Hijri date, ages, sidebar")  # fmt: skip


def a02():
    pub = "2024-11-18"
    title = "210 خلايا مفككة منذ 2002.. أرقام تلخص عقدين من اليقظة الأمنية"
    s1 = (
        "كشفت معطيات رسمية للمديرية العامة لمراقبة التراب الوطني أن المصالح الأمنية فككت 210 خلايا إرهابية "
        "منذ سنة 2002."
    )
    s2 = "وحسب المعطيات ذاتها، فقد تم توقيف ما يفوق 4300 شخص في قضايا ذات صلة بالإرهاب خلال الفترة نفسها."
    body = [
        "بعد أزيد من عقدين على صدور القانون 03.03 المتعلق بمكافحة الإرهاب، تواصل الأجهزة الأمنية عملها الاستباقي.",
        s1,
        s2,
        "وأسهم التنسيق مع الشرطة الإسبانية في عدد من هذه العمليات، خاصة في شمال المملكة.",
        "ويؤكد مراقبون أن هذه الأرقام تعكس تحولا في طبيعة التهديد، إذ باتت الخلايا أصغر حجما وأكثر اعتمادا على "
        "الفضاء الرقمي في الاستقطاب والتمويل.",
    ]
    text = wordpress("ar", "العمق اليومي", "الرئيسية » مجتمع", title, "الإثنين 18 نونبر 2024 - 11:05", body,
                     ["افتتاح 4 مستشفيات جهوية بجهة الشرق"])  # fmt: skip
    dgst = A("DGST", "معطيات رسمية للمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C("persons_arrested", 4300, "4300", s2, since("2002", pub, "خلال الفترة نفسها"), dgst, q="more_than",
          qt="ما يفوق"),
    ]  # fmt: skip
    traps = [T("03.03", "law number"), T("11:05", "time of day"), T("4 مستشفيات", "related headline")]
    return spec("a02", "wordpress", "ar", text, meta(title, "العمق اليومي", "Al Omk Alyawmi", pub, fictional=True),
                claims, traps, partners=["ES"], summary="official DGST data: 210 cells since 2002 (exact) and more "
                "than 4300 arrested, period inherited ('خلال الفترة نفسها'); title repeats 210; partner Spain; law "
                "number")  # fmt: skip


def a03():
    pub = "2025-04-22"
    title = "وجدة: توقيف خمسة متطرفين بينهم امرأتان"
    s1 = (
        "أوقفت عناصر المكتب المركزي للأبحاث القضائية، يوم الإثنين، خمسة أشخاص، بينهم امرأتان، يشتبه في "
        "ارتباطهم بتنظيم داعش، بحسب بلاغ للمديرية العامة لمراقبة التراب الوطني."
    )
    body = [
        "وجدة - مراسلة خاصة",
        s1,
        "وأوضح البلاغ أن المرأتين كانتا تتوليان الدعاية للتنظيم عبر منصات التواصل الاجتماعي.",
        "وأشار المصدر إلى أن أحد المشتبه فيهم، البالغ من العمر 17 سنة، كان يسعى للتسلل عبر الحدود مع الجزائر.",
        "وتم حجز هواتف محمولة وخرائط لمواقع حساسة.",
        "وتأتي هذه العملية في سياق الجهود المتواصلة لتحييد التهديدات المرتبطة بالتنظيمات المتطرفة الناشطة في "
        "منطقة الساحل، والتي تسعى إلى استقطاب شباب من المنطقة الشرقية عبر شبكات التواصل.",
        "وقد وضع الموقوفون تحت تدبير الحراسة النظرية رهن إشارة البحث القضائي الذي تشرف عليه النيابة العامة.",
    ]
    text = clean(title, "الشرق24 — الثلاثاء 22 أبريل 2025", body)
    dgst = A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "يوم الإثنين"), dgst),
        C("persons_arrested", 2, "امرأتان", s1, event(pub, "يوم الإثنين"), dgst, subset="women"),
    ]
    traps = [T("17 سنة", "age of a suspect")]
    return spec("a03", "clean", "ar", text, meta(title, "الشرق24", "Acharq24", pub, fictional=True, city="وجدة"),
                claims, traps, not_partners=[NP("DZ", "الجزائر", "a border named, not a partner")],
                summary="a regional site: five arrested (word) on Monday, of whom two women (dual 'امرأتان' in the same sentence, subset "
                "women); Algeria mentioned, age of a minor")  # fmt: skip


def a04():
    pub = "2024-12-20"
    title = "مدير المكتب المركزي للأبحاث القضائية يستعرض حصيلة المكتب"
    s1 = (
        "وأكد مدير المكتب المركزي للأبحاث القضائية أن المكتب تمكن من تفكيك 96 خلية إرهابية منذ إحداثه في "
        "مارس 2015."
    )
    s2 = "وأضاف المسؤول الأمني أن المكتب أوقف ألفا وثلاثمائة شخص منذ إحداثه في مارس 2015."
    body = [
        "خلال لقاء مع الصحافة بمقر المكتب بسلا، قدم المسؤول حصيلة تسع سنوات من العمل.",
        s1,
        s2,
        "وأشاد بتبادل المعلومات مع الأجهزة الفرنسية والبلجيكية، الذي مكن من إحباط مخططات داخل أوروبا.",
        "وسجلت أوروبا وحدها 120 هجوما خلال العقد الأخير، حسب تقرير أوروبي.",
    ]
    text = html("ar", title, "الأخبار الجديدة", pub, body, aside=["حجز 3 أطنان من الشيرا بميناء طنجة"])
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 96, "96", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"), bcij),
        C("persons_arrested", 1300, "ألفا وثلاثمائة", s2, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
          A("BCIJ", "المسؤول الأمني")),
    ]  # fmt: skip
    traps = [T("120 هجوما", "Europe's figure, not Morocco's"), T("3 أطنان", "aside headline"),
             T("تسع سنوات", "a duration")]  # fmt: skip
    return spec("a04", "html", "ar", text, meta(title, "الأخبار الجديدة", "Al Akhbar Aljadida", pub, fictional=True),
                claims, traps, partners=["FR", "BE"], summary="the BCIJ director's record since March 2015: 96 "
                "cells and 'ألفا وثلاثمائة' arrested (accusative number words); partners France and Belgium; "
                "Europe's figure; time tag and JSON-LD")  # fmt: skip


def a05():
    pub = "2025-05-16"
    title = "في الذكرى 22 لأحداث الدار البيضاء.. المغرب يواصل تفكيك الخلايا"
    s1 = (
        "وبحسب معطيات المديرية العامة لمراقبة التراب الوطني، فككت المصالح الأمنية 214 خلية إرهابية منذ "
        "سنة 2002."
    )
    s2 = "كما أحبطت أكثر من 500 مخطط إرهابي منذ سنة 2002، وفق المصدر ذاته."
    body = [
        "تحل اليوم ذكرى تفجيرات 16 ماي 2003 التي خلفت 45 قتيلا بالدار البيضاء.",
        s1,
        s2,
        "ويرى متابعون أن عشرات المخططات الأخرى أحبطت في مراحلها الأولى دون الإعلان عنها.",
        "ووضعت عائلات الضحايا أكاليل الزهور أمام النصب التذكاري بساحة محمد الخامس، في حفل حضره ممثلون عن "
        "السلطات المحلية وهيئات المجتمع المدني.",
    ]
    text = wordpress("ar", "كازا تايمز", "الرئيسية » وطنية", title, "16 ماي 2025 | 09:40", body,
                     ["تأهل 3 أندية مغربية إلى ربع النهائي"])  # fmt: skip
    dgst = A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "منذ سنة 2002"), dgst),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "منذ سنة 2002"), A("DGST", "المصدر ذاته"),
          q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("16 ماي 2003", "the date of the 2003 attacks"), T("45 قتيلا", "the toll of one past attack"),
             T("الذكرى 22", "anniversary ordinal"), T("عشرات", "vague count")]  # fmt: skip
    return spec("a05", "wordpress", "ar", text, meta(title, "كازا تايمز", "Casa Times", pub, fictional=True),
                claims, traps, summary="anniversary piece of 16 May: DGST data, 214 cells and more than 500 plots "
                "since 2002; the attack's toll and date, the anniversary ordinal, 'عشرات' vague")  # fmt: skip


def a06():
    pub = "2025-07-14"
    title = "حوار | باحث في الجماعات المتطرفة: خطر العائدين لم ينته"
    s1 = (
        "س: ما حجم الظاهرة اليوم؟ ج: وزارة الداخلية تتحدث عن 1659 مغربيا التحقوا بالتنظيمات المتطرفة في "
        "سوريا والعراق."
    )
    s2 = "وأعتقد أن أزيد من ألف منهم انضموا إلى صفوف داعش تحديدا."
    s3 = "س: وماذا عن الداخل؟ ج: حسب الأرقام الرسمية، أوقف 4400 شخص في قضايا الإرهاب منذ سنة 2002."
    body = [
        "أجرى الحوار: سمير الوزاني",
        "يرى الباحث كريم الهواري أن ملف المقاتلين يظل مفتوحا، وأن مقاربة إعادة الإدماج تحتاج إلى تقييم "
        "مستقل. في هذا الحوار يتحدث عن الأرقام وعن حدود المقاربة الأمنية.",
        para(s1, s2),
        "وللمقارنة، فإن تونس تجاوز عدد مقاتليها 3000 حسب تقديرات دولية.",
        s3,
        "س: هل القانون كاف؟ ج: القانون 86.14 جرم الالتحاق ببؤر التوتر، ويعاقب بالسجن من 5 إلى 15 سنة.",
        "س: كلمة أخيرة؟ ج: المعركة اليوم فكرية قبل أن تكون أمنية، والمدرسة والأسرة خط الدفاع الأول.",
    ]
    text = clean(title, "أصوات مغاربية | 14 يوليوز 2025", body)
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), A("MOI", "وزارة الداخلية"), subset="syria_iraq_linked"),
        C("fighters_joined", 1000, "ألف", s2, cumul(pub), A("analyst", "الباحث", person="كريم الهواري"),
          q="more_than", qt="أزيد من", subset="isis_linked"),
        C("persons_arrested", 4400, "4400", s3, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "الأرقام الرسمية")),
    ]  # fmt: skip
    traps = [T("3000", "Tunisia's figure"), T("86.14", "law number"), T("من 5 إلى 15 سنة", "prison terms")]
    return spec("a06", "clean", "ar", text, meta(title, "أصوات مغاربية", "Aswat Maghribiya", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone"),
                NP("TN", "تونس", "a contrasting figure")], summary="interview (س/ج): the ministry's 1659 "
                "fighters (MOI) and the researcher's 'أزيد من ألف' of them with Daech (analyst, isis_linked: two "
                "speakers, one metric); 4400 arrested since 2002 per official figures; Tunisia's 3000, prison "
                "terms, law number")  # fmt: skip


def a07():
    pub = "2025-02-26"
    title = "لفتيت: 280 مقاتلا عادوا من بؤر التوتر"
    s1 = "وأفاد وزير الداخلية، في جواب عن السؤال الكتابي رقم 7781، بأن 280 مقاتلا مغربيا عادوا إلى أرض الوطن."
    s2 = "وأوضح أن 240 منهم عادوا من سوريا والعراق، فيما عاد ٢٥ من ليبيا."
    body = [
        "وجه فريق برلماني سؤالا كتابيا إلى وزير الداخلية حول مآل المقاتلين المغاربة في بؤر التوتر وبرامج "
        "إعادة إدماج العائدين منهم.",
        s1,
        s2,
        "ويخضع جميع العائدين للبحث القضائي فور وصولهم، طبقا لمقتضيات القانون 86.14.",
        "وشدد الوزير على أن المقاربة المغربية تجمع بين الصرامة القانونية وبرامج المواكبة داخل المؤسسات السجنية.",
    ]
    side = ["أمطار رعدية مرتقبة بعدد من المناطق", "توقيف 7 مبحوث عنهم بالدار البيضاء"]
    text = aggregator("ar", side, title, "المغرب الآن", pub, body)
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("returnees", 280, "280", s1, cumul(pub), moi),
        C("returnees", 240, "240", s2, cumul(pub), moi, subset="syria_iraq_linked"),
        C("returnees", 25, "٢٥", s2, cumul(pub), moi, subset="libya"),
    ]
    traps = [SIDEBAR_RULE, T("7 مبحوث", "sidebar headline"), T("7781", "written question number"),
             T("86.14", "law number")]  # fmt: skip
    return spec("a07", "aggregator", "ar", text, meta(title, "المغرب الآن", "Almaghrib Alan", pub, fictional=True),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone"),
                NP("LY", "ليبيا", "conflict zone")],
                summary="the minister's written answer: 280 returnees, broken down 240 from Syria and Iraq and ٢٥ "
                "from Libya (= 265: planted arithmetic); question and law numbers, sidebar")  # fmt: skip


def a08():
    pub = "2024-09-20"
    title = "البسيج يفكك خلية جديدة بالناظور"
    s1 = (
        "وأكد مصدر من المكتب المركزي للأبحاث القضائية أن عناصره أوقفت أمس الخميس ثلاثة أشخاص ينشطون بالناظور "
        "والدريوش."
    )
    s2 = "وبذلك يكون المكتب قد فكك تسع خلايا إرهابية منذ مطلع السنة الجارية، حسب المصدر نفسه."
    body = [
        s1,
        "وكان أحد الموقوفين قد قضى عقوبة حبسية مدتها سنتان في قضية سابقة.",
        s2,
        "وللإبلاغ عن أي نشاط مشبوه يمكن الاتصال بالرقم 0536600600.",
        "وتواصل المصالح الأمنية أبحاثها لتحديد الامتدادات المحتملة لهذه الخلية داخل المغرب وخارجه، وكشف "
        "مصادر تمويلها وشبكة علاقاتها.",
    ]
    text = html("ar", title, "ريف بوست", pub, body, jsonld=False)
    claims = [
        C("persons_arrested", 3, "ثلاثة", s1, event(pub, "أمس الخميس"),
          A("BCIJ", "مصدر من المكتب المركزي للأبحاث القضائية")),
        C("cells_dismantled", 9, "تسع", s2, ytd(pub, "منذ مطلع السنة الجارية"), A("BCIJ", "المصدر نفسه")),
    ]  # fmt: skip
    traps = [T("سنتان", "a prison term"), T("0536600600", "phone number")]
    return spec("a08", "html", "ar", text, meta(title, "ريف بوست", "Rif Post", pub, fictional=True), claims, traps,
                summary="a regional site, BCIJ source: three arrested 'أمس الخميس' and nine cells (feminine word) "
                "'منذ مطلع السنة الجارية' (year to date 2024, above the BCIJ's own seven for the whole year: "
                "planted); time tag only; phone number, prison term")  # fmt: skip


def a09():
    pub = "2025-09-12"
    title = "القاصرون والنساء في مرمى التجنيد الرقمي"
    s1 = (
        "وكشفت المديرية العامة للأمن الوطني أن 37 قاصرا أوقفوا في قضايا مرتبطة بالإرهاب خلال السنوات الخمس "
        "الأخيرة."
    )
    s2 = (
        "ونقلت الجريدة عن مصادر أمنية أن قرابة تسعين امرأة أوقفن ما بين 2015 و2024 بسبب الترويج لأفكار "
        "متطرفة."
    )
    body = [
        "حذر تقرير حديث من تنامي استهداف الفئات الهشة عبر الإنترنت، حيث تلجأ التنظيمات المتطرفة إلى الألعاب "
        "الإلكترونية وغرف الدردشة المغلقة لاستدراج المراهقين.",
        s1,
        s2,
        "ويعاقب الفصل 218-1 من القانون الجنائي على الإشادة بالأفعال الإرهابية.",
        "وتتراوح أعمار أغلب القاصرين الموقوفين بين 14 و17 سنة.",
    ]
    text = wordpress("ar", "شوف تيفي 24", "الرئيسية » تقارير", title, "الجمعة 12 شتنبر 2025", body,
                     ["عشرات الأسر تستفيد من الدعم المباشر"])  # fmt: skip
    claims = [
        C("persons_arrested", 37, "37", s1, lastn(5, pub, "خلال السنوات الخمس الأخيرة"),
          A("DGSN", "المديرية العامة للأمن الوطني"), subset="minors"),
        C("persons_arrested", 90, "تسعين", s2, rng("2015", "2024", "ما بين 2015 و2024"),
          A("official_unspecified", "مصادر أمنية"), q="about", qt="قرابة", subset="women"),
    ]  # fmt: skip
    traps = [T("218-1", "article of the penal code"), T("بين 14 و17 سنة", "ages"), T("عشرات", "vague count")]
    return spec("a09", "wordpress", "ar", text, meta(title, "شوف تيفي 24", "Chouf TV 24", pub, fictional=True),
                claims, traps, summary="minors over the last five years (DGSN, last_n_years) and 'قرابة تسعين' "
                "women between 2015 and 2024 (security sources, range); penal code article, ages")  # fmt: skip


def a10():
    pub = "2025-06-09"
    title = "جولة في الصحف الصادرة يوم الإثنين 9 يونيو 2025"
    s1 = (
        "ونقرأ في يومية الصباح الجديد أن الباحث المختص في الشأن الأمني رشيد البقالي قدّر حصيلة المكتب المركزي "
        "للأبحاث القضائية بـ91 خلية منذ إحداثه في مارس 2015."
    )
    s2 = (
        "أما يومية الأخبار المسائية فأوردت، نقلا عن مصادر أمنية، أن المغرب وإسبانيا نفذا 17 عملية مشتركة "
        "منذ سنة 2014."
    )
    body = [
        "نستهل جولتنا في الصحف من العدد 6123 من يومية الصباح الجديد.",
        s1,
        s2,
        "وإلى الرياضة، حيث كتبت الصحيفة نفسها أن المنتخب الوطني سيخوض مباراتين وديتين في يونيو.",
        "ونختم من يومية المساء الرياضي التي تناولت استعدادات المدن المستضيفة للتظاهرات القارية المقبلة، "
        "وما يرافقها من ترتيبات أمنية ولوجستية.",
    ]
    text = clean(title, "هبة نيوز - 9 يونيو 2025", body)
    claims = [
        C("cells_dismantled", 91, "91", s1, since("2015-03", pub, "منذ إحداثه في مارس 2015"),
          A("analyst", "الباحث المختص في الشأن الأمني", person="رشيد البقالي")),
        C("joint_operations", 17, "17", s2, since("2014", pub, "منذ سنة 2014"), A("official_unspecified", "مصادر أمنية")),
    ]  # fmt: skip
    traps = [T("6123", "the newspaper's issue number"), T("مباراتين", "sports fixtures")]
    return spec("a10", "clean", "ar", text, meta(title, "هبة نيوز", "Hiba News", pub, fictional=True), claims,
                traps, partners=["ES"], summary="press review (جولة في الصحف): a researcher quoted by a daily puts "
                "the BCIJ at 91 cells since March 2015 (below its own 96: planted decrease); 17 joint operations "
                "with Spain since 2014; issue number, a dual that is football")  # fmt: skip


def a11():
    pub = "2025-01-08"
    title = "حصيلة 2024: المكتب المركزي للأبحاث القضائية يفكك سبع خلايا"
    s1 = "وأفاد المكتب المركزي للأبحاث القضائية، في حصيلته السنوية، بأنه فكك سبع خلايا إرهابية خلال سنة 2024."
    s2 = "وأضافت الحصيلة أن 63 شخصا أوقفوا في قضايا الإرهاب خلال السنة الماضية."
    body = [
        s1,
        s2,
        "وحجز المحققون مبالغ مالية تناهز 2 مليون درهم كانت موجهة لتمويل أنشطة متطرفة.",
        "وأبرزت الحصيلة أن أغلب الخلايا المفككة كانت تعتمد على الاستقطاب عبر الإنترنت، وأن بعض عناصرها كانوا "
        "على تواصل مع قياديين في فروع التنظيم بمنطقة الساحل.",
    ]
    side = ["الحكومة تصادق على 5 مشاريع مراسيم", "تساقطات ثلجية بمرتفعات الأطلس"]
    text = aggregator("ar", side, title, "سلا بريس", pub, body)
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 7, "سبع", s1, yr("2024", "خلال سنة 2024"), bcij),
        C("persons_arrested", 63, "63", s2, yr("2024", "خلال السنة الماضية"), A("BCIJ", "الحصيلة")),
    ]
    traps = [SIDEBAR_RULE, T("5 مشاريع", "sidebar headline"), T("2 مليون درهم", "money")]
    return spec("a11", "aggregator", "ar", text, meta(title, "سلا بريس", "Sala Press", pub, fictional=True),
                claims, traps, summary="the BCIJ's 2024 review: seven cells in 2024 (below the nine it gave by "
                "September: planted partial) and 63 arrested 'خلال السنة الماضية' (against the ministry's 58: "
                "planted); title repeats seven; money")  # fmt: skip


def a12():
    pub = "2025-11-03"
    title = "المقاربة المغربية في مكافحة الإرهاب.. نموذج يحتذى"
    s1 = "وتمكنت المصالح الأمنية المغربية من تفكيك مائتين وعشر خلايا إرهابية منذ سنة 2002."
    body = [
        "يحظى النموذج المغربي في مكافحة التطرف باهتمام متزايد في المنتديات الدولية، بفضل مزجه بين العمل "
        "الاستخباراتي الاستباقي وإعادة هيكلة الحقل الديني وبرامج التنمية البشرية.",
        s1,
        "وتعتمد هذه المقاربة على برنامج مصالحة استفاد منه نزلاء السجون منذ 2017.",
        "ويبقى التحدي، في نظر كاتب هذه السطور، هو تحصين الشباب من خطاب الكراهية المنتشر على المنصات الرقمية.",
        "وصادف صدور هذا المقال 12 جمادى الأولى 1447 هـ.",
    ]
    text = html("ar", title, "سوس أنفو", pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 210, "مائتين وعشر", s1, since("2002", pub, "منذ سنة 2002"), A("unspecified"))
    ]
    traps = [
        T("منذ 2017", "the start of a programme, not a count"),
        T("12 جمادى الأولى 1447 هـ", "a Hijri date"),
    ]
    return spec("a12", "html", "ar", text, meta(title, "سوس أنفو", "Souss Info", pub, fictional=True), claims, traps,
                summary="a regional opinion page, no source: 'مائتين وعشر خلايا' since 2002 in November 2025, after "
                "214 in May (planted stale); Hijri date; JSON-LD only")  # fmt: skip


def a13():
    pub = "2025-08-05"
    title = "معطيات رسمية: مغاربة عالقون في مخيمات سوريا"
    s1 = "وأفادت معطيات رسمية بأن ما لا يقل عن 100 مغربي ما زالوا محتجزين في مخيمات شمال شرق سوريا."
    s2 = "وأوضحت المعطيات ذاتها أن خليتين فككتا خلال شهر يوليوز 2025 بتنسيق مع المصالح الإسبانية."
    body = [
        "الرباط (و.م.ع) - تتواصل الجهود لمعالجة ملف المواطنين المغاربة العالقين في بؤر التوتر، في ظل أوضاع "
        "إنسانية وأمنية معقدة.",
        s1,
        s2,
        "وكانت صحيفة لبنانية قد تحدثت في كانون الأول 2024 عن أوضاع إنسانية صعبة داخل هذه المخيمات.",
        "ويضم مخيم الهول وحده قرابة 40 ألف شخص من جنسيات مختلفة.",
    ]
    text = wordpress("ar", "الجهة 24", "الرئيسية » دولي", title, "5 غشت 2025 - 16:10", body,
                     ["توقعات بموسم فلاحي جيد"])  # fmt: skip
    claims = [
        C("fighters_detained_abroad", 100, "100", s1, cumul(pub), A("official_unspecified", "معطيات رسمية"),
          q="at_least", qt="ما لا يقل عن", subset="syria"),
        C("cells_dismantled", 2, "خليتين", s2, P("month", "2025-07", "2025-07", "خلال شهر يوليوز 2025"),
          A("official_unspecified", "المعطيات ذاتها")),
    ]  # fmt: skip
    traps = [T("كانون الأول 2024", "a Mashriq-month date of another paper's article"),
             T("40 ألف", "the camp's whole population, all nationalities"), T("16:10", "time of day")]  # fmt: skip
    return spec("a13", "wordpress", "ar", text, meta(title, "الجهة 24", "Aljiha 24", pub, fictional=True,
                city="الرباط"), claims, traps, partners=["ES"],
                not_partners=[NP("SY", "سوريا", "where they are held"), NP("LB", "لبنانية", "a newspaper's nationality")],
                summary="an agency (و.م.ع) dispatch: at least 100 held in Syria's camps (subset syria) and two cells "
                "(dual 'خليتين') in July 2025 (month) with Spain; Mashriq month date, the camp's population")  # fmt: skip


def a14():
    pub = "2025-10-20"
    title = "بني ملال: إجهاض مخطط إرهابي وتوقيف ثلاثة متطرفين"
    s0 = (
        "أفادت مصادر أمنية أن عناصر الأمن تمكنت، يوم السبت، من إجهاض مخطط كان يستهدف مؤسسات عمومية "
        "بالمدينة وتوقيف ثلاثة متطرفين."
    )
    s1 = "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد بلغ عدد الموقوفين منذ سنة 2002 ما مجموعه 44000 شخص."
    s2 = "وأشارت المعطيات نفسها إلى أن خمس عشرة خلية فككت منذ مطلع السنة الجارية."
    body = [
        s0,
        s1,
        s2,
        "ويتابع الموقوفون، وأصغرهم يبلغ 20 سنة، في حالة اعتقال.",
    ]
    side = ["تتويج 3 تلاميذ في مسابقة وطنية", "حريق يأتي على 10 هكتارات"]
    text = aggregator("ar", side, title, "تادلة نيوز", pub, body)
    claims = [
        C("persons_arrested", 3, "ثلاثة", s0, event(pub, "يوم السبت"), A("official_unspecified", "مصادر أمنية")),
        C("persons_arrested", 44000, "44000", s1, since("2002", pub, "منذ سنة 2002"),
          A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")),
        C("cells_dismantled", 15, "خمس عشرة", s2, ytd(pub, "منذ مطلع السنة الجارية"), A("DGST", "المعطيات نفسها")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("10 هكتارات", "sidebar headline"), T("20 سنة", "age"),
             T("يبلغ 20", "age, in the sentence after the claims")]  # fmt: skip
    return spec("a14", "aggregator", "ar", text, meta(title, "تادلة نيوز", "Tadla News", pub, fictional=True),
                claims, traps, summary="a regional aggregator page printing 44000 arrested since 2002 (ten times "
                "the official 4400: planted implausible) and 'خمس عشرة خلية' since the start of the year; the "
                "Saturday's three arrests (security sources) repeat the title's; sidebar, age")  # fmt: skip


# ================================================================ French


def a15():
    pub = "2025-03-11"
    title = "Tétouan : quatre partisans de Daech interpellés"
    s1 = (
        "Quatre individus soupçonnés de liens avec l'organisation Daech ont été interpellés dimanche à Tétouan "
        "et Chefchaouen, indique un communiqué de la DGST."
    )
    s2 = "Selon la même source, plus de 200 cellules terroristes ont été démantelées depuis 2002."
    body = [
        s1,
        "Les suspects, âgés de 22 à 35 ans, projetaient de rejoindre des groupes armés au Mali.",
        s2,
        "Pour tout signalement, la DGST rappelle le numéro vert 080 100 4747.",
    ]
    side = ["Météo : jusqu'à 38 degrés à Marrakech", "Botola : le WAC s'impose 3-1"]
    text = aggregator("fr", side, title, "Le Détroit Info", pub, body)
    claims = [
        C("persons_arrested", 4, "Quatre", s1, event(pub, "dimanche"), A("DGST", "un communiqué de la DGST")),
        C("cells_dismantled", 200, "200", s2, since("2002", pub, "depuis 2002"), A("DGST", "la même source"),
          q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("38 degrés", "sidebar: weather"), T("3-1", "sidebar: football score"),
             T("de 22 à 35 ans", "ages"), T("080 100 4747", "phone number")]  # fmt: skip
    return spec("a15", "aggregator", "fr", text, meta(title, "Le Détroit Info", "Le Detroit Info", pub,
                fictional=True), claims, traps, not_partners=[NP("ML", "Mali", "destination of the suspects")],
                summary="the French relay of a01's communiqué the next day: the same Sunday's four arrests and "
                "'plus de 200 cellules' since 2002; Mali mentioned, phone number, ages, sidebar")  # fmt: skip


def a16():
    pub = "2025-04-30"
    title = "Combattants marocains : les chiffres du ministère de l'Intérieur"
    s1 = (
        "Selon le ministère de l'Intérieur, près de 1 660 Marocains ont rejoint les groupes terroristes en Syrie "
        "et en Irak."
    )
    s2 = "Le ministère ajoute que 280 d'entre eux sont rentrés au Maroc."
    body = [
        s1,
        s2,
        "Le Maroc a renforcé sa coopération avec les services français pour suivre ces profils.",
        "Les autorités insistent sur le programme « Moussalaha », qui accompagne les détenus condamnés pour "
        "terrorisme vers une réinsertion encadrée.",
        "La loi 86-14 punit de 5 à 15 ans de prison le ralliement à un groupe terroriste à l'étranger.",
    ]
    text = wordpress("fr", "Maroc Hebdo Plus", "Accueil » Politique", title, "Publié le 30 avril 2025", body,
                     ["Tanger : 2 000 emplois créés dans la zone franche"])  # fmt: skip
    claims = [
        C("fighters_joined", 1660, "1 660", s1, cumul(pub), A("MOI", "le ministère de l'Intérieur"), q="about",
          qt="près de", subset="syria_iraq_linked"),
        C("returnees", 280, "280", s2, cumul(pub), A("MOI", "Le ministère")),
    ]  # fmt: skip
    traps = [
        T("86-14", "law number"),
        T("de 5 à 15 ans", "prison terms"),
        T("2 000 emplois", "related headline"),
    ]
    return spec("a16", "wordpress", "fr", text, meta(title, "Maroc Hebdo Plus", "Maroc Hebdo Plus", pub,
                fictional=True), claims, traps, partners=["FR"],
                not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="the ministry's figures in French: nearly 1 660 fighters and 280 returnees (the part 'of "
                "them', no zone); partner France; law number, prison terms")  # fmt: skip


def a17():
    pub = "2025-05-20"
    title = "Dix ans du BCIJ : plus de 95 cellules démantelées"
    s1 = (
        "Le directeur du Bureau central d'investigations judiciaires a affirmé que plus de 95 cellules "
        "terroristes ont été démantelées depuis sa création en mars 2015."
    )
    body = [
        "Le BCIJ a célébré à Salé son dixième anniversaire en présence de délégations étrangères.",
        s1,
        "Il a salué la coopération avec l'Espagne, la Belgique et l'Allemagne, qui a permis de déjouer des projets "
        "d'attentats en Europe.",
        "Le bureau compte aujourd'hui 350 enquêteurs.",
    ]
    text = html("fr", title, "Le Courrier de Salé", pub, body, time_tag=False)
    claims = [
        C("cells_dismantled", 95, "95", s1, since("2015-03", pub, "depuis sa création en mars 2015"),
          A("BCIJ", "Le directeur du Bureau central d'investigations judiciaires"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("350 enquêteurs", "staff numbers"), T("dixième anniversaire", "anniversary ordinal")]
    return spec("a17", "html", "fr", text, meta(title, "Le Courrier de Salé", "Le Courrier de Sale", pub,
                fictional=True), claims, traps, partners=["ES", "BE", "DE"],
                summary="the BCIJ's tenth anniversary: 'plus de 95 cellules' since March 2015 (agrees with 96); "
                "partners Spain, Belgium, Germany; staff numbers; JSON-LD only")  # fmt: skip


# ================================================================ English


def a18():
    pub = "2025-05-17"
    title = "Morocco marks 22 years since Casablanca bombings with 214 cells dismantled"
    s1 = "According to the DGST, Moroccan security services have dismantled 214 terrorist cells since 2002."
    s2 = "The agency added that more than 500 terrorist plots were foiled since 2002."
    body = [
        "RABAT - Morocco on Friday commemorated the May 16, 2003 attacks in Casablanca.",
        s1,
        s2,
        "The kingdom's intelligence sharing with the United States has been praised by Washington several times.",
        "Officials say the threat has changed: cells are smaller, younger and increasingly radicalised online, "
        "which makes early detection harder for investigators.",
        "Survivors and families laid flowers at the memorial in central Casablanca.",
    ]
    text = clean(title, "Atlas Daily Post - Saturday, May 17, 2025", body)
    claims = [
        C("cells_dismantled", 214, "214", s1, since("2002", pub, "since 2002"), A("DGST", "the DGST")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "since 2002"), A("DGST", "The agency"), q="more_than",
          qt="more than"),
    ]  # fmt: skip
    traps = [T("May 16, 2003", "the date of the 2003 attacks"), T("22 years", "anniversary")]
    return spec("a18", "clean", "en", text, meta(title, "Atlas Daily Post", "Atlas Daily Post", pub, fictional=True,
                city="RABAT"), claims, traps, partners=["US"], summary="English anniversary copy: 214 cells and "
                "more than 500 plots since 2002 (DGST; 'The agency' is the DGST, not a news agency); partner the "
                "United States; title repeats 214")  # fmt: skip


def a19():
    pub = "2025-02-03"
    title = "Interior ministry: 58 terror suspects arrested in 2024"
    s1 = "The interior ministry said 58 people were arrested on terrorism charges last year."
    s2 = "It added that 745 Moroccan fighters had been killed in Syria and Iraq."
    body = [
        "The figures were presented to the House of Representatives' interior committee on Monday.",
        s1,
        s2,
        "The committee, chaired by a 61-year-old MP, meets again on 17 February.",
        "Lawmakers from the opposition asked for more detail on the reintegration of returnees and on the "
        "situation of women and children still held abroad.",
    ]
    text = html("en", title, "Maghreb Wire", pub, body, jsonld=False)
    moi = A("MOI", "The interior ministry")
    claims = [
        C("persons_arrested", 58, "58", s1, yr("2024", "last year"), moi),
        C("fighters_killed", 745, "745", s2, cumul(pub), moi, subset="syria_iraq_linked"),
    ]
    traps = [T("61-year-old", "age"), T("17 February", "a date")]
    return spec("a19", "html", "en", text, meta(title, "Maghreb Wire", "Maghreb Wire", pub, fictional=True), claims,
                traps, not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")], summary="the interior ministry's 58 "
                "arrested 'last year' (against the BCIJ's 63 for 2024: planted) and 745 killed in Syria and Iraq; "
                "age, a date; time tag only")  # fmt: skip


def a20():
    pub = "2025-09-30"
    title = "Opinion: Why Morocco's counter-terrorism model works"
    s1 = (
        "Analysts at the Rabat Centre for Security Studies estimate that nearly 1,300 people have been arrested by "
        "the BCIJ since its creation in March 2015."
    )
    body = [
        "Morocco's approach combines prevention, intelligence and international cooperation.",
        s1,
        "Intelligence shared with Spain has led to joint arrests on both sides of the Strait.",
        "By contrast, Mali and Burkina Faso recorded more than 3,000 attack deaths in 2024 alone.",
        "Worldwide, the Global Terrorism Index counted 7,555 deaths last year.",
    ]
    text = wordpress("en", "Morocco Insight", "Home » Opinion", title, "September 30, 2025 by Staff", body,
                     ["Five things to know about the 2030 World Cup stadiums"])  # fmt: skip
    claims = [
        C("persons_arrested", 1300, "1,300", s1, since("2015-03", pub, "since its creation in March 2015"),
          A("analyst", "Rabat Centre for Security Studies"), q="about", qt="nearly"),
    ]  # fmt: skip
    traps = [T("3,000", "Mali and Burkina Faso's figure"), T("7,555", "a world figure"),
             T("2030", "related headline")]  # fmt: skip
    return spec("a20", "wordpress", "en", text, meta(title, "Morocco Insight", "Morocco Insight", pub, fictional=True),
                claims, traps, partners=["ES"], not_partners=[NP("ML", "Mali", "a contrasting case"),
                NP("BF", "Burkina Faso", "a contrasting case")], summary="an English opinion page: a think tank's "
                "nearly 1,300 arrested by the BCIJ since March 2015 (agrees with 1300); partner Spain; Sahel and "
                "world figures as traps")  # fmt: skip


ARTICLES = [
    a01,
    a02,
    a03,
    a04,
    a05,
    a06,
    a07,
    a08,
    a09,
    a10,
    a11,
    a12,
    a13,
    a14,
    a15,
    a16,
    a17,
    a18,
    a19,
    a20,
]

INCONSISTENCIES = [
    {"id": "arpress-stale", "kind": "stale_figure",
     "refs": [("a02", "cells_dismantled", 210), ("a05", "cells_dismantled", 214), ("a12", "cells_dismantled", 210)],
     "explanation": "cells dismantled since 2002: 210 (DGST data, November 2024), 214 (DGST data, May 2025); a "
                    "regional page repeats 210 ('مائتين وعشر') in November 2025"},
    {"id": "arpress-decrease", "kind": "cumulative_decrease",
     "refs": [("a04", "cells_dismantled", 96), ("a10", "cells_dismantled", 91)],
     "explanation": "BCIJ cells since March 2015: 96 (its director, December 2024) then 91 (a researcher in a "
                    "press review, June 2025)"},
    {"id": "arpress-arithmetic", "kind": "internal_arithmetic",
     "refs": [("a07", "returnees", 280), ("a07", "returnees", 240, "syria_iraq_linked"),
              ("a07", "returnees", 25, "libya")],
     "explanation": "280 returnees said to be 240 from Syria and Iraq and 25 from Libya = 265, not 280"},
    {"id": "arpress-implausible", "kind": "implausible_value",
     "refs": [("a06", "persons_arrested", 4400), ("a14", "persons_arrested", 44000)],
     "explanation": "44000 people arrested since 2002, ten times the 4400 of the official figures"},
    {"id": "arpress-partial", "kind": "partial_exceeds_whole",
     "refs": [("a08", "cells_dismantled", 9), ("a11", "cells_dismantled", 7)],
     "explanation": "the BCIJ dismantled 9 cells from January to September 2024, then 7 for the whole of 2024"},
    {"id": "arpress-disagree", "kind": "same_period_disagreement",
     "refs": [("a11", "persons_arrested", 63), ("a19", "persons_arrested", 58)],
     "explanation": "people arrested in 2024: 63 (BCIJ review, 'خلال السنة الماضية', January 2025) against 58 "
                    "(interior ministry, 'last year', February 2025)"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("a01", "persons_arrested", 4), ("a15", "persons_arrested", 4)],
     "reason": "the same Sunday's four arrests: the Arabic relay (Arabic-Indic '٤') and the French relay"},
    {"refs": [("a01", "cells_dismantled", 210), ("a05", "cells_dismantled", 214)],
     "reason": "'أزيد من 210' since 2002 (March 2025) admits 214 (May 2025)"},
    {"refs": [("a05", "cells_dismantled", 214), ("a18", "cells_dismantled", 214)],
     "reason": "214 cells since 2002 in Arabic and English anniversary pieces a day apart"},
    {"refs": [("a15", "cells_dismantled", 200), ("a01", "cells_dismantled", 210)],
     "reason": "'plus de 200' and 'أزيد من 210' since 2002: two lower bounds that agree"},
    {"refs": [("a04", "cells_dismantled", 96), ("a17", "cells_dismantled", 95)],
     "reason": "the BCIJ's cells since March 2015: 96 (December 2024) then 'plus de 95' (May 2025) agree"},
    {"refs": [("a06", "fighters_joined", 1659, "syria_iraq_linked"),
              ("a16", "fighters_joined", 1660, "syria_iraq_linked")],
     "reason": "1659 fighters (the ministry, as quoted in July 2025) and 'près de 1 660' (April 2025) agree"},
    {"refs": [("a07", "returnees", 280), ("a16", "returnees", 280)],
     "reason": "280 returnees in the minister's answer and the French report: an undated total that stays"},
    {"refs": [("a04", "persons_arrested", 1300), ("a20", "persons_arrested", 1300)],
     "reason": "'ألفا وثلاثمائة' arrested by the BCIJ since March 2015 and 'nearly 1,300' (a think tank) agree"},
    {"refs": [("a02", "persons_arrested", 4300), ("a06", "persons_arrested", 4400)],
     "reason": "more than 4300 arrested since 2002 (November 2024), then 4400 (July 2025): a total that rises"},
    {"refs": [("a05", "plots_foiled", 500), ("a18", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled since 2002 in both anniversary pieces"},
]  # fmt: skip

CONVENTIONS = """\
- **Number grammar**: Arabic-Indic digits are values like any digits ("٤" = 4, "٢٥" = 25); number words count in
  every case ("خمسة", "ثلاثة", "تسع خلايا", "سبع خلايا", "خمس عشرة خلية", "مائتين وعشر", accusative "ألفا
  وثلاثمائة", "تسعين", "ألف"); a dual is its own value_text ("خليتين" = 2, "امرأتان" = 2). Vague words ("عشرات")
  are never claims.
- **The body that issues the figures is the source**: "بلاغ للمديرية العامة لمراقبة التراب الوطني" → DGST even
  when the operation is the BCIJ's; "مصدر من المكتب المركزي…", the BCIJ's annual review or its director → BCIJ;
  "المديرية العامة للأمن الوطني" → DGSN. Carried sources ("البلاغ ذاته", "المصدر نفسه", "المعطيات نفسها", "la même
  source", "It added", "The agency" in the DGST's own sentence chain) keep the previous attribution.
- **Relays are transparent**: the agency dispatch (و.م.ع) and a press review (جولة في الصحف) are not sources; the
  org is the voice the daily quotes ("مصادر أمنية" → `official_unspecified`, a named researcher → `analyst`).
  "معطيات رسمية" / "الأرقام الرسمية" without a body → `official_unspecified`; an opinion page with no source →
  `unspecified`, raw null.
- **Interviews**: the interviewee is the voice; a figure he attributes to a body ("وزارة الداخلية تتحدث عن 1659")
  is that body's, his own estimate ("أعتقد أن أزيد من ألف منهم") is `analyst`.
- **Periods**: "منذ سنة 2002" since 2002; "منذ إحداثه في مارس 2015" since 2015-03; "خلال الفترة نفسها" inherits
  the previous sentence's period; "منذ مطلع السنة الجارية" year to date; "خلال السنة الماضية", "last year" = the
  byline's year − 1; "خلال السنوات الخمس الأخيرة" last_n_years n=5; "ما بين 2015 و2024" range; "خلال شهر يوليوز
  2025" month; a weekday ("يوم الأحد", "أمس الخميس", "dimanche") is the last such day on or before the byline; a
  part of the operation in its sentence ("خمسة أشخاص، بينهم امرأتان") has the operation's day. Totals of written answers and
  interviews without a period are `cumulative_unspecified` ending at the byline.
- **Subsets** as docs/conventions.md: the breakdown of returnees by zone gives `syria_iraq_linked` and `libya`;
  "280 d'entre eux sont rentrés" carries no zone; "ما لا يقل عن 100 … في مخيمات شمال شرق سوريا" is `syria`; "أزيد
  من ألف منهم انضموا إلى صفوف داعش" is an `isis_linked` part of the fighters who joined.
- **Bounds** agree as in CONTRACT.md: "أزيد من 210" admits 214; "plus de 95" admits 96; "près de 1 660" admits 1659.
- **Traps**: Hijri dates ("9 رمضان 1446", "جمادى الأولى 1447 هـ"), a Mashriq-month date of another paper
  ("كانون الأول 2024"), ages, prison terms, law numbers (03.03, 86.14, 86-14), penal code articles (218-1), written
  question numbers, issue numbers, phone numbers, money, staff numbers, anniversary ordinals, other countries' and
  world figures, a camp's whole population, sidebar and related headlines. A figure of the title that the body
  repeats is not a claim (the body's sentence is: a02, a11, a14, a18, a19).
"""

HOW = """\
Written blind to the engine: only CONTRACT.md, docs/conventions.md, tests/corpus_kit.py,
tests/corpus_gold_checks.py and the structure of tests/corpus_comms were read; no engine code, and the engine was
never run on these files. A search of real security reporting (Moroccan and other Arabic outlets) showed how
communiqués and ministry figures are relayed; no sentence was copied, all outlets and non-official people are
invented, and every sentence was written fresh.
"""


def readme(gold, summaries):
    lines = [
        "# corpus_arpress: the Moroccan Arabic-language daily press",
        "",
        "A development corpus of 20 invented articles (14 Arabic, 3 French, 3 English; aggregator, WordPress,",
        "clean and saved HTML layouts in Arabic, three of them in French and in English) in the styles of the",
        "Moroccan Arabic dailies and news sites: operation reports relaying DGST communiqués, running totals since",
        "2002, the BCIJ's record since March 2015, fighters and returnees, women and minors, an interview, a press",
        "review and an agency dispatch, with the full range of Arabic number grammar.",
        "",
        "Built by `build.py` (`.venv/bin/python tests/corpus_arpress/build.py`), which writes the files,",
        "`expected.json` and this README; `tests/test_corpus_arpress_gold.py` checks the gold. Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/corpus_arpress --json > /tmp/arpress.json",
        "    ../shared/tools/score.py tests/corpus_arpress/expected.json /tmp/arpress.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out_dir):
    return write_corpus(
        out_dir,
        ARTICLES,
        description="Development corpus 'arpress': the Moroccan Arabic-language daily press (operation reports "
        "relaying DGST communiqués, running totals, the BCIJ's record, fighters and returnees, women and minors, "
        "interviews, press reviews, agency dispatches); 20 invented articles, 14 ar, 3 fr, 3 en. Schema: "
        "CONTRACT.md.",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
