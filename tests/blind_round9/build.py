"""Builds the round-9 blind set: 30 articles (12 Arabic, 10 French, 8 English), expected.json and README.md.

Every outlet, person and sentence here is invented; only public bodies (DGST, BCIJ, DGSN, the Ministry of
the Interior, Parliament) are real. Deterministic: `python tests/blind_round9/build.py [--out DIR]`.
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
    run_build,
    since,
    unspec,
    wordpress,
    write_corpus,
    yr,
    ytd,
)

NB = "\u00a0"  # no-break space
TH = "\u202f"  # narrow no-break space
WEEKDAY = {"الإثنين": 0, "الثلاثاء": 1, "الأحد": 6, "jeudi": 3, "mardi": 1, "sunday": 6}


def event(pub, text, day):
    d = date.fromisoformat(pub)
    start = (d - timedelta(days=(d.weekday() - WEEKDAY[day]) % 7)).isoformat()
    return P("event", start, start, text)


def np_(code, text, reason):
    return {"country": code, "text": text, "reason": reason}


def spec(
    key, slug, fmt, lang, text, metadata, claims, traps, cited=(), not_partners=(), summary="", optional=()
):
    ext = "html" if fmt == "html" else "txt"
    return dict(key=key, file=f"{key}_{slug}.{ext}", format=fmt, language=lang, text=text, metadata=metadata,
                claims=list(claims), optional_claims=list(optional), must_not_extract=list(traps),
                countries_cited=list(cited), countries_not_partners=list(not_partners), summary=summary)  # fmt: skip


# ---------------------------------------------------------------- Arabic


def r01():
    pub, outlet = "2019-05-21", "النبأ المغاربي"
    title = "تفكيك خلية موالية لداعش بين طنجة وتطوان"
    s1 = ("تمكنت عناصر المكتب المركزي للأبحاث القضائية يوم الإثنين من توقيف خمسة متطرفين ينشطون بين طنجة "
          "وتطوان، حسب بلاغ للمديرية العامة لمراقبة التراب الوطني.")  # fmt: skip
    s2 = "وتتراوح أعمار الموقوفين بين 19 و34 سنة، وكان أحدهم يتواصل مع عناصر في سوريا."
    s3 = "وبهذه العملية، يرتفع عدد الخلايا التي فككتها المصالح الأمنية المغربية منذ سنة 2002 إلى 183 خلية."
    s4 = "وتعود أولى الضربات الإرهابية التي عرفتها المملكة إلى 16 ماي 2003 بالدار البيضاء."
    side = [
        "ارتفاع أسعار الأضاحي بنسبة 12 في المائة",
        "الوداد يفوز بثلاثية نظيفة",
        "أمطار رعدية بعدد من المدن",
    ]
    text = aggregator("ar", side, title, outlet, pub, [s1 + " " + s2, s3 + " " + s4])
    dgst = "بلاغ للمديرية العامة لمراقبة التراب الوطني"
    claims = [
        C("persons_arrested", 5, "خمسة", s1, event(pub, "يوم الإثنين", "الإثنين"), A("DGST", dgst)),
        C("cells_dismantled", 183, "183", s3, since("2002", pub, "منذ سنة 2002"), A("DGST", dgst),
          notes="attribution inherited from the communiqué named in the first paragraph"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("بين 19 و34 سنة", "ages"), T("16 ماي 2003", "date of an attack"),
             T("12 في المائة", "sidebar percentage")]  # fmt: skip
    nps = [np_("SY", "في سوريا", "conflict zone, not a partner")]
    return spec("r01", "khaliya-tanger", "aggregator", "ar", text, meta(title, outlet, "Maghreb News", pub, fictional=True),
                claims, traps, (), nps, "DGST communiqué: a cell's arrests (weekday event) and the since-2002 cell total")  # fmt: skip


def r02():
    pub, outlet = "2020-11-30", "موقع الرصيد"
    title = "وزير الداخلية أمام النواب: المقاربة الاستباقية أثبتت نجاعتها"
    s1 = ("قال وزير الداخلية، في معرض جوابه على سؤال شفوي بمجلس النواب، إن المصالح الأمنية فككت 204 خلايا "
          "إرهابية منذ سنة 2002.")  # fmt: skip
    s2 = "وأضاف أن هذه العمليات مكنت من توقيف ٤٠٣٠ شخصا منذ التاريخ ذاته."
    s3 = "كما تم إحباط أكثر من 500 مخطط إرهابي منذ 2002، وفق المسؤول الحكومي."
    s4 = "وذكّر الوزير بأن القانون رقم 03.03 المتعلق بمكافحة الإرهاب شكّل الإطار القانوني لهذه العمليات."
    s5 = "ورصدت الوزارة غلافا ماليا قدره 40 مليون درهم لتأهيل مراكز المراقبة الحدودية."
    meta_line = "الإثنين 30 نونبر 2020 - 18:42"
    related = ["النواب يصادقون على مشروع قانون المالية", "تعديل حكومي مرتقب قبل نهاية السنة"]
    text = wordpress(
        "ar", outlet, "الرئيسية » سياسة", title, meta_line, [s1 + " " + s2, s3, s4 + " " + s5], related
    )
    moi = "وزير الداخلية"
    claims = [
        C("cells_dismantled", 204, "204", s1, since("2002", pub, "منذ سنة 2002"), A("MOI", moi)),
        C("persons_arrested", 4030, "٤٠٣٠", s2, since("2002", pub, "منذ التاريخ ذاته"), A("MOI", moi),
          notes="Arabic-Indic digits; the period refers back to the previous sentence's 2002"),
        C("plots_foiled", 500, "500", s3, since("2002", pub, "منذ 2002"), A("MOI", moi), q="more_than",
          qt="أكثر من"),
    ]  # fmt: skip
    traps = [T("03.03", "law number"), T("40 مليون درهم", "money"), T("30 نونبر 2020", "byline date")]
    return spec("r02", "wazir-nuwwab", "wordpress", "ar", text, meta(title, outlet, "Al Rassid", pub, fictional=True),
                claims, traps, (), (), "Minister of the Interior in Parliament: since-2002 cells, arrests, plots")  # fmt: skip


def r03():
    pub, outlet = "2021-06-15", "صحيفة الأفق"
    title = "الباحث عمر الصقلي: أرقام المقاتلين المغاربة أكبر مما يعلن"
    s1 = "تشير الأرقام الرسمية إلى أن 1659 مغربيا التحقوا ببؤر التوتر في سوريا والعراق."
    s2 = "غير أن الباحث في الجماعات المتطرفة عمر الصقلي يرى أن العدد الحقيقي يبلغ أزيد من 2000 مقاتل."
    s3 = "وحسب الأرقام الرسمية نفسها، فإن عدد الخلايا المفككة منذ 2002 بلغ 210 خلايا."
    s4 = "ويضيف الصقلي أن 40 في المائة من الشباب الذين شملتهم دراسته لم يتجاوزوا 25 سنة."
    s5 = "وكان الصقلي قد أصدر كتابه الأول سنة 2017."
    date_line = f"{outlet} | الثلاثاء 15 يونيو 2021"
    text = clean(title, date_line, [s1 + " " + s2, s3, s4 + " " + s5])
    off = "الأرقام الرسمية"
    claims = [
        C("fighters_joined", 1659, "1659", s1, cumul(pub), A("official_unspecified", off)),
        C("fighters_joined", 2000, "2000", s2, cumul(pub), A("analyst", "الباحث في الجماعات المتطرفة", "عمر الصقلي"),
          q="more_than", qt="أزيد من"),
        C("cells_dismantled", 210, "210", s3, since("2002", pub, "منذ 2002"), A("official_unspecified", off)),
    ]  # fmt: skip
    traps = [
        T("40 في المائة", "share of a study sample"),
        T("25 سنة", "age"),
        T("سنة 2017", "year of a book"),
    ]
    nps = [np_("SY", "سوريا والعراق", "conflict zone"), np_("IQ", "سوريا والعراق", "conflict zone")]
    return spec("r03", "saqalli", "clean", "ar", text, meta(title, outlet, "Al Ofok", pub, fictional=True),
                claims, traps, (), nps, "analyst against the official count of fighters; since-2002 cells")  # fmt: skip


def r04():
    pub, outlet = "2022-03-09", "بوابة الشمال"
    title = "عملية مشتركة مع إسبانيا تطيح بأربعة متطرفين"
    s1 = ("أعلن المكتب المركزي للأبحاث القضائية عن توقيف أربعة متطرفين يوم الثلاثاء بالناظور، في عملية أمنية "
          "منسقة مع المصالح الإسبانية.")  # fmt: skip
    s2 = "وأوضح المصدر أن أصغر الموقوفين يبلغ من العمر 22 سنة."
    s3 = "وكانت حصيلة نونبر 2021 قد تحدثت عن 4300 شخص موقوف في قضايا الإرهاب منذ 2002."
    s4 = "وتم حجز مبلغ 15 ألف درهم وهواتف محمولة خلال عمليات التفتيش التي دامت 24 ساعة."
    body = [s1 + " " + s2, s3, s4]
    text = html(
        "ar",
        title,
        outlet,
        pub,
        body,
        time_tag=True,
        jsonld=False,
        aside=["ارتفاع صادرات الطماطم بـ8 في المائة"],
    )
    bcij = "المكتب المركزي للأبحاث القضائية"
    claims = [
        C("persons_arrested", 4, "أربعة", s1, event(pub, "يوم الثلاثاء", "الثلاثاء"), A("BCIJ", bcij)),
        C("persons_arrested", 4300, "4300", s3, since("2002", "2021-11", "منذ 2002"), A("unspecified"),
          as_of="2021-11", notes="figure dated by the text (November 2021); no source named"),
    ]  # fmt: skip
    traps = [T("22 سنة", "age"), T("تطيح بأربعة متطرفين", "title figure repeated by the body"), T("15 ألف درهم", "money"), T("24 ساعة", "duration"),
             T("8 في المائة", "aside headline: another article")]  # fmt: skip
    return spec("r04", "nador-espagne", "html", "ar", text, meta(title, outlet, "Bawabat Achamal", pub, fictional=True),
                claims, traps, ["ES"], (), "joint operation with Spain; a text-dated since-2002 arrest total")  # fmt: skip


def r05():
    pub, outlet = "2023-01-10", "أنباء الجهات"
    title = "الحصيلة السنوية للأمن الوطني برسم 2022"
    s1 = ("وحسب الحصيلة السنوية للمديرية العامة للأمن الوطني، فإن عدد الخلايا الإرهابية المفككة خلال سنة 2022 "
          "اثنتا عشرة خلية.")  # fmt: skip
    s2 = "وساهمت مصالح الأمن خلال السنة ذاتها في توقيف اثنين وسبعين شخصا يشتبه في تورطهم في قضايا ذات صلة بالإرهاب."
    s3 = "كما عالجت المديرية أزيد من 600 ألف قضية زجرية في مختلف الجرائم."
    side = [
        "جماعة فاس تصادق على ميزانية 350 مليون درهم",
        "انطلاق امتحانات الباكالوريا",
        "توقعات الطقس ليوم غد",
    ]
    text = aggregator("ar", side, title, outlet, pub, [s1 + " " + s2, s3])
    dgsn = "الحصيلة السنوية للمديرية العامة للأمن الوطني"
    claims = [
        C("cells_dismantled", 12, "اثنتا عشرة", s1, yr("2022", "خلال سنة 2022"), A("DGSN", dgsn),
          notes="number word in the nominative (predicate)"),
        C("persons_arrested", 72, "اثنين وسبعين", s2, yr("2022", "خلال السنة ذاتها"), A("DGSN", dgsn),
          notes="accusative/genitive number word; period inherited from the previous sentence"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("600 ألف قضية", "all offences, not terrorism"),
        T("350 مليون درهم", "sidebar money"),
    ]
    return spec("r05", "hasila-amn", "aggregator", "ar", text, meta(title, outlet, "Anbaa Al Jihat", pub, fictional=True),
                claims, traps, (), (), "DGSN yearly review: 2022 cells and arrests in number words")  # fmt: skip


def r06():
    pub, outlet = "2023-08-22", "المساء المغربي"
    title = "مدير المكتب المركزي للأبحاث القضائية يستعرض حصيلة عمله"
    s1 = ("قال مدير المكتب المركزي للأبحاث القضائية، إدريس البوعناني، إن مصالحه فككت 9 خلايا منذ بداية السنة "
          "الجارية.")  # fmt: skip
    s2 = "وأكد أن العدد الإجمالي للخلايا المفككة منذ 2002 وصل إلى 220 خلية."
    s3 = "أما عدد الأشخاص الموقوفين منذ 2002 فقد بلغ 4600 شخص."
    s4 = "وأشاد البوعناني بتبادل المعلومات مع المصالح الأمريكية، مشيرا إلى أن الوضع في مالي يبقى مصدر قلق."
    s5 = "وتنص المادة 218 من القانون الجنائي على عقوبات تصل إلى 30 سنة سجنا."
    meta_line = "نشر بتاريخ 22 غشت 2023"
    text = wordpress("ar", outlet, "الرئيسية » أمن", title, meta_line, [s1, s2 + " " + s3, s4 + " " + s5],
                     ["البرلمان يناقش قانون المسطرة الجنائية"])  # fmt: skip
    bcij, person = "مدير المكتب المركزي للأبحاث القضائية", "إدريس البوعناني"
    claims = [
        C("cells_dismantled", 9, "9", s1, ytd(pub, "منذ بداية السنة الجارية"), A("BCIJ", bcij, person)),
        C("cells_dismantled", 220, "220", s2, since("2002", pub, "منذ 2002"), A("BCIJ", bcij, person)),
        C("persons_arrested", 4600, "4600", s3, since("2002", pub, "منذ 2002"), A("BCIJ", bcij, person)),
    ]  # fmt: skip
    traps = [T("المادة 218", "article of law"), T("30 سنة سجنا", "sentence length")]
    nps = [np_("ML", "في مالي", "a conflict zone, not a partner")]
    return spec("r06", "bcij-bilan", "wordpress", "ar", text, meta(title, outlet, "Al Massae Al Maghribi", pub, fictional=True),
                claims, traps, ["US"], nps, "BCIJ head: year-to-date and since-2002 totals; US cooperation")  # fmt: skip


def r07():
    pub, outlet = "2024-01-18", "منبر الرأي"
    title = "حصيلة 2023: تراجع عدد الخلايا المفككة"
    s1 = "أفاد المكتب المركزي للأبحاث القضائية بأنه فكك سبع خلايا إرهابية خلال سنة 2023."
    s2 = "وأسفرت هذه العمليات عن توقيف ستين مشتبها به خلال السنة نفسها."
    s3 = "وفي فرنسا، أوقفت الشرطة 90 شخصا في قضايا مماثلة خلال الفترة ذاتها."
    s4 = "وقضت غرفة الجنايات في حق أحد المتهمين بالسجن 20 سنة وغرامة قدرها 2,5 مليون درهم."
    date_line = f"{outlet} | الخميس 18 يناير 2024"
    text = clean(title, date_line, [s1 + " " + s2, s3, s4])
    bcij = "المكتب المركزي للأبحاث القضائية"
    claims = [
        C("cells_dismantled", 7, "سبع", s1, yr("2023", "خلال سنة 2023"), A("BCIJ", bcij)),
        C("persons_arrested", 60, "ستين", s2, yr("2023", "خلال السنة نفسها"), A("BCIJ", bcij)),
    ]
    traps = [T("90 شخصا", "another country's arrests"), T("20 سنة", "prison sentence"),
             T("2,5 مليون درهم", "money")]  # fmt: skip
    nps = [np_("FR", "وفي فرنسا", "another country's figures, no cooperation")]
    return spec("r07", "hasila-2023", "clean", "ar", text, meta(title, outlet, "Minbar Arrai", pub, fictional=True),
                claims, traps, (), nps, "BCIJ's 2023 year: cells and arrests in number words; France as a trap")  # fmt: skip


def r08():
    pub, outlet = "2024-06-05", "البرلمان اليوم"
    title = "تقرير برلماني يرصد وضعية المغاربة العالقين في المخيمات"
    s1 = ("كشف تقرير لجنة الخارجية والدفاع الوطني بمجلس النواب أن نحو 280 امرأة مغربية ما زلن محتجزات في "
          "مخيمات شمال شرق سوريا.")  # fmt: skip
    s2 = "ويوجد رفقتهن ما يناهز 390 قاصرا."
    s3 = "وأورد التقرير أن 270 مقاتلا عادوا إلى المغرب."
    s4 = "واعتقل 237 منهم فور وصولهم وأحيلوا على العدالة."
    s5 = "وعقدت اللجنة 14 اجتماعا خلال ولايتها الحالية."
    body = [s1 + " " + s2, s3 + " " + s4, s5]
    text = html("ar", title, outlet, pub, body, time_tag=False, jsonld=True)
    parl = "تقرير لجنة الخارجية والدفاع الوطني بمجلس النواب"
    claims = [
        C("fighters_detained_abroad", 280, "280", s1, unspec(), A("PARLIAMENT", parl), q="about", qt="نحو",
          subset="women"),
        C("fighters_detained_abroad", 390, "390", s2, unspec(), A("PARLIAMENT", parl), q="about", qt="ما يناهز",
          subset="minors"),
        C("returnees", 270, "270", s3, cumul(pub), A("PARLIAMENT", parl)),
        C("returnees_arrested", 237, "237", s4, cumul(pub), A("PARLIAMENT", parl)),
    ]  # fmt: skip
    traps = [T("14 اجتماعا", "committee meetings")]
    nps = [np_("SY", "شمال شرق سوريا", "where the camps are")]
    return spec("r08", "mukhayyamat", "html", "ar", text, meta(title, outlet, "Al Barlamane Alyaoum", pub, fictional=True),
                claims, traps, (), nps, "parliamentary report: women and minors held in camps, returnees")  # fmt: skip


def r09():
    pub, outlet = "2025-02-12", "الخبر الوطني"
    title = "الأمن الوطني يكشف أرقام السنة الماضية في مكافحة الإرهاب"
    s1 = ("وأوضحت المديرية العامة للأمن الوطني أن مصالحها أوقفت 63 شخصا في قضايا الإرهاب والتطرف خلال السنة "
          "الماضية.")  # fmt: skip
    s2 = "كما ساهمت في تفكيك أربع عشرة خلية خلال السنة الماضية بتنسيق مع المديرية العامة لمراقبة التراب الوطني."
    s3 = "وبلغ عدد المترشحين لولوج سلك الشرطة 45 ألف مترشح."
    side = ["ارتفاع عدد السياح بنسبة 20 في المائة", "الرجاء يتعادل خارج ميدانه", "نشرة إنذارية"]
    text = aggregator("ar", side, title, outlet, pub, [s1, s2, s3])
    dgsn = "المديرية العامة للأمن الوطني"
    claims = [
        C("persons_arrested", 63, "63", s1, yr("2024", "خلال السنة الماضية"), A("DGSN", dgsn)),
        C("cells_dismantled", 14, "أربع عشرة", s2, yr("2024", "خلال السنة الماضية"), A("DGSN", dgsn)),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("45 ألف مترشح", "police recruitment")]
    return spec("r09", "amn-watani-2024", "aggregator", "ar", text, meta(title, outlet, "Al Khabar Al Watani", pub, fictional=True),
                claims, traps, (), (), "DGSN: last year's arrests and cells (relative year)")  # fmt: skip


def r10():
    pub, outlet = "2025-05-20", "شمس بريس"
    title = "التعاون الأمني المغربي الإسباني يدخل عقده الثاني"
    s1 = "وقال مصدر أمني إن المملكة فككت ٢١٩ خلية إرهابية منذ سنة 2002."
    s2 = "وأوضح المصدر ذاته أن الأجهزة المغربية والإسبانية نفذت 24 عملية مشتركة منذ 2014."
    s3 = "ويعبر مضيق جبل طارق يوميا ما يزيد عن 30 ألف مسافر."
    meta_line = "20 ماي 2025 | قسم الأخبار"
    text = wordpress(
        "ar", outlet, "الرئيسية » دولي", title, meta_line, [s1, s2, s3], ["مباحثات مغربية إسبانية حول الهجرة"]
    )
    src = "مصدر أمني"
    claims = [
        C("cells_dismantled", 219, "٢١٩", s1, since("2002", pub, "منذ سنة 2002"), A("official_unspecified", src)),
        C("joint_operations", 24, "24", s2, since("2014", pub, "منذ 2014"), A("official_unspecified", src)),
    ]  # fmt: skip
    traps = [T("30 ألف مسافر", "travellers, not a metric"), T("جبل طارق", "place, not a country")]
    return spec("r10", "taawun-isbani", "wordpress", "ar", text, meta(title, outlet, "Chams Press", pub, fictional=True),
                claims, traps, ["ES"], (), "security source: since-2002 cells (Arabic-Indic digits), joint operations with Spain")  # fmt: skip


def r11():
    pub, outlet = "2026-01-27", "مجلة الدراسات الأمنية"
    title = "حوار مع الخبيرة نادية الفيلالي حول التهديد الإرهابي"
    s1 = "وحسب معطيات المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 236 خلية منذ 2002."
    s1b = "وخلال السنوات الخمس الأخيرة وحدها، فككت المصالح ذاتها 26 خلية."
    s2 = "وتضيف الفيلالي أن عدد الموقوفين منذ 2002 يبلغ 4030 شخصا."
    s3 = "وترى الخبيرة أن ما لا يقل عن 300 مقاتل عادوا إلى المغرب."
    s4 = "وتقول إن أغلب المستقطَبين تتراوح أعمارهم بين 18 و25 سنة، وإن دعاية التنظيم تستقطب ملايين المشاهدات."
    date_line = f"{outlet} | الثلاثاء 27 يناير 2026"
    text = clean(title, date_line, [s1 + " " + s1b + " " + s2, s3, s4])
    person = "نادية الفيلالي"
    claims = [
        C("cells_dismantled", 236, "236", s1, since("2002", pub, "منذ 2002"),
          A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني")),
        C("cells_dismantled", 26, "26", s1b, lastn(5, pub, "خلال السنوات الخمس الأخيرة"),
          A("DGST", "معطيات المديرية العامة لمراقبة التراب الوطني"),
          notes="speaker named in the previous sentence ('المصالح ذاتها')"),
        C("persons_arrested", 4030, "4030", s2, since("2002", pub, "منذ 2002"), A("analyst", "الخبيرة", person),
          notes="an old total repeated without a date"),
        C("returnees", 300, "300", s3, cumul(pub), A("analyst", "الخبيرة", person), q="at_least",
          qt="ما لا يقل عن"),
    ]  # fmt: skip
    traps = [T("بين 18 و25 سنة", "ages"), T("ملايين المشاهدات", "vague view count"),
             T("27 يناير 2026", "byline date")]  # fmt: skip
    return spec("r11", "filali", "clean", "ar", text, meta(title, outlet, "Revue des études sécuritaires", pub, fictional=True),
                claims, traps, (), (), "interview: DGST since-2002 cells, a stale arrest total, returnees")  # fmt: skip


def r12():
    pub, outlet = "2026-04-08", "الجريدة الرقمية"
    title = "تفكيك خلية إرهابية بتعاون مع الأمن الفرنسي"
    s1 = ("أعلنت المديرية العامة لمراقبة التراب الوطني أن عملية أمنية نفذت يوم الأحد أسفرت عن توقيف اثني عشر "
          "متطرفا في أربع مدن.")  # fmt: skip
    s2 = "وجرت العملية بتنسيق وثيق مع المديرية العامة للأمن الداخلي الفرنسية."
    s3 = "وبذلك يرتفع عدد الخلايا المفككة منذ بداية السنة الجارية إلى ثلاث خلايا."
    s4 = "ويتراوح سن المشتبه فيهم بين 20 و41 سنة، وكانوا ينوون اقتناء أسلحة بقيمة 60 ألف درهم."
    body = [s1 + " " + s2, s3, s4]
    text = html("ar", title, outlet, pub, body, time_tag=True, jsonld=True)
    dgst = "المديرية العامة لمراقبة التراب الوطني"
    claims = [
        C("persons_arrested", 12, "اثني عشر", s1, event(pub, "يوم الأحد", "الأحد"), A("DGST", dgst),
          notes="genitive number word"),
        C("cells_dismantled", 3, "ثلاث", s3, ytd(pub, "منذ بداية السنة الجارية"), A("DGST", dgst)),
    ]  # fmt: skip
    traps = [T("أربع مدن", "number of cities"), T("بين 20 و41 سنة", "ages"), T("60 ألف درهم", "money")]
    return spec("r12", "taawun-faransi", "html", "ar", text, meta(title, outlet, "Al Jarida Arraqamiya", pub, fictional=True),
                claims, traps, ["FR"], (), "DGST with French DGSI: a weekday arrest and a year-to-date cell count")  # fmt: skip


# ---------------------------------------------------------------- French


def r13():
    pub, outlet = "2019-09-10", "L'Écho du Détroit"
    title = "Le BCIJ neutralise une cellule de six membres"
    s1 = "Six extrémistes ont été interpellés jeudi à Fès et Meknès par les éléments du BCIJ, a indiqué un communiqué de la DGST."
    s2 = f"Selon la même source, plus de 3{NB}500 personnes ont été interpellées depuis 2002 dans des affaires de terrorisme."
    s3 = "Au total, près de 185 cellules ont été démantelées depuis 2002, ajoute le communiqué."
    s4 = "Les suspects, âgés de 21 à 30 ans, prévoyaient de frapper le 1er novembre."
    side = ["Le dirham gagne 0,4 % face à l'euro", "Le Raja s'impose 2-0", "Canicule : 45 degrés attendus"]
    text = aggregator("fr", side, title, outlet, pub, [s1 + " " + s2, s3 + " " + s4])
    dgst = "un communiqué de la DGST"
    claims = [
        C("persons_arrested", 6, "Six", s1, event(pub, "jeudi", "jeudi"), A("DGST", dgst)),
        C("persons_arrested", 3500, f"3{NB}500", s2, since("2002", pub, "depuis 2002"), A("DGST", dgst),
          q="more_than", qt="plus de"),
        C("cells_dismantled", 185, "185", s3, since("2002", pub, "depuis 2002"), A("DGST", dgst), q="about",
          qt="près de"),
    ]  # fmt: skip
    traps = [
        SIDEBAR_RULE,
        T("âgés de 21 à 30 ans", "ages"),
        T("une cellule de six membres", "title figure repeated by the body"),
        T("1er novembre", "date"),
        T("0,4 %", "sidebar"),
    ]
    return spec("r13", "bcij-fes", "aggregator", "fr", text, meta(title, outlet, "L'Echo du Detroit", pub, fictional=True),
                claims, traps, (), (), "DGST communiqué: a weekday arrest, since-2002 arrests (no-break space) and cells")  # fmt: skip


def r14():
    pub, outlet = "2020-12-03", "Maroc Hebdo Express"
    title = "Rabat et Madrid, un partenariat antiterroriste exemplaire"
    s1 = ("Le porte-parole du gouvernement a rappelé jeudi que les services marocains et espagnols ont mené douze "
          "opérations conjointes depuis 2014.")  # fmt: skip
    s2 = "L'un des suspects arrêtés l'an dernier était de nationalité belge."
    s3 = "Le commerce bilatéral a dépassé 16 milliards d'euros."
    meta_line = "Par La Rédaction | 3 décembre 2020"
    text = wordpress("fr", outlet, "Accueil » Politique", title, meta_line, [s1, s2 + " " + s3],
                     ["Tourisme : 2 millions de visiteurs espagnols"])  # fmt: skip
    claims = [
        C(
            "joint_operations",
            12,
            "douze",
            s1,
            since("2014", pub, "depuis 2014"),
            A("GOV", "Le porte-parole du gouvernement"),
        ),
    ]
    traps = [T("16 milliards d'euros", "trade, money"), T("2 millions de visiteurs", "related headline")]
    nps = [np_("BE", "nationalité belge", "a suspect's nationality")]
    return spec("r14", "rabat-madrid", "wordpress", "fr", text, meta(title, outlet, "Maroc Hebdo Express", pub, fictional=True),
                claims, traps, ["ES"], nps, "government spokesman: joint operations with Spain (number word)")  # fmt: skip


def r15():
    pub, outlet = "2021-11-25", "Le Quotidien du Souss"
    title = "Vingt ans de lutte antiterroriste : les chiffres de la DGST"
    s1 = "D'après la DGST, 210 cellules terroristes ont été démantelées depuis 2002."
    s2 = f"Ces opérations ont conduit à l'arrestation de 4{TH}300 personnes depuis 2002."
    s3 = f"Le ministère de l'Intérieur recense pour sa part 1{TH}659 combattants marocains partis en Syrie et en Irak."
    s4 = "Plus de 740 d'entre eux y ont été tués, selon le ministère."
    s5 = "La loi 86.14 a durci en 2015 les peines encourues."
    date_line = f"{outlet} | Jeudi 25 novembre 2021"
    text = clean(title, date_line, [s1 + " " + s2, s3 + " " + s4, s5])
    moi = "Le ministère de l'Intérieur"
    claims = [
        C("cells_dismantled", 210, "210", s1, since("2002", pub, "depuis 2002"), A("DGST", "la DGST")),
        C("persons_arrested", 4300, f"4{TH}300", s2, since("2002", pub, "depuis 2002"), A("DGST", "la DGST")),
        C("fighters_joined", 1659, f"1{TH}659", s3, cumul(pub), A("MOI", moi)),
        C("fighters_killed", 740, "740", s4, cumul(pub), A("MOI", moi), q="more_than", qt="Plus de"),
    ]  # fmt: skip
    traps = [T("86.14", "law number"), T("en 2015", "year of a law"), T("Vingt ans", "duration in the title")]
    nps = [
        np_("SY", "en Syrie et en Irak", "conflict zone"),
        np_("IQ", "en Syrie et en Irak", "conflict zone"),
    ]
    return spec("r15", "vingt-ans-dgst", "clean", "fr", text, meta(title, outlet, "Le Quotidien du Souss", pub, fictional=True),
                claims, traps, (), nps, "DGST and ministry figures with narrow no-break spaces")  # fmt: skip


def r16():
    pub, outlet = "2022-10-04", "Atlas Info"
    title = "Les revenants, un défi sécuritaire"
    s1 = "Près de 260 combattants sont revenus au Maroc, selon la commission de la justice de la Chambre des représentants."
    s2 = "Parmi eux figurent 52 femmes et 15 mineurs, précise le rapport."
    s3 = "La plupart avaient transité par la Turquie."
    s4 = "Le programme Moussalaha a accueilli 25 détenus lors de sa dernière session."
    body = [s1 + " " + s2, s3, s4]
    text = html("fr", title, outlet, pub, body, time_tag=True, jsonld=False)
    parl = "la commission de la justice de la Chambre des représentants"
    claims = [
        C("returnees", 260, "260", s1, cumul(pub), A("PARLIAMENT", parl), q="about", qt="Près de"),
        C("returnees", 52, "52", s2, cumul(pub), A("PARLIAMENT", parl), subset="women"),
        C("returnees", 15, "15", s2, cumul(pub), A("PARLIAMENT", parl), subset="minors"),
    ]  # fmt: skip
    traps = [T("25 détenus", "rehabilitation programme, not a metric")]
    nps = [np_("TR", "la Turquie", "transit country")]
    return spec("r16", "revenants", "html", "fr", text, meta(title, outlet, "Atlas Info", pub, fictional=True),
                claims, traps, (), nps, "parliamentary committee: returnees, women and minors")  # fmt: skip


def r17():
    pub, outlet = "2025-01-15", "Info Maghreb Plus"
    title = "Bilan sécuritaire : un record de cellules démantelées"
    s1 = "En 2024, 140 cellules ont été démantelées au Royaume."
    s2 = "Plus de 500 projets d'attentat ont été déjoués depuis 2002."
    s3 = "Le budget de la sécurité a progressé de 7 %."
    side = ["Inflation : 2,3 % en décembre", "Botola : le WAC en tête", "Rabat accueille 3 000 congressistes"]
    text = aggregator("fr", side, title, outlet, pub, [s1 + " " + s2, s3])
    claims = [
        C("cells_dismantled", 140, "140", s1, yr("2024", "En 2024"), A("unspecified"),
          notes="misprint as printed; no source named"),
        C("plots_foiled", 500, "500", s2, since("2002", pub, "depuis 2002"), A("unspecified"), q="more_than",
          qt="Plus de"),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("7 %", "budget growth"), T("3 000 congressistes", "sidebar")]
    return spec("r17", "record-cellules", "aggregator", "fr", text, meta(title, outlet, "Info Maghreb Plus", pub, fictional=True),
                claims, traps, (), (), "unsourced review: an implausible yearly cell count, plots foiled")  # fmt: skip


def r18():
    pub, outlet = "2023-05-16", "Le Reporter de Casablanca"
    title = "Vingt ans après le 16 mai, la vigilance reste de mise"
    s1 = "Selon des sources officielles, 218 cellules ont été démantelées depuis 2002."
    s2 = f"Plus de 4{NB}500 suspects ont été arrêtés sur la même période, poursuivent ces sources."
    s3 = "Les attentats du 16 mai 2003 avaient frappé cinq sites de Casablanca."
    meta_line = "16 mai 2023 - Société"
    text = wordpress(
        "fr", outlet, "Accueil » Société", title, meta_line, [s1 + " " + s2, s3], ["La loi 03-03 a vingt ans"]
    )
    off = "des sources officielles"
    claims = [
        C("cells_dismantled", 218, "218", s1, since("2002", pub, "depuis 2002"), A("official_unspecified", off)),
        C("persons_arrested", 4500, f"4{NB}500", s2, since("2002", pub, "sur la même période"),
          A("official_unspecified", off), q="more_than", qt="Plus de"),
    ]  # fmt: skip
    traps = [T("16 mai 2003", "date of an attack"), T("cinq sites", "targets"), T("03-03", "law number")]
    return spec("r18", "vingt-ans-16-mai", "wordpress", "fr", text, meta(title, outlet, "Le Reporter de Casablanca", pub, fictional=True),
                claims, traps, (), (), "anniversary piece: since-2002 cells and arrests, period inherited")  # fmt: skip


def r19():
    pub, outlet = "2024-09-12", "Le Journal de l'Oriental"
    title = "Combattants marocains : le détail des chiffres"
    s1 = f"Le ministère de l'Intérieur évalue à 1{TH}662 le nombre de Marocains ayant rejoint des groupes terroristes."
    s2 = f"Ils se répartissent entre 1{TH}130 en Syrie, 125 en Irak et 330 en Libye."
    s3 = "Le ministère rappelle que le Maroc a rejoint la coalition internationale en 2014."
    date_line = f"{outlet} | Jeudi 12 septembre 2024"
    text = clean(title, date_line, [s1 + " " + s2, s3])
    moi = "Le ministère de l'Intérieur"
    claims = [
        C("fighters_joined", 1662, f"1{TH}662", s1, cumul(pub), A("MOI", moi)),
        C("fighters_joined", 1130, f"1{TH}130", s2, cumul(pub), A("MOI", moi), subset="syria"),
        C("fighters_joined", 125, "125", s2, cumul(pub), A("MOI", moi), subset="iraq"),
        C("fighters_joined", 330, "330", s2, cumul(pub), A("MOI", moi), subset="libya"),
    ]  # fmt: skip
    traps = [T("en 2014", "year"), T("12 septembre 2024", "byline date")]
    nps = [np_("LY", "en Libye", "conflict zone")]
    return spec("r19", "combattants-detail", "clean", "fr", text, meta(title, outlet, "Le Journal de l'Oriental", pub, fictional=True),
                claims, traps, (), nps, "ministry breakdown of fighters by country that does not add up")  # fmt: skip


def r20():
    pub, outlet = "2025-06-30", "Regards Sahel"
    title = "« Les camps syriens sont une bombe à retardement »"
    s1 = "Pour le chercheur Karim Benslimane, environ 750 combattants marocains ont été tués sur les théâtres irako-syriens."
    s2 = "Il estime que près de 280 Marocaines demeurent retenues dans les camps, avec leurs enfants."
    s3 = "Le chercheur cite aussi l'Algérie, qui refuse tout échange d'informations."
    s4 = "Son dernier ouvrage, paru en 2022, compte 312 pages."
    body = [s1, s2 + " " + s3, s4]
    text = html("fr", title, outlet, pub, body, time_tag=False, jsonld=True)
    person = "Karim Benslimane"
    claims = [
        C("fighters_killed", 750, "750", s1, cumul(pub), A("analyst", "le chercheur", person), q="about",
          qt="environ"),
        C("fighters_detained_abroad", 280, "280", s2, unspec(), A("analyst", "Le chercheur", person), q="about",
          qt="près de", subset="women"),
    ]  # fmt: skip
    traps = [T("312 pages", "book length"), T("en 2022", "year of a book")]
    nps = [np_("DZ", "l'Algérie", "named as not cooperating")]
    return spec("r20", "camps-syriens", "html", "fr", text, meta(title, outlet, "Regards Sahel", pub, fictional=True),
                claims, traps, (), nps, "analyst interview: fighters killed, women held in camps; a non-cooperating country")  # fmt: skip


def r21():
    pub, outlet = "2025-10-21", "Le Petit Matin du Nord"
    title = "Opération conjointe maroco-espagnole contre Daech"
    s1 = ("Menée mardi avec la police espagnole, l'opération a permis l'interpellation de quatre extrémistes à Tétouan, "
          "a annoncé la DGST.")  # fmt: skip
    s2 = "Trois autres suspects ont été arrêtés à Barcelone par les autorités espagnoles."
    s3 = "Ce coup de filet porte à onze le nombre de cellules démantelées depuis le début de l'année, selon la DGST."
    side = [
        "Tanger Med : 9 millions de conteneurs",
        "Le Maroc bat le Gabon 3-1",
        "Prix du carburant en baisse",
    ]
    text = aggregator("fr", side, title, outlet, pub, [s1 + " " + s2, s3])
    claims = [
        C("persons_arrested", 4, "quatre", s1, event(pub, "mardi", "mardi"), A("DGST", "la DGST")),
        C("cells_dismantled", 11, "onze", s3, ytd(pub, "depuis le début de l'année"), A("DGST", "la DGST")),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("Trois autres suspects", "arrests in another country"),
             T("9 millions de conteneurs", "sidebar")]  # fmt: skip
    return spec("r21", "operation-conjointe", "aggregator", "fr", text, meta(title, outlet, "Le Petit Matin du Nord", pub, fictional=True),
                claims, traps, ["ES"], (), "DGST with Spain: Moroccan arrests only, and a year-to-date cell count")  # fmt: skip


def r22():
    pub, outlet = "2026-02-18", "La Gazette de Rabat"
    title = "Antiterrorisme : la DGST actualise son bilan"
    s1 = "Selon la DGST, le bilan arrêté à fin décembre 2025 faisait état de 232 cellules démantelées depuis 2002."
    s2 = "Ce chiffre atteint désormais 238 cellules depuis 2002, précise l'agence."
    s3 = "À titre de comparaison, l'Espagne a arrêté 80 jihadistes en 2025."
    date_line = f"{outlet} | Mercredi 18 février 2026"
    text = clean(title, date_line, [s1 + " " + s2, s3])
    claims = [
        C("cells_dismantled", 232, "232", s1, since("2002", "2025-12", "depuis 2002"), A("DGST", "la DGST"),
          as_of="2025-12", notes="dated by the text (end of December 2025)"),
        C("cells_dismantled", 238, "238", s2, since("2002", pub, "depuis 2002"), A("DGST", "l'agence"),
          notes="speaker named in the previous sentence"),
    ]  # fmt: skip
    traps = [
        T("80 jihadistes", "another country's figure"),
        T("fin décembre 2025", "date"),
        T("18 février 2026", "byline date"),
    ]
    nps = [np_("ES", "l'Espagne", "contrast, not cooperation")]
    return spec("r22", "dgst-actualise", "clean", "fr", text, meta(title, outlet, "La Gazette de Rabat", pub, fictional=True),
                claims, traps, (), nps, "a text-dated total and the current one; Spain as a contrast")  # fmt: skip


# ---------------------------------------------------------------- English


def r23():
    pub, outlet = "2019-12-30", "Maghreb Wire Daily"
    title = "Morocco's counter-terror year in review"
    s1 = (
        "Moroccan authorities dismantled 13 terrorist cells in 2019, the DGST said in its year-end statement."
    )
    s1b = "That compares with 11 cells in 2018 and nine in 2017, the statement added."
    s2 = "Intelligence shared with the United States helped thwart one of the plots."
    s3 = "Tourism arrivals rose 5.2% over the same period."
    side = ["Dirham steady at 10.6 to the euro", "Atlas Lions win 2-1", "Rain expected in the north"]
    text = aggregator("en", side, title, outlet, pub, [s1 + " " + s1b + " " + s2, s3])
    claims = [
        C("cells_dismantled", 13, "13", s1, yr("2019", "in 2019"), A("DGST", "the DGST")),
        C("cells_dismantled", 11, "11", s1b, yr("2018", "in 2018"), A("DGST", "the DGST")),
        C("cells_dismantled", 9, "nine", s1b, yr("2017", "in 2017"), A("DGST", "the DGST")),
    ]
    traps = [
        SIDEBAR_RULE,
        T("5.2%", "tourism percentage"),
        T("one of the plots", "not a count of plots foiled"),
    ]
    return spec("r23", "year-review", "aggregator", "en", text, meta(title, outlet, "Maghreb Wire Daily", pub, fictional=True),
                claims, traps, ["US"], (), "year-end DGST figure; US intelligence cooperation")  # fmt: skip


def r24():
    pub, outlet = "2021-03-02", "Casablanca Ledger"
    title = "How Morocco keeps terror at bay"
    s1 = "Morocco has foiled more than 500 terror plots since 2002, officials say."
    s2 = "According to the Interior Ministry, 1,659 Moroccans have joined terrorist groups abroad."
    s3 = "About 250 of them have since returned home, the ministry added."
    s4 = "One of the recruiters was a Belgian national aged 34."
    meta_line = "March 2, 2021 by Staff Writer"
    text = wordpress("en", outlet, "Home » Security", title, meta_line, [s1, s2 + " " + s3, s4],
                     ["Morocco's GDP to grow 5.5%"])  # fmt: skip
    moi = "the Interior Ministry"
    claims = [
        C("plots_foiled", 500, "500", s1, since("2002", pub, "since 2002"), A("official_unspecified", "officials"),
          q="more_than", qt="more than"),
        C("fighters_joined", 1659, "1,659", s2, cumul(pub), A("MOI", moi)),
        C("returnees", 250, "250", s3, cumul(pub), A("MOI", moi), q="about", qt="About"),
    ]  # fmt: skip
    traps = [T("aged 34", "age"), T("5.5%", "related headline")]
    nps = [np_("BE", "a Belgian national", "nationality")]
    return spec("r24", "terror-at-bay", "wordpress", "en", text, meta(title, outlet, "Casablanca Ledger", pub, fictional=True),
                claims, traps, (), nps, "explainer: plots foiled, fighters and returnees")  # fmt: skip


def r25():
    pub, outlet = "2022-07-19", "The Rif Observer"
    title = "FBI tip leads to arrests in Agadir"
    s1 = "Police arrested three suspects in Agadir on Sunday, the BCIJ said."
    s2 = "The operation followed a tip-off from the FBI under a long-standing cooperation agreement with the United States."
    s3 = "The DGST says it has dismantled 215 cells since 2002."
    s4 = "The suspects face up to 10 years in prison."
    date_line = f"{outlet} | Tuesday, July 19, 2022"
    text = clean(title, date_line, [s1 + " " + s2, s3 + " " + s4])
    claims = [
        C("persons_arrested", 3, "three", s1, event(pub, "on Sunday", "sunday"), A("BCIJ", "the BCIJ")),
        C("cells_dismantled", 215, "215", s3, since("2002", pub, "since 2002"), A("DGST", "The DGST")),
    ]  # fmt: skip
    traps = [T("10 years in prison", "sentence"), T("July 19, 2022", "byline date")]
    return spec("r25", "fbi-agadir", "clean", "en", text, meta(title, outlet, "The Rif Observer", pub, fictional=True),
                claims, traps, ["US"], (), "weekday arrests after a US tip; since-2002 cells")  # fmt: skip


def r26():
    pub, outlet = "2023-11-07", "North Africa Security Monitor"
    title = "Minors increasingly targeted by online recruiters"
    s1 = "Since 2015, the BCIJ has dismantled 92 cells, its spokesman told reporters."
    s2 = "Among those arrested since 2015 were forty-one minors, he said."
    s3 = "The youngest was 15 years old, and Article 218-1 of the penal code applies to all of them."
    body = [s1, s2 + " " + s3]
    text = html("en", title, outlet, pub, body, time_tag=True, jsonld=False)
    claims = [
        C("cells_dismantled", 92, "92", s1, since("2015", pub, "Since 2015"), A("BCIJ", "the BCIJ")),
        C("persons_arrested", 41, "forty-one", s2, since("2015", pub, "since 2015"), A("BCIJ", "the BCIJ"),
          subset="minors"),
    ]  # fmt: skip
    traps = [T("15 years old", "age"), T("218-1", "article of law")]
    return spec("r26", "minors-online", "html", "en", text, meta(title, outlet, "North Africa Security Monitor", pub, fictional=True),
                claims, traps, (), (), "BCIJ since 2015: cells, minors arrested")  # fmt: skip


def r27():
    pub, outlet = "2024-02-20", "Morocco Brief"
    title = "German tip helps Morocco track returnees"
    s1 = "Nearly 750 Moroccan fighters have been killed in Syria and Iraq, officials estimate."
    s2 = "More than 200 returnees were arrested on arrival, the DGST said."
    s3 = "In total, 225 cells have been dismantled since 2002, it added."
    s4 = "The agency credited information shared by German intelligence for a recent case."
    meta_line = "February 20, 2024 | Security"
    text = wordpress(
        "en", outlet, "Home » News", title, meta_line, [s1, s2 + " " + s3, s4], ["Rabat hosts 40 ministers"]
    )
    claims = [
        C("fighters_killed", 750, "750", s1, cumul(pub), A("official_unspecified", "officials"), q="about",
          qt="Nearly"),
        C("returnees_arrested", 200, "200", s2, cumul(pub), A("DGST", "the DGST"), q="more_than",
          qt="More than"),
        C("cells_dismantled", 225, "225", s3, since("2002", pub, "since 2002"), A("DGST", "the DGST")),
    ]  # fmt: skip
    traps = [T("40 ministers", "related headline")]
    nps = [np_("SY", "in Syria and Iraq", "conflict zone"), np_("IQ", "in Syria and Iraq", "conflict zone")]
    return spec("r27", "german-tip", "wordpress", "en", text, meta(title, outlet, "Morocco Brief", pub, fictional=True),
                claims, traps, ["DE"], nps, "DGST figures; German intelligence cooperation")  # fmt: skip


def r28():
    pub, outlet = "2025-03-04", "Atlantic Coast Times"
    title = "DGST annual review: fourteen cells dismantled"
    s1 = "The DGST's annual review says 71 people were arrested on terrorism charges last year."
    s2 = "It also reports that fourteen cells were dismantled last year."
    s3 = "Most suspects were between 20 and 35 years old."
    side = ["Wheat imports up 12%", "Casablanca derby ends 1-1", "Royal Air Force Morocco unveils 3 new jets"]
    text = aggregator("en", side, title, outlet, pub, [s1 + " " + s2, s3])
    dgst = "The DGST's annual review"
    claims = [
        C("persons_arrested", 71, "71", s1, yr("2024", "last year"), A("DGST", dgst)),
        C("cells_dismantled", 14, "fourteen", s2, yr("2024", "last year"), A("DGST", dgst)),
    ]  # fmt: skip
    traps = [SIDEBAR_RULE, T("between 20 and 35 years old", "ages"),
             T("DGST annual review: fourteen cells dismantled", "title figure repeated by the body")]  # fmt: skip
    return spec("r28", "dgst-annual", "aggregator", "en", text, meta(title, outlet, "Atlantic Coast Times", pub, fictional=True),
                claims, traps, (), (), "DGST's review of last year (relative year): arrests and cells")  # fmt: skip


def r29():
    pub, outlet = "2025-09-09", "The Straits Post"
    title = "Foreign ministry hails counter-terror partnerships"
    s1 = "Morocco's foreign ministry said at least 240 returnees had been arrested and prosecuted."
    s2 = "It praised intelligence cooperation with France and Belgium."
    s3 = "The kingdom pledged $2 million to a regional counter-terrorism fund."
    date_line = f"{outlet} | September 9, 2025"
    text = clean(title, date_line, [s1 + " " + s2, s3])
    claims = [
        C("returnees_arrested", 240, "240", s1, cumul(pub), A("MFA", "Morocco's foreign ministry"),
          q="at_least", qt="at least"),
    ]  # fmt: skip
    traps = [T("$2 million", "money"), T("September 9, 2025", "byline date")]
    return spec("r29", "mfa-partners", "clean", "en", text, meta(title, outlet, "The Straits Post", pub, fictional=True),
                claims, traps, ["FR", "BE"], (), "foreign ministry: returnees arrested; partners cited")  # fmt: skip


def r30():
    pub, outlet = "2026-05-12", "Sahara Dispatch"
    title = "Morocco's model draws African interest"
    s1 = "Morocco has dismantled more than 230 cells since 2002, according to the DGST."
    s2 = "Over 100 of them were broken up since 2015, the agency said."
    s3 = "Nigeria, by contrast, reported 300 attacks last month."
    body = [s1 + " " + s2, s3]
    text = html("en", title, outlet, pub, body, time_tag=True, jsonld=True)
    claims = [
        C("cells_dismantled", 230, "230", s1, since("2002", pub, "since 2002"), A("DGST", "the DGST"),
          q="more_than", qt="more than"),
        C("cells_dismantled", 100, "100", s2, since("2015", pub, "since 2015"), A("DGST", "the DGST"),
          q="more_than", qt="Over"),
    ]  # fmt: skip
    traps = [T("300 attacks", "another country's figure")]
    nps = [np_("NG", "Nigeria", "contrast")]
    return spec("r30", "african-interest", "html", "en", text, meta(title, outlet, "Sahara Dispatch", pub, fictional=True),
                claims, traps, (), nps, "DGST totals since 2002 and since 2015; Nigeria as a contrast")  # fmt: skip


ARTICLES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
            r21, r22, r23, r24, r25, r26, r27, r28, r29, r30]  # fmt: skip

CELLS, ARRESTS = "cells_dismantled", "persons_arrested"
INCONSISTENCIES = [
    {"id": "i1", "kind": "same_period_disagreement", "refs": [("r09", ARRESTS, 63), ("r28", ARRESTS, 71)],
     "explanation": "63 (DGSN) and 71 (DGST) people arrested for the same year, both read from 'last year'"},
    {"id": "i2", "kind": "cumulative_decrease", "refs": [("r27", CELLS, 225), ("r10", CELLS, 219)],
     "explanation": "225 cells since 2002 (Feb 2024) then 219 (May 2025): a running total cannot go down"},
    {"id": "i3", "kind": "internal_arithmetic",
     "refs": [("r19", "fighters_joined", 1662), ("r19", "fighters_joined", 1130, "syria"),
              ("r19", "fighters_joined", 125, "iraq"), ("r19", "fighters_joined", 330, "libya")],
     "explanation": "a total of 1662 fighters split into 1130 + 125 + 330 = 1585 in the same article"},
    {"id": "i4", "kind": "implausible_value", "refs": [("r09", CELLS, 14), ("r17", CELLS, 140)],
     "explanation": "140 cells in 2024 where the other sources give 14: ten times the series, a likely misprint"},
    {"id": "i5", "kind": "stale_figure",
     "refs": [("r02", ARRESTS, 4030), ("r06", ARRESTS, 4600), ("r11", ARRESTS, 4030)],
     "explanation": "4030 arrests since 2002 (2020) overtaken by 4600 (2023), repeated as current in 2026: 4030"},
    {"id": "i6", "kind": "partial_exceeds_whole", "refs": [("r06", CELLS, 9), ("r07", CELLS, 7)],
     "explanation": "the BCIJ gave 9 cells for 2023 by August, then 7 for the whole of 2023"},
]  # fmt: skip

MUST_NOT_FLAG = [
    {"refs": [("r01", CELLS, 183), ("r13", CELLS, 185)], "reason": "183 (May 2019) then about 185 (Sept 2019): a running total rising"},
    {"refs": [("r03", CELLS, 210), ("r15", CELLS, 210), ("r25", CELLS, 215)], "reason": "210 twice in 2021, 215 in 2022: stays then rises"},
    {"refs": [("r18", CELLS, 218), ("r06", CELLS, 220)], "reason": "218 (May 2023) then 220 (Aug 2023): rising"},
    {"refs": [("r22", CELLS, 232), ("r11", CELLS, 236), ("r22", CELLS, 238), ("r30", CELLS, 230)],
     "reason": "232 as of Dec 2025, 236, 238, then 'more than 230': all compatible with a rising total"},
    {"refs": [("r04", ARRESTS, 4300), ("r15", ARRESTS, 4300)], "reason": "4300 dated November 2021 by the text and 4300 on 25 Nov 2021"},
    {"refs": [("r13", ARRESTS, 3500), ("r02", ARRESTS, 4030)], "reason": "'more than 3500' (2019) then 4030 (2020): rising"},
    {"refs": [("r18", ARRESTS, 4500), ("r06", ARRESTS, 4600)], "reason": "'more than 4500' (May 2023) and 4600 (Aug 2023) agree"},
    {"refs": [("r09", CELLS, 14), ("r28", CELLS, 14)], "reason": "14 cells in 2024 from two sources, one in words"},
    {"refs": [("r14", "joint_operations", 12), ("r10", "joint_operations", 24)], "reason": "12 joint operations since 2014 (2020) then 24 (2025): rising"},
    {"refs": [("r24", "returnees", 250), ("r16", "returnees", 260), ("r08", "returnees", 270), ("r11", "returnees", 300)],
     "reason": "about 250, about 260, 270, at least 300: a rising count of returnees"},
    {"refs": [("r24", "fighters_joined", 1659), ("r15", "fighters_joined", 1659), ("r19", "fighters_joined", 1662)],
     "reason": "1659 (2021) twice then 1662 (2024): stable then rising"},
    {"refs": [("r15", "fighters_killed", 740), ("r27", "fighters_killed", 750), ("r20", "fighters_killed", 750)],
     "reason": "'more than 740', 'nearly 750', 'about 750': compatible"},
    {"refs": [("r08", "fighters_detained_abroad", 280, "women"), ("r20", "fighters_detained_abroad", 280, "women")],
     "reason": "about 280 women held in camps from two sources"},
    {"refs": [("r27", "returnees_arrested", 200), ("r08", "returnees_arrested", 237), ("r29", "returnees_arrested", 240)],
     "reason": "'more than 200', 237, 'at least 240': a rising count"},
    {"refs": [("r02", "plots_foiled", 500), ("r24", "plots_foiled", 500), ("r17", "plots_foiled", 500)],
     "reason": "'more than 500' plots since 2002 repeated: bounds agree"},
    {"refs": [("r26", CELLS, 92), ("r30", CELLS, 100)], "reason": "92 cells since 2015 (2023) then 'over 100' (2026): rising"},
]  # fmt: skip

DESCRIPTION = (
    "Round-9 blind set: 30 invented articles (12 Arabic, 10 French, 8 English) on Morocco's counter-terrorism "
    "record, written without sight of the engine or its corpora. Schema: ../../../shared/CONTRACT.md."
)

CONVENTIONS = """## Conventions

- Running totals (`since`, `cumulative_unspecified`) end at the publication date, or at `as_of` when the text
  dates the figure; a later total may equal or exceed an earlier one.
- Bounds: `more_than` N admits N+1 and above, `at_least` N admits N and above, `about` N admits N ± 1 %.
- A period stated in the previous sentence is inherited (its own text is then the back-reference).
- "السنة الماضية" / "last year" is the publication year minus one; a weekday event is the last such day on or
  before the byline.
- People held in camps are `fighters_detained_abroad` with subset `women` or `minors`, period `unspecified`.
- Number words are read in every grammatical case; Arabic-Indic digits, no-break and narrow no-break spaces in
  thousands are values as printed.
- Another country's figures, ages, sentences, money, law numbers, percentages of other things and sidebar
  headlines are traps. A country is a partner only with a cooperation cue.
"""


def readme(gold, summaries):
    lines = ["# Blind set, round 9", "", DESCRIPTION, "", "Measure the engine (never tune it on this set):", "",
             "```", "python manage.py extract_claims tests/blind_round9 --json > /tmp/r9.json",
             "python ../shared/tools/score.py tests/blind_round9/expected.json /tmp/r9.json", "```", "",
             "| key | file | layout | language | what it tests |", "|---|---|---|---|---|"]  # fmt: skip
    for f in gold["files"]:
        lines.append(
            f"| {f['key']} | `{f['file']}` | {f['format']} | {f['language']} | {summaries[f['key']]} |"
        )
    lines += ["", "## Inconsistencies", ""]
    for inc in gold["inconsistencies"]:
        lines.append(f"- `{inc['id']}` {inc['kind']}: {', '.join(inc['claims'])}")
    lines += ["", f"{len(gold['must_not_flag'])} must_not_flag groups (compatible figures).", "", CONVENTIONS]
    return "\n".join(lines)


def build(out_dir=HERE):
    return write_corpus(out_dir, ARTICLES, description=DESCRIPTION, inconsistencies=INCONSISTENCIES,
                        must_not_flag=MUST_NOT_FLAG, readme=readme)  # fmt: skip


if __name__ == "__main__":
    sys.exit(run_build(__doc__, HERE, build))
