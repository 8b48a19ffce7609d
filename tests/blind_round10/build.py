"""Builds the blind round-10 set: 30 invented articles (12 Arabic, 10 French, 8 English) and their gold.

Written blind to the engine and to every development corpus's text. Run from the repository root:

    .venv/bin/python tests/blind_round10/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

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


def month(m, text):
    return P("month", m, m, text)


# ---------------------------------------------------------------- Arabic


def r01():
    pub = "2025-06-12"
    title = "تفكيك خلية موالية لـ«داعش» بين تطوان والفنيدق"
    outlet = "نبض الساحل"
    s1 = (
        "تمكنت عناصر المكتب المركزي للأبحاث القضائية، أمس الأربعاء، من توقيف أربعة متطرفين موالين لتنظيم "
        "«داعش» ينشطون بمدينتي تطوان والفنيدق، بناء على معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني."
    )
    s2 = "وأفاد بلاغ في الموضوع بأن المشتبه فيهم تتراوح أعمارهم بين 19 و34 سنة، وكانوا بصدد التحضير لاستهداف منشآت حساسة."
    s3 = "وأسفرت عمليات التفتيش عن حجز أسلحة بيضاء وهواتف محمولة وراية ترمز للتنظيم الإرهابي."
    s4 = "وحسب معطيات رسمية، فقد مكنت المقاربة الاستباقية من تفكيك ما يزيد عن 225 خلية إرهابية منذ سنة 2002."
    s5 = "وقد تم وضع الموقوفين تحت تدبير الحراسة النظرية لمدة 96 ساعة قابلة للتمديد، تحت إشراف النيابة العامة المختصة."
    sidebar = [
        "الرجاء يتعادل مع الجيش الملكي 2-2 في قمة البطولة",
        "توقيف 12 شخصا في قضية نصب عبر الإنترنت بفاس",
        "ارتفاع أسعار الخضر بنسبة 8 في المائة",
    ]
    text = aggregator("ar", sidebar, title, outlet, pub, [para(s1, s2, s3), para(s4, s5)])
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "أمس الأربعاء"),
          A("BCIJ", "عناصر المكتب المركزي للأبحاث القضائية")),
        C("cells_dismantled", 225, "225", s4, since("2002", pub, "منذ سنة 2002"),
          A("official_unspecified", "معطيات رسمية"), q="more_than", qt="ما يزيد عن"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("توقيف 12 شخصا في قضية نصب عبر الإنترنت بفاس", "sidebar headline about a fraud case"),
        T("بين 19 و34 سنة", "ages of the suspects"),
        T("96 ساعة", "length of police custody"),
    ]
    return spec("r01", "aggregator", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                summary="aggregator; operation on yesterday's weekday with a number word; running total since 2002")  # fmt: skip


def r02():
    pub = "2024-11-20"
    site = "مرآة المغرب"
    title = "وزير الداخلية يكشف حصيلة مكافحة الإرهاب في جواب برلماني"
    s1 = (
        "كشف وزير الداخلية، في جواب كتابي على سؤال لفريق برلماني بمجلس النواب، أن المصالح الأمنية تمكنت من "
        "تفكيك 224 خلية إرهابية منذ سنة 2002."
    )
    s2 = (
        "وأضاف الوزير أن هذه العمليات أسفرت عن توقيف 4385 شخصا خلال الفترة ذاتها، من بينهم 92 من المعتقلين "
        "السابقين في قضايا الإرهاب."
    )
    s3 = "وعلى مستوى المخططات، أكد المسؤول الحكومي إحباط أزيد من 500 مشروع تخريبي منذ 2002، كانت تستهدف منشآت حيوية ومواقع سياحية."
    s4 = "وأبرز الوزير أن التنسيق الاستخباراتي مع إسبانيا وفرنسا مكن من إجهاض مخططات عابرة للحدود."
    s5 = (
        "وكان الفريق البرلماني قد تساءل عن حصيلة الولاية التشريعية 2021-2026 في هذا المجال، وعن خطة الوزارة "
        "لتعزيز الموارد البشرية بـ1200 عنصر إضافي."
    )
    text = wordpress("ar", site, "الرئيسية > سياسة", title, "الأربعاء 20 نونبر 2024 - 10:15", [s1, para(s2, s3), s4, s5],
                     ["مجلس النواب يصادق على 14 مشروع قانون", "الحكومة تعلن عن مباراة لتوظيف 3000 أستاذ"])  # fmt: skip
    moi = A("MOI", "وزير الداخلية")
    claims = [
        C("cells_dismantled", 224, "224", s1, since("2002", pub, "منذ سنة 2002"), moi),
        C("persons_arrested", 4385, "4385", s2, since("2002", pub, "خلال الفترة ذاتها"), moi),
        C("persons_arrested", 92, "92", s2, since("2002", pub, "خلال الفترة ذاتها"), moi, subset="former_detainees"),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "منذ 2002"), moi, q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [
        T("2021-2026", "a legislative term"),
        T("1200 عنصر", "staff numbers"),
        T("مجلس النواب يصادق على 14 مشروع قانون", "related headline"),
    ]
    return spec("r02", "wordpress", "ar", text, meta(title, site, None, pub, fictional=True), claims, traps,
                partners=["ES", "FR"],
                summary="wordpress; minister's written answer in parliament; inherited period; former detainees subset")  # fmt: skip


def r03():
    pub = "2024-01-15"
    outlet = "رؤى بريس"
    title = "حصيلة 2023: البسيج يواصل الضربات الاستباقية"
    date_line = "الدار البيضاء - رؤى بريس | الإثنين 15 يناير 2024"
    s1 = (
        "أفادت حصيلة المديرية العامة لمراقبة التراب الوطني بأن المكتب المركزي للأبحاث القضائية فكك 12 خلية "
        "إرهابية برسم سنة 2023."
    )
    s2 = "وأسفرت هذه العمليات عن توقيف 61 مشتبها فيه خلال السنة نفسها، بينهم ثلاث نساء."
    s3 = "وبذلك يرتفع عدد الأشخاص الموقوفين في قضايا الإرهاب منذ 2002 إلى 4350 شخصا، وفق المصدر ذاته."
    s4 = "وفي الشق القضائي، أصدرت غرفة الجنايات بسلا أحكاما تراوحت بين 3 و15 سنة سجنا في حق عدد من المتابعين."
    s5 = (
        "ويرى الباحث في الجماعات المتطرفة سعيد الوزاني أن تراجع عدد الخلايا يعكس انحسار قدرة التنظيمات على "
        "الاستقطاب، خاصة بعد هزيمة «داعش» في سوريا."
    )
    text = clean(title, date_line, [s1, s2, s3, s4, s5])
    dgst = A("DGST", "حصيلة المديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2023", "برسم سنة 2023"), dgst),
        C("persons_arrested", 61, "61", s2, yr("2023", "خلال السنة نفسها"), dgst),
        C("persons_arrested", 3, "ثلاث", s2, yr("2023", "خلال السنة نفسها"), dgst, subset="women"),
        C("persons_arrested", 4350, "4350", s3, since("2002", pub, "منذ 2002"), dgst),
    ]
    traps = [T("بين 3 و15 سنة", "prison terms"), T("حصيلة 2023", "a year in the title")]
    return spec("r03", "clean", "ar", text, meta(title, outlet, None, pub, fictional=True, city="الدار البيضاء"),
                claims, traps, not_partners=[NP("SY", "سوريا", "conflict zone")],
                summary="clean; annual review of one year; women in words; running total of arrests")  # fmt: skip


def r04():
    pub = "2025-07-08"
    outlet = "بوابة الوسط"
    title = "مدير البسيج: التهديد الإرهابي ما يزال قائما"
    s1 = (
        "قال مدير المكتب المركزي للأبحاث القضائية، في حوار خص به الموقع، إن المكتب فكك نحو 100 خلية إرهابية "
        "منذ إحداثه سنة 2015."
    )
    s2 = "وأوضح المسؤول الأمني أن 91 من هذه الخلايا كانت على صلة بتنظيم «داعش»."
    s3 = "ويشتغل بالمكتب حاليا أزيد من 300 إطار وعون، وفق المتحدث ذاته."
    s4 = "وشدد على أن التعاون مع الولايات المتحدة وألمانيا مكن خلال السنوات الأخيرة من تبادل معلومات حاسمة."
    s5 = "أما بخصوص المقاتلين، فأكد أن 270 مغربيا عادوا من بؤر التوتر، وأن ملفاتهم أحيلت على القضاء تباعا."
    text = html("ar", title, outlet, pub, [s1, s2, s3, s4, s5], aside=("أمطار رعدية مرتقبة في 7 أقاليم",))
    bcij = A("BCIJ", "مدير المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 100, "100", s1, since("2015", pub, "منذ إحداثه سنة 2015"), bcij, q="about", qt="نحو"),
        C("cells_dismantled", 91, "91", s2, since("2015", pub, None), bcij, subset="isis_linked"),
        C("returnees", 270, "270", s5, cumul(pub), bcij),
    ]  # fmt: skip
    traps = [T("300 إطار", "staff numbers"), T("أمطار رعدية مرتقبة في 7 أقاليم", "aside headline")]
    return spec("r04", "html", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["US", "DE"], summary="html (time and JSON-LD); interview; about; subset with inherited period")  # fmt: skip


def r05():
    pub = "2025-02-10"
    outlet = "المغرب الآن بريس"
    title = "مصادر: 13 خلية إرهابية فككت خلال السنة الماضية"
    s1 = "أفادت مصادر أمنية بأن المصالح المختصة فككت 13 خلية إرهابية خلال السنة الماضية، أغلبها كانت في مراحل متقدمة من التخطيط."
    s2 = "وأضافت المصادر نفسها أن عدد الموقوفين في إطار هذه الخلايا بلغ 72 شخصا خلال السنة ذاتها."
    s3 = "ومن بين هؤلاء أربع نساء وقاصران."
    s4 = "وتأتي هذه المعطيات في سياق الاستعداد لإحياء ذكرى أحداث 16 ماي 2003 الأليمة."
    s5 = "وتشير المصادر إلى أن الخطر القادم من منطقة الساحل، ولا سيما من مالي، بات في صدارة الانشغالات الأمنية."
    sidebar = [
        "المنتخب المغربي يفوز على ليسوتو 7-0",
        "انطلاق الدورة 30 للمعرض الدولي للنشر والكتاب",
        "توقعات بتساقطات مطرية تصل إلى 40 ملم",
    ]
    text = aggregator("ar", sidebar, title, outlet, pub, [para(s1, s2, s3), para(s4, s5)])
    src = A("official_unspecified", "مصادر أمنية")
    claims = [
        C("cells_dismantled", 13, "13", s1, yr("2024", "خلال السنة الماضية"), src),
        C("persons_arrested", 72, "72", s2, yr("2024", "خلال السنة ذاتها"), src),
        C("persons_arrested", 4, "أربع", s3, yr("2024", None), src, subset="women"),
        C("persons_arrested", 2, "قاصران", s3, yr("2024", None), src, subset="minors"),
    ]
    traps = [
        SIDEBAR_RULE,
        T("16 ماي 2003", "a date"),
        T("المنتخب المغربي يفوز على ليسوتو 7-0", "sidebar score"),
    ]
    return spec("r05", "aggregator", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                not_partners=[NP("ML", "مالي", "source of threat, not a partner")],
                summary="aggregator; last year resolved from the byline; dual noun; women and minors")  # fmt: skip


def r06():
    pub = "2024-05-16"
    site = "المرصد بريس"
    title = "21 سنة على تفجيرات الدار البيضاء: ماذا تغير؟"
    s1 = "في الذكرى الحادية والعشرين لتفجيرات الدار البيضاء، يستحضر المغاربة حصيلة ثقيلة خلفت 45 قتيلا."
    s2 = (
        "ويشير الباحث في الشأن الديني محمد الإدريسي إلى أن الفترة بين 2013 و2017 عرفت ذروة الاستقطاب، "
        "إذ فككت خلالها 67 خلية."
    )
    s3 = "ويضيف الإدريسي أن تجفيف منابع التمويل كان حاسما في هذا التحول."
    s4 = (
        "من جهته، اعتبر النائب البرلماني عبد الرحيم السالمي، عضو لجنة الداخلية بمجلس النواب، أن المصالح الأمنية "
        "أوقفت أكثر من 1000 شخص في قضايا الإرهاب خلال العقد الأخير."
    )
    s5 = "ودعا السالمي إلى تقييم برامج إعادة الإدماج داخل المؤسسات السجنية البالغ عددها 75 مؤسسة."
    text = wordpress("ar", site, "الرئيسية > ملفات", title, "16 ماي 2024", [s1, para(s2, s3), s4, s5],
                     ["5 أسئلة لفهم التطرف الرقمي", "ندوة دولية بمراكش حول الأمن الإقليمي"])  # fmt: skip
    claims = [
        C("cells_dismantled", 67, "67", s2, rng("2013", "2017", "بين 2013 و2017"),
          A("analyst", "الباحث في الشأن الديني محمد الإدريسي", "محمد الإدريسي")),
        C("persons_arrested", 1000, "1000", s4, lastn(10, pub, "خلال العقد الأخير"),
          A("PARLIAMENT", "النائب البرلماني عبد الرحيم السالمي", "عبد الرحيم السالمي"), q="more_than", qt="أكثر من"),
    ]  # fmt: skip
    traps = [
        T("45 قتيلا", "victims of the 2003 attacks"),
        T("75 مؤسسة", "number of prisons"),
        T("21 سنة", "anniversary in the title"),
        T("5 أسئلة لفهم التطرف الرقمي", "related headline"),
    ]
    return spec("r06", "wordpress", "ar", text, meta(title, site, None, pub, fictional=True), claims, traps,
                summary="wordpress; anniversary analysis; range; last decade from an MP; victims trap")  # fmt: skip


def r07():
    pub = "2025-03-05"
    outlet = "نافذة سوس"
    title = "أحكام في حق أعضاء خلية إنزكان"
    date_line = "أكادير - نافذة سوس | 5 مارس 2025"
    s1 = (
        "أصدرت غرفة الجنايات الابتدائية المكلفة بقضايا الإرهاب بملحقة محكمة الاستئناف بسلا أحكاما في حق سبعة "
        "متهمين ينتمون إلى خلية فككت بإنزكان، تراوحت بين سنتين و10 سنوات سجنا نافذا."
    )
    s2 = "وكانت عناصر المكتب المركزي للأبحاث القضائية قد أوقفت ثمانية أشخاص في أكتوبر الماضي بكل من إنزكان وآيت ملول."
    s3 = "وتمت متابعة المتهمين طبقا لمقتضيات القانون 03.03 المتعلق بمكافحة الإرهاب."
    s4 = "وتشير أرقام رسمية إلى توقيف أزيد من 4400 شخص في قضايا مرتبطة بالإرهاب منذ 2002."
    text = clean(title, date_line, [s1, s2, s3, s4])
    claims = [
        C("persons_arrested", 8, "ثمانية", s2, month("2024-10", "في أكتوبر الماضي"),
          A("BCIJ", "عناصر المكتب المركزي للأبحاث القضائية")),
        C("persons_arrested", 4400, "4400", s4, since("2002", pub, "منذ 2002"), A("official_unspecified", "أرقام رسمية"),
          q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [
        T("سبعة متهمين", "defendants in a trial"),
        T("10 سنوات", "prison term"),
        T("03.03", "law number"),
    ]
    return spec("r07", "clean", "ar", text, meta(title, outlet, None, pub, fictional=True, city="أكادير"), claims,
                traps, summary="clean; regional court report; last month resolved from the byline")  # fmt: skip


def r08():
    pub = "2025-04-22"
    outlet = "الشرق الجديد"
    title = "عملية مغربية إسبانية جديدة ضد شبكة جهادية"
    s1 = (
        "أفاد بلاغ للمديرية العامة لمراقبة التراب الوطني بأن عملية مشتركة مع الشرطة الإسبانية أسفرت، الثلاثاء، "
        "عن توقيف خمسة أشخاص بين مدريد وتطوان."
    )
    s2 = "وبذلك يرتفع عدد العمليات المشتركة بين البلدين منذ 2014 إلى 18 عملية، وفق المصدر ذاته."
    s3 = "ويفصل مضيق جبل طارق، الذي لا يتجاوز عرضه 14 كيلومترا، بين البلدين."
    s4 = "في المقابل، يظل التنسيق الأمني مع الجزائر شبه منعدم منذ سنوات، بحسب مراقبين."
    text = html("ar", title, outlet, pub, [s1, s2, s3, s4], jsonld=False)
    dgst = A("DGST", "بلاغ للمديرية العامة لمراقبة التراب الوطني")
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "الثلاثاء"), dgst),
        C("joint_operations", 18, "18", s2, since("2014", pub, "منذ 2014"), dgst),
    ]
    traps = [T("14 كيلومترا", "a distance")]
    return spec("r08", "html", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["ES"], not_partners=[NP("DZ", "الجزائر", "named as not cooperating")],
                summary="html (time tag only); foreign pan-Arab outlet; joint operations; non-cooperating country")  # fmt: skip


def r09():
    pub = "2025-09-18"
    outlet = "أصداء الرباط"
    title = "قراءة في خريطة التهديد الإرهابي بالمغرب"
    date_line = "الرباط - أصداء الرباط | الخميس 18 شتنبر 2025"
    s1 = "وفق معطيات المكتب المركزي للأبحاث القضائية، فقد جرى تفكيك 219 خلية إرهابية منذ سنة 2002."
    s2 = (
        "ويقول الباحث يونس بنعلي، من مركز الدراسات الأمنية بفاس، إن ما لا يقل عن 40 خلية فككت خلال السنوات "
        "الثلاث الأخيرة."
    )
    s3 = "ويلاحظ بنعلي تزايد انخراط النساء، مشيرا إلى توقيف 9 نساء منذ مطلع السنة الجارية."
    s4 = "وكان بنعلي قد خصص لهذا الموضوع أطروحة من 420 صفحة نوقشت بجامعة محمد الخامس."
    text = clean(title, date_line, [s1, para(s2, s3), s4])
    ben = A("analyst", "الباحث يونس بنعلي", "يونس بنعلي")
    claims = [
        C("cells_dismantled", 219, "219", s1, since("2002", pub, "منذ سنة 2002"),
          A("BCIJ", "معطيات المكتب المركزي للأبحاث القضائية")),
        C("cells_dismantled", 40, "40", s2, lastn(3, pub, "خلال السنوات الثلاث الأخيرة"), ben, q="at_least",
          qt="ما لا يقل عن"),
        C("persons_arrested", 9, "9", s3, ytd(pub, "منذ مطلع السنة الجارية"), ben, subset="women"),
    ]  # fmt: skip
    traps = [T("420 صفحة", "page count")]
    return spec("r09", "clean", "ar", text, meta(title, outlet, None, pub, fictional=True, city="الرباط"), claims,
                traps, summary="clean; analysis; a running total lower than an earlier one; last three years; year to date")  # fmt: skip


def r10():
    pub = "2024-12-03"
    site = "منبر الشرق"
    title = "مستشارة برلمانية تسائل الحكومة عن المغاربة العالقين في سوريا"
    s1 = "ساءلت مستشارة برلمانية عن فريق الاتحاد الاشتراكي الحكومة حول مآل المغاربة العالقين في مخيمات شمال شرق سوريا."
    s2 = "وقالت المستشارة إن إحصائيات سنة 2021 تحدثت عن التحاق 1659 مغربيا بالتنظيمات الإرهابية في سوريا والعراق."
    s3 = "ومن بين هؤلاء، لقي 745 حتفهم في مناطق القتال، فيما عاد 270 إلى أرض الوطن، حسب الإحصائيات ذاتها."
    s4 = "وفي رده، أكد الوزير المنتدب المكلف بالعلاقات مع البرلمان أن الملف يحظى بمتابعة دقيقة طبقا للفصل 100 من الدستور."
    text = wordpress("ar", site, "الرئيسية > برلمان", title, "نشر بتاريخ 3 دجنبر 2024", [s1, s2, s3, s4],
                     ["وجدة: افتتاح 3 مراكز صحية جديدة"])  # fmt: skip
    mp = A("PARLIAMENT", "مستشارة برلمانية")
    claims = [
        C("fighters_joined", 1659, "1659", s2, cumul("2021", None), mp, as_of="2021"),
        C("fighters_killed", 745, "745", s3, cumul("2021", None), mp, as_of="2021"),
        C("returnees", 270, "270", s3, cumul("2021", None), mp, as_of="2021"),
    ]
    traps = [
        T("للفصل 100", "article of the constitution"),
        T("وجدة: افتتاح 3 مراكز صحية جديدة", "related headline"),
    ]
    return spec("r10", "wordpress", "ar", text, meta(title, site, None, pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "سوريا", "conflict zone"), NP("IQ", "العراق", "conflict zone")],
                summary="wordpress; councillor's question; figures the text dates (as_of 2021)")  # fmt: skip


def r11():
    pub = "2025-01-20"
    outlet = "تيلي مغرب"
    title = "البسيج يكشف حصيلة عمله منذ التأسيس"
    s1 = "كشف المكتب المركزي للأبحاث القضائية أنه فكك 960 خلية إرهابية منذ تأسيسه سنة 2015."
    s2 = "كما أوقف المكتب 72 شخصا خلال سنة 2024 في قضايا مرتبطة بالإرهاب."
    s3 = "وأشار إلى أن من بين الموقوفين 11 شخصا من ذوي السوابق العدلية."
    s4 = "واستفاد المكتب من تنسيق وثيق مع المصالح الأمنية في بلجيكا وهولندا."
    sidebar = [
        "حادثة سير تودي بحياة 5 أشخاص قرب بني ملال",
        "تفكيك خلية إرهابية من 6 عناصر بالرشيدية",
        "بورصة الدار البيضاء ترتفع بـ1.2 في المائة",
    ]
    text = aggregator("ar", sidebar, title, outlet, pub, [para(s1, s2), para(s3, s4)])
    bcij = A("BCIJ", "المكتب المركزي للأبحاث القضائية")
    claims = [
        C("cells_dismantled", 960, "960", s1, since("2015", pub, "منذ تأسيسه سنة 2015"), bcij),
        C("persons_arrested", 72, "72", s2, yr("2024", "خلال سنة 2024"), bcij),
        C("persons_arrested", 11, "11", s3, yr("2024", None), bcij, subset="with_criminal_record"),
    ]
    traps = [SIDEBAR_RULE, T("تفكيك خلية إرهابية من 6 عناصر بالرشيدية", "sidebar headline of another story")]
    return spec("r11", "aggregator", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["BE", "NL"], summary="aggregator; misprinted total since 2015; criminal record subset; CT sidebar")  # fmt: skip


def r12():
    pub = "2025-11-10"
    outlet = "ملفات آنفا"
    title = "حوار: العائدون من بؤر التوتر بين المتابعة والإدماج"
    date_line = "ملفات آنفا - 10 نونبر 2025"
    s0 = "س: كم عدد المغاربة الذين التحقوا بسوريا والعراق؟"
    s1 = "ج: الرقم الرسمي المعلن هو 1659 مقاتلا، لكنني أعتقد أن العدد الحقيقي أكبر."
    s2 = "ج: تقديري أن العدد يصل إلى أزيد من 2000 إذا احتسبنا مزدوجي الجنسية الذين سافروا عبر تركيا."
    s3 = "س: وماذا عن العائدين؟"
    s4 = "ج: الأرقام الرسمية تتحدث عن 270 عائدا، أغلبهم خضعوا للمتابعة القضائية."
    s5 = "ج: وقد استفاد من برنامج مصالحة أزيد من 300 سجين منذ إطلاقه سنة 2017."
    s6 = "الدكتور إدريس الفيلالي، باحث في قضايا التطرف، راكم 15 سنة من البحث الميداني."
    text = clean(title, date_line, [s6, s0, s1, s2, s3, s4, s5])
    official = A("official_unspecified", "الأرقام الرسمية")
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), A("official_unspecified", "الرقم الرسمي المعلن")),
        C("fighters_joined", 2000, "2000", s2, cumul(pub), A("analyst", "الدكتور إدريس الفيلالي", "إدريس الفيلالي"),
          q="more_than", qt="أزيد من"),
        C("returnees", 270, "270", s4, cumul(pub), official),
    ]  # fmt: skip
    optional = [
        C("deradicalization_beneficiaries", 300, "300", s5, since("2017", pub, "منذ إطلاقه سنة 2017"),
          A("analyst", "الدكتور إدريس الفيلالي", "إدريس الفيلالي"), q="more_than", qt="أزيد من"),
    ]  # fmt: skip
    traps = [T("15 سنة", "a duration")]
    return spec("r12", "clean", "ar", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                optional=optional, not_partners=[NP("TR", "تركيا", "transit route")],
                summary="clean; Q&A interview; official figure and researcher's estimate; reconciliation programme")  # fmt: skip


# ---------------------------------------------------------------- French


def r13():
    pub = "2024-03-10"
    outlet = "Maroc Veille"
    title = "Terrorisme : le modèle marocain à l'épreuve du Sahel"
    s1 = "Selon des chiffres officiels, les services marocains ont démantelé plus de 220 cellules terroristes depuis 2002."
    s2 = (
        "Au cours des cinq dernières années, plus de 400 personnes ont été interpellées, selon le chercheur Karim "
        "Bensouda, de l'Institut d'analyse stratégique de Rabat."
    )
    s3 = "L'attentat du café Argana à Marrakech, le 28 avril 2011, avait fait 17 morts."
    s4 = "Le chercheur souligne le rôle de la coopération avec la France, renforcée après 2015."
    text = html("fr", title, outlet, pub, [s1, s2, s3, s4], time_tag=False)
    claims = [
        C("cells_dismantled", 220, "220", s1, since("2002", pub, "depuis 2002"),
          A("official_unspecified", "des chiffres officiels"), q="more_than", qt="plus de"),
        C("persons_arrested", 400, "400", s2, lastn(5, pub, "Au cours des cinq dernières années"),
          A("analyst", "le chercheur Karim Bensouda", "Karim Bensouda"), q="more_than", qt="plus de"),
    ]  # fmt: skip
    traps = [T("17 morts", "victims of an attack"), T("28 avril 2011", "a date")]
    return spec("r13", "html", "fr", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["FR"], summary="html (JSON-LD only); analysis; five last years from a researcher")  # fmt: skip


def r14():
    pub = "2024-06-03"
    outlet = "Atlas Matin"
    title = "Nador : trois partisans de Daech interpellés"
    s1 = "Le Bureau central d'investigations judiciaires a interpellé samedi trois individus soupçonnés d'allégeance à Daech à Nador."
    s2 = "Les suspects, âgés de 22 à 29 ans, s'apprêtaient à rejoindre une filière au Sahel."
    s3 = "D'après la DGST, plus de 500 projets d'attentats ont été déjoués depuis 2002."
    sidebar = [
        "Botola : le Wydad s'impose 2-0 face au FUS",
        "Inflation : hausse de 1,8 % en avril",
        "Vingt ans de prison pour un trafiquant à Tanger",
    ]
    text = aggregator("fr", sidebar, title, outlet, pub, [para(s1, s2), s3])
    claims = [
        C("persons_arrested", 3, "trois", s1, event(pub, "samedi"), A("BCIJ", "Le Bureau central d'investigations judiciaires")),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "depuis 2002"), A("DGST", "la DGST"), q="more_than",
          qt="plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("22 à 29 ans", "ages"), T("Vingt ans de prison", "sidebar prison term")]
    return spec("r14", "aggregator", "fr", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                summary="aggregator; weekend operation resolved to Saturday; number word; plots since 2002")  # fmt: skip


def r15():
    pub = "2024-09-25"
    site = "Médina Presse"
    title = "Le BCIJ dresse un bilan d'étape de l'année"
    s1 = (
        "Depuis janvier, 85 personnes soupçonnées de liens avec des organisations terroristes ont été arrêtées, "
        "a indiqué le directeur du BCIJ lors d'une conférence de presse à Salé."
    )
    s2 = "Parmi les personnes arrêtées depuis janvier figurent six femmes et quatre mineurs, a-t-il précisé."
    s3 = (
        "Le responsable a également fait état de neuf cellules démantelées au cours de la même période, dont deux "
        "en coordination avec les services espagnols."
    )
    s4 = "Créé en 2015, le bureau compte aujourd'hui 1 200 agents répartis sur le territoire."
    text = wordpress("fr", site, "Accueil > Sécurité", title, "Publié le 25 septembre 2024 à 11h02", [s1, s2, s3, s4],
                     ["Salé : un réseau de faux visas démantelé, 7 arrestations"])  # fmt: skip
    bcij = A("BCIJ", "le directeur du BCIJ")
    claims = [
        C("persons_arrested", 85, "85", s1, ytd(pub, "Depuis janvier"), bcij),
        C("persons_arrested", 6, "six", s2, ytd(pub, "depuis janvier"), bcij, subset="women"),
        C("persons_arrested", 4, "quatre", s2, ytd(pub, "depuis janvier"), bcij, subset="minors"),
        C("cells_dismantled", 9, "neuf", s3, ytd(pub, "au cours de la même période"), bcij),
    ]
    traps = [
        T("1 200 agents", "staff numbers"),
        T("Salé : un réseau de faux visas démantelé, 7 arrestations", "related headline"),
    ]
    return spec("r15", "wordpress", "fr", text, meta(title, site, None, pub, fictional=True), claims, traps,
                partners=["ES"], summary="wordpress; year to date from the BCIJ; women and minors in words")  # fmt: skip


def r16():
    pub = "2025-01-14"
    outlet = "Rabat Dépêches"
    title = "La DGSN publie son bilan annuel"
    date_line = "Rabat, 14/01/2025 (Rabat Dépêches)"
    s1 = (
        "Les services de sécurité ont arrêté 4 420 personnes dans le cadre d'affaires liées au terrorisme depuis "
        "2002, a annoncé mardi la Direction générale de la sûreté nationale (DGSN) dans son bilan annuel."
    )
    s2 = (
        "Le même bilan recense par ailleurs le retour de 37 ressortissants marocains de zones de conflit au cours "
        "de l'année 2024, la plupart depuis la Syrie."
    )
    s3 = "La DGSN a par ailleurs recruté 9 000 nouveaux fonctionnaires l'an passé."
    text = clean(title, date_line, [s1, s2, s3])
    dgsn = A("DGSN", "la Direction générale de la sûreté nationale")
    claims = [
        C("persons_arrested", 4420, "4 420", s1, since("2002", pub, "depuis 2002"), dgsn),
        C("returnees", 37, "37", s2, yr("2024", "au cours de l'année 2024"), dgsn),
    ]
    traps = [T("9 000", "recruitment numbers")]
    return spec("r16", "clean", "fr", text, meta(title, outlet, None, pub, fictional=True, city="Rabat"), claims,
                traps, not_partners=[NP("SY", "Syrie", "conflict zone")],
                summary="clean; wire copy; DGSN annual report; space as thousands separator")  # fmt: skip


def r17():
    pub = "2025-04-02"
    outlet = "L'Écho du Détroit"
    title = "Tanger, carrefour sous haute surveillance"
    date_line = "Tanger, le 2 avril 2025"
    s1 = "En 2024, 13 cellules terroristes ont été démantelées à travers le Royaume, selon une source sécuritaire."
    s2 = "Le port de Tanger Med, où transitent chaque année près de 3 millions de passagers, fait l'objet d'une vigilance particulière."
    s3 = (
        "La coopération avec l'Espagne a permis l'arrestation de 11 personnes lors d'opérations conjointes menées "
        "au cours des trois dernières années, a ajouté cette source."
    )
    text = clean(title, date_line + " — " + outlet, [s1, s2, s3])
    src = A("official_unspecified", "une source sécuritaire")
    claims = [
        C("cells_dismantled", 13, "13", s1, yr("2024", "En 2024"), src),
        C("persons_arrested", 11, "11", s3, lastn(3, pub, "au cours des trois dernières années"), src),
    ]
    traps = [T("3 millions de passagers", "passenger traffic")]
    return spec("r17", "clean", "fr", text, meta(title, outlet, None, pub, fictional=True, city="Tanger"), claims,
                traps, partners=["ES"], summary="clean; regional news; a security source; last three years")  # fmt: skip


def r18():
    pub = "2025-03-20"
    site = "La Gazette de Souss"
    title = "Dix ans après sa création, le BCIJ fait les comptes"
    s1 = (
        "Depuis sa création en 2015, le BCIJ a démantelé 96 cellules terroristes, a affirmé son directeur dans un "
        "entretien accordé à une agence de presse."
    )
    s2 = "Sur ce total, 89 cellules étaient affiliées à Daech, les autres se réclamant de la mouvance « Fay' wa Istihlal »."
    s3 = "Le bureau a par ailleurs interpellé plus de 1 400 suspects sur la même période."
    s4 = "Le directeur a salué la coopération avec les États-Unis, tout en pointant les menaces venues du Mali et du Burkina Faso."
    s5 = "Une équipe de 25 enquêteurs est désormais dédiée à la surveillance des réseaux sociaux."
    text = wordpress("fr", site, "Accueil > National", title, "20 mars 2025", [s1, s2, s3, s4, s5],
                     ["Agadir : 4 blessés dans un accident", "Dix ans de BCIJ en 10 dates"])  # fmt: skip
    bcij = A("BCIJ", "son directeur")
    claims = [
        C("cells_dismantled", 96, "96", s1, since("2015", pub, "Depuis sa création en 2015"), bcij),
        C("cells_dismantled", 89, "89", s2, since("2015", pub, None), bcij, subset="isis_linked"),
        C("persons_arrested", 1400, "1 400", s3, since("2015", pub, "sur la même période"), bcij, q="more_than",
          qt="plus de"),
    ]  # fmt: skip
    traps = [T("25 enquêteurs", "staff numbers"), T("Dix ans de BCIJ en 10 dates", "related headline")]
    return spec("r18", "wordpress", "fr", text, meta(title, site, None, pub, fictional=True), claims, traps,
                partners=["US"],
                not_partners=[NP("ML", "Mali", "source of threat"), NP("BF", "Burkina Faso", "source of threat")],
                summary="wordpress; ten years of the BCIJ; ISIS-linked subset; partner and threat countries")  # fmt: skip


def r19():
    pub = "2024-10-08"
    outlet = "Horizons Maghreb Hebdo"
    title = "Combattants marocains : le casse-tête du retour"
    s1 = "Plus de 1 600 Marocains ont rejoint des groupes terroristes en Syrie et en Irak, selon le ministère de l'Intérieur."
    s2 = "Le ministère recense en outre 270 combattants revenus au pays."
    s3 = "Parmi eux, 137 ont été arrêtés et présentés à la justice."
    s4 = "Selon la même source, 240 Marocains sont toujours détenus dans des prisons en Syrie et en Irak."
    sidebar = [
        "Tennis : le Marocain qualifié 6-3, 6-4",
        "Immobilier : 12 000 logements livrés à Tanger",
        "Démantèlement d'une cellule de 4 membres à Oujda",
    ]
    text = aggregator("fr", sidebar, title, outlet, pub, [s1, para(s2, s3), s4])
    moi = A("MOI", "le ministère de l'Intérieur")
    claims = [
        C("fighters_joined", 1600, "1 600", s1, cumul(pub), moi, q="more_than", qt="Plus de"),
        C("returnees", 270, "270", s2, cumul(pub), moi),
        C("returnees_arrested", 137, "137", s3, cumul(pub), moi),
        C("fighters_detained_abroad", 240, "240", s4, cumul(pub), moi),
    ]
    traps = [SIDEBAR_RULE, T("Démantèlement d'une cellule de 4 membres à Oujda", "sidebar headline")]
    return spec("r19", "aggregator", "fr", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "Syrie", "conflict zone"), NP("IQ", "Irak", "conflict zone")],
                summary="aggregator; fighters, returnees, returnees arrested, detained abroad")  # fmt: skip


def r20():
    pub = "2024-12-18"
    outlet = "La Tribune de Bruxelles"
    title = "Antiterrorisme : Bruxelles et Rabat resserrent les liens"
    s1 = (
        "Le Maroc et la Belgique ont mené 7 opérations conjointes contre des réseaux jihadistes depuis 2016, selon "
        "le ministère marocain des Affaires étrangères."
    )
    s2 = (
        "Le ministère de l'Intérieur marocain a, de son côté, fait état de 1 040 personnes interpellées pour "
        "terrorisme entre 2015 et 2023."
    )
    s3 = "Plusieurs suspects étaient originaires de Molenbeek, commune de 97 000 habitants."
    s4 = "Certains avaient séjourné en Syrie avant de regagner l'Europe."
    text = html("fr", title, outlet, pub, [s1, s2, s3, s4], aside=("Bruxelles : 3 blessés dans un incendie",))
    claims = [
        C("joint_operations", 7, "7", s1, since("2016", pub, "depuis 2016"),
          A("MFA", "le ministère marocain des Affaires étrangères")),
        C("persons_arrested", 1040, "1 040", s2, rng("2015", "2023", "entre 2015 et 2023"),
          A("MOI", "Le ministère de l'Intérieur marocain")),
    ]  # fmt: skip
    traps = [
        T("97 000 habitants", "population"),
        T("Bruxelles : 3 blessés dans un incendie", "aside headline"),
    ]
    return spec("r20", "html", "fr", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["BE"], not_partners=[NP("SY", "Syrie", "conflict zone")],
                summary="html (time and JSON-LD); foreign outlet; foreign ministry; range")  # fmt: skip


def r21():
    pub = "2024-02-27"
    outlet = "Oujda Soir"
    title = "Le gouvernement détaille le bilan antiterroriste de 2023"
    date_line = "Oujda Soir, mardi 27 février 2024"
    s1 = (
        "En 2023, le BCIJ a démantelé 12 cellules terroristes, selon le bilan présenté au Parlement par le "
        "porte-parole du gouvernement."
    )
    s2 = "Parmi ces cellules, 9 étaient affiliées à Daech et 4 à la mouvance « Fay' wa Istihlal », a-t-il détaillé."
    s3 = "Le porte-parole a rappelé l'entrée en vigueur de la loi 86.14 sur les combattants étrangers."
    s4 = "Une des cellules avait été démantelée près de la frontière avec l'Algérie."
    text = clean(title, date_line, [s1, s2, s3, s4])
    gov = A("GOV", "le porte-parole du gouvernement")
    claims = [
        C("cells_dismantled", 12, "12", s1, yr("2023", "En 2023"), gov),
        C("cells_dismantled", 9, "9", s2, yr("2023", None), gov, subset="isis_linked"),
        C("cells_dismantled", 4, "4", s2, yr("2023", None), gov, subset="fay_istihlal_linked"),
    ]
    traps = [T("86.14", "law number")]
    return spec("r21", "clean", "fr", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                not_partners=[NP("DZ", "Algérie", "a border")],
                summary="clean; government spokesman; a breakdown that does not add up")  # fmt: skip


def r22():
    pub = "2025-05-16"
    site = "Kénitra Info Plus"
    title = "22 ans après le 16 mai, la vigilance reste de mise"
    s1 = (
        "Depuis les attentats du 16 mai 2003, les services de sécurité ont déjoué plus de 500 projets terroristes, "
        "a rappelé le directeur général de la DGST dans un message lu lors d'une cérémonie."
    )
    s2 = "Depuis 2002, 68 femmes ont été arrêtées dans des affaires de terrorisme, a-t-il ajouté."
    s3 = "La cérémonie, qui a réuni 300 invités, a été marquée par un hommage aux victimes."
    s4 = "Le responsable a salué la coopération avec l'Espagne, la France et l'Allemagne."
    text = wordpress("fr", site, "Accueil > Société", title, "vendredi 16 mai 2025", [s1, s2, s3, s4],
                     ["Kénitra : 2 000 emplois annoncés dans l'automobile"])  # fmt: skip
    dgst = A("DGST", "le directeur général de la DGST")
    claims = [
        C("plots_foiled", 500, "500", s1, since("2003-05-16", pub, "Depuis les attentats du 16 mai 2003"), dgst,
          q="more_than", qt="plus de"),
        C("persons_arrested", 68, "68", s2, since("2002", pub, "Depuis 2002"), dgst, subset="women"),
    ]  # fmt: skip
    traps = [T("300 invités", "attendance"), T("22 ans", "anniversary"), T("16 mai 2003", "a date")]
    return spec("r22", "wordpress", "fr", text, meta(title, site, None, pub, fictional=True), claims, traps,
                partners=["ES", "FR", "DE"], summary="wordpress; anniversary speech; since an event; women since 2002")  # fmt: skip


# ---------------------------------------------------------------- English


def r23():
    pub = "2025-08-04"
    outlet = "Maghreb Ledger"
    title = "Morocco's returnees: prosecution first, then rehabilitation"
    date_line = "Rabat — 4 August 2025 — Maghreb Ledger"
    s1 = "Morocco has recorded 270 returnees from Syria and Iraq, the interior ministry said in a statement."
    s2 = "Of these, 137 were arrested on arrival and prosecuted under the kingdom's anti-terrorism law."
    s3 = (
        "Researcher Amina Tazi of the Rabat Centre for Security Studies believes the real number of returnees is "
        "closer to 300 once women and children are counted."
    )
    s4 = "In 2019, eight nationals were repatriated in an operation coordinated with the United States."
    s5 = "Prosecutors usually rely on article 218-1 of the penal code."
    text = clean(title, date_line, [s1, s2, s3, s4, s5])
    moi = A("MOI", "the interior ministry")
    claims = [
        C("returnees", 270, "270", s1, cumul(pub), moi),
        C("returnees_arrested", 137, "137", s2, cumul(pub), moi),
        C("returnees", 300, "300", s3, cumul(pub), A("analyst", "Researcher Amina Tazi", "Amina Tazi"), q="about",
          qt="closer to"),
        C("returnees", 8, "eight", s4, yr("2019", "In 2019"), A("unspecified")),
    ]  # fmt: skip
    traps = [T("218-1", "article of the penal code")]
    return spec("r23", "clean", "en", text, meta(title, outlet, None, pub, fictional=True, city="Rabat"), claims,
                traps, partners=["US"],
                not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="clean; returnees; ministry and researcher disagree; unattributed year figure")  # fmt: skip


def r24():
    pub = "2025-05-16"
    outlet = "Atlas Wire Service"
    title = "Morocco says 229 terror cells broken up since 2002"
    s1 = (
        "Moroccan authorities have dismantled 229 terrorist cells since 2002, the head of the Central Bureau of "
        "Judicial Investigations said on Friday."
    )
    s2 = (
        "Speaking at a conference marking 22 years since the Casablanca bombings, he said more than 500 plots had "
        "been thwarted over the same period."
    )
    s3 = "The bureau, set up in 2015, now employs some 400 investigators."
    s4 = "He praised intelligence sharing with Spain, France and the United States."
    text = html("en", title, outlet, pub, [s1, s2, s3, s4])
    bcij = A("BCIJ", "the head of the Central Bureau of Judicial Investigations")
    claims = [
        C("cells_dismantled", 229, "229", s1, since("2002", pub, "since 2002"), bcij),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "over the same period"), bcij, q="more_than",
          qt="more than"),
    ]  # fmt: skip
    traps = [T("22 years", "anniversary"), T("400 investigators", "staff numbers")]
    return spec("r24", "html", "en", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["ES", "FR", "US"], summary="html (time and JSON-LD); wire copy; figure also in the title")  # fmt: skip


def r25():
    pub = "2024-12-30"
    outlet = "Morocco Courier Online"
    title = "How many Moroccans went to fight in Syria?"
    s1 = "A total of 1,659 Moroccans travelled to join militant groups in Syria and Iraq, according to official figures."
    s2 = "Independent analyst Rachid Amrani puts the figure at nearly 2,000, counting dual nationals."
    s3 = "Around 745 of them were killed in combat, the official figures show."
    sidebar = [
        "Raja beat AS FAR 3-1 in Botola derby",
        "Inflation eases to 0.7% in November",
        "Police arrest 12 in Casablanca fraud case",
    ]
    text = aggregator("en", sidebar, title, outlet, pub, [s1, s2, s3])
    off = A("official_unspecified", "official figures")
    claims = [
        C("fighters_joined", 1659, "1,659", s1, cumul(pub), off),
        C("fighters_joined", 2000, "2,000", s2, cumul(pub), A("analyst", "Independent analyst Rachid Amrani",
          "Rachid Amrani"), q="about", qt="nearly"),
        C("fighters_killed", 745, "745", s3, cumul(pub), off, q="about", qt="Around"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("Police arrest 12 in Casablanca fraud case", "sidebar headline")]
    return spec("r25", "aggregator", "en", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                not_partners=[NP("SY", "Syria", "conflict zone"), NP("IQ", "Iraq", "conflict zone")],
                summary="aggregator; foreign fighters; official figure against an analyst's estimate")  # fmt: skip


def r26():
    pub = "2025-01-22"
    site = "North Africa Monitor"
    title = "Morocco's counter-terrorism bureau reports 2024 arrests"
    s1 = "In 2024, the Central Bureau of Judicial Investigations arrested 72 people in terrorism-related cases, according to its annual report."
    s2 = "The suspects included 15 foreigners, mainly from sub-Saharan countries."
    s3 = "One of the cells, in Tiznit, was dismantled in cooperation with the United States."
    s4 = "Its leader was later sentenced to 20 years in prison."
    text = wordpress("en", site, "Home > Security", title, "January 22, 2025", [s1, s2, s3, s4],
                     ["Five things to know about the Sahel crisis"])  # fmt: skip
    bcij = A("BCIJ", "the Central Bureau of Judicial Investigations")
    claims = [
        C("persons_arrested", 72, "72", s1, yr("2024", "In 2024"), bcij),
        C("persons_arrested", 15, "15", s2, yr("2024", None), bcij, subset="foreigners"),
    ]
    traps = [T("20 years", "prison term")]
    return spec("r26", "wordpress", "en", text, meta(title, site, None, pub, fictional=True), claims, traps,
                partners=["US"], summary="wordpress; yearly BCIJ arrests below its own earlier year-to-date figure")  # fmt: skip


def r27():
    pub = "2025-03-12"
    outlet = "Casablanca Chronicle"
    title = "Opposition MP questions counter-terrorism figures"
    date_line = "Casablanca Chronicle | March 12, 2025"
    s1 = (
        "Seventeen terrorist cells were dismantled last year, opposition lawmaker Nadia Berrada told the House of "
        "Representatives on Tuesday."
    )
    s2 = "The interior minister did not dispute the figure but said several dozen suspects had been detained."
    s3 = "So far this year, two cells have been broken up, she added."
    s4 = "The debate in the 395-seat chamber lasted three hours."
    text = clean(title, date_line, [s1, s2, s3, s4])
    mp = A("PARLIAMENT", "opposition lawmaker Nadia Berrada", "Nadia Berrada")
    claims = [
        C("cells_dismantled", 17, "Seventeen", s1, yr("2024", "last year"), mp),
        C("cells_dismantled", 2, "two", s3, ytd(pub, "So far this year"), mp),
    ]
    traps = [T("several dozen", "a vague count"), T("395-seat", "seats"), T("three hours", "a duration")]
    return spec("r27", "clean", "en", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                summary="clean; an MP's figure for last year; so far this year")  # fmt: skip


def r28():
    pub = "2025-10-02"
    outlet = "Strait Report"
    title = "Spain and Morocco break up another jihadist network"
    s1 = (
        "Spanish and Moroccan police have carried out 20 joint counter-terrorism operations since 2014, Morocco's "
        "DGST said in a statement."
    )
    s2 = "The latest, on Wednesday, led to the arrest of nine suspects in Ceuta, Madrid and Fnideq."
    s3 = "Ceuta, a city of 84,000, has long been watched by both services."
    text = html("en", title, outlet, pub, [s1, s2, s3], jsonld=False)
    dgst = A("DGST", "Morocco's DGST")
    claims = [
        C("joint_operations", 20, "20", s1, since("2014", pub, "since 2014"), dgst),
        C("persons_arrested", 9, "nine", s2, event(pub, "on Wednesday"), dgst),
    ]
    traps = [T("84,000", "population")]
    return spec("r28", "html", "en", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                partners=["ES"], summary="html (time tag only); foreign outlet; joint operations; weekday event")  # fmt: skip


def r29():
    pub = "2025-10-20"
    outlet = "Rif Post English"
    title = "Inside Morocco's fight against extremism"
    s1 = "Since 2002, Moroccan security services have arrested 4,350 people in terrorism cases, according to security sources."
    s2 = "Around 40 of them were minors, the sources added."
    s3 = "The youngest was 15 years old when he was detained."
    sidebar = [
        "Lions of the Atlas top group with 18 points",
        "Casablanca tram extension to add 14 stations",
        "Four arrested over cell plotting attacks in Errachidia",
    ]
    text = aggregator("en", sidebar, title, outlet, pub, [para(s1, s2), s3])
    src = A("official_unspecified", "security sources")
    claims = [
        C("persons_arrested", 4350, "4,350", s1, since("2002", pub, "Since 2002"), src),
        C("persons_arrested", 40, "40", s2, since("2002", pub, None), src, q="about", qt="Around", subset="minors"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("Four arrested over cell plotting attacks in Errachidia", "sidebar headline"),
        T("15 years old", "age"),
    ]
    return spec("r29", "aggregator", "en", text, meta(title, outlet, None, pub, fictional=True), claims, traps,
                summary="aggregator; an outdated running total of arrests; minors subset; CT sidebar")  # fmt: skip


def r30():
    pub = "2025-06-25"
    site = "Sahel Security Review"
    title = "The Moroccan model: prevention before repression"
    s1 = "Between 2016 and 2020, Moroccan services dismantled 61 cells, according to our own count."
    s2 = "The DGST says more than 500 attacks have been foiled since 2002."
    s3 = (
        "Over the past decade, at least 300 people have been arrested for online recruitment and propaganda, "
        "according to researcher Youssef Alami."
    )
    s4 = "Morocco has also trained imams from Mali in its Rabat institute."
    text = wordpress("en", site, "Home > Analysis", title, "Posted on June 25, 2025", [s1, s2, s3, s4],
                     ["Sahel: 5 things to watch in 2026"])  # fmt: skip
    claims = [
        C("cells_dismantled", 61, "61", s1, rng("2016", "2020", "Between 2016 and 2020"), A("unspecified")),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "since 2002"), A("DGST", "The DGST"), q="more_than",
          qt="more than"),
        C("persons_arrested", 300, "300", s3, lastn(10, pub, "Over the past decade"),
          A("analyst", "researcher Youssef Alami", "Youssef Alami"), q="at_least", qt="at least",
          subset="online_activity"),
    ]  # fmt: skip
    traps = [T("Sahel: 5 things to watch in 2026", "related headline")]
    return spec("r30", "wordpress", "en", text, meta(title, site, None, pub, fictional=True), claims, traps,
                not_partners=[NP("ML", "Mali", "imams trained, not a counter-terrorism partner")],
                summary="wordpress; think tank; own count; online activity subset over the past decade")  # fmt: skip


ARTICLES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15,
            r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30]  # fmt: skip

INCONSISTENCIES = [
    {"id": "i1", "kind": "same_period_disagreement",
     "refs": [("r05", "cells_dismantled", 13), ("r27", "cells_dismantled", 17)],
     "explanation": "13 cells last year (security sources, Feb 2025) against 17 last year (an MP, Mar 2025): both 2024"},
    {"id": "i2", "kind": "cumulative_decrease",
     "refs": [("r24", "cells_dismantled", 229), ("r09", "cells_dismantled", 219)],
     "explanation": "229 cells since 2002 (May 2025) then 219 since 2002 (Sep 2025): a running total cannot go down"},
    {"id": "i3", "kind": "stale_figure",
     "refs": [("r03", "persons_arrested", 4350), ("r16", "persons_arrested", 4420),
              ("r29", "persons_arrested", 4350)],
     "explanation": "4350 arrested since 2002 (Jan 2024), 4420 (Jan 2025), then 4350 repeated as current in Oct 2025"},
    {"id": "i4", "kind": "implausible_value",
     "refs": [("r18", "cells_dismantled", 96), ("r11", "cells_dismantled", 960)],
     "explanation": "960 cells since the BCIJ's creation in 2015 against 96: ten times the series, a misprint"},
    {"id": "i5", "kind": "internal_arithmetic",
     "refs": [("r21", "cells_dismantled", 12), ("r21", "cells_dismantled", 9, "isis_linked"),
              ("r21", "cells_dismantled", 4, "fay_istihlal_linked")],
     "explanation": "12 cells in 2023 broken down as 9 ISIS-linked plus 4 Fay' wa Istihlal, which makes 13"},
    {"id": "i6", "kind": "partial_exceeds_whole",
     "refs": [("r15", "persons_arrested", 85), ("r26", "persons_arrested", 72)],
     "explanation": "the BCIJ gave 85 arrests from January to September 2024, then 72 for the whole of 2024"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r13", "cells_dismantled", 220), ("r02", "cells_dismantled", 224), ("r24", "cells_dismantled", 229),
              ("r01", "cells_dismantled", 225)],
     "reason": "cells since 2002 rising: more than 220, 224, 229, then more than 225 (bounds agree)"},
    {"refs": [("r03", "persons_arrested", 4350), ("r02", "persons_arrested", 4385),
              ("r07", "persons_arrested", 4400)],
     "reason": "arrests since 2002 rising: 4350, 4385, more than 4400"},
    {"refs": [("r02", "plots_foiled", 500), ("r14", "plots_foiled", 500), ("r24", "plots_foiled", 500),
              ("r30", "plots_foiled", 500), ("r22", "plots_foiled", 500)],
     "reason": "more than 500 plots foiled, said by several sources (since 2002 and since 16 May 2003)"},
    {"refs": [("r03", "cells_dismantled", 12), ("r21", "cells_dismantled", 12)],
     "reason": "12 cells in 2023 in two outlets (the DGST's review and the government spokesman)"},
    {"refs": [("r18", "cells_dismantled", 96), ("r04", "cells_dismantled", 100)],
     "reason": "BCIJ cells since 2015: 96 in March 2025 then about 100 in July 2025"},
    {"refs": [("r10", "fighters_joined", 1659), ("r19", "fighters_joined", 1600), ("r25", "fighters_joined", 1659),
              ("r12", "fighters_joined", 1659)],
     "reason": "Moroccan fighters who joined: 1659 (2021 figures), more than 1600, 1659 repeated"},
    {"refs": [("r10", "returnees", 270), ("r19", "returnees", 270), ("r04", "returnees", 270),
              ("r23", "returnees", 270), ("r12", "returnees", 270)],
     "reason": "270 returnees, the same official tally repeated from 2021 on"},
    {"refs": [("r05", "persons_arrested", 72), ("r11", "persons_arrested", 72), ("r26", "persons_arrested", 72)],
     "reason": "72 arrests in 2024 in three outlets"},
    {"refs": [("r05", "cells_dismantled", 13), ("r17", "cells_dismantled", 13)],
     "reason": "13 cells in 2024 (last year from a February 2025 byline) in two outlets"},
    {"refs": [("r19", "returnees_arrested", 137), ("r23", "returnees_arrested", 137)],
     "reason": "137 returnees arrested, the same ministry figure in French and English"},
    {"refs": [("r08", "joint_operations", 18), ("r28", "joint_operations", 20)],
     "reason": "joint Moroccan-Spanish operations since 2014 rising from 18 (April) to 20 (October 2025)"},
]  # fmt: skip

CONVENTIONS = """- Periods are resolved from the byline: "السنة الماضية" and "last year" = byline year - 1; "أمس الأربعاء",
  "samedi", "on Wednesday", "الثلاثاء" = the last such weekday on or before the byline (`event`); "في أكتوبر
  الماضي" = the last October before the byline (`month`); "خلال العقد الأخير", "Over the past decade" = n 10,
  "Au cours des cinq dernières années" = n 5, "السنوات الثلاث الأخيرة", "trois dernières années" = n 3.
- Year to date: "منذ مطلع السنة الجارية", "Depuis janvier", "So far this year"; "au cours de la même période"
  inherits it.
- Inherited periods ("خلال الفترة ذاتها", "over the same period", "sur la même période") take the previous
  sentence's period with the inheriting phrase as text; a breakdown with no period phrase of its own carries
  the total's period with a null text.
- "Since the BCIJ's creation in 2015" is `since` 2015; "Depuis les attentats du 16 mai 2003" starts 2003-05-16.
- Undated running totals (fighters who joined, returnees, killed, detained abroad) are `cumulative_unspecified`
  ending at the byline, or at the year the text dates them ("إحصائيات سنة 2021": as_of 2021).
- Sources: BCIJ director or bureau -> BCIJ; DGST and its director general -> DGST; DGSN annual report -> DGSN;
  interior minister or ministry -> MOI; government spokesman -> GOV; MPs and councillors -> PARLIAMENT; the
  foreign ministry -> MFA; "مصادر أمنية", "une source sécuritaire", "official figures", "security sources",
  "أرقام رسمية" -> official_unspecified; named researchers -> analyst; the outlet's own count or an unsourced
  sentence -> unspecified (raw null). "المصدر ذاته", "la même source", "he", "she" carry the previous source.
- Subsets: women, minors, foreigners, isis_linked, former_detainees (previously jailed for terrorism),
  with_criminal_record, fay_istihlal_linked, online_activity. An operation's own arrest count has no subset.
- Bounds agree as in CONTRACT.md.
- Traps: ages, prison terms, durations, staff numbers, page counts, populations, distances, seats, scores,
  victims of past attacks, defendants in a trial, law and article numbers, sidebar, aside and related headlines.
"""

HOW = """Written blind to the engine and to every development corpus's text: only CONTRACT.md, tests/corpus_kit.py,
tests/corpus_gold_checks.py, the template of a gold test and the conventions of tests/corpus_dates/README.md were
read. Real Moroccan coverage read through the search tool (DGST/BCIJ statements, running totals since 2002 and
since 2015, breakdowns by affiliation, fighters and returnees) set the magnitudes; no sentence was copied, all
outlets and non-official people are invented, and the engine was never run on these files.
"""


def readme(gold, summaries):
    n = len(gold["files"])
    claims = sum(len(f["claims"]) for f in gold["files"])
    lines = [
        "# blind_round10: a blind set of Moroccan counter-terrorism reporting",
        "",
        f"{n} invented articles (12 Arabic, 10 French, 8 English) in the four layouts of tests/corpus_kit.py, with "
        f"{claims} required claims, planted inconsistencies of every kind and compatible groups.",
        "",
        "Measure with:",
        "",
        "    .venv/bin/python manage.py extract_claims tests/blind_round10 --json > /tmp/r10.json",
        "    .venv/bin/python ../shared/tools/score.py tests/blind_round10/expected.json /tmp/r10.json",
        "",
    ]
    return "\n".join(lines + readme_sections(gold, summaries, CONVENTIONS, HOW))


def build(out):
    return write_corpus(
        out,
        ARTICLES,
        description="Blind round 10: 30 invented Moroccan counter-terrorism articles (ar, fr, en), written blind",
        inconsistencies=INCONSISTENCIES,
        must_not_flag=MUST_NOT_FLAG,
        readme=readme,
    )


if __name__ == "__main__":
    raise SystemExit(run_build(__doc__, HERE, build))
